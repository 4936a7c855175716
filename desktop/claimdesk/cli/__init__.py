"""The ``claimdesk`` command: the desktop window by default, subcommands for headless work.

Every failure ends as one line on stderr and a non-zero exit status. Unexpected errors are
logged with their traceback to the log file, which the message names.
"""

from __future__ import annotations

import argparse
import json
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import unquote, urlsplit

import platformdirs

from .. import __version__
from ..core.errors import ClaimdeskError
from .audit import add_audit_parser
from .backup import add_backup_parser
from .exchange import add_export_parser, add_import_parsers
from .figures import add_figures_parsers
from .licences import add_licences_parser
from .parser import CommandParser
from .report_verify import add_report_parser
from .search import add_search_parser
from .similar import add_similar_parsers
from .suggest import add_suggest_parser
from .team import add_team_parsers
from .words import fill, terminal_language, translate

log = logging.getLogger("claimdesk")

EXIT_ERROR = 1
EXIT_USAGE = 2  # argparse's status for a wrong command line (cli/parser.py)
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a command a pipe stopped


def log_path() -> Path:
    return platformdirs.user_log_path("Claimdesk", appauthor=False) / "claimdesk.log"


def _db_option(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        # A subcommand's --db must not reset one given before the subcommand.
        default=None if top_level else argparse.SUPPRESS,
        help=translate(
            "Cli",
            "SQLite file or database URL (postgresql+psycopg://user@host/db); "
            "default: $CLAIMDESK_DB or the file in your data directory",
        ),
    )


def _user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=translate("Cli", "who is working (default: $CLAIMDESK_USER or login)"),
    )


def build_parser() -> argparse.ArgumentParser:
    return _build_parser()[0]


