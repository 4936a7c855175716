"""Help → About Claimdesk: version, the open project's database and schema, Qt and Python, and
the third-party licences, opened from the menu as an analyst opens it; in English and German."""

from __future__ import annotations

import platform

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from claimdesk import __version__
from claimdesk.core.project import Project
from claimdesk.core.revisions import head_revision
from claimdesk.ui.app import install_translations
from claimdesk.ui.dialogs.about_dialog import AboutDialog
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.workspace import Workspace

from .test_main_window import on_modal, open_demo, settings, window  # noqa: F401  (fixtures)


def about_from_menu(window: MainWindow, act) -> None:  # noqa: F811
    """Trigger Help → About Claimdesk and run ``act`` on the dialog while it is showing."""
    seen = on_modal(AboutDialog, act)
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    assert seen, "Help → About Claimdesk showed no dialog"


def test_about_shows_the_version_database_and_schema_of_the_open_project(qtbot, window):  # noqa: F811
    open_demo(qtbot, window)
    shown: dict[str, str] = {}

    def read(dialog: AboutDialog) -> None:
        head = head_revision()
        qtbot.waitUntil(lambda: head in dialog.revision_label.text(), timeout=5000)
        shown.update(
            title=dialog.windowTitle(),
            version=dialog.version_label.text(),
            database=dialog.database_label.text(),
            location=dialog.location_label.text(),
            revision=dialog.revision_label.text(),
            qt=dialog.qt_label.text(),
            python=dialog.python_label.text(),
        )

    about_from_menu(window, read)
    assert shown["title"] == "About Claimdesk"
    assert shown["version"] == f"Version {__version__}"
    assert shown["database"] == "SQLite file"
    assert shown["location"] == window.workspace.location
    assert shown["location"].endswith("demo.sqlite3")
    assert shown["revision"] == f"{head_revision()} (up to date)"
    assert qVersion() in shown["qt"] and "PySide6" in shown["qt"]
    assert shown["python"] == platform.python_version()


def test_selecting_a_package_shows_its_licence_text(qtbot, window):  # noqa: F811
    shown: dict[str, object] = {}

    def browse(dialog: AboutDialog) -> None:
        assert dialog.packages.topLevelItemCount() == 0  # not read before the tab is shown
        dialog.tabs.setCurrentIndex(1)
        names = [
            dialog.packages.topLevelItem(i).text(0)
            for i in range(dialog.packages.topLevelItemCount())
        ]
        shown["names"] = names
        shown["placeholder"] = dialog.licence_text.toPlainText()
        assert dialog.select_package("Jinja2")
        shown["jinja"] = dialog.licence_text.toPlainText()
        shown["homepage"] = dialog.homepage_label.text()
        shown["read_only"] = dialog.licence_text.isReadOnly()
        assert dialog.select_package("Qt")
        shown["qt"] = dialog.licence_text.toPlainText()
        shown["qt_row"] = [dialog.packages.currentItem().text(c) for c in range(3)]

    about_from_menu(window, browse)
    names = shown["names"]
    assert {"SQLAlchemy", "babel", "Jinja2", "Qt", "shiboken6"} <= set(names)
    assert names == sorted(names, key=str.casefold)
    assert shown["placeholder"] == ""
    assert "Redistribution and use in source and binary forms" in shown["jinja"]
    assert "https://" in shown["homepage"]
    assert shown["read_only"]
    # Qt's entry carries the LGPL and the GPL it builds on, one after the other.
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in shown["qt"]
    assert "GNU GENERAL PUBLIC LICENSE" in shown["qt"]
    assert shown["qt_row"][0] == "Qt" and shown["qt_row"][2] == "LGPL-3.0-only"


def test_about_without_a_project_says_so(qtbot, window):  # noqa: F811
    shown: list[str] = []
    about_from_menu(window, lambda dialog: shown.append(dialog.database_label.text()))
    assert shown == ["No project is open."]


def test_about_qt_is_in_the_help_menu(qtbot, window):  # noqa: F811
    titles: list[str] = []
    on_modal(QMessageBox, lambda box: titles.append(box.windowTitle()))
    window.about_qt_action.trigger()
    assert titles == ["About Qt"]


@pytest.mark.postgresql
def test_a_server_project_is_shown_without_its_password(qtbot, postgres):
    url = make_url(postgres.create_database())
    # The test server trusts local connections, so a password it never asks for does no harm.
    password = url.password or "s3cret-word"
    project = Project.open(url.set(password=password).render_as_string(hide_password=False))
    workspace = Workspace(project)
    try:
        dialog = AboutDialog(None, workspace)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: head_revision() in dialog.revision_label.text(), timeout=10_000)
        assert dialog.database_label.text() == "PostgreSQL server"
        shown = dialog.location_label.text()
        assert str(password) not in shown
        assert url.host in shown and url.database in shown
    finally:
        workspace.close()


def test_the_about_dialog_speaks_german(qtbot, tmp_path, monkeypatch, settings):  # noqa: F811
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMDESK_USER", "analyst")
    app = QApplication.instance()
    installed = install_translations(app, "de")
    try:
        assert installed, "the German catalogue (.qm) is missing: run make translations"
        made = MainWindow(settings)
        qtbot.addWidget(made)
        made.show()
        open_demo(qtbot, made)
        assert made.help_menu.title() == "&Hilfe"
        assert made.about_action.text() == "Ü&ber Claimdesk"
        shown: dict[str, object] = {}

        def read(dialog: AboutDialog) -> None:
            qtbot.waitUntil(lambda: head_revision() in dialog.revision_label.text(), timeout=5000)
            dialog.tabs.setCurrentIndex(1)
            shown.update(
                title=dialog.windowTitle(),
                tabs=[dialog.tabs.tabText(i) for i in range(dialog.tabs.count())],
                database=dialog.database_label.text(),
                revision=dialog.revision_label.text(),
                header=[dialog.packages.headerItem().text(c) for c in range(3)],
            )

        about_from_menu(made, read)
        assert shown["title"] == "Über Claimdesk"
        assert shown["tabs"] == ["&Allgemein", "&Lizenzen von Drittanbietern"]
        assert shown["database"] == "SQLite-Datei"
        assert shown["revision"] == f"{head_revision()} (aktuell)"
        assert shown["header"] == ["Paket", "Version", "Lizenz"]
        made.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
