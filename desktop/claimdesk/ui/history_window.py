"""View → History…: every event of the project's audit trail in a window of its own, filtered
by user, days, kind and claim, and written to a CSV file in the background.

The table is the lazy table of the main window (``TablePage`` over ``HistoryTableModel``):
pages read on the reader thread, a row cache, and a re-read of what is in view whenever the
change bus says something changed (every change adds events). A double click on an event
that belongs to a claim selects that claim in the main window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import AuditAction
from ..core.errors import BadValue, FieldProblem
from ..core.records import HistoryQuery
from . import formatting as fmt
from . import messages, trail_texts
from .forms import ERROR_STYLE
from .history_model import HistoryTableModel
from .job_status import JobStatus
from .settings import Settings
from .table_pages import FILTER_DELAY_MS, TablePage
from .widgets.partial_date_edit import PartialDateEdit
from .workers import RunningJob
from .workspace import Workspace


class HistoryTablePage(TablePage):
    """The events table with the history's filters in place of the search box."""

    def __init__(self, model: HistoryTableModel, settings: Settings, parent: QWidget | None = None):
        super().__init__("history", model, settings, parent)
        self.search.hide()
        self.view.setSortingEnabled(False)  # newest first, always: the trail's own order
        self.view.setAccessibleName(self.tr("Events"))

    def apply_filter(self, text: str) -> None:
        """The history has no text search; the window's filters set the query."""


