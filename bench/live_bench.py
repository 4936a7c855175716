"""Live changes on a team server: how long after a colleague's commit the window's change
signal fires (core/live.py → ui/live_updates.py → the workspace's change bus).

A throwaway PostgreSQL server (or --pg-url, a database this may fill with the demo project)
holds the demo project. One Workspace listens, as an open window does; a second connection, as
a colleague, edits a claim from another thread. The clock starts when the colleague's COMMIT is
sent (SQLAlchemy's commit event) and stops in the slot of the listening workspace's change
signal, on its UI thread:
- live_latency_median / live_latency_p95: single edits, spaced as a person's are (after the
  250 ms that coalesce a burst), over --edits edits;
- live_burst_last: a burst of 20 edits back to back, from the last commit to the signal that
  carries it (coalesced: at most one signal per 250 ms).

Prints one JSON object per line: {"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "desktop")]

import sqlalchemy as sa  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QThread  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.common import emit, note, percentile  # noqa: E402
from claimdesk.core.demo import create_demo  # noqa: E402
from claimdesk.core.inputs import ClaimInput  # noqa: E402
from claimdesk.core.project import Project  # noqa: E402
from claimdesk.core.records import Changes  # noqa: E402
from claimdesk.ui.live_updates import COALESCE_MS  # noqa: E402
from claimdesk.ui.workspace import Workspace  # noqa: E402

TARGET_MS = 2000.0
BURST = 20
WAIT_S = 5.0


class Colleague:
    """Edits claims from a thread of its own; ``committed`` holds each COMMIT's send time."""

    def __init__(self, url: str):
        self.project = Project.open(url, actor="colleague")
        self.committed: list[float] = []
        sa.event.listen(
            self.project.database.engine,
            "commit",
            lambda _connection: self.committed.append(time.perf_counter()),
        )

    def edit(self, *edits: tuple[int, str]) -> threading.Thread:
        """Start saving the edits (claim id, new statement), one after the other."""

        def run() -> None:
            claims = self.project.claims
            for claim_id, wording in edits:
                record = claims.get(claim_id)
                data = dataclasses.replace(ClaimInput.of(record), statement=wording)
                claims.update(claim_id, data, record.version)

        thread = threading.Thread(target=run, name="colleague")
        thread.start()
        return thread


class Signals:
    """Times at which the workspace's change bus fired, with what it carried."""

    def __init__(self, workspace: Workspace):
        self.seen: list[tuple[float, Changes]] = []
        workspace.bus.changed.connect(
            lambda changes: self.seen.append((time.perf_counter(), changes))
        )

    def wait_for(self, claim_id: int, skip: int, after: float = 0.0) -> float:
        """The time of the first signal carrying the claim, among those after the first
        ``skip`` and fired after ``after``."""
        deadline = time.perf_counter() + WAIT_S
        while time.perf_counter() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            for at, changes in self.seen[skip:]:
                if at > after and (claim_id in changes.claims or changes.everything):
                    return at
            QThread.msleep(1)
        raise TimeoutError(f"no change signal for claim {claim_id} within {WAIT_S} s")


def pause(seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        QThread.msleep(1)


def measure(url: str, edits: int) -> None:
    with Project.open(url, actor="setup") as setup:
        if setup.project.is_empty():
            create_demo(setup)
    ids = list(range(1, 18))  # the demo's claims
    workspace = Workspace(Project.open(url, actor="watcher"))
    colleague = Colleague(url)
    try:
        live = workspace.live
        assert live is not None
        deadline = time.perf_counter() + 10
        while live.listener.backend_pid is None and time.perf_counter() < deadline:
            pause(0.01)
        signals = Signals(workspace)
        latencies = []
        for number in range(edits):
            claim_id = ids[number % len(ids)]
            seen = len(signals.seen)
            writing = colleague.edit((claim_id, f"Edited live, take {number}"))
            signalled = signals.wait_for(claim_id, seen)  # the UI thread spins meanwhile
            writing.join()
            latencies.append((signalled - colleague.committed[-1]) * 1000)
            pause(COALESCE_MS / 1000 + 0.05)  # a person's pace: the next edit is not a burst
        note(f"{edits} single edits: min {min(latencies):.1f} ms, max {max(latencies):.1f} ms")
        emit("live_latency_median", percentile(latencies, 0.5), "ms", TARGET_MS, digits=1)
        emit("live_latency_p95", percentile(latencies, 0.95), "ms", TARGET_MS, digits=1)

        seen = len(signals.seen)
        writing = colleague.edit(*((ids[n % len(ids)], f"Burst {n}") for n in range(BURST)))
        while writing.is_alive():
            pause(0.005)
        committed = colleague.committed[-1]
        last = ids[(BURST - 1) % len(ids)]
        signalled = signals.wait_for(last, seen, after=committed)
        pause(COALESCE_MS / 1000 * 2)
        note(f"burst of {BURST} edits: {len(signals.seen) - seen} change signals")
        emit("live_burst_last", (signalled - committed) * 1000, "ms", TARGET_MS, digits=1)
    finally:
        workspace.close()
        colleague.project.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=50)
    parser.add_argument("--pg-url", help="a PostgreSQL database to use (the demo is added)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])  # noqa: F841 (the workspace's threads)
    if args.pg_url:
        measure(args.pg_url, args.edits)
        return 0
    from tests.pg_server import ThrowawayPostgres, find_pg_bin

    bin_dir = find_pg_bin()
    if bin_dir is None:
        note("live figures skipped: no PostgreSQL binaries")
        return 0
    server = ThrowawayPostgres(bin_dir).start()
    try:
        admin = sa.create_engine(server.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql("CREATE DATABASE live")
        admin.dispose()
        measure(server.url.rsplit("/", 1)[0] + "/live", args.edits)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
