"""Is this SQLite file's schema the one our migrations create? Checked before anything runs.

A project file can come from anyone. SQLite stores triggers and views in the file itself and
runs them inside our own statements: a trigger on ``alembic_version`` fires when a migration
stamps the new revision, a trigger on ``claims`` on every edit, a view named ``claims`` on
every read. So before a file is migrated, written or queried, every object in its
``sqlite_master`` (tables, indexes, triggers, views, with their SQL) is compared with what our
Alembic revisions create at the revision the file records, and anything else is refused.

The expectation is never a hand-written list: it is read from a scratch in-memory database
migrated to that revision (once per revision and process), so the search triggers of 0005 and
whatever later revisions add are expected exactly as they are created. For the head revision,
what nearly every open compares with, that reading is also kept in migrations/head_schema.json
(written by tools/schema_snapshot.py; a test fails when it differs from what the migrations
create), so that opening an up-to-date project neither imports Alembic nor runs a migration.
The snapshot only ever spares work: a file that differs from it is compared with the
migrations' own result before it is refused.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.pool import StaticPool

from .errors import DatabaseOpenError
from .revisions import VERSION_TABLE, head_revision

HEAD_SNAPSHOT = Path(__file__).resolve().parent / "migrations" / "head_schema.json"
# Tables SQLite makes and fills itself (AUTOINCREMENT counters, ANALYZE statistics): data for
# the query planner, never code. Anyone may have run ANALYZE on a project file.
_SQLITE_OWN_TABLES = frozenset(
    {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
)
# Most dangerous first: what runs by itself, then what is read in place of a table, then shape.
_KIND_ORDER = {"trigger": 0, "view": 1, "table": 2, "index": 3}
# SQL as tokens: string literals, quoted identifiers (four ways), words, single characters.
_TOKEN = re.compile(
    r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|\w+|\S""", re.UNICODE
)
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_TABLE_CONSTRAINT = frozenset({"constraint", "primary", "unique", "check", "foreign"})


@dataclass(frozen=True, slots=True)
class SchemaObject:
    """One row of sqlite_master, with its SQL normalised for comparison."""

    kind: str  # table, index, trigger or view
    name: str
    table: str  # the table an index or trigger belongs to (the object itself otherwise)
    sql: str | None  # None for the indexes SQLite makes for UNIQUE and PRIMARY KEY


# Triggers have a namespace of their own; tables, views and indexes share one.
Key = tuple[str, str]
Schema = Mapping[Key, SchemaObject]


class ForeignSchemaError(DatabaseOpenError):
    """The file holds (or lacks) a schema object our migrations do not create; it was neither
    migrated nor written. ``change`` is "extra", "changed", "replaced" (a view where we have a
    table, say: ``expected`` names our kind) or "missing"."""

    def __init__(self, location: str, problem: Difference):
        self.object = problem.found
        self.change = problem.change
        super().__init__(
            "foreign_schema",
            location=location,
            kind=problem.found.kind,
            name=problem.found.name,
            table=problem.found.table,
            change=problem.change,
            expected=problem.expected,
        )


@dataclass(frozen=True, slots=True)
class Difference:
    found: SchemaObject  # ours when it is missing
    change: str
    expected: str = ""  # our kind of object, when the file has another kind under its name


def normalise_sql(sql: str | None) -> str | None:
    """The statement in a canonical spelling, so that what SQLite and Alembic's batch mode
    write for the same object compares equal: spacing, letter case outside strings and quotes
    around plain names do not count, nor the order of a table's constraints (a table rebuilt
    by a downgrade lists them in another order). Anything that changes meaning does."""
    if sql is None:
        return None
    tokens = [_canonical_token(token) for token in _TOKEN.findall(sql)]
    while tokens and tokens[-1] == ";":
        tokens.pop()
    if tokens[:2] == ["create", "table"]:
        tokens = _constraints_sorted(tokens)
    return " ".join(tokens)


def _canonical_token(token: str) -> str:
    if token.startswith("'"):
        return token
    if token[0] in '"`[' and _PLAIN_NAME.match(token[1:-1]):
        return token[1:-1].lower()
    return token.lower()


def _constraints_sorted(tokens: list[str]) -> list[str]:
    """A CREATE TABLE's column definitions in order, then its table constraints sorted."""
    start = tokens.index("(") if "(" in tokens else len(tokens)
    items: list[list[str]] = [[]]
    depth = 0
    for position in range(start + 1, len(tokens)):
        token = tokens[position]
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth < 0:  # the table's closing parenthesis
            columns = [item for item in items if item[:1] and item[0] not in _TABLE_CONSTRAINT]
            constraints = sorted(
                item for item in items if item[:1] and item[0] in _TABLE_CONSTRAINT
            )
            body = [token for item in columns + constraints for token in (*item, ",")][:-1]
            return [*tokens[: start + 1], *body, *tokens[position:]]
        if token == "," and depth == 0:
            items.append([])
        else:
            items[-1].append(token)
    return tokens  # unbalanced: compared as it is


