"""The undo commands of claims, sources and articles on a real project: what each one is
called in the Edit menu, and that undo and redo give back exactly what was there."""

from __future__ import annotations

import dataclasses

import pytest

from claimdesk.core.errors import NotFoundError, ValidationError
from claimdesk.core.inputs import ArticleInput, ClaimInput, NewCitation, SourceInput
from claimdesk.core.records import Changes, HistoryQuery
from claimdesk.ui.commands import ARTICLE, CLAIM, SOURCE, CreateCommand, DeleteCommand, EditCommand


@pytest.fixture
def published(demo_workspace) -> list[Changes]:
    seen: list[Changes] = []
    demo_workspace.bus.changed.connect(seen.append)
    return seen


def test_a_new_source_is_undone_and_redone_as_the_same_row(demo_workspace, published):
    sources = demo_workspace.project.sources
    command = CreateCommand(demo_workspace, SOURCE, SourceInput("Oleksandr Syrskyi"))
    demo_workspace.push(command)
    stack = demo_workspace.undo_stack
    assert stack.undoText() == "New source"
    created = command.created_id
    assert created is not None and sources.get(created).name == "Oleksandr Syrskyi"

    stack.undo()
    with pytest.raises(NotFoundError):
        sources.get(created)
    stack.redo()
    assert sources.get(created).name == "Oleksandr Syrskyi"
    assert published == [Changes(sources=frozenset({created}))] * 3


def test_an_article_edit_is_undone_to_what_it_was(demo_workspace):
    articles = demo_workspace.project.articles
    record = articles.get(1)
    before = ArticleInput.of(record)
    after = dataclasses.replace(before, title="Another title")
    demo_workspace.push(EditCommand(demo_workspace, ARTICLE, 1, before, after, record.version))
    stack = demo_workspace.undo_stack
    assert stack.undoText() == "Edit article"
    assert articles.get(1).title == "Another title"
    stack.undo()
    assert articles.get(1).title == record.title
    stack.redo()
    assert articles.get(1).title == "Another title"


def test_delete_texts_count_claims_but_not_sources_or_articles(demo_workspace):
    assert DeleteCommand(demo_workspace, CLAIM, [1]).text() == "Delete claim"
    assert DeleteCommand(demo_workspace, CLAIM, [1, 2, 3]).text() == "Delete 3 claims"
    assert DeleteCommand(demo_workspace, SOURCE, [1, 2]).text() == "Delete source"
    assert DeleteCommand(demo_workspace, ARTICLE, [1]).text() == "Delete article"
    assert EditCommand(demo_workspace, CLAIM, 1, None, None, 1).text() == "Edit claim"
    assert CreateCommand(demo_workspace, ARTICLE, None).text() == "New article"


def test_deleting_claims_is_undone(demo_workspace):
    claims = demo_workspace.project.claims
    demo_workspace.push(DeleteCommand(demo_workspace, CLAIM, [1, 2]))
    with pytest.raises(NotFoundError):
        claims.get(2)
    demo_workspace.undo_stack.undo()
    assert claims.get(1).id == 1 and claims.get(2).id == 2


def test_a_new_claim_with_an_excerpt_comes_back_with_it_on_redo(demo_workspace):
    project = demo_workspace.project
    article = project.articles.get(1)
    excerpt = article.text[:40]
    command = CreateCommand(
        demo_workspace,
        CLAIM,
        ClaimInput(statement="Quoted from the article."),
        citations=(NewCitation(article.id, excerpt, 0, len(excerpt)),),
    )
    demo_workspace.push(command)
    assert demo_workspace.undo_stack.undoText() == "New claim"
    assert command.created_id is not None
    cited = [citation.excerpt for citation in project.claims.get(command.created_id).citations]
    assert cited == [excerpt]
    demo_workspace.undo_stack.undo()
    demo_workspace.undo_stack.redo()
    cited = [citation.excerpt for citation in project.claims.get(command.created_id).citations]
    assert cited == [excerpt]


