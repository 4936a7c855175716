"""`claimdesk audit verify|log`: the audit chain checked, and the history listed or written
as CSV, with the same core code as the window's banner and History viewer."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ..core.errors import ClaimdeskError
from .words import fill, translate

EXIT_BROKEN = 1


def add_audit_parser(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    audit = commands.add_parser(
        "audit", help=translate("Cli", "check the tamper-evident history, list or export it")
    )
    actions = audit.add_subparsers(dest="action", metavar="ACTION", required=True)

    verify = actions.add_parser(
        "verify",
        help=translate("Cli", "check the audit chain and that every row is what the trail records"),
    )
    db_option(verify)
    verify.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    verify.set_defaults(handler=run_verify)

    log = actions.add_parser(
        "log", help=translate("Cli", "list the history, newest first (or write it as CSV)")
    )
    db_option(log)
    log.add_argument(
        "--claim", type=int, metavar="ID", help=translate("Cli", "one claim's history")
    )
    log.add_argument(
        "--by",
        dest="actors",
        action="append",
        metavar="NAME",
        help=translate("Cli", "only changes by this user (repeatable)"),
    )
    log.add_argument(
        "--action",
        dest="actions",
        action="append",
        metavar="KIND",
        choices=["create", "update", "delete", "origin"],
        help=translate(
            "Cli", "only this kind of change: create, update, delete or origin (repeatable)"
        ),
    )
    log.add_argument(
        "--since", type=_day, metavar="YYYY-MM-DD", help=translate("Cli", "from this day (UTC)")
    )
    log.add_argument(
        "--until", type=_day, metavar="YYYY-MM-DD", help=translate("Cli", "to this day (UTC)")
    )
    log.add_argument(
        "--limit",
        type=_positive,
        default=50,
        metavar="N",
        help=translate("Cli", "at most N events (default 50)"),
    )
    log.add_argument(
        "--csv", metavar="FILE", help=translate("Cli", "write every matching event to a CSV file")
    )
    log.add_argument("--json", action="store_true", help=translate("Cli", "print a JSON array"))
    log.set_defaults(handler=run_log)


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "not a number of events (1 or more): %1"), text)
        )
    return number


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "not a day (YYYY-MM-DD): %1"), text)
        ) from None


def run_verify(args: argparse.Namespace) -> int:
    from ..ui.trail_texts import report_lines
    from . import open_project

    with open_project(args, create=False) as project:
        report = project.project.verify_audit()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, default=str))
    else:
        for line in report_lines(report):
            print(line)
    return 0 if report.intact else EXIT_BROKEN


def run_log(args: argparse.Namespace) -> int:
    from ..core.enums import AuditAction
    from ..core.jobs import CancelToken, run_to_end
    from ..core.records import HistoryQuery
    from . import open_project

    query = HistoryQuery(
        claim_id=args.claim,
        actors=frozenset(args.actors or ()),
        actions=frozenset(AuditAction(name) for name in args.actions or ()),
        since=args.since,
        until=args.until,
    )
    if args.csv and args.csv != "-" and not Path(args.csv).parent.is_dir():
        raise ClaimdeskError("folder_missing", folder=str(Path(args.csv).parent))
    with open_project(args, create=False) as project:
        if args.csv == "-":
            written = project.history.write_csv(query, sys.stdout)
            return 0
        if args.csv:
            written = run_to_end(
                project.history.export_csv_job(query, Path(args.csv), CancelToken())
            )
            if args.json:
                print(json.dumps({"file": args.csv, "events": written}))
            else:
                print(fill(translate("Cli", "Wrote %1 events to %2"), written, args.csv))
            return 0
        records = project.history.page(query, limit=args.limit)
        total = project.history.count(query) if len(records) == args.limit else len(records)
    if args.json:
        print(
            json.dumps(
                [_record_json(record) for record in records], ensure_ascii=False, default=str
            )
        )
        return 0
    if not records:
        print(translate("Cli", "No event matches."))
        return 0
    _print_records(records)
    if total > len(records):
        print(
            fill(
                translate("Cli", "The newest %1 of %2 events; --limit N shows more."),
                len(records),
                total,
            )
        )
    return 0


def _record_json(record: Any) -> dict[str, Any]:
    return {
        "id": record.id,
        "seq": record.seq,
        "at": record.at.isoformat(),
        "actor": record.actor,
        "action": record.action.value,
        "context": record.context,
        "entity": record.entity,
        "entity_id": record.entity_id,
        "claim_id": record.claim_id,
        "changes": [
            {"field": change.field, "old": change.old, "new": change.new}
            for change in record.changes
        ],
        "rationale": record.rationale,
        "hash": record.hash,
    }


def _print_records(records: list[Any]) -> None:
    from ..ui.trail_texts import action_label, entity_label, origin_text

    out = sys.stdout
    for record in records:
        when = record.at.strftime("%Y-%m-%d %H:%M")
        subject = f"{entity_label(record.entity)} {record.entity_id}"
        print(f"{when}  {record.actor}  {action_label(record)}  {subject}", file=out)
        if record.action.value == "origin":
            print(f"    {origin_text(record)}", file=out)
        for change in record.changes:
            print(f"    {change.field}: {_value(change.old)} → {_value(change.new)}", file=out)
        said = {change.field for change in record.changes}
        if record.rationale and "rationale" not in said:
            print("    " + fill(translate("Cli", "Rationale: %1"), record.rationale), file=out)


def _value(value: object) -> str:
    text = "—" if value is None else str(value)
    return text if len(text) <= 80 else text[:79] + "…"
