"""`claimdesk search`: the claims a search and filters find, best match first."""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .filters import MAX_COUNT, ArgumentError, add_filter_arguments, claim_filter, whole_number
from .words import fill, translate

SORTS = ("relevance", "id", "claimed_on", "as_of", "updated", "created", "status", "statement")


def add_search_parser(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    search = commands.add_parser(
        "search",
        help=translate("Cli", "find claims by words and filters"),
        description=translate(
            "Cli",
            'Find claims. QUERY: words (all must appear), "exact phrases", prefix*, '
            "a OR b, -word or NOT word to exclude; case and accents do not matter. It searches "
            "the claims' statements, quotes, notes, tags, source names, excerpts and the titles "
            "of the articles they are cited in; with --article-text also those articles' text.",
        ),
    )
    search.add_argument("query", nargs="?", default="", metavar="QUERY")
    db_option(search)
    search.add_argument(
        "--view", metavar="NAME", help=translate("Cli", "start from this saved view")
    )
    search.add_argument(
        "--sort", choices=SORTS, help=translate("Cli", "order (default: relevance with a query)")
    )
    search.add_argument(
        "--ascending", action="store_true", help=translate("Cli", "oldest / smallest first")
    )
    search.add_argument(
        "--limit",
        type=whole_number("--limit", 1, MAX_COUNT),
        default=50,
        help=translate("Cli", "at most this many (default 50)"),
    )
    search.add_argument(
        "--offset",
        type=whole_number("--offset", 0, MAX_COUNT),
        default=0,
        help=translate("Cli", "skip this many first"),
    )
    search.add_argument(
        "--json", action="store_true", help=translate("Cli", "print JSON instead of lines")
    )
    add_filter_arguments(search, search_option=False)
    search.set_defaults(handler=run_search, text="")


def run_search(args: argparse.Namespace) -> int:
    from ..core.services.claim_list import ClaimQuery, ClaimSort
    from . import open_project

    args.text = args.query
    with open_project(args, create=False) as project:
        wanted = claim_filter(args, project)
        base = ClaimQuery()
        if args.view:
            base = _view(project, args.view)
            wanted = _merge(base.filter, wanted)
        if args.sort:
            sort, descending = ClaimSort(args.sort), not args.ascending
        elif args.view:
            sort, descending = base.sort, base.descending
        elif wanted.search.strip():
            sort, descending = ClaimSort.RELEVANCE, True
        else:
            sort, descending = ClaimSort.ID, not args.ascending
        query = ClaimQuery(wanted, sort, descending)
        total = project.claim_list.count(query)
        rows = project.claim_list.page(query, args.offset, args.limit)
    if args.json:
        print(json.dumps(_as_json(args, total, rows), ensure_ascii=False, indent=2))
    else:
        _print_lines(args, total, rows)
    return 0


def _view(project: Any, name: str) -> Any:
    for view in project.saved_views.list():
        if view.name.casefold() == name.strip().casefold():
            return view.query
    names = ", ".join(v.name for v in project.saved_views.list()) or translate("Cli", "none saved")
    raise ArgumentError(
        fill(translate("Cli", "--view: no saved view is called '%1' (%2)"), name, names)
    )


def _merge(saved: Any, given: Any) -> Any:
    """The saved view's filter with every option given on the command line on top."""
    changes = given.given()
    if given.in_article_text:  # given() leaves it out without a search of its own
        changes["in_article_text"] = True
    if "search" in changes and saved.search.strip():
        changes["search"] = f"{saved.search} {given.search}"
    return replace(saved, **changes)


def _as_json(args: argparse.Namespace, total: int, rows: list[Any]) -> dict[str, Any]:
    return {
        "query": args.query,
        "total": total,
        "offset": args.offset,
        "claims": [
            {
                "id": row.id,
                "statement": row.statement,
                "claimant": row.claimant,
                "status": row.status.value,
                "credibility": row.credibility.value,
                "claimed_on": str(row.claimed_on) if row.claimed_on else None,
                "as_of": str(row.as_of) if row.as_of else None,
                "quantity": _quantity(row.quantity),
                "tags": list(row.tags),
                "citations": row.citations,
            }
            for row in rows
        ],
    }


def _quantity(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "value": value.value,
        "upper": value.upper,
        "unit": value.unit,
        "qualifier": value.qualifier.value if value.qualifier else None,
    }


def _print_lines(args: argparse.Namespace, total: int, rows: list[Any]) -> None:
    from ..core.snippets import clip_end
    from ..ui.messages import counted

    width = shutil.get_terminal_size((100, 20)).columns
    for row in rows:
        head = f"#{row.id:<7} {row.status.value:<11} {row.claimed_on or ''!s:<10}"
        who = f" {row.claimant}:" if row.claimant else ""
        prefix = f"{head}{who} "
        print(prefix + clip_end(row.statement, max(width - len(prefix), 10)))
    if not rows:
        print(translate("Cli", "No claims found."))
    claims = counted("claims", total)
    if rows:
        first, last = args.offset + 1, args.offset + len(rows)
        print(fill(translate("Cli", "(%1–%2 of %3)"), first, last, claims))
    else:
        print(f"({claims})")
