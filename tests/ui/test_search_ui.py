"""The search box, the filter dialog and saved views in the real window parts (offscreen)."""

from __future__ import annotations

import re
import threading
import time

import pytest
from bench.generate_db import content_words, generate
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from claimdesk.core.errors import Cancelled
from claimdesk.core.jobs import CancelToken
from claimdesk.core.project import Project
from claimdesk.core.services.claim_list import ClaimSort
from claimdesk.ui import messages
from claimdesk.ui.dialogs.claim_filter_dialog import ClaimFilterDialog
from claimdesk.ui.project_view import ProjectView, Section
from claimdesk.ui.settings import Settings
from claimdesk.ui.table_models import PAGE_SIZE
from claimdesk.ui.workspace import Workspace

from .test_main_window import on_modal


@pytest.fixture
def view(qtbot, demo_workspace, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    made = ProjectView(demo_workspace, settings)
    qtbot.addWidget(made)
    made.resize(1200, 700)
    made.show()
    page = made.pages[Section.CLAIMS]
    page.model.start()
    qtbot.waitUntil(lambda: page.model.rowCount() == 17 and not page.model.loading, timeout=10_000)
    return made


def shown_ids(page) -> list[int]:
    return [page.model.id_at(row) for row in range(page.model.rowCount())]


def settle(qtbot, page, rows: int) -> None:
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() == rows
            and not page.model.loading
            and all(page.model.cached_row(r) for r in range(rows))
        ),
        timeout=10_000,
    )


def test_typing_searches_best_match_first_after_a_pause(qtbot, view):
    page = view.pages[Section.CLAIMS]
    QTest.keyClicks(page.search, "Koksan guns")
    assert page.model.query.filter.search == ""  # debounced: nothing ran per keystroke
    settle(qtbot, page, 1)
    assert page.model.query.sort is ClaimSort.RELEVANCE and shown_ids(page) == [4]
    page.search.clear()
    page.search.setText("Pjöngjang")  # keyClicks cannot type ö offscreen
    qtbot.waitUntil(lambda: page.model.query.filter.search == "Pjöngjang", timeout=5000)
    settle(qtbot, page, 0)  # only the demo's article spells it so, no claim does
    page.article_text.click()
    settle(qtbot, page, 7)  # all seven are cited in that article
    core = view.workspace.project.claim_list.ids(page.model.query)
    assert shown_ids(page) == core and page.model.query.sort is ClaimSort.RELEVANCE


def test_article_text_is_searched_only_with_the_toggle_which_is_remembered(
    qtbot, view, demo_workspace, tmp_path
):
    page = view.pages[Section.CLAIMS]
    assert not page.article_text.isChecked()
    page.search.setText("Koksan")
    qtbot.waitUntil(lambda: page.model.query.filter.search == "Koksan", timeout=5000)
    settle(qtbot, page, 1)
    assert shown_ids(page) == [4]  # the one claim that mentions Koksan itself
    assert page.count_label.text() == "1 row"

    page.article_text.click()
    settle(qtbot, page, 7)  # every claim cited in the article that mentions it
    assert page.count_label.text() == "7 rows"
    assert shown_ids(page)[0] == 4
    assert page.filters_button.text() == "&Filters…"  # where to look is not a filter

    again = ProjectView(
        demo_workspace, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(again)
    later = again.pages[Section.CLAIMS]
    assert later.article_text.isChecked() and later.model.query.filter.in_article_text


def test_a_search_that_cannot_run_says_why_and_keeps_the_rows(qtbot, view):
    page = view.pages[Section.CLAIMS]
    QTest.keyClicks(page.search, "-Wagner")
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=5000)
    assert "only excludes" in page.message.text()
    assert page.model.rowCount() == 17
    QTest.keyClicks(page.search, " Kursk")
    qtbot.waitUntil(lambda: not page.message.isVisible(), timeout=5000)


def test_the_filter_dialog_narrows_and_counts_filters(qtbot, view):
    page = view.pages[Section.CLAIMS]

    def without_quantity(dialog: ClaimFilterDialog) -> None:
        dialog.rows.quantity.setCurrentIndex(dialog.rows.quantity.findData(False))
        dialog.rows.tags.set_tags(["submarines", "missiles"])  # any of them
        dialog.accept()

    on_modal(ClaimFilterDialog, without_quantity)
    page.edit_filters()
    settle(qtbot, page, 2)
    assert shown_ids(page) == [7, 2]
    assert page.filters_button.text().replace("&", "") == "Filters (2)…"