class HistoryWindow(QDialog):
    """The project's history (non-modal); ``claim_requested`` when a claim's event is
    double-clicked."""

    claim_requested = Signal(int)

    def __init__(self, parent: QWidget | None, workspace: Workspace, settings: Settings):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project history"))
        self.setObjectName("history_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1240, 720)
        self.workspace = workspace
        self._settings = settings
        self.export_job: RunningJob | None = None
        # Not a child of the window: a page still being read when the window closes arrives
        # at a model that is still there (and then goes with its last reference).
        self.model = HistoryTableModel(workspace)
        self.page = HistoryTablePage(self.model, settings, self)
        self.page.view.doubleClicked.connect(self._double_clicked)

        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        self.user.addItem(self.tr("Anyone"), None)
        self.user.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of change"))
        self.kind.addItem(self.tr("Any kind"), None)
        for action, label in trail_texts.action_choices():
            self.kind.addItem(label[:1].upper() + label[1:], action.value)
        self.since = PartialDateEdit()
        self.since.setAccessibleName(self.tr("From"))
        self.until = PartialDateEdit()
        self.until.setAccessibleName(self.tr("To"))
        self.claim = QLineEdit()
        self.claim.setValidator(QIntValidator(1, 2_147_483_647, self.claim))
        self.claim.setPlaceholderText(self.tr("any"))
        self.claim.setAccessibleName(self.tr("Claim number"))
        self.claim.setToolTip(self.tr("Only the events of this claim and its parts"))
        self.claim.setClearButtonEnabled(True)
        self.claim.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12 + 24)
        for day in (self.since, self.until):
            day.edit.setToolTip(self.tr("Days in UTC: a year, a month or a day"))
            hint = day.edit.fontMetrics().horizontalAdvance(day.edit.placeholderText())
            day.edit.setMinimumWidth(hint + 24)
        filters = [
            (self.tr("&User:"), self.user),
            (self.tr("&Kind:"), self.kind),
            (self.tr("C&laim #:"), self.claim),
            (self.tr("&From:"), self.since),
            (self.tr("&To:"), self.until),
        ]
        bar = self.page.filter_bar  # the search box's place, left of the count
        position = 1
        for text, widget in filters:
            label = QLabel(text)
            label.setBuddy(widget)
            bar.insertWidget(position, label)
            bar.insertWidget(position + 1, widget)
            position += 2
        bar.insertStretch(position, 1)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.page.layout().insertWidget(1, self.problem)

        self.job_status = JobStatus(self)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setToolTip(
            self.tr("Write the events the filters show to a CSV file, one line per field")
        )
        self.export_button.clicked.connect(self.export_csv)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        self.outcome = QLabel()
        self.outcome.setStyleSheet("color: #666;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.outcome, 1)
        bottom.addWidget(self.job_status)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.page, 1)
        layout.addLayout(bottom)

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        for combo in (self.user, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (self.since.edit, self.until.edit, self.claim):
            edit.textChanged.connect(lambda _text: self._filter_timer.start())
        history = workspace.project.history
        self._actors_ticket: int | None = workspace.reader.submit(
            history.actors, self._actors_arrived
        )
        self.finished.connect(self._forget)
        QTimer.singleShot(0, self.model.start)

    # Filters --------------------------------------------------------------------------------

    def query(self) -> HistoryQuery:
        """What the filters ask for; a date that does not read is left out (and said so)."""
        actor = self.user.currentData()
        kind = self.kind.currentData()
        claim = self.claim.text().strip()
        problems = []
        since = until = None
        try:
            typed = self.since.value()
            since = typed.value if typed is not None else None
        except BadValue as error:
            problems.append(messages.problem_text(FieldProblem("date", error.code, error.params)))
        try:
            typed = self.until.value()
            until = typed.last_day() if typed is not None else None
        except BadValue as error:
            problems.append(messages.problem_text(FieldProblem("date", error.code, error.params)))
        self.problem.setText(problems[0] if problems else "")
        self.problem.setVisible(bool(problems))
        return HistoryQuery(
            claim_id=int(claim) if claim.isdigit() else None,
            actors=frozenset({actor}) if actor else frozenset(),
            actions=frozenset({AuditAction(kind)}) if kind else frozenset(),
            since=since,
            until=until,
        )

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        self.model.set_query(self.query())

    def _actors_arrived(self, actors: list[str]) -> None:
        self._actors_ticket = None
        for actor in actors:
            self.user.addItem(actor, actor)

    # Export ---------------------------------------------------------------------------------

    def export_csv(self) -> None:
        _chosen, folder = self._settings.export_choice()
        suggestion = Path(folder or Path.home()) / "history.csv"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), str(suggestion), self.tr("CSV files (*.csv)")
        )
        if name:
            self.start_export(Path(name))

    def start_export(self, path: Path) -> RunningJob | None:
        """Write the events the filters show to ``path`` in the background (progress and
        Cancel beside the button, and in the main window's status bar)."""
        jobs = self.workspace.jobs
        if jobs.busy:
            QMessageBox.information(
                self,
                self.tr("Export history"),
                self.tr("Another job is still running; wait for it or cancel it first."),
            )
            return None
        query, history = self.query(), self.workspace.project.history
        running = jobs.start(
            self.tr("Exporting history"),
            lambda token: history.export_csv_job(query, path, token),
        )
        self.export_job = running
        self.job_status.follow(running)
        self.export_button.setEnabled(False)
        self.outcome.clear()
        running.finished.connect(lambda count: self._exported(path, count))
        running.failed.connect(self._export_failed)
        running.cancelled.connect(
            lambda: self.outcome.setText(self.tr("Export cancelled; no file was written"))
        )
        running.ended.connect(self._export_ended)
        return running

    def _exported(self, path: Path, count: int) -> None:
        one, many = self.tr("Wrote %n event to %1"), self.tr("Wrote %n events to %1")
        text = (one if count == 1 else many).replace("%n", fmt.number_text(count))
        self.outcome.setText(text.replace("%1", str(path)))

    def _export_failed(self, error: object) -> None:
        failure = error if isinstance(error, BaseException) else RuntimeError(str(error))
        QMessageBox.warning(self, self.tr("Export failed"), messages.error_text(failure))

    def _export_ended(self) -> None:
        self.export_job = None
        self.export_button.setEnabled(True)

    # Navigation -----------------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        record = self.model.cached_row(index.row())
        if record is not None and record.claim_id is not None:
            self.claim_requested.emit(record.claim_id)

    def _forget(self) -> None:
        self.workspace.bus.changed.disconnect(self.model.apply_changes)
        if self._actors_ticket is not None:
            self.workspace.reader.cancel(self._actors_ticket)
            self._actors_ticket = None
        if self.export_job is not None:
            self.export_job.cancel()
