"""ClaimReview ratings: our own numeric scale out, and a cautious reading of anyone's scale in.

Our scale (export): worstRating 1, bestRating 5, and alternateName always the status label.

    1  False
    2  Partly true / misleading
    3  Unproven, and Retracted: neither shown true nor shown false, so the midpoint
    4  not used: Claimdesk has no "mostly true" verdict, but keeping five steps lines the
       scale up with the common five-step scales of other publishers
    5  Verified

Reading other publishers' ratings never invents a verdict. The ClaimReview import and the
status column of a CSV import share the one vocabulary below (status_of_text). The rating's
words are matched as a whole (or the words before a first ":" / "." / " - ", as in "False:
the photo is from 2019") against a short list of phrases in English, German, French,
Spanish, Portuguese, Italian and Dutch, written with spaces, hyphens or underscores
(PolitiFact's "pants-fire", "barely-true", "half-true"). "Mostly false", "barely true", "half
true" and "missing context" read as Partly true / misleading, the nearest of our verdicts;
"mostly true" stays unread, as Claimdesk has no verdict for it (a CSV import keeps such words
as text). Numbers count only when both ends of the scale are given and the value sits at one
of them: the worst end reads as false, the best end as verified; values in between are left
unread. Publishers that invert the scale (worstRating above bestRating) are read the same
way, by the ends they name. A number decides alone only when no words are given; words that
are not on the list, or words and a number pointing opposite ways, leave the status None.
The rating text and scale are kept in every case.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..enums import Status
from ..reports.text import STATUS_LABELS

BEST_RATING = 5
WORST_RATING = 1
RATING_VALUES: Mapping[Status, int] = {
    Status.FALSE: 1,
    Status.MISLEADING: 2,
    Status.UNPROVEN: 3,
    Status.RETRACTED: 3,
    Status.VERIFIED: 5,
}

_PHRASES: dict[Status, tuple[str, ...]] = {
    Status.FALSE: (
        # English
        "false", "not true", "untrue", "incorrect", "wrong", "fake", "fabricated", "hoax",
        "pants on fire", "pants fire", "four pinocchios", "scam",
        # German
        "falsch", "unwahr", "frei erfunden", "erfunden", "fake news", "stimmt nicht",
        # French
        "faux", "fausse", "infox", "c est faux", "intox",
        # Spanish, Portuguese, Italian
        "falso", "falsa", "es falso", "bulo", "mentira", "e falso", "fake", "falsissimo",
        # Dutch
        "onwaar", "niet waar", "onjuist",
    ),
    Status.MISLEADING: (
        "misleading", "partly false", "partly true", "partially false", "partially true",
        "half true", "half truth", "mixture", "mixed", "mostly false", "barely true",
        "missing context",
        "needs context", "lacks context", "out of context", "distorted", "exaggerated",
        "cherry picks", "partly true misleading",
        "irrefuhrend", "teilweise falsch", "teilweise richtig", "teilweise wahr", "teils falsch",
        "halb wahr", "halbwahr", "grosstenteils falsch", "uberwiegend falsch",
        "fehlender kontext", "fehlender zusammenhang", "aus dem kontext gerissen",
        "missverstandlich", "verzerrt", "ubertrieben",
        "trompeur", "trompeuse", "partiellement faux", "en partie faux", "plutot faux",
        "hors contexte", "sorti de son contexte", "manque de contexte", "exagere",
        "enganoso", "enganosa", "parcialmente falso", "verdad a medias", "media verdad",
        "sacado de contexto", "fuera de contexto", "mayormente falso", "exagerado",
        "distorcido", "fora de contexto", "meia verdade",
        "fuorviante", "parzialmente falso", "decontestualizzato",
        "misleidend", "half waar", "deels onwaar", "grotendeels onwaar",
    ),
    Status.UNPROVEN: (
        "unproven", "unproved", "unsubstantiated", "unsupported", "no evidence", "lacks evidence",
        "insufficient evidence", "unverifiable", "cannot be verified", "not verifiable",
        "unbelegt", "nicht belegt", "nicht belegbar", "unbewiesen", "nicht nachweisbar",
        "nicht uberprufbar",
        "non prouve", "inverifiable", "sans preuve",
        "no verificable", "inverificable", "sin evidencia", "sin pruebas", "no probado",
        "sem provas", "insustentavel", "nao comprovado",
        "non provato", "senza prove", "non verificabile",
        "onbewezen", "niet te controleren",
    ),
    Status.VERIFIED: (
        "true", "correct", "accurate", "verified", "confirmed",
        "richtig", "wahr", "stimmt", "korrekt", "zutreffend", "belegt", "bestatigt", "verifiziert",
        "vrai", "exact", "c est vrai",
        "verdadero", "verdadera", "cierto", "es cierto", "correcto", "verdadeiro", "verdade",
        "vero", "corretto",
        "waar", "klopt", "juist",
    ),
    Status.RETRACTED: ("retracted", "withdrawn", "widerrufen", "zuruckgezogen"),
}  # fmt: skip
# Where a claim stands in the work, not a verdict: a CSV status column may say so; a published
# rating never does.
_WORKFLOW: dict[Status, tuple[str, ...]] = {
    Status.UNVERIFIED: ("unverified", "ungepruft", "nicht gepruft", "offen", "open"),
    Status.IN_PROGRESS: ("in progress", "in prufung", "in bearbeitung", "being checked"),
}


@lru_cache(maxsize=4096)  # an import reads the same few verdicts on every row
def _normalise(text: str) -> str:
    """Case, accents and punctuation folded away: "Irreführend!" and "irrefuhrend" match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


