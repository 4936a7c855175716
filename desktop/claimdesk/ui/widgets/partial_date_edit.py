"""A date typed as text at the precision the report gives ("2025", "06.2025", "2025-06-10"),
with a live reading of it in the user's locale so a misread date shows before saving."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ...core.dates import PartialDate
from ...core.errors import BadValue
from ...core.inputs import DateLike
from ..formatting import partial_date_text
from ..forms import ERROR_STYLE

HINT_STYLE = "color: palette(mid);"


class PartialDateEdit(QWidget):
    """Line edit for a year, month or day, plus a label showing what the text reads as."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.edit.setToolTip(
            self.tr("A year, a month or a day: 2025, 2025-06, 2025-06-10, 06.2025 or 10.06.2025")
        )
        self.reading = QLabel()
        self.reading.setMinimumWidth(self.reading.fontMetrics().horizontalAdvance("0" * 16))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.reading, 1)
        # Buddy labels, tab order and error focus should land in the text, not the container.
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._show_reading)

    def setAccessibleName(self, name: str) -> None:
        # Screen readers announce the focused line edit, not this container.
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def text(self) -> str:
        return self.edit.text()

    def set_loose_value(self, value: DateLike) -> None:
        """A date as inputs carry it (PartialDate, date or typed text); text that is not a date
        is shown as it is, for the analyst to fix."""
        try:
            self.set_value(PartialDate.coerce(value))
        except ValueError:
            self.edit.setText(str(value))

    def value(self) -> PartialDate | None:
        """The date typed, None when empty; BadValue "date_entry" (a ValueError) otherwise."""
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return PartialDate.parse(text)
        except ValueError:
            raise BadValue("date_entry", text=text) from None

    def set_value(self, value: PartialDate | None) -> None:
        self.edit.setText(value.iso() if value is not None else "")

    def _show_reading(self) -> None:
        try:
            value = self.value()
        except ValueError:
            self.reading.setText(self.tr("not a date"))
            self.reading.setStyleSheet(ERROR_STYLE)
            return
        self.reading.setText(partial_date_text(value))
        self.reading.setStyleSheet(HINT_STYLE)
