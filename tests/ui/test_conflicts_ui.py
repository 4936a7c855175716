"""Conflicting figures in the window: the section lists them, resolving and reopening are
undoable, the claims table marks and filters conflicted claims, the detail pane lists them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl

from claimdesk.core.enums import RelationKind
from claimdesk.core.filters import ClaimFilter
from claimdesk.ui import formatting as fmt
from claimdesk.ui.conflicts_view import FIRST, RESOLUTION, SECOND, ConflictTableModel
from claimdesk.ui.detail_views import ClaimDetailView
from claimdesk.ui.dialogs.claim_filter_dialog import ClaimFilterDialog
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.project_view import Section
from claimdesk.ui.settings import Settings

from .figures import Figures, figures_file

DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def figures(tmp_path) -> tuple[str, Figures]:
    path = tmp_path / "figures.sqlite3"
    return str(path), figures_file(path)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, figures):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMDESK_USER", "analyst")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    made = MainWindow(settings)
    qtbot.addWidget(made)
    made.show()
    made.open_target(figures[0])
    qtbot.waitUntil(lambda: made.workspace is not None, timeout=15_000)
    claims = made.view.pages[Section.CLAIMS].model
    qtbot.waitUntil(lambda: claims.rowCount() == 6 and not claims.loading, timeout=10_000)
    yield made
    made.close()


def conflicts_page(qtbot, window: MainWindow, rows: int = 1):
    window.view.show_section(Section.CONFLICTS)
    page = window.view.pages[Section.CONFLICTS]
    qtbot.waitUntil(lambda: page.table.rowCount() == rows, timeout=5000)
    return page


def quantity_mark(window: MainWindow, claim_id: int):
    model = window.view.pages[Section.CLAIMS].model
    column = [c.key for c in model.columns].index("quantity")
    row = model.row_of(claim_id)
    return None if row is None else model.data(model.index(row, column), DECORATION)


def test_the_section_lists_the_conflict_with_both_figures_and_claimants(qtbot, window, figures):
    _path, ids = figures
    page = conflicts_page(qtbot, window)
    table = page.table
    first = table.data(table.index(0, FIRST))
    second = table.data(table.index(0, SECOND))
    assert first.splitlines()[0] == "about 11,000 soldiers · Kyrylo Budanov · June 2025"
    assert first.splitlines()[1].startswith("About 11,000 North Korean soldiers")
    assert second.splitlines()[0] == f"12,000 troops · NIS · {fmt.date_text(date(2025, 6, 20))}"
    assert table.data(table.index(0, RESOLUTION)) == "Open"
    assert page.count_label.text() == "1 conflict"
    # The detail pane shows the first claim of the selected conflict.
    qtbot.waitUntil(lambda: window.view.claim_detail.current_id == ids.budanov_june, timeout=5000)


def test_resolving_relates_the_claims_and_undo_takes_it_back(qtbot, window, figures):
    _path, ids = figures
    project = window.workspace.project
    page = conflicts_page(qtbot, window)
    assert page.reopen_action.isEnabled() is False
    page.second_supersedes.trigger()
    [conflict] = project.conflicts.list()
    assert conflict.resolution is RelationKind.SUPERSEDES
    assert conflict.resolved_from == ids.nis_june
    relation = project.claims.get(ids.nis_june).relations[0]
    assert (relation.kind, relation.to_claim_id) == (RelationKind.SUPERSEDES, ids.budanov_june)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)  # open ones only

    window.workspace.undo_stack.undo()
    assert project.conflicts.list()[0].resolution is None
    assert project.claims.get(ids.nis_june).relations == ()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)

    window.workspace.undo_stack.redo()
    assert project.conflicts.list()[0].resolved_from == ids.nis_june


def test_all_conflicts_show_the_resolution_and_reopen_is_undoable(qtbot, window):
    project = window.workspace.project
    page = conflicts_page(qtbot, window)
    page.shown.setCurrentIndex(page.shown.findData(False))  # all conflicts
    page.both_stand.trigger()
    resolution = page.table.index(0, RESOLUTION)
    qtbot.waitUntil(
        lambda: page.table.data(resolution) == "Both stand (contradicting)", timeout=5000
    )
    assert project.conflicts.open_count() == 0
    assert page.reopen_action.isEnabled() and not page.both_stand.isEnabled()

    page.reopen_action.trigger()
    assert project.conflicts.open_count() == 1
    qtbot.waitUntil(lambda: page.table.data(resolution) == "Open", timeout=5000)
    window.workspace.undo_stack.undo()  # resolved again, the same way
    assert project.conflicts.list()[0].resolution is RelationKind.CONTRADICTS


def test_the_claims_table_marks_open_conflicts_until_resolved(qtbot, window, figures):
    _path, ids = figures
    window.view.show_section(Section.CLAIMS)
    assert quantity_mark(window, ids.budanov_june) is not None
    assert quantity_mark(window, ids.nis_june) is not None
    assert quantity_mark(window, ids.nis_march) is None
    model = window.view.pages[Section.CLAIMS].model
    column = [c.key for c in model.columns].index("quantity")
    tip = model.data(model.index(model.row_of(ids.nis_june), column), TOOLTIP)
    assert tip.startswith("12,000 troops\nConflicting figure")

    page = conflicts_page(qtbot, window)
    page.not_comparable.trigger()
    qtbot.waitUntil(lambda: quantity_mark(window, ids.budanov_june) is None, timeout=5000)
    assert quantity_mark(window, ids.nis_june) is None
    window.workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: quantity_mark(window, ids.nis_june) is not None, timeout=5000)


def test_the_filter_dialog_narrows_the_table_to_conflicting_figures(qtbot, window, figures):
    _path, ids = figures
    page = window.view.pages[Section.CLAIMS]
    dialog = ClaimFilterDialog(window, window.workspace, page.model.query.filter)
    qtbot.addWidget(dialog)
    assert not dialog.rows.conflicted.isChecked()
    dialog.rows.conflicted.setChecked(True)
    wanted = dialog.collect()
    assert wanted == ClaimFilter(conflicted=True)
    page.model.set_query(page.model.query.with_filter(conflicted=True))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.model.loading, timeout=5000)
    assert {page.model.id_at(0), page.model.id_at(1)} == {ids.budanov_june, ids.nis_june}
    dialog.rows.show(wanted)
    assert dialog.rows.conflicted.isChecked()


def test_opening_a_claim_of_a_conflict_selects_it_in_the_claims_section(qtbot, window, figures):
    _path, ids = figures
    page = conflicts_page(qtbot, window)
    page.open_second_action.trigger()
    assert window.view.section is Section.CLAIMS
    claims = window.view.pages[Section.CLAIMS]
    qtbot.waitUntil(lambda: claims.selected_ids() == [ids.nis_june], timeout=5000)


def test_the_detail_pane_lists_the_claims_conflicts_with_a_link(qtbot, window, figures):
    _path, ids = figures
    view = ClaimDetailView(window.workspace)
    qtbot.addWidget(view)
    view.show_id(ids.nis_june)
    qtbot.waitUntil(lambda: view.record is not None, timeout=5000)
    text = " ".join(view.toPlainText().split())
    assert "Conflicting figures (1 open)" in text
    assert f"#{ids.budanov_june} about 11,000 soldiers · Kyrylo Budanov · June 2025 — open" in text
    assert f"href='claim:{ids.budanov_june}'" in view.toHtml().replace('"', "'")
    with qtbot.waitSignal(view.claim_requested) as opened:
        view.link_activated(QUrl(f"claim:{ids.budanov_june}"))
    assert opened.args == [ids.budanov_june]

    window.workspace.project.conflicts.resolve(
        ids.budanov_june, ids.nis_june, RelationKind.SUPERSEDES
    )
    view.show_id(ids.nis_june)
    qtbot.waitUntil(lambda: "it supersedes this claim" in view.toPlainText(), timeout=5000)
    assert "(1 open)" not in view.toPlainText()


def test_the_conflicts_model_passes_the_qt_model_tester(qtmodeltester, window, qtbot):
    page = conflicts_page(qtbot, window)
    model = ConflictTableModel()
    model.set_conflicts(page.table.conflicts)
    qtmodeltester.check(model, force_py=True)
