"""Garbage collection on the UI thread only.

Python's collector runs in whichever thread happens to allocate when a threshold is crossed,
including the reader and job threads. If that collection frees a cycle holding a Qt object
owned by the UI thread, Qt destroys it from the wrong thread and the process crashes. So
automatic collection is switched off and this collector runs it from a UI-thread timer,
generation by generation, as Python itself would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 250

_installed: MainThreadCollector | None = None


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()
        parent.destroyed.connect(gc.enable)

    def collect_if_due(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            generation = 0
            if middle > self.thresholds[1]:
                generation = 1
                if old > self.thresholds[2]:
                    generation = 2
            gc.collect(generation)


def install() -> None:
    """Move collection to the UI thread (idempotent; needs the Qt application)."""
    global _installed
    app = QCoreApplication.instance()
    if app is None or _installed is not None:
        return
    _installed = MainThreadCollector(app)
    # What is loaded at start-up (modules, Qt wrappers) stays for the whole session; frozen,
    # it is not walked again by every full collection (each one a UI-thread pause).
    gc.freeze()
