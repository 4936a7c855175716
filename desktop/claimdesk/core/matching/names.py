"""Names a statement mentions (people, places, units, weapons), compared loosely.

A name is a capitalised word that does not open the sentence, or any word with a digit and a
letter ("M1989", "Su-34"); German capitalises every noun, so German common nouns of our
vocabulary (units.py, embedder's glossary) are not names. Two names match when rapidfuzz's
ratio says they are spelled nearly alike ("Budanow"/"Budanov", "Kursk"/"Kurskregion").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..units import lemma_of

NAME_MATCH = 85  # rapidfuzz ratio (0-100) from which two names are one
_TOKEN = re.compile(r"[^\W_][\w’'.-]*[^\W_]|[^\W_]")
_COMMON = frozenset(
    [
        "Der",
        "Die",
        "Das",
        "Den",
        "Dem",
        "Des",
        "Ein",
        "Eine",
        "Einen",
        "Einem",
        "Einer",
        "Und",
        "Oder",
        "Aber",
        "In",
        "Im",
        "Am",
        "Auf",
        "Für",
        "Mit",
        "Nach",
        "Von",
        "Vom",
        "Zu",
        "Zum",
        "Zur",
        "Bei",
        "Laut",
        "Wie",
        "The",
        "A",
        "An",
        "And",
        "Or",
        "But",
        "Of",
        "In",
        "On",
        "At",
        "For",
        "With",
        "From",
        "By",
        "To",
        "As",
        "According",
        "He",
        "She",
        "They",
        "It",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Etwa",
        "Rund",
        "Circa",
        "Fast",
        "Knapp",
        "Über",
        "Mehr",
        "Mindestens",
        "Höchstens",
        "Weniger",
        "Laut",
        "Region",
        "About",
        "Around",
        "Some",
        "Nearly",
        "Almost",
        "Over",
        "More",
        "Fewer",
        "Less",
        "Up",
        "At",
        "Least",
        "Most",
        "Since",
        "Seit",
    ]
)


def names_in(text: str) -> frozenset[str]:
    """The names a text mentions, as printed (possessive "'s" removed)."""
    found: set[str] = set()
    for match in _TOKEN.finditer(text):
        word = match[0].removesuffix("'s").removesuffix("’s").rstrip(".")
        if len(word) < 2:
            continue
        has_digit = any(char.isdigit() for char in word)
        if has_digit and any(char.isalpha() for char in word):
            found.add(word)
            continue
        if not word[0].isupper() or word in _COMMON:
            continue
        if _vocabulary_noun(word):
            continue  # "Soldaten", "Erdbeben": German nouns our vocabulary knows, not names
        found.add(word)
    return frozenset(found)


@lru_cache(maxsize=100_000)
def _vocabulary_noun(word: str) -> bool:
    """A noun our vocabulary knows (cached: a lemma lookup tries every known ending)."""
    return lemma_of(word) is not None or _common_noun(word)


def _common_noun(word: str) -> bool:
    from .embedder import glossary_english

    english = glossary_english(word)
    return english is not None and english[:1].islower()


def shared_names(a: frozenset[str], b: frozenset[str]) -> list[str]:
    """Names of ``a`` that ``b`` also mentions (spelled nearly alike), in a's spelling."""
    if not a or not b:
        return []
    from rapidfuzz import fuzz, process

    shared = []
    for name in sorted(a):
        if name in b or process.extractOne(name, b, scorer=fuzz.ratio, score_cutoff=NAME_MATCH):
            shared.append(name)
    return shared
