"""Reading a whole project (or a filtered part) as plain rows, fast, for an export.

SQLAlchemy Core selects, a chunk at a time, no ORM objects: 100,000 claims in about a second.
Rows come out as plain values any text format can hold: timestamps as ISO 8601 with the UTC
offset and always six fraction digits (the same text on SQLite and PostgreSQL), dates as
YYYY-MM-DD, captured bytes as base64, JSON columns as lists and dicts. Only
ProjectTransferService calls this, inside its read transaction.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    LargeBinary,
    Select,
    String,
    Table,
    and_,
    func,
    or_,
    select,
    type_coerce,
    union,
)

from ..filters import ClaimFilter, apply_filter
from ..models import (
    Article,
    ArticleCapture,
    AttributionHop,
    AuditEvent,
    Base,
    Citation,
    Claim,
    ClaimRelation,
    PublishedReview,
    Review,
    ReviewEvidence,
    Tag,
    UTCDateTime,
    claim_tags,
)

# Parents before children: the order rows can be inserted in with foreign keys enforced.
TABLE_ORDER: tuple[str, ...] = (
    "sources",
    "articles",
    "article_captures",
    "tags",
    "claims",
    "claim_tags",
    "attribution_hops",
    "citations",
    "reviews",
    "review_evidence",
    "claim_relations",
    "published_reviews",
    "audit_events",
)
# Read with each chunk of claims rather than as tables of their own.
CLAIM_CHILDREN: tuple[str, ...] = (
    "claim_tags",
    "attribution_hops",
    "citations",
    "reviews",
    "review_evidence",
)
READ_TABLES: tuple[str, ...] = tuple(name for name in TABLE_ORDER if name not in CLAIM_CHILDREN)

READ_CHUNK = 2_000


@dataclass(frozen=True, slots=True)
class TransferChunk:
    """Rows of one table; for claims also their tags, hops, citations, reviews and evidence."""

    table: str
    rows: list[dict[str, Any]]
    claims_done: int
    claims_total: int
    # Claims only: rows of attribution_hops, citations, reviews and review_evidence.
    children: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    tags: dict[int, list[str]] = field(default_factory=dict)  # claim id -> tag names, sorted


def read_rows(
    connection: Connection, wanted: ClaimFilter, *, include_originals: bool, size: int
) -> Iterator[TransferChunk]:
    """See ProjectTransferService.read."""
    scope = None if wanted.is_empty() else _Scope(wanted)
    claim_ids = list(connection.scalars(_claim_ids(scope)))
    total = len(claim_ids)
    readers = {
        name: _TableReader(Base.metadata.tables[name], connection.dialect.name, include_originals)
        for name in TABLE_ORDER
    }
    done = 0  # claims, for progress: the tables before them read quickly
    for name in READ_TABLES:
        if name == "claims":
            yield from _claim_chunks(connection, readers, claim_ids, size)
            done = total
            continue
        reader = readers[name]
        statement = reader.select()
        if scope is not None:
            statement = statement.where(scope.condition(name))
        result = connection.execution_options(yield_per=size).execute(
            statement.order_by(reader.table.c.id)
        )
        empty = True
        for part in result.partitions():
            empty = False
            yield TransferChunk(name, reader.plain(part), done, total)
        if empty:
            yield TransferChunk(name, [], done, total)


class _TableReader:
    """Selects a table's columns and turns its rows into plain values, fast.

    Timestamps and dates never become Python objects: SQLite stores them as text, which
    string operations reshape; PostgreSQL formats them itself (to_char). Both give the same
    text for the same moment.
    """

    def __init__(self, table: Table, dialect: str, include_originals: bool):
        self.table = table
        self.columns: list[Any] = []
        self.names: list[str] = []
        self.converters: list[tuple[int, Callable[[Any], Any]]] = []
        sqlite = dialect == "sqlite"
        for column in table.c:
            name = column.name
            captured_bytes = isinstance(column.type, LargeBinary)
            if (captured_bytes or name == "original_compression") and not include_originals:
                continue
            if captured_bytes:
                self._add(column, _base64)
            elif isinstance(column.type, UTCDateTime) and sqlite:
                self._add(type_coerce(column, String).label(name), _sqlite_timestamp)
            elif isinstance(column.type, UTCDateTime):
                utc = func.timezone("UTC", column)
                self._add(func.to_char(utc, _PG_TIMESTAMP).label(name), None)
            elif isinstance(column.type, Date) and sqlite:
                self._add(type_coerce(column, String).label(name), None)
            elif isinstance(column.type, Date):
                self._add(func.to_char(column, "YYYY-MM-DD").label(name), None)
            else:
                self._add(column, None)

    def _add(self, column: Any, converter: Callable[[Any], Any] | None) -> None:
        if converter is not None:
            self.converters.append((len(self.columns), converter))
        self.columns.append(column)
        self.names.append(column.name)

    def select(self) -> Select[Any]:
        return select(*self.columns)

    def plain(self, rows: Sequence[Any]) -> list[dict[str, Any]]:
        names = self.names
        if not self.converters or not rows:
            return [dict(zip(names, row, strict=True)) for row in rows]
        # Column by column: one map() per converted column instead of a loop per row.
        columns: list[Any] = list(zip(*rows, strict=True))
        for index, convert in self.converters:
            columns[index] = map(convert, columns[index])
        return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


_PG_TIMESTAMP = 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'


def _sqlite_timestamp(stored: str | None) -> str | None:
    # SQLAlchemy stores "YYYY-MM-DD HH:MM:SS.ffffff" (naive UTC) on SQLite.
    if stored is None:
        return None
    if len(stored) == 26 and stored[10] == " ":
        return f"{stored[:10]}T{stored[11:]}+00:00"
    parsed = datetime.fromisoformat(stored)
    parsed = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    return parsed.isoformat(timespec="microseconds")


def _base64(value: bytes | None) -> str | None:
    return None if value is None else base64.b64encode(bytes(value)).decode("ascii")


def _claim_ids(scope: _Scope | None) -> Select[Any]:
    if scope is None:
        return select(Claim.id).order_by(Claim.id)
    return scope.matching.order_by(Claim.id)


def _claim_chunks(
    connection: Connection,
    readers: Mapping[str, _TableReader],
    claim_ids: list[int],
    chunk_size: int,
) -> Iterator[TransferChunk]:
    total = len(claim_ids)
    if not claim_ids:
        yield TransferChunk("claims", [], 0, 0, {name: [] for name in CLAIM_CHILDREN[1:]})
        return
    orders: dict[str, tuple[Any, ...]] = {
        "claims": (Claim.id,),
        "attribution_hops": (AttributionHop.claim_id, AttributionHop.position),
        "citations": (Citation.claim_id, Citation.id),
        "reviews": (Review.claim_id, Review.id),
    }
    keys = {
        "claims": Claim.id,
        "attribution_hops": AttributionHop.claim_id,
        "citations": Citation.claim_id,
        "reviews": Review.claim_id,
    }
    for start in range(0, total, chunk_size):
        chunk = claim_ids[start : start + chunk_size]
        # A contiguous run of ids (the whole project) is a range scan; a filtered set is a list.
        contiguous = chunk[-1] - chunk[0] == len(chunk) - 1

        def among(key: Any, chunk: list[int] = chunk, contiguous: bool = contiguous) -> Any:
            return key.between(chunk[0], chunk[-1]) if contiguous else key.in_(chunk)

        rows = {}
        for name, key in keys.items():
            statement = readers[name].select().where(among(key)).order_by(*orders[name])
            rows[name] = readers[name].plain(connection.execute(statement).all())
        evidence = (
            readers["review_evidence"]
            .select()
            .join(Review, Review.id == ReviewEvidence.review_id)
            .where(among(Review.claim_id))
            .order_by(ReviewEvidence.review_id, ReviewEvidence.id)
        )
        rows["review_evidence"] = readers["review_evidence"].plain(
            connection.execute(evidence).all()
        )
        tagged = (
            select(claim_tags.c.claim_id, Tag.name)
            .join(Tag, Tag.id == claim_tags.c.tag_id)
            .where(among(claim_tags.c.claim_id))
            .order_by(claim_tags.c.claim_id, Tag.name)
        )
        tags: dict[int, list[str]] = {}
        for claim_id, name in connection.execute(tagged).all():
            tags.setdefault(claim_id, []).append(name)
        claims = rows.pop("claims")
        yield TransferChunk("claims", claims, start + len(chunk), total, rows, tags)


class _Scope:
    """What a filtered export covers: the matching live claims and every row they refer to."""

    def __init__(self, wanted: ClaimFilter):
        # Never correlated: the same subquery is used inside selects from claims.
        self.matching = apply_filter(select(Claim.id), wanted).correlate(None)
        claims = self.matching
        hops = select(AttributionHop.id).where(AttributionHop.claim_id.in_(claims))
        citations = select(Citation.id).where(Citation.claim_id.in_(claims))
        reviews = select(Review.id).where(Review.claim_id.in_(claims))
        articles = union(
            select(AttributionHop.article_id).where(
                AttributionHop.claim_id.in_(claims), AttributionHop.article_id.is_not(None)
            ),
            select(Citation.article_id).where(Citation.claim_id.in_(claims)),
        )
        sources = union(
            select(Claim.claimant_id).where(Claim.id.in_(claims), Claim.claimant_id.is_not(None)),
            select(AttributionHop.source_id).where(
                AttributionHop.claim_id.in_(claims), AttributionHop.source_id.is_not(None)
            ),
            select(Article.publisher_id).where(
                Article.id.in_(articles), Article.publisher_id.is_not(None)
            ),
        )
        self.ids: dict[str, Any] = {
            "sources": sources,
            "articles": articles,
            "article_captures": select(ArticleCapture.id).where(
                ArticleCapture.article_id.in_(articles)
            ),
            "tags": select(claim_tags.c.tag_id).where(claim_tags.c.claim_id.in_(claims)),
            "claims": claims,
            "attribution_hops": hops,
            "citations": citations,
            "reviews": reviews,
            "review_evidence": select(ReviewEvidence.id).where(
                ReviewEvidence.review_id.in_(reviews)
            ),
            # Both ends must be exported, or the relation would point nowhere.
            "claim_relations": select(ClaimRelation.id).where(
                ClaimRelation.from_claim_id.in_(claims), ClaimRelation.to_claim_id.in_(claims)
            ),
            "published_reviews": select(PublishedReview.id).where(
                PublishedReview.claim_id.in_(claims)
            ),
        }

    def condition(self, table_name: str) -> Any:
        if table_name == "audit_events":
            # The history of exactly the rows exported.
            return or_(
                *(
                    and_(AuditEvent.entity == name, AuditEvent.entity_id.in_(ids))
                    for name, ids in self.ids.items()
                )
            )
        return Base.metadata.tables[table_name].c.id.in_(self.ids[table_name])
