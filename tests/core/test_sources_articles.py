"""Sources and articles through the services."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date

import pytest

from claimdesk.core.dates import PartialDate
from claimdesk.core.enums import AnchorState, DatePrecision, Reliability, SourceKind
from claimdesk.core.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from claimdesk.core.inputs import ArticleInput, CitationInput, SourceInput

from .factories import ARTICLE_TEXT, article, budanov, outlet, soldiers_claim


def test_source_round_trip_and_grade(project):
    saved = project.sources.create(
        SourceInput(
            "  The War Zone ", SourceKind.MEDIA_OUTLET, "US defence site", "United States", "B"
        )
    )
    source = project.sources.get(saved.id)
    assert source.name == "The War Zone"
    assert source.kind is SourceKind.MEDIA_OUTLET and source.reliability is Reliability.B


def test_source_validation(project):
    with pytest.raises(ValidationError) as raised:
        project.sources.create(SourceInput("", kind="alien", reliability="G"))
    assert set(raised.value.problems) == {"name", "kind", "reliability"}


def test_source_update_conflict(project):
    saved = project.sources.create(SourceInput("Budanov"))
    project.sources.update(saved.id, SourceInput("Kyrylo Budanov", reliability="C"), 1)
    with pytest.raises(ConflictError):
        project.sources.update(saved.id, SourceInput("K. Budanov"), 1)
    assert project.sources.get(saved.id).name == "Kyrylo Budanov"


def test_source_type_ahead_prefers_prefix_matches(project):
    for name in ("Kyrylo Budanov", "Budanov's office", "The War Zone", "Ministry of Defence"):
        project.sources.create(SourceInput(name))
    names = [ref.name for ref in project.sources.search("budan")]
    assert names == ["Budanov's office", "Kyrylo Budanov"]
    assert [ref.name for ref in project.sources.search("100%")] == []


def test_source_refs_are_every_live_source_by_name(project):
    ids = {name: project.sources.create(SourceInput(name)).id for name in ("Zelensky", "Aide")}
    gone = project.sources.create(SourceInput("Deleted")).id
    project.sources.delete([gone])
    assert [(ref.id, ref.name) for ref in project.sources.refs()] == [
        (ids["Aide"], "Aide"),
        (ids["Zelensky"], "Zelensky"),
    ]


def test_a_source_in_use_cannot_be_deleted(project):
    speaker = budanov(project)
    project.claims.create(soldiers_claim(project, speaker))
    with pytest.raises(ValidationError) as raised:
        project.sources.delete([speaker])
    assert raised.value.problems[f"source.{speaker}"] == FieldProblem(
        f"source.{speaker}", "still_used", {"claims": 1, "hops": 0, "articles": 0}
    )
    assert project.sources.get(speaker).deleted is False


def test_article_round_trip_with_original_bytes(project):
    paper = outlet(project)
    original = b"<html><body>Bericht</body></html>"
    saved = project.articles.create(
        ArticleInput(
            "Bericht",
            url="https://example.org/a",
            publisher_id=paper,
            authors=("Anna Schmidt", " "),
            language="de",
            published_on="2025-06-10",
            text="Bericht",
            original=original,
            content_type="text/html; charset=utf-8",
        )
    )
    record = project.articles.get(saved.id)
    assert record.publisher.name == "t-online"
    assert record.authors == ("Anna Schmidt",)
    assert record.published_on == date(2025, 6, 10)
    assert record.sha256 == hashlib.sha256(original).hexdigest()
    assert record.has_original and record.captured_at is not None
    assert project.articles.original(saved.id) == original
    assert project.articles.find_by_sha256(record.sha256).id == saved.id


def test_article_without_bytes_is_fingerprinted_by_its_text(project):
    saved = project.articles.create(ArticleInput("Notiz", text="Nur Text"))
    record = project.articles.get(saved.id)
    assert record.sha256 == hashlib.sha256(b"Nur Text").hexdigest()
    assert record.has_original is False


def test_article_url_is_unique_and_must_be_a_web_address(project):
    article(project, url="https://example.org/report")
    with pytest.raises(ValidationError) as raised:
        article(project, url="https://example.org/report")
    assert raised.value.problems["url"].code == "address_taken"
    with pytest.raises(ValidationError) as raised:
        article(project, url="javascript:alert(1)")
    assert raised.value.problems["url"] == FieldProblem(
        "url", "not_a_web_address", {"value": "javascript:alert(1)"}
    )
    article(project, url=None)
    article(project, url=None)  # many articles may have no address


def test_article_validation(project):
    with pytest.raises(ValidationError) as raised:
        project.articles.create(
            ArticleInput("", publisher_id=77, language="klingon!", published_on="2025-13-01")
        )
    assert set(raised.value.problems) == {"title", "publisher_id", "language", "published_on"}


@pytest.mark.parametrize(
    "published_on",
    ["2025", "2025-06", "06.2025", PartialDate(date(2025, 6, 1), DatePrecision.MONTH)],
)
def test_an_article_is_published_on_a_whole_day(project, published_on):
    with pytest.raises(ValidationError) as raised:
        article(project, published_on=published_on)
    assert set(raised.value.problems) == {"published_on"}
    assert project.project.info().counts["articles"] == 0

    saved = project.articles.create(ArticleInput("Report", published_on="10.06.2025"))
    edited = ArticleInput.of(project.articles.get(saved.id))
    with pytest.raises(ValidationError) as raised:
        project.articles.update(
            saved.id, dataclasses.replace(edited, published_on=published_on), saved.version
        )
    assert set(raised.value.problems) == {"published_on"}
    record = project.articles.get(saved.id)
    assert record.published_on == date(2025, 6, 10) and record.version == saved.version
    day = PartialDate(date(2025, 6, 11))
    project.articles.update(saved.id, dataclasses.replace(edited, published_on=day), 1)
    assert project.articles.get(saved.id).published_on == date(2025, 6, 11)


def test_editing_article_text_reanchors_or_orphans_citations(project):
    report = article(project)
    claim = project.claims.create(soldiers_claim(project)).id
    project.citations.link(CitationInput(claim, report, "etwa 11.000 nordkoreanische Soldaten"))
    project.citations.link(CitationInput(claim, report, "rund 120 Koksan-Geschütze"))
    record = project.articles.get(report)
    new_text = "Vorspann. " + ARTICLE_TEXT.replace("rund 120 Koksan-Geschütze", "mehr Geschütze")
    saved = project.articles.update(
        report, dataclasses.replace(ArticleInput.of(record), text=new_text), record.version
    )
    assert saved.changes.claims == {claim}
    citations = {c.excerpt: c for c in project.claims.get(claim).citations}
    moved = citations["etwa 11.000 nordkoreanische Soldaten"]
    assert moved.anchor_state is AnchorState.MOVED
    assert new_text[moved.start : moved.end] == moved.excerpt
    assert citations["rund 120 Koksan-Geschütze"].anchor_state is AnchorState.ORPHANED


def test_an_article_cited_by_a_claim_cannot_be_deleted(project):
    report = article(project)
    claim = project.claims.create(soldiers_claim(project)).id
    project.citations.link(CitationInput(claim, report, "Weitere Lieferungen"))
    with pytest.raises(ValidationError):
        project.articles.delete([report])
    project.claims.delete([claim])
    project.articles.delete([report])
    with pytest.raises(NotFoundError):
        project.articles.get(report)
