"""Where timelines are shown: the selected claim's timeline beside its details
(TimelinePanel), and a window with one chart per unit for the claims a filter matches
(TimelineWindow). Series are read on the reader thread; the chart module (pyqtgraph, numpy)
is imported when the first chart is drawn, never at start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.records import Changes
from . import formatting as fmt
from . import messages
from .workspace import Workspace

if TYPE_CHECKING:
    from ..core.filters import ClaimFilter
    from ..core.matching.timeline import TimelineSeries
    from .timeline_chart import TimelineChart

NOTE_STYLE = "color: #666; padding: 4px;"
CHART_HEIGHT = 300  # of each chart in the timeline window


def new_chart(parent: QWidget | None = None) -> TimelineChart:
    from .timeline_chart import TimelineChart

    return TimelineChart(parent)


class TimelinePanel(QWidget):
    """The timeline of one claim's number: ``show_claim(id)``; a short note instead of a
    chart when the claim has fewer than two dated figures about the same thing. Follows the
    change bus (any claim may join or leave the series)."""

    claim_requested = Signal(int)  # a point was clicked
    chart_shown = Signal(bool)  # a chart (True) or only the note (False) is shown

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.current_id: int | None = None
        self.series: TimelineSeries | None = None
        self.chart: TimelineChart | None = None
        self._ticket: int | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setAccessibleName(self.tr("Timeline"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.note)
        workspace.bus.changed.connect(self._changed)
        self._show_note("")

    def show_claim(self, claim_id: int | None) -> None:
        if self._ticket is not None:
            self.workspace.reader.cancel(self._ticket)
            self._ticket = None
        self.current_id = claim_id
        if claim_id is None:
            self.series = None
            self._show_note("")
            return
        timeline = self.workspace.project.timeline
        self._ticket = self.workspace.reader.submit(
            lambda: timeline.series_for(claim_id),
            lambda series: self._arrived(claim_id, series),
            self._failed,
        )

    def _arrived(self, claim_id: int, series: TimelineSeries | None) -> None:
        if claim_id != self.current_id:
            return
        self._ticket = None
        self.series = series
        if series is None:
            self._show_note(
                self.tr(
                    "No timeline: it needs a dated figure and at least one other claim "
                    "giving a figure for the same thing."
                )
            )
            return
        if self.chart is None:
            self.chart = new_chart(self)
            self.chart.claim_clicked.connect(self.claim_requested)
            self._layout.addWidget(self.chart, 1)
        self.chart.show_series(series, self._title(series))
        self.note.hide()
        self.chart.show()
        self.setMaximumHeight(16_777_215)
        self.chart_shown.emit(True)

    def _title(self, series: TimelineSeries) -> str:
        count = len(series.points)
        one = self.tr("Timeline: %1, %n figure")
        many = self.tr("Timeline: %1, %n figures")
        text = one if count == 1 else many
        return text.replace("%1", series.label).replace("%n", fmt.number_text(count))

    def _failed(self, error: BaseException) -> None:
        self._ticket = None
        self._show_note(messages.error_text(error))

    def _show_note(self, text: str) -> None:
        if self.chart is not None:
            self.chart.hide()
        self.note.setText(text)
        self.note.setVisible(bool(text))
        # Only the note: the details above keep the room.
        self.setMaximumHeight(self.note.sizeHint().height() + 8 if text else 0)
        self.chart_shown.emit(False)

    def _changed(self, changes: Changes) -> None:
        if self.current_id is not None and (changes.claims or changes.everything):
            self.show_claim(self.current_id)


class TimelineWindow(QDialog):
    """One chart per unit for the claims a filter matches (View → Timeline of the current
    filter); a click on a point opens that claim in the main window."""

    claim_requested = Signal(int)

    def __init__(self, parent: QWidget | None, workspace: Workspace, wanted: ClaimFilter):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timeline of the current filter"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 700)
        self.workspace = workspace
        self.charts: list[TimelineChart] = []
        self.series: list[TimelineSeries] | None = None
        self.note = QLabel(self.tr("Reading the figures…"))
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self._column = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self._column)
        self._column.addWidget(self.note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scroll)
        timeline = workspace.project.timeline
        self._ticket: int | None = workspace.reader.submit(
            lambda: timeline.series(wanted), self._arrived, self._failed
        )
        self.finished.connect(self._forget)

    def _arrived(self, found: list[TimelineSeries]) -> None:
        self._ticket = None
        self.series = found
        if not found:
            self.note.setText(
                self.tr(
                    "No timeline: no unit has two or more dated figures among the claims "
                    "the filter matches."
                )
            )
            return
        count = len(found)
        one, many = self.tr("%n unit with a timeline"), self.tr("%n units with a timeline")
        self.note.setText((one if count == 1 else many).replace("%n", fmt.number_text(count)))
        for position, series in enumerate(found, start=1):
            chart = new_chart(self)
            chart.setMinimumHeight(CHART_HEIGHT)
            chart.show_series(series, series.label)
            chart.claim_clicked.connect(self.claim_requested)
            self._column.insertWidget(position, chart, 1)
            self.charts.append(chart)

    def _failed(self, error: BaseException) -> None:
        self._ticket = None
        self.note.setText(messages.error_text(error))

    def _forget(self) -> None:
        if self._ticket is not None:
            self.workspace.reader.cancel(self._ticket)
            self._ticket = None
