"""The lines of the claims table: one statement of plain columns per page, no ORM objects.

A page is read while the user scrolls, and every millisecond of Python here competes with
the UI thread for the interpreter. On SQLite (in process) the statement runs on the driver's
connection: SQLAlchemy's handling of it (parameters, result processing) cost as much as
SQLite took to run it.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Integer, Select, any_, bindparam, func, literal, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..enums import Credibility, Reliability, Status
from ..models import Citation, Claim, Source, Tag, claim_tags
from ..records import ClaimRow
from .convert import partial, quantity_of

# Tag names cannot hold it: tags are whitespace-normalised on entry, and it is whitespace.
TAG_SEPARATOR = "\x1f"

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
    select(func.aggregate_strings(Tag.name, literal(TAG_SEPARATOR, literal_execute=True)))
    .select_from(claim_tags)
    .join(Tag, Tag.id == claim_tags.c.tag_id)
    .where(claim_tags.c.claim_id == Claim.id)
    .scalar_subquery(),
    select(func.count()).where(Citation.claim_id == Claim.id).scalar_subquery(),
    Claim.updated_at,
    Claim.version,
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
    )
