"""Who said it, and through whom: the claimant and the intermediary a news sentence names.

German and English reporting attributes with a handful of patterns: "nach Angaben von X",
"X zufolge", "laut X", "nach Xs Angaben", "nach Einschätzung Xs", "wie X … erklärt",
"X sagte", "according to X", "X said/told". A pronoun ("nach seinen Angaben") or no
attribution at all leaves the claimant to the caller (who remembers the article's last one).

Names are matched, not guessed: a surname refers back to the full name used earlier in the
article ("Budanow" -> "Kyrylo Budanow"), German genitives lose their "s" ("Budanows"), and an
existing source is found with rapidfuzz over transliteration-folded names, so "Budanow" finds
"Kyrylo Budanov". What is not a source yet comes back with a kind and, from the apposition
("des ukrainischen Militärgeheimdienstchefs, Kyrylo Budanow,"), a role in the nominative.

The intermediary is the outlet the claimant spoke to ("im Gespräch mit dem US-Portal
"The War Zone"", "told The War Zone"), looked for in the sentences that name the claimant.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .enums import SourceKind

__all__ = ["Attribution", "Known", "Named", "find_attribution", "find_intermediary", "match"]


@dataclass(frozen=True, slots=True)
class Known:
    """A source the project holds, as the matcher needs it."""

    id: int
    name: str
    kind: SourceKind


@dataclass(frozen=True, slots=True)
class Named:
    """Someone a sentence names: an existing source (id) or a new one with kind and role."""

    name: str
    source_id: int | None = None
    kind: SourceKind = SourceKind.PERSON
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """The claimant found in a sentence; `pronoun` when it refers back without a name."""

    claimant: Named | None
    pronoun: bool = False  # "nach seinen Angaben": the claimant named before
    own_voice: bool = False  # "war … berichtet worden": the article itself, no source named


_CAP = r"[A-ZÄÖÜÀ-ÞĀ-Ž][\w’'-]*"
_NAME = rf"{_CAP}(?:[ \u00a0]+(?:(?:von|van|de|der|al|bin|ibn|el)[ \u00a0]+)?{_CAP}){{0,3}}"
_QUOTED = r"[\"„“”«»‚‘'](?P<quoted>[^\"„“”«»‚‘']{2,60})[\"„“”«»‚‘']"
_ROLE_WORDS = r"(?:[\w’'-]+[ \u00a0]+){0,4}?"
_SAY_DE = (
    r"sagte|sagt|erklärte|erklärt|betonte|betont|warnte|warnt|berichtete|berichtet|schilderte"
    r"|schildert|teilte|teilt|meldete|meldet|behauptete|behauptet|schätzte|schätzt|sprach|spricht"
    r"|bestätigte|bestätigt|verkündete|äußerte|so"
)
_SAY_EN = (
    r"said|says|told|stated|states|claimed|claims|estimated|estimates|added|reported|reports"
    r"|wrote|writes|announced|confirmed|warned|noted|explained"
)
_REPORT_NOUN = (
    r"(?:(?:eigenen|offiziellen|ersten|neuen)[ \u00a0]+)?(?:Angaben|Einschätzung|Schätzungen?"
    r"|Worten|Aussagen?|Informationen|Darstellung|Berichten)"
)
_PASSIVE = r"[ \u00a0]+(?:worden|werden|wird|wurde|wurden)\b"
# Reported without a source: the article's own voice (its publisher is the claimant).
_OWN_VOICE = re.compile(
    r"(?:berichtet|gemeldet|bekannt)[ \u00a0]+(?:worden|geworden)|\bhieß[ \u00a0]+es\b"
    r"|\bwas[ \u00a0]+(?:reported|announced)\b|\bit[ \u00a0]+(?:was|has[ \u00a0]+been)"
    r"[ \u00a0]+reported\b|\bwie[ \u00a0]+(?:berichtet|gemeldet)\b"
    r"|\bBerichte[ \u00a0]+(?:über|darüber)\b|\breports[ \u00a0]+(?:of|that)\b",
    re.IGNORECASE,
)
_PRONOUNS_DE = r"seinen|ihren|seiner|ihrer|dessen|deren"
_PRONOUNS_EN = r"he|she|they|his|her|their"
# Capitalised words that open German sentences or name things, never a person's name.
_NOT_NAMES = frozenset(
    [
        "laut",
        "nach",
        "wie",
        "so",
        "auch",
        "dies",
        "diese",
        "dieser",
        "dies",
        "das",
        "der",
        "die",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "demnach",
        "zudem",
        "zuletzt",
        "inzwischen",
        "außerdem",
        "darüber",
        "neben",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "im",
        "in",
        "am",
        "an",
        "auf",
        "aus",
        "bei",
        "mit",
        "seit",
        "bis",
        "für",
        "gegen",
        "über",
        "unter",
        "durch",
        "ohne",
        "um",
        "und",
        "oder",
        "aber",
        "sowie",
        "als",
        "dass",
        "doch",
        "jedoch",
        "bereits",
        "schon",
        "noch",
        "nun",
        "dabei",
        "damit",
        "daher",
        "deshalb",
        "trotzdem",
        "weitere",
        "weiteren",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "man",
        "angaben",
        "einschätzung",
        "aussage",
        "aussagen",
        "worten",
        "schätzung",
        "schätzungen",
        "berichten",
        "bericht",
        "informationen",
        "zufolge",
        "künftig",
        "ziel",
        "the",
        "a",
        "an",
        "according",
        "in",
        "on",
        "at",
        "for",
        "from",
        "to",
        "by",
        "with",
        "he",
        "she",
        "they",
        "it",
        "this",
        "that",
        "these",
        "those",
        "there",
        "but",
        "and",
        "or",
        "as",
        "so",
        "also",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
# Words that make a name an organisation rather than a person.
_ORGANISATION = re.compile(
    r"ministerium|ministry|regierung|government|generalstab|staff|armee|army|agentur|agency"
    r"|behörde|office|amt|dienst|service|institut|institute|verwaltung|kommando|command|rat"
    r"|council|kreml|kremlin|pentagon|nato|un\b|uno|partei|party|union|bank|gruppe|group"
    r"|streitkräfte|forces|militär|military|polizei|police|gericht|court|stiftung|foundation",
    re.IGNORECASE,
)
_OUTLET_NOUNS = (
    r"portal|magazin|onlinemagazin|zeitung|zeitschrift|sender|fernsehsender|rundfunk|blatt"
    r"|nachrichtenagentur|agentur|website|webseite|seite|medium|newsportal|nachrichtenportal"
    r"|podcast|outlet|newspaper|magazine|broadcaster|channel|network|site|agency|daily|paper"
)
_INTERMEDIARY = [
    re.compile(pattern, re.IGNORECASE if insensitive else 0)
    for pattern, insensitive in [
        # im Gespräch mit dem US-Portal "The War Zone"; dem amerikanischen Onlinemagazin „TWZ“
        (rf"(?:(?:gespräch|interview|unterhaltung)[ \u00a0]+mit|gegenüber|interview[ \u00a0]+with"
         rf"|told|speaking[ \u00a0]+to|spoke[ \u00a0]+to|{_SAY_DE})[ \u00a0]+(?:dem|der|den|the)?"
         rf"[ \u00a0]*(?P<role>(?:[\w’'-]+[ \u00a0]+){{0,3}}?)(?:{_QUOTED})", True),
        (rf"(?P<role>(?:[\w’'-]+[ \u00a0]+){{0,2}}[\w-]*(?:{_OUTLET_NOUNS}))[ \u00a0]+{_QUOTED}",
         True),
        # told the BBC; im Gespräch mit der BBC; gegenüber CNN
        (rf"(?:(?:[Gg]espräch|[Ii]nterview)[ \u00a0]+mit|gegenüber|[Ii]nterview[ \u00a0]+with"
         rf"|told|speaking[ \u00a0]+to)[ \u00a0]+(?:dem[ \u00a0]+|der[ \u00a0]+|den[ \u00a0]+"
         rf"|the[ \u00a0]+)?(?P<name>{_NAME})", False),
    ]
]  # fmt: skip
# Patterns naming the claimant; each has a group "name" (or "pronoun").
_CLAIMANT = [
    re.compile(pattern, re.IGNORECASE if insensitive else 0)
    for pattern, insensitive in [
        # nach Angaben des ukrainischen Militärgeheimdienstchefs, Kyrylo Budanow,
        (rf"(?:[Nn]ach|[Ll]aut)[ \u00a0]+{_REPORT_NOUN}[ \u00a0]+(?:des|der|von)[ \u00a0]+"
         rf"(?P<role>[^,.;:]{{3,80}}?),[ \u00a0]+(?P<name>{_NAME}),", False),
        # nach Angaben des ukrainischen Generalstabs; nach Einschätzung Budanows
        (rf"(?:[Nn]ach|[Ll]aut)[ \u00a0]+{_REPORT_NOUN}[ \u00a0]+(?:(?:des|der|von)[ \u00a0]+"
         rf"(?P<role>(?:[a-zäöüß][\w-]*[ \u00a0]+){{0,3}}))?(?P<name>{_NAME})", False),
        (rf"(?:[Nn]ach|[Ll]aut)[ \u00a0]+(?P<name>{_NAME}?)s[ \u00a0]+(?:eigenen[ \u00a0]+)?"
         rf"(?:Angaben|Einschätzung|Schätzungen?|Worten|Aussagen?|Informationen|Darstellung)",
         False),
        (rf"(?:[Nn]ach|[Ll]aut)[ \u00a0]+(?P<pronoun>{_PRONOUNS_DE})[ \u00a0]+"
         r"(?:Angaben|Einschätzung|Schätzungen?|Worten|Aussagen?|Informationen|Darstellung)",
         False),
        (rf"[Ll]aut[ \u00a0]+(?:(?:dem|der|des)[ \u00a0]+)?(?P<role>{_ROLE_WORDS})"
         rf"(?P<name>{_NAME})", False),
        (rf"(?P<name>{_NAME})[ \u00a0]+zufolge", False),
        (rf"\b[Ww]ie[ \u00a0]+(?P<name>{_NAME})[^.;:]{{0,120}}?(?:{_SAY_DE}|mitteilte)\b", False),
        (rf"(?P<name>{_NAME}),[^,]{{2,80}},[ \u00a0]+(?:{_SAY_DE})\b", False),
        (rf"(?P<name>{_NAME}),?[ \u00a0]+(?:{_SAY_DE})\b(?!{_PASSIVE})", False),
        (rf"(?:{_SAY_DE}),?[ \u00a0]+(?P<name>{_NAME})", False),
        (rf"[Aa]ccording[ \u00a0]+to[ \u00a0]+(?P<pronoun>{_PRONOUNS_EN})\b", False),
        (rf"[Aa]ccording[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?(?P<role>(?:[a-z’'-]+[ \u00a0]+)"
         rf"{{0,4}})?(?P<name>{_NAME})", False),
        (rf"(?P<name>{_NAME}),[^,]{{2,80}},[ \u00a0]+(?:{_SAY_EN})\b", False),
        (rf"(?P<name>{_NAME})[ \u00a0]+(?:{_SAY_EN})\b", False),
        (rf"(?:{_SAY_EN})[ \u00a0]+(?P<name>{_NAME})", False),
        (rf"\b(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)[ \u00a0]+(?:{_SAY_EN})\b", False),
    ]
]  # fmt: skip
_APPOSITION_AFTER = re.compile(r",[ \u00a0]+(?P<role>[^,.;:]{3,80}?),")
_ADJECTIVE_GENITIVE = re.compile(r"(?i)^([a-zäöüß-]+?)(en)$")


def fold(name: str) -> str:
    """A name folded for comparison across transliterations: Budanow ~ Budanov,
    Selenskyj ~ Zelensky, Schoigu ~ Shoigu."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for old, new in (
        ("sch", "sh"), ("tsch", "ch"), ("ch", "kh"), ("w", "v"), ("yj", "y"), ("ij", "y"),
        ("j", "y"), ("z", "s"), ("ck", "k"), ("ph", "f"),
    ):  # fmt: skip
        text = text.replace(old, new)
    return re.sub(r"[^a-z ]", "", text)


