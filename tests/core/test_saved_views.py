"""Saved views on both backends: stored for the team, live counts, undoable delete."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from claimdesk.core.enums import Status
from claimdesk.core.errors import BadValue, FieldProblem, ValidationError
from claimdesk.core.filters import ClaimFilter, filter_from_json, filter_to_json
from claimdesk.core.inputs import ClaimInput
from claimdesk.core.project import Project
from claimdesk.core.services.claim_list import ClaimQuery, ClaimSort

from .factories import budanov, soldiers_claim


def test_every_filter_field_survives_json():
    wanted = ClaimFilter(
        statuses=frozenset({Status.FALSE, Status.VERIFIED}),
        credibilities=frozenset(),
        claimant_ids=frozenset({3, 1}),
        tags=frozenset({"Kursk"}),
        article_id=7,
        claimed_from=date(2024, 1, 1),
        as_of_to=date(2025, 6, 30),
        publisher_ids=frozenset({2}),
        has_quantity=False,
        units=frozenset({"soldiers"}),
        orphaned=True,
        search='"North Korean" -Wagner',
        in_article_text=True,
    )
    assert filter_from_json(filter_to_json(wanted)) == wanted
    assert filter_from_json({"statuses": ["false"], "from_the_future": 1}) == ClaimFilter(
        statuses=frozenset({Status.FALSE})
    )
    with pytest.raises(BadValue) as raised:
        filter_from_json({"statuses": ["maybe"]})
    assert raised.value.code == "bad_filter_field"
    assert raised.value.params == {"field": "statuses", "value": "['maybe']"}
    with pytest.raises(BadValue) as raised:
        filter_from_json({"claimed_from": "June"})
    assert raised.value.params == {"field": "claimed_from", "value": "'June'"}


def test_views_are_shared_counted_live_and_undoable(database_url):
    with Project.open(database_url, actor="anna") as anna:
        speaker = budanov(anna)
        anna.claims.create(soldiers_claim(anna, speaker))
        query = ClaimQuery(ClaimFilter(search="Budanov soldiers"), ClaimSort.RELEVANCE)
        saved = anna.saved_views.create("  Budanov   on soldiers ", query, ["id", "statement"])
        assert saved.changes.views == {saved.id}
    with Project.open(database_url, actor="ben") as ben:  # another analyst, same project
        [view] = ben.saved_views.list()
        assert (view.name, view.query, view.columns) == (
            "Budanov on soldiers",
            query,
            ("id", "statement"),
        )
        assert view.updated_by == "anna" and view.problem is None
        assert ben.saved_views.counts() == {view.id: 1}
        ben.claims.create(soldiers_claim(ben, speaker, statement="More soldiers arrived."))
        ben.claims.create(ClaimInput("Unrelated."))
        assert ben.saved_views.counts() == {view.id: 2}

        narrower = ClaimQuery(query.filter, ClaimSort.UPDATED, descending=False)
        ben.saved_views.update(view.id, "Budanov (oldest first)", narrower, [])
        assert ben.saved_views.get(view.id).query == narrower
        removed = ben.saved_views.delete(view.id)
        assert ben.saved_views.list() == []
        ben.saved_views.restore(removed)
        back = ben.saved_views.get(view.id)
        assert (back.name, back.query) == ("Budanov (oldest first)", narrower)


def test_bad_views_are_refused_with_the_reason(project):
    project.saved_views.create("Kursk", ClaimQuery(ClaimFilter(search="Kursk")))
    with pytest.raises(ValidationError) as clash:
        project.saved_views.create("KURSK", ClaimQuery())
    assert clash.value.problems["name"] == FieldProblem(
        "name", "view_name_taken", {"name": "KURSK"}
    )
    with pytest.raises(ValidationError) as empty:
        project.saved_views.create("   ", ClaimQuery())
    assert empty.value.problems["name"].code == "required"
    with pytest.raises(ValidationError) as excluded:
        project.saved_views.create("No", ClaimQuery(ClaimFilter(search="-Wagner")))
    assert excluded.value.problems["search"].code == "only_excluded"
    assert [v.name for v in project.saved_views.list()] == ["Kursk"]


def test_a_view_whose_date_range_ends_before_it_starts_is_refused(project):
    backwards = ClaimFilter(claimed_from=date(2025, 6, 1), claimed_to=date(2025, 5, 31))
    with pytest.raises(ValidationError) as raised:
        project.saved_views.create("Backwards", ClaimQuery(backwards))
    assert set(raised.value.problems) == {"claimed_to"}
    saved = project.saved_views.create("June", ClaimQuery(ClaimFilter(as_of_from=date(2025, 6, 1))))
    with pytest.raises(ValidationError) as raised:
        project.saved_views.update(
            saved.id,
            "June",
            ClaimQuery(ClaimFilter(as_of_from=date(2025, 6, 1), as_of_to=date(2025, 1, 1))),
        )
    assert set(raised.value.problems) == {"as_of_to"}
    one_day = ClaimFilter(claimed_from=date(2025, 6, 1), claimed_to=date(2025, 6, 1))
    project.saved_views.update(saved.id, "June", ClaimQuery(one_day))
    assert project.saved_views.get(saved.id).query.filter == one_day


@pytest.mark.tampers  # writes rows behind the services
def test_a_definition_it_cannot_read_still_lists(project):
    saved = project.saved_views.create("Odd", ClaimQuery())
    with project.database.engine.begin() as connection:
        connection.execute(
            sa.text("UPDATE saved_views SET definition = :d WHERE id = :id"),
            {"d": '{"filter": {"statuses": ["maybe"]}, "sort": "by_mood"}', "id": saved.id},
        )
    [view] = project.saved_views.list()
    assert view.problem == FieldProblem("sort", "unknown_sort", {"value": "'by_mood'"})
    assert view.query == ClaimQuery()
