"""The whole window driven like an analyst drives it: real widgets, real SQLite files."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from claimdesk.core.demo import create_demo
from claimdesk.core.enums import Status
from claimdesk.core.inputs import ClaimInput
from claimdesk.core.project import Project
from claimdesk.ui.dialogs.claim_dialog import ClaimDialog
from claimdesk.ui.dialogs.conflict_dialog import ConflictDialog
from claimdesk.ui.dialogs.link_article_dialog import LinkArticleDialog
from claimdesk.ui.dialogs.status_dialog import StatusDialog
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.project_view import Section
from claimdesk.ui.settings import Settings


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, settings):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMDESK_USER", "analyst")
    made = MainWindow(settings)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()


def open_demo(qtbot, window: MainWindow) -> None:
    window.open_demo()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    claims = window.view.pages[Section.CLAIMS].model
    qtbot.waitUntil(
        lambda: claims.rowCount() == 17 and claims.row_of(1) is not None, timeout=10_000
    )


def claims_model(window: MainWindow):
    return window.view.pages[Section.CLAIMS].model


def select(qtbot, window: MainWindow, claim_id: int, section: Section = Section.CLAIMS) -> None:
    window.view.show_section(section)
    page = window.view.pages[section]
    page.select_id(claim_id)
    qtbot.waitUntil(lambda: page.selected_ids() == [claim_id], timeout=5000)


def on_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> list[QWidget]:
    """Run ``act`` on the next modal dialog of this kind once it is showing."""
    seen: list[QWidget] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget not in seen:
            seen.append(widget)
            try:
                act(widget)
            finally:
                close_if_open(widget)
        elif not seen:
            QTimer.singleShot(20, poll)

    def close_if_open(widget: QWidget) -> None:
        # A dialog the action left open (it failed, or raised) must not hang the test; the
        # test's own assertions then show what did not happen.
        if widget.isVisible():
            widget.reject()

    QTimer.singleShot(0, poll)
    return seen


def test_first_start_shows_the_welcome_page_and_opens_the_demo(qtbot, window, settings):
    assert window.stack.currentWidget() is window.welcome
    assert not window.edit_menu.isEnabled()
    qtbot.mouseClick(window.welcome.findChild(QWidget, "welcome_demo"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    qtbot.waitUntil(lambda: claims_model(window).rowCount() == 17, timeout=10_000)
    assert "demo.sqlite3" in window.windowTitle()
    assert settings.recent_projects()[0].endswith("demo.sqlite3")
    assert window.edit_menu.isEnabled()


def test_type_a_claim_save_it_see_it_then_undo_and_redo(qtbot, window):
    open_demo(qtbot, window)

    def fill(dialog: ClaimDialog) -> None:
        dialog.statement.setPlainText("About 3,000 more North Korean soldiers arrived in Kursk.")
        dialog.quote_language.setCurrentText("de")
        qtbot.keyClicks(dialog.quantity.edit, "etwa 3.000 Soldaten")
        qtbot.keyClicks(dialog.claimed_on.edit, "2025-06")
        dialog.accept()

    seen = on_modal(ClaimDialog, fill)
    window.data_actions.new_claim.trigger()
    assert seen and not seen[0].isVisible()
    model = claims_model(window)
    qtbot.waitUntil(lambda: model.rowCount() == 18 and model.id_at(0) == 18, timeout=10_000)
    assert model.cached_row(0).quantity.value == 3000
    page = window.view.pages[Section.CLAIMS]
    qtbot.waitUntil(lambda: page.selected_ids() == [18], timeout=5000)
    qtbot.waitUntil(lambda: window.view.claim_detail.current_id == 18, timeout=5000)

    stack = window.workspace.undo_stack
    assert stack.undoText() == "New claim"
    stack.undo()
    qtbot.waitUntil(lambda: model.rowCount() == 17, timeout=5000)
    stack.redo()
    qtbot.waitUntil(lambda: model.rowCount() == 18 and model.id_at(0) == 18, timeout=5000)
    assert window.workspace.project.claims.get(18).statement.startswith("About 3,000")


def test_bad_input_is_shown_at_its_field_and_the_form_stays_open(qtbot, window):
    open_demo(qtbot, window)
    states: dict[str, object] = {}

    def fill(dialog: ClaimDialog) -> None:
        qtbot.keyClicks(dialog.claimed_on.edit, "2025-02-30")
        qtbot.keyClicks(dialog.quantity.edit, "etwa 11.000")
        dialog.accept()
        states["visible"] = dialog.isVisible()
        states["statement"] = dialog.error_text("statement")
        states["claimed_on"] = dialog.error_text("claimed_on")
        states["quantity_text"] = dialog.quantity.text()
        dialog.reject()

    on_modal(ClaimDialog, fill)
    window.data_actions.new_claim.trigger()
    assert states["visible"] is True
    assert states["statement"] == "must not be empty"
    assert "not a date that exists" in states["claimed_on"]
    assert states["quantity_text"] == "etwa 11.000"  # the input survives
    assert window.workspace.project.project.info().counts["claims"] == 17


def test_link_an_excerpt_then_verify_with_a_rationale_and_undo(qtbot, window):
    open_demo(qtbot, window)
    project = window.workspace.project
    article = project.articles.get(1)
    excerpt = "weitere Lieferungen hält er für wahrscheinlich"
    start = article.text.index(excerpt)
    select(qtbot, window, 4)

    def link(dialog: LinkArticleDialog) -> None:
        dialog.choose_article(1)
        dialog.select_excerpt(start, start + len(excerpt))
        dialog.accept()

    on_modal(LinkArticleDialog, link)
    window.data_actions.link_article.trigger()
    citations = project.claims.get(4).citations
    assert [c.excerpt for c in citations][-1] == excerpt
    assert article.text[citations[-1].start : citations[-1].end] == excerpt

    def verify(dialog: StatusDialog) -> None:
        dialog.set_status(Status.VERIFIED)
        dialog.rationale_edit.setPlainText("Matches the count of visually confirmed guns.")
        dialog.check_citation(citations[-1].id)
        dialog.accept()

    on_modal(StatusDialog, verify)
    window.data_actions.set_status.trigger()
    claim = project.claims.get(4)
    assert claim.status is Status.VERIFIED
    assert claim.latest_review.rationale.startswith("Matches")
    assert claim.latest_review.evidence[0].citation_id == citations[-1].id
    model = claims_model(window)
    status_column = next(i for i, c in enumerate(model.columns) if c.key == "status")
    qtbot.waitUntil(
        lambda: model.data(model.index(model.row_of(4), status_column)) == "Verified", timeout=5000
    )

    stack = window.workspace.undo_stack
    assert stack.undoText() == "Set status"
    stack.undo()
    assert project.claims.get(4).status is Status.IN_PROGRESS
    stack.redo()
    assert project.claims.get(4).status is Status.VERIFIED


def test_a_conflicting_save_shows_both_versions_and_keeps_mine_after_confirmation(qtbot, window):
    open_demo(qtbot, window)
    location = window.workspace.location
    select(qtbot, window, 5)

    def edit(dialog: ClaimDialog) -> None:
        with Project.open(location, actor="ben") as ben:  # a colleague saves first
            record = ben.claims.get(5)
            ben.claims.update(
                5,
                dataclasses.replace(ClaimInput.of(record), statement="Ben's wording"),
                record.version,
            )

        def keep_mine(conflict: ConflictDialog) -> None:
            assert "Statement" in conflict.differing_labels()
            conflict.confirm = lambda: True
            conflict.keep_button.click()

        on_modal(ConflictDialog, keep_mine)
        dialog.statement.setPlainText("Anna's wording")
        dialog.accept()

    on_modal(ClaimDialog, edit)
    window.data_actions.edit.trigger()
    project = window.workspace.project
    assert project.claims.get(5).statement == "Anna's wording"
    trail = project.project.audit_trail("claims", 5)
    assert [e.after.get("statement") for e in trail if e.after and "statement" in e.after][-2:] == [
        "Ben's wording",
        "Anna's wording",
    ]
    window.workspace.undo_stack.undo()  # undo goes back to Ben's version, not to the stale one
    assert project.claims.get(5).statement == "Ben's wording"


def test_a_conflict_can_be_resolved_by_reloading_theirs(qtbot, window):
    open_demo(qtbot, window)
    location = window.workspace.location
    select(qtbot, window, 5)
    reopened: list[str] = []

    def edit(dialog: ClaimDialog) -> None:
        with Project.open(location, actor="ben") as ben:
            record = ben.claims.get(5)
            ben.claims.update(
                5,
                dataclasses.replace(ClaimInput.of(record), statement="Ben's wording"),
                record.version,
            )
        on_modal(ConflictDialog, lambda conflict: conflict.reload_button.click())
        dialog.statement.setPlainText("Anna's wording")
        dialog.accept()

        def second(fresh: ClaimDialog) -> None:
            reopened.append(fresh.statement.toPlainText())
            fresh.reject()

        QTimer.singleShot(50, lambda: on_modal(ClaimDialog, second))

    on_modal(ClaimDialog, edit)
    window.data_actions.edit.trigger()
    qtbot.waitUntil(lambda: reopened == ["Ben's wording"], timeout=10_000)
    assert window.workspace.project.claims.get(5).statement == "Ben's wording"


def test_delete_and_undo_and_undo_survives_switching_views(qtbot, window):
    open_demo(qtbot, window)
    select(qtbot, window, 1)
    window.data_actions.delete.trigger()
    model = claims_model(window)
    qtbot.waitUntil(lambda: model.rowCount() == 16, timeout=5000)
    window.view.show_section(Section.SOURCES)
    window.view.show_section(Section.ARTICLES)
    stack = window.workspace.undo_stack
    assert stack.undoText() == "Delete claim"
    stack.undo()
    window.view.show_section(Section.CLAIMS)
    qtbot.waitUntil(lambda: model.rowCount() == 17, timeout=5000)


def test_an_undo_that_conflicts_is_reported_and_clears_the_history(qtbot, window):
    open_demo(qtbot, window)
    select(qtbot, window, 5)

    def edit(dialog: ClaimDialog) -> None:
        dialog.statement.setPlainText("Mine")
        dialog.accept()

    on_modal(ClaimDialog, edit)
    window.data_actions.edit.trigger()
    with Project.open(window.workspace.location, actor="ben") as ben:
        record = ben.claims.get(5)
        ben.claims.update(
            5, dataclasses.replace(ClaimInput.of(record), statement="Ben"), record.version
        )
    failures = []
    window.workspace.command_failed.disconnect()
    window.workspace.command_failed.connect(
        lambda action, message: failures.append((action, message))
    )
    window.workspace.undo_stack.undo()
    assert failures and "changed by someone else" in failures[0][1]
    qtbot.waitUntil(lambda: window.workspace.undo_stack.count() == 0, timeout=5000)
    assert window.workspace.project.claims.get(5).statement == "Ben"  # nothing overwritten


def test_review_queue_lists_unjudged_claims_oldest_first(qtbot, window):
    open_demo(qtbot, window)
    window.workspace.project.reviews.set_status([2], Status.FALSE, "Contradicted.")
    window.view.show_section(Section.REVIEW)
    model = window.view.pages[Section.REVIEW].model
    qtbot.waitUntil(lambda: model.rowCount() == 16 and model.row_at(0) is not None, timeout=5000)
    assert [model.id_at(row) for row in range(16)] == [1, *range(3, 18)]


def test_dropping_a_database_file_opens_it(qtbot, window, tmp_path):
    path = tmp_path / "dropped.sqlite3"
    with Project.open(path) as project:
        create_demo(project)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    assert window.workspace.location == str(path)


def test_opening_something_that_is_not_a_database_says_so(qtbot, window, tmp_path, monkeypatch):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    messages = []
    monkeypatch.setattr(window, "_open_failed", lambda target, message: messages.append(message))
    window.opener.failed.disconnect()
    window.opener.failed.connect(window._open_failed)
    window.open_target(str(notes))
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "not an SQLite database" in messages[0]
    assert window.workspace is None and notes.read_text() == "not a database"


def test_backup_runs_off_the_ui_thread_with_progress(qtbot, window, tmp_path):
    open_demo(qtbot, window)
    destination = tmp_path / "copy.sqlite3"
    window.start_backup(destination)
    assert window.job_status.isVisible()
    qtbot.waitUntil(lambda: destination.exists() and not window.workspace.jobs.busy, timeout=15_000)
    with sqlite3.connect(destination) as copy:
        assert copy.execute("SELECT count(*) FROM claims").fetchone()[0] == 17
    copy.close()
    qtbot.waitUntil(lambda: not window.job_status.isVisible(), timeout=5000)


def test_hidden_columns_are_remembered(qtbot, window, settings):
    open_demo(qtbot, window)
    header = window.view.pages[Section.CLAIMS].view.horizontalHeader()
    quantity = next(i for i, c in enumerate(claims_model(window).columns) if c.key == "quantity")
    assert not header.isSectionHidden(quantity)
    window.view.pages[Section.CLAIMS]._show_column(quantity, False)
    window.close_project()
    open_demo(qtbot, window)
    header = window.view.pages[Section.CLAIMS].view.horizontalHeader()
    assert header.isSectionHidden(quantity)


def test_a_recent_server_asks_for_its_password_again(qtbot, window, settings):
    from claimdesk.ui.dialogs.server_dialog import ServerDialog

    settings.add_recent("postgresql+psycopg://desk:secret@db.example:5433/claims")
    stored = settings.recent_projects()[0]
    assert "secret" not in stored
    seen: dict[str, str] = {}

    def look(dialog: ServerDialog) -> None:
        seen["host"] = dialog.host_edit.text()
        seen["password"] = dialog.password_edit.text()
        dialog.reject()

    on_modal(ServerDialog, look)
    window.open_recent(stored)
    assert seen == {"host": "db.example", "password": ""}
    assert window.workspace is None


@pytest.mark.parametrize("size", [(1366, 768), (1600, 1000)])
def test_the_status_column_shows_whole_at_common_screen_sizes(qtbot, window, size):
    open_demo(qtbot, window)
    window.resize(*size)
    page = window.view.pages[Section.CLAIMS]
    header = page.view.horizontalHeader()
    status = next(i for i, spec in enumerate(page.model.columns) if spec.key == "status")

    def status_inside() -> None:
        assert window.size().width() == size[0]
        assert not header.isSectionHidden(status)
        right = header.sectionViewportPosition(status) + header.sectionSize(status)
        assert header.sectionViewportPosition(status) >= 0
        assert right <= page.view.viewport().width()

    qtbot.waitUntil(status_inside, timeout=5000)
    statement = next(i for i, spec in enumerate(page.model.columns) if spec.key == "statement")
    assert header.sectionSize(statement) > header.sectionSize(status)
