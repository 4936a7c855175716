"""Opening a project off the UI thread: connecting, migrating (with its backup) and, for the
demo, filling it, can take seconds; the window stays responsive and shows what happens."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import configure_mappers

from ..core.dates import PartialDate
from ..core.demo import create_demo
from ..core.enums import DatePrecision
from ..core.errors import ClaimdeskError, DamagedDatabaseError
from ..core.jobs import CancelToken, Job
from ..core.project import Project
from ..core.records import Progress
from ..core.services.claim_list import ClaimQuery
from . import formatting as fmt
from . import messages
from .table_columns import claim_columns
from .table_models import Fetched, fetch_page
from .workers import RunningJob
from .workspace import Workspace

log = logging.getLogger(__name__)


def warm_up_process() -> None:
    """One-time costs of the first project opened, paid while the window first shows:
    mapping the models, loading the locale's data."""
    configure_mappers()
    fmt.partial_date_text(PartialDate(date(2025, 6, 1), DatePrecision.MONTH))
    fmt.partial_date_text(PartialDate(date(2025, 6, 1), DatePrecision.DAY))
    fmt.datetime_text(datetime.now(UTC))
    fmt.number_text(1234.5)


def start_warm_up() -> threading.Thread:
    thread = threading.Thread(target=warm_up_process, name="claimdesk-warm-up", daemon=True)
    thread.start()
    return thread


@dataclass(frozen=True)
class OpenedProject:
    project: Project
    first_claims: Fetched[Any]  # the first page of the claims table, read while opening


def open_project_job(target: str, demo: bool, cancel: CancelToken) -> Job[OpenedProject]:
    yield Progress(0, None, "Opening")
    project = Project.open(target, cancel=cancel)
    try:
        if demo and project.project.is_empty():
            yield Progress(0, None, "Creating the demo project")
            create_demo(project)
        # Read here, off the UI thread, the page the window shows first. Besides sparing a
        # round trip, the one-time costs (SQLAlchemy compiling the listing query, babel loading
        # the locale's data) are paid before the window is built, not while it is painted.
        first = fetch_page(project.claim_list, claim_columns(), ClaimQuery(), 0)
        # Whether this server role may write (a claimdesk_reader may not): asked once, here.
        _ = project.database.can_write
    except BaseException:
        project.close()
        raise
    return OpenedProject(project, first)


class ProjectOpener(QObject):
    opened = Signal(object, str)  # Workspace, target to remember (without password)
    failed = Signal(str, str)  # target, message
    damaged = Signal(str, str)  # the damaged file's path, message
    progress = Signal(str)
    started = Signal(object)  # RunningJob: the status bar shows it with a Cancel button
    cancelled = Signal(str)  # target

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._running: RunningJob | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None

    def open(self, target: str, *, demo: bool = False, remember: str | None = None) -> None:
        if self._running is not None:
            return
        shown = remember or target
        running = RunningJob(
            self.tr("Opening"), lambda token: open_project_job(target, demo, token)
        )
        running.setParent(self)
        running.progress.connect(lambda step: self.progress.emit(self._describe(step, shown)))
        running.finished.connect(lambda opened: self._done(opened, shown))
        running.failed.connect(lambda error: self._fail(shown, error))
        running.cancelled.connect(lambda: self.cancelled.emit(shown))
        running.ended.connect(self._ended)
        self._running = running
        self.started.emit(running)
        running.start()

    def _describe(self, step: Progress, target: str) -> str:
        if step.message == "Creating the demo project":
            return self.tr("Creating the demo project…")
        return self.tr("Opening %1…").replace("%1", target)

    def _done(self, opened: OpenedProject, target: str) -> None:
        workspace = Workspace(opened.project)
        workspace.first_claims = opened.first_claims
        self.opened.emit(workspace, target)

    def _fail(self, target: str, error: Any) -> None:
        if not isinstance(error, ClaimdeskError):
            log.error("opening %s failed", target, exc_info=error)
        failure = error if isinstance(error, BaseException) else RuntimeError(error)
        if isinstance(failure, DamagedDatabaseError):
            self.damaged.emit(str(failure.params["path"]), messages.error_text(failure))
            return
        self.failed.emit(target, messages.error_text(failure))

    def _ended(self) -> None:
        if self._running is not None:
            self._running.deleteLater()
        self._running = None

    def cancel(self) -> None:
        """Stop the open under way: the statement running is interrupted, an upgrade rolled
        back, and ``failed`` is not emitted (the user asked for it)."""
        if self._running is not None:
            self._running.cancel()

    def shutdown(self) -> None:
        """Quitting: cancel the open under way, then wait for its thread to end (a thread still
        running when Qt tears down aborts the process)."""
        if self._running is not None:
            self._running.cancel()
            self._running.wait()
