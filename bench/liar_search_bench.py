"""Search figures on 100,000 LIAR claims: the first page of a search, and its count apart.

The project is built once with a quick Core insert of bench/liar_corpus.claim_rows(100_000)
(claimants, tags and claims at revision 0004, then the remaining migrations build the search
index as for a user's upgrade) and cached in bench/cache. For each of the ten searches of
liar_corpus.QUERIES, ranked best first as the window and ``claimdesk search`` show them, after
one warm-up read each:

- search_first_page_p50_ms / _p95_ms: the first 100 rows (ids by relevance and their rows),
  FIRST_PAGE_RUNS reads per search;
- search_count_p95_ms: the exact count of the same searches (COUNT_RUNS per search);
- search_with_count_p95_ms: page and count one after the other (what the window and the CLI
  waited for before the count was delivered apart), for comparison with the issue's figures.

With --pg the same is measured on a throwaway PostgreSQL server (suffix _pg; the data is
loaded there afresh on every run). The claimdesk code comes from BENCH_DESKTOP when set, so
that ``BENCH_DESKTOP=/work/wt-base/desktop python bench/liar_search_bench.py`` measures the
code before the change with the same script (where that code has no separate count estimate,
only the exact count is measured). Prints one JSON object per line:
{"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DESKTOP = Path(os.environ.get("BENCH_DESKTOP") or REPO / "desktop")
sys.path[:0] = [str(REPO), str(DESKTOP)]

import sqlalchemy as sa  # noqa: E402

from bench import liar_corpus  # noqa: E402
from bench.common import emit, note, percentile, timed_ms  # noqa: E402
from claimdesk.core import migrate  # noqa: E402
from claimdesk.core.db import _make_engine, resolve_url  # noqa: E402
from claimdesk.core.filters import ClaimFilter  # noqa: E402
from claimdesk.core.models import Claim, Source, Tag, claim_tags  # noqa: E402
from claimdesk.core.project import Project  # noqa: E402
from claimdesk.core.services.claim_list import ClaimQuery, ClaimSort  # noqa: E402

CLAIMS = 100_000
CACHE = REPO / "bench" / "cache"
# Bumped when the rows written change (the name must not match generate_db's stale-cache glob).
BUILD_VERSION = 1
LOAD_REVISION = "0004"  # the last revision without the search index: rows go in there
PAGE = 100
FIRST_PAGE_RUNS = 20
COUNT_RUNS = 5
BATCH = 10_000
# LIAR's six labels as the statuses an analyst would have set.
STATUSES = {
    "true": "verified",
    "mostly-true": "verified",
    "half-true": "misleading",
    "barely-true": "misleading",
    "false": "false",
    "pants-fire": "false",
}


def cpu_ms(call: Callable[[], Any]) -> float:
    """This thread's processor time for the call: on a machine shared with other work the
    wall time also holds the waits for a processor."""
    started = time.thread_time()
    call()
    return (time.thread_time() - started) * 1000


# Building -------------------------------------------------------------------------------


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def load(target: str, count: int = CLAIMS) -> None:
    """Write ``count`` LIAR claims into an empty database and bring it to the head revision."""
    engine = _make_engine(resolve_url(target))
    try:
        migrate.upgrade(engine, LOAD_REVISION)
        now = datetime.now(UTC)
        stamp = {"created_at": now, "updated_at": now, "deleted_at": None, "version": 1}
        speakers: dict[str, int] = {}
        tags: dict[str, int] = {}
        claims, links = [], []
        for claim_id, (statement, speaker, verdict, subjects, notes) in enumerate(
            liar_corpus.claim_rows(count), start=1
        ):
            claimant = speakers.setdefault(speaker, len(speakers) + 1) if speaker else None
            claims.append(
                {
                    "id": claim_id,
                    "statement": statement,
                    "claimant_id": claimant,
                    "status": STATUSES.get(verdict, "unverified"),
                    "credibility": "6",
                    "notes": notes or None,
                    "created_by": "bench",
                    "updated_by": "bench",
                    **stamp,
                }
            )
            for name in {s.strip() for s in subjects.split(";") if s.strip()}:
                links.append({"claim_id": claim_id, "tag_id": tags.setdefault(name, len(tags) + 1)})
        with engine.begin() as connection:
            connection.execute(
                Source.__table__.insert(),
                [
                    {"id": i, "kind": "person", "name": n, "reliability": "F", **stamp}
                    for n, i in speakers.items()
                ],
            )
            connection.execute(
                Tag.__table__.insert(), [{"id": i, "name": n} for n, i in tags.items()]
            )
            for batch in _batches(claims):
                connection.execute(Claim.__table__.insert(), batch)
            for batch in _batches(links):
                connection.execute(claim_tags.insert(), batch)
            if connection.dialect.name == "postgresql":
                for table in ("sources", "tags", "claims"):
                    connection.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) "
                        f"FROM {table}"
                    )
        migrate.upgrade(engine)
        with engine.connect() as connection:
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql("ANALYZE")
                connection.commit()
            else:
                connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM (ANALYZE)"
                )
    finally:
        engine.dispose()


def cached_sqlite() -> Path:
    """The 100k LIAR project, built on first use."""
    path = CACHE / f"liar-{CLAIMS}-b{BUILD_VERSION}.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        note(f"building {path.name} (once; cached afterwards) …")
        load(str(partial))
        partial.rename(path)
        note(f"  built in {time.perf_counter() - started:.0f} s")
    return path


# Measuring ------------------------------------------------------------------------------


def query_for(text: str) -> ClaimQuery:
    return ClaimQuery(ClaimFilter(search=text), ClaimSort.RELEVANCE)


def measure(target: str, suffix: str) -> None:
    project = Project.open(target, actor="bench")
    listing = project.claim_list
    quick_count = getattr(listing, "quick_count", None)  # absent before issue 16
    first_ms, count_ms, both_ms, estimate_ms, first_cpu_ms = [], [], [], [], []
    for text in liar_corpus.QUERIES:
        query = query_for(text)
        listing.page(query, 0, PAGE)
        listing.count(query)
        runs = [
            timed_ms(lambda q=query: listing.page(q, 0, PAGE))[0] for _ in range(FIRST_PAGE_RUNS)
        ]
        counts = [timed_ms(lambda q=query: listing.count(q)) for _ in range(COUNT_RUNS)]
        both = [
            timed_ms(lambda q=query: (listing.page(q, 0, PAGE), listing.count(q)))[0]
            for _ in range(COUNT_RUNS)
        ]
        first_ms += runs
        first_cpu_ms += [cpu_ms(lambda q=query: listing.page(q, 0, PAGE)) for _ in range(5)]
        count_ms += [elapsed for elapsed, _ in counts]
        both_ms += both
        line = (
            f"  {text!r:26} {counts[0][1]:>7,} matches; first page p50 "
            f"{statistics.median(runs):5.2f} ms, max {max(runs):5.2f} ms; count "
            f"{statistics.median(e for e, _ in counts):5.2f} ms"
        )
        if quick_count is not None:
            elapsed, quick = timed_ms(lambda q=query: quick_count(q))
            estimate_ms.append(elapsed)
            line += f"; quick count {quick.value:,} ({'exact' if quick.exact else 'about'}) "
            line += f"{elapsed:.2f} ms"
        note(line)
    note(f"  first page, processor time of this thread: p50 {statistics.median(first_cpu_ms):.2f} "
        f"ms, p95 {percentile(first_cpu_ms, 0.95):.2f} ms; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} processors")  # fmt: skip
    emit(f"search_first_page_p50_ms{suffix}", statistics.median(first_ms), "ms", None, digits=3)
    emit(f"search_first_page_p95_ms{suffix}", percentile(first_ms, 0.95), "ms", 5, digits=3)
    emit(f"search_count_p95_ms{suffix}", percentile(count_ms, 0.95), "ms", None, digits=3)
    emit(f"search_with_count_p95_ms{suffix}", percentile(both_ms, 0.95), "ms", None, digits=3)
    if estimate_ms:
        emit(
            f"search_quick_count_p95_ms{suffix}",
            percentile(estimate_ms, 0.95),
            "ms",
            None,
            digits=3,
        )
    project.close()


def measure_postgresql() -> None:
    from tests.pg_server import ThrowawayPostgres, find_pg_bin

    bin_dir = find_pg_bin()
    if bin_dir is None:
        note("PostgreSQL figures skipped: no PostgreSQL binaries")
        return
    server = ThrowawayPostgres(bin_dir).start()
    try:
        admin = sa.create_engine(server.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql("CREATE DATABASE liar")
        admin.dispose()
        target = server.url.rsplit("/", 1)[0] + "/liar"
        started = time.perf_counter()
        load(target)
        note(f"PostgreSQL: loaded in {time.perf_counter() - started:.0f} s")
        measure(target, "_pg")
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg", action="store_true", help="also measure on PostgreSQL")
    parser.add_argument(
        "--pg-url", help="measure on this PostgreSQL database, loaded with --load-into before"
    )
    parser.add_argument("--load-into", metavar="URL", help="only load the claims into this URL")
    args = parser.parse_args()
    if not liar_corpus.available():
        note(f"LIAR search figures skipped: {liar_corpus.LIAR} is not there")
        return 0
    note(f"code from {DESKTOP}")
    if args.load_into:
        load(args.load_into)
        return 0
    if args.pg_url:
        measure(args.pg_url, "_pg")
        return 0
    path = cached_sqlite()
    note("SQLite:")
    measure(str(path), "")
    if args.pg:
        measure_postgresql()
    return 0


if __name__ == "__main__":
    sys.exit(main())
