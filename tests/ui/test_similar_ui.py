"""Similar claims in the GUI: the claim pane's "Similar" tab, relating claims from it and
removing relations in the details, the claim form's suggestions and duplicate warning, and
the background indexing of an older project. Real widgets on real SQLite projects."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTimer, QUrl
from PySide6.QtWidgets import QMessageBox

from claimdesk.core.demo import create_demo
from claimdesk.core.enums import RelationKind
from claimdesk.core.inputs import ClaimInput, RelationInput, SourceInput
from claimdesk.core.matching.embedder import shared_embedder
from claimdesk.core.matching.similar import DUPLICATE_SCORE
from claimdesk.core.project import Project
from claimdesk.core.services.bulk import NewClaim
from claimdesk.ui.claim_panel import ClaimPanel
from claimdesk.ui.dialogs.claim_dialog import ClaimDialog
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.project_view import Section
from claimdesk.ui.settings import Settings
from tests.ui.test_form_dialogs import shown
from tests.ui.test_main_window import on_modal, open_demo, select, settings, window

__all__ = ["settings", "window"]  # fixtures used here

KURSK = 5  # demo: "About 11,000 North Korean soldiers are in Russia's Kursk region." (Budanov)
LABOUR = 6  # demo: Russia and North Korea have agreed to let North Korean labour migrants …
ZELENSKY_KURSK = 9  # demo: "About 11,000 North Korean soldiers are now with Russian forces …"
GERMAN_KURSK = "Etwa 11.000 nordkoreanische Soldaten sind in Kursk"


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def similar_tab(qtbot, window: MainWindow, claim_id: int):  # type: ignore[no-untyped-def]
    """Select a claim and bring the Similar tab into view; returns the panel once read."""
    select(qtbot, window, claim_id)
    panel = window.view.claim_panel
    panel.setCurrentWidget(panel.similar)
    similar = panel.similar
    qtbot.waitUntil(lambda: similar.current_id == claim_id and not similar.loading, timeout=10_000)
    return similar


def relations_of(window: MainWindow, claim_id: int) -> set[tuple[int, int, RelationKind]]:
    record = window.workspace.project.claims.get(claim_id)
    return {(r.from_claim_id, r.to_claim_id, r.kind) for r in record.relations}


def test_the_similar_tab_lists_claims_like_the_selected_one_and_why(qtbot, window):
    open_demo(qtbot, window)
    similar = similar_tab(qtbot, window, KURSK)
    shown_ids = [card.hit.id for card in similar.cards_shown()]
    assert shown_ids[0] == ZELENSKY_KURSK  # the same figure of the same thing, same place
    assert LABOUR in shown_ids  # same claimant, same names, close in meaning
    assert KURSK not in shown_ids
    card = similar.card(LABOUR)
    assert card.reasons.text().startswith(
        "same claimant: Kyrylo Budanov; shared names: Korean, North, Russia; similar meaning ("
    )
    assert card.score.format() == f"{round(card.hit.score * 100)}%"
    assert card.statement.text().startswith("Russia and North Korea have agreed")
    assert similar.status.text() == "Claims like #5, most alike first:"

    # Open selects the hit in the claims table (and the pane follows it).
    card.open_button.click()
    page = window.view.pages[Section.CLAIMS]
    qtbot.waitUntil(lambda: page.selected_ids() == [LABOUR], timeout=5000)
    qtbot.waitUntil(lambda: similar.current_id == LABOUR and not similar.loading, timeout=10_000)
    assert KURSK in [card.hit.id for card in similar.cards_shown()]


def test_mark_as_duplicate_relates_the_claims_and_undo_takes_it_back(qtbot, window):
    open_demo(qtbot, window)
    similar = similar_tab(qtbot, window, KURSK)
    similar.card(LABOUR).duplicate_button.click()
    assert relations_of(window, KURSK) == {(KURSK, LABOUR, RelationKind.DUPLICATES)}
    # The panel re-reads: the hit now says how it is related, and cannot be marked twice.
    qtbot.waitUntil(
        lambda: (
            similar.card(LABOUR) is not None
            and similar.card(LABOUR).relations.text() == "This claim duplicates #6"
        ),
        timeout=10_000,
    )
    card = similar.card(LABOUR)
    assert not card.duplicate_button.isEnabled()
    disabled = [a.text() for a in card.relate_actions() if not a.isEnabled()]
    assert disabled == ["This claim duplicates #6"]

    window.workspace.undo_stack.undo()
    assert relations_of(window, KURSK) == set()
    qtbot.waitUntil(
        lambda: similar.card(LABOUR) is not None and similar.card(LABOUR).relations.isHidden(),
        timeout=10_000,
    )
    assert similar.card(LABOUR).duplicate_button.isEnabled()


def test_relate_menu_records_the_direction_chosen(qtbot, window):
    open_demo(qtbot, window)
    similar = similar_tab(qtbot, window, KURSK)
    actions = {a.text(): a for a in similar.card(4).relate_actions()}
    actions["#4 supersedes this claim"].trigger()
    assert relations_of(window, KURSK) == {(4, KURSK, RelationKind.SUPERSEDES)}
    qtbot.waitUntil(
        lambda: (
            similar.card(4) is not None
            and similar.card(4).relations.text() == "#4 supersedes this claim"
        ),
        timeout=10_000,
    )


def test_a_relation_removed_in_the_details_tab_comes_back_with_undo(qtbot, window):
    open_demo(qtbot, window)
    project = window.workspace.project
    saved = project.relations.relate(
        RelationInput(KURSK, LABOUR, RelationKind.CORROBORATES, "same briefing")
    )
    select(qtbot, window, KURSK)
    detail = window.view.claim_detail
    qtbot.waitUntil(
        lambda: detail.record is not None and bool(detail.record.relations), timeout=5000
    )
    assert f"href='relation:{saved.id}'" in detail.render(detail.record)

    detail.anchorClicked.emit(QUrl(f"relation:{saved.id}"))
    assert relations_of(window, KURSK) == set()
    qtbot.waitUntil(lambda: not detail.record.relations, timeout=5000)
    assert window.workspace.undo_stack.undoText() == "Remove relation"

    window.workspace.undo_stack.undo()
    (relation,) = project.claims.get(KURSK).relations
    assert (relation.from_claim_id, relation.to_claim_id, relation.kind, relation.note) == (
        KURSK,
        LABOUR,
        RelationKind.CORROBORATES,
        "same briefing",
    )
    qtbot.waitUntil(lambda: len(detail.record.relations) == 1, timeout=5000)
    window.workspace.undo_stack.redo()
    assert relations_of(window, KURSK) == set()


def test_the_chosen_tab_is_remembered(qtbot, demo_workspace, tmp_path):
    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(tmp_path / "tabs.ini"), QSettings.Format.IniFormat))
    first = ClaimPanel(demo_workspace, settings)
    qtbot.addWidget(first)
    first.setCurrentWidget(first.similar)
    second = ClaimPanel(demo_workspace, settings)
    qtbot.addWidget(second)
    assert second.currentWidget() is second.similar
    second.show_id(KURSK)
    assert second.details.current_id == KURSK  # the details follow the selection all the same
    assert second.similar.current_id == KURSK


def test_the_claim_form_lists_similar_claims_after_a_pause_in_typing(qtbot, demo_workspace):
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    suggestions = dialog.similar
    assert suggestions.isHidden()
    qtbot.keyClicks(dialog.statement, GERMAN_KURSK)
    assert suggestions.hits == []  # nothing is matched while typing goes on
    qtbot.waitUntil(lambda: suggestions.isVisible() and bool(suggestions.hits), timeout=10_000)
    best = suggestions.best()
    assert best.id in (KURSK, ZELENSKY_KURSK)  # an English claim, found from German
    item = suggestions.list.item(0)
    assert f"#{best.id} About 11,000 North Korean soldiers" in item.text()
    assert "same figure: 11,000 North Korean soldiers" in item.toolTip()
    assert "shared names: Kursk" in item.toolTip()


def test_saving_a_likely_duplicate_asks_once_and_can_be_saved_anyway(qtbot, demo_workspace):
    saved: list[ClaimInput] = []
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    dialog.set_submit(saved.append)
    qtbot.keyClicks(dialog.statement, GERMAN_KURSK)
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    # Saved before the pause is over: the form waits for the match of the final text.
    on_modal(QMessageBox, cancel)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    best = dialog.similar.best()
    assert asked == [f"This looks like a duplicate of #{best.id}:"]
    assert best.id in (KURSK, ZELENSKY_KURSK)
    assert dialog.similar.best().score >= DUPLICATE_SCORE
    assert saved == [] and dialog.isVisible()

    dialog.accept()  # asked once for this claim: saved now
    assert [data.statement for data in saved] == [GERMAN_KURSK]
    assert len(asked) == 1


def test_save_anyway_saves_the_new_claim(qtbot, demo_workspace):
    saved: list[ClaimInput] = []
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace))
    dialog.set_submit(saved.append)
    qtbot.keyClicks(dialog.statement, "About 11,000 North Korean soldiers are in Kursk.")
    qtbot.waitUntil(lambda: bool(dialog.similar.hits), timeout=10_000)
    seen = on_modal(QMessageBox, lambda box: box.buttons()[0].click())
    dialog.accept()
    assert len(seen) == 1 and seen[0].buttons()[0].text() == "Save anyway"
    assert len(saved) == 1 and not dialog.isVisible()


def test_editing_a_claim_does_not_find_itself_nor_ask(qtbot, demo_workspace):
    record = demo_workspace.project.claims.get(KURSK)
    saved: list[ClaimInput] = []
    dialog = shown(qtbot, ClaimDialog(None, demo_workspace, record))
    dialog.set_submit(saved.append)
    qtbot.waitUntil(lambda: bool(dialog.similar.hits), timeout=10_000)
    assert KURSK not in [hit.id for hit in dialog.similar.hits]
    dialog.accept()
    assert len(saved) == 1


PLACES = ("Kursk", "Bakhmut", "Kharkiv", "Odesa", "Sumy", "Donetsk", "Zaporizhzhia", "Kherson")
THINGS = ("soldiers", "tanks", "drones", "shells", "artillery guns", "refugees", "trucks")
VERBS = ("are in", "were sent to", "arrived near", "left", "were destroyed near", "moved to")
WHO = ("Kyrylo Budanov", "The War Zone", "Reuters", "ISW", "General Staff", "Kremlin")


def generated_claims(count: int) -> Iterator[NewClaim]:
    chance = random.Random(17)
    for number in range(count):
        statement = (
            f"About {chance.randrange(10, 90) * 100:,} {chance.choice(THINGS)} "
            f"{chance.choice(VERBS)} {chance.choice(PLACES)} in week {number % 52 + 1}, "
            f"report {number}."
        )
        yield NewClaim(ClaimInput(statement=statement), SourceInput(name=chance.choice(WHO)))


def longest_gap_while_typing(qtbot, dialog: ClaimDialog, typed: str) -> float:  # type: ignore[no-untyped-def]
    """Type word by word with pauses (the statement so far is matched while the next word is
    typed); the longest interval between two ticks of a 10 ms timer, in ms."""
    suggestions = dialog.similar
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    matches: list[int] = []
    suggestions.matched.connect(lambda: matches.append(len(suggestions.hits)))
    dialog.statement.clear()
    timer.start()
    for word in typed.split(" "):
        qtbot.keyClicks(dialog.statement, word + " ")
        qtbot.wait(900)  # the pause (600 ms), then the match (a result of text since edited
        # is dropped, so on a busy machine not every word's match is shown)
    qtbot.waitUntil(lambda: suggestions.answers(dialog.similar_query()), timeout=10_000)
    timer.stop()
    assert len(matches) >= 4 and any(matches)  # the matches did run, and found claims
    return max(gaps) * 1000


def test_the_claim_form_never_stalls_the_ui_thread_while_matching(qtbot, workspace):
    """Typing into the statement of a project of 3,000 claims, with matches running between
    the words (each takes 40–60 ms, which on the UI thread would show as such a gap): the
    longest gap between two ticks of a 10 ms timer stays within 50 ms (15–20 ms on an idle
    machine). A second round is typed when the first saw a longer gap: on a machine shared
    with other work the scheduler alone can hold the UI thread back that long once."""
    with workspace.project.bulk.writer() as writer:
        claims = list(generated_claims(3_000))
        for start in range(0, len(claims), 1_000):
            writer.write(claims[start : start + 1_000])
    # As after opening (background_work.py): the model loaded, the meaning index built.
    assert shared_embedder() is not None
    workspace.project.similar.warm_up()
    dialog = shown(qtbot, ClaimDialog(None, workspace))
    typed = "About 4,000 tanks were sent to Kharsk in week 12 says Budanov"
    worst = [longest_gap_while_typing(qtbot, dialog, typed)]
    if worst[0] > 50:
        worst.append(longest_gap_while_typing(qtbot, dialog, typed))
    print("longest UI-thread gap while matching (ms):", [round(gap, 1) for gap in worst])
    assert min(worst) <= 50


def test_an_older_project_is_indexed_in_the_background_after_opening(qtbot, window, tmp_path):
    path = tmp_path / "older.sqlite3"
    with Project.open(path, actor="analyst") as project:
        create_demo(project)
        conflicts = [conflict.claims for conflict in project.conflicts.list()]
    assert conflicts  # the demo shows one
    with sqlite3.connect(path) as connection:  # as saved before claim vectors existed
        connection.execute("DELETE FROM claim_embeddings")
        connection.execute("DELETE FROM claim_conflicts")  # and before conflicts were stored
        connection.execute("DELETE FROM claim_figures")
    connection.close()
    window.open_target(str(path))
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    project = window.workspace.project
    assert project.embeddings.unindexed() == 17
    with qtbot.waitSignal(window.workspace.jobs.started, timeout=15_000) as started:
        pass
    running = started.args[0]
    assert running.title == "Indexing claims for similar-claim search"
    assert window.job_status.label.text() == running.title  # with its progress and Cancel
    qtbot.waitUntil(lambda: not window.background.busy, timeout=15_000)
    assert project.embeddings.unindexed() == 0
    assert [step.title() for step in window.background.finished_steps] == [
        "Indexing claims for similar-claim search",
        "Finding conflicting figures",
    ]
    assert project.conflicts.undetected() == 0
    assert [conflict.claims for conflict in project.conflicts.list()] == conflicts
    assert not window.job_status.isVisible()
