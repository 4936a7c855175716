"""Text without control characters: what every service stores and every report writes.

A project file, a pasted page or a CSV from someone else can carry NUL, escape sequences,
backspaces or lone surrogates. None of them is text an analyst meant: NUL truncates strings in
C libraries and PostgreSQL refuses it, an escape sequence repaints a terminal, a lone surrogate
cannot be encoded as UTF-8. The services pass every input through ``cleaned`` before checking
it, so such characters never reach the database; the HTML and Markdown writers pass every
value through ``clean_text`` as well, for files written by older versions or by other tools.

Kept: tab and newline. Carriage returns become newlines ("\\r\\n" and a lone "\\r" alike), so
text from Windows and old Mac files keeps its lines. Removed: the other C0 controls
(U+0000–U+001F), DEL (U+007F) and surrogates (U+D800–U+DFFF, which a Python string holds only
when unpaired).
"""

from __future__ import annotations

import dataclasses
import json
import re
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")

_LINE_BREAK = re.compile(r"\r\n?")
_UNWANTED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def clean_text(value: str) -> str:
    """The text with line breaks made "\\n" and the other control characters removed."""
    if _UNWANTED.search(value) is None:
        return value  # the common case: nothing to copy
    return _UNWANTED.sub("", _LINE_BREAK.sub("\n", value))


def cleaned(value: T) -> T:
    """The same value with ``clean_text`` applied to every string inside it: in dataclass
    fields, tuples, lists and dicts (keys too), however deep. Enums, numbers, dates and bytes
    stay as they are; an unchanged value is returned as the same object."""
    return _cleaned(value)  # type: ignore[no-any-return]


def _cleaned(value: Any) -> Any:
    kind = type(value)
    if kind is str:  # the commonest by far; a StrEnum is not one (its type is the enum)
        return clean_text(value)
    if value is None or kind in _ATOMS or isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return clean_text(value)
    names = _init_fields(kind) if dataclasses.is_dataclass(kind) else None
    if names is not None:
        changed = {}
        for name in names:
            old = getattr(value, name)
            if old is None or type(old) in _ATOMS:
                continue  # most fields of an input: no call needed
            new = clean_text(old) if type(old) is str else _cleaned(old)
            if new is not old:
                changed[name] = new
        return dataclasses.replace(value, **changed) if changed else value
    if isinstance(value, list | tuple | dict) and _plainly_clean(value):
        return value
    if isinstance(value, list | tuple):
        items = [_cleaned(item) for item in value]
        if _same(items, value):
            return value
        if isinstance(value, list):
            return items
        return type(value)(*items) if hasattr(value, "_fields") else type(value)(items)
    if isinstance(value, dict):
        keys = [_cleaned(key) for key in value]
        items = [_cleaned(item) for item in value.values()]
        if _same(keys, value.keys()) and _same(items, value.values()):
            return value
        return dict(zip(keys, items, strict=True))
    return value


_ATOMS = frozenset({int, float, bool, bytes})

# In json.dumps(..., ensure_ascii=False) a character clean_text would change shows as an
# escape (\u0000-\u001f, \b, \f, \r) or as itself (DEL, a lone surrogate). A match may be
# a false alarm (the text "\\r"), which only means the walk below runs; no match means
# nothing inside needs cleaning.
_SUSPECT_IN_JSON = re.compile(r"\\u00[01][0-9a-fA-F]|\\[bfr]|[\x7f\ud800-\udfff]")


def _plainly_clean(value: list[Any] | tuple[Any, ...] | dict[Any, Any]) -> bool:
    """True when a JSON-like container (a parsed document, a list of names) holds no
    character to clean: one json.dumps in C instead of a Python walk over every item.
    False for anything JSON cannot write (dataclasses, dates), which is then walked."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return False
    return _SUSPECT_IN_JSON.search(text) is None


@cache
def _init_fields(kind: type) -> tuple[str, ...]:
    """The fields a dataclass takes in __init__ (read once per class: fields() is slow)."""
    return tuple(field.name for field in dataclasses.fields(kind) if field.init)


def _same(new: list[Any], old: Any) -> bool:
    return all(a is b for a, b in zip(new, old, strict=True))
