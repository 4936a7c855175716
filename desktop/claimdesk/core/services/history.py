"""Reading the audit trail: the history viewer's pages, its filter choices, its CSV file.

Pages are keyset pages, newest event first (by id, which on both backends grows with every
insert): each page asks for events below the last id it showed, so the thousandth page costs
what the first does. Filters are SQL (indexes on claim_id, at, entity/entity_id).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Select, func, select

from ..jobs import CancelToken, Job
from ..models import AuditEvent
from ..records import AuditRecord, HistoryQuery, Progress
from .base import Service
from .convert import audit_record

PAGE = 200
CSV_COLUMNS = (
    "id",
    "seq",
    "at",
    "actor",
    "action",
    "context",
    "entity",
    "entity_id",
    "claim_id",
    "field",
    "old",
    "new",
    "rationale",
    "hash",
)


@dataclass(frozen=True, slots=True)
class HistoryAnchor:
    """Where event ``offset`` of a query's list (newest first) is: its id."""

    offset: int
    id: int


class HistoryService(Service):
    def page(
        self,
        query: HistoryQuery,
        before_id: int | None = None,
        limit: int = PAGE,
        skip: int = 0,
    ) -> list[AuditRecord]:
        """Up to ``limit`` events matching the query, newest first, below ``before_id``
        (after skipping ``skip`` of them: a table's page a little past an anchor)."""
        statement = _filtered(select(AuditEvent), query)
        if before_id is not None:
            statement = statement.where(AuditEvent.id < before_id)
        statement = statement.order_by(AuditEvent.id.desc()).offset(skip).limit(limit)
        with self._db.read() as session:
            return [audit_record(event) for event in session.scalars(statement)]

    def anchors(
        self, query: HistoryQuery, after: HistoryAnchor | None, spacing: int, count: int
    ) -> list[HistoryAnchor]:
        """Up to ``count`` anchors ``spacing`` events apart, continuing after ``after`` (or
        from the newest event), so that a page deep in the viewer's table starts from a
        nearby id instead of counting from the top (ids only: one index walk each)."""
        found: list[HistoryAnchor] = []
        with self._db.read() as session:
            for _ in range(count):
                statement = _filtered(select(AuditEvent.id), query).order_by(AuditEvent.id.desc())
                if after is not None:
                    statement = statement.where(AuditEvent.id < after.id).offset(spacing - 1)
                event_id = session.scalar(statement.limit(1))
                if event_id is None:
                    break
                after = HistoryAnchor(0 if after is None else after.offset + spacing, event_id)
                found.append(after)
        return found

    def count(self, query: HistoryQuery) -> int:
        statement = _filtered(select(func.count()).select_from(AuditEvent), query)
        with self._db.read() as session:
            return session.scalar(statement) or 0

    def actors(self) -> list[str]:
        """Everyone who appears in the trail, for the viewer's user filter."""
        with self._db.read() as session:
            return list(
                session.scalars(select(AuditEvent.actor).distinct().order_by(AuditEvent.actor))
            )

    def export_csv_job(self, query: HistoryQuery, path: Path, cancel: CancelToken) -> Job[int]:
        """Write the matching events to a CSV file, one line per changed field (an event that
        changed no field, e.g. a deletion, has one line), oldest first; returns the number of
        events. Written to a temporary file beside the target and moved into place at the
        end: a cancelled or failed export leaves no partial file."""
        total = self.count(query)
        path = Path(path)
        partial = path.with_name(f".{path.name}.partial")
        written = 0
        try:
            with partial.open("w", encoding="utf-8", newline="") as stream:
                writer = csv.writer(stream)
                writer.writerow(CSV_COLUMNS)
                for record in self._oldest_first(query):
                    cancel.raise_if_cancelled()
                    writer.writerows(csv_rows(record))
                    written += 1
                    if written % 500 == 0:
                        yield Progress(written, total, "writing history")
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
        return written

    def write_csv(self, query: HistoryQuery, stream: TextIO) -> int:
        """The same CSV as export_csv_job, written to an open text stream (a terminal, a
        pipe); returns the number of events."""
        writer = csv.writer(stream)
        writer.writerow(CSV_COLUMNS)
        written = 0
        for record in self._oldest_first(query):
            writer.writerows(csv_rows(record))
            written += 1
        return written

    def _oldest_first(self, query: HistoryQuery) -> Iterator[AuditRecord]:
        after_id = 0
        while True:
            statement = (
                _filtered(select(AuditEvent), query)
                .where(AuditEvent.id > after_id)
                .order_by(AuditEvent.id)
                .limit(2_000)
            )
            with self._db.read() as session:
                page = [audit_record(event) for event in session.scalars(statement)]
            if not page:
                return
            yield from page
            after_id = page[-1].id


def _filtered(statement: Select[Any], query: HistoryQuery) -> Select[Any]:
    if query.claim_id is not None:
        statement = statement.where(AuditEvent.claim_id == query.claim_id)
    if query.entity is not None:
        statement = statement.where(AuditEvent.entity == query.entity)
        if query.entity_id is not None:
            statement = statement.where(AuditEvent.entity_id == query.entity_id)
    if query.entities:
        statement = statement.where(AuditEvent.entity.in_(sorted(query.entities)))
    if query.actors:
        statement = statement.where(AuditEvent.actor.in_(sorted(query.actors)))
    if query.actions:
        statement = statement.where(AuditEvent.action.in_(sorted(a.value for a in query.actions)))
    if query.context is not None:
        statement = statement.where(AuditEvent.context == query.context)
    if query.since is not None:
        statement = statement.where(AuditEvent.at >= datetime.combine(query.since, time(), UTC))
    if query.until is not None:
        end = datetime.combine(query.until + timedelta(days=1), time(), UTC)
        statement = statement.where(AuditEvent.at < end)
    return statement


def csv_rows(record: AuditRecord) -> list[list[Any]]:
    """The CSV lines of one event (see CSV_COLUMNS)."""
    head = [
        record.id,
        "" if record.seq is None else record.seq,
        record.at.isoformat(timespec="seconds"),
        record.actor,
        record.action.value,
        record.context or "",
        record.entity,
        record.entity_id,
        "" if record.claim_id is None else record.claim_id,
    ]
    tail = [record.rationale or "", record.hash or ""]
    changes = record.changes
    if not changes:
        return [[*head, "", "", json_text(record.after), *tail]]
    return [
        [*head, change.field, json_text(change.old), json_text(change.new), *tail]
        for change in changes
    ]


def json_text(value: object) -> str:
    """A recorded value as a CSV cell: text as itself, nothing as empty, the rest as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
