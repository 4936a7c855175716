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

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, tuple_

from ..dates import PartialDate
from ..enums import DatePrecision, RelationKind
from ..filters import CONFLICT_RESOLUTIONS
from ..models import Claim, ClaimConflict, ClaimEmbedding, ClaimFigure, utcnow
from ..quantities import Quantity
from . import figures
from .embedder import REVISION, SCALE

# Two dates this close are "about the same time": an as-of figure is repeated for weeks, and
# reports of one event are dated by when they were published, days to weeks after.
WINDOW = timedelta(days=31)
# Cosine (of the stored int8 vectors) from which two statements are about the same thing:
# chosen on own-words examples (tests/core/test_conflicts.py) — paraphrases across German and
# English score 0.55-0.9, different subjects counting the same unit 0.2-0.45.
MEANING = 0.55
# Below MEANING, a shared name ("Kursk", "Budanov") makes two statements about the same
# thing only from this cosine up: a country named in both ("Ukraine received 31 Abrams
# tanks" / "Russia lost 1,200 soldiers in Ukraine") is not enough on its own. Without vectors
# (no model) a shared name alone decides.
NAMED_MEANING = 0.45
# The longest span of a day- or month-precision date; year-precision spans start on 1 January
# and are looked up by that day, so that the index walk stays a few weeks wide.
MONTH_SPAN = timedelta(days=31)
_CHUNK = 500  # ids per IN (...) list
RESOLUTIONS = frozenset(CONFLICT_RESOLUTIONS)


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
    # The claim the resolving relation goes from (the one that supersedes): which way the
    # analyst resolved it, for words and for resolving it again after a reopen.
    resolved_from: int | None = None

    @property
    def resolved(self) -> bool:
        return self.resolution is not None


def claim_on(row: Any) -> PartialDate | None:
    """The date a claim's figure is for: as-of, else the claim date."""
    if row.as_of is not None:
        return PartialDate(row.as_of, DatePrecision(row.as_of_precision or "day"))
    if row.claimed_on is not None:
        return PartialDate(row.claimed_on, DatePrecision(row.claimed_on_precision or "day"))
    return None


def quantity_of(row: Any) -> Quantity | None:
    if row.quantity_value is None:
        return None
    return Quantity(
        row.quantity_value, row.quantity_upper, row.quantity_unit, row.quantity_qualifier or "exact"
    )


@dataclass(slots=True)
class Figure:
    """A claim as the rule compares it."""

    id: int
    unit: str
    starts: date
    ends: date
    low: float
    high: float
    statement: str
    vector: bytes | None
    names: frozenset[str] | None = field(default=None)


FIGURE_COLUMNS = (
    Claim.id,
    Claim.statement,
    Claim.claimed_on,
    Claim.claimed_on_precision,
    Claim.as_of,
    Claim.as_of_precision,
    Claim.quantity_value,
    Claim.quantity_upper,
    Claim.quantity_unit,
    Claim.quantity_qualifier,
)


def refresh(connection: Connection, claim_ids: Iterable[int]) -> frozenset[int]:
    """Detect again the conflicts of these claims (written, edited, restored): their figure
    rows and conflicts are replaced; a deleted claim keeps none. Returns the other claims
    whose conflicts changed with them (a conflict gone or found), for the views to refresh."""
    ids = sorted(set(claim_ids))
    if not ids:
        return frozenset()
    before = forget(connection, ids)
    subjects = store_figures(connection, ids)
    pairs = detect(connection, subjects)
    write_pairs(connection, pairs)
    found = {claim for pair in pairs for claim in pair}
    return frozenset((before | found).difference(ids))


def _unfigured():
    """Live claims that have what a figure row needs (a quantity with a unit, a date) and no
    figure row: a project saved before conflicts were stored."""
    return (
        select(Claim.id)
        .outerjoin(ClaimFigure, ClaimFigure.claim_id == Claim.id)
        .where(
            Claim.deleted_at.is_(None),
            Claim.quantity_value.is_not(None),
            func.length(func.trim(func.coalesce(Claim.quantity_unit, ""))) > 0,
            or_(Claim.as_of.is_not(None), Claim.claimed_on.is_not(None)),
            ClaimFigure.claim_id.is_(None),
        )
    )


def unfigured_count(connection: Connection) -> int:
    return connection.scalar(select(func.count()).select_from(_unfigured().subquery())) or 0


