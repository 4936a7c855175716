"""The trust trail in the window: a claim's History tab, View → History with its filters and
CSV export, and the warning banner when a project's audit trail does not hold. Real windows on
real SQLite files; changes are made through the dialogs, the commands and the services."""

from __future__ import annotations

import csv
import dataclasses
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from claimdesk.core.demo import create_demo
from claimdesk.core.enums import AuditAction, Status
from claimdesk.core.inputs import ClaimInput, SourceInput
from claimdesk.core.project import Project
from claimdesk.core.records import Changes, HistoryQuery
from claimdesk.ui import history_panel, table_models
from claimdesk.ui.dialogs.claim_dialog import ClaimDialog
from claimdesk.ui.dialogs.status_dialog import StatusDialog
from claimdesk.ui.history_model import HistoryTableModel
from claimdesk.ui.history_window import HistoryWindow
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.project_view import Section
from claimdesk.ui.trail_banner import TrailReportDialog

from .test_main_window import on_modal, open_demo, select, settings, window  # noqa: F401

STATEMENT = "About 11,000 North Korean soldiers are in Russia's Kursk region."


def history_tab(qtbot, window: MainWindow, claim_id: int):  # noqa: F811
    select(qtbot, window, claim_id)
    panel = window.view.history
    window.view.claim_panel.setCurrentWidget(panel)
    qtbot.waitUntil(
        lambda: panel.current_id == claim_id and bool(panel.cards_shown()), timeout=10_000
    )
    return panel


def open_history(qtbot, window: MainWindow) -> HistoryWindow:  # noqa: F811
    [entry] = [a for a in window.view_menu.actions() if a.text() == "&History…"]
    entry.trigger()
    [shown] = window.findChildren(HistoryWindow)
    qtbot.waitUntil(lambda: not shown.model.loading and shown.model.rowCount() > 0, timeout=10_000)
    return shown


def test_the_history_tab_shows_an_edit_and_a_verdict_with_its_rationale(qtbot, window):  # noqa: F811
    open_demo(qtbot, window)
    panel = history_tab(qtbot, window, 5)
    before = len(panel.records)
    assert panel.cards_shown()[0].title.text() == "Claim changed"  # the demo's own verdict

    longer = STATEMENT.replace("About 11,000", "About 12,000") + " " + "More are expected. " * 6

    def edit(dialog: ClaimDialog) -> None:
        dialog.statement.setPlainText(longer)
        dialog.accept()

    on_modal(ClaimDialog, edit)
    window.data_actions.edit.trigger()
    qtbot.waitUntil(lambda: len(panel.records) == before + 1, timeout=10_000)
    edited = panel.cards_shown()[0]
    assert edited.title.text() == "Claim changed"
    assert edited.about.text().startswith("analyst · ")
    [(label, value)] = edited.field_texts()
    assert label == "Statement"
    # Both sides elided to a line each; the tooltip holds the whole of both.
    old, new = value.split(" → ")
    assert old == STATEMENT and new.endswith("…") and len(new) == history_panel.VALUE_SHOWN
    [value_label] = [w for w in edited.findChildren(type(edited.title)) if w.text() == value]
    assert value_label.toolTip() == f"{STATEMENT} → {longer.strip()}"

    def verdict(dialog: StatusDialog) -> None:
        dialog.set_status(Status.FALSE)
        dialog.rationale_edit.setPlainText("Satellite imagery shows fewer than 3,000.")
        dialog.accept()

    on_modal(StatusDialog, verdict)
    window.data_actions.set_status.trigger()
    qtbot.waitUntil(lambda: len(panel.records) == before + 3, timeout=10_000)
    status, review = panel.cards_shown()[:2]
    assert status.title.text() == "Claim changed"
    assert status.field_texts() == [("Status", "In progress → False")]
    assert review.title.text() == "Review created"
    assert ("New status", "False") in review.field_texts()
    assert ("Previous status", "In progress") in review.field_texts()
    assert review.rationale is not None
    assert review.rationale.text() == "Satellite imagery shows fewer than 3,000."
    # Newest first, each event once.
    ids = [r.id for r in panel.records]
    assert ids == sorted(set(ids), reverse=True)


