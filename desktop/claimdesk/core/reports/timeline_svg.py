"""A timeline series as a self-contained SVG chart, for the documents the exports write.

Pure Python (xml.etree, which escapes every text and attribute): the exports run off the GUI
thread, where Qt's chart widgets cannot be used; the PDF and PNG outputs draw this same SVG
with QSvgRenderer (printing/). Dates and numbers follow the report's locale through babel, and
so does the one word of its own the chart has (the legend's group of unattributed figures).
The chart: value over the date of each figure, one colour per group (claimant or source) with
a legend, the interval a qualifier allows as a vertical bar (dashed to the edge where it is
open: "at least", "more than"), the highlighted claim ringed. No script, no external file;
fonts named "DejaVu Sans" with a generic fallback.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from datetime import date, timedelta

from babel.dates import format_date

from ..control_chars import clean_text
from ..i18n import words_for
from ..matching.timeline import UNATTRIBUTED, TimelinePoint, TimelineSeries
from ..quantities import format_number

WIDTH = 720
HEIGHT = 340
FONT = "DejaVu Sans, sans-serif"
# Okabe-Ito: told apart by readers with colour-vision deficiencies, and in greyscale print.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
_LEFT, _RIGHT, _TOP = 84, 20, 44
_PLOT_BOTTOM = 290  # the legend sits below the axis labels
_LEGEND_TOP = _PLOT_BOTTOM + 44.0
_LEGEND_ROW = 18.0


def timeline_svg(series: TimelineSeries, locale: str = "en", title: str | None = None) -> str:
    """The chart of ``series`` as SVG text (UTF-8, with an XML declaration)."""
    chart = _Chart(series, locale)
    legend = chart.legend_places()
    height = HEIGHT + (legend[-1][2] - _LEGEND_TOP if legend else 0)
    root = ET.Element(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "width": str(WIDTH),
            "height": _fmt(height),
            "viewBox": f"0 0 {WIDTH} {_fmt(height)}",
            "font-family": FONT,
            "font-size": "11",
            "role": "img",
        },
    )
    heading = _text(title or series.label)
    ET.SubElement(root, "title").text = heading
    ET.SubElement(root, "rect", {"width": str(WIDTH), "height": _fmt(height), "fill": "#ffffff"})
    _label(root, WIDTH / 2, 22, heading, size=14, anchor="middle", weight="bold")
    chart.draw_axes(root)
    chart.draw_points(root)
    chart.draw_legend(root, legend)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


class _Chart:
    def __init__(self, series: TimelineSeries, locale: str):
        self.series = series
        self.locale = locale
        points = series.points
        first, last = min(p.on for p in points), max(p.on for p in points)
        # A margin either side, so that no point or bar sits on the axis.
        pad = timedelta(days=max(3, (last - first).days // 20))
        first, last = first - pad, last + pad
        self.first, self.last = first, last
        values = [v for p in points for v in (p.value, p.low, p.high) if v is not None]
        self.y_ticks = nice_ticks(min(values), max(values))
        self.bottom_value, self.top_value = self.y_ticks[0], self.y_ticks[-1]
        self.colours = {
            group: PALETTE[index % len(PALETTE)] for index, group in enumerate(series.groups)
        }
        unattributed = words_for(locale).translate("ReportChart", "unattributed")
        self.names = {
            group: unattributed if group == UNATTRIBUTED else group for group in self.colours
        }

    def x(self, day: date) -> float:
        span = (self.last - self.first).days or 1
        return _LEFT + (day - self.first).days / span * (WIDTH - _LEFT - _RIGHT)

    def y(self, value: float) -> float:
        span = (self.top_value - self.bottom_value) or 1.0
        return _PLOT_BOTTOM - (value - self.bottom_value) / span * (_PLOT_BOTTOM - _TOP)

    def draw_axes(self, root: ET.Element) -> None:
        axes = ET.SubElement(root, "g", {"stroke": "#8c959f", "stroke-width": "1"})
        for value in self.y_ticks:
            y = _fmt(self.y(value))
            ET.SubElement(
                axes,
                "line",
                {
                    "x1": str(_LEFT),
                    "x2": str(WIDTH - _RIGHT),
                    "y1": y,
                    "y2": y,
                    "stroke": "#eaeef2",
                },
            )
            _label(root, _LEFT - 6, self.y(value) + 4, format_number(value, self.locale), "end")
        for day, text in date_ticks(self.first, self.last, self.locale):
            x = _fmt(self.x(day))
            ET.SubElement(
                axes,
                "line",
                {"x1": x, "x2": x, "y1": str(_PLOT_BOTTOM), "y2": str(_PLOT_BOTTOM + 5)},
            )
            _label(root, self.x(day), _PLOT_BOTTOM + 18, text, "middle")
        ET.SubElement(
            axes,
            "polyline",
            {
                "fill": "none",
                "points": f"{_LEFT},{_TOP} {_LEFT},{_PLOT_BOTTOM} {WIDTH - _RIGHT},{_PLOT_BOTTOM}",
            },
        )
        unit = ET.SubElement(
            root,
            "text",
            {
                "transform": f"translate(16 {(_TOP + _PLOT_BOTTOM) / 2}) rotate(-90)",
                "text-anchor": "middle",
                "fill": "#1d2329",
            },
        )
        unit.text = _text(self.series.label)

    def draw_points(self, root: ET.Element) -> None:
        layer = ET.SubElement(root, "g")
        for point in self.series.points:
            colour = self.colours[point.group]
            x = _fmt(self.x(point.on))
            self._draw_band(layer, point, x, colour)
            if point.claim_id == self.series.highlighted:
                ET.SubElement(
                    layer,
                    "circle",
                    {
                        "cx": x,
                        "cy": _fmt(self.y(point.value)),
                        "r": "8",
                        "fill": "none",
                        "stroke": "#1d2329",
                        "stroke-width": "2",
                    },
                )
            dot = ET.SubElement(
                layer,
                "circle",
                {"cx": x, "cy": _fmt(self.y(point.value)), "r": "4", "fill": colour},
            )
            ET.SubElement(dot, "title").text = _text(
                f"#{point.claim_id} {format_number(point.value, self.locale)}: {point.statement}"
            )

    def _draw_band(self, layer: ET.Element, point: TimelinePoint, x: str, colour: str) -> None:
        if point.low == point.high == point.value:
            return
        low = self.y(point.low) if point.low is not None else _PLOT_BOTTOM
        high = self.y(point.high) if point.high is not None else _TOP
        attributes = {"x1": x, "x2": x, "y1": _fmt(low), "y2": _fmt(high), "stroke": colour}
        attributes["stroke-width"] = "2"
        if point.low is None or point.high is None:
            attributes["stroke-dasharray"] = "3 3"
        ET.SubElement(layer, "line", attributes)
        for end, value in ((low, point.low), (high, point.high)):
            if value is not None:
                ET.SubElement(
                    layer,
                    "line",
                    {
                        "x1": _fmt(float(x) - 4),
                        "x2": _fmt(float(x) + 4),
                        "y1": _fmt(end),
                        "y2": _fmt(end),
                        "stroke": colour,
                        "stroke-width": "2",
                    },
                )

    def legend_places(self) -> list[tuple[str, float, float]]:
        """(group, x, y) of each legend entry, wrapped onto as many rows as the names need
        (the chart grows downwards by the rows beyond the first)."""
        places = []
        x, y = float(_LEFT), _LEGEND_TOP
        for group in self.colours:
            width = 22 + _text_width(_text(self.names[group]))
            if x + width > WIDTH - _RIGHT and x > _LEFT:
                x, y = float(_LEFT), y + _LEGEND_ROW
            places.append((group, x, y))
            x += width + 10
        return places

    def draw_legend(self, root: ET.Element, places: list[tuple[str, float, float]]) -> None:
        for group, x, y in places:
            colour = self.colours[group]
            ET.SubElement(
                root, "circle", {"cx": _fmt(x + 5), "cy": _fmt(y - 4), "r": "5", "fill": colour}
            )
            _label(root, x + 14, y, self.names[group], "start")


def _text_width(words: str, size: float = 11) -> float:
    """Roughly how wide DejaVu Sans sets the words (capitals and wide letters count more)."""
    wide = sum(1 for char in words if char.isupper() or char in "mwMW")
    return size * (0.58 * len(words) + 0.2 * wide)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values from below ``low`` to above ``high``, about ``count`` of them
    (1, 2 or 5 times a power of ten apart)."""
    if not math.isfinite(low) or not math.isfinite(high):
        raise ValueError("ticks need finite bounds")
    if high - low < 1e-9:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def date_ticks(first: date, last: date, locale: str) -> list[tuple[date, str]]:
    """Ticks at the start of years, quarters, months or weeks (whichever gives 2-8 of them),
    labelled in the locale."""
    days = (last - first).days
    if days > 3 * 365:
        step_months, pattern = 12 * max(1, round(days / 365 / 6)), "y"
    elif days > 240:
        step_months, pattern = 3, "MMM y"
    elif days > 60:
        step_months, pattern = 1, "MMM y"
    else:
        start = first + timedelta(days=(7 - first.weekday()) % 7)
        step = 7 if days > 14 else 2
        ticks = []
        day = start
        while day <= last:
            ticks.append((day, format_date(day, "d MMM", locale=locale)))
            day += timedelta(days=step)
        return ticks
    month = first.year * 12 + first.month - 1 + (first.day > 1)
    month += -month % min(step_months, 12)
    ticks = []
    while True:
        day = date(month // 12, month % 12 + 1, 1)
        if day > last:
            return ticks
        if day >= first:
            ticks.append((day, format_date(day, pattern, locale=locale)))
        month += step_months


def _label(
    root: ET.Element,
    x: float,
    y: float,
    text: str,
    anchor: str,
    size: int = 11,
    weight: str = "normal",
) -> None:
    element = ET.SubElement(
        root,
        "text",
        {
            "x": _fmt(x),
            "y": _fmt(y),
            "text-anchor": anchor,
            "font-size": str(size),
            "font-weight": weight,
            "fill": "#1d2329",
        },
    )
    element.text = _text(text)


def _text(value: str) -> str:
    """Text as XML can hold it (control characters out)."""
    return clean_text(value)


def _fmt(value: float) -> str:
    return f"{value:.1f}"
