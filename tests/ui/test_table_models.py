"""The lazy table models on real databases: counts, pages, SQL sorting, in-place updates."""

from __future__ import annotations

import dataclasses
import gc
import sys

import pytest
from bench.generate_db import generate
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QTableView

from claimdesk.core.enums import Status
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.inputs import ClaimInput
from claimdesk.core.project import Project
from claimdesk.core.services.claim_list import ClaimQuery, ClaimSort
from claimdesk.ui.table_models import (
    MAX_CACHED_PAGES,
    PAGE_SIZE,
    ArticleTableModel,
    ClaimTableModel,
    SourceTableModel,
)
from claimdesk.ui.workspace import Workspace


def loaded(qtbot, model, rows: int) -> None:
    model.start()
    qtbot.waitUntil(lambda: model.rowCount() == rows, timeout=10_000)
    if rows:
        model.row_at(0)
        qtbot.waitUntil(lambda: model.cached_row(0) is not None, timeout=10_000)


def column(model, key: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.key == key)


def texts(model, key: str) -> list[str]:
    col = column(model, key)
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


@pytest.mark.parametrize("make", [ClaimTableModel, SourceTableModel, ArticleTableModel])
def test_models_pass_the_qt_model_tester(qtbot, qtmodeltester, demo_workspace, make):
    model = make(demo_workspace)
    loaded(qtbot, model, {ClaimTableModel: 17, SourceTableModel: 9, ArticleTableModel: 1}[make])
    qtmodeltester.check(model, force_py=True)


def test_review_queue_model_passes_and_lists_unjudged_oldest_first(
    qtbot, qtmodeltester, demo_workspace
):
    demo_workspace.project.reviews.set_status([1], Status.FALSE, "Contradicted.")
    model = ClaimTableModel(demo_workspace, ClaimQuery.review_queue())
    loaded(qtbot, model, 16)
    qtmodeltester.check(model, force_py=True)
    assert [model.id_at(row) for row in range(16)] == list(range(2, 18))


def test_claims_show_their_fields(qtbot, demo_workspace):
    model = ClaimTableModel(demo_workspace)
    loaded(qtbot, model, 17)
    row = model.row_of(5)
    assert model.data(model.index(row, column(model, "claimant"))) == "Kyrylo Budanov"
    assert (
        model.data(model.index(row, column(model, "quantity")))
        == "about 11,000 North Korean soldiers"
    )
    assert model.data(model.index(row, column(model, "claimed_on"))) == "June 2025"
    assert model.data(model.index(row, column(model, "status"))) == "In progress"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.UserRole) == 5


def test_sorting_happens_in_sql(qtbot, demo_workspace):
    model = ClaimTableModel(demo_workspace)
    loaded(qtbot, model, 17)
    model.sort(column(model, "claimant"), Qt.SortOrder.DescendingOrder)
    assert model.query.sort is ClaimSort.CLAIMANT and model.query.descending
    qtbot.waitUntil(lambda: model.row_at(0) is not None and model.id_at(0) == 9, timeout=5000)
    model.sort(column(model, "tags"))  # not sortable: nothing happens
    assert model.query.sort is ClaimSort.CLAIMANT


def test_filtering_by_text_and_status(qtbot, demo_workspace):
    model = ClaimTableModel(demo_workspace)
    loaded(qtbot, model, 17)
    model.set_query(model.query.with_filter(search="koksan guns"))
    loaded(qtbot, model, 1)
    assert model.id_at(0) == 4
    model.set_query(ClaimQuery(ClaimFilter(statuses=frozenset({Status.IN_PROGRESS}))))
    loaded(qtbot, model, 2)


def test_an_edit_patches_the_row_in_place(qtbot, demo_workspace):
    model = ClaimTableModel(demo_workspace)
    loaded(qtbot, model, 17)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    record = demo_workspace.project.claims.get(5)
    saved = demo_workspace.project.claims.update(
        5,
        dataclasses.replace(ClaimInput.of(record), statement="About 12,000 soldiers."),
        record.version,
    )
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        demo_workspace.bus.publish(saved.changes)
    assert model.cached_row(model.row_of(5)).statement == "About 12,000 soldiers."
    assert resets == []


def test_a_new_claim_changes_the_count(qtbot, demo_workspace):
    model = ClaimTableModel(demo_workspace)
    loaded(qtbot, model, 17)
    saved = demo_workspace.project.claims.create(ClaimInput("A new claim"))
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        demo_workspace.bus.publish(saved.changes)
    assert model.rowCount() == 18 and model.id_at(0) == saved.id


@pytest.fixture
def big_workspace(qtbot, tmp_path):
    path = tmp_path / "big.sqlite3"
    generate(str(path), claims=3_000, articles=50, sources=100)
    opened = Workspace(Project.open(path, actor="analyst"))
    yield opened
    opened.close()


def test_pages_are_read_on_demand_and_the_cache_is_bounded(qtbot, big_workspace):
    model = ClaimTableModel(big_workspace)
    loaded(qtbot, model, 3_000)
    assert model.cached_row(2_999) is None  # nothing read beyond what was looked at
    for row in range(0, 3_000, PAGE_SIZE):
        model.row_at(row)
    qtbot.waitUntil(lambda: model.cached_row(2_999) is not None, timeout=10_000)
    assert model.id_at(2_999) == 1  # newest first: the oldest claim is last
    assert len(model._pages) <= MAX_CACHED_PAGES


def test_scrolling_a_view_does_not_leak_references_to_none(qtbot, big_workspace):
    """PySide6 6.12.0 on Python 3.11 lost a reference to None each time a Python model
    returned None; after enough scrolling the interpreter aborted."""
    model = ClaimTableModel(big_workspace)
    view = QTableView()
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    qtbot.addWidget(view)
    loaded(qtbot, model, 3_000)
    # Objects left by earlier tests may be freed mid-measurement and drop their references to
    # None; collect them first and keep the collector still while counting.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        bar = view.verticalScrollBar()
        for _ in range(3):
            for value in range(0, bar.maximum(), max(1, bar.maximum() // 60)):
                bar.setValue(value)
                view.viewport().repaint()
                qtbot.wait(1)
        calls = 0
        for row in range(0, 300):
            for col in range(model.columnCount()):
                assert model.data(model.index(row, col), Qt.ItemDataRole.DecorationRole) is None
                calls += 1
        # With the 6.12 fault every one of these calls would have cost a reference.
        assert sys.getrefcount(None) >= before - calls // 100
    finally:
        gc.enable()


def test_qt_finds_fonts(qapp):
    assert QFontDatabase.families(), "no fonts: text would render as boxes and PDFs carry no text"
