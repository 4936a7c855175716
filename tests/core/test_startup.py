"""Start-up stays light: a command loads only what it uses, and opening an up-to-date project
needs neither Alembic nor a scratch migration. Timings are bench/startup_bench.py's; these
tests guard what is imported and that the shortcut never changes what is refused."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import claimdesk
from claimdesk.core import schema_check
from claimdesk.core.db import open_database
from claimdesk.core.project import Project
from claimdesk.core.schema_check import ForeignSchemaError

DESKTOP = Path(claimdesk.__file__).resolve().parents[1]
SHIPPED_SNAPSHOT = schema_check.HEAD_SNAPSHOT
# Big, and needed only to upgrade a schema, capture an article, draft claims or write a report.
NOT_AT_START = (
    "alembic",
    "trafilatura",
    "lxml",
    "htmldate",
    "docx",
    "jinja2",
    "rapidfuzz",
    "claimdesk.core.migrate",
    "claimdesk.core.capture.extract",
    "claimdesk.core.claim_drafts",
    "numpy",
    "claimdesk.core.services.similar",
    "claimdesk.core.matching.meaning_index",
)
RUN_AND_LIST = (
    "import json, sys\n"
    "from claimdesk.cli import main\n"
    "status = main(sys.argv[2:])\n"
    "heavy = json.loads(sys.argv[1])\n"
    "print(json.dumps(sorted(name for name in heavy if name in sys.modules)))\n"
    "sys.exit(status)\n"
)


def loaded_by(*args: str) -> list[str]:
    """The NOT_AT_START modules loaded when `claimdesk ARGS` has run, in a fresh process."""
    environment = {**os.environ, "PYTHONPATH": str(DESKTOP), "CLAIMDESK_USER": "analyst"}
    run = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST, json.dumps(NOT_AT_START), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture
def project_url(database_url: str) -> str:
    with Project.open(database_url, actor="analyst") as project:
        project.claims.create(_claim("About 11,000 soldiers crossed the border."))
    return database_url


def _claim(statement: str):  # type: ignore[no-untyped-def]
    from claimdesk.core.inputs import ClaimInput

    return ClaimInput(statement=statement)


@pytest.mark.parametrize(
    "command", [["info"], ["info", "--json"], ["search", "soldiers"]], ids=" ".join
)
def test_commands_on_an_up_to_date_project_load_nothing_they_do_not_use(project_url, command):
    assert loaded_by(*command, "--db", project_url) == []


def test_upgrading_still_loads_alembic(tmp_path):
    """The counter-check: the guard above sees Alembic when a command does need it."""
    assert "alembic" in loaded_by("migrate", "--db", str(tmp_path / "new.sqlite3"))


@pytest.fixture
def snapshot_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A stand-in for migrations/head_schema.json, read afresh by the test."""
    path = tmp_path / "head_schema.json"
    monkeypatch.setattr(schema_check, "HEAD_SNAPSHOT", path)
    schema_check._head_snapshot.cache_clear()
    yield path
    schema_check._head_snapshot.cache_clear()


def _write_wrong_snapshot(path: Path, wrong: str) -> None:
    saved = json.loads(SHIPPED_SNAPSHOT.read_text(encoding="utf-8"))
    if wrong == "an object missing":
        saved["objects"] = [item for item in saved["objects"] if item["kind"] != "trigger"]
    elif wrong == "an older head":
        saved["revision"] = "0001"
    if wrong != "no file":
        path.write_text(json.dumps(saved), encoding="utf-8")


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.sqlite3"
    open_database(path).close()
    return path


WRONG = ["an object missing", "an older head", "no file"]


@pytest.mark.parametrize("wrong", WRONG)
def test_a_wrong_snapshot_never_refuses_a_good_project(good_file, snapshot_file, wrong):
    _write_wrong_snapshot(snapshot_file, wrong)
    database = open_database(good_file)
    try:
        assert database.upgrade is None
    finally:
        database.close()


@pytest.mark.parametrize("wrong", WRONG)
def test_a_wrong_snapshot_never_lets_a_foreign_object_in(good_file, snapshot_file, wrong):
    with sqlite3.connect(good_file) as connection:
        connection.execute(
            "CREATE TRIGGER evil AFTER UPDATE ON claims BEGIN DELETE FROM claim_tags; END"
        )
    connection.close()
    _write_wrong_snapshot(snapshot_file, wrong)
    with pytest.raises(ForeignSchemaError) as raised:
        open_database(good_file)
    assert (raised.value.object.name, raised.value.change) == ("evil", "extra")