_STATUS_BY_PHRASE: dict[str, Status] = {
    _normalise(phrase): status for status, phrases in _PHRASES.items() for phrase in phrases
}
# Our own exports read back exactly.
_STATUS_BY_PHRASE.update({_normalise(STATUS_LABELS[s]): s for s in RATING_VALUES})
_WORKFLOW_BY_PHRASE: dict[str, Status] = {
    _normalise(phrase): status for status, phrases in _WORKFLOW.items() for phrase in phrases
} | {_normalise(STATUS_LABELS[s]): s for s in _WORKFLOW}

# Looks a property up on a JSON-LD node in any of its spellings (plain, schema:, full IRI).
PropertyGetter = Callable[[dict[str, Any], str], Any]

_LEAD = re.compile(r"^(.*?)(?:[:.;!?(\[|–—]| - )")


@dataclass(frozen=True, slots=True)
class RatingReading:
    """A published rating as given, plus the status it clearly means (None when unclear)."""

    text: str | None
    value: float | None
    best: float | None
    worst: float | None
    status: Status | None

    @property
    def scale_text(self) -> str:
        """ "rating 1 on a scale from 1 = worst to 5 = best", or "" without a full scale."""
        if self.value is None or self.best is None or self.worst is None:
            return ""
        return (
            f"rating {_number(self.value)} on a scale from {_number(self.worst)} = worst "
            f"to {_number(self.best)} = best"
        )


def status_of_text(text: str | None) -> Status | None:
    """The status a rating's words clearly name, or None."""
    if not text:
        return None
    whole = _normalise(text)
    if whole in _STATUS_BY_PHRASE:
        return _STATUS_BY_PHRASE[whole]
    lead = _LEAD.match(text.strip())
    if lead:
        return _STATUS_BY_PHRASE.get(_normalise(lead.group(1)))
    return None


def status_of_column(text: str | None) -> Status | None:
    """The status a CSV status cell names: a verdict as status_of_text reads it, or a step of
    the work ("unverified", "in Prüfung"); None for words that are neither."""
    if not text:
        return None
    return _WORKFLOW_BY_PHRASE.get(_normalise(text)) or status_of_text(text)


def status_of_number(value: float | None, best: float | None, worst: float | None) -> Status | None:
    """FALSE at the worst end of a fully given scale, VERIFIED at the best end, else None."""
    if value is None or best is None or worst is None or best == worst:
        return None
    if value == worst:
        return Status.FALSE
    if value == best:
        return Status.VERIFIED
    return None


def read_rating(rating: Any, get: PropertyGetter) -> RatingReading:
    """Read a reviewRating node (an object, a list of them, or bare words)."""
    if isinstance(rating, list):
        rating = next((item for item in rating if isinstance(item, dict | str)), None)
    if isinstance(rating, str):
        return RatingReading(rating.strip() or None, None, None, None, status_of_text(rating))
    if not isinstance(rating, dict):
        return RatingReading(None, None, None, None, None)
    text = _text(get(rating, "alternateName")) or _text(get(rating, "name"))
    value = _float(get(rating, "ratingValue"))
    best = _float(get(rating, "bestRating"))
    worst = _float(get(rating, "worstRating"))
    return RatingReading(text, value, best, worst, clear_status(text, value, best, worst))


def clear_status(
    text: str | None, value: float | None, best: float | None, worst: float | None
) -> Status | None:
    """The status words and number agree on, or that one of them names and the other does not
    contradict; None when unclear."""
    by_text = status_of_text(text)
    by_number = status_of_number(value, best, worst)
    if by_text is None:
        # A number alone counts only if no words were given that we failed to read.
        return by_number if not text else None
    if by_number is Status.VERIFIED and by_text is not Status.VERIFIED:
        return None
    if by_number is Status.FALSE and by_text is Status.VERIFIED:
        return None
    return by_text


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str)), None)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else f"{value:g}"
