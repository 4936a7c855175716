"""What a report shows about the figures of its claims: a timeline chart per quantity series
with at least two points, and the conflicting figures among the reported claims with their
resolution. Shared by the HTML, PDF and DOCX writers; worded in the report's language like
the rest of a report (text.py), numbers and dates in its locale."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..enums import RelationKind
from ..i18n import fill, words_for
from ..matching.conflicts import Conflict, ConflictSide
from ..matching.timeline import TimelineSeries
from ..records import ReportOptions
from . import text
from .timeline_svg import timeline_svg

if TYPE_CHECKING:
    from ..project import Project


def charts_heading(locale: str = "en") -> str:
    return words_for(locale).translate("Report", "Figures over time")


def conflicts_heading(locale: str = "en") -> str:
    return words_for(locale).translate("Report", "Conflicting figures")


def resolution_text(resolution: RelationKind | None, locale: str = "en") -> str:
    """Whether and how a conflict was resolved: "Open", "Resolved: not comparable"."""
    words = words_for(locale)
    if resolution is RelationKind.SUPERSEDES:
        return words.translate("Report", "Resolved: the first supersedes the second")
    if resolution is RelationKind.CONTRADICTS:
        return words.translate("Report", "Resolved: kept as contradicting each other")
    if resolution is RelationKind.INCOMPARABLE:
        return words.translate("Report", "Resolved: not comparable")
    return words.translate("Report", "Open")


@dataclass(frozen=True, slots=True)
class Chart:
    series: TimelineSeries
    title: str
    svg: str


@dataclass(frozen=True, slots=True)
class ConflictLines:
    """A conflict as a report words it."""

    heading: str  # "#12 and #15: soldiers"
    sides: tuple[str, str]  # "#12 about 11,000 soldiers (Kyrylo Budanov, June 2025): …"
    resolution: str


@dataclass(frozen=True, slots=True)
class ReportFigures:
    charts: tuple[Chart, ...]
    conflicts: tuple[ConflictLines, ...]

    def __bool__(self) -> bool:
        return bool(self.charts or self.conflicts)


def report_figures(project: Project, options: ReportOptions) -> ReportFigures:
    """The charts and conflicts of the claims the report's filter covers."""
    locale = options.locale
    charts = []
    for series in project.timeline.series(options.filter):
        title = chart_title(series, locale)
        charts.append(Chart(series, title, timeline_svg(series, locale, title)))
    conflicts = tuple(
        conflict_lines(conflict, locale) for conflict in project.conflicts.list(options.filter)
    )
    return ReportFigures(tuple(charts), conflicts)


def chart_title(series: TimelineSeries, locale: str = "en") -> str:
    """ "soldiers: 4 figures over time"."""
    words = words_for(locale)
    count = words.plural(
        len(series.points),
        words.translate("Report", "%n figure over time"),
        words.translate("Report", "%n figures over time"),
    )
    return f"{series.label}: {count}"


def conflict_lines(conflict: Conflict, locale: str) -> ConflictLines:
    a, b = conflict.claims
    return ConflictLines(
        heading=fill(words_for(locale).translate("Report", "#%1 and #%2: %3"), a, b, conflict.unit),
        sides=(_side(conflict.sides[0], locale), _side(conflict.sides[1], locale)),
        resolution=resolution_text(conflict.resolution, locale),
    )


def _side(side: ConflictSide, locale: str) -> str:
    said = ", ".join(
        part for part in (side.claimant, text.partial_date_text(side.on, locale)) if part
    )
    figure = text.quantity_text(side.quantity, locale)
    return f"#{side.claim_id} {figure}" + (f" ({said})" if said else "") + f": {side.statement}"
