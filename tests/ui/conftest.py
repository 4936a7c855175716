"""UI fixtures: real widgets (offscreen, set once in tests/conftest.py) on real databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from claimdesk.core.demo import create_demo
from claimdesk.core.project import Project
from claimdesk.ui.workspace import Workspace

from ..trail import trail_is_whole


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[Path]:
    """UI state of each test goes to its own directory, never to the user's configuration."""
    folder = tmp_path / "qsettings"
    for format_ in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(format_, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def workspace(qtbot, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Workspace]:
    """An empty SQLite project opened as the UI opens it."""
    opened = Workspace(Project.open(tmp_path / "ui.sqlite3", actor="analyst"))
    yield opened
    trail_is_whole(opened.project, request)
    opened.close()


@pytest.fixture
def demo_workspace(qtbot, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Workspace]:
    """The demo project (9 sources, 1 article, 17 claims) opened as the UI opens it."""
    project = Project.open(tmp_path / "demo.sqlite3", actor="analyst")
    create_demo(project)
    opened = Workspace(project)
    yield opened
    trail_is_whole(opened.project, request)
    opened.close()
