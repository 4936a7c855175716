"""Start-up figures: how long a user waits for a command or the window, as a new process.

- cli_info_s: `claimdesk info --db PROJECT`, from starting the process to its exit (median of
  RUNS runs, after one warm-up run);
- cli_search_s: the same for `claimdesk search health --db PROJECT`;
- ui_first_page_from_process_start_s: from starting `claimdesk --db PROJECT` (through
  bench/startup_window.py, offscreen) to the paint that shows the claims table's first page
  (median of UI_RUNS runs).

PROJECT holds 1,000 LIAR claims (bench/liar_corpus.py; synthetic statements when LIAR is not
beside the project), imported by `claimdesk import claims` of the code measured, so that its
schema is always that code's. The measured code is BENCH_DESKTOP (default: this checkout's
desktop/), so `BENCH_DESKTOP=/work/wt-base/desktop python bench/startup_bench.py` measures
another checkout with the same script. The processes keep compiled bytecode in bench/cache
(PYTHONPYCACHEPREFIX), as an installed Claimdesk has it, and never write into the sources.
The packages the window had loaded by its first page are printed on stderr.

Prints one JSON object per line: {"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import liar_corpus  # noqa: E402
from bench.common import emit, scratch_home  # noqa: E402

DESKTOP = Path(os.environ.get("BENCH_DESKTOP") or REPO / "desktop").resolve()
DRIVER = Path(__file__).resolve().parent / "startup_window.py"
PYCACHE = REPO / "bench" / "cache" / "pycache"
CLAIMS = 1_000
RUNS = 10
UI_RUNS = 5
TIMEOUT_S = 120


def environment(home: Path) -> dict[str, str]:
    """The measured processes' environment: BENCH_DESKTOP's code, bytecode cached outside the
    sources, settings and logs in a scratch home, Qt offscreen."""
    environ = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environ.update(
        PYTHONPATH=str(DESKTOP),
        PYTHONPYCACHEPREFIX=str(PYCACHE),
        **scratch_home(home),
    )
    environ.pop("CLAIMDESK_DB", None)
    return environ


def claimdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimdesk", *args]


def make_project(folder: Path, environ: dict[str, str]) -> Path:
    """A project of CLAIMS claims, written by the measured code's own CSV import."""
    csv_file = folder / "claims.csv"
    if liar_corpus.available():
        # main before issue 16 rejected LIAR's verdicts; without them both versions import all.
        liar_corpus.write_csv(csv_file, CLAIMS, verdicts=False)
    else:
        rows = (f"Claim {n}: about {n * 7 % 900 + 10} soldiers crossed." for n in range(CLAIMS))
        csv_file.write_text("statement,tags\n" + "".join(f"{r},bench\n" for r in rows))
    project = folder / "project.sqlite3"
    run = subprocess.run(
        claimdesk("import", "claims", str(csv_file), "--db", str(project)),
        env=environ,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S * 5,
    )
    if run.returncode != 0:
        raise SystemExit(f"could not build the bench project: {run.stderr.strip()}")
    return project


def process_seconds(command: list[str], environ: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds from starting the process to its exit; it must succeed.

    The CPU time (user and system) is printed beside the figure: on a machine shared with
    other work it shows how much of the wait was the command's own."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run(command, env=environ, capture_output=True, text=True, timeout=TIMEOUT_S)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode != 0:
        raise SystemExit(f"{' '.join(command[2:])} failed: {run.stderr.strip()}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return elapsed, cpu


def median_process_seconds(command: list[str], environ: dict[str, str]) -> float:
    process_seconds(command, environ)  # warm-up: bytecode compiled, files in the OS cache
    runs = [process_seconds(command, environ) for _ in range(RUNS)]
    cpu = statistics.median(cpu for _wall, cpu in runs)
    print(f"{' '.join(command[3:5])}: median CPU {cpu:.3f} s", file=sys.stderr)
    return statistics.median(wall for wall, _cpu in runs)


def window_first_page(project: Path, environ: dict[str, str]) -> tuple[float, list[str]]:
    """Seconds from starting the window's process to its first page, and what it loaded."""
    started = time.time()
    run = subprocess.run(
        [sys.executable, str(DRIVER), str(project)],
        env=environ,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    if run.returncode != 0 or not lines:
        raise SystemExit(f"the window did not show its first page: {run.stderr.strip()}")
    shown = json.loads(lines[-1])
    return shown["first_page_at"] - started, shown["loaded"]


def main() -> int:
    print(f"measuring {DESKTOP}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="claimdesk-startup-") as scratch:
        folder = Path(scratch)
        environ = environment(folder)
        project = make_project(folder, environ)
        info = median_process_seconds(claimdesk("info", "--db", str(project)), environ)
        emit("cli_info_s", info, "s", 0.25, digits=3)
        search = claimdesk("search", "health", "--db", str(project))
        emit("cli_search_s", median_process_seconds(search, environ), "s", 0.25, digits=3)
        window_first_page(project, environ)  # warm-up
        firsts = []
        for _ in range(UI_RUNS):
            seconds, loaded = window_first_page(project, environ)
            firsts.append(seconds)
        emit("ui_first_page_from_process_start_s", statistics.median(firsts), "s", 0.6, digits=3)
        print(f"loaded by the window's first page: {', '.join(loaded) or 'none'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
