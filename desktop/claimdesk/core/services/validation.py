"""Field checks shared by the services. Each check records a problem and carries on, so that one
ValidationError can name every bad field at once."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlsplit

from babel import Locale, UnknownLocaleError

from ..dates import PartialDate
from ..enums import Qualifier
from ..errors import ValidationError
from ..quantities import Quantity

E = TypeVar("E", bound=StrEnum)

# Timezones: a report dated "tomorrow" in Asia may be today in Europe.
_FUTURE_SLACK = timedelta(days=1)


class Problems:
    def __init__(self) -> None:
        self._found: dict[str, str] = {}

    def add(self, field: str, why: str) -> None:
        self._found.setdefault(field, why)

    def __bool__(self) -> bool:
        return bool(self._found)

    def raise_if_any(self) -> None:
        if self._found:
            raise ValidationError(self._found)


def text(
    problems: Problems, field: str, value: str | None, *, max_length: int, required: bool = False
) -> str | None:
    """Stripped text, None for blank; required and length checked."""
    cleaned = value.strip() if isinstance(value, str) else None
    if not cleaned:
        if required:
            problems.add(field, "must not be empty")
        return None
    if len(cleaned) > max_length:
        problems.add(field, f"is {len(cleaned)} characters long; at most {max_length} allowed")
    return cleaned


def choice(problems: Problems, field: str, enum: type[E], value: object) -> E | None:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        problems.add(field, f"'{value}' is not one of {allowed}")
        return None


def language(problems: Problems, field: str, value: str | None) -> str | None:
    """A language code babel knows (de, en, de-CH …), normalised to hyphenated form."""
    cleaned = value.strip() if value else ""
    if not cleaned:
        return None
    try:
        Locale.parse(cleaned.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        problems.add(field, f"'{cleaned}' is not a known language code (e.g. de, en, uk)")
        return None
    return cleaned.replace("_", "-")


def partial_date(
    problems: Problems, field: str, value: PartialDate | date | str | None, *, past: bool = False
) -> PartialDate | None:
    """A date at day, month or year precision; with past=True it may not lie in the future."""
    try:
        parsed = PartialDate.coerce(value)
    except ValueError as error:
        problems.add(field, str(error))
        return None
    if parsed and past and parsed.value > (datetime.now(UTC) + _FUTURE_SLACK).date():
        problems.add(field, f"{parsed.iso()} lies in the future")
    return parsed


def plain_date(
    problems: Problems, field: str, value: date | str | None, *, past: bool = False
) -> date | None:
    parsed = partial_date(problems, field, value, past=past)
    return parsed.value if parsed else None


def web_url(problems: Problems, field: str, value: str | None) -> str | None:
    cleaned = text(problems, field, value, max_length=2000)
    if cleaned is None:
        return None
    parts = urlsplit(cleaned)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        problems.add(field, f"'{cleaned}' is not a web address (http:// or https://)")
        return None
    return cleaned


def quantity(problems: Problems, field: str, value: Quantity | None) -> Quantity | None:
    if value is None:
        return None
    ok = True
    if not math.isfinite(value.value):
        problems.add(f"{field}.value", "must be a finite number")
        ok = False
    if value.upper is not None:
        if not math.isfinite(value.upper):
            problems.add(f"{field}.upper", "must be a finite number")
            ok = False
        elif value.upper < value.value:
            problems.add(f"{field}.upper", "upper value is below the lower value")
            ok = False
    qualifier = choice(problems, f"{field}.qualifier", Qualifier, value.qualifier)
    if qualifier is Qualifier.RANGE and value.upper is None:
        problems.add(f"{field}.upper", "a range needs an upper value")
        ok = False
    if qualifier is not Qualifier.RANGE and value.upper is not None and qualifier is not None:
        problems.add(f"{field}.qualifier", "only a range has an upper value")
        ok = False
    unit = text(problems, f"{field}.unit", value.unit, max_length=100)
    if not ok or qualifier is None:
        return None
    return Quantity(value.value, value.upper, unit, qualifier)
