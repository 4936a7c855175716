"""Moving a whole project out and in: every row of every table, read in bulk, written at once.

The Claimdesk JSON exchange (core/exchange/project_json_*.py) turns these rows into a document
and back; the SQL lives here and in project_transfer_read. Reading streams Core selects a chunk
at a time inside one read transaction, so the export is a consistent snapshot. Writing puts
rows with their original ids into an empty database in one transaction, parents before
children, a batch at a time as a streaming reader hands them over, and the audit events are
restored as they were instead of being written anew: Core inserts bypass the session's audit
hook, so the history survives unchanged. They come from another project's chain, so they are
kept outside this one's (no seq, no hashes); the import appends an "origin" event naming the
file (its SHA-256) and the revision it was written by, where this project's chain resumes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, exc, func, literal_column, select
from sqlalchemy.orm import Session

from .. import audit
from ..bulk_insert import insert_rows
from ..enums import AuditAction
from ..errors import ExchangeError
from ..filters import ClaimFilter
from ..matching import conflicts, vectors
from ..models import AuditEvent, Base, Claim, utcnow
from ..provenance import Provenance
from ..search import ddl
from .base import Service
from .project_transfer_read import READ_CHUNK, TABLE_ORDER, TransferChunk, read_rows
from .provenance import read_provenance

WRITE_CHUNK = 5_000

__all__ = [
    "TABLE_ORDER",
    "ProjectTransferService",
    "TransferChunk",
    "TransferSnapshot",
    "TransferWriter",
    "not_empty_error",
]


class ProjectTransferService(Service):
    def stored_rows(self) -> dict[str, int]:
        """How many rows each table holds, for the tables that hold any."""
        with self._db.read() as session:
            return _stored_rows(session.connection())

    def read(
        self,
        wanted: ClaimFilter,
        include_originals: bool = False,
        chunk_size: int = READ_CHUNK,
    ) -> Iterator[TransferChunk]:
        """Every row, or with a filter the matching live claims and what they refer to.

        Yields one or more chunks per table in READ_TABLES order (an empty chunk for an empty
        table), each table in id order. Deleted rows are included: nothing entered is lost.
        The captured bytes ("original") are read only when asked for.
        """
        with self.snapshot() as snapshot:
            yield from snapshot.rows(wanted, include_originals, chunk_size)

    @contextmanager
    def snapshot(self) -> Iterator[TransferSnapshot]:
        """One read transaction for an export's rows and its provenance."""
        with self._db.read() as session:
            yield TransferSnapshot(session)

    @contextmanager
    def writer(self) -> Iterator[TransferWriter]:
        """One transaction for writing rows (Python values, every column named, original
        ids) into an empty database, parents before children, a batch at a time: all or
        nothing; an exception inside the block (a cancel, a bad row further down the file)
        rolls everything back.

        Raises ExchangeError when the database already holds data or a row breaks one of
        its rules. The claim triggers of the search index are suspended meanwhile: the
        caller hands each batch of claims to ``index_claims`` once its parts are written."""
        with self._db.write(self._actor) as session:
            session.info[audit.CONTEXT_KEY] = "import"
            connection = session.connection()
            occupied = _stored_rows(connection)
            if occupied:
                raise not_empty_error(self._db.location, occupied)
            try:
                ddl.suspend_claim_triggers(connection)
                writer = TransferWriter(session)
                yield writer
                if self._db.dialect == "postgresql":
                    _advance_sequences(connection)
                ddl.resume_claim_triggers(connection)
            except (exc.IntegrityError, exc.DataError) as error:
                raise _refused(error) from None


class TransferSnapshot:
    """Rows and provenance read in one snapshot (ProjectTransferService.snapshot)."""

    def __init__(self, session: Session):
        self._session = session

    def rows(
        self, wanted: ClaimFilter, include_originals: bool = False, chunk_size: int = READ_CHUNK
    ) -> Iterator[TransferChunk]:
        """See ProjectTransferService.read."""
        return read_rows(
            self._session.connection(),
            wanted,
            include_originals=include_originals,
            size=chunk_size,
        )

    def provenance(self, claim_ids: Sequence[int], made_at: datetime) -> Provenance:
        """What an export of these claims states about where it came from."""
        return read_provenance(self._session, claim_ids, made_at)


