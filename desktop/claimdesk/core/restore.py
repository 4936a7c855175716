"""The backups of a project, and restoring one: as a new file beside it, or into it.

A backup is only ever read here, read-only and with ``trusted_schema`` off; it may come from
anyone, so its counts are read under a deadline and a file that is not a Claimdesk project
(``claims`` a view, tables missing) is listed as unusable instead of being queried.
"""

from __future__ import annotations

import glob
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from . import integrity, revisions
from .backup import (
    BackupError,
    automatic_backups,
    pre_restore_backup,
    prune_automatic_backups,
    remove_stale_partials,
    write_backup,
)
from .jobs import CancelToken, Job
from .records import Progress

COUNT_DEADLINE_S = 5.0


class BackupKind(StrEnum):
    BEFORE_UPGRADE = "before_upgrade"
    BEFORE_RESTORE = "before_restore"
    COPY = "copy"  # made with File → Back up… or `claimdesk backup create`


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup as the restore dialog and `claimdesk backup list` show it."""

    path: Path
    kind: BackupKind
    created: datetime  # when it was written (the file's modification time), UTC
    size: int  # bytes
    claims: int | None  # live claims; None when the file cannot be read as a project
    revision: str | None
    problem: str | None  # why it cannot be read; None when it can

    @property
    def readable(self) -> bool:
        return self.problem is None


@dataclass(frozen=True, slots=True)
class RestoreResult:
    path: Path  # the project that now holds the backup's content
    safety_backup: Path | None  # the previous content, when the project itself was replaced


def _copies(database: Path) -> list[Path]:
    pattern = f"{glob.escape(database.stem)}-backup-*.sqlite3"
    return [path for path in database.parent.glob(pattern) if path != database]


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups beside a project, newest first: the automatic ones and the copies made
    under the suggested name (``<stem>-backup-<time>.sqlite3``)."""
    found = [(path, _kind(path)) for path in automatic_backups(database)]
    found += [(path, BackupKind.COPY) for path in _copies(database)]
    infos = [_describe(path, kind) for path, kind in found if path.is_file()]
    return sorted(infos, key=lambda info: (info.created, info.path.name), reverse=True)


def _kind(path: Path) -> BackupKind:
    if ".before-upgrade-" in path.name:
        return BackupKind.BEFORE_UPGRADE
    return BackupKind.BEFORE_RESTORE


def _describe(path: Path, kind: BackupKind) -> BackupInfo:
    status = path.stat()
    created = datetime.fromtimestamp(status.st_mtime, UTC)
    try:
        claims, revision = _read_counts(path)
    except (sqlite3.Error, _Unusable) as error:
        return BackupInfo(path, kind, created, status.st_size, None, None, str(error))
    return BackupInfo(path, kind, created, status.st_size, claims, revision, None)


class _Unusable(Exception):
    """The file opens but is not a Claimdesk project."""


def _read_counts(path: Path) -> tuple[int, str | None]:
    with closing(integrity.connect_read_only(path)) as connection:
        connection.execute("PRAGMA trusted_schema = OFF")
        missing = integrity.REQUIRED_TABLES - integrity.tables_of(connection)
        if missing:
            raise _Unusable("not a Claimdesk project: no " + ", ".join(sorted(missing)))
        deadline = time.monotonic() + COUNT_DEADLINE_S
        connection.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
        claims = connection.execute("SELECT count(*) FROM claims WHERE deleted_at IS NULL")
        count = int(claims.fetchone()[0])
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return count, (str(row[0]) if row else None)


def newest_good_backup(database: Path) -> BackupInfo | None:
    """The newest backup that reads as a project, at a revision this Claimdesk knows, and
    passes quick_check: what the window offers when the project itself is damaged."""
    known = revisions.known_revisions()
    for info in list_backups(database):
        if info.readable and info.revision in known and integrity.damage(info.path) is None:
            return info
    return None


def restored_copy_path(database: Path) -> Path:
    return database.with_name(f"{database.stem}-restored-{datetime.now():%Y%m%d-%H%M%S}.sqlite3")


def restore_backup(backup: Path, database: Path, *, replace: bool) -> RestoreResult:
    """Bring a backup back.

    replace=False: the backup is copied (checked, .partial, verified, renamed) to a new file
    beside the project, which is left as it is. replace=True: the project is backed up first
    (refused if it is damaged: restore to a new file then), and the backup's pages are copied
    into it in one SQLite transaction, so a kill leaves the old content or the new, and other
    programs that have it open go on working. Raises BackupError naming the problem."""
    _check_restorable(backup)
    if not replace:
        remove_stale_partials(database)
        target = restored_copy_path(database)
        return RestoreResult(write_backup(backup, target, source_checked=True), None)
    safety = pre_restore_backup(database)
    try:
        with (
            closing(integrity.connect_read_only(backup)) as reader,
            closing(sqlite3.connect(str(database), timeout=10)) as writer,
        ):
            reader.backup(writer)  # one step: one write transaction on the project
    except sqlite3.Error as error:
        raise BackupError("restore_failed", path=str(database), detail=str(error)) from error
    prune_automatic_backups(database)
    return RestoreResult(database, safety)


def _check_restorable(backup: Path) -> None:
    if not backup.is_file():
        raise BackupError("restore_no_backup", path=str(backup))
    found = integrity.damage(backup)
    if found is not None:
        raise BackupError("restore_damaged", path=str(backup), detail=found)
    try:
        _claims, revision = _read_counts(backup)
    except (sqlite3.Error, _Unusable) as error:
        raise BackupError("restore_not_a_project", path=str(backup), detail=str(error)) from None
    if revision not in revisions.known_revisions():
        raise BackupError("restore_too_new", path=str(backup), revision=str(revision))


def restore_job(
    backup: Path, database: Path, replace: bool, _cancel: CancelToken
) -> Job[RestoreResult]:
    """restore_backup as a job, for the window's worker thread."""
    yield Progress(0, None, "Restoring")
    return restore_backup(backup, database, replace=replace)
