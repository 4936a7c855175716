"""Conflicting figures: two claims about the same thing, at about the same time, whose
numbers cannot both be true.

The rule (``in_conflict``): two live claims whose quantities count the same thing (figures.
unit_key), that mean the same (cosine of their stored vectors at least MEANING, or a name in
common, names.shared_names), whose dates overlap (``span``: the as-of date, else the claim
date, covering its whole month or year when only that is known, widened by WINDOW either
side) and whose figures disagree beyond their qualifiers (not figures.agree).

Found pairs are stored in claim_conflicts (derived data, written with every claim write in
its transaction); claim_figures holds each claim's unit key and date span so that the
candidates of one claim are read from an index, not computed over the whole project.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..dates import PartialDate
from ..enums import RelationKind
from ..quantities import Quantity

# Two dates this close are "about the same time": an as-of figure is repeated for weeks, and
# reports of one event are dated by when they were published, days to weeks after.
WINDOW = timedelta(days=31)
# Cosine (of the stored int8 vectors) from which two statements are about the same thing:
# chosen on own-words examples (tests/core/test_conflicts.py) — paraphrases across German and
# English score 0.55-0.9, different subjects counting the same unit 0.2-0.45.
MEANING = 0.5
# The longest span a date can cover (year precision), to bound the index walk.
LONGEST_SPAN = timedelta(days=366)
RESOLUTIONS = frozenset(
    {RelationKind.SUPERSEDES, RelationKind.CONTRADICTS, RelationKind.INCOMPARABLE}
)


@dataclass(frozen=True, slots=True)
class ConflictSide:
    claim_id: int
    statement: str
    claimant: str | None
    quantity: Quantity
    on: PartialDate | None  # the as-of date, else the claim date


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two claims whose figures disagree; resolved once the analyst related them as
    supersedes / contradicts / incomparable (either direction)."""

    claims: tuple[int, int]  # lower id first
    unit: str  # the unit key both count (figures.unit_key)
    values: tuple[Quantity, Quantity]
    sides: tuple[ConflictSide, ConflictSide]
    resolution: RelationKind | None
    relation_id: int | None

    @property
    def resolved(self) -> bool:
        return self.resolution is not None


def span(on: PartialDate | None) -> tuple[date, date] | None:
    """The days a date covers ("June 2025" is 1-30 June), None without a date."""
    if on is None:
        return None
    return on.value, on.last_day()
