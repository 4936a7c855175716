"""File → Export in the window: the dialog's choices become a background export job."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from claimdesk.core.enums import Status
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.reports.output import export_job
from claimdesk.printing.export_formats import export_format
from claimdesk.ui.app import install_translations
from claimdesk.ui.dialogs.export_dialog import ExportDialog
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.settings import Settings

from .test_main_window import on_modal, open_demo


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMDESK_USER", "analyst")
    made = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()


def test_export_from_the_window_writes_the_chosen_claims(qtbot, window: MainWindow, tmp_path):
    open_demo(qtbot, window)
    target = tmp_path / "in-progress.md"
    seen = {}

    def choose(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
        assert dialog.path.text().endswith(".md")
        assert not dialog.organisation.isVisibleTo(dialog)  # only for ClaimReview
        dialog.path.setText(str(target))
        dialog.title.setText("Offene Prüfungen")
        dialog.statuses[1][Status.IN_PROGRESS].setChecked(True)
        dialog.claimed_to.edit.setText("2025-06")
        dialog.accept()
        seen["request"] = dialog.result_value

    on_modal(ExportDialog, choose)
    window.export_action.trigger()
    request = seen["request"]
    assert request.options.filter.claimed_to == date(2025, 6, 30)  # the whole month
    qtbot.waitUntil(target.exists, timeout=20_000)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Offene Prüfungen")
    assert text.count("\n### #") == 2  # the demo's two claims in progress
    qtbot.waitUntil(
        lambda: "Exported 2 claims" in window.statusBar().currentMessage(), timeout=5000
    )
    assert window.settings.export_choice() == ("md", str(tmp_path))


def test_the_dialog_names_bad_input_at_its_field(qtbot, window: MainWindow, tmp_path):
    open_demo(qtbot, window)
    seen = {}

    def fill_badly(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("claimreview"))
        assert dialog.organisation.isVisibleTo(dialog)
        dialog.organisation.clear()
        dialog.path.clear()
        dialog.claimed_from.edit.setText("2025-07")
        dialog.claimed_to.edit.setText("2025-06")
        dialog.claimant.edit.setText("Niemand Bekanntes")
        dialog.accept()
        seen["errors"] = {
            field: dialog.error_text(field) for field in ("path", "claimed_to", "claimant")
        }
        seen["organisation"] = dialog.error_text("organisation")
        seen["open"] = dialog.isVisible()
        dialog.reject()

    on_modal(ExportDialog, fill_badly)
    window.export_action.trigger()
    assert seen["open"]
    assert all(seen["errors"].values()), seen["errors"]
    assert "before the start" in seen["errors"]["claimed_to"]
    assert not seen["organisation"]  # needed only for our own verdicts: the export says so
    assert not list(Path(tmp_path).glob("*.jsonld"))


def test_preferences_keep_the_organisation_for_claimreview(qtbot, window: MainWindow):
    from claimdesk.ui.dialogs.preferences_dialog import PreferencesDialog

    seen = {}

    def fill(dialog: PreferencesDialog) -> None:
        dialog.organisation.setText("Prüfdesk Nord")
        dialog.organisation_url.setText("javascript:alert(1)")
        dialog.accept()
        seen["error"] = dialog.error_text("url")
        dialog.organisation_url.setText("https://pruefdesk.example")
        dialog.accept()
        seen["open"] = dialog.isVisible()

    on_modal(PreferencesDialog, fill)
    window.edit_preferences()
    assert "https://" in seen["error"] and not seen["open"]
    assert window.settings.organisation() == ("Prüfdesk Nord", "https://pruefdesk.example")


def test_import_from_the_window_refreshes_the_claims_and_reports(qtbot, window: MainWindow):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from claimdesk.ui.project_view import Section

    open_demo(qtbot, window)
    page = window.view.pages[Section.CLAIMS]
    qtbot.waitUntil(lambda: page.model.rowCount() == 17, timeout=10_000)
    samples = Path(__file__).resolve().parents[1] / "core" / "claimreview_samples"
    window.exchange_actions.import_claimreview(str(samples / "page.html"))

    def summary() -> QMessageBox | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: summary() is not None, timeout=20_000)
    assert "Imported" in summary().text()
    qtbot.waitUntil(lambda: page.model.rowCount() > 17, timeout=10_000)
    summary().accept()
    seen = {}

    def read(box: QMessageBox) -> None:
        seen["text"] = box.text()
        box.accept()

    on_modal(QMessageBox, read)
    window.exchange_actions.import_claimreview(str(samples / "malformed.json"))
    qtbot.waitUntil(lambda: "text" in seen, timeout=20_000)
    assert "not valid JSON" in seen["text"] and "Nothing was imported" in seen["text"]


def test_a_german_window_suggests_german_documents(qtbot, demo_workspace, tmp_path):
    """The document language follows the window's unless chosen otherwise, and reaches the
    report's words, not only its numbers and dates."""
    english = ExportDialog(None, demo_workspace)
    qtbot.addWidget(english)
    assert english.locale.currentData() == "en"

    app = QApplication.instance()
    installed = install_translations(app, "de")
    try:
        assert installed, "the German catalogue (.qm) is missing: run make translations"
        german = ExportDialog(None, demo_workspace)
        qtbot.addWidget(german)
        assert german.locale.currentData() == "de"
        german.format.setCurrentIndex(german.format.findData("md"))
        german.path.setText(str(tmp_path / "bericht.md"))
        request = german.collect()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    assert request.options.locale == "de"
    chosen = export_format(request.format)
    job = export_job(demo_workspace.project, request.options, chosen, request.path, CancelToken())
    run_to_end(job)
    text = request.path.read_text(encoding="utf-8")
    assert "## Übersicht" in text and "| Ungeprüft | 15 |" in text
    assert "## Summary" not in text


