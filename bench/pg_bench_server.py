"""A cached PostgreSQL server for benchmarks: initdb and the data load happen once.

The data directory lives in bench/cache (pg-claims-1000000-v6/, git-ignored); every later run
only starts the server on it (a free loopback port, durability off, since the data can always
be generated again) and stops it afterwards. A directory being generated is named
``….partial`` and renamed when complete, so an interrupted generation is redone, never used.

As root the server runs as an unprivileged user (postgres), as in tests/pg_server.py.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "desktop")]

from tests.pg_server import _free_port, _unprivileged_user, find_pg_bin  # noqa: E402

from bench.generate_db import (  # noqa: E402
    CACHE,
    GENERATOR_VERSION,
    ensure_head,
    generate,
    read_timings,
    remove_stale_caches,
    write_timings,
)

DATABASE = "claimdesk"
USER = "claimdesk"
# Durability off (the data can be generated again); a little more memory than the defaults,
# as a server for a team would have; the rest is PostgreSQL's defaults.
SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "256MB",
    "max_wal_size": "4GB",
}


def data_path(claims: int) -> Path:
    return CACHE / f"pg-claims-{claims}-v{GENERATOR_VERSION}"


class CachedPostgres:
    """pg_ctl start/stop on a persistent data directory; ``url`` names the bench database."""

    def __init__(self, data: Path, bin_dir: Path):
        self.data = data
        self.bin_dir = bin_dir
        self.port = 0
        self.url = ""
        self._sockets: Path | None = None
        self._user = _unprivileged_user() if os.geteuid() == 0 else None

    def _run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            user=self._user,
            cwd=tempfile.gettempdir(),
            timeout=timeout,
        )

    def _hand_over(self, path: Path, mode: int) -> None:
        os.chmod(path, mode)
        if self._user is not None:
            shutil.chown(path, user=self._user)

    def initdb(self) -> None:
        self.data.mkdir(parents=True)
        self._hand_over(self.data, 0o700)
        common = ["initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8"]
        try:
            self._run(*common, "--locale=C.UTF-8")
        except subprocess.CalledProcessError:
            for entry in self.data.iterdir():
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
            self._run(*common)

    def running(self) -> bool:
        try:
            self._run("pg_ctl", "-D", str(self.data), "status", timeout=30)
        except subprocess.CalledProcessError:
            return False
        return True

    def start(self) -> CachedPostgres:
        if self.running():  # left behind by a run that was killed: ours, so stop it
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        self.port = _free_port()
        self._sockets = Path(tempfile.mkdtemp(prefix="claimdesk-pg-sockets-"))
        self._hand_over(self._sockets, 0o755)
        settings = " ".join(f"-c {key}={value}" for key, value in SETTINGS.items())
        options = f"-p {self.port} -k {self._sockets} {settings}"
        log = self.data / "server.log"
        try:
            self._run(
                "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(log), "-w", "-t", "120",
                "start",
            )  # fmt: skip
        except subprocess.CalledProcessError as error:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {error.stderr!r}\n{tail}") from error
        self.url = f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{DATABASE}"
        return self

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        if self._sockets is not None:
            shutil.rmtree(self._sockets, ignore_errors=True)
            self._sockets = None

    def create_database(self) -> None:
        admin = sa.create_engine(
            self.url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT"
        )
        try:
            with admin.connect() as connection:
                connection.exec_driver_sql(f"CREATE DATABASE {DATABASE} TEMPLATE template0")
        finally:
            admin.dispose()

    def __enter__(self) -> CachedPostgres:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def cached_postgres(
    claims: int = 1_000_000, articles: int = 100_000, sources: int = 20_000
) -> CachedPostgres:
    """The started server holding the benchmark database; generated on first use.

    Raises RuntimeError when PostgreSQL is not installed. Stop it with ``stop()`` (or use
    it as a context manager).
    """
    bin_dir = find_pg_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb / pg_ctl found)")
    final = data_path(claims)
    if not (final / "PG_VERSION").exists():
        partial = final.with_name(final.name + ".partial")
        if partial.exists():
            leftover = CachedPostgres(partial, bin_dir)
            if (partial / "PG_VERSION").exists() and leftover.running():
                leftover.stop()
            shutil.rmtree(partial)
        print(f"generating {final.name} (once; cached afterwards) …", file=sys.stderr)
        started = time.perf_counter()
        server = CachedPostgres(partial, bin_dir)
        server.initdb()
        server.start()
        try:
            server.create_database()
            timings = generate(server.url, claims, articles, sources)
        finally:
            server.stop()
        print(f"  {time.perf_counter() - started:.0f} s with initdb", file=sys.stderr)
        partial.rename(final)
        write_timings(final, {"backend": "postgresql", "claims": claims, **timings})
    remove_stale_caches()
    server = CachedPostgres(final, bin_dir).start()
    try:
        ensure_head(server.url)
    except BaseException:
        server.stop()
        raise
    return server


def timings(claims: int = 1_000_000) -> dict[str, object]:
    return read_timings(data_path(claims))


if __name__ == "__main__":
    with cached_postgres() as running:
        print(running.url)
