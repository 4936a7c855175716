"""An open that takes long can be cancelled from the status bar, and quitting never waits on it.

The hanging file is the one a hostile sender would make (the version table a view that counts
to a trillion), with the schema check switched off so that the open really runs into it: the
cancel and the quit are what is under test here, not the check.
"""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest
from PySide6.QtCore import QSettings, Qt

from claimdesk.core import schema_check
from claimdesk.core.demo import create_demo
from claimdesk.core.project import Project
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.settings import Settings

ENDLESS_VERSION = (
    "DROP TABLE alembic_version; CREATE VIEW alembic_version AS SELECT CAST(("
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000000) "
    "SELECT max(i) FROM n) AS TEXT) AS version_num;"
)


@pytest.fixture
def hanging_file(tmp_path, monkeypatch):
    path = tmp_path / "hangs.sqlite3"
    with Project.open(tmp_path / "demo.sqlite3") as project:
        create_demo(project)
    shutil.copy(tmp_path / "demo.sqlite3", path)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.executescript(ENDLESS_VERSION)
    connection.close()
    monkeypatch.setattr(schema_check, "check_version_table", lambda *_args: None)
    return path


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    made = MainWindow(settings)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()


def test_a_hanging_open_is_cancelled_from_the_status_bar(qtbot, window, hanging_file):
    failures: list[str] = []
    window.opener.failed.disconnect()
    window.opener.failed.connect(lambda _target, message: failures.append(message))
    window.open_target(str(hanging_file))
    qtbot.waitUntil(window.job_status.isVisible, timeout=5000)
    time.sleep(0.3)  # well into the endless statement

    started = time.monotonic()
    qtbot.mouseClick(window.job_status.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.opener.busy, timeout=3000)

    assert time.monotonic() - started < 2
    assert window.statusBar().currentMessage() == "Opening cancelled"
    assert window.workspace is None and failures == []
    assert not window.job_status.isVisible()


def test_quitting_during_a_hanging_open_closes_the_window_at_once(qtbot, window, hanging_file):
    window.open_target(str(hanging_file))
    qtbot.waitUntil(lambda: window.opener.busy, timeout=5000)
    time.sleep(0.3)

    started = time.monotonic()
    assert window.close()

    assert time.monotonic() - started < 2
    assert not window.isVisible()
