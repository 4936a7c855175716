"""Every visible string goes through Qt's translation functions, so a translation needs no code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from claimdesk.core.enums import Status
from claimdesk.ui.formatting import status_label
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.settings import Settings

REPO = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


# What lupdate scans for the catalogue: the window's words, the command line's and the
# reports' (core/i18n.py reads the catalogue for the core), as the Makefile's `translations`
# target lists them.
SCANNED = (
    "desktop/claimdesk/ui",
    "desktop/claimdesk/cli",
    "desktop/claimdesk/core/reports",
    "desktop/claimdesk/printing",
    "desktop/claimdesk/core/i18n.py",
)
SHIPPED = REPO / "resources" / "translations" / "claimdesk_de.ts"


def scanned_files() -> list[str]:
    found = []
    for name in SCANNED:
        path = REPO / name
        found.extend(path.rglob("*.py") if path.is_dir() else [path])
    return sorted(str(path) for path in found)


def lupdate(tmp_path: Path, start_from: Path | None = None) -> str:
    """The catalogue lupdate makes of the code: a fresh one, or ``start_from`` updated."""
    sources = scanned_files()
    target = tmp_path / "claimdesk_de.ts"
    if start_from is not None:
        target.write_bytes(start_from.read_bytes())
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            *sources,
            "-ts",
            str(target),
            "-target-language",
            "de",
            "-no-obsolete",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return target.read_text(encoding="utf-8")


def sources_of(catalogue: str) -> set[str]:
    return {line.strip() for line in catalogue.splitlines() if line.strip().startswith("<source>")}


def test_translatable_strings_are_found_in_every_part_of_the_ui(tmp_path):
    catalogue = lupdate(tmp_path)
    for context, text in [
        ("MainWindow", "&amp;File"),
        ("DataActions", "Set s&amp;tatus…"),
        ("Status", "Partly true / misleading"),
        ("Reliability", "Usually reliable"),
        ("Columns", "Statement"),
        ("Commands", "Edit claim"),
        ("WelcomePage", "Open demo project"),
        ("TablePage", "Filter…"),
        ("Report", "Contents"),  # core/reports and printing are scanned too
        ("Report", "%n claims in this report."),
    ]:
        assert f"<name>{context}</name>" in catalogue, context
        assert f"<source>{text}</source>" in catalogue, text


def test_a_compiled_translation_changes_the_window_without_code_changes(
    qtbot, tmp_path, monkeypatch
):
    ts = tmp_path / "claimdesk_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n'
        "<context><name>MainWindow</name><message><source>&amp;File</source>"
        "<translation>&amp;Datei</translation></message></context>\n"
        "<context><name>Status</name><message><source>Verified</source>"
        "<translation>Bestätigt</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "claimdesk_de.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    try:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings)
        qtbot.addWidget(window)
        assert window.file_menu.title() == "&Datei"
        assert status_label(Status.VERIFIED) == "Bestätigt"
    finally:
        QApplication.removeTranslator(translator)


def test_the_shipped_catalogue_is_current(tmp_path):
    """resources/translations holds the catalogue translators work on; `make translations`
    refreshes it. A string added to the UI, the CLI or a report without refreshing it is
    caught here."""
    shipped = SHIPPED.read_text(encoding="utf-8")
    missing = sources_of(lupdate(tmp_path)) - sources_of(shipped)
    assert not missing, sorted(missing)[:10]


def test_lupdate_finds_no_unfinished_or_obsolete_entry(tmp_path):
    """Every string the code has is translated, and the catalogue holds no string the code
    no longer has."""
    shipped = SHIPPED.read_text(encoding="utf-8")
    updated = lupdate(tmp_path, start_from=SHIPPED)
    untranslated = re.findall(r"<source>(.*?)</source>\s*<translation type=\"unfinished\"", updated)
    assert not untranslated, untranslated[:10]
    assert 'type="vanished"' not in updated and 'type="obsolete"' not in updated
    assert sources_of(updated) == sources_of(shipped)


def test_make_translations_scans_what_this_test_scans():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    listed = re.search(r"^TRANSLATED :=((?:.*\\\n)*.*)$", makefile, re.MULTILINE)
    assert listed is not None
    assert tuple(listed.group(1).replace("\\", " ").split()) == SCANNED


def test_numbers_follow_the_qt_locale_and_plain_english_without_one():
    from PySide6.QtCore import QLocale

    from claimdesk.ui.formatting import number_text

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert number_text(11_000) == "11.000"
        # LANG=C: babel reads "C" as en_US_POSIX, which would leave 11,000 ungrouped.
        QLocale.setDefault(QLocale.c())
        assert number_text(11_000) == "11,000"
    finally:
        QLocale.setDefault(previous)


def test_a_core_validation_error_is_shown_in_german_in_a_form(qtbot, tmp_path, workspace):
    """The shipped catalogue words the core's problems: a German analyst reads German under
    the field, and the words come from the catalogue, not from the core."""
    from claimdesk.core.errors import ExchangeError
    from claimdesk.ui import messages
    from claimdesk.ui.dialogs.source_dialog import SourceDialog

    qm = tmp_path / "claimdesk_de.qm"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lrelease"),
            str(REPO / "resources" / "translations" / "claimdesk_de.ts"),
            "-qm",
            str(qm),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    try:
        dialog = SourceDialog(None)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.set_submit(workspace.project.sources.create)
        dialog.accept()  # no name: the core's SourceService refuses it
        assert dialog.isVisible()
        assert dialog.error_text("name") == "darf nicht leer sein"
        empty = ExchangeError("csv_empty", file="claims.csv")
        assert messages.error_text(empty) == "claims.csv ist leer"
        # Counts take the German form for one and for many (not the English fallback).
        one, many = messages.counted("claims", 1), messages.counted("claims", 2)
        assert (one, many) == ("1 Behauptung", "2 Behauptungen")
        # The detail pane's headings are in the catalogue too (they sit inside HTML).
        from claimdesk.ui.detail_views import _words

        assert _words()["review_history"] == "Prüfverlauf"
    finally:
        QApplication.removeTranslator(translator)
