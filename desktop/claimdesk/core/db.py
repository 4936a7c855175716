"""Opening a Claimdesk database: resolve the location, check it, migrate it, hand out sessions.

SQLite is the embedded default (a file in the user's data directory); PostgreSQL is the team
server. Migrations run before anything else touches the database, and a database written by a
newer Claimdesk is refused before a single byte of it changes. So is a file whose schema holds
anything our migrations did not create (core/schema_check.py): a project file may come from
anyone, and SQLite runs the triggers and views stored in it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, exc, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from . import audit, backup, live, project_file, revisions, schema_check
from .errors import (
    Cancelled,
    DatabaseOpenError,
    NotAClaimdeskDatabaseError,
    SchemaTooNewError,
    StorageError,
)
from .jobs import CancelToken
from .open_guard import DEFAULT_OPEN_SECONDS, OpenBudget, bounded

DEFAULT_FILENAME = "claimdesk.sqlite3"
_WRITE_OPTION = "claimdesk_write"
PAGE_CACHE_KIB = 32 * 1024  # per connection


def default_database_path() -> Path:
    """Where the embedded database lives when the user names none."""
    return platformdirs.user_data_path("Claimdesk", appauthor=False) / DEFAULT_FILENAME


def resolve_url(target: str | os.PathLike[str] | None) -> URL:
    """Turn a file path or a SQLAlchemy URL into the URL Claimdesk connects to.

    Raises DatabaseOpenError naming the problem for anything it cannot use.
    """
    if target is None or str(target).strip() == "":
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite", database=str(path))
    raw = str(target).strip()
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser().absolute()))
    try:
        url = make_url(raw)
    except (exc.ArgumentError, ValueError) as error:
        raise DatabaseOpenError("bad_url", url=raw, detail=str(error)) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database:
            raise DatabaseOpenError("url_no_file", url=raw)
        return url
    if backend in ("postgresql", "postgres"):
        if not url.database:
            raise DatabaseOpenError("url_no_database", url=safe_url(url))
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise DatabaseOpenError("postgresql_missing") from None
        return url.set(drivername="postgresql+psycopg")
    raise DatabaseOpenError("unsupported_backend", backend=backend)


def safe_url(url: URL) -> str:
    """The URL as it may be shown: never with a password."""
    return url.render_as_string(hide_password=True)


@dataclass(frozen=True, slots=True)
class ServerRights:
    user: str | None
    can_write: bool
    can_confirm: bool
    can_change_settings: bool


@dataclass(frozen=True, slots=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


@dataclass(frozen=True, slots=True)
class SchemaState:
    revision: str | None
    has_tables: bool


class Database:
    """An open, migrated Claimdesk database. Hands out transactions; holds no ORM state."""

    def __init__(self, url: URL, engine: Engine, upgrade: UpgradeReport | None = None):
        self.url = url
        self.engine = engine
        self.upgrade = upgrade  # set when opening this database migrated it
        # Names this open database in the change notices it sends (core/live.py), so that a
        # listener can tell its own writes from everyone else's.
        self.origin = secrets.token_hex(8)
        reads = engine
        if engine.dialect.name == "postgresql":
            # One snapshot for the whole read, as SQLite's WAL gives. Under PostgreSQL's
            # default READ COMMITTED each statement saw its own, so a project export could
            # list a claim's tags without the tag, created after the tags were read.
            reads = engine.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        self._reads = sessionmaker(bind=reads, expire_on_commit=False)
        self._writes = sessionmaker(
            bind=engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )
        # Per database and per thread (context): the session of the batch() in progress.
        self._batch: ContextVar[Session | None] = ContextVar(
            f"claimdesk-batch-{id(self)}", default=None
        )
        audit.install(Session)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def location(self) -> str:
        """A file path for SQLite, the URL without password for a server."""
        if self.is_sqlite and self.url.database:
            return self.url.database
        return safe_url(self.url)

    @contextmanager
    def write(self, actor: str) -> Iterator[Session]:
        """One transaction that may change data, committed when the block ends without error.

        Inside batch() the work joins the batch's transaction under a savepoint instead, so a
        failed step is undone alone and the caller decides whether the whole batch commits.
        Its audit events carry the context of audit.in_context() around the call, if any; on
        PostgreSQL the commit notifies every listener of what changed (core/live.py).
        """
        context = audit.current_context()
        active = self._batch.get()
        if active is not None:
            outer = active.info.get(audit.CONTEXT_KEY)
            if context is not None:
                active.info[audit.CONTEXT_KEY] = context
            try:
                with _storage_errors(self), active.begin_nested():
                    yield active
            finally:
                active.info[audit.CONTEXT_KEY] = outer
            return
        with _storage_errors(self), self._writes() as session:
            session.info[audit.ACTOR_KEY] = actor
            session.info[audit.CONTEXT_KEY] = context
            with session.begin():
                yield session
                if not self.is_sqlite:
                    # Sent by the server when this transaction commits, never on a rollback.
                    live.announce(session, self.origin, actor, context)

    @contextmanager
    def read(self, cancel: CancelToken | None = None) -> Iterator[Session]:
        """One read-only transaction (a consistent snapshot on PostgreSQL and SQLite/WAL).

        With a cancel token, cancelling stops the statement running at that moment (SQLite
        interrupts it, PostgreSQL is sent a cancel request) and the read raises Cancelled.
        """
        active = self._batch.get()
        if active is not None:
            yield active  # a batch reads its own uncommitted writes
            return
        with _storage_errors(self), self._reads() as session, session.begin():
            if cancel is None:
                yield session
            else:
                with _interruptible(session, cancel):
                    yield session
            session.rollback()

    @contextmanager
    def batch(self, actor: str) -> Iterator[None]:
        """Make every service call in the block one transaction: all of it is kept, or none."""
        if self._batch.get() is not None:
            yield
            return
        with self.write(actor) as session:
            token = self._batch.set(session)
            try:
                yield
            finally:
                self._batch.reset(token)

    @cached_property
    def _rights(self) -> ServerRights:
        """Who this connection is on the server and what it may do, asked once (one round
        trip); a project file's user may do everything."""
        if self.is_sqlite:
            return ServerRights(None, True, True, True)
        with self.engine.connect() as connection:
            user, write, confirm, settings = connection.exec_driver_sql(
                "SELECT current_user, "
                "has_table_privilege(current_user, 'claims', 'INSERT'), "
                "NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'claimdesk_reviewer') "
                "OR pg_has_role(current_user, 'claimdesk_reviewer', 'MEMBER'), "
                "has_table_privilege(current_user, 'project_settings', 'UPDATE')"
            ).one()
        return ServerRights(str(user), bool(write), bool(confirm), bool(settings))

    @property
    def server_user(self) -> str | None:
        """The PostgreSQL role this connection works as (who the team sees); None on SQLite."""
        return self._rights.user

    @property
    def can_write(self) -> bool:
        """False for a server role that may only read (claimdesk_reader): the window then
        offers no edits and starts no background writes."""
        return self._rights.can_write

    @property
    def can_confirm(self) -> bool:
        """Whether this user may confirm a colleague's verdict (four eyes): on a server with
        the team roles, a member of claimdesk_reviewer; anyone elsewhere."""
        return self._rights.can_confirm

    @property
    def can_change_settings(self) -> bool:
        """Whether this user may change the project's shared rules (four eyes): on a server
        only the tables' owner (or whoever was granted it), never a team role."""
        return self._rights.can_change_settings

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            return revisions.stored_revision(connection)

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _interruptible(session: Session, cancel: CancelToken) -> Iterator[None]:
    raw = session.connection().connection.driver_connection
    if isinstance(raw, sqlite3.Connection):
        # Checked every few thousand VM steps: a cancelled query stops within a millisecond.
        raw.set_progress_handler(lambda: 1 if cancel.cancelled else 0, 5000)
        forget = lambda: raw.set_progress_handler(None, 0)  # noqa: E731
    else:
        # The request is a network round trip: sent from a helper thread, never the UI's.
        forget = cancel.on_cancel(
            lambda: threading.Thread(target=_cancel_server_query, args=(raw,), daemon=True).start()
        )
    try:
        cancel.raise_if_cancelled()
        yield
    except (exc.DBAPIError, sqlite3.Error) as error:  # the latter: reads on the driver's connection
        if cancel.cancelled:
            raise Cancelled() from error
        raise
    finally:
        forget()


