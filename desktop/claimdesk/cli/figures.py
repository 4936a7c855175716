"""`claimdesk conflicts` and `claimdesk timeline`: conflicting figures and the timeline of a
number, from the command line."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import ClaimdeskError
from .filters import MAX_ID, add_filter_arguments, claim_filter, whole_number

if TYPE_CHECKING:
    from ..core.matching.conflicts import Conflict
    from ..core.quantities import Quantity

TIMELINE_SUFFIXES = (".svg", ".png")


def add_figures_parsers(
    commands: Any, db_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    conflicts = commands.add_parser(
        "conflicts",
        help="list the conflicting figures",
        description="Pairs of claims about the same thing, at about the same time, whose "
        "figures disagree beyond their qualifiers; resolved ones say how.",
    )
    db_option(conflicts)
    conflicts.add_argument("--json", action="store_true", help="print one JSON object per line")
    conflicts.add_argument("--open", action="store_true", help="only the unresolved ones")
    conflicts.add_argument(
        "--detect",
        action="store_true",
        help="detect the conflicts of every claim first (a project from before conflicts "
        "were stored)",
    )
    conflicts.set_defaults(handler=run_conflicts)

    timeline = commands.add_parser(
        "timeline",
        help="draw the timeline of a number as SVG or PNG",
        description="Draw the figures claims give for the same thing over time: of one "
        "claim's subject (--claim), or of the claims the filters match (the unit with the "
        "most figures; narrow with --unit).",
    )
    db_option(timeline)
    timeline.add_argument(
        "--claim",
        type=whole_number("--claim", 1, MAX_ID),
        metavar="ID",
        help="the claims about the same thing as this one, it highlighted",
    )
    timeline.add_argument(
        "--out", required=True, metavar="FILE", help="where to write the chart (.svg or .png)"
    )
    timeline.add_argument("--locale", default="en", help="dates and numbers (default en)")
    add_filter_arguments(timeline)
    timeline.set_defaults(handler=run_timeline)


def run_conflicts(args: argparse.Namespace) -> int:
    from ..core.jobs import CancelToken, run_to_end
    from . import open_project

    with open_project(args, create=False) as project:
        if args.detect:
            run_to_end(project.conflicts.detect_job(CancelToken()))
        found = project.conflicts.list(open_only=args.open)
    for conflict in found:
        if args.json:
            print(json.dumps(conflict_json(conflict), ensure_ascii=False))
        else:
            print(_line(conflict))
    return 0


def conflict_json(conflict: Conflict) -> dict[str, Any]:
    """One conflict: ``claims`` (ids, lower first), ``unit`` (the unit key both count),
    ``values`` (each figure as {"value", "upper", "qualifier", "unit"}), ``resolution``
    (null while open, else the relation kind) and ``relation_id``."""
    return {
        "claims": list(conflict.claims),
        "unit": conflict.unit,
        "values": [_figure(quantity) for quantity in conflict.values],
        "resolution": conflict.resolution.value if conflict.resolution else None,
        "relation_id": conflict.relation_id,
    }


def _figure(quantity: Quantity) -> dict[str, Any]:
    return {
        "value": quantity.value,
        "upper": quantity.upper,
        "qualifier": quantity.qualifier.value,
        "unit": quantity.unit,
    }


def _line(conflict: Conflict) -> str:
    from ..core.quantities import format_quantity

    a, b = conflict.sides
    state = conflict.resolution.value if conflict.resolution else "open"
    return (
        f"#{a.claim_id} {format_quantity(a.quantity, 'en')} / "
        f"#{b.claim_id} {format_quantity(b.quantity, 'en')} [{conflict.unit}] {state}"
    )


def run_timeline(args: argparse.Namespace) -> int:
    from ..core.reports.timeline_svg import timeline_svg
    from . import open_project

    out = Path(args.out)
    if out.suffix.lower() not in TIMELINE_SUFFIXES:
        raise ClaimdeskError("timeline_suffix", suffix=out.suffix or out.name)
    with open_project(args, create=False) as project:
        if args.claim is not None:
            found = project.timeline.series_for(args.claim)
            series = [found] if found is not None else []
        else:
            series = project.timeline.series(claim_filter(args, project))
    if not series:
        raise ClaimdeskError("timeline_empty")
    chosen = max(series, key=lambda s: len(s.points))
    svg = timeline_svg(chosen, args.locale, f"{chosen.label} ({len(chosen.points)})")
    if out.suffix.lower() == ".png":
        from ..printing import ensure_gui_application
        from ..printing.svg_charts import svg_to_png

        ensure_gui_application()
        _write(out, svg_to_png(svg))
    else:
        _write(out, svg.encode("utf-8"))
    print(f"{out}: {chosen.label}, {len(chosen.points)} figures")
    return 0


def _write(path: Path, data: bytes) -> None:
    """Write whole or not at all: a temporary file beside it, renamed over it."""
    handle, temporary = tempfile.mkstemp(dir=path.parent or ".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
