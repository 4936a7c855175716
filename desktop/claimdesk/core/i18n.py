"""The words of documents the core writes (reports), in the language of their locale.

The window translates through Qt; the core has no Qt, so it reads the same catalogue that
Qt's translator is compiled from, resources/translations/claimdesk_de.ts, and looks the
English source texts up there. The report and the window therefore use one set of German
words, and the translators work in one file. lupdate finds ``words.translate("Context",
"text")`` calls in the report modules as it finds them in the UI (the Makefile's
``translations`` target scans both), so every source text must be a literal: values go in
afterwards through ``fill`` ("%1", "%2"), counts through ``Words.plural`` ("%n").
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .quantities import format_number
from .resources import resource

# The languages with a catalogue in resources/translations (claimdesk_<language>.ts).
CATALOGUES = {"de": ("translations", "claimdesk_de.ts")}

_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass(frozen=True, slots=True)
class Words:
    """The words of one locale: English sources mapped to their translations."""

    locale: str  # the babel locale of numbers and dates too: "en", "de_DE"
    table: Mapping[tuple[str, str], str] = field(default_factory=dict, repr=False)

    def translate(self, context: str, source: str) -> str:
        """The translation of ``source`` in ``context``; the source itself when the catalogue
        has none (English, an unfinished entry, a text added since the catalogue was made)."""
        return self.table.get((context, source), source)

    def plural(self, count: int, one: str, many: str) -> str:
        """``one`` for a count of 1, else ``many``, with the count in the locale's digits for
        "%n". Both forms come through ``translate`` (two catalogue entries: lupdate marks no
        Python call as having plural forms), which is enough for English and German."""
        return (one if count == 1 else many).replace("%n", format_number(count, self.locale))


@cache
def words_for(locale: str | None) -> Words:
    """The words for a locale, chosen by its language: "de", "de_DE", "de-CH" → German;
    anything else (or a missing catalogue) → English."""
    name = (locale or "en").replace("-", "_")
    return Words(name, catalogue(name.split("_")[0].lower()))


@cache
def catalogue(language: str) -> Mapping[tuple[str, str], str]:
    """(context, source) → translation for the language's catalogue; empty for English and
    for a language without one. Read once per language."""
    parts = CATALOGUES.get(language)
    return read_catalogue(resource(*parts)) if parts is not None else {}


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation for every finished entry of a Qt .ts file; empty
    when the file is missing (the report is then written in English)."""
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source is None or message.get("numerus") == "yes":
                continue
            # As Qt's lrelease -nounfinished: an unfinished, obsolete or empty entry is no
            # translation, and the English source is shown instead.
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text:
                table[(name, source)] = translation.text
    return table


def fill(text: str, *values: object) -> str:
    """Put the values in for %1, %2 … in one pass (a value holding "%2" stays as it is)."""
    words = [str(value) for value in values]
    return _PLACEHOLDER.sub(
        lambda m: words[int(m[1]) - 1] if int(m[1]) <= len(words) else m[0], text
    )
