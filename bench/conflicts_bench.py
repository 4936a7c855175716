"""Conflicting figures on a generated project: detecting the conflicts of a whole project
(claims/s, the job an older project runs once) and of one claim (p95 ms, what every claim
save does in its transaction), and reading one claim's conflicts (p95 ms, the detail pane).

The project is the cached benchmark database (bench/generate_db.py: 80 % of its claims carry
a quantity of one of its weapon systems, dated over 1,700 days), copied to a scratch file,
upgraded to the head revision and given its sentence vectors first (not timed here; the
embeddings bench measures that). --claims picks the size (default 100,000; the 1M cache takes
an hour to build on a shared two-core machine). Prints one JSON object per line:
{"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "desktop")]

from bench.common import emit, note, percentile, timed_ms  # noqa: E402
from bench.generate_db import cached_sqlite  # noqa: E402
from claimdesk.core.jobs import CancelToken, run_to_end  # noqa: E402
from claimdesk.core.matching import conflicts as rule  # noqa: E402
from claimdesk.core.project import Project  # noqa: E402

TARGETS = {"conflicts_detect_one_p95": 50.0, "conflicts_for_claim_p95": 50.0}
SAMPLES = 200


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args()
    cached = cached_sqlite(args.claims, max(1, args.claims // 10), max(100, args.claims // 50))
    with tempfile.TemporaryDirectory(prefix="claimdesk-conflicts-") as folder:
        path = Path(folder) / "project.sqlite3"
        shutil.copyfile(cached, path)
        with Project.open(path, actor="bench") as project:
            note(f"{args.claims:,} claims: computing sentence vectors first (not timed)")
            run_to_end(project.embeddings.index_job(CancelToken()))
            began = time.perf_counter()
            found = run_to_end(project.conflicts.detect_job(CancelToken()))
            seconds = time.perf_counter() - began
            with_quantity = _with_quantity(project)
            emit("conflicts_claims", args.claims, "claims", None)
            emit("conflicts_found", found, "conflicts", None)
            emit("conflicts_detect_all", with_quantity / seconds, "claims/s", None, digits=0)
            sample = random.Random(17).sample(range(1, args.claims + 1), SAMPLES)
            emit(
                "conflicts_detect_one_p95",
                percentile([_detect_one(project, claim_id) for claim_id in sample], 0.95),
                "ms",
                TARGETS["conflicts_detect_one_p95"],
                digits=2,
            )
            reads = [timed_ms(lambda c=claim_id: project.conflicts.for_claim(c))[0]
                     for claim_id in sample]  # fmt: skip
            emit(
                "conflicts_for_claim_p95",
                percentile(reads, 0.95),
                "ms",
                TARGETS["conflicts_for_claim_p95"],
                digits=2,
            )
    return 0


def _with_quantity(project: Project) -> int:
    from sqlalchemy import func, select

    from claimdesk.core.models import Claim

    with project.database.read() as session:
        return session.scalar(
            select(func.count()).where(
                Claim.quantity_value.is_not(None), Claim.deleted_at.is_(None)
            )
        )


def _detect_one(project: Project, claim_id: int) -> float:
    """What a claim save adds: its figure row and conflicts detected again (rolled back)."""
    with project.database.engine.connect() as connection:
        transaction = connection.begin()
        elapsed, _ = timed_ms(lambda: rule.refresh(connection, [claim_id]))
        transaction.rollback()
    return elapsed


if __name__ == "__main__":
    sys.exit(main())