def _build_parser() -> tuple[argparse.ArgumentParser, Mapping[str, object]]:
    """The parser, and its commands by name."""
    parser = CommandParser(
        prog="claimdesk",
        # PROJECT is read by parse_arguments(): as a positional argument here it would take
        # the first word of `claimdesk suggest 5` for itself.
        usage="%(prog)s [-h] [--version] [--db PATH_OR_URL] [--user NAME] [PROJECT | COMMAND ...]",
        description=translate("Cli", "Track, grade and verify claims made in news reporting."),
        epilog=translate(
            "Cli",
            "claimdesk PROJECT opens a project file in the window, given as a path or a "
            "file:// URI (what a desktop's launcher passes on a double-click): the same as "
            "--db PROJECT. Without a COMMAND the window opens.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"claimdesk {__version__}",
        help=translate("Cli", "show program's version number and exit"),
    )
    _db_option(parser, top_level=True)
    _user_option(parser)
    # prog: the subcommands' usage starts "claimdesk export", not with the top usage line.
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", prog="claimdesk")

    demo = commands.add_parser(
        "demo", help=translate("Cli", "create the demo project in an empty database")
    )
    _db_option(demo, top_level=False)
    demo.add_argument(
        "--figures",
        action="store_true",
        help=translate(
            "Cli",
            "instead, a project of the Ukraine war's loss figures: the General Staff's daily "
            "claims against Oryx's confirmed losses",
        ),
    )
    demo.add_argument(
        "--from",
        dest="figures_folder",
        metavar="FOLDER",
        type=Path,
        help=translate(
            "Cli",
            "the folder ukraine-war-figures to read (implies --figures; default: "
            "../shared/data/ukraine-war-figures beside the Claimdesk checkout)",
        ),
    )
    demo.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the counts as one JSON object")
    )
    demo.set_defaults(handler=_demo)

    info = commands.add_parser(
        "info", help=translate("Cli", "show where a database is, its schema and counts")
    )
    _db_option(info, top_level=False)
    info.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))
    info.set_defaults(handler=_info)

    importing = commands.add_parser(
        "import", help=translate("Cli", "bring articles or claims into a project")
    )
    kinds = importing.add_subparsers(dest="kind", metavar="KIND", required=True)
    article = kinds.add_parser(
        "article", help=translate("Cli", "capture an article from a saved page or a URL")
    )
    article.add_argument(
        "source",
        metavar="PATH_OR_URL",
        help=translate("Cli", "a saved HTML file or an http(s) address"),
    )
    _db_option(article, top_level=False)
    article.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    article.add_argument(
        "--allow-private-addresses",
        action="store_true",
        help=translate(
            "Cli",
            "also fetch from private, loopback and link-local addresses (an intranet); "
            "refused by default",
        ),
    )
    article.set_defaults(handler=_import_article)
    add_import_parsers(kinds, lambda sub: _db_option(sub, top_level=False))
    add_export_parser(commands, lambda sub: _db_option(sub, top_level=False))
    add_search_parser(commands, lambda sub: _db_option(sub, top_level=False))
    add_figures_parsers(commands, lambda sub: _db_option(sub, top_level=False))
    add_suggest_parser(commands, lambda sub: _db_option(sub, top_level=False))
    add_similar_parsers(commands, lambda sub: _db_option(sub, top_level=False))
    add_backup_parser(commands, lambda sub: _db_option(sub, top_level=False))
    add_audit_parser(commands, lambda sub: _db_option(sub, top_level=False))
    add_team_parsers(commands, lambda sub: _db_option(sub, top_level=False))
    add_report_parser(commands, lambda sub: _db_option(sub, top_level=False))

    upgrade = commands.add_parser(
        "migrate", help=translate("Cli", "upgrade a database's schema explicitly")
    )
    _db_option(upgrade, top_level=False)
    upgrade.set_defaults(handler=_migrate)
    add_licences_parser(commands)
    return parser, commands.choices


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command's arguments. ``claimdesk FILE`` (what a desktop's launcher runs for a
    double-clicked project) opens FILE in the window as ``--db FILE`` would; a first word
    that names a command is that command (``./demo`` opens a file called demo)."""
    parser, commands = _build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    window = argparse.ArgumentParser(prog="claimdesk", add_help=False, exit_on_error=False)
    _db_option(window, top_level=True)
    _user_option(window)
    window.add_argument("project", nargs="?")
    try:
        args, rest = window.parse_known_args(words)
    except argparse.ArgumentError:
        args, rest = None, words  # the full parser says what is wrong
    if (
        args is None
        or args.project is None
        or rest
        or args.project in commands
        # A bare word ("serch") is a mistyped command, not a file: the full parser names the
        # commands. A path has a folder, a suffix or exists.
        or not (
            args.project.lower().startswith("file:")
            or os.sep in args.project
            or Path(args.project).suffix
            or Path(args.project).exists()
        )
    ):
        return parser.parse_args(words)
    if args.db is not None:
        parser.error(translate("Cli", "name the project once: either --db or a file"))
    args.db = _project_path(parser, args.project)
    return args


def _project_path(parser: argparse.ArgumentParser, given: str) -> str:
    """A path as given, or the local path a file:// URI names (a desktop's %u)."""
    if not given.lower().startswith("file:"):
        return given
    parts = urlsplit(given)
    if parts.netloc not in ("", "localhost") or not parts.path:
        parser.error(fill(translate("Cli", "not a local file: %1"), given))
    return unquote(parts.path)


def _target(args: argparse.Namespace) -> str | None:
    return args.db or os.environ.get("CLAIMDESK_DB") or None


def open_project(args: argparse.Namespace, *, create: bool = True):  # type: ignore[no-untyped-def]
    from ..core.project import Project

    return Project.open(_target(args), actor=args.user, create=create)


def _demo(args: argparse.Namespace) -> int:
    from ..core.demo import create_demo

    if args.figures or args.figures_folder is not None:
        return _figures_demo(args)
    with open_project(args) as project:
        create_demo(project)
        counts = project.project.info().counts
        location = project.database.location
    if args.json:
        print(json.dumps({"database": location, "counts": counts}))
        return 0
    # The demo is always the same project, so its counts' plural forms are fixed.
    print(
        fill(
            translate(
                "Cli",
                "Demo project created in %1: %2 sources, %3 article, %4 claims, %5 citations.",
            ),
            location,
            counts["sources"],
            counts["articles"],
            counts["claims"],
            counts["citations"],
        )
    )
    return 0


