"""Quantities that claims are about: "etwa 11.000 Soldaten", "more than 10,000 people".

Numbers are read and written through babel's locale data, so "11.000" is eleven thousand
in German and eleven in English and malformed groupings such as "1.00.0" are rejected.
Regexes only locate number-like tokens and the qualifier, scale and unit words around them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Context, Decimal, DecimalException, localcontext
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import NumberFormatError, format_decimal, format_percent, parse_decimal

from claimdesk.core.enums import Qualifier
from claimdesk.core.errors import BadValue

Q = Qualifier


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    upper: float | None = None  # only for ranges
    unit: str | None = None  # e.g. "soldiers", "nordkoreanische Soldaten", "%"
    qualifier: Qualifier = Qualifier.EXACT

    def __post_init__(self) -> None:
        # Accept the stored string value, so rows read back from the database compare equal.
        # Consistency (upper only for ranges, upper >= value) is checked by the services,
        # which report it against the field the analyst typed into.
        if type(self.qualifier) is not Qualifier:
            object.__setattr__(self, "qualifier", Qualifier(self.qualifier))


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    quantity: Quantity
    start: int  # character offsets of the whole matched phrase in the input text
    end: int
    text: str  # the matched phrase, text[start:end]


_QUALIFIERS: dict[str, Qualifier] = {
    "etwa": Q.ABOUT, "rund": Q.ABOUT, "ungefähr": Q.ABOUT, "circa": Q.ABOUT, "zirka": Q.ABOUT,
    "ca.": Q.ABOUT, "knapp": Q.AT_MOST, "fast": Q.AT_MOST, "beinahe": Q.AT_MOST,
    "nahezu": Q.AT_MOST, "höchstens": Q.AT_MOST, "maximal": Q.AT_MOST, "bis zu": Q.AT_MOST,
    "mindestens": Q.AT_LEAST, "wenigstens": Q.AT_LEAST, "mehr als": Q.MORE_THAN,
    "über": Q.MORE_THAN, "weniger als": Q.FEWER_THAN, "unter": Q.FEWER_THAN,
    "about": Q.ABOUT, "around": Q.ABOUT, "approximately": Q.ABOUT, "approx.": Q.ABOUT,
    "roughly": Q.ABOUT, "some": Q.ABOUT, "an estimated": Q.ABOUT, "nearly": Q.AT_MOST,
    "almost": Q.AT_MOST, "up to": Q.AT_MOST, "at most": Q.AT_MOST, "no more than": Q.AT_MOST,
    "at least": Q.AT_LEAST, "no fewer than": Q.AT_LEAST, "no less than": Q.AT_LEAST,
    "more than": Q.MORE_THAN, "over": Q.MORE_THAN, "fewer than": Q.FEWER_THAN,
    "less than": Q.FEWER_THAN, "under": Q.FEWER_THAN,
}  # fmt: skip
# Range openers: "between" pairs with "and", "from" with "to" or a dash.
_BETWEEN = {"between", "zwischen"}
_FROM = {"from", "von"}
_DISPLAY: dict[str, dict[Qualifier | str, str]] = {
    "en": {Q.ABOUT: "about", Q.AT_LEAST: "at least", Q.MORE_THAN: "more than",
           Q.AT_MOST: "at most", Q.FEWER_THAN: "fewer than", "to": "to"},
    "de": {Q.ABOUT: "etwa", Q.AT_LEAST: "mindestens", Q.MORE_THAN: "mehr als",
           Q.AT_MOST: "höchstens", Q.FEWER_THAN: "weniger als", "to": "bis"},
}  # fmt: skip
# Powers of ten; "billion" is 10**9 in English but 10**12 in German (see _scale_exponent).
_SCALES = {
    "tausend": 3, "tsd": 3, "thousand": 3, "k": 3, "mio": 6, "million": 6, "millionen": 6,
    "millions": 6, "mn": 6, "m": 6, "mrd": 9, "milliarde": 9, "milliarden": 9, "billion": 9,
    "billions": 9, "bn": 9, "billionen": 12,
}  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DE_CLUES = _words(
    "etwa rund ungefähr zirka knapp fast beinahe nahezu höchstens mindestens wenigstens mehr "
    "weniger als über unter bis zu zwischen und tausend tsd mio millionen mrd milliarde "
    "milliarden billionen prozent der die das den dem des ein eine einer ist sind sich nicht "
    "mit von vom im zum zur auf laut zufolge wurden wurde haben hat zudem bislang soldaten"
)
_EN_CLUES = _words(
    "about around approximately roughly some nearly almost over at least most up to fewer less "
    "more than under between and thousand millions billion billions bn percent the of is are "
    "was were with from have has had been according said people soldiers troops"
)
_DE_STOP = _words(
    "der die das den dem des ein eine einer eines einem einen dieser diese dieses diesen diesem "
    "jener jene kein keine in im ins an am auf aus bei beim nach vor von vom zu zum zur mit seit "
    "für gegen um über unter durch ohne bis pro je laut zufolge und oder aber sowie als wie dass "
    "ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien sich soll "
    "sollen sie er es wir ihr ihre sein seine"
)
_EN_STOP = _words(
    "the a an this that these those of in on at for from to by with into near across during "
    "since after before under over per as than and or but who which while out is are was were "
    "be been being have has had will would could should can may might must do does did said "
    "say says told reported according killed died fled left arrived remain remained they we he "
    "she it its their there"
)
_UMLAUTS = frozenset("äöüß")
_EN_PLURALS = {"people", "men", "women", "children", "personnel", "police", "staff", "aircraft"}

_SP = "[ \u00a0\u202f]"
_DIGITS = r"[0-9]+(?:[.,][0-9]+|['’\u00a0\u202f][0-9]{3}(?![0-9]))*"
# A sign only where no word precedes it, and no digits right after "F-" in names like "F-16".
_NUM_RE = re.compile(r"(?<![\w.,’])(?:[-−+](?=[0-9]))?(?<![^\W\d_][-‐−])" + _DIGITS)
_PREFIX_RE = re.compile(
    r"(?<![\w.])(?P<w>"
    + "|".join(
        re.escape(w).replace(r"\ ", _SP + "+")
        for w in sorted([*_QUALIFIERS, *_BETWEEN, *_FROM], key=len, reverse=True)
    )
    + rf"){_SP}+\Z",
    re.IGNORECASE,
)
_SCALE_RE = re.compile(
    rf"(?P<space>{_SP}*)(?P<w>Tausend|Tsd\.|Mio\.|Mio|Millionen|Millions?|Mrd\.|Mrd|Milliarden"
    r"|Milliarde|Billionen|Billions?|thousand|bn|mn|k|m)(?!\w)",
    re.IGNORECASE,
)
_TAIL_RE = re.compile(
    rf"(?:{_SP}*[-‐–—]{_SP}*|{_SP}+(?P<w>to|bis|and|und){_SP}+)(?P<num>[-−+]?{_DIGITS})",
    re.IGNORECASE,
)
_PERCENT_RE = re.compile(rf"{_SP}?(?:%|(?:prozent|percent|per cent)(?!\w))", re.IGNORECASE)
_UNIT_WORD_RE = re.compile(rf"{_SP}+([^\W\d_]\w*(?:[-’'][^\W_]+)*)(?!\w)")
# Dates and clock times are skipped whole rather than read as several numbers.
_DATE_RE = re.compile(
    r"(?<![0-9.])(?:[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
    r"(?:T[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}"
    r"|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)(?![0-9])"
)
_GROUPED_DOT = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_GROUPED_COMMA = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")
_PLAIN_NUMBER = re.compile(r"[-+]?[0-9]+(?:\W[0-9]+)*")
# Spaces and apostrophes between digit groups stand for the locale's own group mark.
_LOOSE_GROUP = re.compile(r"(?<=[0-9])['’ \u00a0\u202f](?=[0-9]{3}(?![0-9]))")
_WIDE = Context(prec=400)  # enough digits for any float, so quantize never overflows


@lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError) as error:
        raise BadValue("unknown_locale", locale=name) from error


# CLDR 48 gave the Swiss locales an ASCII apostrophe as group mark, and babel (2.19) reads
# that mark in its own formatted output as pattern quoting and drops it: "1'000" becomes
# "1000", so its strict parse rejects every grouped Swiss number. Such numbers are checked as
# English ones instead, which group alike (threes) with other marks.
_APOSTROPHE = "'"


@lru_cache(maxsize=16)
def _as_english(locale: Locale) -> dict[int, str]:
    """A str.translate table from this locale's marks to English ones; English marks that
    mean nothing here become a character no number holds, so they stay errors."""
    symbols = locale.number_symbols["latn"]
    table = {ord(","): "\0", ord("."): "\0"}
    table.update({ord(symbols["group"]): ",", ord(symbols["decimal"]): "."})
    return table


def _parse_decimal(text: str, locale: Locale) -> Decimal:
    group = locale.number_symbols["latn"]["group"]
    cleaned = _LOOSE_GROUP.sub(group, text.strip().replace("−", "-"))
    # babel would also accept "NaN" or "1E5"; analysts' numbers are digits and separators only.
    if not _PLAIN_NUMBER.fullmatch(cleaned):
        raise BadValue("not_a_number", text=text)
    strict_locale = locale
    if group == _APOSTROPHE:
        cleaned, strict_locale = cleaned.translate(_as_english(locale)), _locale("en")
    try:
        # babel's strict check re-formats the number, which needs room for all its digits.
        with localcontext(_WIDE):
            number = parse_decimal(cleaned, locale=strict_locale, strict=True)
    except (NumberFormatError, DecimalException) as error:
        raise BadValue("malformed_number", text=text, locale=str(locale)) from error
    if not number.is_finite() or not math.isfinite(float(number)):
        raise BadValue("number_too_large", text=text)
    return number


def parse_number(text: str, locale: str) -> float:
    """Read a number written in the conventions of `locale`, e.g. ("11.000", "de") -> 11000.

    Strict: a grouping that does not fit the locale ("1.00.0", or "1.5" in German) raises
    ValueError naming the text instead of being misread.
    """
    return float(_parse_decimal(text, _locale(locale)))


def format_number(value: float, locale: str) -> str:
    """Write a number for `locale` without exponent, with at most six fraction digits."""
    if not math.isfinite(value):
        raise BadValue("not_finite", value=value)
    symbols = _plain_grouping(locale)
    if symbols is not None and float(value).is_integer() and abs(value) < 1e15:
        return format(int(value), ",d").replace(",", symbols[0])  # most quantities: 0.5 µs
    number = Decimal(repr(float(value))).quantize(Decimal("0.000001"), context=_WIDE)
    number = Decimal(0) if number.is_zero() else number.normalize(_WIDE)
    if symbols is not None:
        return _group(number, *symbols)
    return format_decimal(number, locale=_locale(locale), decimal_quantization=False)


_PROBES = ("0", "-5", "999", "1000", "-12345.5", "1234567.125", "0.000001", "1" + "0" * 21)


def _group(number: Decimal, group: str, decimal: str) -> str:
    return format(number, ",f").replace(",", "\0").replace(".", decimal).replace("\0", group)


@lru_cache(maxsize=64)
def _plain_grouping(locale: str) -> tuple[str, str] | None:
    """(group, decimal) symbols when Python's own grouping reproduces babel for this locale,
    which takes format_number from 22 to 7 µs (a CSV of 100,000 quantities needs it). None
    for locales that group otherwise (hi_IN groups lakhs in twos); they keep using babel."""
    loaded = _locale(locale)
    symbols = loaded.number_symbols["latn"]
    plain = (symbols["group"], symbols["decimal"])
    for probe in map(Decimal, _PROBES):
        expected = format_decimal(probe, locale=loaded, decimal_quantization=False)
        ours = _group(probe, *plain)
        if ours != expected and not _babel_dropped_marks(ours, expected, loaded):
            return None
    return plain


def _babel_dropped_marks(ours: str, babels: str, locale: Locale) -> bool:
    """Whether babel's text differs from ours only by the apostrophe group marks it drops
    (see _APOSTROPHE), in a locale grouping in threes as Python does."""
    return (
        locale.number_symbols["latn"]["group"] == _APOSTROPHE
        and locale.decimal_formats[None].grouping == (3, 3)
        and ours.replace(_APOSTROPHE, "") == babels.replace(_APOSTROPHE, "")
    )


def format_quantity(quantity: Quantity, locale: str = "en") -> str:
    """Display a quantity, e.g. "about 11,000 soldiers" (en) or "etwa 11.000 Soldaten" (de).

    Qualifier words exist for English and German; other locales get English words around
    their own number formatting.
    """
    loc = _locale(locale)
    words = _DISPLAY.get(loc.language, _DISPLAY["en"])
    text = format_number(quantity.value, locale)
    if quantity.qualifier == Q.RANGE and quantity.upper is not None:
        upper = format_number(quantity.upper, locale)
        # "-5–-3" is unreadable, so negative ranges are spelt out.
        text = f"{text}–{upper}" if quantity.value >= 0 else f"{text} {words['to']} {upper}"
    elif quantity.qualifier in words:
        text = f"{words[quantity.qualifier]} {text}"
    if quantity.unit == "%":
        sample = format_percent(0, locale=loc)  # the locale's own gap before "%", if any
        gap = sample[sample.index("0") + 1 : sample.index("%")] if sample.endswith("%") else ""
        return f"{text}{gap}%"
    return f"{text} {quantity.unit}" if quantity.unit else text


@dataclass(frozen=True, slots=True)
class _Number:
    value: Decimal
    exponent: int  # of the scale word, 0 when there is none
    end: int
    locale: Locale


@dataclass(frozen=True, slots=True)
class _Found:
    match: QuantityMatch
    rejected_range: bool  # "12.000–10.000": a range whose bounds are the wrong way round


def _guess_language(text: str) -> str | None:
    words = re.findall(r"[^\W\d_]+", text.lower())
    # Umlauts and ß are German enough to count as a clue of their own.
    de = sum(word in _DE_CLUES or not _UMLAUTS.isdisjoint(word) for word in words)
    en = sum(word in _EN_CLUES for word in words)
    return "de" if de > en else "en" if en > de else None


def _shape_language(token: str) -> str:
    digits = token.lstrip("-−+")
    if "'" in digits or "’" in digits:
        return "de_CH"
    dot, comma = digits.rfind("."), digits.rfind(",")
    if dot >= 0 and comma >= 0:
        return "de" if comma > dot else "en"
    if dot >= 0:
        return "de" if _GROUPED_DOT.fullmatch(digits) else "en"
    if comma >= 0:
        return "en" if _GROUPED_COMMA.fullmatch(digits) else "de"
    return "en"


def _scale_exponent(word: str, space: str, locale: Locale) -> int | None:
    key = word.lower().rstrip(".")
    if key in {"k", "m"} and space:
        return None  # "5 m" is five metres, "5m" five million
    if key == "m" and locale.language != "en":
        return None
    if key == "billion" and locale.language == "de":
        return 12
    return _SCALES[key]


def _read_number(text: str, start: int, end: int, locales: list[Locale]) -> _Number | None:
    for locale in locales:
        try:
            value = _parse_decimal(text[start:end], locale)
        except ValueError:
            continue
        exponent, stop = 0, end
        scale = _SCALE_RE.match(text, end)
        if scale and (found := _scale_exponent(scale["w"], scale["space"], locale)) is not None:
            exponent, stop = found, scale.end()
        if stop < len(text) and (text[stop].isalnum() or text[stop] == "_"):
            return None  # glued to letters: "5kg", "3D", "2nd"
        return _Number(value.scaleb(exponent), exponent, stop, locale)
    return None


def _unit(text: str, pos: int, language: str) -> tuple[str | None, int]:
    if percent := _PERCENT_RE.match(text, pos):
        return "%", percent.end()
    words: list[re.Match[str]] = []
    for index in range(3):
        word = _UNIT_WORD_RE.match(text, words[-1].end() if words else pos)
        if word is None:
            break
        lower = word[1].lower()
        if language == "de":
            # German units end at the first capitalised noun, after at most two adjectives.
            if lower in _DE_STOP:
                break
            words.append(word)
            if word[1][0].isupper():
                return " ".join(w[1] for w in words), word.end()
            continue
        if lower in _EN_STOP or (index and lower.endswith(("ed", "ing"))):
            break
        words.append(word)
        if lower in _EN_PLURALS or (len(lower) > 3 and lower.endswith("s")):
            break  # a plural noun closes the phrase: "North Korean soldiers"
    if language == "de" or not words:
        return None, pos
    return " ".join(w[1] for w in words), words[-1].end()


def _scan(text: str, language: str | None) -> list[_Found]:
    if language:
        _locale(language)  # an unknown locale is the caller's mistake, not odd input
    guess = None if language else _guess_language(text)
    skipped = [m.span() for m in _DATE_RE.finditer(text)]
    found: list[_Found] = []
    last_end = 0
    for token in _NUM_RE.finditer(text):
        start, end = token.span()
        if start < last_end or any(a < end and start < b for a, b in skipped):
            continue
        names = (
            [language]
            if language
            else list(dict.fromkeys(filter(None, [guess, _shape_language(token[0])])))
        )
        first = _read_number(text, start, end, [_locale(name) for name in names])
        if first is None:
            continue
        prefix = _PREFIX_RE.search(text, max(last_end, start - 40), start)
        opener = " ".join(prefix["w"].lower().split()) if prefix else ""
        qualifier, upper, stop, rejected = _QUALIFIERS.get(opener, Q.EXACT), None, first.end, False
        lower = first.value
        tail = _TAIL_RE.match(text, first.end)
        joiner = (tail["w"] or "-").lower() if tail else ""
        if tail and (joiner not in {"and", "und"} or opener in _BETWEEN):
            tail_start = tail.start("num")
            second = None
            if not any(a < tail.end() and tail_start < b for a, b in skipped):
                second = _read_number(
                    text, tail_start, tail.end(), [first.locale, _locale(names[-1])]
                )
            if second is not None:
                # "1–2 million": a scale on the upper bound only applies to both when that
                # keeps them in order ("500,000 to 1 million" stays as written).
                if not first.exponent and second.value >= lower.scaleb(second.exponent):
                    lower = lower.scaleb(second.exponent)
                if second.value >= lower:
                    qualifier, upper, stop = Q.RANGE, second.value, second.end
                else:
                    rejected, lower = True, first.value
        if qualifier != Q.RANGE and opener in _BETWEEN | _FROM:
            prefix, qualifier = None, Q.EXACT
        unit, unit_end = _unit(text, stop, first.locale.language)
        start = prefix.start() if prefix else start
        stop = max(stop, unit_end)
        if not all(math.isfinite(float(b)) for b in (lower, upper) if b is not None):
            continue  # a scale word pushed it past what a float holds
        quantity = Quantity(float(lower), None if upper is None else float(upper), unit, qualifier)
        found.append(_Found(QuantityMatch(quantity, start, stop, text[start:stop]), rejected))
        last_end = stop
    return found


def parse_quantity(text: str, language: str | None = None) -> Quantity | None:
    """Parse one phrase typed by an analyst, e.g. "etwa 11.000 Soldaten" -> 11000 Soldaten, ABOUT.

    Returns None when the text holds no quantity, or when it is a range written the wrong
    way round ("12.000–10.000"). `language` is "de", "en", a locale such as "de_CH" or
    "en-US", or None to guess from the words and the shape of the number.
    """
    found = _scan(text, language)
    if not found or found[0].rejected_range:
        return None
    return found[0].match.quantity


def find_quantities(text: str, language: str | None = None) -> list[QuantityMatch]:
    """Every quantity phrase in a longer text, in order, with character offsets.

    Dates (10.06.2025, 2025-06-10) and clock times (14:30) are skipped whole. A range
    written the wrong way round yields its numbers separately.
    """
    return [found.match for found in _scan(text, language)]
