"""The bundle (dist/claimdesk/, `make bundle`) against the venv: size and start-up.

- bundle_size_mib, bundle_files: what dist/claimdesk holds;
- {bundle,venv}_version_s: `claimdesk --version`, from starting the process to its exit;
- {bundle,venv}_info_s: `claimdesk info --db DEMO`, the same;
- {bundle,venv}_window_s: `claimdesk --db DEMO` offscreen, from starting the process to the
  line the window logs when it has opened the project (ui/main_window.py), then it is ended.

Each is the median of RUNS runs after one warm-up run (bytecode compiled, files in the OS
cache). The venv runs .venv/bin/claimdesk with this checkout's desktop/ first on the path and
its bytecode in bench/cache (PYTHONPYCACHEPREFIX), as startup_bench.py does. DEMO is made by
the bundle's own `claimdesk demo`. Prints one JSON object per line.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.common import emit, note, scratch_home  # noqa: E402

BUNDLE = REPO / "dist" / "claimdesk" / "claimdesk"
VENV = REPO / ".venv" / "bin" / "claimdesk"
PYCACHE = REPO / "bench" / "cache" / "pycache"
RUNS = 5
TIMEOUT_S = 120


def environment(home: Path, executable: Path) -> dict[str, str]:
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "CLAIMDESK_"))
    }
    if executable == VENV:
        environ.update(PYTHONPATH=str(REPO / "desktop"), PYTHONPYCACHEPREFIX=str(PYCACHE))
    environ.update(scratch_home(home))
    return environ


def command_seconds(command: list[str], home: Path) -> float:
    started = time.perf_counter()
    environ = environment(home, Path(command[0]))
    run = subprocess.run(command, env=environ, capture_output=True, text=True, timeout=TIMEOUT_S)
    elapsed = time.perf_counter() - started
    if run.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {run.stderr.strip()}")
    return elapsed


def window_seconds(executable: Path, project: Path, home: Path) -> float:
    """From starting the window's process to its 'opened PROJECT' log line."""
    log = home / "state" / "Claimdesk" / "log" / "claimdesk.log"
    log.unlink(missing_ok=True)
    expected = f"opened {project}"
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(executable), "--db", str(project)],
        env=environment(home, executable),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while expected not in (log.read_text(encoding="utf-8") if log.exists() else ""):
            if process.poll() is not None or time.perf_counter() - started > TIMEOUT_S:
                raise SystemExit(f"{executable}: the window did not open {project}")
            time.sleep(0.01)
        return time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=30)


def median(measure, runs: int = RUNS) -> float:  # type: ignore[no-untyped-def]
    measure()  # warm-up
    return statistics.median(measure() for _ in range(runs))


def size(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def main() -> int:
    if not os.access(BUNDLE, os.X_OK):
        raise SystemExit("no bundle in dist/claimdesk: run make bundle first")
    total, files = size(BUNDLE.parent)
    emit("bundle_size_mib", total / 2**20, "MiB", None, 1)
    emit("bundle_files", files, "files", None)
    with tempfile.TemporaryDirectory(prefix="bundle-bench-") as scratch:
        home = Path(scratch)
        project = home / "demo.sqlite3"
        command_seconds([str(BUNDLE), "demo", "--db", str(project)], home)
        for name, executable in (("bundle", BUNDLE), ("venv", VENV)):
            version = median(lambda e=executable: command_seconds([str(e), "--version"], home))
            emit(f"{name}_version_s", version, "s", None, 3)
            info = median(
                lambda e=executable: command_seconds([str(e), "info", "--db", str(project)], home)
            )
            emit(f"{name}_info_s", info, "s", None, 3)
            window = median(lambda e=executable: window_seconds(e, project, home))
            emit(f"{name}_window_s", window, "s", None, 3)
    note(f"medians of {RUNS} runs after one warm-up; the machine's load shows in the figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
