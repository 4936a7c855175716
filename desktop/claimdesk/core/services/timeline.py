"""The timeline of a number (core/matching/timeline.py) for a claim or a filter."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from ..enums import DatePrecision, Qualifier, Status
from ..filters import ClaimFilter, apply_filter
from ..matching import conflicts as rule
from ..matching import figures
from ..matching.embedder import SCALE
from ..matching.timeline import UNATTRIBUTED, TimelinePoint, TimelineSeries
from ..models import AttributionHop, Claim, ClaimEmbedding, ClaimFigure, Source
from .base import Service

# The most points a series holds (the latest ones): a chart of more is unreadable anyway.
MAX_POINTS = 2_000


class TimelineService(Service):
    def series_for(self, claim_id: int) -> TimelineSeries | None:
        """The figures of the claims about the same thing as this one (same unit, close
        meaning or shared names), this one highlighted; None when fewer than two points."""
        with self._db.read() as session:
            unit = session.scalar(
                select(ClaimFigure.unit)
                .join(Claim, Claim.id == ClaimFigure.claim_id)
                .where(ClaimFigure.claim_id == claim_id, Claim.deleted_at.is_(None))
            )
            if unit is None:
                return None
            rows = session.execute(_points_query().where(ClaimFigure.unit == unit)).all()
        subject = next(row for row in rows if row.id == claim_id)
        mine = rule.figure_of(subject)
        assert mine is not None
        kept = [row for row in rows if row.id == claim_id or _same(mine, row)]
        return _series(unit, kept, highlighted=claim_id)

    def series(self, filter: ClaimFilter) -> list[TimelineSeries]:
        """One series per unit among the claims the filter matches with a date and a
        quantity, where the unit has at least two points; by unit."""
        with self._db.read() as session:
            rows = session.execute(apply_filter(_points_query(), filter)).all()
        by_unit: dict[str, list[Any]] = defaultdict(list)
        for row in rows:
            by_unit[row.unit].append(row)
        found = [_series(unit, kept) for unit, kept in sorted(by_unit.items())]
        return [series for series in found if series is not None]


def _points_query() -> Select[Any]:
    first_hop = aliased(AttributionHop)
    first_source = (
        select(Source.name)
        .join(first_hop, first_hop.source_id == Source.id)
        .where(first_hop.claim_id == Claim.id)
        .order_by(first_hop.position)
        .limit(1)
        .scalar_subquery()
    )
    claimant = aliased(Source)
    return (
        select(
            *rule.FIGURE_COLUMNS,
            ClaimEmbedding.vector,
            ClaimEmbedding.revision,
            ClaimFigure.unit,
            Claim.status,
            claimant.name.label("claimant"),
            first_source.label("first_source"),
        )
        .join(ClaimFigure, ClaimFigure.claim_id == Claim.id)
        .outerjoin(ClaimEmbedding, ClaimEmbedding.claim_id == Claim.id)
        .outerjoin(claimant, claimant.id == Claim.claimant_id)
        .where(Claim.deleted_at.is_(None))
    )


def _same(mine: rule.Figure, row: Any) -> bool:
    other = rule.figure_of(row)
    if other is None:
        return False
    cosine = math.nan
    if mine.vector is not None and other.vector is not None:
        import numpy as np

        a = np.frombuffer(mine.vector, np.int8).astype(np.int32)
        b = np.frombuffer(other.vector, np.int8).astype(np.int32)
        cosine = float(a @ b) / SCALE**2
    return rule.same_subject(cosine, mine, other)


def _series(
    unit: str, rows: Sequence[Any], highlighted: int | None = None
) -> TimelineSeries | None:
    points = sorted((_point(row) for row in rows), key=lambda p: (p.on, p.claim_id))
    if len(points) > MAX_POINTS:
        points = points[-MAX_POINTS:]
    if len(points) < 2:
        return None
    spelled = Counter((row.quantity_unit or unit).strip() for row in rows)
    label = spelled.most_common(1)[0][0]
    return TimelineSeries(unit, label, tuple(points), highlighted)


def _point(row: Any) -> TimelinePoint:
    quantity = rule.quantity_of(row)
    on = rule.claim_on(row)
    assert quantity is not None and on is not None
    allowed = figures.interval(quantity)
    return TimelinePoint(
        claim_id=row.id,
        on=on.value,
        precision=DatePrecision(on.precision),
        value=quantity.value,
        low=allowed.low if math.isfinite(allowed.low) else None,
        high=allowed.high if math.isfinite(allowed.high) else None,
        qualifier=Qualifier(quantity.qualifier),
        group=row.claimant or row.first_source or UNATTRIBUTED,
        statement=row.statement,
        status=Status(row.status),
    )
