"""Help → About Claimdesk: the version, the open project's database and schema, the Qt and
Python underneath, and the licences of the third-party packages Claimdesk runs on."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...core.revisions import head_revision
from ..workspace import Workspace


class AboutDialog(QDialog):
    """Two tabs: what Claimdesk is and what it has open; the third-party licences, whose
    texts are read when a package is selected."""

    def __init__(self, parent: QWidget | None, workspace: Workspace | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Claimdesk"))
        self.resize(760, 560)
        self._workspace = workspace
        self._ticket: int | None = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self._licences_page = self._licences_tab()
        self.tabs.addTab(self._licences_page, self.tr("Third-party &licences"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self._forget_read)
        self._read_revision()

    # The general tab ----------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QHBoxLayout()
        icon = QApplication.windowIcon()
        if not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(64, 64))
            heading.addWidget(picture)
        title = QLabel("Claimdesk")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(self.version_label)
        heading.addLayout(names, 1)
        layout.addLayout(heading)
        description = QLabel(
            self.tr(
                "A desktop workbench for tracking, grading and verifying claims made in news "
                "reporting: who claimed what, when and through whom, and what checking found."
            )
        )
        description.setWordWrap(True)
        layout.addWidget(description)

        form = QFormLayout()
        self.database_label = self._value()
        self.location_label = self._value()
        self.revision_label = self._value()
        if self._workspace is None:
            self.database_label.setText(self.tr("No project is open."))
            form.addRow(self.tr("Project:"), self.database_label)
        else:
            self.database_label.setText(
                self.tr("SQLite file")
                if self._workspace.is_sqlite
                else self.tr("PostgreSQL server")
            )
            # A server's URL without its password (Database.location).
            self.location_label.setText(self._workspace.location)
            self.revision_label.setText(self.tr("reading…"))
            form.addRow(self.tr("Database:"), self.database_label)
            form.addRow(self.tr("Location:"), self.location_label)
            form.addRow(self.tr("Schema revision:"), self.revision_label)
        self.qt_label = self._value(
            self.tr("%1 (PySide6 %2)").replace("%1", qVersion()).replace("%2", PySide6.__version__)
        )
        form.addRow(self.tr("Qt:"), self.qt_label)
        self.python_label = self._value(platform.python_version())
        form.addRow(self.tr("Python:"), self.python_label)
        layout.addLayout(form)

        notice = QLabel(
            self.tr(
                "Claimdesk is free software under the MIT licence. It is built on the packages "
                "listed under Third-party licences; Qt is used under the GNU Lesser General "
                "Public License, version 3."
            )
        )
        notice.setWordWrap(True)
        layout.addWidget(notice)
        layout.addStretch(1)
        return page

    def _value(self, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _read_revision(self) -> None:
        if self._workspace is None:
            return
        database = self._workspace.project.database
        self._ticket = self._workspace.reader.submit(
            database.revision, self._show_revision, self._revision_failed
        )

    def _show_revision(self, revision: str | None) -> None:
        self._ticket = None
        head = head_revision()
        if revision == head:
            text = self.tr("%1 (up to date)").replace("%1", revision)
        else:
            text = (
                self.tr("%1 (this version of Claimdesk expects %2)")
                .replace("%1", revision or "—")
                .replace("%2", head)
            )
        self.revision_label.setText(text)

    def _revision_failed(self, error: BaseException) -> None:
        self._ticket = None
        self.revision_label.setText(self.tr("cannot be read: %1").replace("%1", str(error)))

    def _forget_read(self) -> None:
        if self._ticket is not None and self._workspace is not None:
            self._workspace.reader.cancel(self._ticket)
            self._ticket = None

    # The licences tab ---------------------------------------------------------------------

    def _licences_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.packages = QTreeWidget()
        self.packages.setRootIsDecorated(False)
        self.packages.setUniformRowHeights(True)
        self.packages.setHeaderLabels([self.tr("Package"), self.tr("Version"), self.tr("Licence")])
        self.packages.currentItemChanged.connect(lambda current, _previous: self._show(current))
        splitter.addWidget(self.packages)
        texts = QWidget()
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        self.homepage_label = QLabel()
        self.homepage_label.setOpenExternalLinks(True)
        self.homepage_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        texts_layout.addWidget(self.homepage_label)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # Licence files are laid out for a fixed-width font (indented clauses, ASCII rules).
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence_text.setPlaceholderText(self.tr("Select a package to read its licence."))
        texts_layout.addWidget(self.licence_text, 1)
        splitter.addWidget(texts)
        splitter.setSizes([220, 300])
        layout.addWidget(splitter)
        return page

    def _tab_shown(self, index: int) -> None:
        # The list is read from the installed packages' metadata when first shown.
        if self.tabs.widget(index) is self._licences_page:
            self.fill_packages()

    def fill_packages(self) -> None:
        """List the third-party packages (once)."""
        if self.packages.topLevelItemCount():
            return
        from ...core.licences import third_party_packages

        for package in third_party_packages():
            item = QTreeWidgetItem(
                [package.name, package.version, package.licence or self.tr("not stated")]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, package)
            if package.homepage:
                item.setToolTip(0, package.homepage)
            self.packages.addTopLevelItem(item)
        for column in (0, 1):
            self.packages.resizeColumnToContents(column)

    def select_package(self, name: str) -> bool:
        """Select the package of this name (as listed); False when it is not listed."""
        self.fill_packages()
        for index in range(self.packages.topLevelItemCount()):
            item = self.packages.topLevelItem(index)
            if item.text(0) == name:
                self.packages.setCurrentItem(item)
                return True
        return False

    def _show(self, item: QTreeWidgetItem | None) -> None:
        package = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if package is None:
            self.homepage_label.clear()
            self.licence_text.clear()
            return
        if package.homepage and package.homepage.startswith(("https://", "http://")):
            address = html.escape(package.homepage)
            link = f'<a href="{address}">{address}</a>'
            self.homepage_label.setText(self.tr("Home page: %1").replace("%1", link))
        else:
            self.homepage_label.clear()
        texts = package.licence_texts()
        if not texts:
            self.licence_text.setPlainText(self.tr("No licence text ships with this package."))
            return
        if len(texts) == 1:
            self.licence_text.setPlainText(texts[0].text)
        else:
            self.licence_text.setPlainText(
                "\n\n".join(f"—— {text.file} ——\n\n{text.text.rstrip()}" for text in texts)
            )
        self.licence_text.moveCursor(self.licence_text.textCursor().MoveOperation.Start)
