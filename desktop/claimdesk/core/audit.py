"""Every create, update and delete leaves an audit event in the same transaction.

The trail is written by a session hook rather than by each service, so that a service author
cannot forget it: whatever the ORM flushes is recorded, with the actor the session was opened for.
Each event is appended to the project's hash chain (core/audit_chain.py): the writer locks the
chain head row, numbers its events after it, links each to the hash of the one before and moves
the head, all in the transaction of the change. On PostgreSQL the row lock makes concurrent
writers append one after the other (held from their first audited flush to their commit).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import bindparam, event, inspect, select, update
from sqlalchemy.orm import Session, UOWTransaction

from . import live
from .audit_chain import event_hash
from .bulk_insert import insert_rows
from .enums import AuditAction
from .models import AuditChainHead, AuditEvent, Base, Review, Tag, utcnow

ACTOR_KEY = "claimdesk.actor"
# Set for a transaction that is not an ordinary edit ("undo", "redo", "import"): every event
# it writes carries it.
CONTEXT_KEY = "claimdesk.context"
UNDO = "undo"
REDO = "redo"

# The context of the writes this thread (or task) makes now; Database.write puts it into the
# session it opens, so a service needs no parameter for it.
_current_context: ContextVar[str | None] = ContextVar("claimdesk-audit-context", default=None)


@contextmanager
def in_context(context: str) -> Iterator[None]:
    """Every transaction written in the block, in this thread, is marked with ``context``
    ("undo", "redo") in the audit trail."""
    token = _current_context.set(context)
    try:
        yield
    finally:
        _current_context.reset(token)


def current_context() -> str | None:
    return _current_context.get()


# Bookkeeping columns change on every write and would drown the real changes (the event
# itself records who and when).
_NOT_AUDITED = frozenset({"updated_at", "updated_by", "version"})


# Ids of the events this session's flushes wrote and the chain does not link yet.
_UNLINKED_KEY = "claimdesk.unlinked_events"


def install(session_class: type[Session]) -> None:
    """Attach the audit hooks to a session class (idempotent)."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
    if not event.contains(session_class, "before_commit", _link_at_commit):
        event.listen(session_class, "before_commit", _link_at_commit)


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    rows: list[dict[str, Any]] = []
    actor = session.info.get(ACTOR_KEY)
    for obj in session.new:
        if _audited(obj):
            rows.append(_event(actor, AuditAction.CREATE, obj, None, _snapshot(obj)))
    for obj in session.dirty:
        if _audited(obj) and session.is_modified(obj, include_collections=True):
            before, after = _changes(obj)
            if before or after:
                action = AuditAction.UPDATE
                if before.get("deleted_at") is None and after.get("deleted_at") is not None:
                    action = AuditAction.DELETE
                rows.append(_event(actor, action, obj, before, after))
    # Not session.deleted: that misses the children a cascade deleted as orphans (a claim's
    # removed hops); the unit of work knows every row this flush deleted.
    for state, (is_delete, list_only) in _context.states.items():
        obj = state.obj()
        if is_delete and not list_only and obj is not None and _audited(obj):
            rows.append(_event(actor, AuditAction.DELETE, obj, _snapshot(obj), None))
    if not rows:
        return
    if not actor:
        raise RuntimeError("a change was flushed by a session opened without an actor")
    _write_unlinked(session, rows)


