"""Choosing a source by typing part of its name, or creating one on the spot.

Suggestions come from the live source names the workspace holds in memory (read on the reader
thread, see ui/source_names.py), so typing never waits for the database; the picker never
writes. A name typed that matches no source stays visibly unresolved instead of being dropped
or guessed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...core.errors import NotFoundError
from ...core.inputs import SourceInput
from ...core.records import SourceRef
from ..formatting import kind_label, reliability_meaning
from ..forms import ERROR_STYLE
from ..source_names import FRESH_SECONDS
from ..workspace import Workspace

NOTE_STYLE = "color: palette(dark);"
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
SUGGESTIONS = 20


class SourcePicker(QWidget):
    """Type-ahead over live sources, with an optional "New source…" button."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        create_source: Callable[[str], SourceRef | None] | None = None,
    ):
        super().__init__(parent)
        self._project = workspace.project
        self._names = workspace.source_names
        self._create_source = create_source
        self._source: SourceRef | None = None
        self._proposed: tuple[int, SourceInput] | None = None
        # Typed before the names arrived: suggest as soon as they do.
        self._waiting_for_names = False
        # A name the form has reported under the field: leaving it does not say it again.
        self._reported = ""

        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type part of a name"))
        self.grade = QLabel()
        self.grade.setMinimumWidth(self.grade.fontMetrics().horizontalAdvance("MM"))
        self.new_button = QPushButton(self.tr("New source…"))
        self.new_button.setToolTip(self.tr("Create a source and pick it here"))
        self.new_button.setVisible(create_source is not None)
        self.new_button.clicked.connect(self._create)
        self.hint = QLabel()
        self.hint.setStyleSheet(ERROR_STYLE)
        self.hint.setWordWrap(True)
        self.hint.hide()

        self._suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self._suggestions, self)
        # The names are already matched (anywhere in the name); the popup shows them as they are.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._picked)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.edit, 0, 0)
        layout.addWidget(self.grade, 0, 1)
        layout.addWidget(self.new_button, 0, 2)
        layout.addWidget(self.hint, 1, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        self.setFocusProxy(self.edit)

        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._left)
        self._names.loaded.connect(self._names_arrived)
        self._names.refresh(max_age=FRESH_SECONDS)

    def setAccessibleName(self, name: str) -> None:
        # Screen readers announce the focused line edit, not this container.
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.new_button.setAccessibleName(self.tr("New source for {field}").format(field=name))

    def source(self) -> SourceRef | None:
        return self._source

    def source_id(self) -> int | None:
        """The chosen source; a name typed but not picked is looked up once more first. A
        proposed new source (see propose) answers with its placeholder id."""
        if (proposal := self.proposed()) is not None:
            return proposal[0]
        if self._source is None and self.edit.text().strip():
            self._resolve()
        return self._source.id if self._source is not None else None

    def unresolved_name(self) -> str:
        """The text typed when it names no single source ('' when resolved or empty).

        The caller reports it under its field, so the picker's own hint goes: one message,
        not the same one twice."""
        name = self.edit.text().strip() if self.source_id() is None else ""
        self._reported = name
        self.hint.hide()
        return name

    def propose(self, placeholder: int, source: SourceInput) -> None:
        """Offer a source the project does not hold yet ("New source: Kyrylo Budanow"), to be
        created when the form is saved; typing another name withdraws it."""
        self.set_source(None)
        self._proposed = (placeholder, source)
        self.edit.setText(source.name)
        self.grade.setText("+")
        details = ", ".join(filter(None, [kind_label(source.kind), source.role]))
        self.hint.setText(
            self.tr("New source: {name} ({details}), created when you save").format(
                name=source.name, details=details
            )
        )
        self.hint.setStyleSheet(NOTE_STYLE)
        self.hint.show()

    def proposed(self) -> tuple[int, SourceInput] | None:
        """The proposed new source with its placeholder id, while its name stands unchanged."""
        if self._proposed is None or self._source is not None:
            return None
        if self.edit.text().strip() != self._proposed[1].name:
            return None
        return self._proposed

    def set_source(self, source: SourceRef | None) -> None:
        self._proposed = None
        self.hint.setStyleSheet(ERROR_STYLE)
        self._source = source
        self._waiting_for_names = False
        self.edit.setText(source.name if source is not None else "")
        self._show_grade()
        self.hint.hide()

    def set_source_id(self, source_id: int | None) -> None:
        """Select a source known only by id (a prefilled input); unknown ids leave it empty."""
        if source_id is None:
            self.set_source(None)
            return
        try:
            self.set_source(self._project.sources.get(source_id).ref)
        except NotFoundError:
            self.set_source(None)

    def _typed(self, text: str) -> None:
        if self._source is not None and text.strip() != self._source.name:
            self._source = None
            self._show_grade()
        self.hint.hide()
        self._reported = ""
        self._suggestions.clear()
        self._waiting_for_names = False
        if not text.strip():
            self.completer.popup().hide()
            return
        if not self._names.ready:
            self._waiting_for_names = True
        self._suggest(text)

    def _names_arrived(self) -> None:
        if self._waiting_for_names and (self.edit.hasFocus() or self.completer.popup().isVisible()):
            self._waiting_for_names = False
            self._suggestions.clear()
            self._suggest(self.edit.text())

    def _suggest(self, text: str) -> None:
        for ref in self._names.matching(text, SUGGESTIONS):
            label = self.tr("{name} — {kind}, reliability {grade}").format(
                name=ref.name, kind=kind_label(ref.kind), grade=ref.reliability.value
            )
            item = QStandardItem(label)
            item.setData(ref, SOURCE_ROLE)
            item.setToolTip(reliability_meaning(ref.reliability))
            self._suggestions.appendRow(item)
        if self._suggestions.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _picked(self, index: QModelIndex) -> None:
        source = index.data(SOURCE_ROLE)
        if isinstance(source, SourceRef):
            self.set_source(source)

    def _left(self) -> None:
        popup = self.completer.popup()
        # Going down into the suggestion list is not leaving the field; Tab past it is.
        if popup.isVisible() and (self.edit.hasFocus() or popup.hasFocus()):
            return
        popup.hide()
        self._waiting_for_names = False
        self._resolve()

    def _resolve(self) -> None:
        if self.proposed() is not None:
            return
        self.hint.setStyleSheet(ERROR_STYLE)
        text = self.edit.text().strip()
        if self._source is not None and text == self._source.name:
            return
        if not text:
            self.set_source(None)
            return
        # A name in full, or else part of the name of only one source ("budan" for
        # "Kyrylo Budanov"): the one source the list would offer.
        same = self._names.named(text) if self._names.ready else []
        if not same and self._names.ready and len(only := self._names.matching(text, 2)) == 1:
            same = only
        if not same:
            # Once, on leaving or saving (never per keystroke): the names held may not have
            # arrived yet or may miss a source another analyst added since.
            found = self._project.sources.search(text, SUGGESTIONS)
            same = [ref for ref in found if ref.name.casefold() == text.casefold()]
            if not same and len(found) == 1:
                same = found
        if len(same) == 1:
            self.set_source(same[0])
            return
        self._source = None
        self._show_grade()
        if text == self._reported:
            return
        if same:
            message = self.tr("Several sources are called “{name}”: pick one from the list.")
        elif self._create_source is not None:
            message = self.tr(
                "No source is called “{name}”: pick one from the list or create it with New source…"
            )
        else:
            message = self.tr("No source is called “{name}”: pick one from the list.")
        self.hint.setText(message.format(name=text))
        self.hint.show()

    def _show_grade(self) -> None:
        source = self._source
        self.grade.setText(source.reliability.value if source is not None else "")
        tip = (
            self.tr("Reliability {grade}: {meaning}").format(
                grade=source.reliability.value, meaning=reliability_meaning(source.reliability)
            )
            if source is not None
            else ""
        )
        self.grade.setToolTip(tip)
        self.edit.setToolTip(tip)

    def _create(self) -> None:
        assert self._create_source is not None
        # The name typed so far becomes the new source's name in its dialog.
        typed = self.edit.text().strip() if self._source is None else ""
        created = self._create_source(typed)
        if created is not None:
            self.set_source(created)
        self.edit.setFocus()
