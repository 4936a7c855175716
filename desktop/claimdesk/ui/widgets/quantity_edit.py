"""The quantity a claim is about, typed the way the report puts it ("etwa 11.000 Soldaten").

The number is read in the claim's quote language: "11.000" is eleven thousand in German and
eleven in English, so the live reading under the field is what keeps a misreading from being
saved unnoticed.
"""

from __future__ import annotations

import dataclasses

from babel import Locale, UnknownLocaleError
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from ...core.errors import BadValue
from ...core.quantities import Quantity, parse_quantity
from ..formatting import locale_name, number_text, qualifier_label, quantity_text
from ..forms import ERROR_STYLE
from .partial_date_edit import HINT_STYLE


def known_language(code: str | None) -> str | None:
    """The code when babel knows it (so the parser can use it), otherwise None."""
    cleaned = (code or "").strip()
    if not cleaned:
        return None
    try:
        Locale.parse(cleaned.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    return cleaned


class QuantityEdit(QWidget):
    """Free text read into a Quantity, an editable unit, and a live structured reading."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._language: str | None = None
        # The text set_value wrote and the quantity it stands for: that text is in the user's
        # locale, not the quote language, so it is not re-read until the analyst changes it.
        self._loaded: tuple[str, Quantity] | None = None
        self._unit_follows_text = True

        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. etwa 11.000 Soldaten, about 120 guns"))
        self.unit_caption = QLabel(self.tr("&Unit:"))
        self.unit_edit = QLineEdit()
        self.unit_edit.setAccessibleName(self.tr("Unit"))
        self.unit_edit.setPlaceholderText(self.tr("taken from the text"))
        self.unit_edit.setToolTip(
            self.tr("Filled in from the text; type here to override what was recognised.")
        )
        self.unit_caption.setBuddy(self.unit_edit)
        self.reading = QLabel()
        self.reading.setWordWrap(True)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.edit, 0, 0)
        layout.addWidget(self.unit_caption, 0, 1)
        layout.addWidget(self.unit_edit, 0, 2)
        layout.addWidget(self.reading, 1, 0, 1, 3)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(2, 2)
        self.setFocusProxy(self.edit)
        self.setTabOrder(self.edit, self.unit_edit)

        self.edit.textChanged.connect(self._text_changed)
        self.unit_edit.textEdited.connect(self._unit_edited)
        self._describe_language()

    def setAccessibleName(self, name: str) -> None:
        # Screen readers announce the focused line edit, not this container.
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def text(self) -> str:
        return self.edit.text()

    def language(self) -> str | None:
        return self._language

    def set_language(self, code: str | None) -> None:
        """The language the numbers are written in (the quote's); None or unknown: guess."""
        language = known_language(code)
        if language == self._language:
            return
        self._language = language
        self._describe_language()
        self._text_changed(self.edit.text())

    def value(self) -> Quantity | None:
        """None when empty; BadValue "quantity_entry" (a ValueError) when the text has no
        quantity; otherwise the quantity with the unit field's unit."""
        text = self.edit.text()
        if not text.strip():
            return None
        found = self._read(text)
        if found is None:
            raise BadValue("quantity_entry", text=text.strip())
        return dataclasses.replace(found, unit=self.unit_edit.text().strip() or None)

    def set_value(self, quantity: Quantity | None) -> None:
        """Show a stored quantity, written in the user's locale."""
        text = quantity_text(quantity) if quantity is not None else ""
        self._loaded = (text, quantity) if quantity is not None else None
        # A stored unit was chosen by an analyst: editing the number must not replace it.
        self._unit_follows_text = quantity is None or quantity.unit is None
        self.unit_edit.setText((quantity.unit if quantity is not None else None) or "")
        self.edit.setText(text)
        self._show_reading()

    def _read(self, text: str) -> Quantity | None:
        if self._loaded is not None and text == self._loaded[0]:
            return self._loaded[1]
        return parse_quantity(text, self._language)

    def _text_changed(self, text: str) -> None:
        if self._unit_follows_text:
            if not text.strip():
                self.unit_edit.clear()
            elif (found := self._read(text)) is not None:
                self.unit_edit.setText(found.unit or "")
        self._show_reading()

    def _unit_edited(self, unit: str) -> None:
        # Emptying the field hands the unit back to the text.
        self._unit_follows_text = not unit.strip()
        self._show_reading()

    def _show_reading(self) -> None:
        if not self.edit.text().strip():
            self.reading.clear()
            return
        try:
            quantity = self.value()
        except ValueError:
            self.reading.setText(self.tr("not a quantity"))
            self.reading.setStyleSheet(ERROR_STYLE)
            return
        assert quantity is not None
        numbers = number_text(quantity.value)
        if quantity.upper is not None:
            numbers = self.tr("{lower} to {upper}").format(
                lower=numbers, upper=number_text(quantity.upper)
            )
        if quantity.unit:
            template = self.tr("{qualifier} {numbers} · unit: {unit}")
        else:
            template = self.tr("{qualifier} {numbers} · no unit")
        self.reading.setText(
            template.format(
                qualifier=qualifier_label(quantity.qualifier), numbers=numbers, unit=quantity.unit
            )
        )
        self.reading.setStyleSheet(HINT_STYLE)

    def _describe_language(self) -> None:
        if self._language is None:
            tip = self.tr("Numbers are read by guessing the language from the words around them.")
        else:
            name = Locale.parse(self._language.replace("-", "_")).get_display_name(locale_name())
            tip = self.tr("Numbers are read as written in {language} (the quote language).")
            tip = tip.format(language=name or self._language)
        self.edit.setToolTip(tip)