def unfigured_batch(connection: Connection, after: int, size: int) -> list[int]:
    """The next ``size`` ids of such claims above ``after``, lowest first."""
    return list(
        connection.scalars(_unfigured().where(Claim.id > after).order_by(Claim.id).limit(size))
    )


def forget(connection: Connection, claim_ids: Sequence[int]) -> frozenset[int]:
    """Remove the figure rows and conflicts of these claims (deleted: no conflict shown);
    returns the claims of the conflicts removed, others than these."""
    partners: set[int] = set()
    for chunk in _chunks(claim_ids):
        involved = or_(ClaimConflict.claim_a.in_(chunk), ClaimConflict.claim_b.in_(chunk))
        for a, b in connection.execute(
            select(ClaimConflict.claim_a, ClaimConflict.claim_b).where(involved)
        ):
            partners.update((a, b))
        connection.execute(
            delete(ClaimConflict).where(
                or_(ClaimConflict.claim_a.in_(chunk), ClaimConflict.claim_b.in_(chunk))
            )
        )
        connection.execute(delete(ClaimFigure).where(ClaimFigure.claim_id.in_(chunk)))
    return frozenset(partners.difference(claim_ids))


def store_figures(connection: Connection, claim_ids: Sequence[int]) -> list[Figure]:
    """Write the figure rows of the live claims among these that have a quantity with a unit
    and a date; returns them as the rule compares them."""
    found: list[Figure] = []
    for chunk in _chunks(claim_ids):
        rows = connection.execute(
            select(*FIGURE_COLUMNS, ClaimEmbedding.vector, ClaimEmbedding.revision)
            .outerjoin(ClaimEmbedding, ClaimEmbedding.claim_id == Claim.id)
            .where(Claim.id.in_(chunk), Claim.deleted_at.is_(None))
        ).all()
        found.extend(figure for row in rows if (figure := figure_of(row)) is not None)
    if found:
        connection.execute(
            insert(ClaimFigure),
            [{"claim_id": f.id, "unit": f.unit, "starts": f.starts, "ends": f.ends} for f in found],
        )
    return found


def write_pairs(connection: Connection, pairs: dict[tuple[int, int], str]) -> None:
    if pairs:
        now = utcnow()
        connection.execute(
            insert(ClaimConflict),
            [
                {"claim_a": a, "claim_b": b, "unit": unit, "detected_at": now}
                for (a, b), unit in sorted(pairs.items())
            ],
        )


def detect(
    connection: Connection, subjects: Sequence[Figure], *, lower_only: bool = False
) -> dict[tuple[int, int], str]:
    """The pairs (lower id first) of a subject and a stored figure in conflict, with their
    unit. ``lower_only`` keeps a pair only when found from its lower id (a pass over every
    claim finds each pair from both sides)."""
    pairs: dict[tuple[int, int], str] = {}
    by_unit: dict[str, list[Figure]] = defaultdict(list)
    for subject in subjects:
        by_unit[subject.unit].append(subject)
    for unit, group in by_unit.items():
        pool = _pool(connection, unit, group)
        for subject in group:
            for other in pool.conflicting(subject):
                if lower_only and subject.id > other:
                    continue
                pairs[(min(subject.id, other), max(subject.id, other))] = unit
    return pairs


class _Pool:
    """The stored figures of one unit around some dates, as arrays for numpy."""

    def __init__(self, figures_: list[Figure]):
        import numpy as np

        from .embedder import DIMENSIONS

        figures_.sort(key=lambda f: (f.starts, f.id))
        self.figures = figures_
        self.ids = np.array([f.id for f in figures_], np.int64)
        self.starts = np.array([f.starts.toordinal() for f in figures_], np.int64)
        self.ends = np.array([f.ends.toordinal() for f in figures_], np.int64)
        self.low = np.array([f.low for f in figures_], np.float64)
        self.high = np.array([f.high for f in figures_], np.float64)
        self.has_vector = np.array([f.vector is not None for f in figures_], bool)
        blank = bytes(DIMENSIONS)
        self.vectors = np.frombuffer(
            b"".join(f.vector or blank for f in figures_), np.int8
        ).reshape(len(figures_), DIMENSIONS)
        self.long = np.flatnonzero(self.ends - self.starts > MONTH_SPAN.days)

    def conflicting(self, subject: Figure) -> list[int]:
        """Ids of the pooled figures in conflict with the subject."""
        import numpy as np

        first = subject.starts.toordinal() - WINDOW.days
        last = subject.ends.toordinal() + WINDOW.days
        start = int(np.searchsorted(self.starts, first - MONTH_SPAN.days, "left"))
        stop = int(np.searchsorted(self.starts, last, "right"))
        window = np.union1d(np.arange(start, stop), self.long)
        window = window[
            (self.starts[window] <= last)
            & (self.ends[window] >= first)
            & (self.ids[window] != subject.id)
            & ((self.high[window] < subject.low) | (self.low[window] > subject.high))
        ]
        if not len(window):
            return []
        if subject.vector is not None:
            mine = np.frombuffer(subject.vector, np.int8).astype(np.int32)
            cosine = (self.vectors[window].astype(np.int32) @ mine) / SCALE**2
            cosine[~self.has_vector[window]] = np.nan
        else:
            cosine = np.full(len(window), np.nan)
        return [
            self.figures[index].id
            for index, score in zip(window.tolist(), cosine.tolist(), strict=True)
            if same_subject(score, subject, self.figures[index])
        ]


