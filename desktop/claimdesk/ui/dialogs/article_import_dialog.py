"""Capturing an article: from a web address, a saved page or text file, the clipboard, or
whatever is dropped on the dialog.

Fetching and extraction run off the UI thread with progress and cancel. The analyst then
sees what was extracted, and the lines of a text left out as page furniture, and can correct
the fields before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.capture.capture import Capture, capture_clipboard, capture_job
from ...core.dates import PartialDate
from ...core.enums import DatePrecision
from ...core.errors import BadValue, ClaimdeskError, FieldProblem, ValidationError
from ...core.inputs import ArticleInput
from .. import messages
from ..forms import FormDialog
from ..widgets.text_fields import language_combo
from ..workers import RunningJob
from ..workspace import Workspace


@dataclass(frozen=True)
class CaptureRequest:
    """What Save hands on: the article to save and the outlet's name for the publisher."""

    data: ArticleInput
    publisher_name: str | None


class ArticleImportDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        source: str = "",
        *,
        allow_private: bool = False,
    ):
        super().__init__(parent, self.tr("Capture article"))
        self.workspace = workspace
        self.allow_private = allow_private  # Preferences: fetch from the local network too
        self.capture: Capture | None = None
        self._running: RunningJob | None = None
        self.resize(760, 720)

        self.source = QLineEdit(source)
        self.source.setPlaceholderText(self.tr("https://…, a saved .html page or a .txt file"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.fetch_button = QPushButton(self.tr("&Fetch"))
        self.paste_button = QPushButton(self.tr("From &clipboard"))
        self.cancel_fetch_button = QPushButton(self.tr("Stop"))
        self.cancel_fetch_button.hide()
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in (self.source, self.browse_button, self.fetch_button, self.paste_button,
                       self.cancel_fetch_button):  # fmt: skip
            line.addWidget(widget, 1 if widget is self.source else 0)
        self.add_row(self.tr("&Source:"), row, "source")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.form.addRow("", self.status)

        self.title = QLineEdit()
        self.add_row(self.tr("&Title:"), self.title, "title")
        self.url = QLineEdit()
        self.add_row(self.tr("&Address:"), self.url, "url")
        self.publisher = QLineEdit()
        self.add_row(
            self.tr("&Publisher:"), self.publisher, "publisher_id",
            self.tr("An existing source of this name, or a new media outlet"),
        )  # fmt: skip
        self.authors = QLineEdit()
        self.add_row(self.tr("A&uthors:"), self.authors, "authors", self.tr("Separated by commas"))
        self.published = QLineEdit()
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD or DD.MM.YYYY"))
        self.add_row(self.tr("Pu&blished:"), self.published, "published_on")
        self.language = language_combo()
        self.add_row(self.tr("&Language:"), self.language, "language")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setMinimumHeight(220)
        self.add_row(self.tr("Text:"), self.text, "text")
        self._build_dropped_list()

        self.browse_button.clicked.connect(self._browse)
        self.fetch_button.clicked.connect(self.fetch)
        self.paste_button.clicked.connect(self.paste)
        self.cancel_fetch_button.clicked.connect(self._stop)
        self.source.returnPressed.connect(self.fetch)
        self.fetch_button.setDefault(False)
        self.setAcceptDrops(True)
        self._set_fields_enabled(False)
        if source:
            self.fetch()

    # Capturing -------------------------------------------------------------------------

    def fetch(self) -> None:
        where = self.source.text().strip()
        self.clear_errors()
        if not where:
            self.show_errors({"source": FieldProblem("source", "give_source")})
            return
        if self._running is not None:
            return
        self.status.setText(self.tr("Fetching %1…").replace("%1", where))
        allow = self.allow_private
        running = RunningJob(
            self.tr("Capturing"),
            lambda token: capture_job(where, token, allow_private=allow),
        )
        running.setParent(self)
        running.finished.connect(self._captured)
        running.failed.connect(self._capture_failed)
        running.cancelled.connect(lambda: self.status.setText(self.tr("Stopped.")))
        running.ended.connect(self._ended)
        self._running = running
        self.fetch_button.setEnabled(False)
        self.cancel_fetch_button.show()
        running.start()

    def paste(self) -> None:
        """Capture what is on the clipboard: HTML if there is some, else the plain text
        (a web address alone is fetched)."""
        self._capture_pasted(QApplication.clipboard().mimeData())

    def _capture_pasted(self, data: QMimeData | None) -> None:
        html = data.html() if data is not None and data.hasHtml() else None
        text = data.text() if data is not None and data.hasText() else None
        self.clear_errors()
        if not html and text and text.strip().lower().startswith(("http://", "https://")):
            self.source.setText(text.strip())
            self.fetch()
            return
        try:
            self._captured(capture_clipboard(text, html))
        except ClaimdeskError as error:
            self._capture_failed(error)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        data = event.mimeData()
        if self._dropped_source(data) is not None or data.hasText() or data.hasHtml():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A dropped file or link is captured like a typed source; dropped text or HTML
        like a paste."""
        data = event.mimeData()
        where = self._dropped_source(data)
        if where is None and not (data.hasText() or data.hasHtml()):
            return
        event.acceptProposedAction()
        if self._running is not None:
            return
        if where is not None:
            self.source.setText(where)
            self.fetch()
        else:
            self._capture_pasted(data)

    @staticmethod
    def _dropped_source(data: QMimeData) -> str | None:
        urls = data.urls() if data.hasUrls() else []
        if len(urls) != 1:
            return None
        if urls[0].isLocalFile():
            return urls[0].toLocalFile()
        if urls[0].scheme() in ("http", "https"):
            return urls[0].toString()
        return None

    def is_busy(self) -> bool:
        return self._running is not None

    def _captured(self, capture: Capture) -> None:
        self.capture = capture
        found = capture.extracted
        self.title.setText(found.title or "")
        self.url.setText(capture.url or found.url or "")
        self.publisher.setText(found.site_name or "")
        self.authors.setText(", ".join(found.authors))
        self.published.setText(found.published.isoformat() if found.published else "")
        self.language.setCurrentText(found.language or "")
        self.text.setPlainText(found.text)
        self._show_dropped(found.dropped)
        words = len(found.text.split())
        done = self.tr("Extracted %1 words. Check the fields, then save.")
        self.status.setText(done.replace("%1", str(words)))
        self._set_fields_enabled(True)
        self.title.setFocus()

    def _capture_failed(self, error: object) -> None:
        failure = error if isinstance(error, BaseException) else RuntimeError(error)
        self.show_texts({"source": messages.error_text(failure)})
        self.status.clear()

    def _ended(self) -> None:
        if self._running is not None:
            self._running.deleteLater()
        self._running = None
        self.fetch_button.setEnabled(True)
        self.cancel_fetch_button.hide()

    def _stop(self) -> None:
        if self._running is not None:
            self._running.cancel()

    def file_filter(self) -> str:
        """What Browse offers: saved web pages and text files, together and apart."""
        return ";;".join(
            (
                self.tr("Web pages and text files (*.html *.htm *.txt)"),
                self.tr("Web pages (*.html *.htm)"),
                self.tr("Text files (*.txt)"),
                self.tr("All files (*)"),
            )
        )

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Saved web page or text file"), str(Path.home()), self.file_filter()
        )
        if name:
            self.source.setText(name)
            self.fetch()

    def _build_dropped_list(self) -> None:
        """A folded list of the lines left out of a text, greyed: open it to check that
        nothing of the article went with the furniture."""
        self.dropped_toggle = QToolButton()
        self.dropped_toggle.setCheckable(True)
        self.dropped_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.dropped_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.dropped_toggle.setAutoRaise(True)
        self.dropped_toggle.setToolTip(
            self.tr(
                "Lines of the text that were not taken into the article: page furniture such "
                "as menus, buttons and placeholders, and the byline and date read into the "
                "fields above"
            )
        )
        self.dropped_lines = QPlainTextEdit()
        self.dropped_lines.setReadOnly(True)
        self.dropped_lines.setStyleSheet("color: palette(mid);")
        self.dropped_lines.setMaximumHeight(140)
        self.dropped_lines.setAccessibleName(self.tr("Lines left out of the text"))
        self.dropped_lines.hide()
        self.dropped_box = QWidget()
        column = QVBoxLayout(self.dropped_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.dropped_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.dropped_lines)
        self.dropped_box.hide()
        self.form.addRow("", self.dropped_box)
        self.dropped_toggle.toggled.connect(self._fold_dropped)

    def _show_dropped(self, lines: tuple[str, ...]) -> None:
        count = len(lines)
        one = self.tr("Left out as page furniture: %n line", "", count)
        many = self.tr("Left out as page furniture: %n lines", "", count)
        self.dropped_toggle.setText(one if count == 1 else many)
        self.dropped_lines.setPlainText("\n".join(lines))
        self.dropped_toggle.setChecked(False)
        self.dropped_box.setVisible(count > 0)

    def _fold_dropped(self, opened: bool) -> None:
        self.dropped_lines.setVisible(opened)
        arrow = Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow
        self.dropped_toggle.setArrowType(arrow)

    def _set_fields_enabled(self, enabled: bool) -> None:
        fields = (self.title, self.url, self.publisher, self.authors, self.published, self.language)
        for widget in fields:
            widget.setEnabled(enabled)
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(enabled)

    # Saving ----------------------------------------------------------------------------

    def collect(self) -> CaptureRequest:
        if self.capture is None:
            raise ValidationError([FieldProblem("source", "fetch_first")])
        published: object = self.published.text().strip() or None
        if published is not None:
            try:
                parsed = PartialDate.parse(str(published))
            except BadValue as error:
                problem = FieldProblem("published_on", error.code, error.params)
                raise ValidationError([problem]) from None
            if parsed.precision is not DatePrecision.DAY:
                problem = FieldProblem("published_on", "needs_publication_day")
                raise ValidationError([problem])
            published = parsed.value
        authors = tuple(name.strip() for name in self.authors.text().split(",") if name.strip())
        data = self.capture.to_input(
            title=self.title.text(),
            authors=authors,
            published_on=published,  # type: ignore[arg-type]
            language=self.language.currentText().strip() or None,
            url=self.url.text().strip() or None,
        )
        return CaptureRequest(data, self.publisher.text().strip() or None)

    def done(self, result: int) -> None:
        if self._running is not None:
            self._running.cancel()
            self._running.wait(5000)
        super().done(result)
