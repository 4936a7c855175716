"""The Claimdesk JSON document (format "claimdesk", version 1): its layout and value types.

One UTF-8 object, one row per line (``ensure_ascii`` off, so umlauts stay readable)::

    {"format": "claimdesk", "version": 1,
     "exported_at": "2026-11-25T14:00:00+00:00", "exported_by": "analyst",
     "database_revision": "0004",
     "filter": null,                        # or [{"label": "Status", "value": "False"}, …]
     "includes_originals": false,
     "sources": [...], "articles": [...], "article_captures": [...], "tags": [...],
     "claims": [...], "relations": [...], "published_reviews": [...], "audit_events": [...],
     "provenance": {...}}

"provenance" (last, read in the same snapshot as the rows) is what core/provenance.py
describes: the project's id, the audit chain's head, each claim's latest event and the SHA-256
of every capture the claims cite; `claimdesk report verify FILE` compares a project with it.
An import takes no notice of it.

Each row is an object with every column of its table (core/models.py) under the column's
name, ids included; deleted rows are there with their ``deleted_at``. Inside a claim, besides
its columns: ``tags`` (the tag names, sorted; each must be in "tags"), ``hops`` (by
position), ``citations`` and ``reviews`` (by id), each row without its ``claim_id``; inside a
review, ``evidence`` without its ``review_id``. "relations" holds claim_relations rows.

Values: timestamps ISO 8601 with the UTC offset (``2026-11-01T09:30:00.000000+00:00``), dates
``YYYY-MM-DD`` (their precision is the column beside them, e.g. ``claimed_on_precision``),
numbers as JSON numbers, the closed vocabularies as their stored values. The captured bytes
of articles and article versions (``original``, base64 of the bytes as stored, with
``original_compression``) are present only when ``includes_originals`` is true; without them
both keys are left out. A missing optional field reads as null; an unknown field is an error.
"""

from __future__ import annotations

import base64
import binascii
import gc
import json
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Float, Integer, LargeBinary, String

from ..enums import (
    AnchorState,
    AuditAction,
    CitationRole,
    Credibility,
    DatePrecision,
    HopMode,
    Qualifier,
    RelationKind,
    Reliability,
    SourceKind,
    Status,
)
from ..errors import BadValue
from ..models import UTCDateTime

FORMAT = "claimdesk"
VERSION = 1
MAX_BYTES = 200 * 1024 * 1024  # larger files are refused before they are read
# Document sections in order, with the table each holds.
SECTIONS: dict[str, str] = {
    "sources": "sources",
    "articles": "articles",
    "article_captures": "article_captures",
    "tags": "tags",
    "claims": "claims",
    "relations": "claim_relations",
    "published_reviews": "published_reviews",
    "audit_events": "audit_events",
}
SECTION_OF_TABLE = {table: section for section, table in SECTIONS.items()}
# Keys a claim (and a review) carries besides its columns.
CLAIM_PARTS = ("tags", "hops", "citations", "reviews")
REVIEW_PARTS = ("evidence",)

