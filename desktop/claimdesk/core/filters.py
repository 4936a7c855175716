"""Which claims a report, an export or a list covers: one filter, turned into SQL.

Every part narrows the set (AND); inside a part the values are alternatives (OR): statuses
{false, misleading} means false or misleading. Empty parts do not filter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select

from .enums import Credibility, Reliability, Status
from .models import Citation, Claim, Source, Tag, claim_tags


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    statuses: frozenset[Status] = frozenset()
    credibilities: frozenset[Credibility] = frozenset()
    claimant_ids: frozenset[int] = frozenset()
    reliabilities: frozenset[Reliability] = frozenset()  # of the claimant
    tags: frozenset[str] = frozenset()  # any of them, case-insensitive
    article_id: int | None = None  # claims cited in this article
    claimed_from: date | None = None
    claimed_to: date | None = None
    as_of_from: date | None = None
    as_of_to: date | None = None
    text: str = ""  # in statement, quote or notes

    def is_empty(self) -> bool:
        return self == ClaimFilter()


def apply_filter(statement: Select, wanted: ClaimFilter) -> Select:  # type: ignore[type-arg]
    """The statement narrowed to live claims that match; it must select from claims."""
    return statement.where(*conditions(wanted))


def conditions(wanted: ClaimFilter) -> list[Any]:
    found: list[Any] = [Claim.deleted_at.is_(None)]
    if wanted.statuses:
        found.append(Claim.status.in_(sorted(s.value for s in wanted.statuses)))
    if wanted.credibilities:
        found.append(Claim.credibility.in_(sorted(c.value for c in wanted.credibilities)))
    if wanted.claimant_ids:
        found.append(Claim.claimant_id.in_(sorted(wanted.claimant_ids)))
    if wanted.reliabilities:
        graded = select(Source.id).where(
            Source.reliability.in_(sorted(r.value for r in wanted.reliabilities))
        )
        found.append(Claim.claimant_id.in_(graded))
    if wanted.tags:
        names = sorted({tag.strip().lower() for tag in wanted.tags if tag.strip()})
        tagged = (
            select(claim_tags.c.claim_id)
            .join(Tag, Tag.id == claim_tags.c.tag_id)
            .where(func.lower(Tag.name).in_(names))
        )
        found.append(Claim.id.in_(tagged))
    if wanted.article_id is not None:
        found.append(
            exists().where(Citation.claim_id == Claim.id, Citation.article_id == wanted.article_id)
        )
    found.extend(_range(Claim.claimed_on, wanted.claimed_from, wanted.claimed_to))
    found.extend(_range(Claim.as_of, wanted.as_of_from, wanted.as_of_to))
    needle = wanted.text.strip()
    if needle:
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        found.append(
            or_(
                Claim.statement.ilike(pattern, escape="\\"),
                Claim.quote.ilike(pattern, escape="\\"),
                Claim.notes.ilike(pattern, escape="\\"),
            )
        )
    return found


def _range(column: Any, start: date | None, end: date | None) -> list[Any]:
    # A partial date is stored as the first day of what is known: "June 2025" is 2025-06-01,
    # inside a range that starts on 1 June, outside one that starts on 15 June.
    parts = []
    if start is not None:
        parts.append(column >= start)
    if end is not None:
        parts.append(column <= end)
    return [and_(*parts)] if parts else []