def _tokens(name: str) -> list[str]:
    return name.replace("\u00a0", " ").split()


def _clean_name(name: str) -> str:
    """Drop words that opened the sentence or the pattern: "Laut Budanow" -> "Budanow"."""
    words = _tokens(name)
    while words and words[0].casefold() in _NOT_NAMES:
        words.pop(0)
    while words and words[-1].casefold() in _NOT_NAMES:
        words.pop()
    return " ".join(words)


def _without_genitive(word: str, text: str) -> str:
    """ "Budanows" -> "Budanow" when the article also writes "Budanow" (or the form is a
    genitive in the pattern that found it)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        base = word[:-1]
        if re.search(rf"(?<!\w){re.escape(base)}(?!\w)", text):
            return base
    return word


def _nominative(role: str) -> str:
    """ "ukrainischen Militärgeheimdienstchefs" -> "ukrainischer Militärgeheimdienstchef"."""
    words = _tokens(role.strip(" ,"))
    while words and words[0].casefold() in {"des", "der", "dem", "den", "von", "the"}:
        words.pop(0)
    if not words:
        return ""
    *adjectives, noun = words
    if noun[:1].isupper() and noun.endswith("s") and not noun.endswith("ss") and len(noun) > 4:
        noun = noun[:-2] if noun.endswith("es") and noun[-3] in "stzßx" else noun[:-1]
    adjectives = [
        (word[:-2] + "er") if word[:1].islower() and word.endswith("en") else word
        for word in adjectives
    ]
    return " ".join([*adjectives, noun])


def _full_name(name: str, text: str) -> str:
    """A surname alone refers back to the fuller name the article used ("Kyrylo Budanow")."""
    words = _tokens(name)
    if len(words) != 1:
        return name
    for found in re.finditer(rf"(?P<first>{_CAP})[ \u00a0]+{re.escape(words[0])}(?!\w)", text):
        first = found["first"]
        if first.casefold() in _NOT_NAMES or _ORGANISATION.search(first):
            continue
        # A given name goes with its surname; "Russland" in "unterstütze Russland Nordkorea"
        # stands alone elsewhere in the article.
        alone = re.findall(rf"(?<!\w){re.escape(first)}(?![ \u00a0]+{re.escape(words[0])})", text)
        if not alone:
            return f"{first} {words[0]}"
    return name


def _kind(name: str, role: str | None) -> SourceKind:
    if _ORGANISATION.search(name) or (len(_tokens(name)) == 1 and name.isupper()):
        return SourceKind.ORGANISATION
    return SourceKind.PERSON


def match(name: str, known: Sequence[Known], *, cutoff: float = 85.0) -> Known | None:
    """The existing source a printed name refers to, or None. Compares transliteration-folded
    names with rapidfuzz; a surname alone matches a full name that ends with it."""
    if not known or not name.strip():
        return None
    folded = fold(name)
    choices = {index: fold(source.name) for index, source in enumerate(known)}
    best = process.extractOne(folded, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None and " " not in folded.strip():
        surnames = {index: choice.split()[-1] for index, choice in choices.items() if choice}
        best = process.extractOne(folded, surnames, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None:
        best = process.extractOne(
            folded, choices, scorer=fuzz.token_set_ratio, score_cutoff=max(cutoff, 90.0)
        )
    return known[best[2]] if best is not None else None


def _named(name: str, role: str | None, text: str, known: Sequence[Known]) -> Named | None:
    name = _clean_name(name)
    if not name or name.casefold() in _NOT_NAMES:
        return None
    if role and role[:1].islower() and len(_tokens(name)) == 1 and _ORGANISATION.search(name):
        # "des ukrainischen Generalstabs": the adjectives belong to the organisation's name.
        return _named_organisation(_nominative(f"{role} {name}"), known)
    words = _tokens(name)
    words[-1] = _without_genitive(words[-1], text)
    name = _full_name(" ".join(words), text)
    found = match(name, known)
    if found is not None:
        return Named(found.name, found.id, found.kind)
    role = _nominative(role) if role else _apposition(name, text)
    return Named(name, None, _kind(name, role), role or None)


def _named_organisation(name: str, known: Sequence[Known]) -> Named:
    found = match(name, known)
    if found is not None:
        return Named(found.name, found.id, found.kind)
    return Named(name[:1].upper() + name[1:], None, SourceKind.ORGANISATION)


def _apposition(name: str, text: str) -> str | None:
    """The role written around the name's first mention: "X, Chef des Geheimdienstes HUR," or
    "des ukrainischen Militärgeheimdienstchefs, X,"."""
    at = text.find(name)
    if at < 0:
        return None
    after = _APPOSITION_AFTER.match(text, at + len(name))
    if after is not None and after["role"][:1].isupper():
        return after["role"].strip()
    before = re.search(
        r"(?:des|der|dem)[ \u00a0]+(?P<role>(?:[\w-]+[ \u00a0]+){0,3}[\w-]+),?[ \u00a0]*\Z",
        text[max(0, at - 100) : at],
    )
    return _nominative(before["role"]) if before is not None else None


def find_attribution(sentence: str, text: str, known: Sequence[Known]) -> Attribution:
    """The claimant a sentence names, matched against the known sources; `text` is the whole
    article, for full names and roles given elsewhere."""
    for pattern in _CLAIMANT:
        for found in pattern.finditer(sentence):
            groups = found.groupdict()
            if groups.get("pronoun"):
                return Attribution(None, pronoun=True)
            named = _named(found["name"], groups.get("role"), text, known)
            if named is not None:
                return Attribution(named)
    return Attribution(None, own_voice=_OWN_VOICE.search(sentence) is not None)


def mentions(sentence: str, claimant: Named) -> bool:
    """Whether a sentence names the claimant (by any word of the name, inflected or not)."""
    words = [word for word in _tokens(claimant.name) if len(word) > 2]
    folded = {fold(word) for word in words}
    for token in re.findall(r"[^\W\d_][\w-]*", sentence):
        candidate = fold(token)
        if candidate in folded or (candidate.endswith("s") and candidate[:-1] in folded):
            return True
    return False


def find_intermediary(
    sentences: Iterable[str], claimant: Named | None, text: str, known: Sequence[Known]
) -> Named | None:
    """The outlet the claimant spoke to, from the first sentence that names both."""
    for sentence in sentences:
        if claimant is not None and not mentions(sentence, claimant):
            continue
        for pattern in _INTERMEDIARY:
            found = pattern.search(sentence)
            if found is None:
                continue
            groups = found.groupdict()
            name = (groups.get("quoted") or groups.get("name") or "").strip()
            name = _clean_name(name) if not groups.get("quoted") else name
            if not name or (claimant is not None and fold(name) == fold(claimant.name)):
                continue
            existing = match(name, known)
            if existing is not None:
                return Named(existing.name, existing.id, existing.kind)
            role = (groups.get("role") or "").strip() or None
            return Named(name, None, SourceKind.MEDIA_OUTLET, _outlet_role(role))
    return None


def _outlet_role(role: str | None) -> str | None:
    """The outlet noun as printed: "US-Portal", "Onlinemagazin", "newspaper"."""
    for word in _tokens(role or ""):
        if re.search(_OUTLET_NOUNS, word, re.IGNORECASE):
            return word
    return None
