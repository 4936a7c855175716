"""How alike a statement and a claim are: one score from 0 to 1, and the reasons for it.

Five signals, each computed for a candidate the service found (services/similar.py):

- *meaning*: the cosine of the two sentence vectors (embedder.py), from the stored int8;
- *figure*: both quantities count the same thing (figures.unit_key) and agree within their
  qualifiers ("same_figure"), or count the same thing and disagree ("same_unit");
- *claimant*: the same source made both claims;
- *names*: the share of the statement's names the claim also mentions (names.py);
- *words*: the share of the statement's content words the claim shares, both read in their
  bridged form so that German "Soldaten" meets English "soldiers".

The score is a logistic combination of the five with WEIGHTS measured on our labelled set
(tests/fixtures/matching_pairs.jsonl, fitted on its tuning half by bench/matching_bench.py
--fit); DUPLICATE_SCORE, from the same set, is where the claim form warns of a duplicate.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..dates import PartialDate
from ..enums import Status
from ..quantities import Quantity
from . import figures, names
from .embedder import SCALE, bridged

if TYPE_CHECKING:
    import numpy as np

# From this score the claim form says "very likely a duplicate": on the tuning half of the
# labelled set, 9 in 10 pairs scored from here are the same claim in other words (and a
# third of those pairs reach it: cross-language paraphrases score lower).
DUPLICATE_SCORE = 0.65
# Fitted on the tuning half of the labelled set (bench/matching_bench.py --fit): the score
# says "the same claim" (paraphrases 1, all else 0), so a disagreeing figure of the same thing
# counts against it. The set has no claimants: that weight is ours, below a shared figure.
WEIGHTS: Mapping[str, float] = {
    "meaning": 3.74,
    "same_figure": 2.27,
    "same_unit": -0.85,
    "same_claimant": 1.0,
    "names": 1.45,
    "words": 1.93,
}
BIAS = -4.98
# A reason is given for a signal only from these strengths.
MEANING_REASON = 0.5
WORDS_REASON = 0.34
_CONTENT = re.compile(r"[^\W\d_][\w’'-]{2,}")
# Words that say nothing about what a claim is about, in both languages.
_STOP_WORDS_TEXT = """
    about above after again against all also and any are around because been before being
    between both but can could did does during each few for from had has have having her here
    his how into its itself just more most nearly not now off once only other our out over own
    same she should some such than that the their them then there these they this those through
    too under until very was were what when where which while who whom why will with would
    your according said says told reported report claims claimed least almost approximately
    der die das den dem des ein eine einen einem einer und oder aber auch als auf aus bei bis
    durch für gegen hat haben hatte ist sind war waren wird werden wurde wurden mit nach nicht
    noch nur seit sich sie über um unter vom von vor zum zur etwa rund mehr weniger laut sagte
    sagt mindestens höchstens knapp fast bereits inzwischen insgesamt
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


@dataclass(frozen=True, slots=True)
class MatchReason:
    """Why a claim was found: a code the UI words (ui/messages.py) and its params.

    Codes: "same_figure" (value, unit), "same_unit" (unit), "same_claimant" (name),
    "shared_names" (names), "meaning" (similarity), "shared_words" (words)."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SimilarClaim:
    id: int
    score: float  # 0–1
    reasons: tuple[MatchReason, ...]
    statement: str
    claimant: str | None
    quantity: Quantity | None
    claimed_on: PartialDate | None
    status: Status


@dataclass(frozen=True, slots=True)
class Probe:
    """The statement looked for, read once: its vector (int8, or None without the model),
    figure, claimant, names and content words."""

    text: str
    vector: np.ndarray | None
    quantity: Quantity | None
    claimant_id: int | None
    names: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A live claim that may match, as read from the project."""

    id: int
    statement: str
    claimant_id: int | None
    claimant: str | None
    quantity: Quantity | None
    claimed_on: PartialDate | None
    status: Status
    vector: np.ndarray | None  # int8, None when the claim has no vector of this revision


@dataclass(frozen=True, slots=True)
class Signals:
    meaning: float  # cosine, 0 when either side has no vector
    same_figure: bool
    same_unit: bool
    same_claimant: bool
    shared_names: tuple[str, ...]
    names: float  # share of the probe's names
    shared_words: tuple[str, ...]
    words: float  # share of the probe's content words

    def features(self) -> dict[str, float]:
        return {
            "meaning": max(self.meaning, 0.0),
            "same_figure": float(self.same_figure),
            "same_unit": float(self.same_unit),
            "same_claimant": float(self.same_claimant),
            "names": self.names,
            "words": self.words,
        }


def content_words(text: str) -> frozenset[str]:
    """The words that say what a text is about, folded, with German ones in English too."""
    return frozenset(
        word.casefold()
        for word in _CONTENT.findall(bridged(text))
        if word.casefold() not in STOP_WORDS
    )


def signals(probe: Probe, candidate: Candidate) -> Signals:
    """What the probe and a candidate share."""
    meaning = 0.0
    if probe.vector is not None and candidate.vector is not None:
        meaning = float(probe.vector.astype("int32") @ candidate.vector.astype("int32"))
        meaning /= SCALE * SCALE
    same_figure = same_unit = False
    mine, theirs = probe.quantity, candidate.quantity
    if mine is not None and theirs is not None and figures.same_thing(mine, theirs):
        same_figure = figures.agree(mine, theirs)
        same_unit = not same_figure
    shared = names.shared_names(probe.names, names.names_in(candidate.statement))
    words = sorted(probe.words & content_words(candidate.statement))
    return Signals(
        meaning=meaning,
        same_figure=same_figure,
        same_unit=same_unit,
        same_claimant=probe.claimant_id is not None and probe.claimant_id == candidate.claimant_id,
        shared_names=tuple(shared),
        names=len(shared) / len(probe.names) if probe.names else 0.0,
        shared_words=tuple(words),
        words=len(words) / len(probe.words) if probe.words else 0.0,
    )


def score(found: Signals) -> float:
    """The signals as one score from 0 to 1 (logistic, WEIGHTS)."""
    total = BIAS + sum(WEIGHTS[name] * value for name, value in found.features().items())
    return 1.0 / (1.0 + math.exp(-total))


def reasons(found: Signals, candidate: Candidate) -> tuple[MatchReason, ...]:
    """The reasons worth showing, strongest kind first."""
    given: list[MatchReason] = []
    quantity = candidate.quantity
    if found.same_figure and quantity is not None:
        given.append(MatchReason("same_figure", {"value": quantity.value, "unit": quantity.unit}))
    elif found.same_unit and quantity is not None:
        given.append(MatchReason("same_unit", {"unit": quantity.unit}))
    if found.same_claimant and candidate.claimant:
        given.append(MatchReason("same_claimant", {"name": candidate.claimant}))
    if found.shared_names:
        given.append(MatchReason("shared_names", {"names": list(found.shared_names)}))
    if found.meaning >= MEANING_REASON:
        given.append(MatchReason("meaning", {"similarity": round(found.meaning, 2)}))
    if found.words >= WORDS_REASON and not found.shared_names:
        given.append(MatchReason("shared_words", {"words": list(found.shared_words)}))
    return tuple(given)


def similar_claim(candidate: Candidate, found: Signals) -> SimilarClaim:
    return SimilarClaim(
        id=candidate.id,
        score=score(found),
        reasons=reasons(found, candidate),
        statement=candidate.statement,
        claimant=candidate.claimant,
        quantity=candidate.quantity,
        claimed_on=candidate.claimed_on,
        status=candidate.status,
    )
