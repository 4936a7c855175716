"""Printing: documents painted with Qt (no widgets), between the UI and the core.

Qt's font and PDF machinery needs a QGuiApplication but no screen, so the command line and
the benchmarks print through the offscreen platform while the GUI prints in a worker thread.
"""

from __future__ import annotations

import os
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication

from ..core.reports.output import ExportError

# Families tried in order: DejaVu comes with the Debian fonts-dejavu-core package that
# tools/system-deps.sh installs; the others are what other systems usually have.
PREFERRED_FAMILIES = ("DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica")


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one when none exists (CLI, bench)."""
    running = QCoreApplication.instance()
    if running is None:
        if threading.current_thread() is not threading.main_thread():
            raise ExportError("printing needs a Qt application created on the main thread first")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return QGuiApplication(["claimdesk"])
    if not isinstance(running, QGuiApplication):
        raise ExportError("printing needs a QGuiApplication; a console QCoreApplication is running")
    return running


def report_font_family() -> str:
    """A font family that exists here, or ExportError when the system has none at all."""
    families = QFontDatabase.families()
    if not families:
        raise ExportError(
            "no fonts installed; PDF text would not render (install fonts-dejavu-core)"
        )
    for wanted in PREFERRED_FAMILIES:
        if wanted in families:
            return wanted
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
