"""The claim, source and article forms and their widgets, driven through real widgets on real
databases: what the analyst types, what is shown back, what is saved, where problems appear."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from claimdesk.core.dates import PartialDate
from claimdesk.core.enums import (
    Credibility,
    DatePrecision,
    HopMode,
    Qualifier,
    Reliability,
    SourceKind,
)
from claimdesk.core.errors import ValidationError
from claimdesk.core.inputs import ArticleInput, ClaimInput, HopInput, SourceInput
from claimdesk.core.quantities import Quantity
from claimdesk.core.services.claim_list import ClaimQuery
from claimdesk.ui.commands import SOURCE, CreateCommand
from claimdesk.ui.dialogs.article_dialog import ArticleDialog
from claimdesk.ui.dialogs.claim_dialog import ClaimDialog
from claimdesk.ui.dialogs.source_dialog import SourceDialog
from claimdesk.ui.formatting import reliability_meaning
from claimdesk.ui.widgets.hop_editor import HopEditor, HopRowsError
from claimdesk.ui.widgets.partial_date_edit import PartialDateEdit
from claimdesk.ui.widgets.quantity_edit import QuantityEdit
from claimdesk.ui.widgets.source_picker import SOURCE_ROLE
from claimdesk.ui.widgets.tag_edit import TagEdit
from tests.ui.test_main_window import on_modal

JUNE_2025 = PartialDate(date(2025, 6, 1), DatePrecision.MONTH)


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Readings are checked as an analyst with an en_US desktop sees them."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def shown(qtbot, dialog):
    """Show the dialog as the active window, so that focus and shortcuts behave as on screen."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def save_anyway(box: QMessageBox) -> None:
    """The claim form's question before saving a likely duplicate: save all the same."""
    assert box.text().startswith("This looks like a duplicate of #")
    (save,) = [b for b in box.buttons() if b.text() == "Save anyway"]
    save.click()


def press_save(qtbot, dialog) -> None:
    target = QApplication.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def pick_completion(qtbot, picker, typed: str) -> None:
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, typed)
    popup = picker.completer.popup()
    # The names are read on the reader thread; suggestions follow as soon as they arrive.
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def claim_count(workspace) -> int:
    return workspace.project.claim_list.count(ClaimQuery())


def test_new_claim_is_saved_with_the_quantity_read_in_the_quote_language(qtbot, demo_workspace):
    project = demo_workspace.project
    saved = []
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    dialog.set_submit(lambda data: saved.append(project.claims.create(data)))
    assert dialog.windowTitle() == "New claim"

    qtbot.keyClicks(dialog.statement, "About 11,000 North Korean soldiers are in Kursk.")
    qtbot.keyClicks(dialog.quote_language.lineEdit(), "de")
    pick_completion(qtbot, dialog.claimant, "Kyr")
    assert dialog.claimant.edit.text() == "Kyrylo Budanov"
    qtbot.keyClicks(dialog.claimed_on.edit, "2025-06")
    assert dialog.claimed_on.reading.text() == "June 2025"
    qtbot.keyClicks(dialog.quantity.edit, "etwa 11.000 Soldaten")
    assert dialog.quantity.reading.text() == "about 11,000 · unit: Soldaten"
    assert dialog.quantity.unit_edit.text() == "Soldaten"
    asked = on_modal(QMessageBox, save_anyway)  # the demo's claim #5 says the same
    press_save(qtbot, dialog)
    assert len(asked) == 1

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    claim = project.claims.get(saved[0].id)
    assert claim.quantity == Quantity(11000.0, None, "Soldaten", Qualifier.ABOUT)
    assert claim.claimed_on == JUNE_2025
    assert claim.claimed_on.precision is DatePrecision.MONTH
    assert claim.claimant is not None and claim.claimant.id == 1
    assert claim.quote_language == "de"
    assert claim.credibility is Credibility.CANNOT_BE_JUDGED
    assert dialog.result_value.statement == claim.statement


