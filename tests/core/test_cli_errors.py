"""The command line on values no database can hold and on a reader that goes away: one line
naming the option and exit 1, or a quiet exit; never "unexpected error"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk import cli
from claimdesk.cli import words
from claimdesk.core.demo import create_demo
from claimdesk.core.project import Project

HUGE = str(10**30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    with Project.open(path, actor="analyst") as project:
        create_demo(project)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", "--offset", HUGE], "--offset must be a whole number from 0 to 1000000000000"),
        (["search", "--limit", HUGE], "--limit must be a whole number from 1 to 1000000000000"),
        (["search", "--offset", "-1"], "--offset must be a whole number from 0 to"),
        (["search", "--limit", "0"], "--limit must be a whole number from 1 to"),
        (["search", "--offset", "ten"], "--offset: 'ten' is not a whole number"),
        (["search", "--offset", "9" * 100_000], "--offset must be a whole number from 0 to"),
        (["search", "--article", HUGE], "--article must be a whole number from 1 to 9223372036"),
        (["export", "-f", "csv", "-o", "x.csv", "--article", HUGE], "--article must be"),
        (["suggest", HUGE], "ARTICLE_ID must be a whole number from 1 to 9223372036854775807"),
    ],
)
def test_a_number_no_database_can_hold_is_one_line_and_exit_1(capsys, demo, argv, message):
    status, out, err = run(capsys, *argv, "--db", str(demo))
    assert status == 1 and out == ""
    assert err.startswith(f"claimdesk: {message}") and err.count("\n") == 1, err


def test_numbers_in_range_still_work(capsys, demo):
    status, out, _ = run(capsys, "search", "--offset", "3", "--limit", "2", "--db", str(demo))
    assert status == 0 and "(4–5 of 17 claims)" in out
    status, out, _ = run(capsys, "search", "--article", str(2**63 - 1), "--db", str(demo))
    assert status == 0 and "No claims found." in out
    status, out, err = run(capsys, "suggest", "1", "--db", str(demo))
    assert status == 0 and err == "" and out


@pytest.mark.parametrize("argv", [["info"], ["info", "--json"], ["search", "--json"]])
def test_a_reader_that_goes_away_ends_the_command_quietly(demo, argv):
    """`claimdesk info | head -c 10`, made certain: the pipe's reading end is closed before
    the command starts, so its first write meets a broken pipe."""
    reading, writing = os.pipe()
    os.close(reading)
    try:
        finished = subprocess.run(
            [sys.executable, "-m", "claimdesk", *argv, "--db", str(demo)],
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        os.close(writing)
    assert finished.stderr == ""
    assert finished.returncode == cli.EXIT_BROKEN_PIPE == 141


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de_DE"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_AT.UTF-8"}, "de_AT"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "de:en"}, "de"),
        ({"LANG": "de_DE.UTF-8@euro"}, "de_DE"),
    ],
)
def test_the_terminal_language_is_read_as_gettext_reads_it(environ, language):
    assert words.environment_language(environ) == language


def test_errors_are_worded_in_the_terminal_language(capsys, monkeypatch, tmp_path):
    missing = str(tmp_path / "nowhere" / "x.sqlite3")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    status, out, err = run(capsys, "info", "--db", missing, "--json")
    assert status == 1
    assert err.strip() == f"claimdesk: unter {missing} gibt es keine Datenbank"
    data = json.loads(out)["error"]
    assert data["code"] == "no_database"  # the code stays the code
    assert data["message"] == f"unter {missing} gibt es keine Datenbank"

    monkeypatch.setenv("LANG", "C.UTF-8")
    status, out, err = run(capsys, "info", "--db", missing)
    assert err.strip() == f"claimdesk: there is no database at {missing}"


def test_a_german_command_puts_the_catalogue_and_the_number_locale_back(
    capsys, monkeypatch, tmp_path
):
    from PySide6.QtCore import QLocale

    from claimdesk.ui.translation import translate

    before = QLocale().name()
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    run(capsys, "info", "--db", str(tmp_path / "absent" / "x.sqlite3"))
    assert QLocale().name() == before
    assert translate("Messages", "there is no database at %1") == "there is no database at %1"


def test_the_log_file_is_set_up_once_per_process_and_rotates(tmp_path, cli_log):
    """main() runs many times in one process (tests, scripts): one handler, not one per run
    writing every line again, and a log that is rotated instead of growing without end."""
    import logging
    import logging.handlers

    from claimdesk import cli

    for _ in range(3):
        cli._setup_logging()
    ours = [
        handler
        for handler in logging.getLogger().handlers
        if getattr(handler, "baseFilename", None) == str(tmp_path / "log" / "claimdesk.log")
    ]
    assert len(ours) == 1
    assert isinstance(ours[0], logging.handlers.RotatingFileHandler)
    assert ours[0].maxBytes == cli.LOG_BYTES