class TransferWriter:
    """Inserts checked rows table by table; counts what it wrote."""

    def __init__(self, session: Session):
        self._session = session
        self._connection = session.connection()
        self.counts = {name: 0 for name in TABLE_ORDER}

    def insert(self, name: str, rows: Sequence[Mapping[str, Any]]) -> None:
        if name == "audit_events":
            # New ids after the event that began this project's chain; outside the chain.
            rows = [
                {key: value for key, value in row.items() if key != "id"} | _OUTSIDE_THE_CHAIN
                for row in rows
            ]
        elif name == "reviews":
            # A document written before four eyes has no awaiting_confirmation.
            rows = [
                {**row, "awaiting_confirmation": bool(row.get("awaiting_confirmation"))}
                for row in rows
            ]
        for start in range(0, len(rows), WRITE_CHUNK):
            _insert(self._connection, Base.metadata.tables[name], rows[start : start + WRITE_CHUNK])
        self.counts[name] += len(rows)

    def origin(self, details: Mapping[str, Any]) -> None:
        """Start this project's chain segment after the imported rows, naming where they
        came from (with how many events the imported history holds)."""
        event = {
            "at": utcnow(),
            "actor": self._session.info[audit.ACTOR_KEY],
            "action": AuditAction.ORIGIN.value,
            "entity": "project_settings",
            "entity_id": 1,
            "claim_id": None,
            "before": None,
            "after": {
                "origin": "import",
                **details,
                "events_imported": self.counts["audit_events"],
            },
        }
        audit.append(self._session, [event])

    def index_claims(self, claim_ids: list[int]) -> None:
        """Write the search documents, vectors and conflicts of claims whose parts are all
        written."""
        ddl.refresh_claims(self._connection, claim_ids)
        statements = self._connection.execute(
            select(Claim.id, Claim.statement).where(Claim.id.in_(claim_ids))
        ).all()
        vectors.store(self._connection, [(row.id, row.statement) for row in statements])
        conflicts.refresh(self._connection, claim_ids)


def not_empty_error(location: str, occupied: Mapping[str, int]) -> ExchangeError:
    """Refusal to import into a project that holds rows; ``held`` counts them per table (the
    claims, sources and articles when it has any, else whatever it holds)."""
    named = [name for name in ("claims", "sources", "articles") if name in occupied]
    held = {name: occupied[name] for name in named or occupied}
    return ExchangeError("json_project_not_empty", location=location, held=held)


_OUTSIDE_THE_CHAIN = {"seq": None, "prev_hash": None, "hash": None}


def _stored_rows(connection: Connection) -> dict[str, int]:
    occupied = {}
    for name in TABLE_ORDER:
        table = Base.metadata.tables[name]
        rows = select(literal_column("1").label("one")).select_from(table)
        if name == "audit_events":
            # Where the project's chain begins is not data: a new project holds that event.
            rows = rows.where(AuditEvent.action != AuditAction.ORIGIN.value)
        if connection.execute(rows.limit(1)).first() is not None:
            occupied[name] = (
                connection.scalar(select(func.count()).select_from(rows.subquery())) or 0
            )
    return occupied


def _insert(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    import psycopg

    try:
        insert_rows(connection, table, rows)
    except (psycopg.errors.IntegrityError, psycopg.errors.DataError) as error:
        raise _refused(error) from None


def _advance_sequences(connection: Connection) -> None:
    """Explicit ids leave PostgreSQL's id sequences at 1; the next insert would collide."""
    for name in TABLE_ORDER:
        table = Base.metadata.tables[name]
        if "id" not in table.c:
            continue
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), max(id)) "
            f"FROM {name} HAVING max(id) IS NOT NULL"
        )


def _refused(error: Exception) -> ExchangeError:
    return ExchangeError("json_breaks_rule", detail=_first_line(error))


def _first_line(error: Exception) -> str:
    original = getattr(error, "orig", None)
    message = str(original if original is not None else error)
    return message.strip().splitlines()[0] if message.strip() else type(error).__name__
