"""`claimdesk similar`: the claims most like a statement; `claimdesk index`: vectors for the
claims saved without one (a project from before issue 17, or of an older model revision)."""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Callable
from typing import Any

from .filters import ArgumentError, whole_number
from .words import fill, translate

MAX_LIMIT = 1_000


def add_similar_parsers(
    commands: Any, db_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    similar = commands.add_parser(
        "similar",
        help=translate("Cli", "find the claims most like a statement"),
        description=translate(
            "Cli",
            "List the project's claims most like TEXT, in English or German, best "
            "first, each with a score from 0 to 1 and why it matched (same figure, same "
            "claimant, shared names, meaning, shared words). Writes nothing.",
        ),
    )
    similar.add_argument(
        "text", metavar="TEXT", help=translate("Cli", "a statement, e.g. a claim being typed")
    )
    db_option(similar)
    similar.add_argument(
        "--limit",
        type=whole_number("--limit", 1, MAX_LIMIT),
        default=10,
        help=fill(translate("Cli", "at most this many (1 to %1, default 10)"), MAX_LIMIT),
    )
    similar.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object per line")
    )
    similar.set_defaults(handler=run_similar)

    index = commands.add_parser(
        "index",
        help=translate("Cli", "compute the vectors similar claims are found by"),
        description=translate(
            "Cli",
            "Compute the sentence vectors of the claims that have none of the current "
            "model (a project from an older version); new and edited claims get theirs as they "
            "are saved. Progress on stderr; Ctrl+C keeps the batches done.",
        ),
    )
    db_option(index)
    index.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    index.set_defaults(handler=run_index)


def run_similar(args: argparse.Namespace) -> int:
    from . import open_project

    if not args.text.strip():
        raise ArgumentError(translate("Cli", "TEXT must not be empty"))
    with open_project(args, create=False) as project:
        found = project.similar.similar(args.text, limit=args.limit)
    if args.json:
        for claim in found:
            print(json.dumps(as_json(claim), ensure_ascii=False))
    else:
        _print_table(found)
    return 0


def as_json(claim: Any) -> dict[str, object]:
    from ..ui.messages import match_reason_text

    return {
        "id": claim.id,
        "score": round(claim.score, 3),
        "reasons": [match_reason_text(reason) for reason in claim.reasons],
    }


def _print_table(found: list[Any]) -> None:
    from ..core.snippets import clip_end
    from ..ui.messages import match_reason_text

    if not found:
        print(translate("Cli", "No similar claims found."))
        return
    width = shutil.get_terminal_size((100, 20)).columns
    for claim in found:
        prefix = f"#{claim.id:<7} {claim.score:5.3f}  "
        print(prefix + clip_end(claim.statement, max(width - len(prefix), 10)))
        reasons = "; ".join(match_reason_text(reason) for reason in claim.reasons)
        if reasons:
            print(" " * len(prefix) + clip_end(reasons, max(width - len(prefix), 10)))


def run_index(args: argparse.Namespace) -> int:
    from . import open_project
    from .exchange import drive_job

    with open_project(args, create=False) as project:
        indexed = drive_job(project.embeddings.index_job)
        remaining = project.embeddings.unindexed()
    if args.json:
        print(json.dumps({"indexed": indexed, "remaining": remaining}))
        return 0
    from ..ui.messages import counted

    print(fill(translate("Cli", "Indexed %1."), counted("claims", indexed)))
    if remaining:  # the model is missing (a damaged install)
        print(
            fill(
                translate("Cli", "%1 still without a vector: the model is missing."),
                counted("claims", remaining),
            )
        )
    return 0