def _figures_demo(args: argparse.Namespace) -> int:
    """The figures demo as a job: progress on stderr, Ctrl+C leaves the project empty."""
    from ..core.demo_figures import check_figures_folder, default_figures_folder, figures_demo_job
    from ..ui.messages import figures_demo_summary
    from .exchange import drive_job

    # Asked before the project is opened, so that a wrong folder creates no database file.
    folder = check_figures_folder(args.figures_folder or default_figures_folder())
    with open_project(args) as project:
        result = drive_job(lambda token: figures_demo_job(project, folder, token))
        location = project.database.location
    if args.json:
        series: dict[str, dict[str, int]] = {}
        for (claimant, category), count in sorted(result.series.items()):
            series.setdefault(claimant, {})[category] = count
        print(
            json.dumps(
                {
                    "database": location,
                    "claims": result.claims,
                    "sources_created": result.sources_created,
                    "series": series,
                }
            )
        )
        return 0
    print(figures_demo_summary(location, result))
    return 0


def _info(args: argparse.Namespace) -> int:
    from ..core.revisions import head_revision

    with open_project(args, create=False) as project:
        info = project.project.info()
    if args.json:
        print(
            json.dumps(
                {"database": info.database, "revision": info.revision, "counts": info.counts}
            )
        )
        return 0
    state = (
        translate("Cli", "up to date")
        if info.revision == head_revision()
        else translate("Cli", "needs upgrade")
    )
    dialect = "SQLite" if info.dialect == "sqlite" else "PostgreSQL"
    labels = {
        "sources": translate("Cli", "Sources"),
        "articles": translate("Cli", "Articles"),
        "claims": translate("Cli", "Claims"),
        "citations": translate("Cli", "Citations"),
        "reviews": translate("Cli", "Reviews"),
    }
    rows = [
        (translate("Cli", "Database"), f"{info.database} ({dialect})"),
        (translate("Cli", "Schema"), f"{info.revision} ({state})"),
        *((labels.get(name, name.capitalize()), str(count)) for name, count in info.counts.items()),
    ]
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        print(f"{label + ':':<{width}} {value}")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        report = project.database.upgrade
        location = project.database.location
        revision = project.database.revision()
    if report is None:
        print(fill(translate("Cli", "%1 is up to date (schema %2)."), location, revision))
    elif report.from_revision is None:
        print(
            fill(
                translate("Cli", "%1: new database created at schema %2."),
                location,
                report.to_revision,
            )
        )
    else:
        print(
            fill(
                translate("Cli", "%1 upgraded from schema %2 to %3."),
                location,
                report.from_revision,
                report.to_revision,
            )
        )
        if report.backup:
            print(fill(translate("Cli", "Backup of the previous state: %1"), report.backup))
    return 0


def _import_article(args: argparse.Namespace) -> int:
    from ..core.capture.capture import capture_file, capture_url, is_web_address

    if is_web_address(args.source):
        captured = capture_url(args.source, allow_private=args.allow_private_addresses)
    else:
        captured = capture_file(Path(args.source))
    with open_project(args) as project:
        result = project.captures.capture(captured.to_input(), captured.extracted.site_name)
        record = project.articles.get(result.article_id)
    if args.json:
        print(
            json.dumps(
                {
                    "id": record.id,
                    "status": result.outcome.value,
                    "title": record.title,
                    "authors": list(record.authors),
                    "publisher": record.publisher.name if record.publisher else None,
                    "published": record.published_on.isoformat() if record.published_on else None,
                    "language": record.language,
                    "url": record.url,
                    "sha256": record.sha256,
                    "text": record.text,
                },
                ensure_ascii=False,
            )
        )
        return 0
    said = {
        "created": translate("Cli", "Captured article %1: %2"),
        "unchanged": translate("Cli", "Already in the project (nothing written): article %1: %2"),
        "updated": translate("Cli", "Captured a changed version of article %1: %2"),
    }[result.outcome.value]
    print(fill(said, record.id, record.title))
    return 0


def _gui(args: argparse.Namespace) -> int:
    if args.user:
        os.environ["CLAIMDESK_USER"] = args.user
    from ..ui.app import run

    return run(_gui_target(args))


