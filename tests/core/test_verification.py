"""Citations, reviews and relations: linking evidence and judging claims."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from claimdesk.core.enums import CitationRole, RelationKind, Status
from claimdesk.core.errors import FieldProblem, ValidationError
from claimdesk.core.inputs import CitationInput, EvidenceInput, NewCitation, RelationInput
from claimdesk.core.models import AuditEvent, Citation, Claim
from claimdesk.core.project import Project

from .factories import ARTICLE_TEXT, article, soldiers_claim


def rows(project: Project, model: type) -> int:
    """Rows in the table, deleted or not: what a failed action must not have left."""
    with project.database.read() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(model))


def test_link_finds_the_excerpt_and_keeps_its_context(project):
    report = article(project)
    claim = project.claims.create(soldiers_claim(project)).id
    saved = project.citations.link(
        CitationInput(claim, report, "etwa 11.000 nordkoreanische Soldaten", role="reports")
    )
    citation = project.citations.get(saved.id)
    assert ARTICLE_TEXT[citation.start : citation.end] == citation.excerpt
    assert citation.context_before.endswith("nach seinen Angaben ")
    assert citation.context_after.startswith(". Weitere")
    assert project.citations.for_article(report)[0].id == saved.id


def test_link_with_offsets_must_match_the_text(project):
    report = article(project)
    claim = project.claims.create(soldiers_claim(project)).id
    start = ARTICLE_TEXT.index("rund 120")
    saved = project.citations.link(CitationInput(claim, report, "rund 120", start, start + 8))
    assert project.citations.get(saved.id).start == start
    with pytest.raises(ValidationError) as raised:
        project.citations.link(CitationInput(claim, report, "rund 120", start + 1, start + 9))
    assert raised.value.problems == {"excerpt": FieldProblem("excerpt", "excerpt_not_at_offsets")}


def test_link_with_an_excerpt_that_is_not_in_the_article(project):
    report = article(project)
    claim = project.claims.create(soldiers_claim(project)).id
    with pytest.raises(ValidationError) as raised:
        project.citations.link(CitationInput(claim, report, "12.000 Soldaten", role="hearsay"))
    assert set(raised.value.problems) == {"excerpt", "role"}


def test_a_link_names_its_claim_and_its_article(project):
    report = article(project)
    claim = project.claims.create(soldiers_claim(project)).id
    with pytest.raises(ValidationError) as raised:
        project.citations.link(CitationInput(None, None, "rund 120"))  # type: ignore[arg-type]
    assert set(raised.value.problems) == {"claim_id", "article_id"}
    with pytest.raises(ValidationError) as raised:
        project.citations.link(CitationInput(claim + 1, report + 1, "rund 120"))
    assert set(raised.value.problems) == {"claim_id", "article_id"}
    with pytest.raises(ValidationError) as raised:
        project.citations.link(CitationInput(claim, report, "  "))
    assert set(raised.value.problems) == {"excerpt"}
    assert rows(project, Citation) == 0


def test_a_claim_is_created_with_the_excerpts_that_cite_it(project):
    report = article(project)
    start = ARTICLE_TEXT.index("rund 120")
    saved = project.claims.create(
        soldiers_claim(project),
        [
            NewCitation(report, "etwa 11.000 nordkoreanische Soldaten"),
            NewCitation(report, "rund 120", start, start + 8, role=CitationRole.SUPPORTS),
        ],
    )
    assert saved.changes.claims == {saved.id}
    cited = sorted(project.claims.get(saved.id).citations, key=lambda citation: citation.start)
    assert [(c.excerpt, c.role, c.start) for c in cited] == [
        ("rund 120", CitationRole.SUPPORTS, start),
        ("etwa 11.000 nordkoreanische Soldaten", CitationRole.REPORTS, ARTICLE_TEXT.index("etwa")),
    ]
    assert {c.claim_id for c in project.citations.for_article(report)} == {saved.id}
    # Undo deletes the claim; redo restores it, and its excerpts come back with it.
    project.claims.delete([saved.id])
    assert project.citations.for_article(report) == []
    project.claims.restore([saved.id])
    assert len(project.citations.for_article(report)) == 2


def test_an_excerpt_not_in_the_article_leaves_no_claim_and_no_citation(project):
    report = article(project)
    audited = rows(project, AuditEvent)
    with pytest.raises(ValidationError) as raised:
        project.claims.create(
            soldiers_claim(project),
            [NewCitation(report, "etwa 11.000"), NewCitation(report, "12.000 Soldaten")],
        )
    assert set(raised.value.problems) == {"citations.1.excerpt"}
    assert rows(project, Claim) == 0
    assert rows(project, Citation) == 0
    assert rows(project, AuditEvent) == audited
    assert project.claims.tags() == []


def test_a_new_claim_and_its_excerpts_are_checked_together(project):
    with pytest.raises(ValidationError) as raised:
        project.claims.create(
            soldiers_claim(project, statement=""),
            [NewCitation(424242, "etwa 11.000", role="rumour")],
        )
    assert set(raised.value.problems) == {
        "statement",
        "citations.0.article_id",
        "citations.0.role",
    }
    assert rows(project, Claim) == 0


def test_status_with_rationale_becomes_the_latest_review(project):
    report = article(project)
    claim = project.claims.create(soldiers_claim(project)).id
    citation = project.citations.link(CitationInput(claim, report, "etwa 11.000")).id
    project.reviews.set_status([claim], Status.IN_PROGRESS)
    change = project.reviews.set_status(
        [claim],
        Status.VERIFIED,
        "Matches the South Korean estimate.",
        [EvidenceInput(citation_id=citation), EvidenceInput(url="https://example.org/nis")],
    )
    record = project.claims.get(claim)
    assert record.status is Status.VERIFIED
    assert [(r.from_status, r.to_status) for r in record.reviews] == [
        (Status.UNVERIFIED, Status.IN_PROGRESS),
        (Status.IN_PROGRESS, Status.VERIFIED),
    ]
    latest = record.latest_review
    assert latest.id == change.review_ids[0]
    assert latest.reviewer == "analyst" and latest.rationale.startswith("Matches")
    assert {(e.citation_id, e.url) for e in latest.evidence} == {
        (citation, None),
        (None, "https://example.org/nis"),
    }


@pytest.mark.parametrize("verdict", [s for s in Status if s.is_verdict])
def test_every_verdict_needs_a_rationale(project, verdict):
    claim = project.claims.create(soldiers_claim(project)).id
    with pytest.raises(ValidationError) as raised:
        project.reviews.set_status([claim], verdict, "   ")
    assert raised.value.problems["rationale"] == FieldProblem(
        "rationale", "verdict_needs_rationale", {"status": verdict.value}
    )
    assert project.claims.get(claim).status is Status.UNVERIFIED
    assert project.reviews.history(claim) == []


def test_bulk_status_is_one_review_per_claim_in_one_transaction(project):
    ids = [project.claims.create(soldiers_claim(project)).id for _ in range(3)]
    with pytest.raises(ValidationError):
        project.reviews.set_status([*ids, 9999], Status.FALSE, "Contradicted by imagery.")
    assert all(project.claims.get(i).status is Status.UNVERIFIED for i in ids)
    change = project.reviews.set_status(ids, Status.FALSE, "Contradicted by imagery.")
    assert len(change.review_ids) == 3 and change.changes.claims == set(ids)
    assert all(project.claims.get(i).status is Status.FALSE for i in ids)


def test_withdrawing_a_review_restores_the_previous_status(project):
    claim = project.claims.create(soldiers_claim(project)).id
    project.reviews.set_status([claim], Status.IN_PROGRESS)
    change = project.reviews.set_status([claim], Status.VERIFIED, "Confirmed.")
    project.reviews.withdraw(change.review_ids)
    assert project.claims.get(claim).status is Status.IN_PROGRESS
    first = project.reviews.history(claim)[0].id
    project.reviews.withdraw([first])
    assert project.claims.get(claim).status is Status.UNVERIFIED


def test_evidence_must_belong_to_the_claims(project):
    report = article(project)
    one = project.claims.create(soldiers_claim(project)).id
    other = project.claims.create(soldiers_claim(project)).id
    foreign = project.citations.link(CitationInput(other, report, "rund 120")).id
    with pytest.raises(ValidationError) as raised:
        project.reviews.set_status(
            [one],
            Status.VERIFIED,
            "x",
            [EvidenceInput(citation_id=foreign), EvidenceInput(url="ftp://x")],
        )
    assert set(raised.value.problems) == {"evidence.0", "evidence.1.url"}


def test_a_citation_used_as_evidence_cannot_be_unlinked(project):
    report = article(project)
    claim = project.claims.create(soldiers_claim(project)).id
    citation = project.citations.link(CitationInput(claim, report, "rund 120")).id
    project.reviews.set_status(
        [claim], Status.VERIFIED, "ok", [EvidenceInput(citation_id=citation)]
    )
    with pytest.raises(ValidationError):
        project.citations.unlink(citation)
    other = project.citations.link(CitationInput(claim, report, "Weitere Lieferungen")).id
    project.citations.unlink(other)
    assert [c.id for c in project.claims.get(claim).citations] == [citation]


def test_relations_show_on_both_claims(project):
    old = project.claims.create(soldiers_claim(project, statement="About 10,000 soldiers")).id
    new = project.claims.create(soldiers_claim(project)).id
    saved = project.relations.relate(
        RelationInput(new, old, RelationKind.SUPERSEDES, "newer figure")
    )
    for claim in (old, new):
        relation = project.claims.get(claim).relations[0]
        assert relation.kind is RelationKind.SUPERSEDES
        assert (relation.from_claim_id, relation.to_claim_id) == (new, old)
        assert relation.to_statement == "About 10,000 soldiers"
    with pytest.raises(ValidationError):
        project.relations.relate(RelationInput(new, old, "supersedes"))
    with pytest.raises(ValidationError):
        project.relations.relate(RelationInput(new, new, "duplicates"))
    project.relations.unrelate(saved.id)
    assert project.claims.get(old).relations == ()
