"""Working as a team: `claimdesk server init|grant` (PostgreSQL roles), `claimdesk settings`
(the project's identity and four eyes) and `claimdesk review awaiting|confirm` (the queue of
verdicts waiting for a second person), the same core calls as the window's."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from .words import fill, translate


def add_team_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    server = commands.add_parser(
        "server", help=translate("Cli", "set up the team's roles on a PostgreSQL server")
    )
    actions = server.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init",
        help=translate(
            "Cli",
            "create the roles claimdesk_reader, claimdesk_analyst and claimdesk_reviewer "
            "and grant them their rights on this database",
        ),
    )
    db_option(init)
    init.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))
    init.set_defaults(handler=run_server_init)
    grant = actions.add_parser(
        "grant", help=translate("Cli", "make server users members of a team role")
    )
    grant.add_argument(
        "role",
        choices=["reader", "analyst", "reviewer"],
        help=translate("Cli", "reader, analyst or reviewer"),
    )
    grant.add_argument(
        "users", nargs="+", metavar="USER", help=translate("Cli", "server login roles")
    )
    db_option(grant)
    grant.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    grant.set_defaults(handler=run_server_grant)

    settings = commands.add_parser(
        "settings", help=translate("Cli", "show the project's identity and shared rules")
    )
    db_option(settings)
    settings.add_argument(
        "--four-eyes",
        choices=["on", "off"],
        help=translate("Cli", "ask a second person to confirm every verdict (on/off)"),
    )
    settings.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    settings.set_defaults(handler=run_settings)

    review = commands.add_parser(
        "review", help=translate("Cli", "list or confirm verdicts awaiting a second person")
    )
    review_actions = review.add_subparsers(dest="action", metavar="ACTION", required=True)
    awaiting = review_actions.add_parser(
        "awaiting", help=translate("Cli", "verdicts awaiting confirmation")
    )
    db_option(awaiting)
    awaiting.add_argument(
        "--mine",
        action="store_true",
        help=translate("Cli", "only those I may confirm"),
    )
    awaiting.add_argument(
        "--json", action="store_true", help=translate("Cli", "print a JSON array")
    )
    awaiting.set_defaults(handler=run_awaiting)
    confirm = review_actions.add_parser(
        "confirm", help=translate("Cli", "confirm verdicts (by their review ids)")
    )
    confirm.add_argument("reviews", nargs="+", type=int, metavar="REVIEW_ID")
    db_option(confirm)
    confirm.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    confirm.set_defaults(handler=run_confirm)
    back = review_actions.add_parser(
        "send-back", help=translate("Cli", "decline verdicts awaiting confirmation")
    )
    back.add_argument("reviews", nargs="+", type=int, metavar="REVIEW_ID")
    db_option(back)
    back.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))
    back.set_defaults(handler=run_send_back)


def run_server_init(args: argparse.Namespace) -> int:
    from . import open_project

    with open_project(args, create=False) as project:
        report = project.project.init_server_roles()
    if args.json:
        print(
            json.dumps(
                {
                    "database": report.database,
                    "roles": list(report.roles),
                    "created": list(report.created),
                }
            )
        )
    else:
        print(
            fill(
                translate("Cli", "Roles ready on %1: %2"),
                report.database,
                ", ".join(report.roles),
            )
        )
    return 0


def run_server_grant(args: argparse.Namespace) -> int:
    from . import open_project

    with open_project(args, create=False) as project:
        role = project.project.grant_server_role(args.role, list(args.users))
    if args.json:
        print(json.dumps({"role": role, "users": list(args.users)}))
    else:
        print(fill(translate("Cli", "Granted %1 to: %2"), role, ", ".join(args.users)))
    return 0


def run_settings(args: argparse.Namespace) -> int:
    from . import open_project

    with open_project(args, create=False) as project:
        if args.four_eyes is not None:
            settings = project.project.set_four_eyes(args.four_eyes == "on")
        else:
            settings = project.project.settings()
    if args.json:
        print(
            json.dumps(
                {
                    "project_id": settings.project_id,
                    "created_at": settings.created_at.isoformat(),
                    "four_eyes": settings.four_eyes,
                }
            )
        )
    else:
        on = translate("Cli", "on") if settings.four_eyes else translate("Cli", "off")
        print(fill(translate("Cli", "Project id: %1"), settings.project_id))
        print(fill(translate("Cli", "Four eyes: %1"), on))
    return 0


def run_awaiting(args: argparse.Namespace) -> int:
    from ..ui.formatting import status_label
    from . import open_project

    with open_project(args, create=False) as project:
        waiting = project.reviews.awaiting()
    if args.mine:
        waiting = [item for item in waiting if item.can_confirm]
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "review_id": item.review_id,
                        "claim_id": item.claim_id,
                        "statement": item.statement,
                        "from_status": item.from_status.value,
                        "to_status": item.to_status.value,
                        "rationale": item.rationale,
                        "reviewer": item.reviewer,
                        "created_at": item.created_at.isoformat(),
                        "can_confirm": item.can_confirm,
                    }
                    for item in waiting
                ],
                ensure_ascii=False,
            )
        )
        return 0
    if not waiting:
        print(
            translate("Cli", "No verdict awaits your confirmation.")
            if args.mine
            else translate("Cli", "No verdict awaits confirmation.")
        )
    for item in waiting:
        print(
            fill(
                translate("Cli", "Review %1 · claim %2 → %3 by %4"),
                item.review_id,
                item.claim_id,
                status_label(item.to_status),
                item.reviewer,
            )
        )
        print(f"    {item.statement}")
        if item.rationale:
            print("    " + fill(translate("Cli", "Rationale: %1"), item.rationale))
        if not item.can_confirm:
            print("    " + translate("Cli", "(not yours to confirm)"))
    return 0


def run_confirm(args: argparse.Namespace) -> int:
    return _decide(
        args,
        "confirmed",
        lambda reviews, ids: reviews.confirm(ids),
        translate("Cli", "Verdicts confirmed: %1 (claims %2)"),
    )


def run_send_back(args: argparse.Namespace) -> int:
    return _decide(
        args,
        "sent_back",
        lambda reviews, ids: reviews.send_back(ids),
        translate("Cli", "Verdicts sent back: %1 (claims %2)"),
    )


def _decide(
    args: argparse.Namespace, key: str, act: Callable[[Any, list[int]], Any], said: str
) -> int:
    """Confirm or send back the verdicts named, and say which claims that touched."""
    from . import open_project

    with open_project(args, create=False) as project:
        changes = act(project.reviews, list(args.reviews))
    claims = sorted(changes.claims)
    if args.json:
        print(json.dumps({key: list(args.reviews), "claims": claims}))
    else:
        print(fill(said, len(args.reviews), ", ".join(map(str, claims))))
    return 0