def test_a_saved_view_lists_with_its_count_applies_and_undoes(qtbot, view, monkeypatch):
    page = view.pages[Section.CLAIMS]
    workspace = view.workspace
    page.article_text.click()  # all seven are cited in the article that mentions Koksan
    QTest.keyClicks(page.search, "Koksan")
    qtbot.waitUntil(lambda: page.model.query.filter.search == "Koksan", timeout=5000)
    settle(qtbot, page, 7)
    page.view.horizontalHeader().setSectionHidden(0, True)
    columns = page.shown_columns()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Koksan desk", True))
    page.save_view_button.click()
    views = view.saved_views
    qtbot.waitUntil(lambda: views.count() == 1, timeout=5000)
    assert views.item(0).text() == "Koksan desk  (7)"
    [saved] = workspace.project.saved_views.list()
    assert saved.query == page.model.query and saved.columns == tuple(columns)

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.query.filter.search == "", timeout=5000)
    settle(qtbot, page, 17)
    page.status.setCurrentIndex(page.status.findData(page.status.itemData(1)))  # unverified
    qtbot.waitUntil(lambda: page.model.rowCount() < 17 and not page.model.loading, timeout=5000)
    page.article_text.click()
    views._clicked(views.item(0))
    settle(qtbot, page, 7)
    assert page.search.text() == "Koksan" and page.model.query == saved.query
    assert page.article_text.isChecked()

    # Saving again under the same name asks, then redefines; Undo brings the old one back.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.search.setText("Koksan guns")
    qtbot.waitUntil(lambda: page.model.query.filter.search == "Koksan guns", timeout=5000)
    page.save_view_button.click()
    qtbot.waitUntil(lambda: views.count() == 1 and "(1)" in views.item(0).text(), timeout=5000)
    workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: "(7)" in views.item(0).text(), timeout=5000)

    views.delete_requested.emit(views.current_view() or workspace.project.saved_views.list()[0])
    qtbot.waitUntil(lambda: views.count() == 0, timeout=5000)
    workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: views.count() == 1, timeout=5000)
    assert views.item(0).text() == "Koksan desk  (7)"


def test_counts_follow_claim_changes(qtbot, view):
    workspace = view.workspace
    workspace.project.saved_views.create("All", view.pages[Section.CLAIMS].model.query)
    view.saved_views.reload()
    qtbot.waitUntil(lambda: view.saved_views.count() == 1, timeout=5000)
    assert view.saved_views.item(0).text() == "All  (17)"
    workspace.bus.publish(workspace.project.claims.delete([1]))
    qtbot.waitUntil(lambda: view.saved_views.item(0).text() == "All  (16)", timeout=5000)


def test_cancelling_a_read_stops_the_statement_on_the_reader_thread(qtbot, demo_workspace):
    reader, database = demo_workspace.reader, demo_workspace.project.database
    slow = (
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 500000000) "
        "SELECT count(*) FROM n"
    )
    running = threading.Event()
    outcome: list[object] = []

    def count_forever(token: CancelToken) -> int:
        from sqlalchemy import text

        with database.read(token) as session:
            running.set()
            return session.scalar(text(slow))

    token = CancelToken()
    ticket = reader.submit(lambda: count_forever(token), outcome.append, outcome.append, token)
    assert running.wait(5)
    started = time.perf_counter()
    reader.cancel(ticket)
    arrived: list[int] = []
    reader.submit(lambda: 42, arrived.append)
    qtbot.waitUntil(lambda: arrived == [42], timeout=5000)
    assert time.perf_counter() - started < 2 and token.cancelled
    assert outcome == []  # a cancelled read delivers nothing
    with pytest.raises(Cancelled):
        token.raise_if_cancelled()


def test_an_estimated_count_reads_about_until_the_exact_count_arrives(qtbot, tmp_path):
    # A common word, also searched in article text: the first page shows at once, then an
    # estimate ("about …"), then the exact count, all read on the reader thread.
    path = tmp_path / "big.sqlite3"
    generate(str(path), claims=3_000, articles=50, sources=100)
    workspace = Workspace(Project.open(path, actor="analyst"))
    try:
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        made = ProjectView(workspace, settings)
        qtbot.addWidget(made)
        made.show()
        page = made.pages[Section.CLAIMS]
        page.model.start()
        qtbot.waitUntil(lambda: page.model.rowCount() == 3_000, timeout=10_000)
        seen: list[tuple[str, int]] = []
        page.model.count_estimated.connect(
            lambda _count: seen.append((page.count_label.text(), page.model.rowCount()))
        )
        page.article_text.click()
        word = content_words()[0]
        page.search.setText(word)
        qtbot.waitUntil(
            lambda: page.model.query.filter.search == word and not page.model.loading,
            timeout=10_000,
        )
        listing = workspace.project.claim_list
        estimate = listing.quick_count(page.model.query)
        exact = listing.count(page.model.query)
        assert estimate is not None and not estimate.exact and exact > PAGE_SIZE
        # While estimated: the first page's rows, and the estimate in round figures.
        assert seen == [(f"about {messages.roughly(estimate.value):,} rows", PAGE_SIZE)]
        assert re.fullmatch(r"about \d{1,3}(,\d00|00) rows", seen[0][0])
        assert page.count_label.text() == f"{exact:,} rows" and page.model.rowCount() == exact
    finally:
        workspace.close()
