"""Work an opened project needs once, done in the background after its first page is shown.

- The sentence model is loaded (and the in-memory meaning index built) on a thread of its own,
  so that neither the first save nor the first similar-claims list pays for it.
- Each of ``OPENING_STEPS`` that has something to do (a project saved before claim vectors
  existed has unindexed claims) runs as a job: progress and Cancel in the status bar, one
  job at a time, and the change bus refreshes the views when it is done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

from ..core.jobs import CancelToken, Job
from ..core.project import Project
from ..core.records import Changes
from .translation import translate
from .workspace import Workspace

log = logging.getLogger(__name__)


# After the window has shown the project: the first page is painted and read by then, and
# the model's import (numpy) does not compete with it for the interpreter.
START_DELAY_MS = 1500
BUSY_RETRY_MS = 2000  # another job (an import the analyst started) is running: try again


@dataclass(frozen=True, slots=True)
class OpeningStep:
    """A job an opened project may need: ``pending`` says how much there is to do (read on
    the reader thread; 0 skips the step), ``job`` does it."""

    title: Callable[[], str]
    pending: Callable[[Project], int]
    job: Callable[[Project, CancelToken], Job[Any]]


# In order; each step runs after the ones before it, once per opening.
OPENING_STEPS: tuple[OpeningStep, ...] = (
    OpeningStep(
        lambda: translate("BackgroundWork", "Indexing claims for similar-claim search"),
        lambda project: project.embeddings.unindexed(),
        lambda project, token: project.embeddings.index_job(token),
    ),
    # After the vectors: the rule compares meanings.
    OpeningStep(
        lambda: translate("BackgroundWork", "Finding conflicting figures"),
        lambda project: project.conflicts.undetected(),
        lambda project, token: project.conflicts.fill_job(token),
    ),
)


class _ModelThread(QThread):
    """Loads the sentence model and builds the meaning index."""

    def __init__(self, project: Project):
        super().__init__()
        self.setObjectName("claimdesk-model")
        self._project = project

    def run(self) -> None:
        from ..core.matching.embedder import shared_embedder

        try:
            if shared_embedder() is not None:
                self._project.similar.warm_up()
        except Exception:  # the project closed meanwhile, or the model is damaged
            log.warning("warming up similar-claim matching failed", exc_info=True)


class BackgroundWork(QObject):
    """The background work of one opened project; ``stop()`` before the project closes."""

    def __init__(
        self,
        workspace: Workspace,
        steps: tuple[OpeningStep, ...] = OPENING_STEPS,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self._steps = list(steps)
        self._model: _ModelThread | None = None
        self._stopped = False
        self.finished_steps: list[OpeningStep] = []
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self._begin)

    @property
    def busy(self) -> bool:
        """Whether a step is still to come or running, or the model still loading."""
        loading = self._model is not None and self._model.isRunning()
        return loading or bool(self._steps)

    def stop(self) -> None:
        """Stop taking steps and wait for the model thread (a second at most): the project
        may close after this. A running job is the workspace's to cancel (Workspace.close)."""
        self._stopped = True
        self._steps.clear()
        if self._model is not None:
            self._model.wait()

    def _begin(self) -> None:
        if self._stopped:
            return
        self._model = _ModelThread(self.workspace.project)
        self._model.setParent(self)
        self._model.start()
        self._next_step()

    def _next_step(self) -> None:
        if self._stopped or not self._steps:
            return
        step = self._steps[0]
        project = self.workspace.project
        self.workspace.reader.submit(
            # A reader's role may not write: its window leaves the index to the team.
            lambda: step.pending(project) if project.database.can_write else 0,
            lambda count: self._counted(step, count),
            lambda error: self._step_failed(step, error),
        )

    def _counted(self, step: OpeningStep, count: int) -> None:
        if self._stopped:
            return
        if not count:
            self._step_done(step)
            return
        self._run(step)

    def _run(self, step: OpeningStep) -> None:
        if self._stopped:
            return
        jobs = self.workspace.jobs
        if jobs.busy:
            QTimer.singleShot(BUSY_RETRY_MS, lambda: self._run(step))
            return
        project = self.workspace.project
        running = jobs.start(step.title(), lambda token: step.job(project, token))
        running.finished.connect(lambda _value: self._job_finished(step))
        running.failed.connect(lambda error: self._step_failed(step, error))
        running.cancelled.connect(self._job_cancelled)

    def _job_finished(self, step: OpeningStep) -> None:
        self.workspace.bus.publish(Changes(everything=True))
        self._step_done(step)

    def _step_done(self, step: OpeningStep) -> None:
        if step in self._steps:
            self._steps.remove(step)
        self.finished_steps.append(step)
        self._next_step()

    def _step_failed(self, step: OpeningStep, error: object) -> None:
        log.warning("background step %s failed: %s", step.title(), error)
        if step in self._steps:
            self._steps.remove(step)
        self._next_step()

    def _job_cancelled(self) -> None:
        """The analyst cancelled: nothing more this time (the next opening offers it again)."""
        self._steps.clear()
