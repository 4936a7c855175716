"""The timeline of a number as an interactive chart (pyqtgraph).

pyqtgraph and numpy take a noticeable time to import, so this module is imported only when
a chart is first shown (timeline_panel.py, timeline_window.py); the window starts without it.

One colour per group (claimant or source; the report's palette), the interval a qualifier
allows as an error bar ("about", ranges) or, where it is open ("at least", "fewer than"), an
arrow pointing the open way; the claim the series was asked for drawn larger and ringed.
Dates and numbers read as in the rest of the window (babel, the UI locale).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from html import escape
from typing import Any

import pyqtgraph as pg
from babel.dates import format_datetime
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPainterPath
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from ..core.dates import PartialDate
from ..core.enums import Qualifier
from ..core.matching.timeline import UNATTRIBUTED, TimelinePoint, TimelineSeries
from ..core.reports.timeline_svg import PALETTE
from . import formatting as fmt

BACKGROUND = "#ffffff"
TEXT = "#202020"
AXIS = "#707070"
POINT_SIZE = 10
HIGHLIGHT_SIZE = 17
ARROW_SIZE = 44  # the arrow of an open interval: half of it above (or below) the point

# pyqtgraph's date ticks name their format in strftime's words; babel's patterns say the same
# in the user's language ("Jun" / "Juni").
_TICK_PATTERNS = {"%Y": "y", "%b": "LLL", "%d": "d", "%a %d": "EEE d", "%H:%M": "HH:mm"}


def _arrow(up: bool) -> QPainterPath:
    """A symbol from the point's centre to the edge of its box (pyqtgraph draws symbols in a
    unit box, y down), pointing the way an interval stays open."""
    sign = -1 if up else 1
    path = QPainterPath()
    path.moveTo(0, 0)
    path.lineTo(0, 0.48 * sign)
    path.moveTo(-0.14, 0.3 * sign)
    path.lineTo(0, 0.48 * sign)
    path.lineTo(0.14, 0.3 * sign)
    return path


class _DateAxis(pg.DateAxisItem):
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        pattern = _TICK_PATTERNS.get(spec.format) if spec is not None else None
        if pattern is None:
            return super().tickStrings(values, scale, spacing)
        where = fmt.locale_name()
        texts = []
        for value in values:
            try:
                moment = datetime.fromtimestamp(value, UTC)
            except (OverflowError, OSError, ValueError):
                texts.append("")
                continue
            texts.append(format_datetime(moment, pattern, tzinfo=UTC, locale=where))
        return texts


class _NumberAxis(pg.AxisItem):
    """Values with the locale's grouping (11,000 / 11.000), never "11k" or "1.1e4"."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        places = 0 if spacing >= 1 else len(f"{spacing:.6f}".rstrip("0").split(".")[1])
        return [fmt.number_text(round(value * scale, places)) for value in values]