def same_subject(cosine: float, a: Figure, b: Figure) -> bool:
    """Two statements are about the same thing: close meaning, or a shared name at some
    closeness (NaN cosine: a vector is missing, the names decide)."""
    if cosine >= MEANING:
        return True
    return not cosine < NAMED_MEANING and _share_names(a, b)


def figures_in_order(
    connection: Connection, after: tuple[str, date, int] | None, size: int
) -> list[Figure]:
    """The stored figures after ``after`` (unit, starts, claim id) in that order, ``size`` at
    a time: a pass over every claim that meets each unit's dates in order, so that one
    batch's candidates are a narrow slice of the index."""
    statement = (
        select(*FIGURE_COLUMNS, ClaimEmbedding.vector, ClaimEmbedding.revision)
        .join(ClaimFigure, ClaimFigure.claim_id == Claim.id)
        .outerjoin(ClaimEmbedding, ClaimEmbedding.claim_id == Claim.id)
        .where(Claim.deleted_at.is_(None))
        .order_by(ClaimFigure.unit, ClaimFigure.starts, ClaimFigure.claim_id)
        .limit(size)
    )
    if after is not None:
        statement = statement.where(
            tuple_(ClaimFigure.unit, ClaimFigure.starts, ClaimFigure.claim_id) > tuple_(*after)
        )
    rows = connection.execute(statement).all()
    return [figure for row in rows if (figure := figure_of(row)) is not None]


def _share_names(a: Figure, b: Figure) -> bool:
    from .names import names_in, shared_names

    for figure in (a, b):
        if figure.names is None:
            figure.names = names_in(figure.statement)
    return bool(shared_names(a.names, b.names))  # type: ignore[arg-type]


def _pool(connection: Connection, unit: str, group: list[Figure]) -> _Pool:
    first = min(f.starts for f in group) - WINDOW
    last = max(f.ends for f in group) + WINDOW
    new_years = [date(year, 1, 1) for year in range(first.year - 1, last.year + 1)]
    rows = connection.execute(
        select(*FIGURE_COLUMNS, ClaimEmbedding.vector, ClaimEmbedding.revision)
        .join(ClaimFigure, ClaimFigure.claim_id == Claim.id)
        .outerjoin(ClaimEmbedding, ClaimEmbedding.claim_id == Claim.id)
        .where(
            ClaimFigure.unit == unit,
            or_(
                and_(ClaimFigure.starts >= first - MONTH_SPAN, ClaimFigure.starts <= last),
                ClaimFigure.starts.in_(new_years),
            ),
            ClaimFigure.ends >= first,
            Claim.deleted_at.is_(None),
        )
    ).all()
    return _Pool([figure for row in rows if (figure := figure_of(row)) is not None])


def figure_of(row: Any) -> Figure | None:
    quantity = quantity_of(row)
    on = claim_on(row)
    unit = _unit_key(quantity.unit) if quantity is not None else None
    if quantity is None or on is None or unit is None:
        return None
    allowed = figures.interval(quantity)
    return Figure(
        id=row.id,
        unit=unit[:100],
        starts=on.value,
        ends=on.last_day(),
        low=allowed.low,
        high=allowed.high,
        statement=row.statement,
        vector=row.vector if row.revision == REVISION else None,
    )


# A project writes a few hundred unit spellings over and over.
_unit_key = lru_cache(maxsize=8_192)(figures.unit_key)


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
