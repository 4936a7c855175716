"""GUI figures on a database of 1,000,000 claims (generated once, cached in bench/cache).

Measures with the real main window, opening the project as a user does (welcome page first):
- ui_first_page_ms: from asking to open the project to the first paint showing claim rows;
- ui_jump_ms: from scrolling to row 500,000 to the paint that shows it;
- ui_rss_growth_mb: resident memory after the jump minus before opening the project;
- ui_stall_max_ms: the longest gap between ticks of a 5 ms UI-thread timer during all of it.

Prints one JSON object per line: {"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "desktop")]

import psutil  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402

from bench.common import emit  # noqa: E402
from bench.generate_db import cached_sqlite  # noqa: E402
from claimdesk.ui.main_window import MainWindow  # noqa: E402
from claimdesk.ui.project_view import Section  # noqa: E402
from claimdesk.ui.settings import Settings  # noqa: E402

JUMP_ROW = 500_000


class PaintWatch(QObject):
    """Notes the first paint after which a given row is on screen with its data."""

    def __init__(self, view, model) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.model = model
        self.row: int | None = None
        self.clock = QElapsedTimer()
        self.elapsed_ms: float | None = None
        view.viewport().installEventFilter(self)

    def expect(self, row: int) -> None:
        self.row, self.elapsed_ms = row, None
        self.clock.start()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self.row is not None
            and self.elapsed_ms is None
            and self.model.cached_row(self.row) is not None
        ):
            # The paint that is about to happen draws the row's data.
            self.elapsed_ms = self.clock.nsecsElapsed() / 1e6
        return False


class StallMeter:
    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.phase = "start"
        self.worst_phase = ""

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last) * 1000 - self.timer.interval()
        if gap > self.worst:
            self.worst, self.worst_phase = gap, self.phase
        self.last = now


def wait_for(app: QApplication, condition, timeout_s: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"benchmark step did not finish: {condition.__doc__ or ''}")
        app.processEvents()
        time.sleep(0.0005)


def main() -> int:
    path = cached_sqlite()
    app = QApplication(sys.argv[:1])
    settings_dir = tempfile.mkdtemp(prefix="claimdesk-bench-")
    settings = Settings(QSettings(f"{settings_dir}/settings.ini", QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    settle = time.perf_counter() + 0.5  # the welcome page is up, as when a user opens a file
    wait_for(app, lambda: time.perf_counter() > settle)

    process = psutil.Process()
    rss_before = process.memory_info().rss
    stalls = StallMeter()
    stalls.start()
    started = QElapsedTimer()
    watches: list[PaintWatch] = []

    def watch_claims(*_args: object) -> None:
        # Runs right after the window built the project view, before anything was painted.
        assert window.view is not None
        page = window.view.pages[Section.CLAIMS]
        watch = PaintWatch(page.view, page.model)
        watch.expect(0)
        watch.clock = started
        watches.append(watch)

    window.opener.opened.connect(watch_claims)
    stalls.phase = "opening"
    started.start()
    window.open_target(str(path))
    wait_for(app, lambda: bool(watches) and watches[0].elapsed_ms is not None)
    watch = watches[0]
    emit("ui_first_page_ms", watch.elapsed_ms or 0, "ms", 100, digits=1)
    stalls.phase = "loading the rest"

    assert window.view is not None and window.workspace is not None
    page = window.view.pages[Section.CLAIMS]
    workspace = window.workspace
    wait_for(app, lambda: not page.model.loading and workspace.reader.pending() == 0)
    settle = time.perf_counter() + 0.5  # the view lays out its million rows on a timer
    wait_for(app, lambda: time.perf_counter() > settle)
    stalls.phase = "jump"
    watch.expect(JUMP_ROW)
    page.view.scrollTo(page.model.index(JUMP_ROW, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    wait_for(app, lambda: watch.elapsed_ms is not None)
    emit("ui_jump_ms", watch.elapsed_ms or 0, "ms", 50, digits=1)

    # Scroll about like a reader for a moment so that the stall meter sees normal use too.
    stalls.phase = "scrolling"
    bar = page.view.verticalScrollBar()
    for step in range(40):
        bar.setValue(bar.value() + 37 * (1 if step % 2 else -1) + 3_000)
        for _ in range(10):
            app.processEvents()
            time.sleep(0.002)
    wait_for(app, lambda: workspace.reader.pending() == 0)
    emit("ui_rss_growth_mb", (process.memory_info().rss - rss_before) / 2**20, "MB", 150, digits=1)
    emit("ui_stall_max_ms", stalls.worst, "ms", 50, digits=1)
    print(f"longest stall while {stalls.worst_phase}", file=sys.stderr)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
