"""`claimdesk report verify REPORT --db PROJECT`: does the project still match what a report
states about it? The report is an HTML report or a Claimdesk JSON export (both carry the
provenance as data, core/provenance.py); the comparison is ReportService.check.

Exit status 0 when it matches; 1 when it differs (each difference named) or when the file
holds no provenance (one message, as every other error of the command line).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .words import fill, translate

EXIT_DIFFERS = 1


def add_report_parser(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    report = commands.add_parser(
        "report", help=translate("Cli", "check a report against the project it came from")
    )
    actions = report.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help=translate(
            "Cli",
            "say whether the project still matches what a report states: the same project, "
            "the audit trail whole up to the report, its claims and captures unchanged",
        ),
    )
    verify.add_argument(
        "report",
        metavar="REPORT",
        help=translate("Cli", "an HTML report or a Claimdesk JSON export (claimdesk export)"),
    )
    db_option(verify)
    verify.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from ..core.reports.provenance import read_report_provenance
    from . import open_project

    # The file first: a file that is no report opens no project.
    recorded = read_report_provenance(Path(args.report))
    with open_project(args, create=False) as project:
        check = project.reports.check(recorded)
    if args.json:
        print(json.dumps(check.to_json(), ensure_ascii=False))
    else:
        for line in check_lines(check):
            print(line)
    return 0 if check.matches else EXIT_DIFFERS


def check_lines(check: Any) -> list[str]:
    """The verdict: a line saying whether the project matches, then what differs."""
    recorded = check.recorded
    if not check.same_project:
        return [
            fill(
                translate(
                    "Cli",
                    "The report comes from another project: it names project %1, this is "
                    "project %2.",
                ),
                recorded.project_id,
                check.project_id,
            )
        ]
    if check.matches:
        return [
            translate("Cli", "The project matches the report."),
            "  " + fill(translate("Cli", "Project: %1"), recorded.project_id),
            "  "
            + fill(
                translate("Cli", "Audit trail: whole up to event %1 (SHA-256 %2)"),
                recorded.head_seq,
                recorded.head_hash,
            ),
            "  "
            + fill(
                translate("Cli", "Claims: none of %1 changed since %2"),
                len(recorded.claims),
                _moment(recorded.made_at),
            ),
            "  "
            + fill(
                translate("Cli", "Captures: %1, each with the SHA-256 the report states"),
                len(recorded.captures),
            ),
        ]
    lines = [translate("Cli", "The project differs from the report:")]
    if check.chain is not None:
        lines.append("  " + _chain_text(check.chain))
    lines.extend("  " + _change_text(change) for change in check.changed_claims)
    hidden = check.changed_count - len(check.changed_claims)
    if hidden > 0:
        lines.append("  " + fill(translate("Cli", "… and %1 more changed claims"), hidden))
    for claim_id in check.altered:
        lines.append(
            "  "
            + fill(
                translate(
                    "Cli",
                    "Claim %1 is not what the report shows, yet the audit trail records no "
                    "change since: it was changed outside Claimdesk (see 'claimdesk audit "
                    "verify').",
                ),
                claim_id,
            )
        )
    lines.extend("  " + _capture_text(item) for item in check.captures)
    hidden = check.capture_count - len(check.captures)
    if hidden > 0:
        lines.append("  " + fill(translate("Cli", "… and %1 more captures"), hidden))
    return lines


def _chain_text(broken: Any) -> str:
    match broken.code:
        case "head_differs":
            return fill(
                translate(
                    "Cli",
                    "Audit trail: event %1, the last before the report, no longer has the "
                    "SHA-256 the report states: the trail was rewritten.",
                ),
                broken.seq,
            )
        case "head_missing":
            return fill(
                translate(
                    "Cli",
                    "Audit trail: event %1, the last before the report, is no longer there.",
                ),
                broken.seq,
            )
        case _:
            from ..ui.trail_texts import broken_text

            return broken_text(broken)


def _change_text(change: Any) -> str:
    from ..ui.trail_texts import entity_label

    counted = (
        translate("Cli", "1 change")
        if change.events == 1
        else fill(translate("Cli", "%1 changes"), change.events)
    )
    said = (
        translate(
            "Cli",
            "Claim %1 changed since the report and is deleted: %2, the latest by %3 on %4 (%5)",
        )
        if change.deleted
        else translate("Cli", "Claim %1 changed since the report: %2, the latest by %3 on %4 (%5)")
    )
    return fill(
        said,
        change.claim_id,
        counted,
        change.actor,
        _moment(change.at),
        fill(translate("Cli", "%1 %2"), entity_label(change.entity), _done(change.action)),
    )


def _done(action: str) -> str:
    return {
        "create": translate("Cli", "created"),
        "update": translate("Cli", "changed"),
        "delete": translate("Cli", "deleted"),
    }.get(action, action)


def _capture_text(item: Any) -> str:
    match item.code:
        case "recaptured":
            said = translate(
                "Cli",
                "Article %1 (%2) was captured again since the report; the version it cites is "
                "kept among its earlier versions",
            )
        case "time_changed":
            said = translate("Cli", "Article %1 (%2): its capture time is not the report's")
        case "deleted":
            said = translate("Cli", "Article %1 (%2) was deleted since the report")
        case "missing":
            said = translate("Cli", "Article %1 (%2) is no longer in the project")
        case _:  # "changed"
            said = translate(
                "Cli",
                "Article %1 (%2): no stored version has the SHA-256 the report states: the "
                "captured page was changed",
            )
    return fill(said, item.article_id, item.title)


def _moment(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
