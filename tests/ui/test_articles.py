"""Articles in the window: capture, the reading view, claims from excerpts, re-capture."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from claimdesk.core.enums import AnchorState, Qualifier
from claimdesk.ui.dialogs.article_import_dialog import ArticleImportDialog
from claimdesk.ui.dialogs.claim_dialog import ClaimDialog
from claimdesk.ui.dialogs.claim_picker_dialog import ClaimPickerDialog
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.project_view import Section
from claimdesk.ui.settings import Settings

from ..core.web_pages import REPORT_BODY, Route, news_page, serving
from .test_main_window import on_modal

TITLE = "Tausende Soldaten in Kursk"


@pytest.fixture
def web():
    with serving() as server:
        yield server


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set_allow_private_addresses(True)  # the test server listens on 127.0.0.1
    made = MainWindow(settings)
    qtbot.addWidget(made)
    made.show()
    made.open_target(str(tmp_path / "articles.sqlite3"))
    qtbot.waitUntil(lambda: made.workspace is not None, timeout=15_000)
    yield made
    made.close()


def capture_through_the_dialog(qtbot, window, url: str) -> None:
    def run(dialog: ArticleImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.capture is not None and not dialog.is_busy(), timeout=15_000)
        assert dialog.title.text() == TITLE
        assert dialog.publisher.text() == "Beispiel-Nachrichten"
        assert dialog.published.text() == "2025-06-10"
        dialog.accept()

    on_modal(ArticleImportDialog, run)
    window.data_actions.import_article(url)


def reader_of(qtbot, window):
    reader = window.view.article_detail
    qtbot.waitUntil(lambda: reader.record is not None, timeout=10_000)
    return reader


def test_capture_an_address_and_read_it(qtbot, window, web):
    url = web.page("/kursk", news_page(TITLE, REPORT_BODY))
    capture_through_the_dialog(qtbot, window, url)
    assert window.view.section is Section.ARTICLES
    reader = reader_of(qtbot, window)
    assert reader.record.title == TITLE and reader.record.url == url
    assert "11.000 nordkoreanische Soldaten" in reader.text.toPlainText()
    qtbot.waitUntil(lambda: reader.suggestion_list.count() == 2, timeout=5000)
    phrases = [s.phrase for s in reader.suggestions]
    assert any("11.000" in p for p in phrases) and any("120" in p for p in phrases)


def test_new_claim_from_a_selection_cites_it_and_shows_the_highlight(qtbot, window, web):
    url = web.page("/kursk", news_page(TITLE, REPORT_BODY))
    capture_through_the_dialog(qtbot, window, url)
    reader = reader_of(qtbot, window)
    text = reader.record.text
    excerpt = "etwa 11.000 nordkoreanische Soldaten in der russischen Region Kursk"
    start = text.index(excerpt)
    reader.select(start - 1, start + len(excerpt))  # a sloppy mouse: the space before too
    assert reader.new_claim_button.isEnabled()
    seen = {}

    def fill(dialog: ClaimDialog) -> None:
        seen["quote"] = dialog.quote.toPlainText()
        seen["language"] = dialog.quote_language.currentText()
        seen["quantity"] = dialog.quantity.value()
        dialog.statement.setPlainText("About 11,000 North Korean soldiers are in Kursk.")
        dialog.accept()

    on_modal(ClaimDialog, fill)
    reader.new_claim_button.click()
    assert seen["quote"] == excerpt and seen["language"] == "de"
    assert seen["quantity"].value == 11000 and seen["quantity"].qualifier is Qualifier.ABOUT
    project = window.workspace.project
    claim = project.claims.get(1)
    assert claim.citations[0].excerpt == excerpt
    assert text[claim.citations[0].start : claim.citations[0].end] == excerpt
    assert claim.hops[-1].article.id == reader.record.id
    qtbot.waitUntil(lambda: len(reader.text.extraSelections()) == 1, timeout=5000)
    assert reader.highlight_at(start + 5).claim_id == 1
    assert reader.highlight_at(start - 5) is None
    assert window.view.section is Section.ARTICLES  # the analyst stays in the article
    reader.claim_activated.emit(1)  # what clicking the highlight does
    assert window.view.section is Section.CLAIMS
    page = window.view.pages[Section.CLAIMS]
    qtbot.waitUntil(lambda: page.selected_ids() == [1], timeout=5000)


def test_link_a_selection_to_an_existing_claim(qtbot, window, web):
    from claimdesk.core.inputs import ClaimInput

    project = window.workspace.project
    project.claims.create(ClaimInput("Russia received about 120 Koksan guns."))
    capture_through_the_dialog(qtbot, window, web.page("/kursk", news_page(TITLE, REPORT_BODY)))
    reader = reader_of(qtbot, window)
    excerpt = "rund 120 Geschütze des Typs M1989 Koksan"
    start = reader.record.text.index(excerpt)
    reader.select(start, start + len(excerpt))

    def pick(dialog: ClaimPickerDialog) -> None:
        dialog.search.setText("Koksan")
        dialog.refresh()
        dialog.choose(1)
        dialog.accept()

    on_modal(ClaimPickerDialog, pick)
    reader.link_button.click()
    assert [c.excerpt for c in project.claims.get(1).citations] == [excerpt]
    qtbot.waitUntil(lambda: len(reader.text.extraSelections()) == 1, timeout=5000)


def test_recapturing_a_changed_page_shows_moved_and_orphaned_excerpts(qtbot, window, web):
    from claimdesk.core.inputs import CitationInput, ClaimInput

    url = web.page("/kursk", news_page(TITLE, REPORT_BODY))
    capture_through_the_dialog(qtbot, window, url)
    project = window.workspace.project
    reader = reader_of(qtbot, window)
    claim = project.claims.create(ClaimInput("Kursk troops")).id
    article = reader.record.id
    project.citations.link(CitationInput(claim, article, "etwa 11.000 nordkoreanische Soldaten"))
    project.citations.link(CitationInput(claim, article, "rund 120 Geschütze"))
    changed = (
        "Am Abend meldete das Ministerium in Kiew neue Zahlen zur Lage.\n\n"
        + REPORT_BODY.replace("rund 120 Geschütze", "Geschütze")
    )
    web.routes["/kursk"] = Route(body=news_page(TITLE, changed).encode("utf-8"))

    def run(dialog: ArticleImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.capture is not None and not dialog.is_busy(), timeout=15_000)
        dialog.accept()

    on_modal(ArticleImportDialog, run)
    window.data_actions.import_article(url)
    qtbot.waitUntil(lambda: "neue Zahlen zur Lage" in reader.text.toPlainText(), timeout=10_000)
    states = {h.anchor_state for h in reader.highlights}
    assert states == {AnchorState.MOVED, AnchorState.ORPHANED}
    assert "no longer found" in reader.header.text()
    assert "changed after it was first captured" in reader.header.text()
    assert len(reader.text.extraSelections()) == 1  # the orphan is listed, not painted
    window.workspace.undo_stack.undo()  # back to the first version
    qtbot.waitUntil(lambda: "neue Zahlen zur Lage" not in reader.text.toPlainText(), timeout=10_000)
    # Both excerpts are found again in the restored text; none stays orphaned.
    assert AnchorState.ORPHANED not in {h.anchor_state for h in reader.highlights}
    assert len(reader.text.extraSelections()) == 2


def test_a_suggestion_opens_the_claim_form_prefilled(qtbot, window, web):
    capture_through_the_dialog(qtbot, window, web.page("/kursk", news_page(TITLE, REPORT_BODY)))
    reader = reader_of(qtbot, window)
    qtbot.waitUntil(lambda: reader.suggestion_list.count() == 2, timeout=5000)
    seen = {}

    def look(dialog: ClaimDialog) -> None:
        seen["quote"] = dialog.quote.toPlainText()
        seen["quantity"] = dialog.quantity.value()
        dialog.reject()

    on_modal(ClaimDialog, look)
    item = reader.suggestion_list.item(1)
    where = reader.suggestion_list.visualItemRect(item).center()
    qtbot.mouseClick(reader.suggestion_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert "rund 120" in seen["quote"] and seen["quantity"].value == 120
    assert "rund 120" in reader.text.textCursor().selectedText()
    # With the keys: moving shows the sentence, Enter opens the form.
    seen.clear()
    on_modal(ClaimDialog, look)
    reader.suggestion_list.setFocus()
    reader.suggestion_list.setCurrentRow(0)
    assert not seen and "11.000" in reader.text.textCursor().selectedText()
    qtbot.keyClick(reader.suggestion_list, Qt.Key.Key_Return)
    assert "11.000" in seen["quote"] and seen["quantity"].value == 11000


def test_a_page_that_cannot_be_captured_says_why_and_saves_nothing(qtbot, window, web):
    web.routes["/file.pdf"] = Route(headers={"Content-Type": "application/pdf"}, body=b"%PDF-1.7")
    seen = {}

    def run(dialog: ArticleImportDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=15_000)
        seen["error"] = dialog.error_text("source")
        seen["save"] = dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
        dialog.reject()

    on_modal(ArticleImportDialog, run)
    window.data_actions.import_article(web.url("/file.pdf"))
    assert "is not a web page" in seen["error"] and seen["save"] is False
    assert window.workspace.project.project.info().counts["articles"] == 0


def test_dropping_a_saved_page_captures_it(qtbot, window, tmp_path):
    page = tmp_path / "kursk.html"
    page.write_text(news_page(TITLE, REPORT_BODY), encoding="utf-8")
    seen = {}

    def run(dialog: ArticleImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.capture is not None, timeout=15_000)
        seen["title"] = dialog.title.text()
        dialog.accept()

    on_modal(ArticleImportDialog, run)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(page))])
    window.dropEvent(
        QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert seen["title"] == TITLE
    assert window.workspace.project.project.info().counts["articles"] == 1


def test_dropping_a_text_file_on_the_window_captures_it(qtbot, window, tmp_path):
    from ..core.test_plain_text import GERMAN

    path = tmp_path / "bruecke.txt"
    path.write_text(GERMAN, encoding="utf-8")
    seen = {}

    def run(dialog: ArticleImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.capture is not None, timeout=15_000)
        seen["title"] = dialog.title.text()
        seen["dropped"] = dialog.dropped_box.isVisible()
        dialog.accept()

    on_modal(ArticleImportDialog, run)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(
        QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert seen == {
        "title": "Brücke über den Mühlbach kostet fast eine Million Euro",
        "dropped": True,
    }
    project = window.workspace.project
    assert project.project.info().counts["articles"] == 1


def test_private_addresses_wait_for_the_preference(qtbot, window, web):
    from claimdesk.ui.dialogs.preferences_dialog import PreferencesDialog

    window.settings.set_allow_private_addresses(False)
    url = web.page("/kursk", news_page(TITLE, REPORT_BODY))
    seen = {}

    def refused(dialog: ArticleImportDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=15_000)
        seen["error"] = dialog.error_text("source")
        dialog.reject()

    on_modal(ArticleImportDialog, refused)
    window.data_actions.import_article(url)
    assert "private, loopback or link-local" in seen["error"]
    assert web.requests == []

    def allow(dialog: PreferencesDialog) -> None:
        seen["checked"] = dialog.allow_private.isChecked()
        dialog.allow_private.setChecked(True)
        dialog.accept()

    on_modal(PreferencesDialog, allow)
    window.edit_preferences()
    assert seen["checked"] is False and window.settings.allow_private_addresses()
    capture_through_the_dialog(qtbot, window, url)
    assert window.workspace.project.project.info().counts["articles"] == 1
