"""Backups, migrations and imports killed with SIGKILL at random moments, as real processes;
and a damaged file, which is refused on open after an unclean exit and never backed up.

Each kill asserts: no backup under its final name that is empty, partial or damaged; the
project opens and passes integrity_check; every commit that reported success before the kill
(a concurrent writer prints each claim's id after its commit returned) is still there. Kill
moments are drawn uniformly over the measured length of the work; CLAIMDESK_KILL_SEED replays
a run.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bench.generate_db import generate

from claimdesk.core import migrate
from claimdesk.core.backup import MAX_AUTOMATIC_BACKUPS, BackupError, backup_project
from claimdesk.core.db import _make_engine, open_database, resolve_url
from claimdesk.core.errors import DamagedDatabaseError
from claimdesk.core.jobs import CancelToken, run_to_end

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and flock are POSIX")

KILL_TARGET = Path(__file__).with_name("kill_target.py")
DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
CLAIMS = 10_000
IMPORT_ROWS = 60
OLD_REVISION = "0006"
KILLS_PER_KIND = 7
SEED = int(os.environ.get("CLAIMDESK_KILL_SEED", time.time_ns() % 2**32))


@pytest.fixture(scope="module")
def projects(tmp_path_factory) -> dict[str, Path]:
    """A 10,000-claim project at the head revision, the same at an older one, a CSV file."""
    folder = tmp_path_factory.mktemp("kills")
    head = folder / "head.sqlite3"
    generate(str(head), claims=CLAIMS, articles=400, sources=400)
    old = folder / "old.sqlite3"
    shutil.copy(head, old)
    engine = _make_engine(resolve_url(old))
    migrate.downgrade(engine, OLD_REVISION)
    engine.dispose()
    csv_file = folder / "claims.csv"
    rows = [
        f"Imported claim {n}: about {n + 10} soldiers.,2025-06,imported" for n in range(IMPORT_ROWS)
    ]
    csv_file.write_text("statement,claimed_on,tags\n" + "\n".join(rows) + "\n")
    return {"head": head, "old": old, "csv": csv_file}


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(DESKTOP), "CLAIMDESK_USER": "kill-test"}


def _start(*arguments: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(KILL_TARGET), *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(),
    )
    assert process.stdout is not None
    started = process.stdout.readline().strip()
    assert started == "start", process.communicate()[1]
    return process


class Runner:
    """Runs `claimdesk` commands as forked processes of one server (see kill_target.py) and
    kills them with SIGKILL at the moment asked."""

    def __init__(self, folder: Path):
        self.log = folder / "run.log"
        self.last_duration = 0.0
        self.process = subprocess.Popen(
            [sys.executable, str(KILL_TARGET), "serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=_environment(),
        )

    def _ask(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def run(self, argv: list[str], kill_after: float | None = None) -> bool:
        """Run a command; SIGKILL it after ``kill_after`` seconds if it still runs. True when
        it was killed; a run that ended by itself must have succeeded."""
        assert self._ask(json.dumps({"argv": argv, "log": str(self.log)})) == "start"
        began = time.perf_counter()
        if kill_after is not None:
            time.sleep(kill_after)
        ended = json.loads(self._ask("wait" if kill_after is None else "kill"))
        self.last_duration = time.perf_counter() - began
        assert ended["killed"] or ended["code"] == 0, self.log.read_text()
        return bool(ended["killed"])

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(10)


@dataclass
class Writer:
    """A second process committing claims the whole time; the ids it printed were committed."""

    database: Path
    process: subprocess.Popen[str] = field(init=False)

    def __post_init__(self) -> None:
        self.process = _start("writer", str(self.database))

    def wait_until_committing(self, timeout: float = 60.0) -> None:
        """Return once the writer's first claim is in the file: starting up (Python, the
        database, the vector model its first save loads) takes seconds on a busy machine."""
        before = _count(self.database)
        deadline = time.monotonic() + timeout
        while _count(self.database) == before:
            assert self.process.poll() is None, "the writer process ended"
            assert time.monotonic() < deadline, "the writer committed nothing"
            time.sleep(0.05)

    def kill(self) -> list[int]:
        self.process.send_signal(signal.SIGKILL)
        out, _errors = self.process.communicate()
        return [int(line) for line in out.split("\n")[:-1]]


def _count(path: Path, sql: str = "SELECT count(*) FROM claims") -> int:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return int(connection.execute(sql).fetchone()[0])


def _check_whole(path: Path, pragma: str = "integrity_check") -> str:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return str(connection.execute(f"PRAGMA {pragma}").fetchone()[0])


def _assert_complete_backup(path: Path, at_least: int, revision: str, note: str) -> None:
    """A file under a backup's final name must be a whole project, never empty or partial."""
    assert path.stat().st_size > 0, f"empty backup {path.name} ({note})"
    assert _check_whole(path, "quick_check") == "ok", f"damaged backup {path.name} ({note})"
    assert _count(path) >= at_least, f"backup {path.name} lacks claims ({note})"
    assert _revision(path) == revision, note


