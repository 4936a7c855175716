"""Backing up an SQLite project with SQLite's online backup API, as a cancellable job."""

from __future__ import annotations

import os
import queue
import sqlite3
import threading
from pathlib import Path

from .errors import Cancelled, ClaimdeskError
from .jobs import CancelToken, Job
from .records import Progress

PAGES_PER_STEP = 512


class BackupError(ClaimdeskError):
    """The backup cannot be made; the code says why."""


def backup_project(source: Path, destination: Path, cancel: CancelToken) -> Job[Path]:
    """Copy a live database page by page. The copy is written under a temporary name and
    renamed at the end, so a cancelled or failed backup leaves no half file behind."""
    destination = destination.expanduser().absolute()
    if destination.resolve() == source.resolve():
        raise BackupError("backup_onto_itself")
    if not destination.parent.is_dir():
        raise BackupError("backup_no_directory", directory=str(destination.parent))
    partial = destination.with_name(destination.name + ".partial")
    steps: queue.Queue[tuple[int, int] | BaseException | None] = queue.Queue()

    def progress(_status: int, remaining: int, total: int) -> None:
        if cancel.cancelled:
            raise Cancelled()  # aborts the backup inside sqlite3
        steps.put((total - remaining, total))

    def copy() -> None:
        try:
            source_connection = sqlite3.connect(str(source))
            target_connection = sqlite3.connect(str(partial))
            try:
                source_connection.backup(target_connection, pages=PAGES_PER_STEP, progress=progress)
            finally:
                target_connection.close()
                source_connection.close()
            steps.put(None)
        except BaseException as error:  # handed to the generator, which re-raises it
            steps.put(error)

    # sqlite3's backup() runs all its steps in one call; a helper thread lets this generator
    # report each step as it happens.
    worker = threading.Thread(target=copy, name="claimdesk-backup", daemon=True)
    worker.start()
    try:
        while True:
            step = steps.get()
            if step is None:
                break
            if isinstance(step, BaseException):
                if isinstance(step, Cancelled):
                    raise step
                raise BackupError(
                    "backup_failed", path=str(destination), detail=str(step)
                ) from step
            done, total = step
            yield Progress(done, total, "Backing up")
        os.replace(partial, destination)
        yield Progress(1, 1, "Backup complete")
        return destination
    finally:
        worker.join()
        if partial.exists():
            partial.unlink()
