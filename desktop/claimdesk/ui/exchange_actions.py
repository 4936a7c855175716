"""Export and import, as actions: a dialog collects the choice, a background job does the work.

Exports write to a temporary file renamed at the end; imports are one transaction. Either way a
cancel or a failure leaves nothing half-done, and the status bar shows progress meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.jobs import CancelToken, Job
from ..core.records import ArticleRef, Changes
from ..core.reports.output import ExportResult, export_job
from ..printing.export_formats import export_format
from . import messages
from .dialogs.export_dialog import ExportDialog, ExportRequest
from .settings import Settings
from .workspace import Workspace

MAX_LISTED = 30  # rejected rows shown in the summary; the rest are counted


class ExchangeActions(QObject):
    """File → Export and File → Import for one open project; the window's menu calls these."""

    def __init__(self, window: QWidget, workspace: Workspace, settings: Settings):
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.settings = settings

    # Export --------------------------------------------------------------------------------

    def export(self, article: ArticleRef | None = None) -> None:
        chosen, folder = self.settings.export_choice()
        dialog = ExportDialog(
            self.window,
            self.workspace,
            chosen_format=chosen,
            folder=folder,
            organisation=self.settings.organisation(),
            name_in_report=self.settings.name_in_report(),
            article=article,
        )
        if not dialog.exec():
            return
        request: ExportRequest = dialog.result_value
        self.settings.set_export_choice(request.format, str(request.path.parent))
        if request.format == "claimreview":
            self.settings.set_organisation(
                request.options.organisation or "", request.options.organisation_url or ""
            )
        self.start_export(request)

    def start_export(self, request: ExportRequest) -> None:
        project = self.workspace.project
        chosen = export_format(request.format)
        running = self._start(
            self.tr("Exporting"),
            lambda token: export_job(project, request.options, chosen, request.path, token),
        )
        if running is None:
            return
        running.finished.connect(self._exported)
        running.failed.connect(
            lambda error: QMessageBox.warning(
                self.window, self.tr("Export failed"), messages.error_text(error)
            )
        )
        running.cancelled.connect(
            lambda: self._status(self.tr("Export cancelled; no file was written"))
        )

    def _exported(self, result: ExportResult) -> None:
        self._status(
            self.tr("Exported %1 claims to %2").replace("%1", str(result.claims))
            .replace("%2", str(result.path))
        )  # fmt: skip

    # Import --------------------------------------------------------------------------------

    def import_csv(self, path: str = "") -> None:
        from ..core.exchange.csv_import import import_claims_job
        from .dialogs.csv_import_dialog import CsvImportDialog

        _chosen, folder = self.settings.export_choice()
        dialog = CsvImportDialog(self.window, Path(path) if path else None, folder=folder)
        if not dialog.exec():
            return
        request = dialog.result_value
        project = self.workspace.project
        self._run_import(
            self.tr("Importing claims"),
            lambda token: import_claims_job(
                project, request.path, request.mapping, token, locale_hint=request.locale_hint
            ),
        )

    def import_json(self, path: str = "") -> None:
        from ..core.exchange.project_json import import_project_json_job

        chosen = path or self._open_file(self.tr("Claimdesk JSON (*.json)"))
        if not chosen:
            return
        project = self.workspace.project
        self._run_import(
            self.tr("Importing project"),
            lambda token: import_project_json_job(project, Path(chosen), token),
        )

    def import_claimreview(self, path: str = "") -> None:
        from ..core.exchange.claimreview_import import import_claimreview_job

        chosen = path or self._open_file(
            self.tr("ClaimReview (*.json *.jsonld *.jsonl *.html *.htm);;All files (*)")
        )
        if not chosen:
            return
        project = self.workspace.project
        self._run_import(
            self.tr("Importing ClaimReview"),
            lambda token: import_claimreview_job(project, Path(chosen), token),
        )

    def _open_file(self, filters: str) -> str:
        _chosen, folder = self.settings.export_choice()
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import"), folder, filters)
        return name

    def _run_import(self, title: str, factory: Callable[[CancelToken], Job[Any]]) -> None:
        running = self._start(title, factory)
        if running is None:
            return
        running.finished.connect(self._imported)
        running.failed.connect(
            lambda error: QMessageBox.warning(
                self.window,
                self.tr("Import failed"),
                messages.error_text(error) + "\n\n" + self.tr("Nothing was imported."),
            )
        )
        running.cancelled.connect(
            lambda: self._status(self.tr("Import cancelled; nothing was imported"))
        )

    def _imported(self, result: Any) -> None:
        self.workspace.bus.publish(Changes(everything=True))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import finished"),
            messages.import_summary(result),
        )
        rejected = messages.rejection_lines(result)
        if rejected:
            lines = rejected[:MAX_LISTED]
            if len(rejected) > MAX_LISTED:
                lines.append(
                    self.tr("… and %1 more").replace("%1", str(len(rejected) - MAX_LISTED))
                )
            box.setDetailedText("\n".join(lines))
        box.setParent(self.window, box.windowFlags())
        box.open()

    # Shared --------------------------------------------------------------------------------

    def _start(self, title: str, factory: Callable[[CancelToken], Job[Any]]):  # type: ignore[no-untyped-def]
        if self.workspace.jobs.busy:
            QMessageBox.information(
                self.window,
                title,
                self.tr("Another job is still running; wait for it or cancel it first."),
            )
            return None
        return self.workspace.jobs.start(title, factory)

    def _status(self, text: str) -> None:
        status_bar = getattr(self.window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 10_000)
