"""Backups through SQLite's backup API, as a cancellable job."""

from __future__ import annotations

import fcntl
import json
import os
import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from bench.generate_db import generate

from claimdesk.cli import main
from claimdesk.core import migrate
from claimdesk.core.backup import (
    MAX_AUTOMATIC_BACKUPS,
    BackupError,
    automatic_backups,
    backup_project,
    partial_path,
    pre_upgrade_backup,
    remove_stale_partials,
    suggested_backup_path,
    write_backup,
)
from claimdesk.core.db import open_database
from claimdesk.core.demo import create_demo
from claimdesk.core.errors import Cancelled
from claimdesk.core.inputs import ClaimInput
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.project import Project
from claimdesk.core.restore import BackupKind, list_backups, newest_good_backup, restore_backup
from claimdesk.core.services.claim_list import ClaimQuery


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


# Safety: leftovers, retention, failed upgrades, restoring (issue 15) ---------------------


def _revision_of(path: Path) -> str:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _claims_in(path: Path) -> int:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM claims").fetchone()[0])


@pytest.fixture
def demo_file(tmp_path) -> Path:
    path = tmp_path / "demo.sqlite3"
    with Project.open(path, actor="analyst") as project:
        create_demo(project)
    return path


def test_an_abandoned_partial_is_removed_on_open_and_a_live_one_is_kept(demo_file):
    abandoned = demo_file.with_name("demo-backup-20250101-120000.sqlite3.partial")
    abandoned.write_bytes(b"SQLite format 3\x00 half a copy")
    Path(f"{abandoned}-journal").write_bytes(b"journal")
    live = demo_file.with_name(f"{demo_file.name}.before-upgrade-from-0007-x.bak.partial")
    live.write_bytes(b"being written")
    unrelated = demo_file.with_name("download.partial")
    unrelated.write_bytes(b"not ours")
    holder = os.open(live, os.O_RDWR)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)  # as the writer of a backup in progress holds it
        open_database(demo_file).close()
        assert not abandoned.exists() and not Path(f"{abandoned}-journal").exists()
        assert live.exists() and unrelated.exists()
    finally:
        os.close(holder)
    assert remove_stale_partials(demo_file) == [live]


def test_a_backup_overwrites_an_abandoned_partial_of_its_own(demo_file, tmp_path):
    destination = tmp_path / "copy.sqlite3"
    partial_path(destination).write_bytes(b"left by a killed backup")
    Path(f"{partial_path(destination)}-journal").write_bytes(b"a hot journal, of another file")
    write_backup(demo_file, destination)
    assert _claims_in(destination) == 17
    assert sorted(p.name for p in tmp_path.glob("copy*")) == ["copy.sqlite3"]


def test_at_most_five_automatic_backups_are_kept_the_newest(demo_file):
    made = [pre_upgrade_backup(demo_file, "0007") for _ in range(MAX_AUTOMATIC_BACKUPS + 2)]
    assert MAX_AUTOMATIC_BACKUPS == 5
    assert automatic_backups(demo_file) == made[::-1][:MAX_AUTOMATIC_BACKUPS]
    assert not made[0].exists() and not made[1].exists()


def _old_project_with_a_broken_foreign_key(path: Path) -> None:
    """A project at 0007 whose upgrade fails its foreign-key check, every time."""
    database = open_database(path)
    migrate.downgrade(database.engine, "0007")
    database.close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("INSERT INTO claim_tags (claim_id, tag_id) VALUES (999, 999)")
        connection.commit()


def test_a_failed_upgrade_leaves_no_backup_behind_however_often_it_is_tried(tmp_path):
    path = tmp_path / "old.sqlite3"
    _old_project_with_a_broken_foreign_key(path)
    for _attempt in range(3):
        with pytest.raises(Exception):  # noqa: B017 - how it is worded is not this test's
            open_database(path)
        assert _revision_of(path) == "0007"
        assert list(tmp_path.glob("*.bak")) == []


def test_a_successful_upgrade_keeps_its_backup(tmp_path):
    path = tmp_path / "old.sqlite3"
    database = open_database(path)
    migrate.downgrade(database.engine, "0007")
    database.close()
    reopened = open_database(path)
    reopened.close()
    assert reopened.upgrade is not None and reopened.upgrade.backup is not None
    assert automatic_backups(path) == [reopened.upgrade.backup]
    assert _revision_of(reopened.upgrade.backup) == "0007"


