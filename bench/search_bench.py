"""Search and filter figures on 1,000,000 claims, on SQLite and then on PostgreSQL.

Both databases are generated once and cached in bench/cache (bench/generate_db.py,
bench/pg_bench_server.py). Through the services, as the window uses them, after warm-up runs:
- first_page_ms: the first 100 rows of the default claims list (median);
- filtered_page_p50_ms / _p95_ms: 100 rows filtered by status and claim date, ~50 filters
  and offsets;
- count_p95_ms: the count of the same filtered lists;
- fts_top100_p50_ms / _p95_ms: the 100 best matches of a mix of searches (rare, medium and
  common words, phrases, prefixes, OR, NOT, two words, a claimant and a word);
- services_raw_ratio: a filtered page through the services versus one raw DB-API query that
  reads the same rows and columns (claimant, tags, citation count), median against median;
- rss_growth_mb: resident memory growth from opening the project to the end of the above;
- ui_typing_stall_max_ms: the longest UI-thread stall while typing searches into the claims
  page of the real main window and waiting for their results (a 5 ms timer, as ui_bench).
PostgreSQL figures carry the suffix _pg. The match counts of the searches and the time the
migration took to build the search index are printed on stderr.

Prints one JSON object per line: {"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "desktop")]

import psutil  # noqa: E402
from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.generate_db import EPOCH, cached_sqlite, content_words, read_timings  # noqa: E402
from bench.ui_bench import StallMeter, emit, wait_for  # noqa: E402
from claimdesk.core.enums import Status  # noqa: E402
from claimdesk.core.filters import ClaimFilter  # noqa: E402
from claimdesk.core.project import Project  # noqa: E402
from claimdesk.core.services.claim_list import ClaimQuery, ClaimRow, ClaimSort  # noqa: E402

PAGE = 100
FILTER_RUNS = 50
WARM_UP = 5
FTS_RUNS = 5  # timed runs per search, after one warm-up
RATIO_RUNS = 40
TYPING_INTERVAL_S = 0.08


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def timed_ms(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


# The workload ---------------------------------------------------------------------------


def filters(runs: int = FILTER_RUNS) -> list[ClaimFilter]:
    """Status + claim-date filters as an analyst sets them: one to three statuses, a week to
    a year of claim dates."""
    rng = random.Random(11)
    chosen = []
    for _ in range(runs):
        statuses = frozenset(rng.sample(list(Status), rng.choice((1, 1, 2, 3))))
        start = EPOCH + timedelta(days=rng.randint(0, 1600))
        end = start + timedelta(days=rng.choice((7, 30, 30, 90, 180, 365)))
        chosen.append(ClaimFilter(statuses=statuses, claimed_from=start, claimed_to=end))
    return chosen


def searches() -> list[tuple[str, str]]:
    """(kind, search text), the words taken from the generator's vocabulary by frequency
    rank (0 is the most frequent content word)."""
    words = content_words()
    return [
        ("common word", words[0]),
        ("common domain word", "report"),
        ("medium word", words[1_000]),
        ("medium-rare word", words[8_000]),
        ("rare word", words[30_000]),
        ("rarest word", words[-1]),
        ("place, umlaut folded", "pjongjang"),
        ("German word with umlaut", "Geschütze"),
        ("phrase", '"North Korean soldiers"'),
        ("German phrase", '"nordkoreanische Soldaten"'),
        ("prefix, 3 letters", "Pok*"),
        ("prefix, broad", words[0][:2] + "*"),
        ("OR", "Kursk OR Belgorod"),
        ("NOT", f"Koksan -{words[3]}"),
        ("two words (AND)", f"{words[300]} {words[40]}"),
        ("two rare-ish words (AND)", f"{words[2_000]} {words[5_000]}"),
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


def raw_sqlite(path: Path) -> Callable[[ClaimFilter, int], list[tuple[Any, ...]]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)

    def fetch(wanted: ClaimFilter, offset: int) -> list[tuple[Any, ...]]:
        statuses = sorted(s.value for s in wanted.statuses)
        marks = ", ".join("?" * len(statuses))
        sql = f"""
            SELECT c.id, c.statement, s.name, s.reliability, c.claimed_on,
                   c.claimed_on_precision, c.as_of, c.as_of_precision, c.quantity_value,
                   c.quantity_upper, c.quantity_unit, c.quantity_qualifier, c.credibility,
                   c.status, c.updated_at, c.version,
                   (SELECT group_concat(t.name, '|') FROM claim_tags ct
                    JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id),
                   (SELECT count(*) FROM citations ci WHERE ci.claim_id = c.id)
            FROM claims c LEFT JOIN sources s ON s.id = c.claimant_id
            WHERE c.deleted_at IS NULL AND c.status IN ({marks})
              AND c.claimed_on >= ? AND c.claimed_on <= ?
            ORDER BY c.id DESC LIMIT ? OFFSET ?"""
        parameters = [*statuses, str(wanted.claimed_from), str(wanted.claimed_to), PAGE, offset]
        return connection.execute(sql, parameters).fetchall()

    return fetch


def raw_postgresql(url: str) -> Callable[[ClaimFilter, int], list[tuple[Any, ...]]]:
    import psycopg

    connection = psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True)

    def fetch(wanted: ClaimFilter, offset: int) -> list[tuple[Any, ...]]:
        sql = """
            SELECT c.id, c.statement, s.name, s.reliability, c.claimed_on,
                   c.claimed_on_precision, c.as_of, c.as_of_precision, c.quantity_value,
                   c.quantity_upper, c.quantity_unit, c.quantity_qualifier, c.credibility,
                   c.status, c.updated_at, c.version,
                   (SELECT string_agg(t.name, '|') FROM claim_tags ct
                    JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id),
                   (SELECT count(*) FROM citations ci WHERE ci.claim_id = c.id)
            FROM claims c LEFT JOIN sources s ON s.id = c.claimant_id
            WHERE c.deleted_at IS NULL AND c.status = ANY(%s)
              AND c.claimed_on >= %s AND c.claimed_on <= %s
            ORDER BY c.id DESC LIMIT %s OFFSET %s"""
        statuses = sorted(s.value for s in wanted.statuses)
        parameters = (statuses, wanted.claimed_from, wanted.claimed_to, PAGE, offset)
        return connection.execute(sql, parameters).fetchall()

    return fetch


def measure_services(
    target: str, raw: Callable[[ClaimFilter, int], list[tuple[Any, ...]]], suffix: str, pg: bool
) -> None:
    process = psutil.Process()
    rss_before = process.memory_info().rss
    project = Project.open(target, actor="bench")
    if project.database.upgrade is not None:
        raise RuntimeError(f"{target} was upgraded on opening: the cache must be at head")
    listing = project.claim_list

    default = ClaimQuery()
    for _ in range(WARM_UP):
        listing.page(default, 0, PAGE)
    first = [timed_ms(lambda: listing.page(default, 0, PAGE))[0] for _ in range(20)]
    emit(f"first_page_ms{suffix}", statistics.median(first), "ms", 100)

    chosen = filters()
    for wanted in chosen[:WARM_UP]:
        listing.count(ClaimQuery(wanted))
        listing.page(ClaimQuery(wanted), 0, PAGE)
    counts, count_ms = [], []
    for wanted in chosen:
        elapsed, counted = timed_ms(lambda wanted=wanted: listing.count(ClaimQuery(wanted)))
        counts.append(counted)
        count_ms.append(elapsed)
    rng = random.Random(5)
    offsets = [rng.choice((0, 0, 100, 200, 500, 1000, 2000)) for _ in chosen]
    # Somewhere in the list, as far as it goes.
    offsets = [
        min(offset, max(0, (count - 1) // PAGE * PAGE))
        for offset, count in zip(offsets, counts, strict=True)
    ]
    page_ms = []
    for wanted, offset in zip(chosen, offsets, strict=True):
        query = ClaimQuery(wanted)
        elapsed, _rows = timed_ms(
            lambda query=query, offset=offset: listing.page(query, offset, PAGE)
        )
        page_ms.append(elapsed)
    emit(f"filtered_page_p50_ms{suffix}", statistics.median(page_ms), "ms", 5)
    emit(f"filtered_page_p95_ms{suffix}", percentile(page_ms, 0.95), "ms", 5)
    emit(f"count_p95_ms{suffix}", percentile(count_ms, 0.95), "ms", 20)
    slowest = sorted(zip(page_ms, chosen, offsets, counts, strict=True), key=lambda t: -t[0])[:3]
    for elapsed, wanted, offset, counted in slowest:
        say(f"  slow filtered page {elapsed:.1f} ms: {_describe(wanted)}, offset {offset}, "
            f"{counted:,} rows")  # fmt: skip
    slowest = sorted(zip(count_ms, chosen, counts, strict=True), key=lambda t: -t[0])[:3]
    for elapsed, wanted, counted in slowest:
        say(f"  slow count {elapsed:.1f} ms: {_describe(wanted)}, {counted:,} rows")
    say(f"  filtered lists hold {min(counts):,} to {max(counts):,} claims "
        f"(median {statistics.median(counts):,.0f})")  # fmt: skip

    fts_ms: list[float] = []
    for kind, text in searches():
        query = ClaimQuery(ClaimFilter(search=text), ClaimSort.RELEVANCE)
        elapsed_count, matches = timed_ms(lambda query=query: listing.count(query))
        listing.page(query, 0, PAGE)  # warm-up
        runs = [
            timed_ms(lambda query=query: listing.page(query, 0, PAGE))[0] for _ in range(FTS_RUNS)
        ]
        fts_ms.extend(runs)
        say(f"  search {text!r:34} {kind:26} {matches:>8,} matches; top 100 "
            f"{statistics.median(runs):7.1f} ms (count {elapsed_count:.0f} ms)")  # fmt: skip
    emit(f"fts_top100_p50_ms{suffix}", statistics.median(fts_ms), "ms", 200 if pg else 100)
    emit(f"fts_top100_p95_ms{suffix}", percentile(fts_ms, 0.95), "ms", 200 if pg else 100)

    # The same filtered page through the services and as one raw query.
    wanted = ClaimFilter(
        statuses=frozenset({Status.VERIFIED, Status.FALSE}),
        claimed_from=date(2024, 1, 1),
        claimed_to=date(2024, 3, 31),
    )
    query = ClaimQuery(wanted)
    service_rows: list[ClaimRow] = listing.page(query, 0, PAGE)
    raw_rows = raw(wanted, 0)
    if [row.id for row in service_rows] != [row[0] for row in raw_rows]:
        raise RuntimeError("the raw query does not read the rows the service reads")
    for _ in range(WARM_UP):
        listing.page(query, 0, PAGE)
        raw(wanted, 0)
    service_ms, raw_ms = [], []
    for _ in range(RATIO_RUNS):
        service_ms.append(timed_ms(lambda: listing.page(query, 0, PAGE))[0])
        raw_ms.append(timed_ms(lambda: raw(wanted, 0))[0])
    service, direct = statistics.median(service_ms), statistics.median(raw_ms)
    emit(f"services_raw_ratio{suffix}", service / direct, "x", 3)
    say(f"  services {service:.2f} ms, raw {direct:.2f} ms (medians)")
    emit(f"rss_growth_mb{suffix}", (process.memory_info().rss - rss_before) / 2**20, "MB", 150)
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
            say(f"  a dialog appeared: {self.seen[-1]!r}; closing it")
            dialog.close()


def measure_typing(app: QApplication, target: str, suffix: str) -> None:
    from claimdesk.ui.main_window import MainWindow
    from claimdesk.ui.project_view import Section
    from claimdesk.ui.settings import Settings

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
    stalls = StallMeter()
    stalls.start()
    worst: list[tuple[float, str]] = []
    for text in TYPED:
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
        say(f"  typed {text!r}: {model.rowCount():,} rows {arrived:.0f} ms after the last key "
            f"(a {250} ms typing pause included); longest stall {stalls.worst:.1f} ms "
            f"while {stalls.worst_phase}")  # fmt: skip
        pause = time.perf_counter() + 0.5
        wait_for(app, lambda pause=pause: time.perf_counter() > pause)
    stalls.timer.stop()
    dialogs.timer.stop()
    emit(f"ui_typing_stall_max_ms{suffix}", max(w for w, _ in worst), "ms", 50)
    if dialogs.seen:
        raise RuntimeError(f"dialogs appeared: {dialogs.seen}")
    window.close()
    window.deleteLater()
    app.processEvents()


# Running --------------------------------------------------------------------------------


def report_build(name: str, timings: dict[str, Any]) -> None:
    if timings:
        say(f"{name}: generated {timings.get('generated', '?')}: rows loaded in "
            f"{timings.get('load_s')} s, the migration built the search index for "
            f"{timings.get('claims', 0):,} claims in {timings.get('index_s')} s "
            f"({timings.get('total_s')} s in all)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-ui", action="store_true", help="skip the typing measurements")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    args = parser.parse_args()

    path = cached_sqlite()
    report_build("SQLite", read_timings(path))
    app = None if args.no_ui else (QApplication.instance() or QApplication(sys.argv[:1]))
    say("SQLite:")
    measure_services(str(path), raw_sqlite(path), "", pg=False)
    if app is not None:
        measure_typing(app, str(path), "")
    if args.no_pg:
        return 0
    from bench.pg_bench_server import cached_postgres, timings

    try:
        server = cached_postgres()
    except RuntimeError as error:
        say(f"PostgreSQL figures skipped: {error}")
        return 0
    with server:
        report_build("PostgreSQL", timings())
        say("PostgreSQL:")
        measure_services(server.url, raw_postgresql(server.url), "_pg", pg=True)
        if app is not None:
            measure_typing(app, server.url, "_pg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