def _cancel_server_query(raw: Any) -> None:
    with contextlib.suppress(Exception):  # the query may have ended meanwhile: nothing to do
        (getattr(raw, "cancel_safe", None) or raw.cancel)()


@contextmanager
def _storage_errors(database: Database) -> Iterator[None]:
    try:
        yield
    except (exc.OperationalError, sqlite3.OperationalError) as error:
        raise StorageError(
            "storage_failed", location=database.location, detail=_first_line(error)
        ) from error
    except (exc.ProgrammingError, exc.IntegrityError) as error:
        refused = _server_refusal(error, database)
        if refused is None:
            raise
        raise refused from error


def _server_refusal(error: exc.DBAPIError, database: Database) -> StorageError | None:
    """PostgreSQL refusing a write for the role's rights or for four eyes, as data."""
    code = getattr(error.orig, "sqlstate", None)
    if code == "42501":  # insufficient_privilege
        return StorageError("server_refused_write", user=database.server_user or "")
    if code == "23514" and "claimdesk four eyes" in str(error.orig):
        return StorageError("server_four_eyes", detail=_first_line(error))
    return None


def open_database(
    target: str | os.PathLike[str] | None,
    *,
    create: bool = True,
    upgrade: bool = True,
    cancel: CancelToken | None = None,
    inspect_seconds: float = DEFAULT_OPEN_SECONDS,
) -> Database:
    """Open (and by default create and migrate) the database at a path or URL.

    An SQLite file's schema is checked against our migrations first, within
    ``inspect_seconds``; an existing file is backed up with SQLite's backup API before any
    migration. Cancelling stops the open (Cancelled), rolling back an upgrade under way.
    Raises DatabaseOpenError (or a subclass) whose code says why when it cannot.
    """
    url = resolve_url(target)
    is_file = url.get_backend_name() == "sqlite" and url.database not in (None, ":memory:")
    path = Path(url.database) if is_file and url.database else None
    if path is not None:
        state = _inspect_sqlite_file(
            path, create=create, budget=OpenBudget(inspect_seconds, cancel)
        )
        backup.check_on_open(path)
    engine = _make_engine(url)
    try:
        if path is None:
            state = _inspect_server(engine, url)
        _check_schema(state, path or safe_url(url))
        report = None
        if state.revision != revisions.head_revision():
            if not upgrade:
                raise DatabaseOpenError("needs_upgrade", location=str(path or safe_url(url)))
            report = _upgrade(engine, url, path, state.revision, cancel)
        if path is not None:
            project_file.stamp(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine, report)