def test_backups_are_listed_newest_first_with_their_counts(demo_file, tmp_path):
    copy = run_to_end(backup_project(demo_file, suggested_backup_path(demo_file), CancelToken()))
    before_upgrade = pre_upgrade_backup(demo_file, migrate.head_revision())
    junk = demo_file.with_name("demo-backup-19990101-000000.sqlite3")
    junk.write_text("not a database")
    os.utime(junk, (946_684_800, 946_684_800))  # written in 2000, by its name
    listed = list_backups(demo_file)
    assert [info.path for info in listed[:2]] == [before_upgrade, copy]
    assert [info.kind for info in listed[:2]] == [BackupKind.BEFORE_UPGRADE, BackupKind.COPY]
    assert [info.claims for info in listed[:2]] == [17, 17]
    assert all(info.size == info.path.stat().st_size for info in listed)
    unusable = next(info for info in listed if info.path == junk)
    assert unusable.claims is None and unusable.problem


def test_restoring_as_a_new_file_leaves_the_project_alone(demo_file):
    backup = write_backup(demo_file, suggested_backup_path(demo_file))
    with Project.open(demo_file, actor="analyst") as project:
        project.claims.create(ClaimInput(statement="Written after the backup."))
    result = restore_backup(backup, demo_file, replace=False)
    assert result.safety_backup is None and result.path != demo_file
    assert result.path.name.startswith("demo-restored-")
    assert (_claims_in(result.path), _claims_in(demo_file)) == (17, 18)


def test_replacing_backs_the_project_up_first_then_copies_the_backup_in(demo_file):
    backup = write_backup(demo_file, suggested_backup_path(demo_file))
    with Project.open(demo_file, actor="analyst") as project:
        project.claims.create(ClaimInput(statement="Written after the backup."))
        result = restore_backup(backup, demo_file, replace=True)  # while it is open
        assert project.claim_list.count(ClaimQuery()) == 17
    assert result.path == demo_file and result.safety_backup is not None
    assert (_claims_in(demo_file), _claims_in(result.safety_backup)) == (17, 18)
    assert open_database(demo_file).revision() == migrate.head_revision()


def test_a_damaged_or_foreign_backup_is_not_restored(demo_file, tmp_path):
    foreign = tmp_path / "demo-backup-1.sqlite3"
    with closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE VIEW claims AS SELECT 1")
    with pytest.raises(BackupError) as refused:
        restore_backup(foreign, demo_file, replace=True)
    assert refused.value.code == "restore_not_a_project"
    too_new = write_backup(demo_file, tmp_path / "demo-backup-2.sqlite3")
    with closing(sqlite3.connect(too_new)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    with pytest.raises(BackupError) as newer:
        restore_backup(too_new, demo_file, replace=False)
    assert newer.value.code == "restore_too_new"
    with pytest.raises(BackupError) as missing:
        restore_backup(tmp_path / "nothing", demo_file, replace=False)
    assert missing.value.code == "restore_no_backup"
    assert _claims_in(demo_file) == 17
    assert automatic_backups(demo_file) == []


def test_the_newest_good_backup_skips_damaged_ones(demo_file):
    good = write_backup(demo_file, demo_file.with_name("demo-backup-1.sqlite3"))
    damaged = write_backup(demo_file, demo_file.with_name("demo-backup-2.sqlite3"))
    with damaged.open("r+b") as handle:  # every page past the first: garbage
        handle.seek(4096)
        handle.write(random.Random(4).randbytes(damaged.stat().st_size - 4096))
    os.utime(good, (1_700_000_000, 1_700_000_000))
    newest = newest_good_backup(demo_file)
    assert newest is not None and newest.path == good


def test_cli_backup_create_list_and_restore(demo_file, capsys):
    assert main(["backup", "create", "--db", str(demo_file), "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert _claims_in(Path(created["backup"])) == 17
    assert main(["backup", "list", "--db", str(demo_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["path"], b["kind"], b["claims"]) for b in listed] == [
        (created["backup"], "copy", 17)
    ]
    assert main(["backup", "restore", created["backup"], "--db", str(demo_file), "--json"]) == 0
    restored = json.loads(capsys.readouterr().out)
    assert restored["safety_backup"] is None and _claims_in(Path(restored["restored"])) == 17
    argv = ["backup", "restore", created["backup"], "--db", str(demo_file), "--replace"]
    assert main(argv) == 0
    assert "previous content is in" in capsys.readouterr().out


def test_cli_backup_of_a_missing_project_is_one_line(tmp_path, capsys):
    assert main(["backup", "list", "--db", str(tmp_path / "none.sqlite3")]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "there is no database" in error[0]
