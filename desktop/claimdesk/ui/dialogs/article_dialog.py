"""Creating or editing an article: where it appeared, who published it, when, and its text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from ...core.enums import DatePrecision
from ...core.errors import BadValue, FieldProblem, ValidationError
from ...core.inputs import ArticleInput
from ...core.records import ArticleRecord, SourceRef
from ..forms import FormDialog
from ..widgets.partial_date_edit import PartialDateEdit
from ..widgets.source_picker import SourcePicker
from ..widgets.text_fields import language_combo, plain_text, text_box
from ..workspace import Workspace


class ArticleDialog(FormDialog):
    """URL, title, publisher, authors, publication day, language, text and notes.

    The captured bytes and the capture time are not edited here: they stay as captured.
    """

    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        record: ArticleRecord | None = None,
        *,
        create_source: Callable[[str], SourceRef | None] | None = None,
    ):
        super().__init__(parent, self.tr("Edit article") if record else self.tr("New article"))
        self.version = record.version if record is not None else None
        self._record = record

        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.add_row(self.tr("&URL:"), self.url, "url")
        self.title = QLineEdit()
        self.add_row(self.tr("&Title:"), self.title, "title")
        self.publisher = SourcePicker(workspace, create_source=create_source)
        self.add_row(self.tr("&Publisher:"), self.publisher, "publisher_id")
        self.authors = QLineEdit()
        self.authors.setPlaceholderText(self.tr("Comma-separated"))
        self.add_row(self.tr("&Authors:"), self.authors, "authors")
        self.published_on = PartialDateEdit()
        self.published_on.edit.setPlaceholderText(self.tr("YYYY-MM-DD or DD.MM.YYYY"))
        self.add_row(self.tr("Publis&hed on:"), self.published_on, "published_on")
        self.language = language_combo()
        self.add_row(self.tr("&Language:"), self.language, "language")
        self.text = text_box(14, fixed=False)
        self.add_row(self.tr("Te&xt:"), self.text, "text")
        self.notes = text_box(3)
        self.add_row(self.tr("N&otes:"), self.notes, "notes")
        self.resize(760, 720)

        if record is not None:
            self._fill(record)
        self.url.setFocus()

    def collect(self) -> ArticleInput:
        problems: list[FieldProblem] = []
        published_on = None
        try:
            published = self.published_on.value()
        except BadValue as error:
            problems.append(FieldProblem("published_on", error.code, error.params))
        else:
            if published is not None and published.precision is not DatePrecision.DAY:
                problems.append(
                    FieldProblem("published_on", "needs_whole_day", {"value": published.iso()})
                )
            elif published is not None:
                published_on = published.value
        if unresolved := self.publisher.unresolved_name():
            problems.append(FieldProblem("publisher_id", "no_single_source", {"name": unresolved}))
        if problems:
            raise ValidationError(problems)
        record = self._record
        return ArticleInput(
            title=self.title.text(),
            url=self.url.text().strip() or None,
            publisher_id=self.publisher.source_id(),
            authors=tuple(
                name for part in self.authors.text().split(",") if (name := part.strip())
            ),
            language=self.language.currentText().strip() or None,
            published_on=published_on,
            captured_at=record.captured_at if record is not None else None,
            text=self._text(),
            content_type=record.content_type if record is not None else None,
            notes=plain_text(self.notes).strip() or None,
        )

    def _fill(self, record: ArticleRecord) -> None:
        self.url.setText(record.url or "")
        self.title.setText(record.title)
        self.publisher.set_source(record.publisher)
        self.authors.setText(", ".join(record.authors))
        self.published_on.set_loose_value(record.published_on)
        self.language.setEditText(record.language or "")
        self.text.setPlainText(record.text)
        self.notes.setPlainText(record.notes or "")

    def _text(self) -> str:
        # Untouched, the captured text goes back byte for byte: the editor would turn "\r\n"
        # into "\n", and a changed text re-anchors every citation of the article.
        if self._record is not None and not self.text.document().isModified():
            return self._record.text
        return plain_text(self.text)
