"""Listing claims for big tables: count, ordered pages and row refreshes, all sorted in SQL.

A page's ids come from an index-only walk of a partial index (even at OFFSET 500000), its
rows (claimant, tags, citation count: claim_rows.py) are read around them: on PostgreSQL in
the same statement, on SQLite in a second one after the ids, whose plan it chooses itself
for lists narrowed by status and dates (newest_first.py). What a list shows is a ClaimFilter
(the same one reports and exports use, search included) plus an order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, distinct, func, literal, select, tuple_
from sqlalchemy.orm import Session

from ..enums import Status
from ..filters import ClaimFilter, conditions
from ..jobs import CancelToken
from ..models import Claim, Source
from ..records import ClaimRow
from ..search import SearchQuery
from ..search import sql as search_sql
from ..search.sql import (
    SQLITE_BEST_FIRST,
    SQLITE_DIRECT_COUNT,
    ClaimMatches,
    cited_matches,
    direct_matches,
    newest_direct_matches,
    ranked_matches,
)
from ..search.syntax import fts5_expression
from .base import Service
from .claim_rows import read_page, read_rows
from .newest_first import newest_first_ids, walkable


class ClaimSort(StrEnum):
    ID = "id"
    STATEMENT = "statement"
    CLAIMANT = "claimant"
    CLAIMED_ON = "claimed_on"
    AS_OF = "as_of"
    QUANTITY = "quantity"
    CREDIBILITY = "credibility"
    STATUS = "status"
    UPDATED = "updated"
    CREATED = "created"
    RELEVANCE = "relevance"  # best search match first; without a search, newest first


_SORT_COLUMNS = {
    ClaimSort.ID: Claim.id,
    ClaimSort.STATEMENT: Claim.statement,
    ClaimSort.CLAIMED_ON: Claim.claimed_on,
    ClaimSort.AS_OF: Claim.as_of,
    ClaimSort.QUANTITY: Claim.quantity_value,
    ClaimSort.CREDIBILITY: Claim.credibility,
    ClaimSort.STATUS: Claim.status,
    ClaimSort.UPDATED: Claim.updated_at,
    ClaimSort.CREATED: Claim.created_at,
}

UNJUDGED = frozenset({Status.UNVERIFIED, Status.IN_PROGRESS})


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """Which claims a table shows and in what order."""

    filter: ClaimFilter = field(default_factory=ClaimFilter)
    sort: ClaimSort = ClaimSort.ID
    descending: bool = True

    @classmethod
    def review_queue(cls) -> ClaimQuery:
        """Claims not yet judged, oldest first."""
        return cls(ClaimFilter(statuses=UNJUDGED), sort=ClaimSort.CREATED, descending=False)

    def with_filter(self, **changes: Any) -> ClaimQuery:
        return replace(self, filter=replace(self.filter, **changes))

    def ranking(self) -> SearchQuery | None:
        """The search to rank by, when ordered by relevance to one (without a search,
        RELEVANCE falls back to newest first)."""
        return self.filter.parsed_search() if self.sort is ClaimSort.RELEVANCE else None


@dataclass(frozen=True, slots=True)
class ClaimCount:
    """How many claims a list holds; ``exact`` is False for an estimate (shown as "about")."""

    value: int
    exact: bool


class ClaimListService(Service):
    def count(self, query: ClaimQuery, cancel: CancelToken | None = None) -> int:
        """The exact number of claims the query lists."""
        with self._db.read(cancel) as session:
            search = query.filter.parsed_search()
            if search is not None and _search_alone(query.filter):
                return _direct_count(session, search)
            counted = _filtered(select(func.count()).select_from(Claim), query)
            return session.scalar(counted) or 0

    def quick_count(
        self, query: ClaimQuery, cancel: CancelToken | None = None
    ) -> ClaimCount | None:
        """A count to show at once while count() runs: None without a search (count() is the
        quickest there is); for a search, one count of the index's own matches, which is the
        exact count for a search alone. With other filters, the share of the newest
        RANKED_AT_MOST matches that pass them scales it (exact when there are no more matches
        than that); with ``in_article_text`` the claims cited in matching articles are added
        (a claim found both ways counts twice). Estimates come flagged ``exact=False``."""
        wanted = query.filter
        search = wanted.parsed_search()
        if search is None:
            return None
        with self._db.read(cancel) as session:
            found = _direct_count(session, search)
            if _search_alone(wanted):
                return ClaimCount(found, exact=True)
            dialect = session.get_bind().dialect.name
            share = 1.0
            if _narrowed(wanted):
                newest = newest_direct_matches(dialect, search)
                passing = select(func.count()).where(
                    *conditions(wanted, with_search=False), Claim.id.in_(newest)
                )
                passed = (session.scalar(passing) or 0) if found else 0
                if found <= search_sql.RANKED_AT_MOST and not wanted.in_article_text:
                    return ClaimCount(passed, exact=True)
                if found:  # else nothing to learn the share from: the cited claims as they are
                    share = passed / min(found, search_sql.RANKED_AT_MOST)
            estimate = found * share
            if wanted.in_article_text:
                cited = cited_matches(dialect, search).subquery()
                estimate += share * (
                    session.scalar(select(func.count(distinct(cited.c.claim_id)))) or 0
                )
            return ClaimCount(round(estimate), exact=False)

    def page(
        self,
        query: ClaimQuery,
        offset: int,
        limit: int,
        anchor: Anchor | None = None,
        cancel: CancelToken | None = None,
    ) -> list[ClaimRow]:
        """Rows offset … offset+limit-1 of the query's order.

        With an anchor (the sort key of the row at ``anchor.offset``, from ``anchors()``) the
        database starts from that row instead of counting past every row before it.
        """
        with self._db.read(cancel) as session:
            search = query.ranking()
            if search is not None:
                return read_rows(session, _ranked_ids(session, query, search, offset, limit))
            if anchor is not None and anchor.offset <= offset:
                statement = _ordered_ids(query).where(_from_anchor(query, anchor, inclusive=True))
                offset -= anchor.offset
            elif self._db.is_sqlite:
                # In process a second statement costs microseconds, and the plan for the ids
                # is then ours to choose.
                return read_rows(session, _sqlite_page_ids(session, query, offset, limit))
            else:
                statement = _ordered_ids(query)
            page_ids = statement.offset(offset).limit(limit)
            return read_page(session, page_ids, _order(query, _sort_key(query)))

    def anchors(
        self, query: ClaimQuery, after: Anchor | None, spacing: int, count: int
    ) -> list[Anchor]:
        """Up to ``count`` anchors ``spacing`` rows apart, continuing after ``after`` (or from
        the first row). Empty for orders on columns that may be NULL, which keyset
        comparisons cannot express; those pages count from the top."""
        if query.sort not in ANCHORED_SORTS or _is_filtered(query):
            return []
        key = _SORT_COLUMNS[query.sort]
        found: list[Anchor] = []
        with self._db.read() as session:
            for _ in range(count):
                statement = _filtered(select(key, Claim.id), query).order_by(*_order(query, key))
                if after is not None:
                    statement = statement.where(_from_anchor(query, after, inclusive=False))
                    statement = statement.offset(spacing - 1)
                row = session.execute(statement.limit(1)).first()
                if row is None:
                    break
                after = Anchor(0 if after is None else after.offset + spacing, row[0], row[1])
                found.append(after)
        return found

    def ids(self, query: ClaimQuery, offset: int = 0, limit: int | None = None) -> list[int]:
        with self._db.read() as session:
            search = query.ranking()
            if search is not None:
                return _ranked_ids(session, query, search, offset, limit)
            return list(session.scalars(_ordered_ids(query).offset(offset).limit(limit)))

    def rows(self, claim_ids: Sequence[int]) -> list[ClaimRow]:
        """Fresh rows for these ids, in the same order; deleted claims are left out."""
        with self._db.read() as session:
            return read_rows(session, list(claim_ids))


def _sqlite_page_ids(session: Session, query: ClaimQuery, offset: int, limit: int) -> list[int]:
    if query.sort in (ClaimSort.ID, ClaimSort.RELEVANCE) and walkable(query.filter):
        connection = session.connection().connection.driver_connection
        descending = query.descending or query.sort is ClaimSort.RELEVANCE
        ids = newest_first_ids(connection, query.filter, offset, limit, descending)
        if ids is not None:
            return ids
    return list(session.scalars(_ordered_ids(query).offset(offset).limit(limit)))


def _filtered(statement: Select, query: ClaimQuery) -> Select:  # type: ignore[type-arg]
    return statement.where(*conditions(query.filter))


def _search_alone(wanted: ClaimFilter) -> bool:
    """A search in the claims' own documents and nothing else: the index answers it alone
    (it holds live claims only)."""
    return wanted.given().keys() == {"search"}


def _narrowed(wanted: ClaimFilter) -> bool:
    """Whether anything besides the search narrows the list."""
    return bool(wanted.given().keys() - {"search", "in_article_text"})


def _driver(session: Session) -> sqlite3.Connection:
    return session.connection().connection.driver_connection  # type: ignore[return-value]


def _direct_count(session: Session, search: SearchQuery) -> int:
    """How many live claims match the search in their own document."""
    if session.get_bind().dialect.name == "sqlite":
        expression = {"expression": fts5_expression(search)}
        return _driver(session).execute(SQLITE_DIRECT_COUNT, expression).fetchone()[0]
    matched = direct_matches("postgresql", search).subquery()
    return session.scalar(select(func.count()).select_from(matched)) or 0


def _ranked_ids(
    session: Session, query: ClaimQuery, search: SearchQuery, offset: int, limit: int | None
) -> list[int]:
    """Ids by relevance: the ranked direct matches best first, then every other match
    (claims found through an article's text when asked, and direct matches beyond the ranked
    ones) newest first."""
    dialect = session.get_bind().dialect.name
    others = conditions(query.filter, with_search=False)
    # The search index holds live claims only: without other filters it needs no join.
    where = others if _narrowed(query.filter) else []
    if dialect == "sqlite" and not where:
        parameters = {
            "expression": fts5_expression(search),
            "candidates": search_sql.RANKED_AT_MOST,
            "limit": -1 if limit is None else limit,  # -1: no limit
            "offset": offset,
        }
        ids = [row[0] for row in _driver(session).execute(SQLITE_BEST_FIRST, parameters)]
    else:
        ranked = ranked_matches(dialect, search, where)
        best_first = select(ranked.c.claim_id).order_by(ranked.c.score, ranked.c.claim_id.desc())
        ids = list(session.scalars(best_first.offset(offset).limit(limit)))
    if limit is not None and len(ids) == limit:
        return ids
    newest = newest_direct_matches(dialect, search, where)
    # Past the ranked matches: how many there are decides where the second tier starts.
    before = (
        offset + len(ids)
        if ids
        else session.scalar(select(func.count()).select_from(newest.subquery())) or 0
    )
    # NOT IN a LIMITed list: PostgreSQL hashes it once (NOT IN over all matches of a common
    # word would be re-scanned for every claim).
    the_rest = (
        select(Claim.id)
        .where(
            *others,
            ClaimMatches(search, in_article_text=query.filter.in_article_text),
            Claim.id.not_in(newest),
        )
        .order_by(Claim.id.desc())
        .offset(max(0, offset - before))
        .limit(None if limit is None else limit - len(ids))
    )
    return ids + list(session.scalars(the_rest))


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where row ``offset`` of an order is: its sort key and id."""

    offset: int
    key: object
    id: int


