"""`claimdesk backup create|list|restore`: the same backups as File → Back up… and
File → Restore backup…, for scripts and for a project the window refuses because it is damaged
(list and restore never open the project itself)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .words import fill, translate


def add_backup_parser(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    backup = commands.add_parser(
        "backup", help=translate("Cli", "back up a project file, list or restore backups")
    )
    actions = backup.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser(
        "create", help=translate("Cli", "write a checked, verified copy of the project")
    )
    db_option(create)
    create.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help=translate("Cli", "default: <project>-backup-<time>.sqlite3 beside it"),
    )
    create.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    create.set_defaults(handler=run_create)

    listing = actions.add_parser(
        "list", help=translate("Cli", "the project's backups, newest first")
    )
    db_option(listing)
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print a JSON array"))
    listing.set_defaults(handler=run_list)

    restore = actions.add_parser(
        "restore",
        help=translate("Cli", "copy a backup to a new file beside the project (or --replace it)"),
    )
    restore.add_argument(
        "backup", metavar="BACKUP", help=translate("Cli", "a backup file (see 'backup list')")
    )
    db_option(restore)
    restore.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "replace the project's content instead (it is backed up first)"),
    )
    restore.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    restore.set_defaults(handler=run_restore)


def _project_file(args: argparse.Namespace) -> Path:
    """The SQLite file --db names; backups are of files, a server is backed up with pg_dump."""
    from ..core.backup import BackupError
    from ..core.db import resolve_url
    from ..core.errors import DatabaseOpenError
    from . import _target

    url = resolve_url(_target(args))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise BackupError("backup_server")
    path = Path(url.database)
    if not path.is_file():
        raise DatabaseOpenError("no_database", path=str(path))
    return path


def run_create(args: argparse.Namespace) -> int:
    from ..core.backup import backup_project, suggested_backup_path
    from . import open_project
    from .exchange import _size, drive_job

    source = _project_file(args)
    destination = Path(args.output) if args.output else suggested_backup_path(source)
    # Opened as any command opens it: checked after an unclean exit, migrated if need be.
    with open_project(args, create=False):
        written = drive_job(lambda token: backup_project(source, destination, token))
    size = written.stat().st_size
    if args.json:
        print(json.dumps({"backup": str(written), "size": size}, ensure_ascii=False))
    else:
        print(fill(translate("Cli", "Backed up %1 to %2 (%3)."), source, written, _size(size)))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from ..core.restore import list_backups
    from .exchange import _size

    backups = list_backups(_project_file(args))
    if args.json:
        print(json.dumps([_backup_data(info) for info in backups], ensure_ascii=False))
        return 0
    if not backups:
        print(translate("Cli", "No backups beside this project."))
    for info in backups:
        created = info.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if info.claims is None:
            claims = fill(translate("Cli", "unusable: %1"), info.problem)
        elif info.claims == 1:
            claims = translate("Cli", "1 claim")
        else:
            claims = fill(translate("Cli", "%1 claims"), info.claims)
        print(f"{created}  {info.kind.value:<14} {_size(info.size):>10}  {claims}  {info.path}")
    return 0


def _backup_data(info: Any) -> dict[str, object]:
    return {
        "path": str(info.path),
        "kind": info.kind.value,
        "created": info.created.isoformat(),
        "size": info.size,
        "claims": info.claims,
        "revision": info.revision,
        "problem": info.problem,
    }


def run_restore(args: argparse.Namespace) -> int:
    from ..core.restore import restore_backup

    project = _project_file(args)
    result = restore_backup(Path(args.backup), project, replace=args.replace)
    if args.json:
        safety = str(result.safety_backup) if result.safety_backup else None
        print(json.dumps({"restored": str(result.path), "safety_backup": safety}))
    elif result.safety_backup is not None:
        print(fill(translate("Cli", "Restored %1 into %2."), args.backup, result.path))
        print(fill(translate("Cli", "Its previous content is in %1."), result.safety_backup))
    else:
        print(
            fill(
                translate("Cli", "Restored %1 to the new file %2; %3 is unchanged."),
                args.backup,
                result.path,
                project,
            )
        )
    return 0
