"""Starting the application the way the claimdesk command does."""

from __future__ import annotations

from claimdesk.cli import _gui_target, build_parser
from claimdesk.core.demo import create_demo
from claimdesk.core.project import Project
from claimdesk.ui import app as app_module
from claimdesk.ui.main_window import MainWindow


def test_start_opens_the_given_project_in_the_main_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "demo.sqlite3"
    with Project.open(path) as project:
        create_demo(project)
    window = app_module.start(str(path))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    assert window.workspace.location == str(path)
    assert window.windowTitle() == "demo.sqlite3 — Claimdesk"
    window.close()


def test_the_gui_reopens_the_last_file_project_but_not_a_server(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("CLAIMDESK_DB", raising=False)
    args = build_parser().parse_args([])
    assert _gui_target(args) is None  # first start: the welcome page
    from claimdesk.ui.settings import Settings

    last = tmp_path / "last.sqlite3"
    last.touch()
    Settings().add_recent(str(last))
    assert _gui_target(args) == str(last)
    Settings().add_recent("postgresql+psycopg://desk:secret@db.example/claims")
    assert _gui_target(args) is None
    assert Settings().recent_projects()[0] == "postgresql+psycopg://desk@db.example/claims"
    assert _gui_target(build_parser().parse_args(["--db", "x.sqlite3"])) == "x.sqlite3"