# Orders whose (key, id) pairs are never NULL and walk a live partial index: these resume
# from an anchor cheaply. Filtered lists are left to OFFSET for now (see the search issue).
ANCHORED_SORTS = frozenset({ClaimSort.ID, ClaimSort.UPDATED, ClaimSort.CREATED})


def _is_filtered(query: ClaimQuery) -> bool:
    return not query.filter.is_empty()


def _order(query: ClaimQuery, key: Any) -> tuple[Any, ...]:
    if query.sort is ClaimSort.RELEVANCE:
        return (Claim.id.desc(),)
    if key is Claim.id:
        return (Claim.id.desc(),) if query.descending else (Claim.id,)
    if query.descending:
        return key.desc(), Claim.id.desc()
    return key, Claim.id


def _from_anchor(query: ClaimQuery, anchor: Anchor, *, inclusive: bool) -> Any:
    """Rows at (or after) the anchor in the query's order, as a keyset comparison."""
    key = _SORT_COLUMNS[query.sort]
    if key is Claim.id:
        left, right = Claim.id, anchor.id
    else:
        left, right = tuple_(key, Claim.id), tuple_(literal(anchor.key, key.type), anchor.id)
    if query.descending:
        return left <= right if inclusive else left < right
    return left >= right if inclusive else left > right


def _sort_key(query: ClaimQuery) -> Any:
    if query.sort is ClaimSort.CLAIMANT:
        return func.lower(Source.name)
    if query.sort is ClaimSort.RELEVANCE:  # without a search: newest first
        return Claim.id
    return _SORT_COLUMNS[query.sort]


def _ordered_ids(query: ClaimQuery) -> Select:  # type: ignore[type-arg]
    statement = _filtered(select(Claim.id), query)
    if query.sort is ClaimSort.CLAIMANT:
        statement = statement.outerjoin(Source, Source.id == Claim.claimant_id)
    return statement.order_by(*_order(query, _sort_key(query)))
