"""The main window: the welcome page or an open project, its menus, and the status bar."""

from __future__ import annotations

import gc
import logging
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core.backup import backup_project, suggested_backup_path
from ..core.restore import list_backups, newest_good_backup, restore_job
from . import formatting as fmt
from . import gc_guard, messages
from .actions import DataActions
from .background_work import BackgroundWork
from .dialogs.about_dialog import AboutDialog
from .dialogs.preferences_dialog import PreferencesDialog
from .dialogs.restore_dialog import RestoreBackupDialog
from .dialogs.server_dialog import ServerDialog
from .exchange_actions import ExchangeActions
from .history_window import HistoryWindow
from .job_status import JobStatus
from .project_opener import ProjectOpener, start_warm_up
from .project_view import ProjectView, Section
from .settings import Settings
from .trail_banner import TrailBanner
from .welcome import WelcomePage
from .workers import RunningJob
from .workspace import Workspace

log = logging.getLogger(__name__)


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def demo_path() -> Path:
    return platformdirs.user_data_path("Claimdesk", appauthor=False) / "demo.sqlite3"


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None):
        super().__init__()
        gc_guard.install()
        self.settings = settings or Settings()
        self.workspace: Workspace | None = None
        self.view: ProjectView | None = None
        self.data_actions: DataActions | None = None
        self.exchange_actions: ExchangeActions | None = None
        self.background: BackgroundWork | None = None
        self.setWindowTitle("Claimdesk")
        self.setAcceptDrops(True)
        self.resize(1400, 860)

        self.stack = QStackedWidget()
        # Above the project: the warning when its audit trail does not hold (trail_banner.py).
        self.trail_banner = TrailBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.trail_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.welcome: WelcomePage | None = None
        self.job_status = JobStatus(self)
        self.statusBar().addPermanentWidget(self.job_status)
        self.location_label = QLabel()
        self.statusBar().addWidget(self.location_label, 1)
        start_warm_up()
        self.opener = ProjectOpener(self)
        self.opener.opened.connect(self._project_opened)
        self.opener.failed.connect(self._open_failed)
        self.opener.damaged.connect(self._open_damaged)
        self._restoring: RunningJob | None = None
        self.opener.progress.connect(lambda text: self.statusBar().showMessage(text))
        self.opener.started.connect(self.job_status.follow)
        self.opener.cancelled.connect(
            lambda _target: self.statusBar().showMessage(self.tr("Opening cancelled"), 5000)
        )

        self._build_menus()
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.show_welcome()

    # Menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(
            self._action(self.tr("&New project…"), self.new_project, "Ctrl+Shift+N")
        )
        self.file_menu.addAction(
            self._action(self.tr("&Open…"), self.open_file, QKeySequence.StandardKey.Open)
        )
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(
            self._action(self.tr("Connect to team &server…"), self.connect_server)
        )
        self.file_menu.addAction(self._action(self.tr("Open &demo project"), self.open_demo))
        self.file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back up…"), self.back_up, "Ctrl+Shift+B")
        self.file_menu.addAction(self.backup_action)
        self.restore_action = self._action(self.tr("&Restore backup…"), self.restore_backup)
        self.file_menu.addAction(self.restore_action)
        # Export and import belong to the open project; these entries hand over to its
        # ExchangeActions and are disabled while no project is open.
        self.export_action = self._action(
            self.tr("&Export claims…"), lambda: self._exchange("export"), "Ctrl+E"
        )
        self.file_menu.addAction(self.export_action)
        self.import_menu = QMenu(self.tr("&Import"), self)
        for text, name in (
            (self.tr("Claims from &CSV…"), "import_csv"),
            (self.tr("Claimdesk &JSON project…"), "import_json"),
            (self.tr("Claim&Review (JSON-LD or web page)…"), "import_claimreview"),
        ):
            self.import_menu.addAction(self._action(text, lambda n=name: self._exchange(n)))
        self.file_menu.addMenu(self.import_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self._action(self.tr("&Preferences…"), self.edit_preferences))
        self.close_action = self._action(
            self.tr("&Close project"), self.close_project, QKeySequence.StandardKey.Close
        )
        self.file_menu.addAction(self.close_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.claim_menu = bar.addMenu(self.tr("&Claim"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Claimdesk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)
        self.about_qt_action = self._action(
            self.tr("About &Qt"), lambda: QMessageBox.aboutQt(self, self.tr("About Qt"))
        )
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.help_menu.addAction(self.about_qt_action)
        self.toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.toolbar.hide()
        self._update_project_actions()

    def _action(self, text: str, handler, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: handler())
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects()
        for target in recent:
            self.recent_menu.addAction(target, lambda t=target: self.open_recent(t))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def _rebuild_project_menus(self) -> None:
        for menu in (self.edit_menu, self.claim_menu, self.view_menu):
            menu.clear()
        self.toolbar.clear()
        self.toolbar.hide()
        if self.workspace is None or self.data_actions is None or self.view is None:
            self._update_project_actions()
            return
        stack = self.workspace.undo_stack
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undo")
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName("redo")
        actions = self.data_actions
        self.edit_menu.addActions([undo, redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([actions.new_claim, actions.new_source, actions.new_article])
        self.edit_menu.addAction(actions.import_article_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([actions.edit, actions.delete])
        self.claim_menu.addActions([actions.set_status, actions.link_article])
        self.claim_menu.addSeparator()
        self.claim_menu.addActions([actions.awaiting_action, actions.project_settings_action])
        self.toolbar.clear()
        self.toolbar.addActions([actions.new_claim, actions.edit, actions.set_status])
        self.toolbar.addActions([actions.link_article, actions.delete])
        self.toolbar.addSeparator()
        self.toolbar.addAction(actions.import_article_action)
        self.toolbar.addSeparator()
        self.toolbar.addActions([undo, redo])
        self.toolbar.show()
        for section, text, key in (
            (Section.CLAIMS, self.tr("Claims"), "Ctrl+1"),
            (Section.REVIEW, self.tr("Review queue"), "Ctrl+2"),
            (Section.ARTICLES, self.tr("Articles"), "Ctrl+3"),
            (Section.SOURCES, self.tr("Sources"), "Ctrl+4"),
            (Section.CONFLICTS, self.tr("Conflicting figures"), "Ctrl+5"),
        ):
            self.view_menu.addAction(
                self._action(text, lambda s=section: self.view.show_section(s), key)
            )
        self.view_menu.addSeparator()
        self.timeline_action = self._action(
            self.tr("&Timeline of the current filter"), self.view.show_filter_timeline
        )
        self.view_menu.addAction(self.timeline_action)
        self.view_menu.addAction(self._action(self.tr("&History…"), self.show_history, "Ctrl+H"))
        self._update_project_actions()

    def _update_project_actions(self) -> None:
        is_open = self.workspace is not None
        self.close_action.setEnabled(is_open)
        self.export_action.setEnabled(is_open)
        self.import_menu.setEnabled(is_open)
        self.backup_action.setEnabled(
            is_open and self.workspace is not None and self.workspace.is_sqlite
        )
        self.restore_action.setEnabled(self.backup_action.isEnabled())
        if is_open and self.workspace is not None and not self.workspace.is_sqlite:
            self.backup_action.setToolTip(
                self.tr("Back up a server database with pg_dump on the server")
            )
        for menu in (self.edit_menu, self.claim_menu, self.view_menu):
            menu.setEnabled(is_open)

    # Projects -----------------------------------------------------------------------------

    def show_welcome(self) -> None:
        if self.welcome is not None:
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
        self.welcome = WelcomePage(self.settings.recent_projects())
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.open_file)
        self.welcome.server_requested.connect(self.connect_server)
        self.welcome.recent_requested.connect(self.open_recent)
        self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)
        self.location_label.setText(self.tr("No project open"))

    def open_target(self, target: str, *, demo: bool = False, remember: str | None = None) -> None:
        """Open a path or URL off the UI thread; the window switches when it is ready."""
        self.opener.open(target, demo=demo, remember=remember)

    def open_recent(self, target: str) -> None:
        """A recent file opens at once; a server is remembered without its password, so the
        connection dialog asks for it again."""
        if "://" in target and not target.startswith("sqlite"):
            self.connect_server(target)
        else:
            self.open_target(target)

    def open_demo(self) -> None:
        path = demo_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.open_target(str(path), demo=True)

    def _project_filter(self) -> str:
        # *.claimdesk: the name the desktop's MIME type knows a project by (resources/desktop).
        return self.tr("Claimdesk projects (*.claimdesk *.sqlite3 *.sqlite *.db);;All files (*)")

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New project"),
            str(Path.home() / "claims.sqlite3"),
            self._project_filter(),
        )
        if name:
            path = Path(name)
            if path.exists() and path.stat().st_size > 0:
                QMessageBox.warning(
                    self,
                    "Claimdesk",
                    self.tr("%1 already exists; use Open… for it.").replace("%1", name),
                )
                return
            self.open_target(str(path))

    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(Path.home()), self._project_filter()
        )
        if name:
            self.open_target(name)

    def connect_server(self, url: str | None = None) -> None:
        dialog = ServerDialog(self, url)
        if dialog.exec():
            self.open_target(dialog.url(), remember=dialog.display_url())

    def _project_opened(self, workspace: Workspace, remember: str) -> None:
        self.close_project()
        # Everything loaded so far (modules, mappers, locale data) lives as long as the app.
        # Frozen, it is no longer walked by each full garbage collection, which otherwise
        # stops the UI thread for ~50 ms every few seconds of scrolling a big table.
        gc.freeze()
        self.workspace = workspace
        workspace.setParent(self)
        workspace.command_failed.connect(self._command_failed)
        workspace.jobs.started.connect(self.job_status.follow)
        self.view = ProjectView(workspace, self.settings)
        splitter = self.settings.splitter_state()
        if splitter is None or not self.view.splitter.restoreState(splitter):
            self.view.splitter.setSizes([170, 860, 460])
        self.data_actions = DataActions(self, workspace, self.view, self.settings)
        self.exchange_actions = ExchangeActions(self, workspace, self.settings)
        # The model, and the vectors an older project lacks, once the first page is shown.
        self.background = BackgroundWork(workspace, parent=self)
        self.background.start()
        self.trail_banner.check(workspace)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self._rebuild_project_menus()
        self.settings.add_recent(remember)
        self.location_label.setText(workspace.location)
        name = Path(workspace.location).name if workspace.is_sqlite else workspace.location
        self.setWindowTitle(f"{name} — Claimdesk")
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", workspace.location), 5000)
        # The log file tells what each run opened; tests/bundle waits for this line.
        log.info("opened %s", workspace.location)

    def _open_failed(self, target: str, message: str) -> None:
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Cannot open project"), message)

    def close_project(self) -> None:
        if self.workspace is None:
            return
        if self.view is not None:
            self._save_layout()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
        for actions in (self.data_actions, self.exchange_actions):
            if actions is not None:
                actions.deleteLater()
        if self.background is not None:
            self.background.stop()
            self.background.deleteLater()
            self.background = None
        self.trail_banner.stop()
        for history in self.findChildren(HistoryWindow):
            history.close()
        self.workspace.close()
        self.workspace.deleteLater()
        self.workspace = self.view = self.data_actions = self.exchange_actions = None
        self._rebuild_project_menus()
        self.show_welcome()
        self.setWindowTitle("Claimdesk")

    def show_history(self) -> HistoryWindow | None:
        """View → History…: one window per project, raised when already open."""
        if self.workspace is None or self.data_actions is None:
            return None
        found = self.findChildren(HistoryWindow)
        window = found[0] if found else HistoryWindow(self, self.workspace, self.settings)
        if not found:
            window.claim_requested.connect(self.data_actions.show_claim)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self, self.settings)
        if dialog.exec() and dialog.language_changed:
            # The open windows were built in the old language (their texts are set once).
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("Claimdesk shows the new language the next time it starts."),
            )

    def show_about(self) -> None:
        dialog = AboutDialog(self, self.workspace)
        dialog.exec()
        dialog.deleteLater()

    def _exchange(self, name: str) -> None:
        if self.exchange_actions is not None:
            getattr(self.exchange_actions, name)()

    def back_up(self) -> None:
        if self.workspace is None or not self.workspace.is_sqlite:
            return
        suggestion = suggested_backup_path(Path(self.workspace.location))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up project"), str(suggestion), self._project_filter()
        )
        if not name:
            return
        self.start_backup(Path(name))

    def start_backup(self, destination: Path) -> None:
        assert self.workspace is not None
        source = Path(self.workspace.location)
        running = self.workspace.jobs.start(
            self.tr("Backing up"), lambda token: backup_project(source, destination, token)
        )
        running.finished.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Backed up to %1").replace("%1", str(path)), 8000
            )
        )
        running.failed.connect(
            lambda error: QMessageBox.warning(
                self, self.tr("Backup failed"), messages.error_text(error)
            )
        )
        running.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Backup cancelled"), 5000)
        )

    def restore_backup(self) -> None:
        """File → Restore backup…: pick one of the project's backups and how to restore it."""
        if self.workspace is None or not self.workspace.is_sqlite:
            return
        project = Path(self.workspace.location)
        dialog = RestoreBackupDialog(self, project, list_backups(project))
        choice = dialog.choice() if dialog.exec() else None
        if choice is not None:
            self.start_restore(choice.backup, project, replace=choice.replace)

    def start_restore(self, backup: Path, project: Path, *, replace: bool) -> None:
        """Restore off the UI thread, then open the result. Replacing closes the project
        first, so that none of this window's connections sees its content change."""
        if self._restoring is not None:
            return
        if replace:
            self.close_project()
        running = RunningJob(
            self.tr("Restoring"), lambda token: restore_job(backup, project, replace, token)
        )
        running.setParent(self)
        running.finished.connect(lambda result: self._restored(backup, result.path))
        running.failed.connect(lambda error: self._restore_failed(error, project, replace))
        running.ended.connect(self._restore_ended)
        self._restoring = running
        self.statusBar().showMessage(self.tr("Restoring %1…").replace("%1", backup.name))
        running.start()

    def _restored(self, backup: Path, path: Path) -> None:
        self.open_target(str(path))
        self.statusBar().showMessage(
            self.tr("Restored %1 into %2").replace("%1", backup.name).replace("%2", str(path)),
            8000,
        )

    def _restore_failed(self, error: object, project: Path, replaced: bool) -> None:
        failure = error if isinstance(error, BaseException) else RuntimeError(str(error))
        QMessageBox.warning(self, self.tr("Restore failed"), messages.error_text(failure))
        if replaced:
            self.open_target(str(project))  # it was closed for the restore; nothing changed

    def _restore_ended(self) -> None:
        if self._restoring is not None:
            self._restoring.deleteLater()
        self._restoring = None

    def _open_damaged(self, path: str, message: str) -> None:
        """A project that fails its integrity check: offer a copy of its newest good backup."""
        self.statusBar().clearMessage()
        project = Path(path)
        good = newest_good_backup(project)
        if good is None:
            QMessageBox.warning(
                self,
                self.tr("Cannot open project"),
                message + "\n\n" + self.tr("There is no good backup beside it."),
            )
            return
        offer = (
            self.tr(
                "The newest good backup was written %1 and holds %2. Open a copy of it? "
                "The damaged file is left as it is."
            )
            .replace("%1", fmt.datetime_text(good.created))
            .replace("%2", messages.counted("claims", good.claims or 0))
        )
        answer = QMessageBox.question(self, self.tr("Project damaged"), message + "\n\n" + offer)
        if answer == QMessageBox.StandardButton.Yes:
            self.start_restore(good.path, project, replace=False)

    def _command_failed(self, action: str, message: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("%1 failed").replace("%1", action),
            message + "\n\n" + self.tr("The undo history was cleared; everything saved is kept."),
        )

    # Window events ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A project file opens; a saved web page or a link from a browser is captured."""
        dropped = self._dropped(event.mimeData())
        if dropped is None:
            return
        event.acceptProposedAction()
        target, is_project = dropped
        if is_project or self.data_actions is None:
            self.open_target(target)
        else:
            self.data_actions.import_article(target)

    def _dropped(self, data) -> tuple[str, bool] | None:  # type: ignore[no-untyped-def]
        urls = data.urls() if data is not None else []
        if len(urls) != 1:
            return None
        url = urls[0]
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            return str(path), is_sqlite_file(path)
        if url.scheme() in ("http", "https"):
            return url.toString(), False
        return None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None and self.workspace.jobs.busy:
            answer = QMessageBox.question(
                self, "Claimdesk", self.tr("A task is still running. Cancel it and quit?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._save_layout()
        self.close_project()
        self.opener.shutdown()
        if self._restoring is not None:
            self._restoring.wait()
        self.settings.sync()
        event.accept()

    def _save_layout(self) -> None:
        splitter = self.view.splitter.saveState() if self.view is not None else None
        if splitter is not None:
            self.settings.save_window(self.saveGeometry(), self.saveState(), splitter)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.data_actions is not None:
            self.data_actions.edit_selected()
            return
        super().keyPressEvent(event)
