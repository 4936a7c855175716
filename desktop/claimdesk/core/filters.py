"""Which claims a report, an export or a list covers: one filter, turned into SQL.

Every part narrows the set (AND); inside a part the values are alternatives (OR): statuses
{false, misleading} means false or misleading. Empty parts do not filter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, bindparam, exists, func, literal, or_, select

from .enums import AnchorState, Credibility, RelationKind, Reliability, Status
from .errors import BadValue
from .models import (
    Article,
    Citation,
    Claim,
    ClaimConflict,
    ClaimRelation,
    Source,
    Tag,
    claim_tags,
)
from .search import SearchQuery, parse
from .search.sql import ClaimMatches

# The relations that resolve a conflict between two claims (either direction).
CONFLICT_RESOLUTIONS = (
    RelationKind.SUPERSEDES,
    RelationKind.CONTRADICTS,
    RelationKind.INCOMPARABLE,
)


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
    publisher_ids: frozenset[int] = frozenset()  # cited in an article from one of these
    has_quantity: bool | None = None
    units: frozenset[str] = frozenset()  # quantity units, case-insensitive
    orphaned: bool = False  # only claims with an excerpt no longer found in its article
    search: str = ""  # full-text search (core/search/syntax.py)
    # The search also looks in the text of the articles the claims are cited in, not only in
    # the claims' own fields (a word of the article would otherwise find every claim in it).
    in_article_text: bool = False
    # Only claims with an open conflicting figure (True) or without one (False).
    conflicted: bool | None = None

    def is_empty(self) -> bool:
        return not self.given()

    def given(self) -> dict[str, Any]:
        """The fields that narrow (differ from an empty filter), by name; where the search
        looks only when there is a search."""
        empty = ClaimFilter()
        return {
            name: getattr(self, name)
            for name in self.__dataclass_fields__
            if getattr(self, name) != getattr(empty, name)
            and (name != "in_article_text" or self.search.strip())
        }

    def parsed_search(self) -> SearchQuery | None:
        """The search as a query tree; None without one. Raises SearchError when unusable."""
        return parse(self.search) if self.search.strip() else None


def apply_filter(statement: Select, wanted: ClaimFilter) -> Select:  # type: ignore[type-arg]
    """The statement narrowed to live claims that match; it must select from claims.

    Raises SearchError (before any SQL runs) when the search text cannot be used.
    """
    return statement.where(*conditions(wanted))


def conditions(wanted: ClaimFilter, *, with_search: bool = True) -> list[Any]:
    found: list[Any] = [Claim.deleted_at.is_(None)]
    if wanted.statuses:
        # Written into the SQL (they are our own constants, never user text): SQLite uses a
        # partial index only where it sees the query imply the index's own condition, as
        # the review queue's "status IN ('in_progress', 'unverified')" (1 s → 7 ms deep in
        # a million claims).
        statuses = sorted(s.value for s in wanted.statuses)
        found.append(
            Claim.status.in_(
                bindparam("statuses", statuses, expanding=True, literal_execute=True, unique=True)
            )
        )
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
    if wanted.publisher_ids:
        published = (
            select(Citation.claim_id)
            .join(Article, Article.id == Citation.article_id)
            .where(Article.publisher_id.in_(sorted(wanted.publisher_ids)))
        )
        found.append(Claim.id.in_(published))
    if wanted.has_quantity is not None:
        has = Claim.quantity_value.is_not(None)
        found.append(has if wanted.has_quantity else ~has)
    if wanted.units:
        units = sorted({unit.strip().lower() for unit in wanted.units if unit.strip()})
        found.append(func.lower(Claim.quantity_unit).in_(units))
    if wanted.orphaned:
        found.append(
            exists().where(
                Citation.claim_id == Claim.id,
                Citation.anchor_state == AnchorState.ORPHANED.value,
            )
        )
    if wanted.conflicted is not None:
        conflicted = open_conflict_of(Claim.id)
        found.append(conflicted if wanted.conflicted else ~conflicted)
    query = wanted.parsed_search() if with_search else None
    if query is not None:
        found.append(ClaimMatches(query, in_article_text=wanted.in_article_text))
    return found


def resolving_relation(claim_a: Any, claim_b: Any) -> Any:
    """A relation that resolves the conflict of these two claims exists."""
    relation = ClaimRelation
    # The kinds written into the SQL text: the claims table's rows are read through the
    # driver with only the page's ids as parameters (services/claim_rows.py).
    kinds = [literal(kind.value, literal_execute=True) for kind in CONFLICT_RESOLUTIONS]
    return exists().where(
        relation.kind.in_(kinds),
        or_(
            and_(relation.from_claim_id == claim_a, relation.to_claim_id == claim_b),
            and_(relation.from_claim_id == claim_b, relation.to_claim_id == claim_a),
        ),
    )


def open_conflict_of(claim_id: Any) -> Any:
    """The claim has a conflict not yet resolved (two EXISTS, one per side of the pair, so
    that each walks its own index)."""
    conflict = ClaimConflict
    unresolved = ~resolving_relation(conflict.claim_a, conflict.claim_b)
    return or_(
        exists().where(conflict.claim_a == claim_id, unresolved),
        exists().where(conflict.claim_b == claim_id, unresolved),
    )


def _range(column: Any, start: date | None, end: date | None) -> list[Any]:
    # A partial date is stored as the first day of what is known: "June 2025" is 2025-06-01,
    # inside a range that starts on 1 June, outside one that starts on 15 June.
    parts = []
    if start is not None:
        parts.append(column >= start)
    if end is not None:
        parts.append(column <= end)
    return [and_(*parts)] if parts else []


# As JSON (saved views) -------------------------------------------------------------------------

_SETS = {
    "statuses": Status,
    "credibilities": Credibility,
    "reliabilities": Reliability,
    "claimant_ids": int,
    "tags": str,
    "publisher_ids": int,
    "units": str,
}
_DATES = ("claimed_from", "claimed_to", "as_of_from", "as_of_to")


def filter_to_json(wanted: ClaimFilter) -> dict[str, Any]:
    """The fields that filter, as JSON values (sets as sorted lists, dates as ISO text)."""
    data: dict[str, Any] = {}
    for name in _SETS:
        values = getattr(wanted, name)
        if values:
            data[name] = sorted(v.value if hasattr(v, "value") else v for v in values)
    for name in _DATES:
        value = getattr(wanted, name)
        if value is not None:
            data[name] = value.isoformat()
    if wanted.article_id is not None:
        data["article_id"] = wanted.article_id
    if wanted.has_quantity is not None:
        data["has_quantity"] = wanted.has_quantity
    if wanted.orphaned:
        data["orphaned"] = True
    if wanted.conflicted is not None:
        data["conflicted"] = wanted.conflicted
    if wanted.search.strip():
        data["search"] = wanted.search
        if wanted.in_article_text:
            data["in_article_text"] = True
    return data


def filter_from_json(data: Any) -> ClaimFilter:
    """The filter back from JSON. Unknown keys (from a newer Claimdesk) are left out; a value
    of the wrong kind raises BadValue (a ValueError) naming the field."""
    if not isinstance(data, dict):
        raise BadValue("filter_not_object")
    fields: dict[str, Any] = {}
    for name, kind in _SETS.items():
        if name in data:
            values = data[name]
            if not isinstance(values, list):
                raise BadValue("bad_filter_field", field=name, value=repr(values))
            try:
                fields[name] = frozenset(kind(v) for v in values)
            except (TypeError, ValueError):
                raise BadValue("bad_filter_field", field=name, value=repr(values)) from None
    for name in _DATES:
        if data.get(name) is not None:
            try:
                fields[name] = date.fromisoformat(str(data[name]))
            except ValueError:
                raise BadValue("bad_filter_field", field=name, value=repr(data[name])) from None
    for name, kind in (
        ("article_id", int),
        ("has_quantity", bool),
        ("orphaned", bool),
        ("in_article_text", bool),
        ("conflicted", bool),
    ):
        if data.get(name) is not None:
            if not isinstance(data[name], kind):
                raise BadValue("bad_filter_field", field=name, value=repr(data[name]))
            fields[name] = data[name]
    if "search" in data:
        if not isinstance(data["search"], str):
            raise BadValue("bad_filter_field", field="search", value=repr(data["search"]))
        fields["search"] = data["search"]
    return ClaimFilter(**fields)
