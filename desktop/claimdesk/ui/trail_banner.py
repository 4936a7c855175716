"""The audit trail checked after a project opens, and a warning at the top of the window when
it does not hold (events changed or removed, rows changed behind Claimdesk's back).

The check (``verify_audit``) reads the whole trail, so it runs as a job of its own thread, not
through the window's job runner: it never makes an export or an import wait, it shows no
progress (nothing to see when the trail holds), and closing the project cancels it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.audit_verify import ChainReport
from ..core.jobs import CancelToken, Job
from ..core.project import Project
from ..core.records import Progress
from . import messages, trail_texts
from .workers import RunningJob
from .workspace import Workspace

log = logging.getLogger(__name__)

# After the first page of claims is painted (as the background work waits too): the check
# reads every event and would otherwise compete with the first page for the interpreter.
START_DELAY_MS = 1500
STYLE = (
    "#trail_banner { background: #fff4ce; border-bottom: 1px solid #d9a400; }"
    "#trail_banner QLabel { color: #4a3800; }"
)


def verify_job(project: Project, cancel: CancelToken) -> Job[ChainReport]:
    """The chain and the rows checked, as a job (one step: the check reports no progress)."""
    yield Progress(0, 0, "checking the audit trail")
    return project.project.verify_audit(cancel)


class TrailReportDialog(QDialog):
    """Details…: everything the check found, one finding a line."""

    def __init__(self, parent: QWidget | None, report: ChainReport):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail check"))
        self.resize(720, 360)
        intro = QLabel(
            self.tr(
                "The audit trail of this project does not match its data. Someone changed the "
                "database outside Claimdesk, or restored a part of it. What the check found:"
            )
        )
        intro.setWordWrap(True)
        self.lines = QPlainTextEdit("\n".join(trail_texts.report_lines(report)))
        self.lines.setReadOnly(True)
        self.lines.setAccessibleName(self.tr("Findings"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)


class TrailBanner(QFrame):
    """The warning, hidden until a check finds the trail broken; ``check(workspace)`` after
    a project opens, ``stop()`` before it closes."""

    checked = Signal(object)  # ChainReport, when a check finished

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trail_banner")
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Audit trail warning"))
        self.report: ChainReport | None = None
        self._running: RunningJob | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._start)
        self._workspace: Workspace | None = None
        self.icon = QLabel("⚠")
        self.icon.setStyleSheet("font-size: 16px;")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.clicked.connect(self.show_details)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this warning"))
        self.close_button.setAccessibleName(self.tr("Hide this warning"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        self.hide()

    @property
    def checking(self) -> bool:
        return self._timer.isActive() or self._running is not None

    def check(self, workspace: Workspace, delay_ms: int = START_DELAY_MS) -> None:
        """Check this project's trail in the background, after ``delay_ms``."""
        self.stop()
        self._workspace = workspace
        self._timer.start(delay_ms)

    def stop(self) -> None:
        """Forget the project: cancel a check (and wait for it, a moment at most: the read is
        interrupted) and hide the warning."""
        self._timer.stop()
        running, self._running = self._running, None
        if running is not None:
            running.cancel()
            running.wait()
            running.deleteLater()
        self._workspace = None
        self.report = None
        self.hide()

    def show_details(self) -> None:
        if self.report is None:
            return
        dialog = TrailReportDialog(self.window(), self.report)
        dialog.exec()
        dialog.deleteLater()

    def _start(self) -> None:
        if self._workspace is None:
            return
        project = self._workspace.project
        running = RunningJob(
            self.tr("Checking the audit trail"), lambda token: verify_job(project, token)
        )
        running.setParent(self)
        running.finished.connect(lambda report: self._checked(running, report))
        running.failed.connect(lambda error: self._failed(running, error))
        running.ended.connect(lambda: self._ended(running))
        self._running = running
        running.start()

    def _checked(self, running: RunningJob, report: ChainReport) -> None:
        if running is not self._running:
            return
        self.report = report
        self.checked.emit(report)
        if report.intact:
            self.hide()
            return
        self.label.setText(trail_texts.banner_text(report))
        self.show()

    def _failed(self, running: RunningJob, error: object) -> None:
        if running is not self._running:
            return
        failure = error if isinstance(error, BaseException) else RuntimeError(str(error))
        # Not a finding about the trail: the check itself could not run (a dropped server
        # connection); the log says why, the window stays quiet.
        log.warning("checking the audit trail failed: %s", messages.error_text(failure))

    def _ended(self, running: RunningJob) -> None:
        if running is self._running:
            self._running = None
            running.deleteLater()
