"""The audit trail as a hash chain: each event's SHA-256 covers its content and the hash of
the event before it, so that changing, removing or reordering an event anywhere breaks every
link after it.

The hash is computed over a canonical JSON text of the event (sorted keys, no whitespace,
UTF-8, timestamps as ISO 8601 UTC with microseconds, integral floats written as integers)
rather than over the stored bytes, so that SQLite's JSON text and PostgreSQL's JSONB (which
re-orders keys and writes 1e20 as 100000000000000000000) give the same hash. Pure functions:
the migration that starts the chain uses them too.
"""

from __future__ import annotations

import hashlib
import json
import math
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64

# What the hash covers, in this order of meaning (the JSON keys are sorted anyway).
HASHED_FIELDS = (
    "seq",
    "prev_hash",
    "at",
    "actor",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
    "context",
    "claim_id",
)


def canonical(value: Any) -> Any:
    """The value as the hash sees it: floats that are whole numbers as integers (JSONB
    gives them back so), containers recursively."""
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return int(value)
        return value
    if isinstance(value, dict):
        return {str(key): canonical(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(item) for item in value]
    return str(value)


def timestamp(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def event_text(event: dict[str, Any]) -> str:
    """The canonical JSON text of an event (a mapping with the HASHED_FIELDS)."""
    content = {name: event.get(name) for name in HASHED_FIELDS}
    at = content["at"]
    if isinstance(at, datetime):
        content["at"] = timestamp(at)
    return json.dumps(canonical(content), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(event: dict[str, Any]) -> str:
    return hashlib.sha256(event_text(event).encode("utf-8")).hexdigest()
