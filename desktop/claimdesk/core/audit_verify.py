"""Checking the audit chain, and the project's rows against it.

Two questions, one pass over the events:

1. Is the chain whole? Every chained event's hash must be the SHA-256 of its content and of the
   hash before it (core/audit_chain.py), the numbers must run without a gap, and the chain head
   row must name the last event (else events were cut off the end).
2. Do the rows say what the trail says? Replaying every event (create, update, delete) gives
   each row's recorded values; a row whose current value differs was changed behind the
   application's back, a row the trail never created was inserted so, and a row the trail
   says exists but is gone was deleted so.

Compared are the tables an analyst's work lives in, column by column as the trail records them
(bookkeeping columns such as updated_at are not recorded, so not compared). A chain break
names the first broken event: everything after it is unproven.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from .audit import to_json
from .audit_chain import GENESIS, canonical, event_hash
from .jobs import CancelToken
from .models import AuditChainHead, AuditEvent, Base

# The tables whose rows are compared with the trail: what an analyst enters.
COMPARED = (
    "sources",
    "articles",
    "article_captures",
    "tags",
    "claims",
    "attribution_hops",
    "citations",
    "reviews",
    "review_evidence",
    "claim_relations",
    "published_reviews",
    "saved_views",
    "project_settings",
)
# Rows the trail need not have created (the migration that starts the chain writes it).
_CREATED_OUTSIDE = frozenset({("project_settings", 1)})
MAX_LISTED = 50
_GONE = object()
_CHUNK = 5_000


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first event at which the chain does not hold.

    code: "content_changed" (the event's hash is not that of its content), "link_broken" (its
    previous hash is not the hash of the event before: one was removed, inserted or changed),
    "missing_event" (a gap in the numbering), "head_mismatch" (the head names an event that is
    not the last one: events were cut off the end), "no_head" (the head row is gone); checked
    against a report's head (verify_up_to) also "head_differs" and "head_missing".
    """

    code: str
    seq: int | None
    event_id: int | None
    expected: str | None = None
    found: str | None = None
    entity: str | None = None  # the row the broken event is about
    entity_id: int | None = None


@dataclass(frozen=True, slots=True)
class RowDifference:
    """A row that is not what the trail says.

    code: "changed" (field differs: recorded → current), "unrecorded" (the row exists but the
    trail never created it, or deleted it), "missing" (the trail says it exists; it is gone).
    """

    entity: str
    entity_id: int
    code: str
    field: str | None = None
    recorded: Any = None
    current: Any = None


@dataclass(frozen=True, slots=True)
class ChainReport:
    events: int  # all events, chained or not
    chained: int  # events in the hash chain
    head_seq: int | None
    head_hash: str | None
    broken: ChainBreak | None
    differences: tuple[RowDifference, ...]  # the first MAX_LISTED
    difference_count: int
    origins: tuple[dict[str, Any], ...] = field(default=())  # each segment's origin, in order

    @property
    def intact(self) -> bool:
        return self.broken is None and self.difference_count == 0

    def to_json(self) -> dict[str, Any]:
        return {
            "intact": self.intact,
            "events": self.events,
            "chained": self.chained,
            "head": {"seq": self.head_seq, "hash": self.head_hash},
            "origins": list(self.origins),
            "broken": None
            if self.broken is None
            else {
                "code": self.broken.code,
                "seq": self.broken.seq,
                "event_id": self.broken.event_id,
                "expected": self.broken.expected,
                "found": self.broken.found,
            },
            "differences": [
                {
                    "entity": item.entity,
                    "id": item.entity_id,
                    "code": item.code,
                    "field": item.field,
                    "recorded": item.recorded,
                    "current": item.current,
                }
                for item in self.differences
            ],
            "difference_count": self.difference_count,
        }


def chain_head(connection: Connection) -> tuple[int, str] | None:
    row = connection.execute(
        select(AuditChainHead.seq, AuditChainHead.hash).where(AuditChainHead.id == 1)
    ).one_or_none()
    return None if row is None else (row.seq, row.hash)


