"""What the hash-chained audit trail costs (issue 19).

- import_chain_overhead_pct (SQLite) / …_postgresql: the LIAR claims CSV (BENCH_CHAIN_ROWS
  rows, 20,000 by default) imported through the import job with the chain, and again with the
  events inserted as before the chain (no head lock, no hashing: ``audit.append`` swapped for
  a plain insert in this process); the figures are claims/s both ways and the overhead in %.
- pg_writers_commits_per_s (with and without the chain): 20 threads, each its own project
  connection, saving one claim per transaction for BENCH_WRITER_SECONDS (5) seconds on a
  throwaway PostgreSQL server; the chain serialises the appends on its head row, the target
  is at least 100 commits/s.
- audit_verify_events_per_s: `claimdesk audit verify` over the imported project.

Prints one JSON object per line: {"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "desktop")]

import sqlalchemy as sa  # noqa: E402
from sqlalchemy import event  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402
from tests.pg_server import ThrowawayPostgres, find_pg_bin  # noqa: E402

from bench import liar_corpus  # noqa: E402
from bench.common import emit, note  # noqa: E402
from claimdesk.core import audit  # noqa: E402
from claimdesk.core.bulk_insert import insert_rows  # noqa: E402
from claimdesk.core.inputs import ClaimInput  # noqa: E402
from claimdesk.core.jobs import CancelToken, run_to_end  # noqa: E402
from claimdesk.core.models import AuditEvent  # noqa: E402
from claimdesk.core.project import Project  # noqa: E402

ROWS = int(os.environ.get("BENCH_CHAIN_ROWS", "20000"))
WRITERS = 20
SECONDS = float(os.environ.get("BENCH_WRITER_SECONDS", "5"))


def _plain_append(session: Any, events: list[dict[str, Any]]) -> None:
    """The trail as it was written before the chain: one insert, no lock, no hashes."""
    if events:
        context = session.info.get(audit.CONTEXT_KEY)
        for row in events:
            row.setdefault("context", context)
            if hasattr(row.get("claim_id"), "real"):
                row["claim_id"] = int(row["claim_id"])
        insert_rows(session.connection(), AuditEvent.__table__, events)


@contextlib.contextmanager
def chain(on: bool) -> Iterator[None]:
    """Without the chain: the bulk paths insert plainly, and the commit hook that links a
    transaction's events is taken off (they stay unlinked, as events were before)."""
    if on:
        yield
        return
    audit.install(Session)  # as opening a database does: the hook must be there to remove
    original = audit.append
    audit.append = _plain_append  # type: ignore[assignment]
    event.remove(Session, "before_commit", audit._link_at_commit)
    try:
        yield
    finally:
        audit.append = original  # type: ignore[assignment]
        event.listen(Session, "before_commit", audit._link_at_commit)


def import_seconds(target: str, csv: Path) -> tuple[float, int]:
    from claimdesk.core.exchange.csv_import import import_claims_job, read_csv_preview

    with Project.open(target, actor="bench") as project:
        mapping = read_csv_preview(csv).suggested
        started = time.perf_counter()
        result = run_to_end(import_claims_job(project, csv, mapping, CancelToken()))
        return time.perf_counter() - started, result.imported


def import_figures(csv: Path, target_of: Any, suffix: str) -> None:
    rates = {}
    for on in (False, True, False, True):  # interleaved: both see the same machine
        with chain(on):
            seconds, imported = import_seconds(target_of(f"import_{int(on)}_{time.time_ns()}"), csv)
        rates.setdefault(on, []).append(imported / seconds)
    plain, chained = max(rates[False]), max(rates[True])
    emit(f"import_claims_per_s_without_chain{suffix}", plain, "claims/s", None, digits=1)
    emit(f"import_claims_per_s_with_chain{suffix}", chained, "claims/s", None, digits=1)
    emit(f"import_chain_overhead_pct{suffix}", (plain / chained - 1) * 100, "%", 10.0, digits=1)


def verify_figure(target: str) -> None:
    with Project.open(target, actor="bench") as project:
        started = time.perf_counter()
        report = project.project.verify_audit()
        seconds = time.perf_counter() - started
    assert report.intact, report.to_json()
    emit("audit_verify_events_per_s", report.events / seconds, "events/s", None, digits=0)
    note(f"verify: {report.events} events in {seconds:.2f} s")


def writers_figure(url: str, on: bool) -> float:
    projects = [Project.open(url, actor=f"writer{n}") for n in range(WRITERS)]
    commits = [0] * WRITERS
    stop = threading.Event()
    failures: list[BaseException] = []

    def work(number: int) -> None:
        project = projects[number]
        try:
            while not stop.is_set():
                project.claims.create(ClaimInput(f"Writer {number} saw {commits[number]}."))
                commits[number] += 1
        except BaseException as error:
            failures.append(error)

    with chain(on):
        threads = [threading.Thread(target=work, args=(n,)) for n in range(WRITERS)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        time.sleep(SECONDS)
        stop.set()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - started
    for project in projects:
        project.close()
    if failures:
        raise failures[0]
    return sum(commits) / seconds


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        csv = None
        if liar_corpus.available():
            csv = liar_corpus.write_csv(work / "liar.csv", ROWS, verdicts=True)
            import_figures(csv, lambda name: str(work / f"{name}.sqlite3"), "")
            verified = work / "verify.sqlite3"
            import_seconds(str(verified), csv)
            verify_figure(str(verified))
        else:
            note(f"LIAR is not at {liar_corpus.LIAR}: no import figures")
        bin_dir = find_pg_bin()
        if bin_dir is None:
            note("PostgreSQL is not installed: no PostgreSQL figures")
            return 0
        server = ThrowawayPostgres(bin_dir).start()
        admin = sa.create_engine(server.url, isolation_level="AUTOCOMMIT")
        try:

            def database(name: str) -> str:
                with admin.connect() as connection:
                    connection.exec_driver_sql(f"CREATE DATABASE {name}")
                return server.url.rsplit("/", 1)[0] + f"/{name}"

            if csv is not None:
                import_figures(csv, database, "_postgresql")
            for on in (False, True):
                rate = writers_figure(database(f"writers_{int(on)}"), on)
                label = "with" if on else "without"
                emit(
                    f"pg_{WRITERS}_writers_commits_per_s_{label}_chain",
                    rate,
                    "commits/s",
                    100.0,
                    digits=1,
                )
        finally:
            admin.dispose()
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
