"""File → Restore backup…: the project's backups, newest first, and how to bring one back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.restore import BackupInfo, BackupKind
from .. import formatting as fmt


@dataclass(frozen=True, slots=True)
class RestoreChoice:
    backup: Path
    replace: bool  # False: restore as a new file beside the project


class RestoreBackupDialog(QDialog):
    """Lists backups (date, kind, size, claims); choice() says which and how, after the
    analyst confirmed a replacement. Unusable backups are shown, greyed, with the reason."""

    def __init__(self, parent: QWidget | None, project: Path, backups: list[BackupInfo]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore backup"))
        self.resize(720, 380)
        self.project = project
        self._choice: RestoreChoice | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Backups of %1. Restoring as a new file leaves the project as it is; replacing "
                "backs up its current content first."
            ).replace("%1", project.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Written"), self.tr("Kind"), self.tr("Size"), self.tr("Claims")]
        )
        for info in backups:
            self.table.addTopLevelItem(self._item(info))
        layout.addWidget(self.table, 1)
        if not backups:
            layout.addWidget(QLabel(self.tr("There are no backups beside this project.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.as_new_button = QPushButton(self.tr("Restore as &new file"))
        self.replace_button = QPushButton(self.tr("&Replace current project…"))
        buttons.addButton(self.as_new_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.as_new_button.clicked.connect(lambda: self._choose(replace=False))
        self.replace_button.clicked.connect(lambda: self._choose(replace=True))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.table.itemDoubleClicked.connect(lambda *_: self._choose(replace=False))
        first_usable = next((i for i, info in enumerate(backups) if info.readable), None)
        if first_usable is not None:
            self.table.setCurrentItem(self.table.topLevelItem(first_usable))
        self._update_buttons()

    def _item(self, info: BackupInfo) -> QTreeWidgetItem:
        claims = fmt.number_text(info.claims) if info.claims is not None else self.tr("unusable")
        item = QTreeWidgetItem(
            [fmt.datetime_text(info.created), self._kind(info.kind), self._size(info.size), claims]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, info)
        item.setToolTip(0, str(info.path))
        for column in (2, 3):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        if not info.readable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(3, info.problem or "")
        return item

    def _kind(self, kind: BackupKind) -> str:
        match kind:
            case BackupKind.BEFORE_UPGRADE:
                return self.tr("Before a schema upgrade")
            case BackupKind.BEFORE_RESTORE:
                return self.tr("Before a restore")
        return self.tr("Backup copy")

    def _size(self, size: int) -> str:
        if size < 1024 * 1024:
            return self.tr("%1 KB").replace("%1", fmt.number_text(round(size / 1024, 1)))
        return self.tr("%1 MB").replace("%1", fmt.number_text(round(size / 1024 / 1024, 1)))

    def selected(self) -> BackupInfo | None:
        item = self.table.currentItem()
        info = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return info if isinstance(info, BackupInfo) and info.readable else None

    def _update_buttons(self) -> None:
        usable = self.selected() is not None
        self.as_new_button.setEnabled(usable)
        self.replace_button.setEnabled(usable)

    def _choose(self, *, replace: bool) -> None:
        info = self.selected()
        if info is None:
            return
        if replace and not self._confirm_replace(info):
            return
        self._choice = RestoreChoice(info.path, replace)
        self.accept()

    def _confirm_replace(self, info: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace current project"),
            self.tr(
                "Replace the content of %1 with the backup written %2? Its current content is "
                "backed up first."
            )
            .replace("%1", self.project.name)
            .replace("%2", fmt.datetime_text(info.created)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def choice(self) -> RestoreChoice | None:
        return self._choice
