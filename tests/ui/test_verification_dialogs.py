"""The verification dialogs on real widgets and real databases: set status, link an excerpt,
resolve an edit conflict, connect to a team server."""

from __future__ import annotations

import dataclasses
import socket
import time

import pytest
import sqlalchemy
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy.engine import make_url

from claimdesk.core import migrate
from claimdesk.core.enums import CitationRole, Qualifier, Status
from claimdesk.core.errors import ConflictError
from claimdesk.core.inputs import ArticleInput, ClaimInput
from claimdesk.core.quantities import Quantity
from claimdesk.ui.detail_views import ClaimDetailView
from claimdesk.ui.dialogs.conflict_dialog import ConflictDialog
from claimdesk.ui.dialogs.link_article_dialog import LinkArticleDialog
from claimdesk.ui.dialogs.server_dialog import ServerDialog
from claimdesk.ui.dialogs.status_dialog import StatusDialog, StatusRequest
from claimdesk.ui.workers import JobRunner


def save(dialog: QDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def status_dialog(qtbot, workspace, claim_ids: list[int]) -> StatusDialog:
    claims = [workspace.project.claims.get(claim_id) for claim_id in claim_ids]
    dialog = StatusDialog(None, workspace, claims)
    qtbot.addWidget(dialog)
    dialog.set_submit(
        lambda request: workspace.project.reviews.set_status(
            request.claim_ids, request.status, request.rationale, request.evidence
        )
    )
    dialog.show()
    return dialog


# StatusDialog


def test_status_dialog_suggests_the_next_step_and_flags_the_rationale(qtbot, demo_workspace):
    unverified = status_dialog(qtbot, demo_workspace, [1])
    assert unverified.selected_status() is Status.IN_PROGRESS
    assert "required" not in unverified.rationale_caption.text()

    checking = status_dialog(qtbot, demo_workspace, [5])
    assert "About 11,000 North Korean soldiers" in checking.summary.text()
    assert checking.selected_status() is Status.VERIFIED
    assert "required" in checking.rationale_caption.text()
    assert "verdict" in checking.rationale_hint.text()
    checking.set_status(Status.IN_PROGRESS)
    assert "required" not in checking.rationale_caption.text()
    assert "verdict" not in checking.rationale_hint.text()


def test_verdict_without_rationale_stays_open(qtbot, demo_workspace):
    dialog = status_dialog(qtbot, demo_workspace, [5])
    submitted = []
    dialog.set_submit(submitted.append)
    dialog.set_status(Status.VERIFIED)
    dialog.rationale_edit.setPlainText("   \n ")
    save(dialog)
    assert dialog.isVisible()
    assert "rationale" in dialog.error_text("rationale")
    assert submitted == []  # caught by the dialog itself, before any service call
    assert demo_workspace.project.claims.get(5).status is Status.IN_PROGRESS
    assert len(demo_workspace.project.reviews.history(5)) == 1


def test_verdict_with_rationale_and_evidence_is_stored(qtbot, demo_workspace):
    dialog = status_dialog(qtbot, demo_workspace, [5])
    assert dialog.citation_list.count() == 1
    dialog.set_status(Status.VERIFIED)
    dialog.rationale_edit.setPlainText("Matches the South Korean estimate.")
    dialog.check_citation(5)
    dialog.url_edit.setPlainText(
        "https://example.org/nis-briefing\n\n  https://example.org/nis-briefing"
    )
    save(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value == StatusRequest(
        (5,),
        Status.VERIFIED,
        "Matches the South Korean estimate.",
        dialog.result_value.evidence,
    )
    claim = demo_workspace.project.claims.get(5)
    assert claim.status is Status.VERIFIED
    review = claim.latest_review
    assert review.rationale == "Matches the South Korean estimate."
    assert {(item.citation_id, item.url) for item in review.evidence} == {
        (5, None),
        (None, "https://example.org/nis-briefing"),
    }


def test_cited_evidence_reads_as_article_and_excerpt_in_the_claim_view(qtbot, demo_workspace):
    dialog = status_dialog(qtbot, demo_workspace, [5])
    dialog.set_status(Status.VERIFIED)
    dialog.rationale_edit.setPlainText("Matches the South Korean estimate.")
    dialog.check_citation(5)
    save(dialog)
    view = ClaimDetailView(demo_workspace)
    qtbot.addWidget(view)
    view.show_id(5)
    qtbot.waitUntil(lambda: view.record is not None)
    text = " ".join(view.toPlainText().split())
    citation = demo_workspace.project.claims.get(5).citations[0]
    assert f"Evidence: {citation.article.title}: “{' '.join(citation.excerpt.split())}”" in text
    assert "citation #" not in text
    # The context around the excerpt is cut between words: every word shown is a word of the
    # article around the excerpt.
    around = f"{citation.context_before}{citation.excerpt}{citation.context_after}".split()
    quote = text[text.index("Citations") : text.index("Review history")]
    shown = quote.split("…")[1].split()
    assert len(shown) > len(citation.excerpt.split())
    assert all(word in around for word in shown), [w for w in shown if w not in around]


def test_bulk_status_makes_one_review_per_claim(qtbot, demo_workspace):
    dialog = status_dialog(qtbot, demo_workspace, [1, 2, 3])
    assert "3 claims" in dialog.summary.text()
    assert dialog.citation_list.count() == 3
    assert dialog.citation_list.item(1).text().startswith("Claim 2: ")
    dialog.set_status(Status.IN_PROGRESS)
    for citation_id in (1, 2, 3):
        dialog.check_citation(citation_id)
    save(dialog)

    assert not dialog.isVisible()
    for claim_id in (1, 2, 3):
        claim = demo_workspace.project.claims.get(claim_id)
        assert claim.status is Status.IN_PROGRESS
        assert len(claim.reviews) == 1
        # Each review carries the citation of its own claim only.
        assert [item.citation_id for item in claim.reviews[0].evidence] == [claim_id]


def test_bad_web_address_is_reported_under_evidence_by_line(qtbot, demo_workspace):
    dialog = status_dialog(qtbot, demo_workspace, [1])
    dialog.set_status(Status.IN_PROGRESS)
    dialog.check_citation(1)
    dialog.url_edit.setPlainText("https://example.org/fine\nftp://x")
    save(dialog)

    assert dialog.isVisible()
    error = dialog.error_text("evidence")
    assert "line 2" in error and "ftp://x" in error
    assert dialog.general_error.isHidden()
    assert demo_workspace.project.claims.get(1).status is Status.UNVERIFIED
    assert demo_workspace.project.reviews.history(1) == []


def test_status_dialog_keys_save_and_cancel(qtbot, demo_workspace):
    dialog = status_dialog(qtbot, demo_workspace, [1])
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # Ctrl+Return is a window shortcut
    qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert demo_workspace.project.claims.get(1).status is Status.IN_PROGRESS

    other = status_dialog(qtbot, demo_workspace, [2])
    qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert other.result() == QDialog.DialogCode.Rejected
    assert demo_workspace.project.claims.get(2).status is Status.UNVERIFIED


# LinkArticleDialog


def link_dialog(qtbot, workspace, claim_id: int, article_id: int | None = None):
    dialog = LinkArticleDialog(None, workspace, claim_id, article_id)
    qtbot.addWidget(dialog)
    dialog.set_submit(workspace.project.citations.link)
    dialog.show()
    return dialog


def test_link_excerpt_selected_by_offsets(qtbot, demo_workspace):
    text = demo_workspace.project.articles.get(1).text
    dialog = link_dialog(qtbot, demo_workspace, 1, article_id=1)
    assert dialog.article_list.currentItem().data(Qt.ItemDataRole.UserRole) == 1
    dialog.select_excerpt(1316, 1411)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(CitationRole.SUPPORTS))

    data = dialog.collect()
    assert (data.claim_id, data.article_id, data.start, data.end) == (1, 1, 1316, 1411)
    assert data.excerpt == text[1316:1411]
    assert data.role is CitationRole.SUPPORTS
    assert "1316–1411" in dialog.offsets_label.text()
    assert dialog.excerpt_view.toPlainText() == data.excerpt
    save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    citations = demo_workspace.project.claims.get(1).citations
    assert [(c.start, c.end, c.role) for c in citations][-1] == (1316, 1411, CitationRole.SUPPORTS)


def test_link_excerpt_selected_with_a_cursor_across_lines(qtbot, demo_workspace):
    text = demo_workspace.project.articles.get(1).text
    dialog = link_dialog(qtbot, demo_workspace, 2, article_id=1)
    start = text.index("Pjöngjang") - 60
    end = text.index("\n", start) + 20
    cursor = dialog.text_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    dialog.text_view.setTextCursor(cursor)

    data = dialog.collect()
    assert (data.start, data.end) == (start, end)
    assert "\n" in data.excerpt and "\u2029" not in data.excerpt
    assert data.excerpt == text[start:end]
    demo_workspace.project.citations.link(data)


@pytest.mark.tampers  # stores "\r\n" behind the services, as an older file holds it
def test_offsets_stay_right_after_emoji_and_windows_line_breaks(qtbot, workspace):
    project = workspace.project
    text = "Intro 😀🎉 first line\r\nZweite Zeile: etwa 11.000 Soldaten 🚀, sagt er.\nEnde"
    article_id = project.articles.create(ArticleInput(title="Emoji report", text=text)).id
    # The services now store "\n" for "\r\n"; a file written before may still hold "\r\n".
    with project.database.engine.begin() as connection:
        connection.execute(
            sqlalchemy.text("UPDATE articles SET text = :text WHERE id = :id"),
            {"text": text, "id": article_id},
        )
    claim_id = project.claims.create(ClaimInput(statement="About 11,000 soldiers")).id
    dialog = link_dialog(qtbot, workspace, claim_id)
    dialog.choose_article(article_id)

    # As the analyst would: the document's own search yields UTF-16 positions.
    found = dialog.text_view.document().find("11.000 Soldaten")
    assert found.selectionStart() != text.index("11.000")  # the emoji shift the positions
    dialog.text_view.setTextCursor(found)
    data = dialog.collect()
    assert data.excerpt == "11.000 Soldaten"
    assert text[data.start : data.end] == data.excerpt

    span = QTextCursor(dialog.text_view.document())
    span.setPosition(dialog.text_view.document().find("first").selectionStart())
    span.setPosition(
        dialog.text_view.document().find("🚀").selectionEnd(), QTextCursor.MoveMode.KeepAnchor
    )
    dialog.text_view.setTextCursor(span)
    data = dialog.collect()
    assert data.excerpt.startswith("first line\r\nZweite") and data.excerpt.endswith("🚀")
    assert text[data.start : data.end] == data.excerpt

    python_start = text.index("Zweite")
    dialog.select_excerpt(python_start, python_start + len("Zweite Zeile"))
    assert dialog.text_view.textCursor().selectedText() == "Zweite Zeile"

    save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (citation,) = project.claims.get(claim_id).citations
    assert (citation.start, citation.excerpt) == (python_start, "Zweite Zeile")


def test_link_without_article_or_selection_stays_open(qtbot, demo_workspace):
    dialog = link_dialog(qtbot, demo_workspace, 1)
    save(dialog)
    assert dialog.isVisible()
    assert dialog.error_text("article_id")

    dialog.choose_article(1)
    save(dialog)
    assert dialog.isVisible()
    assert not dialog.error_text("article_id")
    assert "excerpt" in dialog.error_text("excerpt")
    assert len(demo_workspace.project.claims.get(1).citations) == 1


def test_article_search_filters_the_list_and_keeps_the_choice(qtbot, workspace):
    project = workspace.project
    kept = project.articles.create(ArticleInput(title="Kursk deployment", text="Text one")).id
    project.articles.create(ArticleInput(title="Drone factory", text="Text two"))
    claim_id = project.claims.create(ClaimInput(statement="Something")).id
    dialog = link_dialog(qtbot, workspace, claim_id)
    assert dialog.article_list.count() == 2

    qtbot.keyClicks(dialog.search_edit, "drone")
    qtbot.waitUntil(lambda: dialog.article_list.count() == 1)
    assert dialog.article_list.item(0).text().startswith("Drone factory")

    dialog.search_edit.clear()
    dialog.reload_articles()
    dialog.choose_article(kept)
    dialog.search_edit.setText("drone")
    dialog.reload_articles()
    titles = [dialog.article_list.item(i).text() for i in range(dialog.article_list.count())]
    assert titles[0].startswith("Kursk deployment") and len(titles) == 2
    assert dialog.text_view.toPlainText() == "Text one"


# ConflictDialog


@pytest.fixture
def conflict(demo_workspace):
    """Claim 5 changed by a colleague (statement, quantity) after the analyst opened it."""
    project = demo_workspace.project
    stale = project.claims.get(5)
    theirs_input = dataclasses.replace(
        ClaimInput.of(stale),
        statement="About 12,000 North Korean soldiers are in the Kursk region.",
        quantity=Quantity(12_000, unit="North Korean soldiers", qualifier=Qualifier.ABOUT),
    )
    project.claims.update(5, theirs_input, stale.version)
    mine = dataclasses.replace(
        ClaimInput.of(stale),
        statement="11,000 North Korean soldiers are said to be in Kursk.",
        claimed_on="2025-06",  # typed text, the same month as stored
    )
    with pytest.raises(ConflictError):
        project.claims.update(5, mine, stale.version)
    return mine, project.claims.get(5)


def conflict_dialog(qtbot, mine, theirs) -> ConflictDialog:
    dialog = ConflictDialog(None, mine, theirs, {theirs.claimant.id: theirs.claimant.name})
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_conflict_lists_only_the_fields_that_differ(qtbot, conflict):
    mine, theirs = conflict
    dialog = conflict_dialog(qtbot, mine, theirs)
    assert dialog.differing_labels() == ["Statement", "Quantity"]
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows[0] == ["Statement", mine.statement, theirs.statement]
    assert rows[1][0] == "Quantity"
    assert "11" in rows[1][1] and "12" in rows[1][2]
    assert "Claimant" in dialog.same_label.text() and "Claimed on" in dialog.same_label.text()
    assert "analyst" in dialog.intro_label.text()


def test_conflict_reload_theirs(qtbot, conflict):
    dialog = conflict_dialog(qtbot, *conflict)
    dialog.reload_button.click()
    assert dialog.choice() == "reload"
    assert not dialog.isVisible()


def test_conflict_keep_mine_asks_first(qtbot, demo_workspace, conflict):
    mine, theirs = conflict
    dialog = conflict_dialog(qtbot, mine, theirs)
    asked = []
    dialog.confirm = lambda: asked.append("no") and False
    dialog.keep_button.click()
    assert asked == ["no"]
    assert dialog.isVisible()
    assert dialog.choice() is None

    dialog.confirm = lambda: True
    dialog.keep_button.click()
    assert dialog.choice() == "keep_mine"
    demo_workspace.project.claims.update(5, mine, theirs.version)
    assert demo_workspace.project.claims.get(5).statement == mine.statement


def test_conflict_escape_goes_back_to_editing(qtbot, conflict):
    dialog = conflict_dialog(qtbot, *conflict)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.choice() is None


# ServerDialog


def server_dialog(qtbot, url: str | None = None) -> ServerDialog:
    dialog = ServerDialog(None, url)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_server_urls_quote_the_password_and_display_none(qtbot):
    dialog = server_dialog(qtbot)
    assert dialog.port_edit.text() == "5432"
    dialog.host_edit.setText("db.example.org")
    dialog.port_edit.setText("6543")
    dialog.database_edit.setText("team")
    dialog.user_edit.setText("ana")
    dialog.password_edit.setText("p@ss:w/rd%")
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("require"))

    assert dialog.url() == (
        "postgresql+psycopg://ana:p%40ss%3Aw%2Frd%25@db.example.org:6543/team?sslmode=require"
    )
    assert make_url(dialog.url()).password == "p@ss:w/rd%"
    display = dialog.display_url()
    assert display == "postgresql+psycopg://ana@db.example.org:6543/team?sslmode=require"

    again = server_dialog(qtbot, display)
    assert again.display_url() == display
    assert again.password_edit.text() == ""


