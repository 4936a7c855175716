"""A throwaway PostgreSQL server for tests and benchmarks.

Started from the locally installed binaries in a temporary directory, on a free loopback port,
with durability switched off (the data is thrown away) and stopped when the caller is done.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def find_pg_bin() -> Path | None:
    """The directory holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    for candidate in reversed(candidates):
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayPostgres:
    """initdb + pg_ctl start in a temp dir; ``url`` is a superuser URL to database postgres."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="claimdesk-pg-"))
        self.port = _free_port()
        self.url = f"postgresql+psycopg://claimdesk@127.0.0.1:{self.port}/postgres"
        self._user: str | None = None
        if os.geteuid() == 0:
            # The server refuses to run as root; hand the directory to an unprivileged user.
            self._user = _unprivileged_user()
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, user=self._user)

    def _run(self, *args: str) -> None:
        subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            user=self._user,
            cwd=self.root,
            timeout=120,
        )

    def start(self) -> ThrowawayPostgres:
        data = self.root / "data"
        try:
            self._run(
                "initdb",
                "-D",
                str(data),
                "-U",
                "claimdesk",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            )
        except subprocess.CalledProcessError:
            shutil.rmtree(data, ignore_errors=True)
            self._run("initdb", "-D", str(data), "-U", "claimdesk", "--auth=trust", "-E", "UTF8")
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        try:
            self._run(
                "pg_ctl",
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(self.root / "log"),
                "-w",
                "-t",
                "60",
                "start",
            )
        except subprocess.CalledProcessError as error:
            log = (self.root / "log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"PostgreSQL did not start: {error.stderr!r}\n{log}") from error
        return self

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _unprivileged_user() -> str:
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError(
        f"no unprivileged user to run PostgreSQL as (running as {getpass.getuser()})"
    )
