"""The filter options that `claimdesk export` and `claimdesk search` share."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from ..core.dates import PartialDate
from ..core.enums import Credibility, Reliability, Status
from ..core.errors import BadValue, ClaimdeskError, FieldProblem
from .words import fill, translate


class ArgumentError(ClaimdeskError):
    """A command-line value that cannot be used; names the option. Worded here, in the
    terminal's language (cli/words.py), as the command's other words."""

    def __init__(self, text: str):
        super().__init__("cli_argument", text=text)


# The largest integer SQLite and PostgreSQL (BIGINT) hold: no row has a larger id.
MAX_ID = 2**63 - 1
# Offsets and page sizes far beyond any project; their sum still fits a BIGINT.
MAX_COUNT = 10**12


def whole_number(option: str, minimum: int, maximum: int) -> Callable[[str], int]:
    """An argparse type: a whole number from minimum to maximum, else ArgumentError naming the
    option. A value the database cannot hold (--offset 10**30) must be refused here: it would
    otherwise fail deep in the driver as an OverflowError. ArgumentError is not among the
    errors argparse turns into a usage message, so it reaches cli.main, which prints it as one
    line and exits 1 like every other bad value."""

    def parse(text: str) -> int:
        stripped = text.strip()
        body = stripped[1:] if stripped[:1] in ("+", "-") else stripped
        if not body.isdecimal():
            raise ArgumentError(
                fill(translate("Cli", "%1: '%2' is not a whole number"), option, text)
            )
        # Measured before int(): a 100,000-digit number is simply out of range.
        if len(body.lstrip("0")) > len(str(MAX_ID)) or not minimum <= int(stripped) <= maximum:
            raise ArgumentError(
                fill(
                    translate("Cli", "%1 must be a whole number from %2 to %3"),
                    option,
                    minimum,
                    maximum,
                )
            )
        return int(stripped)

    return parse


def add_filter_arguments(parser: argparse.ArgumentParser, *, search_option: bool = True) -> None:
    filters = parser.add_argument_group(
        translate("Cli", "filters"),
        translate("Cli", "Repeat an option to allow several values; different options all apply."),
    )
    filters.add_argument("--status", action="append", choices=[s.value for s in Status])
    filters.add_argument("--credibility", action="append", choices=[c.value for c in Credibility])
    filters.add_argument(
        "--claimant", action="append", metavar="NAME", help=translate("Cli", "source name")
    )
    filters.add_argument("--reliability", action="append", choices=[r.value for r in Reliability])
    filters.add_argument("--tag", action="append", metavar="TAG")
    filters.add_argument(
        "--article",
        type=whole_number("--article", 1, MAX_ID),
        metavar="ID",
        help=translate("Cli", "claims cited in this article"),
    )
    filters.add_argument(
        "--publisher",
        action="append",
        metavar="NAME",
        help=translate("Cli", "cited in an article published by"),
    )
    dates = (
        (
            "claimed",
            translate("Cli", "claim date from (YYYY[-MM[-DD]])"),
            translate("Cli", "claim date until (inclusive)"),
        ),
        (
            "as-of",
            translate("Cli", "as-of date from (YYYY[-MM[-DD]])"),
            translate("Cli", "as-of date until (inclusive)"),
        ),
    )
    for name, since, until in dates:
        filters.add_argument(f"--{name}-from", metavar="DATE", help=since)
        filters.add_argument(f"--{name}-to", metavar="DATE", help=until)
    quantity = filters.add_mutually_exclusive_group()
    quantity.add_argument(
        "--has-quantity", dest="has_quantity", action="store_const", const=True, default=None
    )
    quantity.add_argument("--no-quantity", dest="has_quantity", action="store_const", const=False)
    filters.add_argument(
        "--unit", action="append", metavar="UNIT", help=translate("Cli", "quantity unit")
    )
    filters.add_argument(
        "--orphaned",
        action="store_true",
        help=translate("Cli", "claims with an excerpt no longer in its article"),
    )
    conflicts = filters.add_mutually_exclusive_group()
    conflicts.add_argument(
        "--conflicted",
        dest="conflicted",
        action="store_const",
        const=True,
        default=None,
        help=translate("Cli", "claims with an open conflicting figure"),
    )
    conflicts.add_argument(
        "--not-conflicted",
        dest="conflicted",
        action="store_const",
        const=False,
        help=translate("Cli", "claims without an open conflicting figure"),
    )
    if search_option:
        filters.add_argument(
            "--search",
            "--text",
            dest="text",
            default="",
            metavar="QUERY",
            help=translate("Cli", 'full-text search: words, "phrases", prefix*, OR, -word'),
        )
    filters.add_argument(
        "--article-text",
        action="store_true",
        help=translate(
            "Cli", "the search also looks in the text of the articles the claims are cited in"
        ),
    )


def claim_filter(args: argparse.Namespace, project: Any) -> Any:
    from ..core.filters import ClaimFilter

    return ClaimFilter(
        statuses=frozenset(Status(s) for s in args.status or ()),
        credibilities=frozenset(Credibility(c) for c in args.credibility or ()),
        claimant_ids=frozenset(_sources(project, args.claimant or (), "--claimant")),
        reliabilities=frozenset(Reliability(r) for r in args.reliability or ()),
        tags=frozenset(args.tag or ()),
        article_id=args.article,
        claimed_from=_day(args.claimed_from, "--claimed-from"),
        claimed_to=_day(args.claimed_to, "--claimed-to", last=True),
        as_of_from=_day(args.as_of_from, "--as-of-from"),
        as_of_to=_day(args.as_of_to, "--as-of-to", last=True),
        publisher_ids=frozenset(_sources(project, args.publisher or (), "--publisher")),
        has_quantity=args.has_quantity,
        units=frozenset(args.unit or ()),
        orphaned=args.orphaned,
        search=args.text,
        in_article_text=args.article_text,
        conflicted=args.conflicted,
    )


def _sources(project: Any, names: Any, option: str) -> list[int]:
    found: list[int] = []
    for name in names:
        ids = project.reports.source_ids_named(name)
        if not ids:
            raise ArgumentError(
                fill(translate("Cli", "%1: no source is called '%2'"), option, name)
            )
        found.extend(ids)
    return found


def _day(text: str | None, option: str, *, last: bool = False) -> date | None:
    if not text:
        return None
    try:
        value = PartialDate.parse(text)
    except ValueError as error:
        from ..ui.messages import problem_text

        problem = FieldProblem(option, *_code_of(error))
        raise ArgumentError(f"{option}: {problem_text(problem)}") from None
    return value.last_day() if last else value.value


def _code_of(error: ValueError) -> tuple[str, dict[str, object]]:
    if isinstance(error, BadValue):
        return error.code, error.params
    return "invalid", {}
