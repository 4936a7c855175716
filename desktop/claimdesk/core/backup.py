"""Backups of an SQLite project, written so that a kill at any moment leaves no backup or a
complete one, never a half file under a backup's name.

Every backup, made on request (File → Back up…, ``claimdesk backup create``), before a schema
upgrade or before a restore, goes the same way (``write_backup``):

1. the source passes ``PRAGMA quick_check`` (a damaged file is refused, never copied);
2. SQLite's online backup API copies it, consistent even while in use, into
   ``<final name>.partial``, which is locked (flock) while it is written;
3. the copy is fsynced and verified by reopening it: quick_check, and Claimdesk's tables;
4. it is renamed to its final name and the directory is fsynced.

A ``.partial`` whose writer died is removed the next time the project is opened or backed up
(a live writer's lock keeps its file). Automatic backups lie beside the project
(``<name>.before-upgrade-from-<rev>-<time>.bak``, ``<name>.before-restore-<time>.bak``); at
most MAX_AUTOMATIC_BACKUPS of them are kept per project, the newest. A failed upgrade rolls
back, and then the backup it made is removed again, so retrying does not pile up copies.
"""

from __future__ import annotations

import glob
import os
import queue
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

from . import integrity
from .errors import Cancelled, ClaimdeskError, DamagedDatabaseError
from .jobs import CancelToken, Job
from .records import Progress

# Five: an upgrade happens at most once per release and a restore is rare, so five covers
# several releases and a few restores back, while a project never takes more than six times
# its own size on disk.
MAX_AUTOMATIC_BACKUPS = 5
PAGES_PER_STEP = 512
PARTIAL_SUFFIX = ".partial"
_AUTOMATIC_PATTERN = "{name}.before-*.bak"
# Names Claimdesk gives backups and restored copies beside a project; only these .partial
# files are ever cleaned up, never another program's.
_PARTIAL_PATTERNS = ("{name}.before-*.bak", "{stem}-backup-*", "{stem}-restored-*")

ProgressCallback = Callable[[Progress], None]


class BackupError(ClaimdeskError):
    """The backup cannot be made; the code says why."""


if sys.platform == "win32":  # an open file cannot be deleted there: that protects a live one

    def _try_lock(_descriptor: int) -> bool:
        return True

    def _fsync_directory(_directory: Path) -> None:
        return None

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        """An exclusive lock, held until the descriptor closes or the process dies."""
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _fsync_directory(directory: Path) -> None:
        """Make a rename in the directory durable, not only the file's bytes."""
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def partial_path(destination: Path) -> Path:
    return destination.with_name(destination.name + PARTIAL_SUFFIX)


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def write_backup(
    source: Path,
    destination: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    source_checked: bool = False,
) -> Path:
    """Copy a (possibly live) project to ``destination`` the safe way (see the module doc).

    Raises DamagedDatabaseError for a damaged source, BackupError when the copy cannot be
    written or does not verify, Cancelled when cancelled; nothing is left under either name."""
    report = progress or (lambda _step: None)
    if not source_checked:
        report(Progress(0, None, "Checking"))
        integrity.ensure_whole(source, cancel)
    partial = partial_path(destination)
    try:
        with _writing(partial) as descriptor:
            _copy_pages(source, partial, report, cancel)
            os.fsync(descriptor)
            report(Progress(0, None, "Verifying"))
            _verify_copy(partial, destination)
            os.replace(partial, destination)
            _fsync_directory(destination.parent)
    except (OSError, sqlite3.Error) as error:
        raise BackupError("backup_failed", path=str(destination), detail=_reason(error)) from error
    return destination


