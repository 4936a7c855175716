"""The lines of the claims table: one statement of plain columns per page, no ORM objects.

The lines of a CSV export are another projection of the same columns (read_lines): values as
the file holds them, streamed in report order.

A page is read while the user scrolls, and every millisecond of Python here competes with
the UI thread for the interpreter. On SQLite (in process) the statement runs on the driver's
connection: SQLAlchemy's handling of it (parameters, result processing) cost as much as
SQLite took to run it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import (
    Integer,
    Select,
    String,
    any_,
    bindparam,
    case,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from ..enums import Credibility, DatePrecision, Reliability, Status
from ..filters import ClaimFilter, apply_filter, open_conflict_of
from ..models import Article, Citation, Claim, Review, Source, Tag, claim_tags
from ..records import CLAIM_TEXT_FIELDS, ClaimLine, ClaimRow
from .claim_reader import among
from .convert import partial, quantity_of

# Tag names cannot hold it: tags are whitespace-normalised on entry, and it is whitespace.
TAG_SEPARATOR = "\x1f"

# The claim's tags joined by TAG_SEPARATOR, and how many citations it has: per claim,
# through the indexes, for a page of the table and a line of an export alike.
TAGS = (
    select(func.aggregate_strings(Tag.name, literal(TAG_SEPARATOR, literal_execute=True)))
    .select_from(claim_tags)
    .join(Tag, Tag.id == claim_tags.c.tag_id)
    .where(claim_tags.c.claim_id == Claim.id)
    .scalar_subquery()
)
CITATION_COUNT = select(func.count()).where(Citation.claim_id == Claim.id).scalar_subquery()
# The claim has a conflicting figure not yet resolved: two EXISTS on the indexes of
# claim_conflicts, evaluated only for the rows of the page.
CONFLICTED = open_conflict_of(Claim.id)

COLUMNS = select(
    Claim.id,
    Claim.statement,
    Source.name,
    Source.reliability,
    Claim.claimed_on,
    Claim.claimed_on_precision,
    Claim.as_of,
    Claim.as_of_precision,
    Claim.quantity_value,
    Claim.quantity_upper,
    Claim.quantity_unit,
    Claim.quantity_qualifier,
    Claim.credibility,
    Claim.status,
    TAGS,
    CITATION_COUNT,
    Claim.updated_at,
    Claim.version,
    CONFLICTED,
).outerjoin(Source, Source.id == Claim.claimant_id)
# Built once: constructing and cache-keying this statement cost more than running it.
ROWS = COLUMNS.where(Claim.id.in_(bindparam("ids", expanding=True)), Claim.deleted_at.is_(None))
# On PostgreSQL the ids travel as one array: the text is the same for every page, so psycopg
# parses it once and the server prepares it. A hundred expanded parameters made a text too
# long for psycopg's cache, parsed again for each page (0.5 ms of 3).
SERVER_ROWS = COLUMNS.where(
    Claim.id == any_(bindparam("ids", type_=postgresql.ARRAY(Integer))),
    Claim.deleted_at.is_(None),
)


def read_rows(session: Session, ids: list[int]) -> list[ClaimRow]:
    """The rows for these ids, in the same order; deleted claims are left out."""
    if not ids:
        return []
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        driver = cast(sqlite3.Connection, connection.connection.driver_connection)
        read = driver.execute(_sqlite_rows(len(ids)), ids).fetchall()
        found = {row[0]: _sqlite_row(*row) for row in read}
    else:
        read = connection.execute(SERVER_ROWS, {"ids": ids}).all()
        found = {row[0]: _row(*row) for row in read}
    return [found[claim_id] for claim_id in ids if claim_id in found]


def read_page(session: Session, page_ids: Select, order: tuple[Any, ...]) -> list[ClaimRow]:  # type: ignore[type-arg]
    """The rows of one page in one statement, the page's ids chosen inside it: on a server,
    a round trip and a planning less than ids first and rows after."""
    statement = COLUMNS.where(Claim.id.in_(page_ids.correlate(None))).order_by(*order)
    return [_row(*row) for row in session.connection().execute(statement).all()]


@lru_cache(maxsize=8)
def _sqlite_rows(count: int) -> str:
    """ROWS as SQLite text for ``count`` ids (pages are always the same few sizes)."""
    compiled = ROWS.params(ids=[0] * count).compile(
        dialect=sqlite.dialect(), compile_kwargs={"render_postcompile": True}
    )
    return str(compiled)


@lru_cache(maxsize=4096)
def _sqlite_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _sqlite_row(*row: Any) -> ClaimRow:
    """A row as SQLite's driver returns it: dates as the ISO text SQLAlchemy stored, the
    update time as naive UTC."""
    values = list(row)
    values[4] = _sqlite_date(values[4])
    values[6] = _sqlite_date(values[6])
    values[16] = datetime.fromisoformat(values[16]).replace(tzinfo=UTC)
    return _row(*values)


_STATUSES = {status.value: status for status in Status}
_CREDIBILITIES = {credibility.value: credibility for credibility in Credibility}
_RELIABILITIES = {reliability.value: reliability for reliability in Reliability}


def _row(
    claim_id: int,
    statement: str,
    claimant: str | None,
    reliability: str | None,
    claimed_on: date | None,
    claimed_on_precision: str | None,
    as_of: date | None,
    as_of_precision: str | None,
    value: float | None,
    upper: float | None,
    unit: str | None,
    qualifier: str | None,
    credibility: str,
    status: str,
    tags: str | None,
    citations: int,
    updated_at: datetime,
    version: int,
    conflicted: Any = False,
) -> ClaimRow:
    return ClaimRow(
        id=claim_id,
        statement=statement,
        claimant=claimant,
        reliability=_RELIABILITIES[reliability] if reliability else None,
        claimed_on=partial(claimed_on, claimed_on_precision),
        as_of=partial(as_of, as_of_precision),
        quantity=quantity_of(value, upper, unit, qualifier),
        credibility=_CREDIBILITIES[credibility],
        status=_STATUSES[status],
        tags=tuple(sorted(tags.split(TAG_SEPARATOR), key=str.lower)) if tags else (),
        citations=citations,
        updated_at=updated_at,
        version=version,
        conflicted=bool(conflicted),
    )


def read_lines(session: Session, wanted: ClaimFilter, size: int) -> Iterator[list[ClaimLine]]:
    """The claims a filter matches as flat-file lines, in report order (claim date, unknown
    last, then id), ``size`` at a time from one streamed statement. Dates and timestamps come
    as text, which is what the file holds: converting 300,000 values to Python objects and
    back cost a second per 100,000 claims."""
    connection = session.connection()
    rows = connection.execute(
        _lines_statement(wanted, connection.dialect.name), execution_options={"yield_per": size}
    )
    for chunk in rows.tuples().partitions(size):
        cited = [row[0] for row in chunk if row[16]]
        titles, urls = _cited_articles(session, cited) if cited else ({}, {})
        yield [_line(row, titles, urls) for row in chunk]


def _lines_statement(wanted: ClaimFilter, dialect: str) -> Select[Any]:
    latest = aliased(Review)
    # The review that set the status: a verdict still awaiting confirmation (four eyes)
    # has set nothing yet.
    newest = (
        select(func.max(Review.id))
        .where(Review.claim_id == Claim.id, Review.awaiting_confirmation.is_(False))
        .scalar_subquery()
    )
    return apply_filter(
        select(
            Claim.id,
            Claim.statement,
            Claim.quote,
            Claim.quote_language,
            Source.name,
            Source.kind,
            Source.reliability,
            _date_text(Claim.claimed_on, Claim.claimed_on_precision, dialect),
            _date_text(Claim.as_of, Claim.as_of_precision, dialect),
            Claim.quantity_value,
            Claim.quantity_upper,
            Claim.quantity_unit,
            Claim.quantity_qualifier,
            Claim.credibility,
            Claim.status,
            TAGS,
            CITATION_COUNT,
            latest.rationale,
            latest.reviewer,
            func.coalesce(_timestamp_text(latest.created_at, dialect), ""),
            _timestamp_text(Claim.created_at, dialect),
            Claim.created_by,
            _timestamp_text(Claim.updated_at, dialect),
            Claim.updated_by,
            *(getattr(Claim, name) for name in CLAIM_TEXT_FIELDS),
        )
        .outerjoin(Source, Source.id == Claim.claimant_id)
        .outerjoin(latest, latest.id == newest),
        wanted,
    ).order_by(Claim.claimed_on.is_(None), Claim.claimed_on, Claim.id)


def _date_text(column: Any, precision: Any, dialect: str) -> Any:
    """A stored first day as ISO at its precision (2025, 2025-06, 2025-06-10); "" if unknown."""
    if dialect == "postgresql":
        text = func.to_char(column, "YYYY-MM-DD")
    else:
        text = type_coerce(column, String)  # SQLite holds dates as ISO text already
    return func.coalesce(
        case(
            (precision == DatePrecision.YEAR.value, func.substr(text, 1, 4)),
            (precision == DatePrecision.MONTH.value, func.substr(text, 1, 7)),
            else_=text,
        ),
        "",
    )


def _timestamp_text(column: Any, dialect: str) -> Any:
    """ISO 8601 in UTC to the second: 2025-06-10T08:15:00Z."""
    if dialect == "postgresql":
        return func.to_char(func.timezone("UTC", column), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    return func.strftime("%Y-%m-%dT%H:%M:%SZ", column)  # held as naive UTC text


def _line(
    row: Any, titles: dict[int, tuple[str, ...]], urls: dict[int, tuple[str, ...]]
) -> ClaimLine:
    claim_id, tags, fixed = row[0], row[15], len(row) - _TEXTS
    return _make_line(
        (
            *row[:15],
            tuple(sorted(tags.split(TAG_SEPARATOR), key=str.lower)) if tags else (),
            row[fixed:],  # the text fields, last in the select
            row[16],  # how many citations
            titles.get(claim_id, ()),
            urls.get(claim_id, ()),
            *row[17:fixed],  # latest review, created and updated
        )
    )


_make_line = ClaimLine._make
_TEXTS = len(CLAIM_TEXT_FIELDS)


def _cited_articles(
    session: Session, claim_ids: list[int]
) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[str, ...]]]:
    """Per claim, the titles and addresses of the articles it cites (each article once, in the
    order first cited)."""
    seen: dict[int, set[int]] = {}
    titles: dict[int, list[str]] = {}
    urls: dict[int, list[str]] = {}
    for claim_id, article_id, title, url in session.connection().execute(
        select(Citation.claim_id, Article.id, Article.title, Article.url)
        .join(Article, Article.id == Citation.article_id)
        .where(among(session, Citation.claim_id, claim_ids))
        .order_by(Citation.claim_id, Citation.id)
    ):
        cited = seen.setdefault(claim_id, set())
        if article_id in cited:
            continue
        cited.add(article_id)
        titles.setdefault(claim_id, []).append(title)
        if url:
            urls.setdefault(claim_id, []).append(url)
    return (
        {claim_id: tuple(named) for claim_id, named in titles.items()},
        {claim_id: tuple(found) for claim_id, found in urls.items()},
    )