def test_the_history_tab_reads_further_pages_as_it_is_scrolled(
    qtbot,
    window,  # noqa: F811
    monkeypatch,
):
    monkeypatch.setattr(history_panel, "PAGE", 3)
    open_demo(qtbot, window)
    project = window.workspace.project
    for number in range(12):
        claim = project.claims.get(5)
        notes = f"Checked again ({number})."
        data = dataclasses.replace(ClaimInput.of(claim), notes=notes)
        saved = project.claims.update(5, data, claim.version)
        window.workspace.bus.publish(saved.changes)
    wanted = [r.id for r in project.history.page(HistoryQuery(claim_id=5), limit=1000)]
    assert len(wanted) > 15
    panel = history_tab(qtbot, window, 5)
    qtbot.waitUntil(lambda: not panel.loading, timeout=10_000)
    assert 3 <= len(panel.records) < len(wanted)  # a screenful, not everything
    bar = panel.scroll.verticalScrollBar()
    for _ in range(20):
        if len(panel.records) == len(wanted):
            break
        shown = len(panel.records)
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda shown=shown: len(panel.records) > shown, timeout=10_000)
    assert [r.id for r in panel.records] == wanted
    assert not panel.has_more


def test_the_history_tab_follows_the_claim_selected_and_reads_nothing_hidden(qtbot, window):  # noqa: F811
    open_demo(qtbot, window)
    panel = history_tab(qtbot, window, 5)
    select(qtbot, window, 3)
    qtbot.waitUntil(lambda: bool(panel.records) and panel.records[0].claim_id == 3, timeout=10_000)
    assert {r.claim_id for r in panel.records} == {3}
    window.view.claim_panel.setCurrentWidget(window.view.claim_panel.details)
    select(qtbot, window, 4)
    qtbot.wait(200)
    assert panel.current_id == 3  # hidden: not given the new claim
    window.view.claim_panel.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: bool(panel.records) and panel.records[0].claim_id == 4, timeout=10_000)


def test_view_history_lists_every_event_and_filters_by_user_and_kind(qtbot, window, tmp_path):  # noqa: F811
    open_demo(qtbot, window)
    location = window.workspace.location
    with Project.open(location, actor="mallory") as other:
        source = other.sources.create(SourceInput("Oryx", reliability="B"))
        other.sources.delete([source.id])
    window.workspace.bus.publish(Changes(sources=frozenset({source.id})))
    project = window.workspace.project
    history = open_history(qtbot, window)
    qtmodel = history.model
    qtbot.waitUntil(lambda: qtmodel.rowCount() == project.history.count(HistoryQuery()))
    headers = [qtmodel.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["When", "Who", "What", "Row", "Changes", "Rationale"]
    qtbot.waitUntil(lambda: qtmodel.cached_row(0) is not None, timeout=10_000)
    newest = [qtmodel.data(qtmodel.index(0, c)) for c in range(4)]
    assert newest[1:] == ["mallory", "Source deleted", f"Source {source.id}"]

    qtbot.waitUntil(lambda: history.user.findData("mallory") >= 0, timeout=10_000)
    history.user.setCurrentIndex(history.user.findData("mallory"))
    qtbot.waitUntil(lambda: not qtmodel.loading and qtmodel.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: qtmodel.cached_row(1) is not None, timeout=10_000)
    assert [qtmodel.cached_row(r).actor for r in range(2)] == ["mallory", "mallory"]

    history.user.setCurrentIndex(0)  # anyone
    history.kind.setCurrentIndex(history.kind.findData(AuditAction.DELETE.value))
    qtbot.waitUntil(lambda: qtmodel.query.actions == {AuditAction.DELETE}, timeout=10_000)
    deleted = project.history.count(HistoryQuery(actions=frozenset({AuditAction.DELETE})))
    qtbot.waitUntil(lambda: not qtmodel.loading and qtmodel.rowCount() == deleted)
    assert history.kind.currentText() == "Deleted"
    assert {qtmodel.cached_row(r).action for r in range(deleted)} == {AuditAction.DELETE}

    history.kind.setCurrentIndex(0)
    history.claim.setText("5")
    in_claim = project.history.count(HistoryQuery(claim_id=5))
    qtbot.waitUntil(lambda: not qtmodel.loading and qtmodel.rowCount() == in_claim, timeout=5000)
    history.since.edit.setText("2999")
    qtbot.waitUntil(lambda: not qtmodel.loading and qtmodel.rowCount() == 0, timeout=5000)


def test_double_clicking_a_claims_event_selects_that_claim(qtbot, window):  # noqa: F811
    open_demo(qtbot, window)
    history = open_history(qtbot, window)
    history.claim.setText("7")
    model = history.model
    qtbot.waitUntil(lambda: model.query.claim_id == 7 and not model.loading, timeout=5000)
    qtbot.waitUntil(lambda: model.cached_row(0) is not None, timeout=5000)
    view = history.page.view
    position = view.visualRect(model.index(0, 2)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    page = window.view.pages[Section.CLAIMS]
    qtbot.waitUntil(lambda: page.selected_ids() == [7], timeout=5000)


def test_the_history_model_passes_the_qt_model_tester(qtbot, qtmodeltester, demo_workspace):
    model = HistoryTableModel(demo_workspace)
    model.start()
    events = demo_workspace.project.history.count(HistoryQuery())
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == events, timeout=10_000)
    qtmodeltester.check(model, force_py=True)


def test_pages_deep_in_the_history_are_read_from_anchors(qtbot, demo_workspace, monkeypatch):
    monkeypatch.setattr(table_models, "PAGE_SIZE", 10)
    monkeypatch.setattr(table_models, "ANCHOR_SPACING", 10)
    everything = [r.id for r in demo_workspace.project.history.page(HistoryQuery(), limit=1000)]
    model = HistoryTableModel(demo_workspace)
    model.start()
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == len(everything))
    spaced = list(range(0, len(everything), 10))
    qtbot.waitUntil(lambda: [a.offset for a in model._anchors] == spaced, timeout=10_000)
    assert [a.id for a in model._anchors] == everything[::10]
    for row in (len(everything) - 1, 35):  # the last page, then one in the middle
        model.data(model.index(row, 0))
        qtbot.waitUntil(lambda row=row: model.cached_row(row) is not None, timeout=10_000)
        first = row - row % 10
        page = [model.cached_row(r).id for r in range(first, min(first + 10, len(everything)))]
        assert page == everything[first : first + 10]


