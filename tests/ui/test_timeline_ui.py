"""The timeline of a number: a claim's chart under its details, a click on a point opening
that claim, the window for the current filter, and no pyqtgraph until a chart is shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtWidgets import QApplication

from claimdesk.core.filters import ClaimFilter
from claimdesk.core.project import Project
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.project_view import Section
from claimdesk.ui.settings import Settings
from claimdesk.ui.timeline_panel import TimelinePanel, TimelineWindow
from claimdesk.ui.workspace import Workspace
from tests.core.test_startup import DESKTOP

from .figures import Figures, build_figures, figures_file


@pytest.fixture
def figures_workspace(qtbot, tmp_path):
    project = Project.open(tmp_path / "figures.sqlite3", actor="analyst")
    ids = build_figures(project)
    opened = Workspace(project)
    yield opened, ids
    opened.close()


def shown_chart(qtbot, panel: TimelinePanel, claim_id: int):
    panel.show_claim(claim_id)
    qtbot.waitUntil(lambda: panel.series is not None and panel.chart is not None, timeout=5000)
    return panel.chart


def spots(chart) -> dict[int, object]:
    """The drawn points by claim id (the ring of the highlighted claim left out)."""
    found = {}
    for scatter in chart.scatters[: len(chart.series.groups)]:
        for spot in scatter.points():
            found[int(spot.data())] = spot
    return found


def test_the_chart_of_a_claim_with_three_figures_has_three_points(qtbot, figures_workspace):
    workspace, ids = figures_workspace
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    chart = shown_chart(qtbot, panel, ids.budanov_june)
    assert chart.point_count() == 3
    assert set(spots(chart)) == {ids.nis_march, ids.budanov_june, ids.nis_june}
    assert chart.series.highlighted == ids.budanov_june
    ring = chart.scatters[-1].points()
    assert [int(spot.data()) for spot in ring] == [ids.budanov_june]
    assert "Kyrylo Budanov" in chart.legend.text() and "NIS" in chart.legend.text()
    # "about 11,000" is drawn with the interval it allows: 10,500 to 11,500.
    about = next(p for p in chart.series.points if p.claim_id == ids.budanov_june)
    assert (about.low, about.high) == (10_450, 11_550)
    assert not panel.note.isVisible()


def test_a_claim_without_a_series_gets_a_note_and_no_chart(qtbot, figures_workspace):
    workspace, ids = figures_workspace
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_claim(ids.no_figure)
    qtbot.waitUntil(lambda: panel.note.text() != "", timeout=5000)
    assert panel.series is None and panel.chart is None
    assert panel.note.text().startswith("No timeline")


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMDESK_USER", "analyst")
    path = tmp_path / "figures.sqlite3"
    ids = figures_file(path)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    made = MainWindow(settings)
    qtbot.addWidget(made)
    made.resize(1400, 860)
    made.show()
    made.open_target(str(path))
    qtbot.waitUntil(lambda: made.workspace is not None, timeout=15_000)
    claims = made.view.pages[Section.CLAIMS].model
    qtbot.waitUntil(lambda: claims.rowCount() == 6 and not claims.loading, timeout=10_000)
    yield made, ids
    made.close()


def click_point(qtbot, chart, spot) -> None:
    """A real mouse click where the point is drawn."""
    plot = chart.plot_widget
    scene = spot._plot.mapToScene(QPointF(spot.pos()))
    where = plot.mapFromScene(scene)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(where.x(), where.y()))


def test_clicking_a_point_selects_its_claim(qtbot, window: tuple[MainWindow, Figures]):
    made, ids = window
    claims = made.view.pages[Section.CLAIMS]
    claims.select_id(ids.budanov_june)
    panel = made.view.timeline
    made.view.claim_panel.setCurrentWidget(panel)  # the claim pane's Timeline tab
    qtbot.waitUntil(lambda: panel.series is not None and panel.chart is not None, timeout=5000)
    assert panel.series.highlighted == ids.budanov_june
    qtbot.waitUntil(lambda: panel.chart.isVisible() and panel.chart.height() > 100, timeout=5000)
    # The point's place is read after the chart's layout has settled: a click landing
    # while the tab is still being laid out (a busy machine) is tried again.
    for _attempt in range(5):
        qtbot.wait(200)
        QApplication.processEvents()
        click_point(qtbot, panel.chart, spots(panel.chart)[ids.nis_march])
        if claims.selected_ids() == [ids.nis_march]:
            break
    qtbot.waitUntil(lambda: claims.selected_ids() == [ids.nis_march], timeout=5000)
    qtbot.waitUntil(lambda: panel.series.highlighted == ids.nis_march, timeout=5000)


def test_the_timeline_of_the_filter_has_a_chart_per_unit(qtbot, window):
    made, ids = window
    made.view.show_filter_timeline()
    [shown] = [w for w in QApplication.topLevelWidgets() if isinstance(w, TimelineWindow)]
    qtbot.waitUntil(lambda: shown.series is not None, timeout=5000)
    assert [series.label for series in shown.series] == ["soldiers", "tanks"]
    assert [chart.point_count() for chart in shown.charts] == [3, 2]
    assert shown.note.text() == "2 units with a timeline"
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.charts[0].plot_widget.height() > 150, timeout=5000)
    QApplication.processEvents()
    with qtbot.waitSignal(shown.claim_requested) as opened:
        click_point(qtbot, shown.charts[0], spots(shown.charts[0])[ids.nis_march])
    assert opened.args == [ids.nis_march]
    shown.close()

    claims = made.view.pages[Section.CLAIMS]
    claims.model.set_query(claims.model.query.with_filter(units=frozenset({"tanks"})))
    made.view.show_filter_timeline()
    narrowed = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, TimelineWindow) and w.isVisible()
    ]
    qtbot.waitUntil(lambda: narrowed[-1].series is not None, timeout=5000)
    assert [series.unit for series in narrowed[-1].series] == ["tanks"]
    assert made.workspace.project.timeline.series(ClaimFilter(units=frozenset({"x"}))) == []


SHOW_CLAIMS_AND_LIST = """
import json, sys
from PySide6.QtCore import QTimer
from claimdesk.ui import app
HEAVY = ("pyqtgraph", "numpy", "claimdesk.ui.timeline_chart")
loaded = []
window = app.start(sys.argv[1])

