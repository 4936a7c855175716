"""Backups through SQLite's backup API, as a cancellable job."""

from __future__ import annotations

import sqlite3

import pytest
from bench.generate_db import generate

from claimdesk.core.backup import BackupError, backup_project
from claimdesk.core.errors import Cancelled
from claimdesk.core.jobs import CancelToken, run_to_end


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    path = tmp_path_factory.mktemp("backup") / "source.sqlite3"
    generate(str(path), claims=4_000, articles=100, sources=100)
    return path


def test_backup_reports_progress_and_gives_a_complete_copy(source, tmp_path):
    steps = []
    target = run_to_end(
        backup_project(source, tmp_path / "copy.sqlite3", CancelToken()), steps.append
    )
    assert target.exists() and len(steps) >= 2
    assert steps[-1].done == steps[-1].total
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM claims").fetchone()[0] == 4_000
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_a_cancelled_backup_leaves_no_file(source, tmp_path):
    token = CancelToken()
    job = backup_project(source, tmp_path / "copy.sqlite3", token)
    next(job)
    token.cancel()
    with pytest.raises(Cancelled):
        run_to_end(job)
    assert list(tmp_path.iterdir()) == []


def test_backup_refuses_bad_destinations(source, tmp_path):
    with pytest.raises(BackupError) as missing:
        run_to_end(backup_project(source, tmp_path / "missing" / "x.sqlite3", CancelToken()))
    assert missing.value.code == "backup_no_directory"
    assert missing.value.params == {"directory": str(tmp_path / "missing")}
    with pytest.raises(BackupError) as itself:
        run_to_end(backup_project(source, source, CancelToken()))
    assert itself.value.code == "backup_onto_itself"