@contextmanager
def _writing(partial: Path) -> Iterator[int]:
    """The .partial file, emptied and locked for this writer; removed unless renamed."""
    descriptor = os.open(partial, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _try_lock(descriptor):
            raise BackupError("backup_in_progress", path=str(partial))
        os.ftruncate(descriptor, 0)
        # A journal left by a killed writer would be "rolled back" into the new copy.
        _journal(partial).unlink(missing_ok=True)
        try:
            yield descriptor
        finally:
            if _same_file(partial, descriptor):
                partial.unlink()
            _journal(partial).unlink(missing_ok=True)
    finally:
        os.close(descriptor)


def _same_file(path: Path, descriptor: int) -> bool:
    try:
        return os.path.samestat(path.stat(), os.fstat(descriptor))
    except OSError:
        return False


def _copy_pages(
    source: Path, partial: Path, report: ProgressCallback, cancel: CancelToken | None
) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()  # aborts the copy inside sqlite3
        report(Progress(total - remaining, total, "Backing up"))

    with (
        closing(sqlite3.connect(str(source), timeout=10, isolation_level=None)) as reader,
        closing(sqlite3.connect(str(partial))) as writer,
    ):
        # The copy reads one snapshot, in one read transaction. Without it every commit by
        # another connection restarts the copy, and a project being written to all the time
        # (an import, a second program) is never backed up.
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        reader.backup(writer, pages=PAGES_PER_STEP, progress=step)


def _verify_copy(partial: Path, destination: Path) -> None:
    """Reopen the written copy: it must be whole and a Claimdesk project."""
    found = integrity.damage(partial)
    if found is None:
        with closing(integrity.connect_read_only(partial)) as copy:
            missing = integrity.REQUIRED_TABLES - integrity.tables_of(copy)
        if missing:
            found = ", ".join(sorted(missing))
    if found is not None:
        raise BackupError("backup_unverified", path=str(destination), detail=found)


def _reason(error: OSError | sqlite3.Error) -> str:
    if isinstance(error, OSError):
        return error.strerror or type(error).__name__
    return str(error) or type(error).__name__


# Leftovers ---------------------------------------------------------------------------------


def remove_stale_partials(database: Path) -> list[Path]:
    """Remove the .partial files of Claimdesk backups beside a project whose writer is gone."""
    removed = []
    for pattern in _PARTIAL_PATTERNS:
        name = pattern.format(name=glob.escape(database.name), stem=glob.escape(database.stem))
        for partial in database.parent.glob(name + PARTIAL_SUFFIX):
            if remove_if_abandoned(partial):
                removed.append(partial)
    return removed


def remove_if_abandoned(partial: Path) -> bool:
    """Delete a .partial (and its journal) unless a live writer holds its lock."""
    try:
        descriptor = os.open(partial, os.O_RDWR)
    except OSError:
        return False
    try:
        if not _try_lock(descriptor) or not _same_file(partial, descriptor):
            return False
        partial.unlink()
        _journal(partial).unlink(missing_ok=True)
        return True
    except OSError:
        return False
    finally:
        os.close(descriptor)


def check_on_open(database: Path) -> None:
    """What opening an existing SQLite project does first: clear dead backups' leftovers and,
    after an unclean exit, check the file (DamagedDatabaseError when damaged)."""
    remove_stale_partials(database)
    integrity.check_after_unclean_exit(database)


# Automatic backups -------------------------------------------------------------------------


def _stamp() -> str:
    now = datetime.now(UTC)
    return now.strftime("%Y%m%dT%H%M%S") + f"{now.microsecond // 1000:03d}Z"


def automatic_backups(database: Path) -> list[Path]:
    """The automatic backups beside a project, newest first."""
    found = database.parent.glob(_AUTOMATIC_PATTERN.format(name=glob.escape(database.name)))
    return sorted(found, key=lambda path: (path.stat().st_mtime_ns, path.name), reverse=True)


def pre_upgrade_backup(database: Path, revision: str) -> Path:
    """Back up a project before migrating it from ``revision``; keeps the newest few."""
    return _automatic_backup(database, f"before-upgrade-from-{revision}")


def pre_restore_backup(database: Path) -> Path:
    """Back up a project before a backup replaces its content. Nothing is pruned yet: the
    backup being restored may be the oldest; the restore prunes when it is done."""
    return _automatic_backup(database, "before-restore", prune=False)


def _automatic_backup(database: Path, label: str, *, prune: bool = True) -> Path:
    remove_stale_partials(database)
    backup = write_backup(database, database.with_name(f"{database.name}.{label}-{_stamp()}.bak"))
    if prune:
        prune_automatic_backups(database)
    return backup


def prune_automatic_backups(database: Path, keep: int = MAX_AUTOMATIC_BACKUPS) -> list[Path]:
    """Delete all but the ``keep`` newest automatic backups of a project."""
    surplus = automatic_backups(database)[keep:]
    for path in surplus:
        path.unlink(missing_ok=True)
    return surplus


@contextmanager
def discarded_on_failure(
    backup: Path | None, database: Path | None, revision: str | None
) -> Iterator[None]:
    """Around an upgrade: when it fails it rolls back, and the backup made for it is a second
    copy of an unchanged file, removed so that every retry does not add another full copy. It
    is kept whenever the file is not provably back at ``revision``."""
    try:
        yield
    except BaseException:
        if backup is not None and database is not None and _revision_of(database) == revision:
            backup.unlink(missing_ok=True)
        raise


def _revision_of(database: Path) -> str | None:
    try:
        with closing(integrity.connect_read_only(database)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


# The backup job ----------------------------------------------------------------------------


def suggested_backup_path(database: Path) -> Path:
    """Where File → Back up… proposes to write: beside the project, named by the time."""
    return database.with_name(f"{database.stem}-backup-{datetime.now():%Y%m%d-%H%M%S}.sqlite3")


def backup_project(source: Path, destination: Path, cancel: CancelToken) -> Job[Path]:
    """Back up a live project as a job: checked, copied page by page, verified, renamed."""
    destination = destination.expanduser().absolute()
    if destination.resolve() == source.resolve():
        raise BackupError("backup_onto_itself")
    if not destination.parent.is_dir():
        raise BackupError("backup_no_directory", directory=str(destination.parent))
    steps: queue.Queue[Progress | BaseException | Path] = queue.Queue()

    def run() -> None:
        try:
            remove_stale_partials(source)
            remove_if_abandoned(partial_path(destination))
            steps.put(write_backup(source, destination, progress=steps.put, cancel=cancel))
        except BaseException as error:  # handed to the generator, which re-raises it
            steps.put(error)

    # sqlite3's backup() runs all its steps in one call; a helper thread lets this generator
    # report each step as it happens.
    worker = threading.Thread(target=run, name="claimdesk-backup", daemon=True)
    worker.start()
    try:
        while True:
            step = steps.get()
            if isinstance(step, Path):
                yield Progress(1, 1, "Backup complete")
                return step
            if isinstance(step, DamagedDatabaseError):
                raise BackupError("backup_source_damaged", **step.params) from step
            if isinstance(step, ClaimdeskError):
                raise step
            if isinstance(step, BaseException):
                raise BackupError(
                    "backup_failed", path=str(destination), detail=str(step)
                ) from step
            yield step
    finally:
        if worker.is_alive():  # the caller stopped driving the job: stop the copy too
            cancel.cancel()
        worker.join()