def test_server_dialog_requires_host_database_and_a_port(qtbot):
    dialog = server_dialog(qtbot)
    dialog.database_edit.setText("team")
    save(dialog)
    assert dialog.isVisible()
    assert dialog.error_text("host")
    assert not dialog.error_text("database")

    dialog.host_edit.setText("db.example.org")
    for bad in ("0", "70000", "http"):
        dialog.port_edit.setText(bad)
        save(dialog)
        assert dialog.isVisible() and dialog.error_text("port"), bad

    dialog.port_edit.setText("5433")
    save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value == dialog.url()


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_connection_test_reports_a_closed_port_without_blocking(qtbot):
    dialog = server_dialog(qtbot)
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_edit.setText(str(unused_port()))
    dialog.database_edit.setText("team")
    dialog.password_edit.setText("secret-word")
    dialog.test_button.click()

    # Back in the event loop before any answer: the work runs on another thread.
    assert dialog.test_result.text() == "Connecting…"
    assert not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: "cannot connect" in dialog.test_result.text(), timeout=15_000)
    message = dialog.test_result.text()
    assert "\n" not in message and "secret-word" not in message
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled())


@pytest.mark.postgresql
def test_connection_test_reports_the_schema_revision(qtbot, postgres):
    dialog = server_dialog(qtbot, postgres.create_database())
    assert dialog.host_edit.text() == "127.0.0.1"
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.is_testing(), timeout=15_000)
    assert dialog.test_result.text() == f"Connected: schema {migrate.head_revision()}, up to date"


