"""Starting the desktop application: QApplication, translations, fonts, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_ID, __version__
from ..core.resources import resource
from .main_window import MainWindow
from .settings import Settings

log = logging.getLogger(__name__)


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, created once, with Claimdesk's names, icon and translations."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("Claimdesk")
    app.setOrganizationName("Claimdesk")
    app.setApplicationVersion(__version__)
    # The .desktop file's name: the Wayland app id and, on X11, the launcher the window
    # belongs to (its StartupWMClass is the application name, Qt's WM_CLASS class).
    app.setDesktopFileName(APP_ID)
    icon = resource("icons", "claimdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app, Settings().language() or QLocale().name())
    return app


def install_translations(app: QApplication, locale_name: str) -> list[QTranslator]:
    """Qt's own strings and Claimdesk's, for the user's language when a translation exists."""
    installed = []
    locale = QLocale(locale_name)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "claimdesk", "_", str(resource("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def font_families() -> list[str]:
    """Fonts Qt can use. Qt ships none: without system fonts text renders as boxes."""
    return QFontDatabase.families()


def start(target: str | None) -> MainWindow | None:
    """Show the main window and start opening ``target``; None when Qt cannot show text."""
    application()
    if not font_families():
        QMessageBox.critical(
            None, "Claimdesk", "No fonts found. Install a font package such as fonts-dejavu-core."
        )
        return None
    window = MainWindow()
    window.show()
    if target is not None:
        window.open_target(target)
    return window


def run(target: str | None) -> int:
    """The desktop application, until its window closes."""
    window = start(target)
    if window is None:
        return 1
    return application().exec()
