"""Is an SQLite project file whole? ``PRAGMA quick_check`` where damage would otherwise spread.

Checked before every backup (a damaged file must not become a "good" backup) and when a
project is opened after an unclean exit. An unclean exit is recognised by the write-ahead log
SQLite leaves beside the file: the last connection to close cleanly checkpoints ``<name>-wal``
and deletes it, so a ``-wal`` with content on open means a process died (kill -9, a crash, a
power cut) or another program has the project open right now. The latter costs one needless
check (about 0.2 s per 30 MB); it never skips a check that was needed. Nothing extra is
written beside the project.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import Cancelled, DamagedDatabaseError, DatabaseOpenError
from .jobs import CancelToken

# Present at every revision since the first: a file without them is no Claimdesk project.
REQUIRED_TABLES = frozenset({"alembic_version", "claims", "sources", "articles"})
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
_CANCEL_CHECK_STEPS = 10_000


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def left_by_unclean_exit(path: Path) -> bool:
    """True when a write-ahead log with content lies beside the file (see the module doc)."""
    try:
        return wal_path(path).stat().st_size > 0
    except OSError:
        return False


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that changes nothing in the file. Without a ``-wal`` nobody has
    the file open in WAL mode, so it is read as immutable (no -shm/-wal created); with one, its
    committed pages are part of the database and must be read too."""
    mode = "mode=ro" if wal_path(path).exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.absolute().as_uri()}?{mode}", uri=True)


def damage(path: Path, cancel: CancelToken | None = None) -> str | None:
    """The first problem PRAGMA quick_check finds in the file, or None when it is whole.

    Raises DatabaseOpenError when the file cannot be read at all, Cancelled when cancelled."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        raise DatabaseOpenError("unreadable_database", path=str(path), detail=str(error)) from None
    try:
        if cancel is not None:
            connection.set_progress_handler(
                lambda: 1 if cancel.cancelled else 0, _CANCEL_CHECK_STEPS
            )
        rows = connection.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as error:
        if cancel is not None and cancel.cancelled:
            raise Cancelled() from None
        if getattr(error, "sqlite_errorcode", None) in _DAMAGE_CODES:
            return str(error)
        raise DatabaseOpenError("unreadable_database", path=str(path), detail=str(error)) from None
    finally:
        connection.close()
    verdict = str(rows[0][0]) if rows else "no answer"
    if verdict == "ok":
        return None
    # "*** in database main ***\nTree 12 page 40 cell 3: …": the problem, on one line.
    lines = [line for line in verdict.splitlines() if line and not line.startswith("***")]
    return "; ".join(lines) or verdict


def ensure_whole(path: Path, cancel: CancelToken | None = None) -> None:
    """Raise DamagedDatabaseError naming the first problem when the file is damaged."""
    found = damage(path, cancel)
    if found is not None:
        raise DamagedDatabaseError(str(path), found)


def check_after_unclean_exit(path: Path) -> None:
    """On open: check the file when the last session on it did not end cleanly."""
    if path.is_file() and path.stat().st_size > 0 and left_by_unclean_exit(path):
        ensure_whole(path)


def tables_of(connection: sqlite3.Connection) -> set[str]:
    return {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
