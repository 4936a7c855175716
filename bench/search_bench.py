"""Search and filter figures on 1,000,000 claims, on SQLite and then on PostgreSQL.

Both databases are generated once and cached in bench/cache (bench/generate_db.py,
bench/pg_bench_server.py). Through the services, as the window uses them, after warm-up runs:
- first_page_ms: the first 100 rows of the default claims list (median);
- filtered_page_p50_ms / _p95_ms: 100 rows filtered by status and claim date, ~50 filters
  and offsets;
- count_p95_ms: the count of the same filtered lists;
- fts_top100_p50_ms / _p95_ms: the 100 best matches of a mix of searches (rare, medium and
  common words, phrases, prefixes, OR, NOT, two words, a claimant and a word);
- services_raw_ratio: the filtered pages through the services versus one raw DB-API statement
  that reads the same rows and columns (claimant, tags, citation count), median against
  median, both reading pages already read once (the filtered page figures are first reads);
  stderr also compares the rows of 100 known ids alone, and gives the raw statement's own
  first reads of pages of other filters (the floor under the first reads);
- rss_growth_mb: resident memory growth from opening the project to the end of the above;
- ui_typing_stall_max_ms: the longest UI-thread stall while typing searches into the claims
  page of the real main window and waiting for their results (a 5 ms timer, as ui_bench).
Before each backend's figures its database files are read once into the operating system's
file cache (warm_file_cache). PostgreSQL figures carry the suffix _pg; there a statement is
stopped after PG_TIMEOUT_S (and reported as such) rather than waited for. The match counts
of the searches (counted as one UNION, beside the service's own count) and the time the
migration took to build the search index when the cache was generated are printed on stderr.

Prints one JSON object per line: {"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
# BENCH_DESKTOP=/path/to/other/desktop measures that code (e.g. main before a change).
DESKTOP = Path(os.environ.get("BENCH_DESKTOP") or REPO / "desktop")
sys.path[:0] = [str(REPO), str(DESKTOP)]

import psutil  # noqa: E402
from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import column as sql_column  # noqa: E402
from sqlalchemy import func, literal, literal_column, select, union  # noqa: E402
from sqlalchemy import table as sql_table  # noqa: E402

import claimdesk  # noqa: E402  (first: bench.generate_db puts REPO/desktop on the path)
from bench.common import emit, note, percentile, timed_ms  # noqa: E402
from bench.generate_db import (  # noqa: E402
    EPOCH,
    cached_sqlite,
    content_words,
    rare_words,
    read_timings,
)
from bench.ui_bench import StallMeter, wait_for  # noqa: E402
from claimdesk.core.enums import Status  # noqa: E402
from claimdesk.core.errors import StorageError  # noqa: E402
from claimdesk.core.filters import ClaimFilter  # noqa: E402
from claimdesk.core.models import Citation, Claim  # noqa: E402
from claimdesk.core.project import Project  # noqa: E402
from claimdesk.core.search import parse  # noqa: E402
from claimdesk.core.search.sql import direct_matches, pg_tsquery  # noqa: E402
from claimdesk.core.search.syntax import fts5_expression  # noqa: E402
from claimdesk.core.services.claim_list import ClaimQuery, ClaimSort  # noqa: E402

PAGE = 100
FILTER_RUNS = 50
WARM_UP = 5
FTS_RUNS = 5  # timed runs per search, after one warm-up
TYPING_INTERVAL_S = 0.08
PG_TIMEOUT_S = 30


# The workload ---------------------------------------------------------------------------


def filters(runs: int = FILTER_RUNS, seed: int = 11) -> list[ClaimFilter]:
    """Status + claim-date filters as an analyst sets them: one to three statuses, a week to
    a year of claim dates."""
    rng = random.Random(seed)
    chosen = []
    for _ in range(runs):
        statuses = frozenset(rng.sample(list(Status), rng.choice((1, 1, 2, 3))))
        start = EPOCH + timedelta(days=rng.randint(0, 1600))
        end = start + timedelta(days=rng.choice((7, 30, 30, 90, 180, 365)))
        chosen.append(ClaimFilter(statuses=statuses, claimed_from=start, claimed_to=end))
    return chosen


def searches() -> list[tuple[str, str]]:
    """(kind, search text), the words taken from the generator's vocabulary by frequency
    rank (0 is the most frequent content word) and from its long tail of rare words."""
    words, rare = content_words(), rare_words()
    return [
        ("common word", words[0]),
        ("common domain word", "report"),
        ("medium word", words[1_000]),
        ("medium-rare word", words[8_000]),
        ("uncommon word", words[30_000]),
        ("least frequent ranked word", words[-1]),
        ("rare word", rare[4]),
        ("rare word with umlaut", rare[8]),
        ("place, umlaut folded", "pjongjang"),
        ("German word with umlaut", "Geschütze"),
        ("phrase", '"North Korean soldiers"'),
        ("German phrase", '"nordkoreanische Soldaten"'),
        ("prefix, 3 letters", "Pok*"),
        ("prefix, broad", words[0][:2] + "*"),
        ("OR", "Kursk OR Belgorod"),
        ("NOT", f"Koksan -{words[3]}"),
        ("two words (AND)", f"{words[300]} {words[40]}"),
        ("two words, one medium-rare (AND)", f"{words[200]} {words[2_000]}"),
        ("two uncommon words, no match", f"{words[2_000]} {words[5_000]}"),
        ("claimant and word", "Budanov Koksan"),
        ("claimant and medium word", f"Budanov {words[1_000]}"),
    ]


TYPED = [  # typed into the window's search box, character by character
    "Koksan",  # many claims (~1 in 17)
    "report",  # very many, mostly through the articles they are cited in
    "Budanov Koksan",
    '"North Korean soldiers"',
]


# Services -------------------------------------------------------------------------------


class Raw:
    """The filtered page as one DB-API statement (claimant, tags and citation count joined
    in), and the rows of given ids alike: the yardstick for the services."""

    COLUMNS = """
        c.id, c.statement, s.name, s.reliability, c.claimed_on, c.claimed_on_precision,
        c.as_of, c.as_of_precision, c.quantity_value, c.quantity_upper, c.quantity_unit,
        c.quantity_qualifier, c.credibility, c.status, c.updated_at, c.version,
        (SELECT {aggregate}(t.name, '|') FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
         WHERE ct.claim_id = c.id),
        (SELECT count(*) FROM citations ci WHERE ci.claim_id = c.id)"""

    def __init__(self, target: str) -> None:
        self.sqlite = "://" not in target
        if self.sqlite:
            self.connection: Any = sqlite3.connect(f"{Path(target).as_uri()}?mode=ro", uri=True)
            self.mark, aggregate = "?", "group_concat"
        else:
            import psycopg

            plain = target.replace("postgresql+psycopg", "postgresql")
            self.connection = psycopg.connect(plain, autocommit=True)
            self.mark, aggregate = "%s", "string_agg"
        self.columns = self.COLUMNS.format(aggregate=aggregate)

    def page(self, wanted: ClaimFilter, offset: int) -> list[tuple[Any, ...]]:
        statuses = sorted(s.value for s in wanted.statuses)
        marks = ", ".join([self.mark] * len(statuses))
        m = self.mark
        # The page's ids first (as the service reads them), its rows around them: in one
        # statement, this is as fast as the planner gets for either part.
        sql = f"""SELECT {self.columns}
            FROM claims c LEFT JOIN sources s ON s.id = c.claimant_id
            WHERE c.id IN (
                SELECT id FROM claims WHERE deleted_at IS NULL AND status IN ({marks})
                  AND claimed_on >= {m} AND claimed_on <= {m}
                ORDER BY id DESC LIMIT {m} OFFSET {m})
            ORDER BY c.id DESC"""
        start, end = wanted.claimed_from, wanted.claimed_to
        if self.sqlite:
            start, end = str(start), str(end)  # type: ignore[assignment]
        return self.connection.execute(sql, [*statuses, start, end, PAGE, offset]).fetchall()

    def rows(self, ids: list[int]) -> list[tuple[Any, ...]]:
        marks = ", ".join([self.mark] * len(ids))
        sql = f"""SELECT {self.columns}
            FROM claims c LEFT JOIN sources s ON s.id = c.claimant_id
            WHERE c.id IN ({marks}) AND c.deleted_at IS NULL"""
        return self.connection.execute(sql, ids).fetchall()

    def close(self) -> None:
        self.connection.close()


def warm_file_cache(*roots: Path) -> None:
    """Read the database's files once, so that the figures measure the database and not
    this machine's disk: the files are in the operating system's cache (as on a desk that
    uses them daily), the database's own page cache starts cold. This VM drops its file
    cache now and then; read from the disk, the same first reads varied 5 to 20 ms."""
    started, size = time.perf_counter(), 0
    files = [f for root in roots for f in ([root] if root.is_file() else root.rglob("*"))]
    for path in files:
        if path.is_file():
            with path.open("rb") as stream:
                while chunk := stream.read(1 << 20):
                    size += len(chunk)
    note(f"  {size / 1e9:.1f} GB of database files read into the file cache in "
        f"{time.perf_counter() - started:.1f} s")  # fmt: skip


def page_offsets(counts: list[int]) -> list[int]:
    """Where in each list a page is read: the top or further down, as far as it goes."""
    rng = random.Random(5)
    offsets = [rng.choice((0, 0, 100, 200, 500, 1000, 2000)) for _ in counts]
    return [
        min(offset, max(0, (count - 1) // PAGE * PAGE))
        for offset, count in zip(offsets, counts, strict=True)
    ]


def union_count(project: Project, text: str) -> int:
    """How many live claims a search matches, counted the way suggested for ClaimMatches:
    one IN over the UNION of direct matches and claims cited in matching articles (the
    product's OR of two IN subqueries cannot finish on PostgreSQL for common words)."""
    query = parse(text)
    assert query is not None
    dialect = project.database.dialect
    if dialect == "sqlite":
        articles = select(literal_column("rowid")).select_from(sql_table("article_search"))
        articles = articles.where(
            literal_column("article_search").op("MATCH")(literal(fts5_expression(query)))
        )
    else:
        index = sql_table("article_search", sql_column("article_id"), sql_column("document"))
        articles = select(index.c.article_id).where(index.c.document.op("@@")(pg_tsquery(query)))
    cited = select(Citation.claim_id).where(Citation.article_id.in_(articles))
    matched = union(direct_matches(dialect, query), cited).subquery()
    counted = select(func.count()).select_from(Claim)
    counted = counted.where(Claim.deleted_at.is_(None), Claim.id.in_(select(matched.c[0])))
    with project.database.read() as session:
        return session.scalar(counted) or 0


def attempt(call: Callable[[], Any]) -> tuple[float, Any, str | None]:
    """(ms, result, None), or (ms, None, why) when the database gave up (statement timeout)."""
    started = time.perf_counter()
    try:
        result = call()
    except StorageError as error:
        return (time.perf_counter() - started) * 1000, None, str(error).split(": ")[-1]
    return (time.perf_counter() - started) * 1000, result, None


def measure_services(target: str, suffix: str, pg: bool) -> None:
    process = psutil.Process()
    rss_before = process.memory_info().rss
    project = Project.open(target, actor="bench")
    if project.database.upgrade is not None:
        raise RuntimeError(f"{target} was upgraded on opening: the cache must be at head")
    listing = project.claim_list
    raw = Raw(target.split("?")[0])

    default = ClaimQuery()
    for _ in range(WARM_UP):
        listing.page(default, 0, PAGE)
    first = [timed_ms(lambda: listing.page(default, 0, PAGE))[0] for _ in range(20)]
    emit(f"first_page_ms{suffix}", statistics.median(first), "ms", 100, digits=1)

    chosen = filters()
    for wanted in chosen[:WARM_UP]:
        listing.count(ClaimQuery(wanted))
        listing.page(ClaimQuery(wanted), 0, PAGE)
    counts, count_ms = [], []
    for wanted in chosen:
        elapsed, counted = timed_ms(lambda wanted=wanted: listing.count(ClaimQuery(wanted)))
        counts.append(counted)
        count_ms.append(elapsed)
    offsets = page_offsets(counts)
    page_ms, warm_ms, raw_ms, rows_ms, raw_rows_ms = [], [], [], [], []
    for wanted, offset in zip(chosen, offsets, strict=True):
        query = ClaimQuery(wanted)
        # The headline figure is the first read of a page, as the window meets it (its rows
        # not yet in any cache). The ratio compares both ways on equal terms: the raw query
        # and the services again, now that both find the same pages cached.
        elapsed, rows = timed_ms(
            lambda query=query, offset=offset: listing.page(query, offset, PAGE)
        )
        page_ms.append(elapsed)
        elapsed, plain = timed_ms(lambda wanted=wanted, offset=offset: raw.page(wanted, offset))
        raw_ms.append(elapsed)
        warm_ms.append(
            timed_ms(lambda query=query, offset=offset: listing.page(query, offset, PAGE))[0]
        )
        if [row.id for row in rows] != [row[0] for row in plain]:
            raise RuntimeError("the raw query does not read the rows the service reads")
        ids = [row.id for row in rows]
        if ids:  # the second half of a page alone: rows for known ids
            rows_ms.append(timed_ms(lambda ids=ids: listing.rows(ids))[0])
            raw_rows_ms.append(timed_ms(lambda ids=ids: raw.rows(ids))[0])
    emit(f"filtered_page_p50_ms{suffix}", statistics.median(page_ms), "ms", 5, digits=1)
    emit(f"filtered_page_p95_ms{suffix}", percentile(page_ms, 0.95), "ms", 5, digits=1)
    emit(f"count_p95_ms{suffix}", percentile(count_ms, 0.95), "ms", 20, digits=1)
    service, direct = statistics.median(warm_ms), statistics.median(raw_ms)
    emit(f"services_raw_ratio{suffix}", service / direct, "x", 3, digits=1)
    note(f"  filtered page read again: p50 {service:.2f} ms, p95 "
        f"{percentile(warm_ms, 0.95):.2f} ms")  # fmt: skip
    note(f"  filtered page: services {service:.2f} ms, raw query {direct:.2f} ms (medians); "
        f"rows for 100 known ids: services {statistics.median(rows_ms):.2f} ms, raw "
        f"{statistics.median(raw_rows_ms):.2f} ms")  # fmt: skip
    # The floor under the first reads: pages of other filters (the same mix), each read for
    # the first time by the raw statement alone, after the same count.
    others = filters(seed=12)
    other_counts = [listing.count(ClaimQuery(wanted)) for wanted in others]
    raw_first_ms = [
        timed_ms(lambda wanted=wanted, offset=offset: raw.page(wanted, offset))[0]
        for wanted, offset in zip(others, page_offsets(other_counts), strict=True)
    ]
    note(f"  filtered pages read for the first time by the raw statement (other filters): "
        f"p50 {statistics.median(raw_first_ms):.2f} ms, "
        f"p95 {percentile(raw_first_ms, 0.95):.2f} ms")  # fmt: skip
    slowest = sorted(zip(page_ms, chosen, offsets, counts, strict=True), key=lambda t: -t[0])[:3]
    for elapsed, wanted, offset, counted in slowest:
        note(f"  slow filtered page {elapsed:.1f} ms: {_describe(wanted)}, offset {offset}, "
            f"{counted:,} rows")  # fmt: skip
    slowest = sorted(zip(count_ms, chosen, counts, strict=True), key=lambda t: -t[0])[:3]
    for elapsed, wanted, counted in slowest:
        note(f"  slow count {elapsed:.1f} ms: {_describe(wanted)}, {counted:,} rows")
    note(f"  filtered lists hold {min(counts):,} to {max(counts):,} claims "
        f"(median {statistics.median(counts):,.0f})")  # fmt: skip

    fts_ms: list[float] = []
    for kind, text in searches():
        query = ClaimQuery(ClaimFilter(search=text), ClaimSort.RELEVANCE)
        union_ms, matches = timed_ms(lambda text=text: union_count(project, text))
        count_ms_, counted, count_failed = attempt(lambda query=query: listing.count(query))
        elapsed, _rows, failed = attempt(lambda query=query: listing.page(query, 0, PAGE))
        runs = [elapsed] if failed or elapsed > 5_000 else []  # slow: the warm-up is a run
        while len(runs) < (1 if failed else 2 if elapsed > 1_000 else FTS_RUNS):
            elapsed, _rows, failed = attempt(lambda query=query: listing.page(query, 0, PAGE))
            runs.append(elapsed)
        fts_ms.extend(runs)
        service_count = (
            f"count gave up after {count_ms_ / 1000:.0f} s ({count_failed})"
            if count_failed
            else f"count {count_ms_:.0f} ms"
        )
        if counted is not None and counted != matches:
            service_count += f" = {counted:,}"
        top = f"gave up ({failed})" if failed else f"{statistics.median(runs):7.1f} ms"
        note(f"  search {text!r:32} {kind:32} {matches:>8,} matches; top 100 {top}; "
            f"{service_count}, as one UNION {union_ms:.0f} ms")  # fmt: skip
    emit(
        f"fts_top100_p50_ms{suffix}", statistics.median(fts_ms), "ms", 200 if pg else 100, digits=1
    )
    emit(f"fts_top100_p95_ms{suffix}", percentile(fts_ms, 0.95), "ms", 200 if pg else 100, digits=1)
    emit(
        f"rss_growth_mb{suffix}",
        (process.memory_info().rss - rss_before) / 2**20,
        "MB",
        150,
        digits=1,
    )
    raw.close()
    project.close()


def _describe(wanted: ClaimFilter) -> str:
    statuses = "+".join(sorted(s.value for s in wanted.statuses))
    return f"{statuses} {wanted.claimed_from}…{wanted.claimed_to}"


# The window -----------------------------------------------------------------------------


class DialogWatch:
    """A modal dialog would block an offscreen run for ever: note what it says and close it."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.seen: list[str] = []
        self.timer = QTimer(interval=200)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        dialog = self.app.activeModalWidget()
        if dialog is not None:
            text = getattr(dialog, "text", lambda: "")()
            self.seen.append(f"{dialog.windowTitle()}: {text}")
            note(f"  a dialog appeared: {self.seen[-1]!r}; closing it")
            dialog.close()


def measure_typing(app: QApplication, target: str, suffix: str) -> None:
    from claimdesk.ui.main_window import MainWindow
    from claimdesk.ui.project_view import Section
    from claimdesk.ui.settings import Settings
    from claimdesk.ui.table_pages import FILTER_DELAY_MS

    dialogs = DialogWatch(app)
    settings_dir = tempfile.mkdtemp(prefix="claimdesk-bench-")
    settings = Settings(QSettings(f"{settings_dir}/settings.ini", QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    window.open_target(target)
    wait_for(app, lambda: window.view is not None or bool(dialogs.seen), 600)
    if window.view is None or window.workspace is None:
        raise RuntimeError(f"the window did not open {target}: {dialogs.seen}")
    page = window.view.pages[Section.CLAIMS]
    workspace = window.workspace
    model = page.model

    def settled() -> bool:
        return not model.loading and workspace.reader.pending() == 0

    wait_for(app, settled, 120)
    pause = time.perf_counter() + 1.0  # anchors and the other tables load on timers
    wait_for(app, lambda: time.perf_counter() > pause)
    failures: list[str] = []
    model.failed.connect(failures.append)
    stalls = StallMeter()
    stalls.start()
    worst: list[tuple[float, str]] = []
    for text in TYPED:
        failures.clear()
        stalls.worst, stalls.phase = 0.0, f"typing {text!r}"
        page.search.setFocus()
        page.search.selectAll()
        for character in text:
            QTest.keyClicks(page.search, character)
            typed = time.perf_counter() + TYPING_INTERVAL_S
            wait_for(app, lambda typed=typed: time.perf_counter() > typed)
        last_key = time.perf_counter()
        stalls.phase = f"waiting for {text!r}"
        wait_for(app, lambda text=text: model.query.filter.search == text and settled(), 300)
        arrived = (time.perf_counter() - last_key) * 1000
        worst.append((stalls.worst, stalls.worst_phase))
        result = f"failed ({failures[-1]})" if failures else f"{model.rowCount():,} rows"
        note(f"  typed {text!r}: {result} {arrived:.0f} ms after the last key (the "
            f"{FILTER_DELAY_MS} ms typing pause included); longest stall {stalls.worst:.1f} ms "
            f"while {stalls.worst_phase}")  # fmt: skip
        pause = time.perf_counter() + 0.5
        wait_for(app, lambda pause=pause: time.perf_counter() > pause)
    stalls.timer.stop()
    dialogs.timer.stop()
    emit(f"ui_typing_stall_max_ms{suffix}", max(w for w, _ in worst), "ms", 50, digits=1)
    if dialogs.seen:
        raise RuntimeError(f"dialogs appeared: {dialogs.seen}")
    window.close()
    window.deleteLater()
    app.processEvents()


# Running --------------------------------------------------------------------------------


def report_build(name: str, timings: dict[str, Any]) -> None:
    if timings:
        note(f"{name}: generated {timings.get('generated', '?')}: rows loaded in "
            f"{timings.get('load_s')} s, the migration built the search index for "
            f"{timings.get('claims', 0):,} claims in {timings.get('index_s')} s "
            f"({timings.get('total_s')} s in all)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-ui", action="store_true", help="skip the typing measurements")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    args = parser.parse_args()

    note(f"code from {Path(claimdesk.__file__).parent}")
    path = cached_sqlite()
    report_build("SQLite", read_timings(path))
    app = None if args.no_ui else (QApplication.instance() or QApplication(sys.argv[:1]))
    note("SQLite:")
    warm_file_cache(path)
    measure_services(str(path), "", pg=False)
    if app is not None:
        measure_typing(app, str(path), "")
    if args.no_pg:
        return 0
    from bench.pg_bench_server import cached_postgres, timings

    try:
        server = cached_postgres()
    except RuntimeError as error:
        note(f"PostgreSQL figures skipped: {error}")
        return 0
    with server:
        report_build("PostgreSQL", timings())
        note("PostgreSQL:")
        warm_file_cache(server.data / "base")
        # A statement that runs away is stopped and reported instead of stalling the run.
        url = f"{server.url}?options=-c%20statement_timeout%3D{PG_TIMEOUT_S * 1000}"
        measure_services(url, "_pg", pg=True)
        if app is not None:
            measure_typing(app, url, "_pg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