def _upgrade(
    engine: Engine, url: URL, path: Path | None, revision: str | None, cancel: CancelToken | None
) -> UpgradeReport:
    """Migrate to the head, a file backed up first; the backup is dropped if it fails."""
    from . import migrate  # Alembic, about 0.1 s to import: only when the schema changes

    location = str(path or safe_url(url))
    saved = None
    if path is not None and revision is not None:
        saved = backup.pre_upgrade_backup(path, revision)
    with backup.discarded_on_failure(saved, path, revision):
        try:
            migrate.upgrade(engine, cancel=cancel)
        except migrate.ForeignKeyCheckFailed as error:
            raise DatabaseOpenError(error.code, location=location, **error.params) from None
        except exc.DBAPIError as error:
            raise DatabaseOpenError(
                "upgrade_failed", location=location, detail=_first_line(error)
            ) from None
    return UpgradeReport(revision, revisions.head_revision(), saved)


@dataclass(frozen=True, slots=True)
class Probe:
    """What opening a database would find, learnt without changing anything."""

    location: str
    revision: str | None
    head: str
    empty: bool

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != self.head


def probe_database(target: str | os.PathLike[str] | None) -> Probe:
    """Check that a database can be opened and say what state its schema is in, without
    creating, migrating or otherwise touching it. Raises the errors open_database raises."""
    url = resolve_url(target)
    is_file = url.get_backend_name() == "sqlite" and url.database not in (None, ":memory:")
    if is_file and url.database:
        path = Path(url.database)
        state = _inspect_sqlite_file(path, create=False, budget=OpenBudget())
        location = str(path)
    else:
        engine = _make_engine(url)
        try:
            state = _inspect_server(engine, url)
        finally:
            engine.dispose()
        location = safe_url(url)
    _check_schema(state, location)
    return Probe(location, state.revision, revisions.head_revision(), not state.has_tables)


def _check_schema(state: SchemaState, location: Path | str) -> None:
    if state.revision is None and state.has_tables:
        raise NotAClaimdeskDatabaseError(str(location))
    if state.revision is not None and state.revision not in revisions.known_revisions():
        raise SchemaTooNewError(str(location), state.revision)


