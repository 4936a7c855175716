"""The columns of a claims CSV: their names, the header words that suggest them, the formula
guard, and how one cell is read back into a value.

Export and import share these, so a file Claimdesk wrote maps itself on import. Cells are
read leniently where people type (German or English dates, numbers and labels) and strictly
where a misreading would change a fact: an ambiguous date is refused, never guessed.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names

from ..dates import PartialDate
from ..enums import Credibility, DatePrecision, Qualifier, Reliability, SourceKind
from ..errors import BadValue
from ..quantities import parse_number, parse_quantity
from ..records import CLAIM_TEXT_FIELDS

# Stable snake_case header of an export; import maps these names onto themselves.
# What an imported column can become. Ids, counts and timestamps of an export are not
# imported: the new database gives its own.
IMPORT_FIELDS = (
    "statement", "quote", "quote_language", "claimant", "claimant_kind", "claimant_reliability",
    "claimed_on", "as_of", "quantity", "quantity_value", "quantity_upper", "quantity_unit",
    "quantity_qualifier", "credibility", "status", "latest_rationale", "tags",
    *CLAIM_TEXT_FIELDS,
)  # fmt: skip

TAG_SEPARATOR = "; "

# Header words per field, compared without case, spaces, underscores or punctuation.
_ENGLISH = {
    "statement": "statement claim claimtext",
    "quote": "quote quotation originalquote",
    "quote_language": "quotelanguage language lang",
    "claimant": "claimant source speaker claimedby who",
    "claimant_kind": "claimantkind kind sourcekind type",
    "claimant_reliability": "claimantreliability reliability sourcereliability grade",
    "claimed_on": "claimedon claimed date claimdate saidon",
    "as_of": "asof asofdate",
    "quantity": "quantity amount number figure",
    "quantity_value": "quantityvalue value",
    "quantity_upper": "quantityupper upper uppervalue",
    "quantity_unit": "quantityunit unit",
    "quantity_qualifier": "quantityqualifier qualifier",
    "credibility": "credibility cred",
    "status": "verdict rating",
    "latest_rationale": "latestrationale rationale reason explanation",
    "tags": "tag keywords labels",
    "notes": "note comment comments",
}
_GERMAN = {
    "statement": "aussage behauptung",
    "quote": "zitat originalzitat",
    "quote_language": "sprache zitatsprache",
    "claimant": "quelle urheber urheberin sprecher sprecherin",
    "claimant_kind": "art quellenart typ",
    "claimant_reliability": "zuverlässigkeit verlässlichkeit quellenbewertung",
    "claimed_on": "datum aussagedatum behauptetam",
    "as_of": "stand standvom stichtag",
    "quantity": "menge anzahl zahl",
    "quantity_value": "wert",
    "quantity_upper": "obergrenze",
    "quantity_unit": "einheit",
    "quantity_qualifier": "qualifizierer",
    "credibility": "glaubwürdigkeit glaubhaftigkeit",
    "status": "prüfstatus urteil bewertung",
    "latest_rationale": "begründung",
    "tags": "schlagwörter schlagworte stichwörter",
    "notes": "notizen notiz anmerkungen anmerkung bemerkungen",
}
# The same word in both languages: it maps, but says nothing about the file's language.
_EITHER = {"statement": "text", "status": "status", "tags": "tags"}


def _index(words: dict[str, str]) -> dict[str, str]:
    return {word: field for field, listed in words.items() for word in listed.split()}


_BY_LANGUAGE = {"en": _index(_ENGLISH), "de": _index(_GERMAN), "": _index(_EITHER)}
_NOT_WORD = re.compile(r"[\W_]+")


def header_key(header: str) -> str:
    """ "Claimed on", "claimed_on" and "CLAIMED-ON" all become "claimedon"."""
    return _NOT_WORD.sub("", header.casefold())


def suggest_field(header: str) -> tuple[str | None, str]:
    """The field a header names, and the language its word is in ("" when either)."""
    key = header_key(header)
    if key in _BY_LANGUAGE[""]:
        return _BY_LANGUAGE[""][key], ""
    for field in IMPORT_FIELDS:
        if key == header_key(field):
            return field, "en"
    for language in ("en", "de"):
        if key in _BY_LANGUAGE[language]:
            return _BY_LANGUAGE[language][key], language
    return None, ""


def suggest_mapping(headers: tuple[str, ...]) -> tuple[dict[str, str], str | None]:
    """Header → field for every header recognised (each field once, first column wins), and
    the language the headers are written in when they tell ("de", "en") else None."""
    mapping: dict[str, str] = {}
    languages: set[str] = set()
    for header in headers:
        field, language = suggest_field(header)
        if field is not None and field not in mapping.values():
            mapping[header] = field
            if language:
                languages.add(language)
    return mapping, languages.pop() if len(languages) == 1 else None


# Formula guard. A spreadsheet runs a cell that starts with one of these as a formula; a
# leading apostrophe makes it text (OWASP "CSV injection"). Plain numbers such as -5 are
# left as they are: a spreadsheet reads them as the number they are, and nothing can hide in
# digits. A cell that already starts with apostrophes before a trigger gets one more, so the
# import's "drop one apostrophe" gives back exactly what was exported. The full-width forms
# ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20) count too: spreadsheets in East Asian locales
# fold them to their ASCII forms and start a formula; a leading tab or CR can hide one.
TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def guard_cell(text: str) -> str:
    """The cell as a spreadsheet will show it but never run it: "=1+1" → "'=1+1"."""
    if text and text.lstrip("'")[:1] in TRIGGERS and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def unguard_cell(text: str) -> str:
    """What guard_cell guarded, as it was: "'=1+1" → "=1+1"; "'quoted'" stays."""
    if text.startswith("'") and text.lstrip("'")[:1] in TRIGGERS:
        return text[1:]
    return text


# Dates --------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:\.\s*|(?:st|nd|rd|th)?\s+)([^\W\d_]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_MONTH_YEAR = re.compile(r"([^\W\d_]+)\.?,?\s+(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_SLASHED_MONTH = re.compile(r"(\d{1,2})/(\d{4})")
_YEAR_FIRST_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
# Spreadsheets like to add a time to a date: 2025-06-10 00:00:00.
_ISO_WITH_TIME = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?")


@lru_cache(maxsize=8)
def _month_words(locale: str | None) -> dict[str, int]:
    names: dict[str, int] = {"sept": 9, "mrz": 3, "mär": 3}
    languages = ["en", "de"] + ([locale] if locale else [])
    for language in languages:
        try:
            loaded = Locale.parse(language.replace("-", "_"))
        except (ValueError, TypeError, UnknownLocaleError):
            continue
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, loaded).items():
                    names[name.casefold().rstrip(".")] = number
    return names


def _month(word: str, locale: str | None) -> int | None:
    return _month_words(locale).get(word.casefold().rstrip("."))


def _day_first(locale: str | None) -> bool | None:
    """Whether 03/04/2025 is the 3rd of April: yes in Europe, no in the USA, unknown without
    a locale."""
    if not locale:
        return None
    return locale.replace("-", "_").lower() not in ("en_us", "en_ph", "en_ca")


def read_date(text: str, locale: str | None = None) -> PartialDate:
    """A date as people write it, at the precision written: "2025", "06/2025", "10.06.2025",
    "10 June 2025", "10. Juni 2025", "June 10, 2025", "Juni 2025". Raises BadValue (a
    ValueError)."""
    cleaned = _SPACES.sub(" ", text.strip())
    try:
        return PartialDate.parse(cleaned)
    except BadValue as error:
        if error.code == "no_such_date":
            raise
    if match := _ISO_WITH_TIME.fullmatch(cleaned):
        return PartialDate.parse(match[1])
    day: int | None
    if match := _DAY_MONTH_YEAR.fullmatch(cleaned):
        day, month, year = int(match[1]), _month(match[2], locale), int(match[3])
    elif match := _MONTH_DAY_YEAR.fullmatch(cleaned):
        day, month, year = int(match[2]), _month(match[1], locale), int(match[3])
    elif match := _MONTH_YEAR.fullmatch(cleaned):
        day, month, year = None, _month(match[1], locale), int(match[2])
    elif match := _SLASHED_MONTH.fullmatch(cleaned):
        day, month, year = None, int(match[1]), int(match[2])
    elif match := _YEAR_FIRST_SLASHED.fullmatch(cleaned):
        day, month, year = int(match[3]), int(match[2]), int(match[1])
    elif match := _SLASHED.fullmatch(cleaned):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        day_first = _day_first(locale) if first <= 12 and second <= 12 else first > 12
        if first == second:
            day_first = True
        if day_first is None:
            raise BadValue("ambiguous_date", text=text) from None
        day, month = (first, second) if day_first else (second, first)
    else:
        raise BadValue("unreadable_date", text=text) from None
    if month is None:
        raise BadValue("unknown_month", text=text) from None
    try:
        value = date(year, month, day or 1)
    except ValueError:
        raise BadValue("no_such_date", text=text) from None
    precision = DatePrecision.DAY if day else DatePrecision.MONTH
    return PartialDate(value, precision)


# Numbers ------------------------------------------------------------------------------------

_MACHINE_NUMBER = re.compile(r"[-+−]?[0-9]+(?:\.[0-9]+)?")
_GROUPED_DOT = re.compile(r"[-+−]?[0-9]{1,3}(?:\.[0-9]{3})+")


def read_number(text: str, locale: str | None = None) -> float:
    """A number in German, English or machine notation: "11.000" (de), "11,000" (en),
    "1,5" (de), "-5", "1,5 Millionen". Where the notation is ambiguous ("11.000"), the locale
    decides; without one, the shape does (a dot before exactly three digits groups
    thousands). Raises BadValue (a ValueError)."""
    cleaned = text.strip().replace("−", "-")
    language = (locale or "").replace("-", "_").split("_")[0].lower()
    if _MACHINE_NUMBER.fullmatch(cleaned) and (
        language == "en" or not (_GROUPED_DOT.fullmatch(cleaned) and language in ("", "de"))
    ):
        return float(cleaned)
    if locale:
        order = [locale, "en", "de"]
    else:
        order = ["de", "en"] if _GROUPED_DOT.fullmatch(cleaned) else ["en", "de"]
    for name in order:
        try:
            return parse_number(cleaned, name)
        except ValueError:
            continue
    try:
        found = parse_quantity(cleaned, locale)
    except ValueError:
        found = None
    if found is None or found.unit is not None or found.upper is not None:
        raise BadValue("not_a_number", text=text)
    return found.value


# Words for the closed vocabularies ----------------------------------------------------------


def _words(table: dict[str, str]) -> dict[str, str]:
    return {header_key(word): value for words, value in table.items() for word in words.split("|")}


_CREDIBILITY_WORDS = _words({
    "confirmed|confirmed by other sources|bestätigt": "1",
    "probably true|wahrscheinlich wahr|wahrscheinlich": "2",
    "possibly true|möglicherweise wahr|möglich": "3",
    "doubtful|zweifelhaft": "4",
    "improbable|unwahrscheinlich": "5",
    "cannot be judged|truth cannot be judged|nicht beurteilbar": "6",
})  # fmt: skip
_RELIABILITY_WORDS = _words({
    "completely reliable|vollkommen zuverlässig": "A", "usually reliable|meist zuverlässig": "B",
    "fairly reliable|ziemlich zuverlässig": "C",
    "not usually reliable|meist nicht zuverlässig": "D", "unreliable|unzuverlässig": "E",
    "reliability cannot be judged|cannot be judged|nicht beurteilbar": "F",
})  # fmt: skip
_KIND_WORDS = _words({
    "person|individual": "person",
    "organisation|organization|org|ngo": "organisation",
    "government|government body|authority|regierung|behörde|regierungsstelle|ministerium":
        "government",
    "media outlet|media_outlet|media|outlet|newspaper|medium|medien|zeitung": "media_outlet",
    "anonymous|anonym|unbekannt": "anonymous",
})  # fmt: skip
_QUALIFIER_WORDS = _words({
    "exact|exactly|genau|exakt": "exact",
    "about|approximately|around|roughly|circa|ca|etwa|rund|ungefähr|zirka": "about",
    "at least|at_least|mindestens|wenigstens": "at_least",
    "more than|more_than|over|mehr als|über": "more_than",
    "at most|at_most|up to|nearly|almost|höchstens|bis zu|maximal|knapp|fast": "at_most",
    "fewer than|fewer_than|less than|under|weniger als|unter": "fewer_than",
    "range|between|spanne|zwischen|von bis": "range",
})  # fmt: skip
_LEADING_GRADE_DIGIT = re.compile(r"[A-Fa-f]?([1-6])(?![0-9])")
_LEADING_GRADE_LETTER = re.compile(r"([A-Fa-f])(?![^\W\d_])")


def read_credibility(text: str) -> Credibility:
    """ "2", "2 – Probably true", "probably true", or the Admiralty grade "C2"."""
    if match := _LEADING_GRADE_DIGIT.match(text.strip()):
        return Credibility(match[1])
    found = _CREDIBILITY_WORDS.get(header_key(text))
    if found is None:
        raise BadValue("not_a_credibility", value=text)
    return Credibility(found)


def read_reliability(text: str) -> Reliability:
    """ "C", "c", "C – Fairly reliable" or "fairly reliable"."""
    if match := _LEADING_GRADE_LETTER.match(text.strip()):
        return Reliability(match[1].upper())
    found = _RELIABILITY_WORDS.get(header_key(text))
    if found is None:
        raise BadValue("not_a_reliability", value=text)
    return Reliability(found)


def read_kind(text: str) -> SourceKind:
    found = _KIND_WORDS.get(header_key(text))
    if found is None:
        raise BadValue("not_a_source_kind", value=text, allowed=[str(k) for k in SourceKind])
    return SourceKind(found)


def read_qualifier(text: str) -> Qualifier:
    found = _QUALIFIER_WORDS.get(header_key(text))
    if found is None:
        raise BadValue("not_a_qualifier", value=text, allowed=[str(q) for q in Qualifier])
    return Qualifier(found)


def read_tags(text: str) -> tuple[str, ...]:
    """Tags split on semicolons (as exported) or, when there are none, on commas (as typed
    in the claim form)."""
    separator = ";" if ";" in text else ","
    return tuple(tag for tag in (" ".join(part.split()) for part in text.split(separator)) if tag)
