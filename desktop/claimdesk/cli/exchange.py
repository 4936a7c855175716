"""`claimdesk export` and `claimdesk import claims (csv)|project|claimreview`.

The same jobs as the window runs, driven in the foreground; Ctrl+C cancels them, which leaves
no half-written file and no half-applied import.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.jobs import CancelToken, Job, run_to_end
from ..core.records import Progress
from .filters import ArgumentError, add_filter_arguments, claim_filter
from .words import fill, number_locale, translate

FORMATS = ("pdf", "docx", "html", "md", "csv", "json", "claimreview")


def add_export_parser(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    export = commands.add_parser(
        "export",
        help=translate("Cli", "write a report or an exchange file of the claims"),
        description=translate(
            "Cli",
            "Write the claims (all, or those the filters choose) as a report or data. "
            "Repeat a filter option to allow several values.",
        ),
    )
    db_option(export)
    export.add_argument("--format", "-f", required=True, choices=FORMATS)
    export.add_argument(
        "--output", "-o", required=True, metavar="FILE", help=translate("Cli", "file to write")
    )
    export.add_argument(
        "--title", help=translate("Cli", "report title (default: “Claims report” in its language)")
    )
    export.add_argument("--group-by", choices=("none", "status", "tag"), default="none")
    export.add_argument(
        "--locale",
        default="en",
        help=translate(
            "Cli", "language of a report's words, numbers and dates: en (default) or de"
        ),
    )
    export.add_argument(
        "--organisation",
        default=os.environ.get("CLAIMDESK_ORGANISATION", ""),
        help=translate(
            "Cli",
            "author of your own reviews in ClaimReview (default: $CLAIMDESK_ORGANISATION, "
            "else the organisation set in Preferences)",
        ),
    )
    export.add_argument("--organisation-url", default="", metavar="URL")
    export.add_argument(
        "--name-in-report",
        default="",
        metavar="NAME",
        help=translate(
            "Cli",
            "who the report says made it (default: nobody; a report never names your login "
            "or the database's path)",
        ),
    )
    export.add_argument(
        "--with-originals",
        action="store_true",
        help=translate("Cli", "json: include the captured pages"),
    )
    add_filter_arguments(export)
    export.set_defaults(handler=run_export)


def add_import_parsers(kinds: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    claims = kinds.add_parser(
        "claims",
        aliases=["csv"],
        help=translate(
            "Cli", "claims from a CSV or TSV file (columns matched by header name, or --map)"
        ),
    )
    claims.add_argument("file", metavar="FILE")
    db_option(claims)
    claims.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN,...",
        help=translate(
            "Cli",
            "read a field from a column, e.g. statement=claimReviewed,claimed_on=date "
            "(repeatable; other columns keep the mapping their headers suggest)",
        ),
    )
    claims.add_argument(
        "--locale",
        help=translate(
            "Cli", "how dates and numbers read, e.g. pt_BR or de (default: the headers')"
        ),
    )
    claims.set_defaults(handler=run_import_claims)
    project = kinds.add_parser(
        "project",
        help=translate("Cli", "a Claimdesk JSON export, into an empty project (lossless)"),
    )
    project.add_argument("file", metavar="FILE")
    db_option(project)
    project.set_defaults(handler=run_import_project)
    review = kinds.add_parser(
        "claimreview",
        help=translate("Cli", "ClaimReview JSON-LD: a file, JSON Lines or a saved web page"),
    )
    review.add_argument("file", metavar="FILE")
    db_option(review)
    review.set_defaults(handler=run_import_claimreview)


def run_export(args: argparse.Namespace) -> int:
    from ..core.enums import Grouping
    from ..core.records import ReportOptions
    from ..core.reports.output import check_target, export_job
    from ..printing import ensure_gui_application
    from ..printing.export_formats import export_format
    from . import open_project

    organisation, organisation_url = _organisation(args)
    target = check_target(Path(args.output))
    chosen = export_format(args.format, ensure_gui=ensure_gui_application)
    with open_project(args, create=False) as project:
        options = ReportOptions(
            title=args.title or _default_title(_locale(args.locale)),
            filter=claim_filter(args, project),
            grouping=Grouping(args.group_by),
            locale=_locale(args.locale),
            organisation=organisation or None,
            organisation_url=organisation_url or None,
            include_originals=args.with_originals,
            name_in_report=args.name_in_report.strip() or None,
        )
        result = drive_job(lambda token: export_job(project, options, chosen, target, token))
    from ..ui.messages import counted

    print(
        fill(
            translate("Cli", "Wrote %1 to %2 (%3)."),
            counted("claims", result.claims),
            result.path,
            _size(result.size),
        )
    )
    return 0


def _organisation(args: argparse.Namespace) -> tuple[str, str]:
    """Who publishes the analyst's own reviews: --organisation (or $CLAIMDESK_ORGANISATION),
    else the organisation set in Preferences, as the window's export uses it. Preferences are
    read only for ClaimReview, the one format that names the publisher."""
    name, url = args.organisation.strip(), args.organisation_url.strip()
    if name or args.format != "claimreview":
        return name, url
    from ..ui.settings import Settings

    name, preferred_url = Settings().organisation()
    return name.strip(), url or preferred_url.strip()


def run_import_claims(args: argparse.Namespace) -> int:
    from ..core.exchange.csv_import import import_claims_job, read_csv_preview
    from ..core.exchange.csv_rows import chosen_mapping
    from . import open_project

    path = Path(args.file)
    chosen = _field_columns(args.map)
    locale = _locale(args.locale) if args.locale else None
    preview = read_csv_preview(path, limit=0)
    mapping = chosen_mapping(preview.headers, preview.suggested, chosen, path.name)
    with open_project(args) as project:
        result = drive_job(
            lambda token: import_claims_job(project, path, mapping, token, locale_hint=locale)
        )
    return _report(result)


def _field_columns(given: list[str]) -> dict[str, str]:
    """--map values ("statement=claimReviewed,claimed_on=date", repeatable) as field → column."""
    chosen: dict[str, str] = {}
    for value in given:
        for pair in value.split(","):
            field, equals, column = pair.partition("=")
            field, column = field.strip(), column.strip()
            if not equals or not field or not column:
                raise ArgumentError(
                    fill(translate("Cli", "--map: '%1' is not FIELD=COLUMN"), pair.strip())
                )
            if field in chosen:
                raise ArgumentError(
                    fill(translate("Cli", "--map: the field '%1' is given twice"), field)
                )
            chosen[field] = column
    return chosen


def run_import_project(args: argparse.Namespace) -> int:
    from ..core.exchange.project_json import import_project_json_job
    from . import open_project

    path = Path(args.file)
    with open_project(args) as project:
        result = drive_job(lambda token: import_project_json_job(project, path, token))
    return _report(result)


def run_import_claimreview(args: argparse.Namespace) -> int:
    from ..core.exchange.claimreview_import import import_claimreview_job
    from . import open_project

    path = Path(args.file)
    with open_project(args) as project:
        result = drive_job(lambda token: import_claimreview_job(project, path, token))
    return _report(result)


def _report(result: Any) -> int:
    from ..ui.messages import import_summary, rejection_lines

    rejected = translate("Cli", "rejected %1")
    lines = [
        import_summary(result),
        *("  " + fill(rejected, line) for line in rejection_lines(result)),
    ]
    for line in lines:
        print(line)
    return 0


def drive_job(factory: Callable[[CancelToken], Job[Any]]) -> Any:
    """Run a job here; progress goes to stderr when it is a terminal."""
    token = CancelToken()
    job = factory(token)
    show = sys.stderr.isatty()

    def progress(step: Progress) -> None:
        if show and step.total:
            print(f"\r{step_text(step.message)} {step.done}/{step.total}", end="", file=sys.stderr)

    try:
        return run_to_end(job, progress)
    except KeyboardInterrupt:
        token.cancel()
        job.close()  # unwinds the job: the temporary file goes, the transaction rolls back
        raise
    finally:
        if show:
            print("\r\033[K", end="", file=sys.stderr)


def _locale(name: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(name.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        raise ArgumentError(
            fill(translate("Cli", "--locale: '%1' is not a locale (try en or de)"), name)
        ) from None
    return name.replace("-", "_")


def _size(size: int) -> str:
    from babel.numbers import get_decimal_symbol

    point = get_decimal_symbol(number_locale())
    if size < 1024:
        return fill(translate("Cli", "%1 bytes"), size)
    if size < 1024 * 1024:
        return fill(translate("Cli", "%1 KB"), f"{size / 1024:.1f}".replace(".", point))
    return fill(translate("Cli", "%1 MB"), f"{size / (1024 * 1024):.1f}".replace(".", point))


def step_text(message: str) -> str:
    """A job's progress message in the terminal's language. The core words its steps in
    English for logs (the window shows its own titles instead); the ones it has are here."""
    fixed = {
        "Checking": translate("Cli", "Checking"),
        "Verifying": translate("Cli", "Verifying"),
        "Backing up": translate("Cli", "Backing up"),
        "Backup complete": translate("Cli", "Backup complete"),
        "Restoring": translate("Cli", "Restoring"),
        "Reading": translate("Cli", "Reading"),
        "Reading figures": translate("Cli", "Reading figures"),
        "Reading rows": translate("Cli", "Reading rows"),
        "reading the project": translate("Cli", "reading the project"),
        "Importing claims": translate("Cli", "Importing claims"),
        "Importing ClaimReviews": translate("Cli", "Importing ClaimReviews"),
        "Writing claims": translate("Cli", "Writing claims"),
        "Writing ClaimReview": translate("Cli", "Writing ClaimReview"),
        "Writing CSV": translate("Cli", "Writing CSV"),
        "Writing the report": translate("Cli", "Writing the report"),
        "Saving the document": translate("Cli", "Saving the document"),
        "Written": translate("Cli", "Written"),
        "Fetching": translate("Cli", "Fetching"),
        "Extracted": translate("Cli", "Extracted"),
    }
    if message in fixed:
        return fixed[message]
    # The project file's sections ("writing claim relations") and its name ("reading x.json").
    verb, _, what = message.partition(" ")
    if verb == "writing":
        sections = {
            "sources": translate("Cli", "sources"),
            "articles": translate("Cli", "articles"),
            "article captures": translate("Cli", "article captures"),
            "tags": translate("Cli", "tags"),
            "claims": translate("Cli", "claims"),
            "relations": translate("Cli", "relations"),
            "claim relations": translate("Cli", "claim relations"),
            "published reviews": translate("Cli", "published reviews"),
            "audit events": translate("Cli", "audit events"),
        }
        named = sections.get(what.replace("_", " "), what)
        return fill(translate("Cli", "writing %1"), named)
    if verb == "reading":
        return fill(translate("Cli", "reading %1"), what)
    return message


def _default_title(locale: str) -> str:
    """The title a report gets when none is given, in the report's language (the export
    dialog's default in the window)."""
    from ..core.i18n import words_for

    return words_for(locale).translate("ExportDialog", "Claims report")