@pytest.mark.postgresql
def test_connection_test_on_an_empty_server_database_changes_nothing(qtbot, postgres):
    url = postgres.create_database(migrated=False)
    dialog = server_dialog(qtbot, url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.is_testing(), timeout=15_000)
    assert "an empty database" in dialog.test_result.text()
    engine = sqlalchemy.create_engine(url)
    try:
        assert sqlalchemy.inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_closing_during_a_connection_test_neither_waits_nor_crashes(qtbot):
    # A server that accepts the connection and then never answers: libpq waits its timeout.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        dialog = server_dialog(qtbot)
        dialog.host_edit.setText("127.0.0.1")
        dialog.port_edit.setText(str(silent.getsockname()[1]))
        dialog.database_edit.setText("team")
        dialog.test_button.click()
        assert dialog.is_testing()
        qtbot.wait(300)  # past the job's first step: now inside libpq, where cancel cannot reach

        started = time.monotonic()
        dialog.reject()
        assert time.monotonic() - started < 1
        assert not dialog.isVisible() and not dialog.is_testing()
        # The abandoned test finishes on its own thread and its runner cleans itself up.
        app = QCoreApplication.instance()
        qtbot.waitUntil(lambda: not app.findChildren(JobRunner), timeout=15_000)
        assert time.monotonic() - started > 3  # it really was stuck in libpq's connect
        assert dialog.test_result.text() == "Connecting…"