def _write_unlinked(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert a flush's events now, outside the chain; _link_at_commit links them.

    The chain head is locked only for the link, at the commit, rather than from the first
    flush on: a service that computes after its flush (a claim's vector, its conflicts) then
    does not hold up every other writer meanwhile."""
    _resolve_reviews(session, rows)
    context = session.info.get(CONTEXT_KEY)
    for row in rows:
        row.setdefault("context", context)
        row.update(seq=None, prev_hash=None, hash=None)
    table = AuditEvent.__table__
    ids = session.connection().execute(table.insert().returning(table.c.id), rows).scalars()
    session.info.setdefault(_UNLINKED_KEY, set()).update(ids)
    live.note(session, rows)


def _link_at_commit(session: Session) -> None:
    """Link the events the session's flushes wrote into the chain, in the order they were
    written, just before the transaction (or a savepoint) commits. Read back from the
    database: an event a rolled-back savepoint took away is not linked, and its id, reused
    since by SQLite, names the event that holds it now."""
    session.flush()
    _link_written(session)


def _link_written(session: Session) -> None:
    """Link the events already written by the session's flushes (flushing nothing more)."""
    unlinked = session.info.pop(_UNLINKED_KEY, None)
    if not unlinked:
        return
    table = AuditEvent.__table__
    connection = session.connection()
    rows = [
        dict(row._mapping)
        for row in connection.execute(
            select(table)
            .where(table.c.id.in_(sorted(unlinked)), table.c.seq.is_(None))
            .order_by(table.c.id)
        )
    ]
    if not rows:
        return
    seq, previous = _lock_head(connection)
    links = []
    for row in rows:
        seq += 1
        row["seq"], row["prev_hash"] = seq, previous
        row["hash"] = previous = event_hash(row)
        links.append({"row_id": row["id"], "s": seq, "p": row["prev_hash"], "h": row["hash"]})
    connection.execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(seq=bindparam("s"), prev_hash=bindparam("p"), hash=bindparam("h")),
        links,
    )
    _move_head(connection, seq, previous)


def _lock_head(connection: Any) -> tuple[int, str]:
    """The chain head, locked until the transaction ends (PostgreSQL: SELECT … FOR UPDATE,
    which makes concurrent writers link one after the other)."""
    head = connection.execute(
        select(AuditChainHead.seq, AuditChainHead.hash)
        .where(AuditChainHead.id == 1)
        .with_for_update()
    ).one_or_none()
    if head is None:
        raise RuntimeError("the project has no audit chain head (audit_chain_head is empty)")
    return head.seq, head.hash


def _move_head(connection: Any, seq: int, last_hash: str) -> None:
    connection.execute(
        update(AuditChainHead).where(AuditChainHead.id == 1).values(seq=seq, hash=last_hash)
    )


def append(session: Session, events: list[dict[str, Any]]) -> None:
    """Link events (dicts of AuditEvent columns without the chain's) into the chain after
    its head and insert them, in the session's transaction: the bulk paths (an import's
    hundred thousand events are one COPY, not an UPDATE each), which hold the head from
    then on."""
    if not events:
        return
    connection = session.connection()
    # Whatever the session's flushes wrote before is linked first: the chain keeps the order
    # in which the events were written. (No flush here: a service may be half-way through
    # an edit under no_autoflush when it records a Core insert.)
    _link_written(session)
    seq, previous = _lock_head(connection)
    _resolve_reviews(session, events)
    context = session.info.get(CONTEXT_KEY)
    for row in events:
        seq += 1
        row["seq"] = seq
        row["prev_hash"] = previous
        row.setdefault("context", context)
        row["hash"] = previous = event_hash(row)
    insert_rows(connection, AuditEvent.__table__, events)
    live.note(session, events)
    _move_head(connection, seq, previous)


def _resolve_reviews(session: Session, events: list[dict[str, Any]]) -> None:
    """Evidence belongs to its review's claim: the review in the session (even one this flush
    deleted), else one query for the rest."""
    pending = [row for row in events if isinstance(row.get("claim_id"), _ReviewOf)]
    if not pending:
        return
    claims: dict[int, int] = {}
    for review_id in {int(row["claim_id"]) for row in pending}:
        review = session.identity_map.get(Session.identity_key(Review, review_id))
        if review is not None and "claim_id" in inspect(review).dict:
            claims[review_id] = inspect(review).dict["claim_id"]
    missing = {int(row["claim_id"]) for row in pending} - claims.keys()
    if missing:
        query = select(Review.id, Review.claim_id).where(Review.id.in_(missing))
        claims.update(dict(session.connection().execute(query).tuples().all()))
    for row in pending:
        row["claim_id"] = claims.get(int(row["claim_id"]))


def record_created(session: Session, entity: str, rows: list[tuple[int, dict[str, Any]]]) -> None:
    """Audit rows a service inserted with a Core statement, which the flush hook cannot see
    (an INSERT … ON CONFLICT DO NOTHING, a bulk import): one CREATE event per (id, columns)
    given, as the hook would have written it (bookkeeping columns left out)."""
    record_events(
        session,
        AuditAction.CREATE,
        entity,
        [(row_id, None, {"id": row_id, **_audited_columns(columns)}) for row_id, columns in rows],
    )


def record_events(
    session: Session,
    action: AuditAction,
    entity: str,
    rows: list[tuple[int, dict[str, Any] | None, dict[str, Any] | None]],
) -> None:
    """Audit events for changes made with Core statements: one per (id, before, after), in
    one executemany."""
    if not rows:
        return
    actor = session.info.get(ACTOR_KEY)
    if not actor:
        raise RuntimeError("a change was made by a session opened without an actor")
    now = utcnow()
    events = [
        {
            "at": now,
            "actor": actor,
            "action": action.value,
            "entity": entity,
            "entity_id": row_id,
            "before": before,
            "after": after,
            "claim_id": _claim_of(entity, row_id, after or before or {}),
        }
        for row_id, before, after in rows
    ]
    append(session, events)


def _audited_columns(columns: dict[str, Any]) -> dict[str, Any]:
    return {key: to_json(value) for key, value in columns.items() if key not in _NOT_AUDITED}


def _audited(obj: object) -> bool:
    return isinstance(obj, Base) and not isinstance(obj, AuditEvent | AuditChainHead)


def _event(
    actor: str | None,
    action: AuditAction,
    obj: Base,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> dict[str, Any]:
    entity = obj.__tablename__
    entity_id = inspect(obj).mapper.primary_key_from_instance(obj)[0]
    return {
        "at": utcnow(),
        "actor": actor,
        "action": action.value,
        "entity": entity,
        "entity_id": entity_id,
        "before": before,
        "after": after,
        "claim_id": _claim_of(entity, entity_id, inspect(obj).dict),
    }


def _claim_of(entity: str, entity_id: int, values: dict[str, Any]) -> Any:
    """The claim a row belongs to, from its values (a review's evidence: its review, which
    append() turns into the review's claim)."""
    if entity == "claims":
        return entity_id
    if entity == "claim_relations":
        return values.get("from_claim_id")
    if entity == "review_evidence":
        review_id = values.get("review_id")
        return None if review_id is None else _ReviewOf(review_id)
    return values.get("claim_id")


class _ReviewOf(int):
    """A review id standing in for the claim of the review (resolved in one query)."""


def _snapshot(obj: Base) -> dict[str, Any]:
    """Every loaded value of the row (deferred blobs that were never loaded are not fetched)."""
    state = inspect(obj)
    loaded = state.dict
    snapshot: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in loaded and attr.key not in _NOT_AUDITED:
            snapshot[attr.key] = to_json(loaded[attr.key])
    for rel in state.mapper.relationships:
        if rel.key in loaded and rel.secondary is not None:
            snapshot[rel.key] = _collection(loaded[rel.key])
    return snapshot


def _changes(obj: Base) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _NOT_AUDITED:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes() and history.added:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0]
            if old != new:
                before[attr.key] = to_json(old)
                after[attr.key] = to_json(new)
    for rel in state.mapper.relationships:
        if rel.secondary is None:
            continue
        history = state.attrs[rel.key].history
        if history.added or history.deleted:
            current = list(history.unchanged) + list(history.added)
            before[rel.key] = _collection(list(history.unchanged) + list(history.deleted))
            after[rel.key] = _collection(current)
    return before, after


def _collection(items: Any) -> list[Any]:
    return sorted(item.name if isinstance(item, Tag) else str(item) for item in items)


_PLAIN = frozenset({str, int, float, bool})


def to_json(value: Any) -> Any:
    """A JSON-safe rendering of a column value for the audit trail."""
    if value is None or type(value) in _PLAIN or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes, sha256 {hashlib.sha256(value).hexdigest()}>"
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    return str(value)
