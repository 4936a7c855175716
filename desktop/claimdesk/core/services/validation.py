"""Field checks shared by the services. Each check records a problem and carries on, so that one
ValidationError can name every bad field at once. Problems are codes with parameters; the UI and
the CLI word them (ui/messages.py)."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlsplit

from babel import Locale, UnknownLocaleError

from ..dates import PartialDate
from ..enums import Qualifier
from ..errors import BadValue, FieldProblem, ValidationError
from ..quantities import Quantity

E = TypeVar("E", bound=StrEnum)

# Timezones: a report dated "tomorrow" in Asia may be today in Europe.
_FUTURE_SLACK = timedelta(days=1)


class Problems:
    """The problems found so far, the first per field kept."""

    def __init__(self) -> None:
        self._found: dict[str, FieldProblem] = {}

    def add(self, field: str, code: str, **params: object) -> None:
        self._found.setdefault(field, FieldProblem(field, code, params))

    def add_bad_value(self, field: str, error: ValueError) -> None:
        """A reader's ValueError: its own code when it has one (BadValue), else "invalid"."""
        if isinstance(error, BadValue):
            self.add(field, error.code, **error.params)
        else:
            self.add(field, "invalid")

    def __bool__(self) -> bool:
        return bool(self._found)

    def found(self) -> tuple[FieldProblem, ...]:
        """Every problem found, the first per field, in the order found."""
        return tuple(self._found.values())

    def first(self) -> FieldProblem | None:
        """The first problem found, or None."""
        return next(iter(self._found.values()), None)

    def raise_if_any(self) -> None:
        if self._found:
            raise ValidationError(self._found.values())


def text(
    problems: Problems, field: str, value: str | None, *, max_length: int, required: bool = False
) -> str | None:
    """Stripped text, None for blank; required and length checked."""
    cleaned = value.strip() if isinstance(value, str) else None
    if not cleaned:
        if required:
            problems.add(field, "required")
        return None
    if len(cleaned) > max_length:
        problems.add(field, "too_long", length=len(cleaned), limit=max_length)
    return cleaned


def choice(problems: Problems, field: str, enum: type[E], value: object) -> E | None:
    try:
        return enum(value)
    except ValueError:
        allowed = [member.value for member in enum]
        problems.add(field, "not_a_choice", value=str(value), allowed=allowed)
        return None


def language(problems: Problems, field: str, value: str | None) -> str | None:
    """A language code babel knows (de, en, de-CH …), normalised to hyphenated form."""
    cleaned = value.strip() if value else ""
    if not cleaned:
        return None
    try:
        Locale.parse(cleaned.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        problems.add(field, "unknown_language", value=cleaned)
        return None
    return cleaned.replace("_", "-")


def partial_date(
    problems: Problems, field: str, value: PartialDate | date | str | None, *, past: bool = False
) -> PartialDate | None:
    """A date at day, month or year precision; with past=True it may not lie in the future."""
    try:
        parsed = PartialDate.coerce(value)
    except ValueError as error:
        problems.add_bad_value(field, error)
        return None
    if parsed and past and parsed.value > (datetime.now(UTC) + _FUTURE_SLACK).date():
        problems.add(field, "in_future", date=parsed.iso())
    return parsed


def web_url(problems: Problems, field: str, value: str | None) -> str | None:
    cleaned = text(problems, field, value, max_length=2000)
    if cleaned is None:
        return None
    parts = urlsplit(cleaned)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        problems.add(field, "not_a_web_address", value=cleaned)
        return None
    return cleaned


def quantity(problems: Problems, field: str, value: Quantity | None) -> Quantity | None:
    if value is None:
        return None
    ok = True
    if not math.isfinite(value.value):
        problems.add(f"{field}.value", "not_finite")
        ok = False
    if value.upper is not None:
        if not math.isfinite(value.upper):
            problems.add(f"{field}.upper", "not_finite")
            ok = False
        elif value.upper < value.value:
            problems.add(f"{field}.upper", "upper_below_lower")
            ok = False
    qualifier = choice(problems, f"{field}.qualifier", Qualifier, value.qualifier)
    if qualifier is Qualifier.RANGE and value.upper is None:
        problems.add(f"{field}.upper", "range_needs_upper")
        ok = False
    if qualifier is not Qualifier.RANGE and value.upper is not None and qualifier is not None:
        problems.add(f"{field}.qualifier", "upper_only_for_range")
        ok = False
    unit = text(problems, f"{field}.unit", value.unit, max_length=100)
    if not ok or qualifier is None:
        return None
    return Quantity(value.value, value.upper, unit, qualifier)
