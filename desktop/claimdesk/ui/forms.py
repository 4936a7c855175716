"""The shape every form dialog shares: labelled rows, errors shown under the field they
concern, Ctrl+Return to save, Esc to cancel, and input kept when saving fails.

A dialog only collects input. Saving hands it to a ``submit`` callable (the window's, which
pushes an undo command); a ValidationError from the core comes back keyed by field name, is
worded by ui/messages.py and shown next to that field while the dialog stays open with
everything the analyst typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import BadValue, ClaimdeskError, FieldProblem, ValidationError
from . import messages
from .translation import translate

ERROR_STYLE = "color: #b00020;"


class StayOpen(Exception):
    """Raised by a submit callable that has dealt with a problem itself (for example through
    the conflict dialog) and wants the form to stay open without showing anything."""


class FormDialog(QDialog):
    """Base for ClaimDialog, SourceDialog, ArticleDialog, StatusDialog and the like.

    Subclasses build their fields with ``add_row`` and implement ``collect()``, which returns
    the input object (or raises ValidationError for what it can tell locally, such as a
    quantity that does not parse).
    """

    def __init__(self, parent: QWidget | None, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._submit: Callable[[Any], None] | None = None
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.result_value: Any = None

        outer = QVBoxLayout(self)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.setAccessibleName(translate("FormDialog", "Problems"))
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)

    def set_submit(self, submit: Callable[[Any], None]) -> None:
        """What Save does with the collected input; may raise ValidationError or StayOpen."""
        self._submit = submit

    def add_row(
        self, label: str, widget: QWidget, field: str | None = None, help_text: str = ""
    ) -> QWidget:
        """A labelled field with an error line under it; ``field`` is the core's field name."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if help_text:
            hint = QLabel(help_text)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(mid);")
            column.addWidget(hint)
        if field:
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            column.addWidget(error)
            self._errors[field] = error
            self._fields[field] = widget
            self._watch(field, widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, holder)
        return holder

    def register_field(self, field: str, widget: QWidget, error_label: QLabel) -> None:
        """For fields laid out by hand (hop tables and the like)."""
        error_label.setStyleSheet(ERROR_STYLE)
        error_label.setWordWrap(True)
        error_label.hide()
        self._errors[field] = error_label
        self._fields[field] = widget
        self._watch(field, widget)

    def collect(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            value = self.collect()
            if self._submit is not None:
                self._submit(value)
        except ValidationError as error:
            self.show_errors(error.problems)
            return
        except StayOpen:
            return
        except ClaimdeskError as error:
            self._show_general(messages.error_text(error))
            return
        self.result_value = value
        super().accept()

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def error_text(self, field: str) -> str:
        """The message currently shown under a field ('' when none)."""
        label = self._errors.get(field)
        return label.text() if label is not None and label.isVisible() else ""

    def show_errors(self, problems: dict[str, FieldProblem]) -> None:
        """Word each problem and put it under its field: the longest registered prefix of its
        key ("quantity.upper" → "quantity", "hops.1.source_id" → "hops"); the rest on top."""
        self.show_texts({key: messages.problem_text(problem) for key, problem in problems.items()})

    def show_texts(self, texts: dict[str, str]) -> None:
        """Like show_errors, for messages already worded (keyed by field)."""
        unplaced: list[str] = []
        first: QWidget | None = None
        for key, why in texts.items():
            field = self._field_for(key)
            if field is None:
                unplaced.append(self._labelled(messages.field_label(key), why))
                continue
            label = self._errors[field]
            detail = key[len(field) + 1 :]
            text = self._labelled(messages.field_label(detail), why) if detail else why
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.show()
            if first is None:
                first = self._fields[field]
        if unplaced:
            self._show_general("\n".join(unplaced))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _labelled(label: str, text: str) -> str:
        return translate("Messages", "%1: %2").replace("%2", text).replace("%1", label)

    def field_problem(self, field: str) -> FieldProblem | None:
        """The problem the form can still see in a field now, None when it reads: what the
        widget's own ``value()`` raises (a date, a quantity). Anything else only the core can
        tell, on Save."""
        value = getattr(self._fields[field], "value", None)
        if callable(value):
            try:
                value()
            except BadValue as error:
                return FieldProblem(field, error.code, error.params)
        return None

    def _watch(self, field: str, widget: QWidget) -> None:
        """A shown error goes as soon as the field is edited into something that reads."""
        for part in (widget, *widget.findChildren(QWidget)):
            if isinstance(part, (QLineEdit, QPlainTextEdit, QTextEdit)):
                part.textChanged.connect(lambda *_: self._edited(field))
            elif isinstance(part, QComboBox):
                part.currentIndexChanged.connect(lambda *_: self._edited(field))
            elif isinstance(part, QAbstractButton) and part.isCheckable():
                part.toggled.connect(lambda *_: self._edited(field))

    def _edited(self, field: str) -> None:
        label = self._errors[field]
        if label.isHidden():
            return
        problem = self.field_problem(field)
        if problem is None:
            label.clear()
            label.hide()
        else:
            label.setText(messages.problem_text(problem))

    def _field_for(self, key: str) -> str | None:
        parts = key.split(".")
        for length in range(len(parts), 0, -1):
            candidate = ".".join(parts[:length])
            if candidate in self._errors:
                return candidate
        return None

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()