def seconds(day: date) -> float:
    """A date as the x value: seconds since 1970 at midnight UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


class TimelineChart(QWidget):
    """One series: ``show_series``; a click on a point emits its claim's id. The legend is
    a line of text under the plot, where it never hides a point."""

    claim_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(
            background=BACKGROUND,
            axisItems={"bottom": _DateAxis(utcOffset=0), "left": _NumberAxis("left")},
        )
        self.series: TimelineSeries | None = None
        self.scatters: list[pg.ScatterPlotItem] = []
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Legend"))
        self.legend.setStyleSheet(f"background: {BACKGROUND}; color: {TEXT}; padding: 2px 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.legend)
        plot = self.plot_item()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=0.18)
        font = QFont(QApplication.font())
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTickFont(font)
            axis.setTextPen(pg.mkPen(TEXT))
            axis.setPen(pg.mkPen(AXIS))
        plot.getAxis("left").enableAutoSIPrefix(False)
        self.setMinimumHeight(180)

    def plot_item(self) -> pg.PlotItem:
        return self.plot_widget.getPlotItem()

    def show_series(self, series: TimelineSeries, title: str | None = None) -> None:
        """Draw ``series`` (replacing what was drawn); ``title`` above the plot if given."""
        plot = self.plot_item()
        plot.clear()
        self.scatters = []
        self.series = series
        plot.setTitle(title, color=TEXT, size=f"{QApplication.font().pointSizeF() + 1:.0f}pt")
        colours = {
            group: PALETTE[index % len(PALETTE)] for index, group in enumerate(series.groups)
        }
        for group in series.groups:
            points = [point for point in series.points if point.group == group]
            self._draw_group(group, points, colours[group])
        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                f"<span style='color:{colours[group]}'>●</span>&nbsp;"
                f"{escape(self._group_name(group))}"
                for group in series.groups
            )
        )
        highlighted = [p for p in series.points if p.claim_id == series.highlighted]
        if highlighted:
            point = highlighted[0]
            ring = pg.ScatterPlotItem(
                size=HIGHLIGHT_SIZE,
                pen=pg.mkPen(TEXT, width=2.5),
                brush=pg.mkBrush(colours[point.group]),
                hoverable=True,
                tip=self._tip,
            )
            ring.setData([seconds(point.on)], [point.value], data=[point.claim_id])
            ring.setZValue(10)
            ring.sigClicked.connect(self._clicked)
            plot.addItem(ring)
            self.scatters.append(ring)
        plot.enableAutoRange()

    def point_count(self) -> int:
        """The points drawn (the highlighted one counted once)."""
        return len(self.series.points) if self.series is not None else 0

    def _draw_group(self, group: str, points: Sequence[TimelinePoint], colour: str) -> None:
        plot = self.plot_item()
        xs = [seconds(point.on) for point in points]
        ys = [point.value for point in points]
        if len(points) > 1:
            # A faint line: the points carry the figures, the line only who said what next.
            line = pg.mkColor(colour)
            line.setAlpha(110)
            plot.addItem(pg.PlotCurveItem(xs, ys, pen=pg.mkPen(line, width=1.2)))
        self._draw_intervals(points, colour)
        scatter = pg.ScatterPlotItem(
            size=POINT_SIZE,
            pen=pg.mkPen(BACKGROUND, width=1),
            brush=pg.mkBrush(colour),
            hoverable=True,
            tip=self._tip,
        )
        scatter.setData(xs, ys, data=[point.claim_id for point in points])
        scatter.setZValue(5)
        scatter.sigClicked.connect(self._clicked)
        plot.addItem(scatter)
        self.scatters.append(scatter)

    def _draw_intervals(self, points: Sequence[TimelinePoint], colour: str) -> None:
        """Closed intervals as error bars, open ones as arrows from the point."""
        plot = self.plot_item()
        bars = [p for p in points if p.low is not None and p.high is not None and p.low < p.high]
        if bars:
            plot.addItem(
                pg.ErrorBarItem(
                    x=_array([seconds(p.on) for p in bars]),
                    y=_array([p.value for p in bars]),
                    top=_array([p.high - p.value for p in bars]),  # type: ignore[operator]
                    bottom=_array([p.value - p.low for p in bars]),  # type: ignore[operator]
                    beam=0,
                    pen=pg.mkPen(colour, width=2),
                )
            )
        for up in (True, False):
            open_way = [p for p in points if (p.high is None if up else p.low is None)]
            if open_way:
                arrows = pg.ScatterPlotItem(
                    symbol=_arrow(up),
                    size=ARROW_SIZE,
                    pen=pg.mkPen(colour, width=2),
                    brush=pg.mkBrush(None),
                )
                arrows.setData([seconds(p.on) for p in open_way], [p.value for p in open_way])
                plot.addItem(arrows)

    def _group_name(self, group: str) -> str:
        return self.tr("Not attributed") if group == UNATTRIBUTED else group

    def _tip(self, x: float, y: float, data: Any) -> str:
        point = self._point(int(data))
        if point is None:
            return ""
        value = fmt.number_text(point.value)
        if point.qualifier is not Qualifier.EXACT:
            value = f"{fmt.qualifier_label(point.qualifier)} {value}"
        when = fmt.partial_date_text(PartialDate(point.on, point.precision))
        who = self._group_name(point.group)
        return f"#{point.claim_id} · {value} · {when}\n{who}\n{point.statement}"

    def _point(self, claim_id: int) -> TimelinePoint | None:
        if self.series is None:
            return None
        return next((p for p in self.series.points if p.claim_id == claim_id), None)

    def _clicked(self, _item: Any, points: Any, _event: Any = None) -> None:
        if len(points):
            self.claim_clicked.emit(int(points[0].data()))


def _array(values: Sequence[float]) -> Any:
    import numpy as np

    return np.asarray(values, dtype=float)
