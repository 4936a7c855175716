"""Suggest claims in an article text: every quantity that could be a claim, with its sentence.

`find_quantities` finds every number phrase; this module drops the ones that are not claims
and attaches the sentence each remaining one stands in, so an analyst can accept a
suggestion with its context in one step.

Not suggested:

- dates and years: "10.06.2025", "10. Juni 2025", "June 10, 2025", "am 3. Mai", a plain
  four-digit 1900-2099 with no unit or qualifier ("im Jahr 2024", "von 2022 bis 2024"), or
  with a unit after a year word ("seit 2022 kämpfen …"), and seasons ("2024/25");
- clock times: "14:30 Uhr", "9.30 Uhr", "3 p.m.";
- page furniture: reading times, "Seite 1 von 3", share and comment counters, "©" lines and
  "Foto:", "Stand:", "Updated:" labels up to the end of the line or bracket;
- labels rather than counts: "Artikel 5", "Paragraf 218", "§ 218", "Nr. 5", … (model names
  such as "F-16" or "M1989" are already skipped by `find_quantities`);
- phone numbers, postal codes with a town ("10115 Berlin"), house numbers
  ("Beispielstraße 1"), numbers in URLs and e-mail addresses, and German ordinals
  ("der 3. Bundesliga-Spieltag").

A quantity with a unit, a qualifier or a range is a strong signal and is kept unless a rule
above drops it. A *bare* number (no unit, no qualifier) is weak: it is dropped when it stands
alone in brackets ("(34)", "[3]"), and when it is below 1,000 it is kept only in a sentence
that reads as prose, i.e. one with at least three words and more words than numbers. So
"Seite 1 von 3" or a table row yields nothing, while "Bei dem Angriff starben 12." does.

Known trade-offs: a count of 1900-2099 written without a group separator and without a unit
("Es kamen 2000.") is taken for a year, and "the 2024 elections" is suggested; a postal code
is only recognised at the start of a line or after a comma or "in", so "12000 Soldaten"
stays a count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise

from claimdesk.core.enums import Qualifier
from claimdesk.core.quantities import Quantity, QuantityMatch, find_quantities


@dataclass(frozen=True, slots=True)
class ClaimSuggestion:
    quantity: Quantity
    start: int  # offsets of the quantity phrase in the article text (text[start:end] == phrase)
    end: int
    phrase: str
    sentence: str  # the whole sentence it stands in, as it appears in the text
    sentence_start: int  # text[sentence_start:sentence_end] == sentence
    sentence_end: int


_S = r"[ \t\u00a0\u202f]"  # a space within a line
# Everything str.splitlines() breaks at: a paragraph always ends a sentence.
_LINE = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”“»«)\]’]*(?=\s)")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ABBREVIATIONS = _words(
    "ca mio mrd tsd nr st str dr prof mr mrs ms jr sr gen lt col sgt capt gov sen rep etc "
    "bzw vgl usw ggf inkl evtl sog abs chr jh approx vs min "
    "jan feb mär mar apr jun jul aug sep sept okt oct nov dez dec"
)
_MONTH_NAMES = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    "|January|February|March|May|June|July|October|December"
)
_MONTH = rf"(?:{_MONTH_NAMES}|(?:Jan|Feb|Mär|Mar|Apr|Jun|Jul|Aug|Sept?|Okt|Oct|Nov|Dez|Dec)\.?)"
_MONTH_WORDS = frozenset(_MONTH_NAMES.split("|")) | _words(
    "Jan Feb Mär Mar Apr Jun Jul Aug Sep Sept Okt Oct Nov Dez Dec"
)
# Words after which "3." is an ordinal ("der 3. Spieltag", "am 3. Mai"), not a sentence end.
_ORDINAL_CUES = _words(
    "der die das den dem des am im vom zum zur beim ab bis seit ihr ihre ihrem ihren sein "
    "seine seinem seinen jeder jede jedes jedem dieser diese dieses diesem diesen"
)
# Year words before "2022 kämpfen …", where the unit parser took the following words as a unit.
_YEAR_CUES = _words(
    "seit since jahr jahres year im bis until ab anfang ende mitte frühjahr sommer herbst "
    "winter early late mid spring summer autumn fall"
)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_NUMBER_TOKEN = re.compile(r"[0-9](?:[0-9.,'’\u00a0\u202f]*[0-9])?")
_WORD = re.compile(r"[^\W\d_]+")
_TRAILING_LETTERS = re.compile(r"[^\W\d_]+\Z")
_NEXT_WORD = re.compile(rf"{_S}+([^\W\d_][\w-]*)")
_PREVIOUS_WORD = re.compile(rf"([^\W\d_]+)[,;:]?{_S}+\Z")

_LABELS = (
    "Artikel|Art\\.|[Aa]rticles?|Paragrafen|Paragraf|Paragraphen|[Pp]aragraphs?|§§?|Absatz"
    "|Abs\\.|Satz|Nr\\.|Nummer|No\\.|Number|[Ss]ection|Sec\\.|Kapitel|[Cc]hapter|[Rr]esolution"
    "|Resolutionen|Gleis|Platform|Folge|[Ee]pisode|Staffel|Season|[Vv]ersion|Typ|Type|Modell"
    "|Model|Stufe|[Pp]hase|Runde|Spieltag|Matchday|Flug|[Ff]light|Gate|Ausgabe|Issue|Vol\\."
    "|Volume|Jahrgang|Bundesstraße|Autobahn|Highway|Interstate|Route|Tranche|Anhang|[Aa]nnex"
    "|Anlage|Platz|Rang|Rank|Seite|[Pp]age|Covid"
)
_NOT_CLAIMS = [
    re.compile(pattern, flags)
    for pattern, flags in [
        # URLs, bare domains with a path, e-mail addresses
        (r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
         r"|\b[\w-]+(?:\.[\w-]+)*\.(?:de|at|ch|com|org|net|eu|ua|ru|uk|io|info|gov|int)"
         r"(?:/[^\s<>\"]*)?(?!\w)", 0),
        # phone numbers: international, (area) local, 030 / 123 45 67, 202-555-0143
        (rf"(?<![\w+])\+[0-9]{{1,3}}(?:{_S}*[./-]?{_S}*(?:\([0-9]{{1,5}}\)|[0-9]+)){{2,}}"
         rf"|(?<![\w(])\(0?[0-9]{{2,5}}\){_S}*[0-9]{{3,}}[ ./-]?[0-9]{{3,}}"
         rf"|(?<![\w.,])0[0-9]{{2,5}}{_S}*[/-]{_S}*[0-9]+(?:[ -][0-9]+)*"
         r"|(?<![\w.,])[0-9]{3}[-.][0-9]{3}[-.][0-9]{4}(?![0-9])", 0),
        # a postal code with its town at the start of a line or after a comma or "in"
        (rf"(?:^|(?<=[,;(])|(?<=\bin)){_S}*[0-9]{{5}}{_S}+[A-ZÄÖÜ][^\W\d_]+"
         rf"(?:-[A-ZÄÖÜ][^\W\d_]+)?(?:{_S}+(?:am|an der|im|ob der){_S}+[A-ZÄÖÜ][^\W\d_]+)?"
         rf"(?={_S}*(?:[,;)]|$))", re.MULTILINE),
        # dates: 10. Juni 2025, 3 May, 10th of June, June 10, 2025, June 10., Juni 2025, 2024/25
        (rf"(?<![0-9.,])[0-9]{{1,2}}(?:\.|st|nd|rd|th)?{_S}*(?:of{_S}+)?{_MONTH}(?!\w)"
         rf"(?:,?{_S}*[0-9]{{4}}(?![0-9]))?", 0),
        (rf"{_MONTH}{_S}+[0-9]{{1,2}}(?:st|nd|rd|th)?(?![0-9])"
         rf"(?:,?{_S}*[0-9]{{4}}(?![0-9])|(?!{_S}*\w))", 0),
        # English month names and abbreviations, which German does not put before the day
        (r"(?:January|February|March|May|June|July|October|December"
         rf"|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.){_S}*[0-9]{{1,2}}(?!\d)", 0),
        (rf"{_MONTH}{_S}+(?:of{_S}+)?[0-9]{{4}}(?![0-9])", 0),
        (r"(?<![0-9.,])(?:19|20)[0-9]{2}/[0-9]{2}(?:[0-9]{2})?(?![0-9])", 0),
        # clock times
        (rf"(?<![0-9.,])[0-9]{{1,2}}(?:[.:][0-9]{{2}})?{_S}*(?:Uhr|MEZ|MESZ|CET|CEST|GMT|UTC"
         rf"|[ap]\.{_S}?m\.)(?!\w)|(?<![0-9.,])[0-9]{{1,2}}[.:][0-9]{{2}}{_S}*(?:am|pm|AM|PM)"
         r"(?!\w)", 0),
        # labels that number a thing: Artikel 5, § 218, Nr. 5, Resolution 2231
        (rf"(?<!\w)(?:{_LABELS}){_S}*(?:Nr\.{_S}*)?[0-9]+[a-z]?(?![0-9])", 0),
        # house numbers in the imprint or a contact line: Beispielstraße 1
        (rf"(?<!\w)[A-ZÄÖÜ][\w-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer)"
         rf"{_S}*[0-9]+[a-z]?(?![0-9])", 0),
        # page furniture
        (r"(?:©|Copyright\b)[^\n\r]*", 0),
        # (glued to what precedes it on pages flattened to text: "10.06.2025Lesedauer: 2 Min.")
        (r"(?<![^\W\d_])(?:Fotos?|Bilder|Bild|Bildquelle|Photos?|Images?|Lesedauer|Lesezeit"
         r"|Reading time|Stand|Aktualisiert|Updated|Veröffentlicht|Published)"
         rf"{_S}*:[^\n\r)\]]*", 0),
        (rf"(?<!\w)(?:Seite|[Pp]age){_S}+[0-9]+{_S}*(?:von|of|/){_S}*[0-9]+", 0),
        (rf"(?<![\w.,])[0-9]+{_S}*(?:min\.?|minuten|minutes?){_S}*"
         r"(?:lesezeit|lesedauer|read|reading time)(?!\w)", re.IGNORECASE),
        (rf"^{_S}*(?:Teilen|Share|Shares|Kommentare|Comments|Likes|Reaktionen|Antworten"
         rf"|Replies|Gefällt mir){_S}*[:(]?{_S}*[0-9][0-9.,]*\)?{_S}*\r?$"
         rf"|^{_S}*[0-9][0-9.,]*{_S}*(?:Kommentare|Comments|Shares|Likes|Reaktionen)"
         rf"{_S}*\r?$", re.MULTILINE | re.IGNORECASE),
    ]
]  # fmt: skip


def _is_ordinal(text: str, start: int, dot: int) -> bool:
    """Whether the digits text[start:dot] followed by "." are a German ordinal ("3. Mai")."""
    if not (1 <= dot - start <= 3 and text[start:dot].isdigit()):
        return False
    following = _NEXT_WORD.match(text, dot + 1)
    if following is None:
        return False  # "… waren es 120." at the end of a paragraph ends the sentence
    word = following[1]
    if word in _MONTH_WORDS or word[0].islower():
        return True
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return previous is not None and previous[1].lower() in _ORDINAL_CUES


def _continues(line: str, dot: int) -> bool:
    """Whether the "." at line[dot] belongs to an abbreviation or ordinal, not a sentence end."""
    token_start = dot
    while token_start > 0 and not line[token_start - 1].isspace():
        token_start -= 1
    # Opening brackets, quotes or a slash do not belong to the word: "(z. B.", "/ca. 300".
    while token_start < dot and not line[token_start].isalnum():
        token_start += 1
    token = line[token_start:dot]
    if token.isdigit():
        return _is_ordinal(line, token_start, dot)
    # The letters just before the dot decide: "B" in "z.B.", "S" in "U.S.", "Mio" in "1Mio.".
    letters = _TRAILING_LETTERS.search(token)
    return letters is not None and (len(letters[0]) == 1 or letters[0].lower() in _ABBREVIATIONS)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a German or English news text as (start, end) offsets, in order.

    Each span is trimmed of surrounding whitespace. Every line break ends a sentence; within a
    line a sentence ends at ".", "!", "?" or "…" (with any closing quotes) followed by space and
    a word that does not start in lower case, except after abbreviations ("z. B.", "Dr.",
    "Mio."), single initials and German ordinals ("am 3. Mai", "der 3. Spieltag").
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        content = line[0]
        cuts = [0]
        for end in _SENTENCE_END.finditer(content):
            rest = content[end.end() :].lstrip()
            if not rest or rest[0].islower():
                continue
            if end[0].rstrip("\"'”“»«)]’") == "." and _continues(content, end.start()):
                continue
            cuts.append(end.end())
        cuts.append(len(content))
        for a, b in pairwise(cuts):
            piece = content[a:b]
            stripped = piece.strip()
            if stripped:
                start = line.start() + a + (len(piece) - len(piece.lstrip()))
                spans.append((start, start + len(stripped)))
    return spans


def _blocked(text: str) -> bytearray:
    """A mask over text: 1 where a character belongs to a date, time, label, URL, …"""
    mask = bytearray(len(text))
    for pattern in _NOT_CLAIMS:
        for found in pattern.finditer(text):
            mask[found.start() : found.end()] = b"\x01" * (found.end() - found.start())
    return mask


def _numbers(match: QuantityMatch) -> list[re.Match[str]]:
    """The number tokens of a phrase, leaving out its unit (which may hold "M1989")."""
    unit = match.quantity.unit
    core = match.text
    if unit and unit != "%" and core.endswith(unit):
        core = core[: len(core) - len(unit)]
    return list(_NUMBER_TOKEN.finditer(core))


def _is_year(text: str, match: QuantityMatch, numbers: list[re.Match[str]]) -> bool:
    quantity = match.quantity
    if not numbers or not all(_YEAR.fullmatch(number[0]) for number in numbers):
        return False
    if quantity.unit is None:
        return quantity.qualifier in (Qualifier.EXACT, Qualifier.RANGE)
    if quantity.qualifier != Qualifier.EXACT or quantity.unit == "%":
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, match.start - 40), match.start)
    if previous is None:
        return False
    word = previous[1].lower()
    # "In 2024 troops crossed" is a year, "In 2000 Fällen" (a capitalised German noun) a count.
    return word in _YEAR_CUES or (word == "in" and quantity.unit[0].islower())


def _reads_as_prose(sentence: str) -> bool:
    words = len(_WORD.findall(sentence))
    return words >= 3 and words > len(_NUMBER_TOKEN.findall(sentence))


def _is_claim(text: str, match: QuantityMatch, mask: bytearray, sentence: str) -> bool:
    numbers = _numbers(match)
    for number in numbers:
        if any(mask[match.start + number.start() : match.start + number.end()]):
            return False
    if _is_year(text, match, numbers):
        return False
    quantity = match.quantity
    if quantity.unit is not None or quantity.qualifier != Qualifier.EXACT:
        return True
    before, after = text[match.start - 1 : match.start], text[match.end : match.end + 1]
    if before and after and before in "([" and after in ")]":
        return False  # a counter or footnote mark: "Kommentare (34)", "[3]"
    if after == "." and _is_ordinal(text, match.start, match.end):
        return False
    return quantity.value >= 1000 or _reads_as_prose(sentence)


def suggest_claims(text: str, language: str | None = None) -> list[ClaimSuggestion]:
    """Every quantity in an article text that could be a claim, each with its sentence, in order.

    `language` is passed to `find_quantities` ("de", "en", a locale, or None to guess) and
    decides how numbers such as "11.000" are read; an unknown locale raises ValueError. The
    filtering rules are described in the module docstring.
    """
    spans = sentence_spans(text)
    starts = [start for start, _ in spans]
    mask = _blocked(text)
    suggestions: list[ClaimSuggestion] = []
    for match in find_quantities(text, language):
        index = bisect_right(starts, match.start) - 1
        # A phrase starts on a word and never spans a line break or a cut (its only inner
        # dots are abbreviations such as "ca." and "Mio."), so one sentence holds it; the
        # bounds are widened anyway so that a splitter mistake cannot break the offsets.
        sentence_start = spans[index][0] if index >= 0 else match.start
        sentence_end = max(spans[index][1], match.end) if index >= 0 else match.end
        sentence = text[sentence_start:sentence_end]
        if _is_claim(text, match, mask, sentence):
            suggestions.append(
                ClaimSuggestion(
                    match.quantity, match.start, match.end, match.text,
                    sentence, sentence_start, sentence_end,
                )
            )  # fmt: skip
    return suggestions
