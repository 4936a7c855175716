"""The claims table's mark of an open conflicting figure (ClaimRow.conflicted), read with the
page on SQLite's driver path and on PostgreSQL, and which way a conflict was resolved."""

from __future__ import annotations

from claimdesk.core.enums import RelationKind
from claimdesk.core.project import Project
from claimdesk.core.services.claim_list import ClaimQuery
from tests.ui.figures import build_figures


def marks(project: Project) -> dict[int, bool]:
    page = project.claim_list.page(ClaimQuery(), 0, 100)
    return {row.id: row.conflicted for row in page}


def test_rows_are_marked_while_their_conflict_is_open(project: Project):
    ids = build_figures(project)
    assert marks(project) == {
        ids.budanov_june: True,
        ids.nis_june: True,
        ids.nis_march: False,
        ids.no_figure: False,
        ids.tanks_january: False,
        ids.tanks_february: False,
    }
    by_id = project.claim_list.rows([ids.nis_june, ids.nis_march])
    assert [row.conflicted for row in by_id] == [True, False]

    saved = project.conflicts.resolve(ids.nis_june, ids.budanov_june, RelationKind.SUPERSEDES)
    assert not any(marks(project).values())
    [conflict] = project.conflicts.list()
    assert conflict.resolved_from == ids.nis_june
    assert conflict.relation_id == saved.id

    project.relations.unrelate(saved.id)
    assert marks(project)[ids.budanov_june] is True
    assert project.conflicts.list()[0].resolved_from is None
