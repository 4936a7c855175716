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
from .words import fill, number_locale, translate

if TYPE_CHECKING:
    from ..core.matching.conflicts import Conflict
    from ..core.quantities import Quantity

TIMELINE_SUFFIXES = (".svg", ".png")


def add_figures_parsers(
    commands: Any, db_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    conflicts = commands.add_parser(
        "conflicts",
        help=translate("Cli", "list the conflicting figures"),
        description=translate(
            "Cli",
            "Pairs of claims about the same thing, at about the same time, whose "
            "figures disagree beyond their qualifiers; resolved ones say how.",
        ),
    )
    db_option(conflicts)
    conflicts.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object per line")
    )
    conflicts.add_argument(
        "--open", action="store_true", help=translate("Cli", "only the unresolved ones")
    )
    conflicts.add_argument(
        "--detect",
        action="store_true",
        help=translate(
            "Cli",
            "detect the conflicts of every claim first (a project from before conflicts "
            "were stored)",
        ),
    )
    conflicts.set_defaults(handler=run_conflicts)

    timeline = commands.add_parser(
        "timeline",
        help=translate("Cli", "draw the timeline of a number as SVG or PNG"),
        description=translate(
            "Cli",
            "Draw the figures claims give for the same thing over time: of one "
            "claim's subject (--claim), or of the claims the filters match (the unit with the "
            "most figures; narrow with --unit).",
        ),
    )
    db_option(timeline)
    timeline.add_argument(
        "--claim",
        type=whole_number("--claim", 1, MAX_ID),
        metavar="ID",
        help=translate("Cli", "the claims about the same thing as this one, it highlighted"),
    )
    timeline.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=translate("Cli", "where to write the chart (.svg or .png)"),
    )
    timeline.add_argument(
        "--locale", default="en", help=translate("Cli", "dates and numbers (default en)")
    )
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
    # The state in the words --open and the JSON's resolution use.
    state = conflict.resolution.value if conflict.resolution else "open"
    locale = number_locale()
    return (
        f"#{a.claim_id} {format_quantity(a.quantity, locale)} / "
        f"#{b.claim_id} {format_quantity(b.quantity, locale)} [{conflict.unit}] {state}"
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
    # A timeline has two figures at least (else timeline_empty), so the plural is enough.
    print(fill(translate("Cli", "%1: %2, %3 figures"), out, chosen.label, len(chosen.points)))
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