@pytest.mark.parametrize("claim_id", range(1, 8))
def test_editing_a_demo_claim_without_changes_collects_what_is_stored(
    qtbot, demo_workspace, claim_id
):
    record = demo_workspace.project.claims.get(claim_id)
    dialog = ClaimDialog(None, demo_workspace, record, create_source=lambda _name: None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit claim"
    assert dialog.version == record.version
    assert dialog.collect() == ClaimInput.of(record)


def test_an_unchanged_quantity_survives_a_locale_that_reads_numbers_differently(
    qtbot, demo_workspace
):
    # Shown as "about 11,000 …" (en) while the quote language (de) reads "11,000" as eleven.
    record = demo_workspace.project.claims.get(5)
    dialog = ClaimDialog(None, demo_workspace, record)
    qtbot.addWidget(dialog)
    assert dialog.quantity.text() == "about 11,000 North Korean soldiers"
    assert dialog.quantity.language() == "de"
    assert dialog.collect().quantity == record.quantity
    dialog.quantity.edit.setText("about 12.000 North Korean soldiers")
    assert dialog.collect().quantity == Quantity(
        12000.0, None, "North Korean soldiers", Qualifier.ABOUT
    )


def test_an_empty_statement_is_shown_under_the_statement_and_keeps_the_input(qtbot, demo_workspace):
    project = demo_workspace.project
    before = claim_count(demo_workspace)
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    dialog.set_submit(project.claims.create)
    qtbot.keyClicks(dialog.claimed_on.edit, "2025-06")
    qtbot.keyClicks(dialog.quantity.edit, "about 120 guns")
    qtbot.keyClicks(dialog.tags, "artillery")
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("statement") == "must not be empty"
    assert dialog.error_text("claimed_on") == ""
    assert QApplication.focusWidget() is dialog.statement
    assert dialog.claimed_on.text() == "2025-06"
    assert dialog.quantity.text() == "about 120 guns"
    assert dialog.tags.tags() == ("artillery",)
    assert claim_count(demo_workspace) == before

    qtbot.keyClicks(dialog.statement, "Russia has received about 120 Koksan guns.")
    asked = on_modal(QMessageBox, save_anyway)  # the demo's claim #4 says the same
    press_save(qtbot, dialog)
    assert len(asked) == 1
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert claim_count(demo_workspace) == before + 1


def test_a_date_that_does_not_exist_is_reported_under_claimed_on(qtbot, workspace):
    submitted = []
    dialog = shown(qtbot, ClaimDialog(None, workspace))
    dialog.set_submit(submitted.append)
    qtbot.keyClicks(dialog.statement, "Something was said.")
    qtbot.keyClicks(dialog.claimed_on.edit, "2025-02-30")
    assert dialog.claimed_on.reading.text() == "not a date"
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert "2025-02-30" in dialog.error_text("claimed_on")
    assert dialog.error_text("statement") == ""
    assert submitted == []
    assert QApplication.focusWidget() is dialog.claimed_on.edit


def test_every_local_problem_is_reported_at_once_under_its_field(qtbot, demo_workspace):
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    dialog.set_submit(demo_workspace.project.claims.create)
    qtbot.keyClicks(dialog.statement, "Something was said.")
    qtbot.keyClicks(dialog.claimed_on.edit, "2025-13")
    qtbot.keyClicks(dialog.as_of.edit, "soon")
    qtbot.keyClicks(dialog.quantity.edit, "lots of troops")
    assert dialog.quantity.reading.text() == "not a quantity"
    row = dialog.hop_editor.add_source_hop()
    row.picker.set_source(demo_workspace.project.sources.get(1).ref)
    qtbot.keyClicks(row.date.edit, "June")

    with pytest.raises(ValidationError) as raised:
        dialog.collect()
    assert set(raised.value.problems) == {"claimed_on", "as_of", "quantity", "hops.0.said_on"}

    press_save(qtbot, dialog)
    assert "2025-13" in dialog.error_text("claimed_on")
    assert "soon" in dialog.error_text("as_of")
    assert "lots of troops" in dialog.error_text("quantity")
    assert dialog.hop_editor.row_error(0).startswith("Date: “June”")
    assert dialog.error_text("hops") == ""
    assert not dialog.general_error.isVisible()

    dialog.claimed_on.edit.setText("2025-06")
    dialog.as_of.edit.clear()
    dialog.quantity.edit.clear()
    row.date.edit.setText("2025-06")
    press_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_error_goes_as_soon_as_its_field_reads(qtbot, demo_workspace):
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    dialog.set_submit(demo_workspace.project.claims.create)
    qtbot.keyClicks(dialog.claimed_on.edit, "2025-13")
    qtbot.keyClicks(dialog.as_of.edit, "soon")
    row = dialog.hop_editor.add_source_hop()
    qtbot.keyClicks(row.date.edit, "June")
    press_save(qtbot, dialog)
    assert "2025-13" in dialog.error_text("claimed_on")
    assert "soon" in dialog.error_text("as_of")
    assert dialog.error_text("statement") == "must not be empty"
    assert dialog.hop_editor.row_error(0).startswith("Date: “June”")

    qtbot.keyClicks(dialog.as_of.edit, "er")
    assert "“sooner”" in dialog.error_text("as_of")  # still not a date: said of the new text
    dialog.claimed_on.edit.setFocus()
    qtbot.keyClick(dialog.claimed_on.edit, Qt.Key.Key_Backspace)
    assert dialog.error_text("claimed_on") == ""  # "2025-1" reads
    qtbot.keyClicks(dialog.statement, "S")
    assert dialog.error_text("statement") == ""
    row.date.edit.setText("Jun")
    assert dialog.hop_editor.row_error(0).startswith("Date: “Jun”")
    row.date.edit.setText("2025-06")
    assert dialog.hop_editor.row_error(0) == ""
    assert dialog.isVisible()


def test_three_hops_show_without_scrolling_and_their_errors_push_rows_down(qtbot, demo_workspace):
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    editor = dialog.hop_editor
    rows = [editor.add_source_hop() for _ in range(3)]

    def all_in_view() -> None:
        assert editor.scroll.verticalScrollBar().maximum() == 0
        for row in rows:
            assert editor.scroll.viewport().rect().contains(row.geometry())

    qtbot.waitUntil(all_in_view)

    for row in rows:
        row.date.edit.setText("not a date at all")
    press_save(qtbot, dialog)

    def errors_inside_their_rows() -> None:
        for row, below in zip(rows, [*rows[1:], None], strict=True):
            assert row.error.isVisible()
            assert row.rect().contains(row.error.geometry())
            if below is not None:
                assert row.geometry().bottom() < below.geometry().top()

    qtbot.waitUntil(errors_inside_their_rows)


def test_the_cores_problem_with_the_claimant_is_shown_under_the_claimant(qtbot, demo_workspace):
    project = demo_workspace.project
    gone = project.sources.get(project.sources.create(SourceInput("Short-lived")).id).ref
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    dialog.set_submit(project.claims.create)
    qtbot.keyClicks(dialog.statement, "Something was said.")
    dialog.claimant.set_source(gone)
    project.sources.delete([gone.id])  # someone else removed it meanwhile
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.error_text("claimant_id") == f"unknown source {gone.id}"
    assert QApplication.focusWidget() is dialog.claimant.edit
    assert dialog.statement.toPlainText() == "Something was said."


def test_a_claimant_name_that_matches_no_source_stays_visibly_unresolved(qtbot, demo_workspace):
    submitted = []
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    dialog.set_submit(submitted.append)
    qtbot.keyClicks(dialog.statement, "Something was said.")
    dialog.claimant.edit.setFocus()
    qtbot.keyClicks(dialog.claimant.edit, "Nobody at all")
    assert not dialog.claimant.completer.popup().isVisible()
    qtbot.keyClick(dialog.claimant.edit, Qt.Key.Key_Tab)

    assert dialog.claimant.source_id() is None
    assert dialog.claimant.hint.isVisible()
    assert "Nobody at all" in dialog.claimant.hint.text()
    press_save(qtbot, dialog)
    assert submitted == []
    assert "Nobody at all" in dialog.error_text("claimant_id")

    # A full name typed in other case resolves without using the list.
    dialog.claimant.edit.setFocus()
    dialog.claimant.edit.selectAll()
    qtbot.keyClicks(dialog.claimant.edit, "the war zone")
    dialog.claimant.completer.popup().hide()
    qtbot.keyClick(dialog.claimant.edit, Qt.Key.Key_Tab)
    assert dialog.claimant.source_id() == 2
    assert not dialog.claimant.hint.isVisible()
    assert dialog.claimant.grade.text() == "B"


def visible_texts(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_part_of_one_sources_name_and_tab_picks_that_source(qtbot, demo_workspace):
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    dialog.claimant.edit.setFocus()
    qtbot.keyClicks(dialog.claimant.edit, "Budan")  # the surname, in part
    qtbot.waitUntil(dialog.claimant.completer.popup().isVisible, timeout=5000)
    qtbot.keyClick(dialog.claimant.completer.popup(), Qt.Key.Key_Tab)

    assert dialog.claimant.edit.text() == "Kyrylo Budanov"
    assert dialog.claimant.source_id() == 1
    assert not dialog.claimant.completer.popup().isVisible()
    assert not any("Budan" in text for text in visible_texts(dialog))

    # Text in more than one name ("o": Budanov, Zone, …) stays unresolved, and says so once.
    dialog.claimant.edit.setFocus()
    dialog.claimant.edit.selectAll()
    qtbot.keyClicks(dialog.claimant.edit, "o")
    qtbot.keyClick(dialog.claimant.completer.popup(), Qt.Key.Key_Tab)
    assert dialog.claimant.source_id() is None
    assert len([text for text in visible_texts(dialog) if "“o”" in text]) == 1


def test_an_unresolved_claimant_is_reported_once_on_save(qtbot, demo_workspace):
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    dialog.set_submit(lambda _value: None)
    qtbot.keyClicks(dialog.statement, "Something was said.")
    dialog.claimant.edit.setFocus()
    qtbot.keyClicks(dialog.claimant.edit, "Nobody at all")
    qtbot.keyClick(dialog.claimant.edit, Qt.Key.Key_Tab)
    assert len([text for text in visible_texts(dialog) if "Nobody at all" in text]) == 1
    press_save(qtbot, dialog)
    assert dialog.isVisible()
    assert len([text for text in visible_texts(dialog) if "Nobody at all" in text]) == 1
    assert "Nobody at all" in dialog.error_text("claimant_id")


def test_new_source_button_selects_the_source_the_owner_created(qtbot, demo_workspace):
    project = demo_workspace.project
    answers = []
    names: list[str] = []

    def create_source(name: str):  # stands in for the window: SourceDialog + command
        names.append(name)
        if not answers:
            answers.append(None)
            return None  # the analyst cancelled
        saved = project.sources.create(
            SourceInput(name, SourceKind.PERSON, reliability=Reliability.B)
        )
        return project.sources.get(saved.id).ref

    dialog = shown(qtbot, ClaimDialog(None, demo_workspace, create_source=create_source))
    picker = dialog.claimant
    picker.set_source(project.sources.get(2).ref)
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert picker.source_id() == 2

    picker.set_source(None)
    qtbot.keyClicks(picker.edit, "Oleksandr Syrskyi")
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert names == ["", "Oleksandr Syrskyi"]  # the typed name is offered to the new source
    created = project.sources.search("Syrskyi")[0]
    assert picker.source_id() == created.id
    assert picker.edit.text() == "Oleksandr Syrskyi"
    assert picker.grade.text() == "B"
    assert not picker.hint.isVisible()


def suggested(picker) -> list[str]:
    model = picker.completer.model()
    return [model.index(row, 0).data(SOURCE_ROLE).name for row in range(model.rowCount())]


def test_typing_in_the_source_picker_queries_no_database_on_the_ui_thread(qtbot, demo_workspace):
    project = demo_workspace.project
    for name in ("Österreichs Heer", "Verteidigungsministerium Österreich", "ÖBH-Sprecher"):
        project.sources.create(SourceInput(name, SourceKind.GOVERNMENT))
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    qtbot.waitUntil(lambda: demo_workspace.source_names.ready, timeout=5000)
    on_ui_thread: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.append(statement)

    engine = project.database.engine
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        dialog.claimant.edit.setFocus()
        dialog.claimant.edit.insert("Ö")  # as typed (QTest types ASCII only)
        qtbot.keyClicks(dialog.claimant.edit, "st")
        assert dialog.claimant.completer.popup().isVisible()
        # Any case, beyond ASCII; names that start with the text come first.
        assert suggested(dialog.claimant) == [
            "Österreichs Heer",
            "Verteidigungsministerium Österreich",
        ]
        dialog.claimant.edit.clear()
        qtbot.keyClicks(dialog.claimant.edit, "ZONE")
        assert suggested(dialog.claimant) == ["The War Zone"]
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    assert on_ui_thread == []


def test_the_picker_suggests_a_source_saved_since_it_opened(qtbot, demo_workspace):
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    names = demo_workspace.source_names
    qtbot.waitUntil(lambda: names.ready, timeout=5000)
    command = CreateCommand(demo_workspace, SOURCE, SourceInput("Oleksandr Syrskyi"))
    demo_workspace.push(command)  # the change bus tells the names to read again
    assert not names.ready
    dialog.claimant.edit.setFocus()
    qtbot.keyClicks(dialog.claimant.edit, "syrs")
    qtbot.waitUntil(lambda: suggested(dialog.claimant) == ["Oleksandr Syrskyi"], timeout=5000)
    assert dialog.claimant.completer.popup().isVisible()

    demo_workspace.undo_stack.undo()  # the source is deleted again
    qtbot.waitUntil(lambda: names.ready, timeout=5000)
    assert names.matching("syrs", 20) == []


def test_a_prefilled_claim_shows_names_for_the_ids_it_carries(qtbot, demo_workspace):
    prefill = ClaimInput(
        statement="Quoted from the article.",
        quote_language="de",
        claimant_id=1,
        claimed_on="2025-06",
        hops=(
            HopInput(source_id=2, said_on=JUNE_2025, mode=HopMode.VERBATIM),
            HopInput(article_id=1, said_on=PartialDate(date(2025, 6, 10))),
        ),
    )
    dialog = ClaimDialog(None, demo_workspace, prefill=prefill)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New claim"
    assert dialog.claimant.edit.text() == "Kyrylo Budanov"
    assert dialog.hop_editor.row(0).picker.edit.text() == "The War Zone"
    assert dialog.hop_editor.row(1).article.currentData() == 1
    collected = dialog.collect()
    assert collected.claimed_on == JUNE_2025
    assert collected.hops == prefill.hops
    assert collected.claimant_id == 1


def test_hop_editor_adds_moves_and_removes_rows_in_order(qtbot, demo_workspace):
    sources = demo_workspace.project.sources
    editor = HopEditor(demo_workspace)
    qtbot.addWidget(editor)
    assert editor.hops() == ()
    assert not editor.remove_button.isEnabled()

    first = editor.add_source_hop()
    first.picker.set_source(sources.get(1).ref)
    qtbot.keyClicks(first.date.edit, "2025-06")
    first.mode.setCurrentIndex(first.mode.findData(HopMode.VERBATIM))
    qtbot.keyClicks(first.description, "Interview")
    second = editor.add_article_hop()
    second.article.setCurrentIndex(second.article.findData(1))
    qtbot.keyClicks(second.date.edit, "10.06.2025")
    third = editor.add_source_hop()
    third.picker.set_source(sources.get(2).ref)
    assert editor.current_row() == 2

    qtbot.mouseClick(editor.move_up_button, Qt.MouseButton.LeftButton)
    assert [(hop.source_id, hop.article_id) for hop in editor.hops()] == [
        (1, None),
        (2, None),
        (None, 1),
    ]
    assert editor.row(1) is third and third.number.text() == "2."
    assert third.picker.accessibleName() == "Hop 2: source"
    assert editor.current_row() == 1

    editor.set_current_row(0)
    assert not editor.move_up_button.isEnabled() and editor.move_down_button.isEnabled()
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.hops() == (
        HopInput(source_id=2, said_on=None, mode=HopMode.PARAPHRASE),
        HopInput(article_id=1, said_on=PartialDate(date(2025, 6, 10)), mode=HopMode.PARAPHRASE),
    )
    assert editor.row(0).number.text() == "1."

    editor.set_current_row(1)
    qtbot.mouseClick(editor.move_down_button, Qt.MouseButton.LeftButton)  # already last
    assert editor.hops()[1].article_id == 1


def test_hop_editor_names_the_row_with_a_bad_date(qtbot, demo_workspace):
    editor = HopEditor(demo_workspace)
    qtbot.addWidget(editor)
    editor.add_source_hop().picker.set_source(demo_workspace.project.sources.get(1).ref)
    bad = editor.add_source_hop()
    bad.picker.set_source(demo_workspace.project.sources.get(2).ref)
    qtbot.keyClicks(bad.date.edit, "2025-02-30")
    with pytest.raises(HopRowsError, match="hop 2") as raised:
        editor.hops()
    assert list(raised.value.problems) == ["1.said_on"]


def test_a_hop_row_added_later_is_tabbed_through_in_place(qtbot, demo_workspace):
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    row = dialog.hop_editor.add_source_hop()
    assert QApplication.focusWidget() is row.picker.edit
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [row.mode, row.date.edit, row.description, dialog.claimed_on.edit]


def test_tab_order_follows_the_form(qtbot, demo_workspace):
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    assert QApplication.focusWidget() is dialog.statement
    expected = [dialog.quote, dialog.quote_language, dialog.claimant.edit]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
    dialog.as_of.edit.setFocus()
    for widget in (dialog.quantity.edit, dialog.quantity.unit_edit, dialog.credibility):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget


def test_every_input_of_the_claim_form_has_an_accessible_name(qtbot, demo_workspace):
    record = demo_workspace.project.claims.get(1)
    dialog = ClaimDialog(None, demo_workspace, record, create_source=lambda _name: None)
    qtbot.addWidget(dialog)
    inputs = [
        widget
        for kind in (QLineEdit, QPlainTextEdit, QComboBox)
        for widget in dialog.findChildren(kind)
        if not isinstance(widget.parent(), QComboBox)  # a combo's own line edit
    ]
    assert len(inputs) > 20
    assert [w for w in inputs if not w.accessibleName()] == []


def test_escape_cancels_and_enter_saves(qtbot, workspace):
    submitted = []
    dialog = shown(qtbot, ClaimDialog(None, workspace))
    dialog.set_submit(submitted.append)
    qtbot.keyClicks(dialog.statement, "Something was said.")
    qtbot.keyClick(dialog.statement, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert submitted == []

    dialog = shown(qtbot, ClaimDialog(None, workspace))
    dialog.set_submit(submitted.append)
    qtbot.keyClicks(dialog.statement, "Something was said.")
    dialog.tags.setFocus()
    qtbot.keyClick(dialog.tags, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [data.statement for data in submitted] == ["Something was said."]


def test_the_quote_language_decides_how_the_quantity_is_read(qtbot, demo_workspace):
    dialog = ClaimDialog(None, demo_workspace)
    qtbot.addWidget(dialog)
    dialog.quantity.edit.setText("11.000 Soldaten")
    dialog.quote_language.setEditText("en")
    assert dialog.quantity.value().value == 11.0
    dialog.quote_language.setEditText("de")
    assert dialog.quantity.value() == Quantity(11000.0, None, "Soldaten")
    assert dialog.quantity.reading.text() == "exactly 11,000 · unit: Soldaten"


def test_quantity_unit_can_be_overridden_and_handed_back(qtbot):
    edit = QuantityEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None
    edit.set_language("en")
    qtbot.keyClicks(edit.edit, "between 10,000 and 12,000 people")
    assert edit.value() == Quantity(10000.0, 12000.0, "people", Qualifier.RANGE)
    assert edit.reading.text() == "range 10,000 to 12,000 · unit: people"

    edit.unit_edit.selectAll()
    qtbot.keyClicks(edit.unit_edit, "civilians")
    edit.edit.setText("between 10,000 and 13,000 people")
    assert edit.value() == Quantity(10000.0, 13000.0, "civilians", Qualifier.RANGE)

    edit.unit_edit.selectAll()
    qtbot.keyClick(edit.unit_edit, Qt.Key.Key_Delete)
    edit.edit.setText("more than 500 refugees")
    assert edit.value() == Quantity(500.0, None, "refugees", Qualifier.MORE_THAN)

    edit.edit.setText("a great many")
    with pytest.raises(ValueError, match="a great many"):
        edit.value()


def test_partial_date_edit_reads_each_form_at_its_precision(qtbot):
    edit = PartialDateEdit()
    qtbot.addWidget(edit)
    readings = {
        "2025": ("2025", DatePrecision.YEAR),
        "2025-06": ("June 2025", DatePrecision.MONTH),
        "06.2025": ("June 2025", DatePrecision.MONTH),
        "2025-06-10": ("Jun 10, 2025", DatePrecision.DAY),
        "10.06.2025": ("Jun 10, 2025", DatePrecision.DAY),
    }
    for text, (reading, precision) in readings.items():
        edit.edit.setText(text)
        assert edit.reading.text() == reading
        assert edit.value().precision is precision
    edit.edit.setText("June")
    assert edit.reading.text() == "not a date"
    with pytest.raises(ValueError, match="June"):
        edit.value()
    edit.set_value(None)
    assert edit.value() is None and edit.reading.text() == ""


def test_tag_edit_completes_the_tag_being_typed(qtbot, demo_workspace):
    edit = TagEdit(demo_workspace)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    qtbot.keyClicks(edit, "kursk, dro")
    popup = edit.tag_completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text() == "kursk, drones, "
    qtbot.keyClicks(edit, "Kursk,  ,North   Korea")
    assert edit.tags() == ("kursk", "drones", "North Korea")
    edit.set_tags(("a", "b"))
    assert edit.text() == "a, b"


def test_source_dialog_explains_the_grade_and_returns_a_source_input(qtbot, workspace):
    project = workspace.project
    saved = []
    dialog = shown(qtbot, SourceDialog(None, name="Kyrylo Budanov"))
    dialog.set_submit(lambda data: saved.append(project.sources.create(data)))
    assert dialog.windowTitle() == "New source"
    assert dialog.name.text() == "Kyrylo Budanov"
    assert dialog.reliability_meaning.text() == "Reliability cannot be judged"
    tooltips = [
        dialog.reliability.itemData(index, Qt.ItemDataRole.ToolTipRole)
        for index in range(dialog.reliability.count())
    ]
    assert tooltips == [reliability_meaning(grade) for grade in Reliability]

    dialog.reliability.setFocus()
    qtbot.keyClicks(dialog.reliability, "C")
    assert dialog.reliability_meaning.text() == "Fairly reliable"
    dialog.kind.setCurrentIndex(dialog.kind.findData(SourceKind.GOVERNMENT))
    qtbot.keyClicks(dialog.role, "Head of HUR")
    expected = SourceInput(
        "Kyrylo Budanov", SourceKind.GOVERNMENT, "Head of HUR", None, Reliability.C, None
    )
    assert dialog.collect() == expected
    press_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert SourceInput.of(project.sources.get(saved[0].id)) == expected


@pytest.mark.parametrize("source_id", [1, 2, 3])
def test_editing_a_demo_source_without_changes_collects_what_is_stored(
    qtbot, demo_workspace, source_id
):
    record = demo_workspace.project.sources.get(source_id)
    dialog = SourceDialog(None, record)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit source"
    assert dialog.version == record.version
    assert dialog.collect() == SourceInput.of(record)


def test_source_dialog_shows_an_empty_name_under_the_name(qtbot, workspace):
    dialog = shown(qtbot, SourceDialog(None))
    dialog.set_submit(workspace.project.sources.create)
    press_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("name") == "must not be empty"


def test_article_dialog_wants_the_day_of_publication(qtbot, demo_workspace):
    project = demo_workspace.project
    saved = []
    dialog = shown(qtbot, ArticleDialog(None, demo_workspace))
    dialog.set_submit(lambda data: saved.append(project.articles.create(data)))
    qtbot.keyClicks(dialog.url, "https://example.org/budanov")
    qtbot.keyClicks(dialog.title, "Budanov interview")
    pick_completion(qtbot, dialog.publisher, "war")
    qtbot.keyClicks(dialog.authors, "Howard Altman, ")
    qtbot.keyClicks(dialog.published_on.edit, "2025-06")
    dialog.language.setEditText("en")
    qtbot.keyClicks(dialog.text, "The interview.")
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert "day" in dialog.error_text("published_on")
    assert saved == []

    dialog.published_on.edit.setText("10.06.2025")
    press_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    article = project.articles.get(saved[0].id)
    assert article.published_on == date(2025, 6, 10)
    assert article.publisher is not None and article.publisher.id == 2
    assert article.authors == ("Howard Altman",)
    assert (article.language, article.text) == ("en", "The interview.")


def test_editing_the_demo_article_without_changes_collects_what_is_stored(qtbot, demo_workspace):
    record = demo_workspace.project.articles.get(1)
    dialog = ArticleDialog(None, demo_workspace, record)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit article"
    assert dialog.version == record.version
    assert dialog.collect() == ArticleInput.of(record)
    dialog.published_on.edit.setText("2025")
    with pytest.raises(ValidationError) as raised:
        dialog.collect()
    assert list(raised.value.problems) == ["published_on"]


def test_text_nobody_touched_comes_back_unchanged(qtbot, workspace):
    # No-break spaces are common in quoted German numbers; "\r\n" in captured articles.
    project = workspace.project
    claim = project.claims.get(
        project.claims.create(
            ClaimInput("Some 11,000\u00a0soldiers.", quote="etwa 11.000\u00a0Soldaten")
        ).id
    )
    dialog = ClaimDialog(None, workspace, claim)
    qtbot.addWidget(dialog)
    assert dialog.collect() == ClaimInput.of(claim)

    text = "Erster Absatz mit 11.000\u00a0Soldaten.\r\nZweiter Absatz."
    article = project.articles.get(project.articles.create(ArticleInput("Bericht", text=text)).id)
    assert article.text == text.replace("\r\n", "\n")  # the service stores lines as "\n"
    dialog = ArticleDialog(None, workspace, article)
    qtbot.addWidget(dialog)
    dialog.title.setText("Bericht (korrigiert)")
    assert dialog.collect().text == article.text
    dialog.text.appendPlainText("Dritter Absatz.")
    assert dialog.collect().text == (
        "Erster Absatz mit 11.000\u00a0Soldaten.\nZweiter Absatz.\nDritter Absatz."
    )
