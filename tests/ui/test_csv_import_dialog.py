"""The CSV import dialog on real files: the suggested mapping and the preview for a German
file, remapping a column, and what OK hands to the window (it imports nothing itself)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog

from claimdesk.ui.dialogs.csv_import_dialog import CsvImportDialog, CsvImportRequest

GERMAN = (
    "Aussage;Quelle;Datum;Menge;Status;Begründung;Interne Nummer\n"
    "Etwa 11.000 Soldaten in Kursk;Kyrylo Budanow;10.06.2025;etwa 11.000 Soldaten;falsch;"
    "Bilder zeigen weniger.;A-17\n"
    "Zweite Aussage;Ministerium;irgendwann;;;;A-18\n"
)


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def german_csv(tmp_path: Path) -> Path:
    path = tmp_path / "aussagen.csv"
    path.write_text(GERMAN, encoding="utf-8-sig")
    return path


def opened(qtbot, path: Path | None = None) -> CsvImportDialog:
    dialog = CsvImportDialog(None, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def mapping_shown(dialog: CsvImportDialog) -> dict[str, str]:
    """Column in the file → the target field as the combo box shows it."""
    shown = {}
    for row in range(dialog.columns.rowCount()):
        combo = dialog.columns.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        shown[dialog.columns.item(row, 0).text()] = combo.currentText()
    return shown


def preview_cell(dialog: CsvImportDialog, row: int, title: str) -> str:
    titles = [dialog.rows.horizontalHeaderItem(c).text() for c in range(dialog.rows.columnCount())]
    return dialog.rows.item(row, titles.index(title)).text()


def test_a_german_file_shows_its_suggested_mapping_and_preview(qtbot, german_csv):
    dialog = opened(qtbot, german_csv)

    assert mapping_shown(dialog) == {
        "Aussage": "Statement",
        "Quelle": "Claimant (name)",
        "Datum": "Claimed on",
        "Menge": "Quantity as written",
        "Status": "Status",
        "Begründung": "Rationale of the status",
        "Interne Nummer": "— ignore —",
    }
    assert dialog.rows.rowCount() == 2
    assert preview_cell(dialog, 0, "Line") == "2"
    assert preview_cell(dialog, 0, "Statement") == "Etwa 11.000 Soldaten in Kursk"
    assert preview_cell(dialog, 0, "Claimant") == "Kyrylo Budanow"
    assert preview_cell(dialog, 0, "Claimed") == "Jun 10, 2025"
    assert preview_cell(dialog, 0, "Quantity") == "about 11,000 Soldaten"
    assert preview_cell(dialog, 0, "Status") == "False"
    assert preview_cell(dialog, 0, "Problem") == ""
    assert preview_cell(dialog, 1, "Problem").startswith("Datum: 'irgendwann' is not a date")
    assert preview_cell(dialog, 1, "Statement") == ""
    assert "7 columns separated by semicolons" in dialog.status.text()
    assert "1 of them would be refused" in dialog.status.text()


def test_changing_a_mapping_updates_the_preview(qtbot, german_csv):
    dialog = opened(qtbot, german_csv)

    dialog.set_field("Datum", "")  # ignore the column with the unreadable date
    assert preview_cell(dialog, 1, "Problem") == ""
    assert preview_cell(dialog, 1, "Statement") == "Zweite Aussage"
    assert preview_cell(dialog, 0, "Claimed") == ""
    assert "0 of them would be refused" in dialog.status.text()

    dialog.set_field("Datum", "as_of")
    assert preview_cell(dialog, 1, "Problem").startswith("Datum: 'irgendwann' is not a date")

    combo = dialog.columns.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData(""))  # no statement column any more
    assert dialog.status.text().startswith("aussagen.csv has no column for the statement")
    assert preview_cell(dialog, 0, "Statement") == ""
    dialog.accept()
    assert dialog.isVisible()  # refused: nothing to import without statements
    assert "no column for the statement" in dialog.general_error.text() + dialog.error_text(
        "mapping"
    )


def test_ok_hands_the_file_and_mapping_to_the_caller(qtbot, german_csv):
    dialog = opened(qtbot, german_csv)
    dialog.set_field("Interne Nummer", "notes")
    dialog.numbers.setCurrentIndex(dialog.numbers.findData("de"))

    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    request = dialog.result_value
    assert isinstance(request, CsvImportRequest)
    assert request.path == german_csv == dialog.path
    assert request.mapping == dialog.mapping == {
        "Aussage": "statement", "Quelle": "claimant", "Datum": "claimed_on", "Menge": "quantity",
        "Status": "status", "Begründung": "latest_rationale", "Interne Nummer": "notes",
    }  # fmt: skip
    assert request.locale_hint == "de"


def test_a_file_in_the_wrong_encoding_is_explained_under_the_file_field(qtbot, tmp_path):
    path = tmp_path / "ansi.csv"
    path.write_bytes(GERMAN.encode("cp1252"))
    dialog = opened(qtbot)
    dialog.file.setText(str(path))
    dialog.load()
    assert "ansi.csv is not UTF-8 text" in dialog.error_text("path")
    assert dialog.columns.rowCount() == 0 and dialog.rows.rowCount() == 0
    dialog.accept()
    assert dialog.isVisible()