def test_the_name_in_reports_goes_from_preferences_through_the_export_dialog(
    qtbot, window: MainWindow, tmp_path
):
    """Reports name nobody unless the analyst chooses a name: set once in Preferences, offered
    by the export dialog for documents (changeable there), never the login."""
    from claimdesk.ui.dialogs.preferences_dialog import PreferencesDialog

    open_demo(qtbot, window)
    assert window.settings.name_in_report() == ""

    def name(dialog: PreferencesDialog) -> None:
        assert dialog.name_in_reports.text() == ""
        dialog.name_in_reports.setText("  Erika Musterfrau ")
        dialog.accept()

    on_modal(PreferencesDialog, name)
    window.edit_preferences()
    assert window.settings.name_in_report() == "Erika Musterfrau"

    target = tmp_path / "named.html"
    seen = {}

    def choose(dialog: ExportDialog) -> None:
        assert dialog.name_in_report.text() == "Erika Musterfrau"
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        seen["shown for data"] = dialog.name_in_report.isVisibleTo(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData("html"))
        seen["shown for documents"] = dialog.name_in_report.isVisibleTo(dialog)
        dialog.path.setText(str(target))
        dialog.accept()
        seen["request"] = dialog.result_value

    on_modal(ExportDialog, choose)
    window.export_action.trigger()
    assert seen["shown for documents"] and not seen["shown for data"]
    assert seen["request"].options.name_in_report == "Erika Musterfrau"
    qtbot.waitUntil(target.exists, timeout=20_000)
    page = target.read_text(encoding="utf-8")
    assert " by Erika Musterfrau (schema " in page and " by analyst (schema" not in page


def test_an_emptied_name_in_the_export_dialog_names_nobody(qtbot, demo_workspace, tmp_path):
    dialog = ExportDialog(None, demo_workspace, name_in_report="Erika Musterfrau")
    qtbot.addWidget(dialog)
    dialog.name_in_report.setText("   ")
    dialog.path.setText(str(tmp_path / "r.pdf"))
    assert dialog.collect().options.name_in_report is None