# The check constraints of core/models.py, so that a wrong value gets a message naming the row
# and the field instead of a database error.
CHOICES: dict[tuple[str, str], type[StrEnum]] = {
    ("sources", "kind"): SourceKind,
    ("sources", "reliability"): Reliability,
    ("claims", "status"): Status,
    ("claims", "credibility"): Credibility,
    ("claims", "claimed_on_precision"): DatePrecision,
    ("claims", "as_of_precision"): DatePrecision,
    ("claims", "quantity_qualifier"): Qualifier,
    ("attribution_hops", "mode"): HopMode,
    ("attribution_hops", "said_on_precision"): DatePrecision,
    ("citations", "role"): CitationRole,
    ("citations", "anchor_state"): AnchorState,
    ("reviews", "from_status"): Status,
    ("reviews", "to_status"): Status,
    ("claim_relations", "kind"): RelationKind,
    ("published_reviews", "mapped_status"): Status,
    ("published_reviews", "published_on_precision"): DatePrecision,
    ("audit_events", "action"): AuditAction,
}
LISTS_OF_TEXT = frozenset({("articles", "authors"), ("published_reviews", "appearances")})
LISTS_OF_OBJECTS = frozenset({("published_reviews", "authors")})


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while hundreds of thousands of rows are built.

    The rows hold no cycles, yet each burst of new dicts triggers collections that walk every
    object in the process: a sixth of an export's time. Reference counting still frees them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def value_reader(table: str, column: Any) -> Callable[[Any], Any]:
    """Turns a column's JSON value into what the database takes, or raises BadValue."""
    kind = column.type
    if (table, column.name) in CHOICES:
        return _choice(CHOICES[table, column.name])
    if isinstance(kind, UTCDateTime):
        return _timestamp
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, LargeBinary):
        return _bytes
    if isinstance(kind, JSON):
        if (table, column.name) in LISTS_OF_OBJECTS:
            return _objects
        return _texts if (table, column.name) in LISTS_OF_TEXT else _object
    if isinstance(kind, Float):
        return _number
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, Integer):
        return _integer(64 if isinstance(kind, BigInteger) else 32)
    if isinstance(kind, String):
        return _text(kind.length)
    raise TypeError(f"no reader for {table}.{column.name} ({kind!r})")


def _integer(bits: int) -> Callable[[Any], int]:
    """Whole numbers the column holds on every database (INTEGER is 32 bits on PostgreSQL)."""
    lowest, highest = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1

    def convert(value: Any) -> int:
        if type(value) is not int:
            raise BadValue("json_not_whole_number", found=kind_of(value))
        if not lowest <= value <= highest:
            raise BadValue("json_number_out_of_range", lowest=lowest, highest=highest)
        return value

    return convert


def _boolean(value: Any) -> bool:
    if type(value) is not bool:
        raise BadValue("json_not_boolean", found=kind_of(value))
    return value


def _number(value: Any) -> float:
    if type(value) not in (int, float):
        raise BadValue("json_not_number", found=kind_of(value))
    try:
        number = float(value)
    except OverflowError:  # an int beyond any float
        raise BadValue("json_not_finite") from None
    if not math.isfinite(number):
        raise BadValue("json_not_finite")
    return number


def _text(limit: int | None) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        if type(value) is not str:
            raise BadValue("json_not_text", found=kind_of(value))
        if limit is not None and len(value) > limit:
            raise BadValue("json_too_long", limit=limit)
        return value

    return convert


def _choice(enum: type[StrEnum]) -> Callable[[Any], str]:
    allowed = frozenset(member.value for member in enum)
    listed = [member.value for member in enum]

    def convert(value: Any) -> str:
        if type(value) is not str or value not in allowed:
            raise BadValue("json_not_a_choice", value=json.dumps(value), allowed=listed)
        return value

    return convert


def _date(value: Any) -> date:
    try:
        if type(value) is not str or len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise BadValue("json_not_date", value=json.dumps(value)) from None


def _timestamp(value: Any) -> datetime:
    try:
        if type(value) is not str:
            raise ValueError
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise BadValue("json_not_timestamp", value=json.dumps(value)) from None
    if parsed.tzinfo is None:
        raise BadValue("json_no_utc_offset", value=value)
    return parsed


def _bytes(value: Any) -> bytes:
    try:
        if type(value) is not str:
            raise ValueError
        return base64.b64decode(value, validate=True)
    except (ValueError, binascii.Error):
        raise BadValue("json_not_base64") from None


def _texts(value: Any) -> list[str]:
    if type(value) is not list or any(type(item) is not str for item in value):
        raise BadValue("json_not_text_list")
    return value


def _objects(value: Any) -> list[dict[str, Any]]:
    if type(value) is not list or any(type(item) is not dict for item in value):
        raise BadValue("json_not_object_list")
    return value


def _object(value: Any) -> dict[str, Any]:
    if type(value) is not dict:
        raise BadValue("json_not_object", found=kind_of(value))
    return value


def kind_of(value: Any) -> str:
    """What a JSON value is, as a code the UI words: "object", "list", "text", "number",
    "null", "true", "false"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    names = {dict: "object", list: "list", str: "text", int: "number", float: "number"}
    return names.get(type(value), type(value).__name__)