def _assert_opens_whole_with(path: Path, committed: list[int], note: str) -> None:
    """The project opens (after the unclean exit: quick_check), integrity_check passes, and
    every commit that reported success is there."""
    open_database(path).close()
    assert _check_whole(path) == "ok", note
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TEMP TABLE printed (id INTEGER PRIMARY KEY)")
        connection.executemany("INSERT INTO printed VALUES (?)", [(i,) for i in committed])
        lost = connection.execute(
            "SELECT count(*) FROM printed WHERE id NOT IN (SELECT id FROM claims)"
        ).fetchone()[0]
    assert lost == 0, f"{lost} of {len(committed)} committed claims lost ({note})"


def _backup_kills(project: Path, rng: random.Random) -> tuple[int, float]:
    output = project.with_name(f"{project.stem}-backup-killed.sqlite3")
    argv = ["backup", "create", "--db", str(project), "-o", str(output)]
    base = _count(project)
    runner, writer = Runner(project.parent), Writer(project)
    kills = attempts = 0
    try:
        writer.wait_until_committing()
        runner.run(argv)
        window = runner.last_duration
        while kills < KILLS_PER_KIND and attempts < 3 * KILLS_PER_KIND:
            attempts += 1
            kills += runner.run(argv, rng.uniform(0.0, window))
            note = f"backup kill {attempts}, seed {SEED}"
            _assert_complete_backup(output, base, migrate.head_revision(), note)
    finally:
        committed = writer.kill()
        runner.close()
    assert committed, "the writer committed nothing while the backups ran"
    _assert_opens_whole_with(project, committed, f"after backup kills, seed {SEED}")
    run_to_end(backup_project(project, output, CancelToken()))
    assert not list(project.parent.glob("*.partial*")), "a .partial was left behind"
    return kills, window


def _import_kills(project: Path, csv_file: Path, rng: random.Random) -> tuple[int, float]:
    argv = ["import", "claims", str(csv_file), "--db", str(project)]
    imported = "SELECT count(*) FROM claims WHERE statement LIKE 'Imported claim %'"
    before = _count(project, imported)
    runner, writer = Runner(project.parent), Writer(project)
    kills = attempts = 0
    try:
        writer.wait_until_committing()
        runner.run(argv)
        window = runner.last_duration
        while kills < KILLS_PER_KIND and attempts < 3 * KILLS_PER_KIND:
            attempts += 1
            kills += runner.run(argv, rng.uniform(0.0, window))
            # One import is one transaction: all its rows or none of them.
            assert (_count(project, imported) - before) % IMPORT_ROWS == 0, f"seed {SEED}"
    finally:
        committed = writer.kill()
        runner.close()
    assert committed, "the writer committed nothing while the imports ran"
    _assert_opens_whole_with(project, committed, f"after import kills, seed {SEED}")
    return kills, window


def _migration_kills(old: Path, project: Path, rng: random.Random) -> tuple[int, float]:
    """Kills on one file until it got migrated, then on a fresh old copy: the backups of
    every killed upgrade pile up beside it, and must stay at most MAX_AUTOMATIC_BACKUPS."""
    argv = ["info", "--db", str(project)]
    base = _count(old)
    runner = Runner(project.parent)
    verified: set[Path] = set()
    kills = attempts = 0
    try:
        shutil.copy(old, project)
        runner.run(argv)
        window = runner.last_duration
        while kills < KILLS_PER_KIND and attempts < 3 * KILLS_PER_KIND:
            if _revision(project) != OLD_REVISION:
                shutil.copy(old, project)  # migrated: the next kill needs an old file again
            attempts += 1
            kills += runner.run(argv, rng.uniform(0.0, window))
            note = f"migration kill {attempts}, seed {SEED}"
            assert _check_whole(project, "quick_check") == "ok", note
            assert _count(project) == base, note
            backups = set(project.parent.glob(f"{project.name}.before-*.bak"))
            assert len(backups) <= MAX_AUTOMATIC_BACKUPS, note
            for path in backups - verified:  # a backup never changes once it has its name
                _assert_complete_backup(path, base, OLD_REVISION, note)
            verified |= backups
    finally:
        runner.close()
    _assert_opens_whole_with(project, [], f"after migration kills, seed {SEED}")
    assert not list(project.parent.glob("*.partial*")), "a .partial was left behind"
    assert len(list(project.parent.glob("*.bak"))) <= MAX_AUTOMATIC_BACKUPS
    return kills, window


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_kill_9_during_backup_migration_and_import_loses_nothing(projects, tmp_path):
    rng = random.Random(SEED)
    # Each kind of work gets its own random stream, so a seed replays every kill moment.
    streams = [random.Random(rng.random()) for _ in range(3)]
    folders = [tmp_path / kind for kind in ("backup", "import", "migrate")]
    for folder in folders:
        folder.mkdir()
    project = "project.sqlite3"
    for folder in folders[:2]:
        shutil.copy(projects["head"], folder / project)
    with ThreadPoolExecutor(3) as pool:
        chains = [
            pool.submit(_backup_kills, folders[0] / project, streams[0]),
            pool.submit(_import_kills, folders[1] / project, projects["csv"], streams[1]),
            pool.submit(_migration_kills, projects["old"], folders[2] / project, streams[2]),
        ]
        results = [chain.result() for chain in chains]
    kills = [killed for killed, _window in results]
    windows = [round(window, 2) for _killed, window in results]
    print(f"kills (backup, import, migration): {kills}; windows (s): {windows}; seed {SEED}")
    assert sum(kills) >= 20


