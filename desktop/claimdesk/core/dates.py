"""Dates known to a day, a month or a year: reports often give only "in June" or "in 2024"."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .enums import DatePrecision
from .errors import BadValue

_ISO = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?$")
_DOTTED = re.compile(r"^(?:(?P<d>\d{1,2})\.)?(?P<m>\d{1,2})\.(?P<y>\d{4})$")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date plus how much of it is known.

    The stored day is always the first of the month (month precision) or the first of January
    (year precision), so that sorting and range filters work on one date column.
    """

    value: date
    precision: DatePrecision = DatePrecision.DAY

    def __post_init__(self) -> None:
        if not isinstance(self.precision, DatePrecision):
            object.__setattr__(self, "precision", DatePrecision(self.precision))
        normalised = _truncate(self.value, self.precision)
        if normalised != self.value:
            object.__setattr__(self, "value", normalised)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse "2025", "2025-06", "2025-06-10", "06.2025" or "10.06.2025".

        Raises ValueError naming the text when it is not a date or the date cannot exist.
        """
        cleaned = text.strip()
        match = _ISO.match(cleaned) or _DOTTED.match(cleaned)
        if not match:
            raise BadValue("not_a_date", text=text)
        year = int(match["y"])
        month = int(match["m"]) if match["m"] else None
        day = int(match["d"]) if match["d"] else None
        precision = (
            DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR
        )
        try:
            value = date(year, month or 1, day or 1)
        except ValueError:
            raise BadValue("no_such_date", text=text) from None
        return cls(value, precision)

    @classmethod
    def coerce(cls, value: PartialDate | date | str | None) -> PartialDate | None:
        """Accept the forms callers hold (a record, a date, typed text) as one type."""
        if value is None or isinstance(value, PartialDate):
            return value
        if isinstance(value, date):
            return cls(value, DatePrecision.DAY)
        if not value.strip():
            return None
        return cls.parse(value)

    def last_day(self) -> date:
        """The last day this date covers: 2025-06 → 2025-06-30, 2025 → 2025-12-31 (for "until"
        filters, which include the whole month or year)."""
        if self.precision is DatePrecision.YEAR:
            return date(self.value.year, 12, 31)
        if self.precision is DatePrecision.MONTH:
            return self.value.replace(day=calendar.monthrange(self.value.year, self.value.month)[1])
        return self.value

    def iso(self) -> str:
        """ISO text at the known precision: 2025, 2025-06 or 2025-06-10."""
        if self.precision is DatePrecision.YEAR:
            return f"{self.value.year:04d}"
        if self.precision is DatePrecision.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()

    def __str__(self) -> str:
        return self.iso()


def _truncate(value: date, precision: DatePrecision) -> date:
    if precision is DatePrecision.YEAR:
        return value.replace(month=1, day=1)
    if precision is DatePrecision.MONTH:
        return value.replace(day=1)
    return value
