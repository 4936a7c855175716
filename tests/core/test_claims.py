"""Claims through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from claimdesk.core.dates import PartialDate
from claimdesk.core.enums import DatePrecision, HopMode, Qualifier, Status
from claimdesk.core.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from claimdesk.core.inputs import ClaimInput, HopInput
from claimdesk.core.quantities import Quantity

from .factories import article, budanov, chain, outlet, soldiers_claim


def test_create_and_read_back_everything(project):
    speaker, paper = budanov(project), outlet(project)
    report = article(project)
    saved = project.claims.create(
        soldiers_claim(project, speaker, hops=chain(speaker, paper, report), notes="check NIS")
    )
    claim = project.claims.get(saved.id)
    assert claim.statement.startswith("About 11,000")
    assert claim.claimant.name == "Kyrylo Budanov"
    assert claim.claimed_on == PartialDate(date(2025, 6, 1), DatePrecision.MONTH)
    assert claim.claimed_on.iso() == "2025-06"
    assert claim.quantity == Quantity(11000, None, "soldiers", Qualifier.ABOUT)
    assert claim.status is Status.UNVERIFIED
    assert claim.tags == ("Kursk", "North Korea")
    assert [hop.position for hop in claim.hops] == [0, 1, 2]
    assert claim.hops[0].source.id == speaker and claim.hops[0].mode is HopMode.VERBATIM
    assert claim.hops[2].article.id == report and claim.hops[2].said_on.iso() == "2025-06-10"
    assert claim.created_by == "analyst" and claim.version == 1
    assert saved.changes.claims == {saved.id}


def test_a_range_quantity_round_trips(project):
    quantity = Quantity(10000, 12000, "soldiers", Qualifier.RANGE)
    saved = project.claims.create(soldiers_claim(project, quantity=quantity))
    assert project.claims.get(saved.id).quantity == quantity


def test_validation_names_every_bad_field_and_writes_nothing(project):
    bad = ClaimInput(
        statement="   ",
        claimant_id=999,
        claimed_on="2025-02-30",
        as_of="June",
        quantity=Quantity(12000, 10000, "soldiers", Qualifier.RANGE),
        credibility="9",
        quote_language="xx-nonsense",
        hops=(HopInput(), HopInput(source_id=424242)),
    )
    with pytest.raises(ValidationError) as raised:
        project.claims.create(bad)
    problems = raised.value.problems
    assert problems["statement"].code == "required"
    assert problems["claimant_id"] == FieldProblem(
        "claimant_id", "unknown_reference", {"entity": "source", "id": 999}
    )
    assert (problems["claimed_on"].code, problems["claimed_on"].params) == (
        "no_such_date",
        {"text": "2025-02-30"},
    )
    assert (problems["as_of"].code, problems["as_of"].params) == ("not_a_date", {"text": "June"})
    assert problems["quantity.upper"].code == "upper_below_lower"
    assert problems["credibility"].code == "not_a_choice"
    assert problems["credibility"].params["value"] == "9"
    assert problems["quote_language"].params == {"value": "xx-nonsense"}
    assert problems["hops.0"].code == "hop_without_source"
    assert problems["hops.1.source_id"].params == {"entity": "source", "id": 424242}
    assert project.project.info().counts["claims"] == 0
    assert project.claims.tags() == []


def test_a_claim_date_in_the_future_is_refused(project):
    with pytest.raises(ValidationError) as raised:
        project.claims.create(soldiers_claim(project, claimed_on="2999-01-01"))
    assert raised.value.problems["claimed_on"] == FieldProblem(
        "claimed_on", "in_future", {"date": "2999-01-01"}
    )


def test_a_hop_date_must_be_a_date_and_not_in_the_future(project):
    hops = (HopInput(source_id=budanov(project), said_on="June"), HopInput(said_on="2999-01"))
    with pytest.raises(ValidationError) as raised:
        project.claims.create(soldiers_claim(project, hops=hops))
    assert {"hops.0.said_on", "hops.1.said_on"} <= set(raised.value.problems)
    assert project.project.info().counts["claims"] == 0


def test_a_range_needs_an_upper_value_and_only_a_range_has_one(project):
    with pytest.raises(ValidationError) as raised:
        project.claims.create(
            soldiers_claim(project, quantity=Quantity(5, None, None, Qualifier.RANGE))
        )
    assert raised.value.problems["quantity.upper"].code == "range_needs_upper"
    with pytest.raises(ValidationError) as raised:
        project.claims.create(
            soldiers_claim(project, quantity=Quantity(5, 6, None, Qualifier.ABOUT))
        )
    assert raised.value.problems["quantity.qualifier"].code == "upper_only_for_range"


def test_update_changes_fields_hops_and_tags_and_bumps_the_version(project):
    speaker, paper = budanov(project), outlet(project)
    report = article(project)
    saved = project.claims.create(
        soldiers_claim(project, speaker, hops=chain(speaker, paper, report))
    )
    edited = dataclasses.replace(
        ClaimInput.of(project.claims.get(saved.id)),
        statement="About 12,000 North Korean soldiers are in Kursk.",
        tags=("kursk", "DPRK troops"),
        hops=(HopInput(source_id=speaker, mode="verbatim"), HopInput(article_id=report)),
    )
    result = project.claims.update(saved.id, edited, expected_version=1)
    assert result.version == 2
    claim = project.claims.get(saved.id)
    assert claim.statement == "About 12,000 North Korean soldiers are in Kursk."
    assert claim.tags == ("DPRK troops", "Kursk")  # existing tag reused, whatever the case
    assert [
        (hop.source and hop.source.id, hop.article and hop.article.id) for hop in claim.hops
    ] == [
        (speaker, None),
        (None, report),
    ]
    assert claim.updated_by == "analyst"


def test_an_edit_of_only_the_tags_still_bumps_the_version(project):
    saved = project.claims.create(soldiers_claim(project))
    edited = dataclasses.replace(ClaimInput.of(project.claims.get(saved.id)), tags=("new tag",))
    assert project.claims.update(saved.id, edited, expected_version=1).version == 2
    with pytest.raises(ConflictError):
        project.claims.update(saved.id, edited, expected_version=1)


def test_saving_an_unchanged_claim_keeps_the_version(project):
    saved = project.claims.create(soldiers_claim(project))
    same = ClaimInput.of(project.claims.get(saved.id))
    assert project.claims.update(saved.id, same, expected_version=1).version == 1


def test_a_stale_edit_is_a_conflict_and_overwrites_nothing(project):
    saved = project.claims.create(soldiers_claim(project))
    first = dataclasses.replace(soldiers_claim(project), statement="Edited by Anna")
    project.claims.update(saved.id, first, expected_version=1)
    second = dataclasses.replace(soldiers_claim(project), statement="Edited by Ben")
    with pytest.raises(ConflictError) as raised:
        project.claims.update(saved.id, second, expected_version=1)
    assert raised.value.current_version == 2
    assert project.claims.get(saved.id).statement == "Edited by Anna"


def test_delete_hides_and_restore_brings_back(project):
    saved = project.claims.create(soldiers_claim(project))
    changes = project.claims.delete([saved.id])
    assert changes.claims == {saved.id}
    with pytest.raises(NotFoundError):
        project.claims.get(saved.id)
    assert project.project.info().counts["claims"] == 0
    project.claims.restore([saved.id])
    assert project.claims.get(saved.id).statement.startswith("About 11,000")


def test_editing_a_deleted_claim_is_not_found(project):
    saved = project.claims.create(soldiers_claim(project))
    project.claims.delete([saved.id])
    with pytest.raises(NotFoundError):
        project.claims.update(saved.id, soldiers_claim(project), expected_version=2)


def test_tags_with_counts_for_completion(project):
    project.claims.create(soldiers_claim(project, tags=("Kursk", "North Korea")))
    project.claims.create(soldiers_claim(project, tags=("north korea", "artillery")))
    assert project.claims.tags() == [("North Korea", 2), ("artillery", 1), ("Kursk", 1)]


def test_a_claimant_that_was_deleted_cannot_be_used(project):
    speaker = budanov(project)
    project.sources.delete([speaker])
    with pytest.raises(ValidationError) as raised:
        project.claims.create(soldiers_claim(project, speaker))
    assert raised.value.problems == {
        "claimant_id": FieldProblem(
            "claimant_id", "unknown_reference", {"entity": "source", "id": speaker}
        )
    }