def _key(kind: str, name: str) -> Key:
    return ("trigger" if kind == "trigger" else "relation", name.lower())


def read_schema(connection: sqlite3.Connection) -> dict[Key, SchemaObject]:
    """Every object in the file's sqlite_master, except SQLite's own statistics tables.

    Reading sqlite_master parses the schema but runs none of it.
    """
    objects: dict[Key, SchemaObject] = {}
    for kind, name, table, sql in connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
    ):
        if kind == "table" and name in _SQLITE_OWN_TABLES:
            continue
        found = SchemaObject(str(kind), str(name), str(table), normalise_sql(sql))
        objects[_key(found.kind, found.name)] = found
    return objects


@cache
def expected_schema(revision: str) -> Schema:
    """What our migrations create at ``revision``, read back from a scratch database."""
    from . import migrate  # Alembic, about 0.1 s to import: only when the snapshot cannot do

    engine = create_engine("sqlite://", poolclass=StaticPool)
    event.listen(engine, "connect", _scratch_on_connect)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
    try:
        migrate.upgrade(engine, revision)
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            return read_schema(raw)
    finally:
        engine.dispose()


@cache
def _head_snapshot() -> Schema | None:
    """The head's schema as migrations/head_schema.json keeps it; None when the file is
    missing or was written for an older head (a migration added since)."""
    try:
        saved = json.loads(HEAD_SNAPSHOT.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if saved["revision"] != head_revision():
        return None
    objects = (SchemaObject(**item) for item in saved["objects"])
    return {_key(item.kind, item.name): item for item in objects}


def snapshot_text(revision: str) -> str:
    """What migrations/head_schema.json holds for ``revision`` (tools/schema_snapshot.py)."""
    objects = sorted(expected_schema(revision).values(), key=lambda item: (item.kind, item.name))
    return json.dumps(
        {"revision": revision, "objects": [asdict(item) for item in objects]}, indent=1
    )


def _quick_schema(revision: str) -> Schema:
    """The snapshot for the head, the migrations' result for any other revision."""
    snapshot = _head_snapshot() if revision == head_revision() else None
    return snapshot if snapshot is not None else expected_schema(revision)


def _scratch_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # As the real connections (db._sqlite_on_connect): SQLAlchemy, not the driver, begins.
    dbapi_connection.isolation_level = None


def check_version_table(found: Schema, location: str) -> None:
    """Refuse a version table that is not Alembic's plain table, before it is read: a view
    (or a table with computed columns) there would run the sender's SQL on the first SELECT.
    Its definition is the same at every revision."""
    present = {key: value for key, value in found.items() if value.table == VERSION_TABLE}
    if not present:
        return
    _refuse_differences(
        location,
        lambda schema: _differences(
            present, _version_table(schema(head_revision())), report_missing=False
        ),
    )


def check_schema(found: Schema, revision: str | None, location: str) -> None:
    """Refuse a file whose objects differ from what our revisions create at ``revision``
    (None: an empty file, which may hold no more than an empty version table)."""
    if revision is None:
        _refuse_differences(
            location,
            lambda schema: _differences(
                found, _version_table(schema(head_revision())), report_missing=False
            ),
        )
    else:
        _refuse_differences(
            location, lambda schema: _differences(found, schema(revision), report_missing=True)
        )


def _refuse_differences(
    location: str, differences: Callable[[Callable[[str], Schema]], list[Difference]]
) -> None:
    """Raise for the first difference from what our migrations create, compared first with
    the snapshot and, only when that finds one, with the migrations' own result."""
    problems = differences(_quick_schema)
    if problems:
        problems = differences(expected_schema)
    if problems:
        raise ForeignSchemaError(location, problems[0])


def _version_table(schema: Schema) -> Schema:
    return {key: value for key, value in schema.items() if value.table == VERSION_TABLE}


def _differences(found: Schema, expected: Schema, *, report_missing: bool) -> list[Difference]:
    """Each object that differs and how, most dangerous first."""
    problems: list[Difference] = []
    for key, there in found.items():
        ours = expected.get(key)
        if ours is None:
            problems.append(Difference(there, "extra"))
        elif ours.kind != there.kind:
            problems.append(Difference(there, "replaced", ours.kind))
        elif ours != there:
            problems.append(Difference(there, "changed"))
    if report_missing:
        problems += [
            Difference(ours, "missing") for key, ours in expected.items() if key not in found
        ]
    problems.sort(
        key=lambda problem: (problem.change == "missing", _KIND_ORDER.get(problem.found.kind, 0))
    )
    return problems