def test_export_csv_writes_the_filtered_events_in_the_background(qtbot, window, tmp_path):  # noqa: F811
    open_demo(qtbot, window)
    history = open_history(qtbot, window)
    history.claim.setText("5")
    history.apply_filters()
    target = tmp_path / "claim-5.csv"
    running = history.start_export(target)
    assert running is not None and not history.export_button.isEnabled()
    with qtbot.waitSignal(running.finished, timeout=10_000) as done:
        pass
    events = window.workspace.project.history.count(HistoryQuery(claim_id=5))
    assert done.args == [events]
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {row["claim_id"] for row in rows} == {"5"}
    assert len({row["id"] for row in rows}) == events
    assert any(row["field"] == "rationale" or row["rationale"] for row in rows)
    qtbot.waitUntil(lambda: history.export_button.isEnabled(), timeout=5000)
    assert history.outcome.text() == f"Wrote {events} events to {target}"


# The banner -------------------------------------------------------------------------------


def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "tampered.sqlite3"
    with Project.open(path, actor="analyst") as project:
        create_demo(project)
    return path


def open_file(qtbot, window: MainWindow, path: Path) -> None:  # noqa: F811
    window.open_target(str(path))
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    banner = window.trail_banner
    qtbot.waitUntil(lambda: banner.report is not None, timeout=15_000)


@pytest.mark.tampers
@pytest.mark.parametrize(
    ("statement", "expected", "detail"),
    [
        (
            "UPDATE claims SET statement = 'Nothing happened.' WHERE id = 2",
            "One row was changed outside Claimdesk: it differs from what the audit trail records.",
            "Claim 2: Statement differs from the trail",
        ),
        (
            "UPDATE audit_events SET actor = 'mallory' WHERE seq = 12",
            "Audit chain broken at event 12",
            "its content was changed",
        ),
    ],
    ids=["row changed", "event changed"],
)
def test_a_project_changed_behind_claimdesks_back_shows_the_banner(
    qtbot,
    window,  # noqa: F811
    tmp_path,
    statement,
    expected,
    detail,
):
    path = demo_file(tmp_path)
    with sqlite3.connect(path) as raw:
        raw.execute(statement)
    raw.close()
    open_file(qtbot, window, path)
    banner = window.trail_banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert banner.label.text().startswith(expected)
    assert banner.y() < window.view.mapTo(window, window.view.rect().topLeft()).y()

    seen = on_modal(TrailReportDialog, lambda dialog: dialog.reject())
    banner.details_button.click()
    assert seen and detail in seen[0].lines.toPlainText()
    banner.close_button.click()
    assert not banner.isVisible()


def test_an_untampered_project_shows_no_banner_and_closing_forgets_it(qtbot, window, tmp_path):  # noqa: F811
    open_file(qtbot, window, demo_file(tmp_path))
    assert window.trail_banner.report.intact
    assert not window.trail_banner.isVisible()
    window.close_project()
    assert window.trail_banner.report is None and not window.trail_banner.checking


@pytest.mark.tampers
def test_closing_the_project_before_the_check_ends_cancels_it(qtbot, window, tmp_path):  # noqa: F811
    path = demo_file(tmp_path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE claims SET statement = 'Nothing happened.' WHERE id = 2")
    raw.close()
    window.open_target(str(path))
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    assert window.trail_banner.checking
    window.close_project()
    qtbot.wait(2000)  # past the check's start
    assert not window.trail_banner.isVisible() and window.trail_banner.report is None