def test_a_refused_create_reaches_the_caller_and_stays_out_of_the_history(demo_workspace):
    bad = NewCitation(1, "words that are not in the article")
    command = CreateCommand(demo_workspace, CLAIM, ClaimInput(statement="x"), citations=(bad,))
    with pytest.raises(ValidationError) as raised:
        demo_workspace.push(command)
    assert "citations.0.excerpt" in raised.value.problems
    assert command.created_id is None
    assert demo_workspace.undo_stack.count() == 0


def test_undo_and_redo_are_audited_as_such_and_the_first_run_is_not_a_redo(demo_workspace):
    project = demo_workspace.project
    record = project.claims.get(3)
    before = ClaimInput.of(record)
    after = dataclasses.replace(before, statement="Reworded")
    demo_workspace.push(EditCommand(demo_workspace, CLAIM, 3, before, after, record.version))
    delete = DeleteCommand(demo_workspace, CLAIM, [4])
    demo_workspace.push(delete)
    assert project.history.page(HistoryQuery(context="redo")) == []
    assert project.history.page(HistoryQuery(context="undo")) == []

    stack = demo_workspace.undo_stack
    stack.undo()  # the deletion
    stack.undo()  # the edit
    undos = project.history.page(HistoryQuery(context="undo"))
    assert [(e.claim_id, e.action.value) for e in undos] == [(3, "update"), (4, "update")]
    assert undos[0].after == {"statement": record.statement}
    assert {e.actor for e in undos} == {"analyst"}
    stack.redo()
    redos = project.history.page(HistoryQuery(context="redo"))
    assert [(e.claim_id, e.after) for e in redos] == [(3, {"statement": "Reworded"})]
    # The edit itself, typed in the form, carries no context.
    reworded = [
        e.context
        for e in project.history.page(HistoryQuery(claim_id=3))
        if e.after == {"statement": "Reworded"}
    ]
    assert reworded == ["redo", None]


def test_an_edit_is_undone_after_undoing_a_status_set_since(demo_workspace):
    """Setting a status moves the claim's version on; undoing it and then the edit before it
    is this window's own history, not a colleague's conflict."""
    from claimdesk.core.enums import Status
    from claimdesk.ui.commands import SetStatusCommand

    project = demo_workspace.project
    record = project.claims.get(5)
    edited = dataclasses.replace(ClaimInput.of(record), notes="Checked twice.")
    demo_workspace.push(
        EditCommand(demo_workspace, CLAIM, 5, ClaimInput.of(record), edited, record.version)
    )
    demo_workspace.push(SetStatusCommand(demo_workspace, [5], Status.FALSE, "Old footage."))
    failures: list[tuple[str, str]] = []
    demo_workspace.command_failed.connect(lambda *args: failures.append(args))
    demo_workspace.undo_stack.undo()
    demo_workspace.undo_stack.undo()
    assert failures == []
    assert project.claims.get(5).notes == record.notes
    assert project.claims.get(5).status is record.status
    demo_workspace.undo_stack.redo()
    demo_workspace.undo_stack.redo()
    assert failures == []
    assert (
        project.claims.get(5).notes == "Checked twice."
        and project.claims.get(5).status is Status.FALSE
    )


def test_a_colleagues_change_between_is_still_a_conflict(demo_workspace):
    from claimdesk.core.project import Project

    project = demo_workspace.project
    record = project.claims.get(6)
    edited = dataclasses.replace(ClaimInput.of(record), notes="Mine.")
    demo_workspace.push(
        EditCommand(demo_workspace, CLAIM, 6, ClaimInput.of(record), edited, record.version)
    )
    colleague = Project(project.database, actor="colleague")
    now = colleague.claims.get(6)
    colleague.claims.update(
        6, dataclasses.replace(ClaimInput.of(now), notes="Theirs."), now.version
    )
    failures: list[tuple[str, str]] = []
    demo_workspace.command_failed.connect(lambda *args: failures.append(args))
    demo_workspace.undo_stack.undo()
    assert failures and project.claims.get(6).notes == "Theirs."
