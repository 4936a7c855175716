"""A project file from anyone is safe to open: nothing in its schema runs, nothing hangs.

Every hostile file here is built with sqlite3 the way a sender would; each refused file must
stay byte-for-byte the same and none of its SQL may have run.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk import cli
from claimdesk.core import db as dbmod
from claimdesk.core import migrate, schema_check
from claimdesk.core.db import open_database
from claimdesk.core.demo import create_demo
from claimdesk.core.errors import Cancelled, DatabaseOpenError
from claimdesk.core.jobs import CancelToken
from claimdesk.core.open_guard import OpenBudget, bounded
from claimdesk.core.project import Project
from claimdesk.core.schema_check import ForeignSchemaError
from claimdesk.ui.messages import error_text

EVIL = (
    "CREATE TRIGGER evil AFTER UPDATE ON alembic_version BEGIN "
    "DELETE FROM claim_tags; UPDATE claims SET statement = 'tampered'; END"
)
# Counts to a trillion: would run for hours.
ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000000) "
    "SELECT max(i) FROM n"
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tamper(path: Path, script: str) -> None:
    """Change a file as a sender would, with the sqlite3 shell's defaults."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.executescript(script)
    finally:
        connection.close()


def statements(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT statement FROM claims")]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project at the newest revision, checkpointed into one file."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with Project.open(path, actor="sender") as project:
        create_demo(project)
    return path


@pytest.fixture(scope="module")
def demo_file_0007(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Path:
    """The demo project one revision back, as a colleague's older Claimdesk left it."""
    path = tmp_path_factory.mktemp("old") / "old.sqlite3"
    shutil.copy(demo_file, path)
    engine = dbmod._make_engine(dbmod.resolve_url(path))
    migrate.downgrade(engine, "0007")
    engine.dispose()
    return path


@pytest.fixture
def copy_of(tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(source: Path, name: str = "received.sqlite3") -> Path:
        target = tmp_path / name
        shutil.copy(source, target)
        return target

    return make


def test_the_issue_repro_is_refused_by_the_cli_and_left_untouched(demo_file, copy_of, capsys):
    path = copy_of(demo_file)
    tamper(
        path,
        "DROP INDEX ix_claims_live_id_status_claimed_on; "
        f"UPDATE alembic_version SET version_num = '0007'; {EVIL};",
    )
    before = sha256(path)

    assert cli.main(["info", "--db", str(path)]) == 1

    error = capsys.readouterr().err
    assert "trigger 'evil' on alembic_version" in error
    assert "did not create" in error and "unexpected" not in error
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no backup, no -wal
    assert "tampered" not in statements(path)


def test_the_issue_repro_is_refused_by_open_database(demo_file_0007, copy_of):
    path = copy_of(demo_file_0007)
    tamper(path, f"{EVIL};")
    before = sha256(path)

    with pytest.raises(ForeignSchemaError) as raised:
        open_database(path)

    assert raised.value.params == {
        "location": str(path),
        "kind": "trigger",
        "name": "evil",
        "table": "alembic_version",
        "change": "extra",
        "expected": "",
    }
    assert sha256(path) == before
    assert "tampered" not in statements(path)


def test_an_untampered_older_file_still_opens_and_upgrades(demo_file_0007, copy_of):
    path = copy_of(demo_file_0007)
    database = open_database(path)
    try:
        assert database.upgrade is not None and database.upgrade.from_revision == "0007"
        assert database.revision() == migrate.head_revision()
    finally:
        database.close()


@pytest.mark.parametrize("table", ["claims", "audit_events", "tags"])
def test_a_trigger_planted_in_a_current_file_is_refused(demo_file, copy_of, table):
    path = copy_of(demo_file)
    tamper(
        path,
        f"CREATE TRIGGER planted BEFORE INSERT ON {table} "
        "BEGIN UPDATE claims SET statement = 'tampered'; END;",
    )
    before = sha256(path)

    with pytest.raises(ForeignSchemaError) as raised:
        Project.open(path)

    assert (raised.value.params["name"], raised.value.params["table"]) == ("planted", table)
    assert sha256(path) == before


def test_a_view_in_place_of_the_claims_table_is_refused_before_it_is_read(demo_file, copy_of):
    path = copy_of(demo_file)
    tamper(
        path,
        "DROP TABLE claims; CREATE VIEW claims AS WITH RECURSIVE n(i) AS "
        "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000000) "
        "SELECT i AS id, 'x' AS statement FROM n;",
    )
    before = sha256(path)

    started = time.monotonic()
    with pytest.raises(ForeignSchemaError) as raised:
        open_database(path)
    elapsed = time.monotonic() - started

    assert raised.value.params["change"] == "replaced"
    assert raised.value.params["expected"] == "table"
    assert error_text(raised.value) == (
        f"{path} contains a view 'claims' where Claimdesk creates a table 'claims'; "
        "it was not opened and has been left untouched"
    )
    assert elapsed < 2
    assert sha256(path) == before


def test_an_altered_table_and_a_missing_index_are_named(demo_file, copy_of):
    altered = copy_of(demo_file, "altered.sqlite3")
    tamper(altered, "ALTER TABLE tags ADD COLUMN colour TEXT DEFAULT 'red';")
    with pytest.raises(ForeignSchemaError) as raised:
        open_database(altered)
    assert (raised.value.params["name"], raised.value.params["change"]) == ("tags", "changed")

    lacking = copy_of(demo_file, "lacking.sqlite3")
    tamper(lacking, "DROP INDEX ix_claims_live_status_claimed_on;")
    with pytest.raises(ForeignSchemaError) as raised:
        open_database(lacking)
    assert raised.value.params["change"] == "missing"
    assert "lacks an index 'ix_claims_live_status_claimed_on' on claims" in error_text(raised.value)


def test_a_file_someone_ran_analyze_on_still_opens(demo_file, copy_of):
    path = copy_of(demo_file)
    tamper(path, "ANALYZE;")
    open_database(path).close()


def test_a_version_table_made_a_view_is_refused_before_it_is_read(demo_file, copy_of):
    path = copy_of(demo_file)
    tamper(
        path,
        f"DROP TABLE alembic_version; CREATE VIEW alembic_version AS "
        f"SELECT CAST(({ENDLESS}) AS TEXT) AS version_num;",
    )
    started = time.monotonic()
    with pytest.raises(ForeignSchemaError) as raised:
        open_database(path)
    assert raised.value.params["name"] == "alembic_version"
    assert time.monotonic() - started < 2


def test_without_the_schema_check_the_deadline_still_stops_the_open(
    demo_file, copy_of, monkeypatch
):
    """The second layer: should a hostile query get past the schema check, the open ends at
    its deadline with a message instead of hanging."""
    path = copy_of(demo_file)
    tamper(
        path,
        f"DROP TABLE alembic_version; CREATE VIEW alembic_version AS "
        f"SELECT CAST(({ENDLESS}) AS TEXT) AS version_num;",
    )
    before = sha256(path)
    monkeypatch.setattr(schema_check, "check_version_table", lambda *_args: None)

    started = time.monotonic()
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(path, inspect_seconds=0.5)
    elapsed = time.monotonic() - started

    assert raised.value.code == "open_too_slow"
    assert "took longer than 0.5 seconds" in error_text(raised.value)
    assert 0.5 <= elapsed < 2
    assert sha256(path) == before


def test_the_deadline_interrupts_an_expensive_query():
    connection = sqlite3.connect(":memory:")
    started = time.monotonic()
    with pytest.raises(DatabaseOpenError) as raised, bounded(connection, OpenBudget(0.3), "x"):
        connection.execute(ENDLESS).fetchone()
    assert raised.value.code == "open_too_slow"
    assert 0.3 <= time.monotonic() - started < 1.5
    assert connection.execute("SELECT 1").fetchone() == (1,)  # the handler is gone again


def test_cancelling_interrupts_an_expensive_query():
    connection = sqlite3.connect(":memory:")
    token = CancelToken()
    threading.Timer(0.2, token.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled), bounded(connection, OpenBudget(60, token), "x"):
        connection.execute(ENDLESS).fetchone()
    assert time.monotonic() - started < 1.5


def test_a_cancelled_upgrade_leaves_the_file_at_its_revision(demo_file_0007, copy_of):
    path = copy_of(demo_file_0007)
    engine = dbmod._make_engine(dbmod.resolve_url(path))
    token = CancelToken()
    token.cancel()
    try:
        with pytest.raises(Cancelled):
            migrate.upgrade(engine, cancel=token)
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == "0007"
    finally:
        engine.dispose()


def test_an_upgrade_failing_its_foreign_key_check_says_so(demo_file_0007, copy_of, capsys):
    path = copy_of(demo_file_0007)
    tamper(path, "INSERT INTO claim_tags (claim_id, tag_id) VALUES (1, 999);")
    before = sha256(path)

    with pytest.raises(DatabaseOpenError) as raised:
        open_database(path)
    assert raised.value.code == "upgrade_broke_references"
    assert raised.value.params["tables"] == ["claim_tags"]
    assert sha256(path) == before

    assert cli.main(["info", "--db", str(path)]) == 1
    error = capsys.readouterr().err
    assert "1 row in claim_tags refers to a row that does not exist" in error
    assert "unexpected" not in error
    assert sha256(path) == before


@pytest.mark.parametrize(
    "name",
    ["a" * 5000, "a/" * 3000 + "x.sqlite3", "b" * 256 + ".sqlite3"],
    ids=["5000", "deep", "256"],
)
def test_an_absurd_path_gets_one_clear_line(tmp_path, capsys, name):
    assert cli.main(["info", "--db", str(tmp_path / name)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("claimdesk: cannot use ") and "File name too long" in error
    assert "unexpected" not in error
    assert len(error) < 300  # the path is cut in the middle, not printed in full


def test_a_path_with_a_nul_byte_is_refused(tmp_path):
    with pytest.raises(DatabaseOpenError):
        open_database(str(tmp_path / "a\0b.sqlite3"))
    assert list(tmp_path.iterdir()) == []


# Fuzzing: generated hostile schemas, each side effect writing into a canary table. -----------

_OUR_TABLES = ["alembic_version", "claims", "audit_events", "claim_tags", "tags", "sources"]
_WRITES = [
    "INSERT INTO canary VALUES ('{name}')",
    "UPDATE claims SET statement = 'tampered'",
    "DELETE FROM claim_tags",
]
_names = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True).filter(
    lambda name: name not in ("canary",) and not name.startswith("sqlite")
)


@st.composite
def _hostile_object(draw: st.DrawFn) -> str:
    name = "x_" + draw(_names)
    kind = draw(st.sampled_from(["trigger", "view", "table", "index", "replaced"]))
    table = draw(st.sampled_from(_OUR_TABLES))
    if kind == "trigger":
        timing = draw(st.sampled_from(["BEFORE", "AFTER"]))
        event = draw(st.sampled_from(["INSERT", "UPDATE", "DELETE"]))
        body = "; ".join(
            write.format(name=name)
            for write in draw(st.lists(st.sampled_from(_WRITES), min_size=1, max_size=3))
        )
        return f"CREATE TRIGGER {name} {timing} {event} ON {table} BEGIN {body}; END;"
    if kind == "view":
        return f"CREATE VIEW {name} AS SELECT * FROM canary, {table};"
    if kind == "table":
        return f"CREATE TABLE {name} (id INTEGER PRIMARY KEY, note TEXT DEFAULT 'x');"
    if kind == "index":
        return f"CREATE INDEX {name} ON claims (statement, id);"
    # one of ours replaced by a view that reads the canary (and would loop forever)
    return (
        f"DROP TABLE IF EXISTS {table}; CREATE VIEW {table} AS SELECT * FROM canary "
        f"WHERE ({ENDLESS}) > 0;"
    )


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    objects=st.lists(_hostile_object(), min_size=1, max_size=4),
    old=st.booleans(),
)
def test_fuzz_no_foreign_statement_runs_on_open(demo_file, demo_file_0007, objects, old):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.sqlite3"
        shutil.copy(demo_file_0007 if old else demo_file, path)
        tamper(path, "CREATE TABLE canary (who TEXT);")
        for statement in objects:
            # What SQLite itself refuses (a trigger on a table just made a view, a name
            # drawn twice) a sender cannot put in a file either.
            with contextlib.suppress(sqlite3.Error):
                tamper(path, statement)
        before = sha256(path)

        with pytest.raises(ForeignSchemaError):
            open_database(path, inspect_seconds=2)

        assert sha256(path) == before
        connection = sqlite3.connect(path)
        try:
            assert connection.execute("SELECT count(*) FROM canary").fetchone() == (0,)
        finally:
            connection.close()
        assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
