"""Which schema revisions this Claimdesk knows, and which one a database holds, read without
Alembic: importing it was nearly half of a command's start-up, and an up-to-date project (the
usual case) needs nothing of it. core/migrate.py imports Alembic when a schema must change.

A migration's file is named after its revision id, ``0008_newest_first_walk_index.py`` for
revision "0008" (tests/core/test_migrations.py holds every script to that and checks the head
found here against Alembic's), so the ids are read from the file names.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Connection

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
VERSION_TABLE = "alembic_version"
_SCRIPT_NAME = re.compile(r"(\d{4})_\w+\.py\Z")


@cache
def known_revisions() -> frozenset[str]:
    """Every revision our migrations know, from the oldest to the head."""
    return frozenset(
        match[1] for path in VERSIONS_DIR.iterdir() if (match := _SCRIPT_NAME.match(path.name))
    )


def head_revision() -> str:
    """The revision a database has once our migrations ran: the highest-numbered script's."""
    known = known_revisions()
    assert known, "the package ships no migrations"
    return max(known)


def stored_revision(connection: Connection) -> str | None:
    """The revision an open, checked database records (None when it records none)."""
    return connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar()
