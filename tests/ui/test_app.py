"""Starting the application the way the claimdesk command does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import claimdesk
from claimdesk.cli import _gui_target, build_parser
from claimdesk.core.demo import create_demo
from claimdesk.core.project import Project
from claimdesk.core.resources import resource
from claimdesk.ui import app as app_module
from claimdesk.ui.main_window import MainWindow
from tests.core.test_startup import NOT_AT_START as COMMANDS_NOT_AT_START


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


def test_a_double_clicked_project_opens_in_the_window(tmp_path):
    """What a desktop runs for a project file: `claimdesk %f`, here given the file:// URI a
    launcher with %u would pass; the whole command in a process of its own (its event loop
    and its quit must not end this session's), until the window has opened the project."""
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("CLAIMDESK_DB", None)
    path = tmp_path / "Kursk figures.claimdesk"
    with Project.open(path) as project:
        create_demo(project)
    log = tmp_path / "state" / "Claimdesk" / "log" / "claimdesk.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "claimdesk", path.as_uri()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 60
        while f"opened {path}" not in (log.read_text(encoding="utf-8") if log.exists() else ""):
            assert process.poll() is None, "the window closed before it opened the project"
            assert time.monotonic() < deadline, "the window did not open the project"
            time.sleep(0.05)
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert "Traceback" not in err, err


def test_the_application_names_its_launcher(tmp_path):
    """Wayland ties a window to its .desktop file by the app id Qt takes from
    desktopFileName; X11 by WM_CLASS, whose class Qt takes from the application name. A
    fresh process: the test session's QApplication is pytest-qt's, not Claimdesk's."""
    names = subprocess.run(
        [
            sys.executable,
            "-c",
            "from claimdesk.ui.app import application\n"
            "app = application()\n"
            "print(app.desktopFileName(), app.applicationName())",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "PYTHONPATH": str(Path(claimdesk.__file__).resolve().parents[1]),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
        check=True,
    )
    desktop_file_name, application_name = names.stdout.split()
    launcher = resource("desktop", f"{claimdesk.APP_ID}.desktop")
    entry = dict(
        line.split("=", 1)
        for line in launcher.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert desktop_file_name == claimdesk.APP_ID == entry["Icon"]
    assert entry["StartupWMClass"] == application_name == "Claimdesk"


# What commands do not load at start, and the article reader, which only the window has.
NOT_AT_START = (
    *COMMANDS_NOT_AT_START,
    "claimdesk.ui.article_reader",
    "claimdesk.ui.timeline_chart",  # and with it pyqtgraph: when a chart is first shown
)
SHOW_AND_LIST = """
import json, sys
from PySide6.QtCore import QTimer
from claimdesk.ui import app
window = app.start(sys.argv[1])
window.opener.opened.connect(lambda *_: QTimer.singleShot(500, app.application().quit))
window.opener.failed.connect(lambda *_: app.application().exit(1))
status = app.application().exec()
heavy = json.loads(sys.argv[2])
print(json.dumps(sorted(name for name in heavy if name in sys.modules)))
sys.exit(status)
"""


def test_the_window_shows_a_project_without_loading_capture_reports_or_alembic(tmp_path):
    """A regression guard on start-up (bench/startup_bench.py has the timings): the window
    with the demo project's claims on screen, in a fresh process, has loaded none of these."""
    path = tmp_path / "demo.sqlite3"
    with Project.open(path) as project:
        create_demo(project)
    environment = {
        **os.environ,
        "PYTHONPATH": str(Path(claimdesk.__file__).resolve().parents[1]),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    run = subprocess.run(
        [sys.executable, "-c", SHOW_AND_LIST, str(path), json.dumps(NOT_AT_START)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.strip().splitlines()[-1]) == []