def shown():
    loaded.append([name for name in HEAVY if name in sys.modules])
    window.view.pages[0].select_id(1)  # a claim with a timeline
    panel = window.view.timeline
    window.view.claim_panel.setCurrentWidget(panel)  # its tab shown: now the chart loads

    def charted():
        if panel.chart is None:
            QTimer.singleShot(50, charted)
            return
        loaded.append([name for name in HEAVY if name in sys.modules])
        app.application().quit()

    charted()

window.opener.opened.connect(lambda *_: QTimer.singleShot(800, shown))
window.opener.failed.connect(lambda *_: app.application().exit(1))
status = app.application().exec()
print(json.dumps(loaded))
sys.exit(status)
"""


def test_the_window_opens_a_project_with_timelines_without_pyqtgraph(tmp_path):
    """The window showing a project with conflicts and timelines has not loaded pyqtgraph or
    numpy (test_app guards the same on the demo); selecting a claim with a series does."""
    path = tmp_path / "figures.sqlite3"
    figures_file(path)
    environment = {
        **os.environ,
        "PYTHONPATH": str(DESKTOP),
        "CLAIMDESK_USER": "analyst",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    run = subprocess.run(
        [sys.executable, "-c", SHOW_CLAIMS_AND_LIST, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert run.returncode == 0, run.stderr
    at_start, with_a_chart = json.loads(run.stdout.strip().splitlines()[-1])
    assert at_start == []
    # The counter-check: the guard sees pyqtgraph once a chart is shown.
    assert with_a_chart == ["pyqtgraph", "numpy", "claimdesk.ui.timeline_chart"]
