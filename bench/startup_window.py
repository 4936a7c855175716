"""Driver for startup_bench.py: the window started as `claimdesk --db PROJECT` starts it.

    python bench/startup_window.py PROJECT

Runs claimdesk's own main() and, when the claims table paints its first page of rows, prints
one JSON line: the wall-clock time (time.time()) of that paint and the heavy packages loaded
by then; then quits. The claimdesk code comes from PYTHONPATH (startup_bench.py points it at
BENCH_DESKTOP). Nothing here is product code: the hook wraps ui.app.start, which `claimdesk`
imports on its way to the window anyway.
"""

from __future__ import annotations

import json
import sys
import time

WATCHED = (
    "alembic",
    "trafilatura",
    "lxml",
    "htmldate",
    "justext",
    "docx",
    "jinja2",
    "rapidfuzz",
    "babel.dates",
    "claimdesk.ui.article_reader",
    "claimdesk.core.capture",
)


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from claimdesk.ui import app as app_module
    from claimdesk.ui.project_view import Section

    class FirstPaint(QObject):
        """Notes the first paint of the claims table that draws row 0 with its data."""

        def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
            super().__init__(page.view)
            self.model = page.model
            page.view.viewport().installEventFilter(self)

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.model.cached_row(0) is not None:
                shown = time.time()
                loaded = sorted(name for name in WATCHED if name in sys.modules)
                print(json.dumps({"first_page_at": shown, "loaded": loaded}), flush=True)
                self.model = _NoRows()
                QTimer.singleShot(0, QApplication.quit)
            return False

    real_start = app_module.start

    def start(target: str | None):  # type: ignore[no-untyped-def]
        window = real_start(target)
        if window is not None:
            # Connected after the window's own slot: the project view exists when this runs.
            window.opener.opened.connect(lambda *_: FirstPaint(window.view.pages[Section.CLAIMS]))
            window.opener.failed.connect(lambda *_: QApplication.exit(3))
        return window

    app_module.start = start
    from claimdesk.cli import main as claimdesk

    return claimdesk(["--db", sys.argv[1]])


class _NoRows:
    def cached_row(self, _row: int) -> None:
        return None


if __name__ == "__main__":
    sys.exit(main())
