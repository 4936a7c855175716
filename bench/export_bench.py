"""Export figures: each format written through export_job, the path the window and the CLI use.

Databases are generated once and cached in bench/cache (100,000 and 10,000 claims with their
sources, articles, hops and citations); a copy is taken so that the cache stays untouched.
- export_csv_100k_s, export_json_100k_s: CSV and Claimdesk JSON of 100,000 claims;
- export_pdf_10k_s, export_docx_10k_s: PDF (QPdfWriter) and DOCX reports of 10,000 claims;
- export_html_10k_s, export_md_10k_s, export_claimreview_10k_s: the other formats, for scale
  (ClaimReview writes only judged claims, so a share of the claims get a verdict first).

Prints one JSON object per line: {"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "desktop")]

from PySide6.QtGui import QGuiApplication  # noqa: E402

from bench.common import emit, note  # noqa: E402
from bench.generate_db import cached_sqlite  # noqa: E402
from claimdesk.core.enums import Grouping, Status  # noqa: E402
from claimdesk.core.jobs import CancelToken, run_to_end  # noqa: E402
from claimdesk.core.project import Project  # noqa: E402
from claimdesk.core.records import ReportOptions  # noqa: E402
from claimdesk.core.reports.output import export_job  # noqa: E402
from claimdesk.printing.export_formats import export_format  # noqa: E402

RUNS = (
    # (format, claims in the database, target seconds or None, grouping)
    ("csv", 100_000, 3.0, Grouping.NONE),
    ("json", 100_000, 3.0, Grouping.NONE),
    ("pdf", 10_000, 15.0, Grouping.STATUS),
    ("docx", 10_000, 20.0, Grouping.STATUS),
    ("html", 10_000, None, Grouping.STATUS),
    ("md", 10_000, None, Grouping.STATUS),
    ("claimreview", 10_000, None, Grouping.NONE),
)
SIZES = {100_000: (10_000, 2_000), 10_000: (1_000, 200)}


def judge_some(project: Project, every: int = 3) -> None:
    """Give every third claim a verdict with a rationale, as an analyst's desk would have."""
    ids = project.reports.claim_ids(ReportOptions().filter)
    verdicts = (Status.FALSE, Status.VERIFIED, Status.MISLEADING)
    for number, status in enumerate(verdicts):
        chosen = ids[number :: every * len(verdicts)]
        for start in range(0, len(chosen), 2000):
            project.reviews.set_status(
                chosen[start : start + 2000], status, "Checked against imagery and reports."
            )


def main() -> int:
    application = QGuiApplication.instance() or QGuiApplication(["export-bench"])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        databases: dict[int, Path] = {}
        for claims, (articles, sources) in SIZES.items():
            copy = work / f"claims-{claims}.sqlite3"
            shutil.copyfile(cached_sqlite(claims, articles, sources), copy)
            databases[claims] = copy
        with Project.open(str(databases[10_000]), actor="bench") as project:
            judge_some(project)
        for name, claims, target, grouping in RUNS:
            chosen = export_format(name)
            options = ReportOptions(
                title="Benchmark report", grouping=grouping, organisation="Claimdesk bench"
            )
            with Project.open(str(databases[claims]), actor="bench") as project:
                out = work / f"export{chosen.suffix}"
                started = time.perf_counter()
                result = run_to_end(export_job(project, options, chosen, out, CancelToken()))
                seconds = time.perf_counter() - started
            label = f"{claims // 1000}k"
            emit(f"export_{name}_{label}_s", seconds, "s", target, digits=2)
            note(f"{name}: {result.claims} claims, {result.size / 1e6:.1f} MB")
    del application
    return 0


if __name__ == "__main__":
    sys.exit(main())
