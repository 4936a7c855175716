"""The claimdesk command, run as a user runs it: a real process, real files, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def claimdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "claimdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("claimdesk: ") and fragment in lines[0]


def test_demo_then_info(tmp_path):
    db = tmp_path / "demo.sqlite3"
    created = claimdesk("demo", "--db", str(db))
    assert created.returncode == 0, created.stderr
    assert "17 claims" in created.stdout
    info = claimdesk("info", "--db", str(db), "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["database"] == str(db)
    assert data["revision"]
    assert data["counts"] == {
        "sources": 9,
        "articles": 1,
        "claims": 17,
        "citations": 7,
        "reviews": 2,
    }
    text = claimdesk("info", "--db", str(db))
    assert "Claims:" in text.stdout and "up to date" in text.stdout


def test_db_from_the_environment_and_before_the_subcommand(tmp_path):
    db = tmp_path / "env.sqlite3"
    assert claimdesk("demo", env={"CLAIMDESK_DB": str(db)}).returncode == 0
    info = claimdesk("--db", str(db), "info", "--json")
    assert json.loads(info.stdout)["counts"]["claims"] == 17


def test_demo_refuses_to_overwrite(tmp_path):
    db = tmp_path / "demo.sqlite3"
    claimdesk("demo", "--db", str(db))
    assert_one_line_error(claimdesk("demo", "--db", str(db)), "already holds data")


def test_json_output_carries_the_error_as_data(tmp_path):
    missing = tmp_path / "none.sqlite3"
    failed = claimdesk("info", "--db", str(missing), "--json")
    assert_one_line_error(failed, "there is no database at")
    error = json.loads(failed.stdout)["error"]
    assert error["code"] == "no_database"
    assert error["params"] == {"path": str(missing)}
    assert error["message"] == f"there is no database at {missing}"


def test_migrate_reports_the_state(tmp_path):
    db = tmp_path / "m.sqlite3"
    first = claimdesk("migrate", "--db", str(db))
    assert first.returncode == 0 and "new database created" in first.stdout
    second = claimdesk("migrate", "--db", str(db))
    assert "up to date" in second.stdout


@pytest.mark.parametrize(
    ("target", "fragment"),
    [
        ("/nonexistent-dir/x.sqlite3", "there is no database"),
        ("mysql://u@h/db", "unsupported database"),
        ("postgresql+psycopg://:::", "not a valid database URL"),
        ("postgresql+psycopg://x@127.0.0.1:9/db", "cannot connect"),
    ],
)
def test_bad_databases_get_one_clear_line(target, fragment):
    assert_one_line_error(claimdesk("info", "--db", target), fragment)


def test_a_file_that_is_not_a_database(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert_one_line_error(claimdesk("info", "--db", str(notes)), "not an SQLite database")
    assert notes.read_text() == "hello"


def test_demo_into_a_missing_directory(tmp_path):
    target = tmp_path / "missing" / "d.sqlite3"
    assert_one_line_error(claimdesk("demo", "--db", str(target)), "does not exist")


def test_info_does_not_create_a_database(tmp_path):
    target = tmp_path / "absent.sqlite3"
    assert_one_line_error(claimdesk("info", "--db", str(target)), "there is no database")
    assert not target.exists()


@pytest.mark.postgresql
def test_demo_and_info_on_postgresql(postgres):
    url = postgres.create_database(migrated=False)
    assert claimdesk("demo", "--db", url).returncode == 0
    data = json.loads(claimdesk("info", "--db", url, "--json").stdout)
    assert data["counts"]["claims"] == 17
    assert "@" in data["database"]