def _inspect_sqlite_file(path: Path, *, create: bool, budget: OpenBudget) -> SchemaState:
    """Look at an SQLite file read-only, so that a refused file stays byte-for-byte the same.

    Its schema is compared with our migrations' before anything else is read from it (see
    core/schema_check.py), all of it within the budget's deadline.
    """
    if _file_exists(path):
        header = _read_header(path)
    else:
        if not create:
            raise DatabaseOpenError("no_database", path=str(path))
        _check_creatable(path)
        return SchemaState(None, False)
    if header == b"":
        return SchemaState(None, False)
    if header != project_file.SQLITE_HEADER:
        raise DatabaseOpenError("not_sqlite", path=str(path))
    try:
        # Without a -wal file nobody has the database open in WAL mode and the file holds
        # everything, so it can be read as immutable: no -shm/-wal files are created.
        idle = not _exists_quietly(path.with_name(path.name + "-wal"))
        mode = "mode=ro&immutable=1" if idle else "mode=ro"
        connection = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True)
        try:
            # Nothing of the file's schema may call functions with side effects meanwhile.
            connection.execute("PRAGMA trusted_schema = OFF")
            with bounded(connection, budget, str(path)):
                return _checked_state(connection, str(path))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseOpenError("unreadable_database", path=str(path), detail=str(error)) from None


def _checked_state(connection: sqlite3.Connection, location: str) -> SchemaState:
    """The file's revision, read once its version table is known to be a plain table, and
    its schema checked against what our migrations create at that revision."""
    found = schema_check.read_schema(connection)
    schema_check.check_version_table(found, location)
    revision = None
    if ("relation", revisions.VERSION_TABLE) in found:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    tables = {item.name for item in found.values() if item.kind == "table"}
    state = SchemaState(revision, bool(tables - {revisions.VERSION_TABLE}))
    _check_schema(state, location)  # a newer revision is refused as such, not as foreign
    schema_check.check_schema(found, revision, location)
    return state


def _file_exists(path: Path) -> bool:
    """Whether there is a file at ``path``; a folder, or a path the system cannot even look
    up (too long, a NUL byte in it, a folder on the way not searchable), is refused with its
    reason."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    except (OSError, ValueError) as error:
        raise DatabaseOpenError("unusable_path", path=str(path), detail=_os_reason(error)) from None
    if stat.S_ISDIR(mode):
        raise DatabaseOpenError("db_is_folder", path=str(path))
    return True


def _exists_quietly(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # e.g. a name at the length limit, plus "-wal": there cannot be one
        return False


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(project_file.SQLITE_HEADER))
    except OSError as error:
        raise DatabaseOpenError(
            "cannot_read", path=str(path), detail=error.strerror or ""
        ) from None


def _check_creatable(path: Path) -> None:
    try:
        if not path.parent.is_dir():
            raise DatabaseOpenError("no_directory", path=str(path), directory=str(path.parent))
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError("directory_not_writable", path=str(path))
    except (OSError, ValueError) as error:
        raise DatabaseOpenError("unusable_path", path=str(path), detail=_os_reason(error)) from None


def _os_reason(error: OSError | ValueError) -> str:
    if isinstance(error, OSError):
        return error.strerror or type(error).__name__
    return str(error)


def _inspect_server(engine: Engine, url: URL) -> SchemaState:
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(
                    text("SELECT version_num FROM alembic_version")
                ).scalar()
    except exc.OperationalError as error:
        raise DatabaseOpenError(
            "cannot_connect", url=safe_url(url), detail=_first_line(error)
        ) from None
    except exc.DBAPIError as error:
        raise DatabaseOpenError(
            "server_error", url=safe_url(url), detail=_first_line(error)
        ) from None
    return SchemaState(revision, bool(tables - {"alembic_version"}))


def _first_line(error: exc.DBAPIError | sqlite3.Error) -> str:
    original = getattr(error, "orig", None)
    message = str(original) if original is not None else str(error)
    return message.strip().splitlines()[0] if message.strip() else type(error).__name__


def _make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, connect_args={"connect_timeout": 5}, pool_pre_ping=True, pool_size=5)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling skips BEGIN before DDL, which would leave a failed
    # migration half-applied; SQLAlchemy emits BEGIN itself instead (see _sqlite_on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # trusted_schema stays on here: FTS5 is not an "innocuous" virtual table, and with it off
    # SQLite refuses our own search triggers ("unsafe use of virtual table"). A file reaches
    # these connections only after its schema matched our migrations' (core/schema_check.py);
    # the inspection before that runs with trusted_schema off.
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    # SQLite's default page cache is 2 MB; a list's pages read moments ago by its count (the
    # same index entries) were gone again by the time its page was read. Grows only as used.
    cursor.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    # Writers take the lock up front: a deferred transaction that later upgrades to a write
    # can fail with SQLITE_BUSY without waiting for the busy timeout.
    write = connection.get_execution_options().get(_WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
