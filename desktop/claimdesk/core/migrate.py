"""Alembic glue: migrations ship inside the package and run on the caller's connection.

Only what changes a schema imports this module (and Alembic with it): which revision is the
head, and which one a database holds, core/revisions.py knows without Alembic.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from .errors import ClaimdeskError
from .jobs import CancelToken
from .open_guard import cancellable
from .revisions import head_revision as head_revision
from .revisions import known_revisions as known_revisions

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Alembic's ``op`` and ``context`` are module-level proxies: two migrations running at once in
# one process (the GUI's warm-up reading the expected schema while a project upgrades) would
# send each other's operations to the wrong database. One at a time.
_ONE_AT_A_TIME = threading.RLock()


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration without an ini file; env.py uses the given connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


class ForeignKeyCheckFailed(ClaimdeskError):
    """After the upgrade, rows refer to rows that do not exist; the upgrade was rolled back."""

    def __init__(self, broken: list[tuple[object, ...]]):
        tables = sorted({str(row[0]) for row in broken})
        super().__init__("upgrade_broke_references", rows=len(broken), tables=tables)


def upgrade(engine: Engine, revision: str = "head", cancel: CancelToken | None = None) -> None:
    """Upgrade in one transaction: a failing migration leaves the schema as it was.

    On SQLite, cancelling stops the statement running and rolls the upgrade back (Cancelled).
    """
    _run(engine, lambda config: command.upgrade(config, revision), cancel)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, lambda config: command.downgrade(config, revision))


def _run(engine: Engine, step, cancel: CancelToken | None = None) -> None:  # type: ignore[no-untyped-def]
    with _ONE_AT_A_TIME, engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection
        if sqlite:
            # Batch mode rebuilds tables (copy, drop, rename); with enforcement on, dropping a
            # referenced table would fail or cascade. The pragma is a no-op inside a
            # transaction, so it is set on the raw connection before BEGIN and checked after.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with cancellable(raw, cancel if sqlite else None), connection.begin():
                step(alembic_config(connection))
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise ForeignKeyCheckFailed(broken)
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")
