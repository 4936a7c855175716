"""What a report shows about the figures of its claims: a timeline chart per quantity series
with at least two points, and the conflicting figures among the reported claims with their
resolution. Shared by the HTML, PDF and DOCX writers; worded in English like the rest of a
report (text.py), numbers and dates in the report's locale."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..enums import RelationKind
from ..matching.conflicts import Conflict, ConflictSide
from ..matching.timeline import TimelineSeries
from ..records import ReportOptions
from . import text
from .timeline_svg import timeline_svg

if TYPE_CHECKING:
    from ..project import Project

RESOLUTION_LABELS = {
    None: "Open",
    RelationKind.SUPERSEDES: "Resolved: the first supersedes the second",
    RelationKind.CONTRADICTS: "Resolved: kept as contradicting each other",
    RelationKind.INCOMPARABLE: "Resolved: not comparable",
}
CHARTS_HEADING = "Figures over time"
CONFLICTS_HEADING = "Conflicting figures"


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
    charts = tuple(
        Chart(series, chart_title(series), timeline_svg(series, locale, chart_title(series)))
        for series in project.timeline.series(options.filter)
    )
    conflicts = tuple(
        conflict_lines(conflict, locale) for conflict in project.conflicts.list(options.filter)
    )
    return ReportFigures(charts, conflicts)


def chart_title(series: TimelineSeries) -> str:
    return f"{series.label}: {len(series.points)} figures over time"


def conflict_lines(conflict: Conflict, locale: str) -> ConflictLines:
    a, b = conflict.claims
    return ConflictLines(
        heading=f"#{a} and #{b}: {conflict.unit}",
        sides=(_side(conflict.sides[0], locale), _side(conflict.sides[1], locale)),
        resolution=RESOLUTION_LABELS[conflict.resolution],
    )


def _side(side: ConflictSide, locale: str) -> str:
    said = ", ".join(
        part for part in (side.claimant, text.partial_date_text(side.on, locale)) if part
    )
    figure = text.quantity_text(side.quantity, locale)
    return f"#{side.claim_id} {figure}" + (f" ({said})" if said else "") + f": {side.statement}"
