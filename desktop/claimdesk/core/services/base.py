"""What every service shares: its database, its actor, and the rules for editable rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..control_chars import clean_text
from ..db import Database
from ..errors import ConflictError, NotFoundError
from ..models import Article, Claim, Editable, Source, utcnow
from .validation import Problems

Row = TypeVar("Row", Source, Article, Claim)

ENTITY_NAMES: dict[type, str] = {Source: "source", Article: "article", Claim: "claim"}


class Service:
    """Base of the services: the only code that opens sessions and commits."""

    def __init__(self, db: Database, actor: str):
        self._db = db
        # The actor is written into rows and the audit trail like any other text.
        self._actor = clean_text(actor)


def find_live(session: Session, model: type[Row], row_id: int | None) -> Row | None:
    """The row if it exists and has not been deleted."""
    if row_id is None:
        return None
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        return None
    return row


def require_live(session: Session, model: type[Row], row_id: int) -> Row:
    row = find_live(session, model, row_id)
    if row is None:
        raise NotFoundError(ENTITY_NAMES[model], row_id)
    return row


def check_reference(
    problems: Problems, session: Session, model: type[Row], field: str, row_id: int | None
) -> Row | None:
    """A foreign key the caller chose: it must name a live row."""
    if row_id is None:
        return None
    row = find_live(session, model, row_id)
    if row is None:
        problems.add(field, "unknown_reference", entity=ENTITY_NAMES[model], id=row_id)
    return row


def check_version(row: Editable, row_id: int, expected: int, entity: str) -> None:
    if row.version != expected:
        raise ConflictError(entity, row_id, expected, row.version)


@contextmanager
def stale_write_is_conflict(
    db: Database, session: Session, model: type[Row], row_id: int, expected: int
) -> Iterator[None]:
    """Turn a lost race (UPDATE … WHERE version = read version matched nothing) into a conflict.

    The version check before the write catches most conflicts; this catches the writer that
    committed between that check and our UPDATE (PostgreSQL, concurrent sessions).
    """
    try:
        yield
        session.flush()
    except StaleDataError:
        # The failed flush leaves this session unusable until rollback; ask on the side.
        with db.engine.connect() as connection:
            current = connection.execute(
                select(model.version).where(model.id == row_id)
            ).scalar_one_or_none()
        raise ConflictError(ENTITY_NAMES[model], row_id, expected, current) from None


def set_deleted(session: Session, model: type[Row], ids: Iterable[int], deleted: bool) -> set[int]:
    """Hide (or bring back) rows; returns the ids that actually changed state."""
    changed: set[int] = set()
    stamp = utcnow()
    for row_id in ids:
        row = session.get(model, row_id)
        if row is None:
            raise NotFoundError(ENTITY_NAMES[model], row_id)
        if (row.deleted_at is not None) != deleted:
            row.deleted_at = stamp if deleted else None
            changed.add(row_id)
    return changed
