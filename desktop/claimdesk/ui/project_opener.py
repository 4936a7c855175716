"""Opening a project off the UI thread: connecting, migrating (with its backup) and, for the
demo, filling it, can take seconds; the window stays responsive and shows what happens."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.dates import PartialDate
from ..core.demo import create_demo
from ..core.enums import DatePrecision
from ..core.errors import ClaimdeskError
from ..core.jobs import CancelToken, Job
from ..core.project import Project
from ..core.records import Progress
from ..core.services.claim_list import ClaimQuery
from . import formatting as fmt
from .table_columns import claim_columns
from .workers import RunningJob
from .workspace import Workspace

log = logging.getLogger(__name__)


def open_project_job(target: str, demo: bool, _cancel: CancelToken) -> Job[Project]:
    yield Progress(0, None, "Opening")
    project = Project.open(target)
    try:
        if demo and project.project.is_empty():
            yield Progress(0, None, "Creating the demo project")
            create_demo(project)
        warm_up(project)
    except BaseException:
        project.close()
        raise
    return project


def warm_up(project: Project) -> None:
    """Do the one-time work of the first table page here, off the UI thread: SQLAlchemy
    compiles and caches the listing queries, babel loads the locale's data. Done later on the
    reader thread, it would compete with the UI thread for the interpreter just as the new
    window is laid out and painted."""
    rows = project.claim_list.page(ClaimQuery(), 0, 1)
    for row in rows:
        for column in claim_columns():
            column.text(row)
    fmt.partial_date_text(PartialDate(date.today(), DatePrecision.MONTH))
    fmt.number_text(1234.5)


class ProjectOpener(QObject):
    opened = Signal(object, str)  # Workspace, target to remember (without password)
    failed = Signal(str, str)  # target, message
    progress = Signal(str)

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
        running.finished.connect(lambda project: self._done(project, shown))
        running.failed.connect(lambda error: self._fail(shown, error))
        running.ended.connect(self._ended)
        self._running = running
        running.start()

    def _describe(self, step: Progress, target: str) -> str:
        if step.message == "Creating the demo project":
            return self.tr("Creating the demo project…")
        return self.tr("Opening %1…").replace("%1", target)

    def _done(self, project: Project, target: str) -> None:
        self.opened.emit(Workspace(project), target)

    def _fail(self, target: str, error: Any) -> None:
        if isinstance(error, ClaimdeskError):
            message = str(error)
        else:
            log.error("opening %s failed", target, exc_info=error)
            message = self.tr("Unexpected error: %1").replace(
                "%1", f"{type(error).__name__}: {error}"
            )
        self.failed.emit(target, message)

    def _ended(self) -> None:
        if self._running is not None:
            self._running.deleteLater()
        self._running = None

    def shutdown(self) -> None:
        if self._running is not None:
            self._running.wait()