def verify(
    connection: Connection,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ChainReport:
    """Check the chain and the rows against it (read-only). Memory stays flat however large
    the project: the chain is walked in order, and each table's rows are compared with their
    events by a merge of two streams ordered by row id."""
    table = AuditEvent.__table__
    total = connection.scalar(select(_count()).select_from(table)) or 0
    head = chain_head(connection)
    steps = _Steps(cancel, progress, total * 2)
    broken: ChainBreak | None = None
    chained = 0
    origins: list[dict[str, Any]] = []
    previous = GENESIS
    last_seq = 0
    query = select(table).where(table.c.seq.is_not(None)).order_by(table.c.seq)
    for event in _rows(connection, query):
        steps.step()
        chained += 1
        if broken is None:
            broken = _check_link(event, previous, last_seq)
        previous, last_seq = event.hash, event.seq
        if event.action == "origin":
            origins.append({"seq": event.seq, "at": to_json(event.at), **(event.after or {})})
    if broken is None:
        if head is None:
            broken = ChainBreak("no_head", None, None)
        elif head != (last_seq, previous) and not (chained == 0 and head[0] == 0):
            broken = ChainBreak("head_mismatch", head[0], None, expected=head[1], found=previous)
    differences: list[RowDifference] = []
    count = 0
    for difference in _differences(connection, steps):
        count += 1
        if len(differences) < MAX_LISTED:
            differences.append(difference)
    return ChainReport(
        events=total,
        chained=chained,
        head_seq=head[0] if head else None,
        head_hash=head[1] if head else None,
        broken=broken,
        differences=tuple(differences),
        difference_count=count,
        origins=tuple(origins),
    )


class _Steps:
    """Cancel checks and progress reports every few thousand rows."""

    def __init__(
        self, cancel: CancelToken | None, progress: Callable[[int, int], None] | None, total: int
    ):
        self.cancel, self.progress, self.total, self.done = cancel, progress, total, 0

    def step(self) -> None:
        self.done += 1
        if self.done % 2000 == 0:
            if self.cancel is not None:
                self.cancel.raise_if_cancelled()
            if self.progress is not None and self.done % 10_000 == 0:
                self.progress(min(self.done, self.total), self.total)


def verify_up_to(
    connection: Connection, seq: int, expected_hash: str, cancel: CancelToken | None = None
) -> ChainBreak | None:
    """Whether the chain from its first event to event ``seq`` is whole and ends in
    ``expected_hash`` (what a report recorded as the head when it was made); None if so.

    Every link up to ``seq`` is checked as ``verify`` checks it; then the event at ``seq``
    must carry the recorded hash. A chain rewritten from some event on (every hash computed
    again, so that it holds in itself) fails here, at "head_differs", because its event at
    ``seq`` no longer has the hash the report holds. Events after ``seq`` are not read: the
    report says nothing about them. Codes besides ChainBreak's: "head_differs" (the event at
    ``seq`` has another hash), "head_missing" (the chain has no event ``seq``)."""
    table = AuditEvent.__table__
    if seq == 0:
        # A report made before any chained event: the chain's start is all it can name.
        return None if expected_hash == GENESIS else ChainBreak("head_differs", 0, None)
    previous, last_seq = GENESIS, 0
    query = select(table).where(table.c.seq.is_not(None), table.c.seq <= seq)
    for done, event in enumerate(_rows(connection, query.order_by(table.c.seq)), start=1):
        if cancel is not None and done % 2000 == 0:
            cancel.raise_if_cancelled()
        broken = _check_link(event, previous, last_seq)
        if broken is not None:
            return broken
        previous, last_seq = event.hash, event.seq
    if last_seq != seq:
        return ChainBreak("head_missing", seq, None, expected=expected_hash)
    if previous != expected_hash:
        return ChainBreak("head_differs", seq, None, expected=expected_hash, found=previous)
    return None


def _count() -> Any:
    from sqlalchemy import func

    return func.count()


def _rows(connection: Connection, query: Any) -> Iterator[Any]:
    result = connection.execution_options(yield_per=_CHUNK).execute(query)
    yield from result


def _check_link(event: Any, previous: str, last_seq: int) -> ChainBreak | None:
    if event.seq != last_seq + 1:
        return ChainBreak("missing_event", last_seq + 1, event.id)
    row = {"entity": event.entity, "entity_id": event.entity_id}
    if event.prev_hash != previous:
        return ChainBreak(
            "link_broken", event.seq, event.id, expected=previous, found=event.prev_hash, **row
        )
    content = dict(event._mapping)
    computed = event_hash(content)
    if computed != event.hash:
        return ChainBreak(
            "content_changed", event.seq, event.id, expected=computed, found=event.hash, **row
        )
    return None


def _recorded(events: list[Any]) -> Any:
    """The values the events of one row leave it with (oldest first), or _GONE."""
    state: Any = None
    for event in events:
        if event.action == "origin":
            continue
        if event.action == "create":
            state = dict(event.after or {})
        elif event.action == "delete" and event.after is None:
            state = _GONE
        else:
            if state is None or state is _GONE:
                state = {}
            state.update(event.after or {})
    return state


def _grouped(connection: Connection, name: str, steps: _Steps) -> Iterator[tuple[int, Any]]:
    """(row id, recorded values) for every row of ``name`` the trail mentions, by id."""
    table = AuditEvent.__table__
    query = (
        select(table.c.entity_id, table.c.action, table.c.after)
        .where(table.c.entity == name)
        .order_by(table.c.entity_id, table.c.id)
    )
    current: int | None = None
    events: list[Any] = []
    for event in _rows(connection, query):
        steps.step()
        if event.entity_id != current:
            if current is not None:
                yield current, _recorded(events)
            current, events = event.entity_id, []
        events.append(event)
    if current is not None:
        yield current, _recorded(events)


def _differences(connection: Connection, steps: _Steps) -> Iterator[RowDifference]:
    for name in COMPARED:
        table = Base.metadata.tables[name]
        recorded_rows = _grouped(connection, name, steps)
        pending = next(recorded_rows, None)
        for row in _rows(connection, select(table).order_by(table.c.id)):
            values = row._mapping
            row_id = values["id"]
            while pending is not None and pending[0] < row_id:
                if pending[1] is not None and pending[1] is not _GONE:
                    yield RowDifference(name, pending[0], "missing")
                pending = next(recorded_rows, None)
            recorded = None
            if pending is not None and pending[0] == row_id:
                recorded = pending[1]
                pending = next(recorded_rows, None)
            if recorded is None or recorded is _GONE:
                if (name, row_id) not in _CREATED_OUTSIDE:
                    yield RowDifference(name, row_id, "unrecorded")
                continue
            for column, value in recorded.items():
                if column not in values:
                    continue  # a collection (tags) or a column that no longer exists
                current = to_json(values[column])
                if canonical(current) != canonical(value):
                    yield RowDifference(name, row_id, "changed", column, value, current)
        while pending is not None:
            if pending[1] is not None and pending[1] is not _GONE:
                yield RowDifference(name, pending[0], "missing")
            pending = next(recorded_rows, None)
