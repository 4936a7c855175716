"""Import figures: the CSV, ClaimReview and Claimdesk JSON imports on the 100,000 LIAR rows.

Each import runs through its job, the path the window and the CLI use, into a fresh project:
- import_csv_claims_per_s: the LIAR claims CSV (statement, claimant, verdict, tags, notes) into
  SQLite, and ``…_postgresql`` into a throwaway PostgreSQL server (tests/pg_server.py); the
  ``…_no_verdicts`` figures read the same file without its verdict column, which code before
  issue 16 cannot read (it rejected LIAR's labels), so that before and after compare;
- import_claimreview_per_s: a ClaimReview JSON-LD file built from the LIAR rows (claimReviewed,
  the fact-checker as author, reviewRating with LIAR's label as alternateName, the speaker as
  the claim's author), into SQLite;
- import_json_peak_rss_mb: the SQLite project of the CSV run exported to Claimdesk JSON, then
  imported into a fresh project in a child process, whose peak resident memory is reported
  (import_json_s is its time).

BENCH_DESKTOP=/path/to/desktop measures other code with the same script (main before issue 16);
BENCH_IMPORT_ROWS and BENCH_CLAIMREVIEWS shrink the runs for slow code (figures are per second).
Prints one JSON object per line: {"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DESKTOP = os.environ.get("BENCH_DESKTOP", str(REPO / "desktop"))
sys.path[:0] = [str(REPO), DESKTOP]

import sqlalchemy as sa  # noqa: E402
from tests.pg_server import ThrowawayPostgres, find_pg_bin  # noqa: E402

from bench import liar_corpus  # noqa: E402
from bench.common import emit, note  # noqa: E402
from claimdesk.core.jobs import CancelToken, run_to_end  # noqa: E402
from claimdesk.core.project import Project  # noqa: E402

ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "100000"))
CLAIMREVIEWS = int(os.environ.get("BENCH_CLAIMREVIEWS", "20000"))


def import_csv(target: str, csv: Path) -> tuple[float, int, int]:
    """(seconds, claims imported, rows rejected) for one CSV import into ``target``."""
    from claimdesk.core.exchange.csv_import import import_claims_job, read_csv_preview

    with Project.open(target, actor="bench") as project:
        mapping = read_csv_preview(csv).suggested
        started = time.perf_counter()
        result = run_to_end(import_claims_job(project, csv, mapping, CancelToken()))
        return time.perf_counter() - started, result.imported, len(result.rejected)


def csv_figures(work: Path, backend: str, target_of: Any, goal: float) -> None:
    suffix = "" if backend == "sqlite" else f"_{backend}"
    for verdicts, label in ((True, ""), (False, "_no_verdicts")):
        csv = work / f"liar-{int(verdicts)}.csv"
        if not csv.exists():
            liar_corpus.write_csv(csv, ROWS, verdicts=verdicts)
        seconds, imported, rejected = import_csv(target_of(f"csv{label}"), csv)
        emit(
            f"import_csv{label}_claims_per_s{suffix}",
            imported / seconds,
            "claims/s",
            goal,
            digits=1,
        )
        note(f"csv{label} on {backend}: {imported} imported, {rejected} rejected, {seconds:.1f} s")


def claimreview_file(path: Path, count: int) -> Path:
    """``count`` ClaimReviews from the LIAR rows, each with its own address (and so its own
    fingerprint), as a fact-checker's feed would publish them."""
    reviews = []
    for number, (statement, speaker, label, _tags, _notes) in enumerate(
        liar_corpus.claim_rows(count)
    ):
        review: dict[str, Any] = {
            "@type": "ClaimReview",
            "url": f"https://www.politifact.com/factchecks/{number}/",
            "claimReviewed": statement,
            "author": {"@type": "Organization", "name": "PolitiFact"},
            "datePublished": "2016-05-02",
            "reviewRating": {"@type": "Rating", "alternateName": label},
        }
        if speaker:
            review["itemReviewed"] = {
                "@type": "Claim",
                "author": {"@type": "Person", "name": speaker},
            }
        reviews.append(review)
    path.write_text(
        json.dumps({"@context": "https://schema.org", "@graph": reviews}), encoding="utf-8"
    )
    return path


def claimreview_figure(work: Path) -> None:
    from claimdesk.core.exchange.claimreview_import import import_claimreview_job

    source = claimreview_file(work / "claimreviews.json", CLAIMREVIEWS)
    with Project.open(work / "claimreview.sqlite3", actor="bench") as project:
        started = time.perf_counter()
        result = run_to_end(import_claimreview_job(project, source, CancelToken()))
        seconds = time.perf_counter() - started
    emit("import_claimreview_per_s", result.imported / seconds, "reviews/s", 10_000, digits=1)
    rejected = len(result.rejected)
    note(f"claimreview: {result.imported} imported, {rejected} rejected, {seconds:.1f} s")


def json_figure(work: Path, database: Path) -> None:
    """Export ``database`` to Claimdesk JSON, import it in a child process, report its peak."""
    from claimdesk.core.exchange.project_json import write_project_json
    from claimdesk.core.records import ReportOptions
    from claimdesk.core.reports.output import ExportFormat, export_job

    exported = work / "project.json"
    chosen = ExportFormat("json", ".json", "Claimdesk JSON", write_project_json)
    with Project.open(database, actor="bench") as project:
        run_to_end(export_job(project, ReportOptions(), chosen, exported, CancelToken()))
    note(f"json: export of {database.name}: {exported.stat().st_size / 1e6:.0f} MB")
    child = subprocess.run(
        [sys.executable, __file__, "--json-child", str(exported), str(work / "json.sqlite3")],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "BENCH_DESKTOP": DESKTOP},
    )
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    emit("import_json_peak_rss_mb", figures["peak_mb"], "MB", 250, digits=1)
    emit("import_json_s", figures["seconds"], "s", None, digits=1)
    note(f"json: {figures['claims']} claims imported")


def json_child(exported: str, database: str) -> None:
    from claimdesk.core.exchange.project_json import import_project_json_job

    with Project.open(database, actor="bench") as project:
        started = time.perf_counter()
        result = run_to_end(import_project_json_job(project, Path(exported), CancelToken()))
        seconds = time.perf_counter() - started
    print(json.dumps({"peak_mb": peak_rss_mb(), "seconds": seconds, "claims": result.claims}))


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not getrusage: ru_maxrss survives exec on
    Linux, so a child would report its parent's peak if that was higher."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    if not liar_corpus.available():
        note(f"LIAR is not at {liar_corpus.LIAR}: no import figures")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        csv_figures(work, "sqlite", lambda name: str(work / f"{name}.sqlite3"), 20_000)
        claimreview_figure(work)
        json_figure(work, work / "csv_no_verdicts.sqlite3")
        bin_dir = find_pg_bin()
        if bin_dir is None:
            note("PostgreSQL is not installed: no PostgreSQL figure")
            return 0
        server = ThrowawayPostgres(bin_dir).start()
        try:
            admin = sa.create_engine(server.url, isolation_level="AUTOCOMMIT")

            def database(name: str) -> str:
                with admin.connect() as connection:
                    connection.exec_driver_sql(f"CREATE DATABASE {name}")
                return server.url.rsplit("/", 1)[0] + f"/{name}"

            csv_figures(work, "postgresql", database, 10_000)
            admin.dispose()
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--json-child"]:
        json_child(sys.argv[2], sys.argv[3])
        sys.exit(0)
    sys.exit(main())