# A damaged file ----------------------------------------------------------------------------


def _overwrite_five_pages(path: Path) -> None:
    """Garbage over five leaf pages of the claims table, well past the header."""
    with closing(sqlite3.connect(path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'claims' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
    chosen = pages[len(pages) // 6 :: len(pages) // 6][:5]
    garbage = random.Random(15)
    with path.open("r+b") as handle:
        for page in chosen:
            handle.seek((page - 1) * page_size)
            handle.write(garbage.randbytes(page_size))


def _exit_uncleanly(path: Path) -> None:
    """A real unclean exit: a process writes (one header field, in WAL mode) and is killed."""
    script = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = WAL')\n"
        "c.execute('PRAGMA user_version = 15')\n"
        "print('written', flush=True)\n"
        "time.sleep(60)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "written"
    process.send_signal(signal.SIGKILL)
    process.wait()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(projects, tmp_path) -> Iterator[Path]:
    path = tmp_path / "damaged.sqlite3"
    shutil.copy(projects["head"], path)
    _overwrite_five_pages(path)
    _exit_uncleanly(path)
    yield path


def test_after_an_unclean_exit_a_damaged_file_is_refused_and_left_as_it_is(damaged):
    assert Path(f"{damaged}-wal").stat().st_size > 0
    before = _digest(damaged)
    with pytest.raises(DamagedDatabaseError) as refused:
        open_database(damaged)
    assert refused.value.code == "database_damaged"
    assert refused.value.params["path"] == str(damaged)
    assert refused.value.params["detail"]  # the first problem quick_check found
    assert _digest(damaged) == before
    assert not list(damaged.parent.glob("*.bak"))


def test_the_cli_names_the_damage_in_one_line(damaged):
    result = subprocess.run(
        [sys.executable, "-m", "claimdesk", "info", "--db", str(damaged)],
        capture_output=True,
        text=True,
        env=_environment(),
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is damaged" in lines[0] and str(damaged) in lines[0]
    assert "Traceback" not in result.stderr


def test_the_backup_job_refuses_to_copy_a_damaged_file(damaged, tmp_path):
    destination = tmp_path / "copy.sqlite3"
    with pytest.raises(BackupError) as refused:
        run_to_end(backup_project(damaged, destination, CancelToken()))
    assert refused.value.code == "backup_source_damaged"
    assert refused.value.params["path"] == str(damaged)
    assert not destination.exists()
    assert not list(tmp_path.glob("*.partial*"))


def test_the_backup_job_checks_even_after_a_clean_exit(damaged, tmp_path):
    """Opening trusts a cleanly closed file; a backup never does."""
    with closing(sqlite3.connect(damaged)) as connection:
        connection.execute("PRAGMA user_version = 16")  # the last one out: the -wal goes
    assert not Path(f"{damaged}-wal").exists()
    with pytest.raises(BackupError) as refused:
        run_to_end(backup_project(damaged, tmp_path / "copy.sqlite3", CancelToken()))
    assert refused.value.code == "backup_source_damaged"


def test_a_live_backup_finishes_while_another_process_commits_all_the_time(projects, tmp_path):
    """Before, every commit elsewhere restarted SQLite's page copy: it never finished."""
    project = tmp_path / "busy.sqlite3"
    shutil.copy(projects["head"], project)
    writer = Writer(project)
    try:
        writer.wait_until_committing()
        done = threading.Event()
        copy = tmp_path / "copy.sqlite3"

        def back_up() -> None:
            run_to_end(backup_project(project, copy, CancelToken()))
            done.set()

        thread = threading.Thread(target=back_up, daemon=True)
        thread.start()
        assert done.wait(20), "the backup did not finish while the writer ran"
    finally:
        committed = writer.kill()
    assert committed and _check_whole(copy, "quick_check") == "ok"