def _gui_target(args: argparse.Namespace) -> str | None:
    """What the window opens: --db or $CLAIMDESK_DB; else the most recent project; else the
    default database if it exists; else nothing, and the welcome page greets a new user."""
    explicit = _target(args)
    if explicit:
        return explicit
    from ..core.db import default_database_path
    from ..ui.settings import Settings

    # A server project needs its password again, so only a file is reopened unasked.
    for latest in Settings().recent_projects()[:1]:
        if "://" not in latest and Path(latest).exists():
            return latest
    default = default_database_path()
    return str(default) if default.exists() else None


def _error_data(error: ClaimdeskError) -> dict[str, object]:
    """The error as --json prints it: the message, and the code and params it was made from
    (for a ValidationError, each problem with its field)."""
    from ..core.errors import ValidationError
    from ..ui.messages import error_text, problem_text

    data: dict[str, object] = {
        "message": error_text(error),
        "code": error.code,
        "params": error.params,
    }
    if isinstance(error, ValidationError):
        data["problems"] = [
            {
                "field": problem.field,
                "code": problem.code,
                "params": dict(problem.params),
                "message": problem_text(problem),
            }
            for problem in error.problems.values()
        ]
    return data


LOG_BYTES = 5 * 1024 * 1024  # then the log is rotated, three old ones kept


def _setup_logging() -> Path | None:
    """The log file, set up once per process (main() may run many times in one: tests, a
    script), rotated so that it never grows without end."""
    path = log_path()
    root = logging.getLogger()
    for existing in root.handlers:
        if getattr(existing, "baseFilename", None) == str(path):
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; the exit status: 0, 1 for any error, 2 for a usage error, 130 when
    interrupted, 141 when the reader of the output went away."""
    try:
        try:
            return _run(argv)
        finally:
            # Output still buffered when a pipe closes (`claimdesk info | head -c 10`) would
            # fail at interpreter exit, where it can no longer be caught.
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        _drop_output()
        return EXIT_BROKEN_PIPE


def _run(argv: Sequence[str] | None) -> int:
    with ExitStack() as words:
        words.enter_context(terminal_language())
        try:
            args = parse_arguments(argv)
        except ClaimdeskError as error:  # a value an option's type refused (cli/filters.py)
            return _failed(error, as_json=False)
        handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _gui)
        if handler is _gui:
            words.close()  # the window speaks the language of its Preferences
        return _handled(handler, args)


def _handled(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    logfile = _setup_logging()
    try:
        return handler(args)
    except ClaimdeskError as error:
        return _failed(error, as_json=getattr(args, "json", False))
    except KeyboardInterrupt:
        print(translate("Cli", "claimdesk: interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise  # not an error of ours: main() ends quietly
    except Exception as error:  # the last line of defence: never show a traceback
        log.exception("unexpected error in %s", getattr(args, "command", None) or "gui")
        with terminal_language():
            detail = f"{type(error).__name__}: {error}"
            line = (
                fill(
                    translate("Cli", "claimdesk: unexpected error: %1; details in %2"),
                    detail,
                    logfile,
                )
                if logfile
                else fill(translate("Cli", "claimdesk: unexpected error: %1"), detail)
            )
        print(line, file=sys.stderr)
        return EXIT_ERROR


def _failed(error: ClaimdeskError, *, as_json: bool) -> int:
    """One line on stderr (and with --json the error as data on stdout) in the terminal's
    language; exit status 1."""
    from ..ui.messages import error_text

    with terminal_language():
        if as_json:
            print(json.dumps({"error": _error_data(error)}, ensure_ascii=False, default=str))
        print(f"claimdesk: {error_text(error)}", file=sys.stderr)
    return EXIT_ERROR


def _drop_output() -> None:
    """Point stdout at the null device, so that the interpreter's last flush at exit has
    somewhere to go (the recipe in the Python docs, "Note on SIGPIPE")."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # stdout is no real file (captured in a test): nothing will be flushed to it


if __name__ == "__main__":
    sys.exit(main())
