"""Small text widgets the forms share: language fields and plain-text boxes."""

from __future__ import annotations

from babel import Locale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSizePolicy

from ..formatting import locale_name

#: Offered in language fields; any code babel knows may be typed instead.
COMMON_LANGUAGES = ("de", "en", "uk", "ru", "fr", "ko")


def language_combo() -> QComboBox:
    """An editable combo of common language codes, each with its name as a tooltip."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(6)  # room for codes such as "de-CH"
    combo.addItem("")
    for code in COMMON_LANGUAGES:
        combo.addItem(code)
        name = Locale.parse(code).get_display_name(locale_name())
        combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
    return combo


def text_box(lines: int, *, fixed: bool = True) -> QPlainTextEdit:
    """A plain-text field of about ``lines`` lines (at least that many when not fixed)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    height = box.fontMetrics().lineSpacing() * lines + 12
    if fixed:
        box.setFixedHeight(height)
        # Not expanding either, or its form row takes a share of the spare height as blank.
        policy = box.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        box.setSizePolicy(policy)
    else:
        box.setMinimumHeight(height)
    return box


def plain_text(box: QPlainTextEdit) -> str:
    """The text as it stands. toPlainText() would turn no-break spaces (common in quoted
    German numbers) into plain ones and so change stored text nobody touched."""
    return box.document().toRawText().replace("\u2029", "\n")
