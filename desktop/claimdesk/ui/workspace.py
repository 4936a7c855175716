"""One open project as the UI sees it: the services, the undo history, the change bus and
the database threads. Every window part gets the workspace; none of them gets another widget."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.errors import ClaimdeskError
from ..core.live import ChangeListener
from ..core.project import Project
from . import gc_guard, messages
from .events import ChangeBus
from .live_updates import LiveUpdates
from .source_names import SourceNames
from .workers import JobRunner, Reader

log = logging.getLogger(__name__)


class Workspace(QObject):
    """The UI side of an open project."""

    #: A command failed while being undone or redone (title, message).
    command_failed = Signal(str, str)

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        gc_guard.install()
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.bus = ChangeBus(self)
        self.reader = Reader(self)
        self.jobs = JobRunner(self)
        # The claims table's first page when it was read ahead while the project opened.
        self.first_claims: Any = None
        self._source_names: SourceNames | None = None
        # The versions this window's own commands left rows at ((entity, id) -> version): an
        # edit's undo may write over a version its own session made since (a status set and
        # undone bumps the claim's version), while someone else's change is still a conflict.
        self.own_versions: dict[tuple[str, int], int] = {}
        # On a team server, colleagues' changes reach the bus too (SQLite: one user, none).
        self.live: LiveUpdates | None = None
        if not project.database.is_sqlite:
            self.live = LiveUpdates(ChangeListener(project.database), self.bus, self)

    @property
    def location(self) -> str:
        return self.project.database.location

    @property
    def is_sqlite(self) -> bool:
        return self.project.database.is_sqlite

    @property
    def source_names(self) -> SourceNames:
        """The live sources' names for the pickers, read when first asked for."""
        if self._source_names is None:
            self._source_names = SourceNames(self.project, self.reader, self.bus, self)
        return self._source_names

    def push(self, command: QUndoCommand) -> None:
        """Carry out a command, then put it on the undo stack.

        The first run happens here, outside Qt's push(), so that a ValidationError or a
        ConflictError reaches the dialog that asked and no failed edit enters the history.
        """
        run_first = getattr(command, "run_first", None)
        if run_first is not None:
            run_first()
        if getattr(command, "changed_nothing", False):
            return  # e.g. capturing a page already in the project: nothing to undo
        if getattr(command, "final", False):
            return  # e.g. a confirmation (four eyes): a signature is not undone
        self.undo_stack.push(command)

    def report_failure(self, action: str, error: ClaimdeskError) -> None:
        """An undo or redo could not be applied (someone else changed the data meanwhile).

        The history is cleared, since applying the steps around the failed one out of order
        could overwrite other people's work; nothing already saved is lost.
        """
        log.warning("undo/redo of %s failed: %s", action, error)
        self.command_failed.emit(action, messages.error_text(error))
        QTimer.singleShot(0, self.undo_stack.clear)

    def close(self) -> None:
        if self.live is not None:
            self.live.stop()
        self.jobs.stop()
        self.reader.stop()
        self.project.close()
