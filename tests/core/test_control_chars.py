"""Control characters never reach the database: every service stores text without NUL, escape
sequences, DEL or lone surrogates (tab and newline kept, CR made newline), on both databases.

On PostgreSQL a NUL used to fail the save with a driver error; on SQLite it was stored and
written into every report."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
import sqlalchemy as sa

from claimdesk.core.enums import CitationRole, HopMode, RelationKind, Status
from claimdesk.core.errors import ValidationError
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.inputs import (
    ArticleInput,
    CitationInput,
    ClaimInput,
    EvidenceInput,
    HopInput,
    RelationInput,
    SourceInput,
)
from claimdesk.core.models import Base
from claimdesk.core.project import Project
from claimdesk.core.services.claim_list import ClaimQuery
from claimdesk.core.services.published_reviews import PublishedReviewInput

from .factories import ARTICLE_TEXT, soldiers_claim

# What the services must never store: C0 controls but tab and newline, CR, DEL, surrogates.
UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
DIRTY = "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\ud800"  # every kind that must go


def dirty(text: str) -> str:
    """The text with control characters after its first letter and CRLF line ends."""
    return f"{text[:1]}{DIRTY}{text[1:]}".replace("\n", "\r\n")


def test_clean_text_keeps_tab_and_newline_and_makes_cr_a_newline():
    from claimdesk.core.control_chars import clean_text

    assert clean_text("a\tb\nc\r\nd\re") == "a\tb\nc\nd\ne"
    assert clean_text(f"N{DIRTY}UL") == "NUL"
    assert clean_text("emoji 🙂, ü, \u00a0, \u200b") == "emoji 🙂, ü, \u00a0, \u200b"
    plain = "nothing to do"
    assert clean_text(plain) is plain


def test_cleaned_reaches_into_inputs_and_keeps_other_values():
    from claimdesk.core.control_chars import cleaned

    data = ClaimInput(
        "S\x00tatement",
        tags=("K\x00ursk",),
        hops=(HopInput(source_id=1, mode=HopMode.VERBATIM, description="d\x1b"),),
    )
    assert cleaned(data) == dataclasses.replace(
        data,
        statement="Statement",
        tags=("Kursk",),
        hops=(HopInput(source_id=1, mode=HopMode.VERBATIM, description="d"),),
    )
    assert cleaned(data).hops[0].mode is HopMode.VERBATIM
    untouched = ClaimInput("fine", tags=("a",))
    assert cleaned(untouched) is untouched
    raw = ArticleInput("T", original=b"\x00binary\x1b", text="x")
    assert cleaned(raw).original == b"\x00binary\x1b"  # captured bytes are kept as they came
    assert cleaned({"k\x00": ["v\x07", 1, None]}) == {"k": ["v", 1, None]}


def every_text_value(project: Project) -> list[str]:
    """Every text and JSON value in every table, read with plain SQL."""
    found: list[str] = []
    with project.database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(sa.select(table)):
                found.extend(_texts(list(row)))
    return found


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _texts(list(value.keys())) + _texts(list(value.values()))
    if isinstance(value, list | tuple):
        return [text for item in value for text in _texts(item)]
    return []


def test_no_service_stores_a_control_character(project):
    actor = Project(project.database, actor="ana\x00lyst\x1b")
    source = actor.sources.create(
        SourceInput(dirty("Kyrylo Budanov"), role=dirty("Chief of HUR"), notes=dirty("a\nb"))
    ).id
    report = actor.articles.create(
        ArticleInput(
            dirty("Budanow über Nordkorea"),
            url="https://example.org/report",
            authors=(dirty("Anna Autorin"),),
            text=dirty(ARTICLE_TEXT),
            notes=dirty("captured\nby hand"),
        )
    ).id
    claim = actor.claims.create(
        soldiers_claim(
            actor,
            source,
            statement=dirty("About 11,000 soldiers."),
            quote=dirty("etwa 11.000 Soldaten"),
            notes=dirty("first line\nsecond line"),
            tags=(dirty("North Korea"), "K\x00ursk"),
            hops=(HopInput(source_id=source, said_on="2025-06", description=dirty("interview")),),
        )
    ).id
    actor.citations.link(
        CitationInput(claim, report, dirty("etwa 11.000 nordkoreanische Soldaten"))
    )
    other = actor.claims.create(soldiers_claim(actor, statement="Another claim.")).id
    actor.relations.relate(RelationInput(claim, other, RelationKind.CONTRADICTS, dirty("see x")))
    actor.reviews.set_status(
        [claim],
        Status.FALSE,
        dirty("Imagery shows\nfewer troops."),
        [EvidenceInput(url="https://example.org/imagery", note=dirty("satellite image"))],
    )
    actor.saved_views.create(
        dirty("Kursk claims"), ClaimQuery(ClaimFilter(search=dirty("Kursk soldiers")))
    )
    actor.published_reviews.add(
        claim,
        PublishedReviewInput(
            fingerprint="f" * 64,
            original={"claimReviewed": dirty("soldiers"), dirty("author"): {"name": "x\x00"}},
            review_url="https://example.org/check",
            review_author=dirty("Fact Checkers"),
            published_on=date(2025, 6, 11),
            rating_text=dirty("False"),
            appearances=(dirty("appearance"),),
        ),
    )
    edited = dataclasses.replace(
        ClaimInput.of(actor.claims.get(claim)), statement=dirty("Edited statement.")
    )
    actor.claims.update(claim, edited, actor.claims.get(claim).version)
    actor.captures.capture(
        ArticleInput("Second\x00 page", text=dirty("Another text."), original=b"<p>\x00</p>"),
        publisher_name=dirty("t-online"),
    )

    texts = every_text_value(project)
    bad = [text for text in texts if UNWANTED.search(text)]
    assert bad == []
    record = actor.claims.get(claim)
    assert record.statement == "Edited statement."
    assert record.notes == "first line\nsecond line"
    assert record.tags == ("Kursk", "North Korea")
    assert record.hops[0].description == "interview"
    assert record.citations[0].excerpt == "etwa 11.000 nordkoreanische Soldaten"
    assert record.citations[0].role is CitationRole.REPORTS
    assert record.latest_review.rationale == "Imagery shows\nfewer troops."
    assert record.created_by == "analyst"
    assert actor.articles.get(report).text == ARTICLE_TEXT
    assert actor.sources.get(source).name == "Kyrylo Budanov"
    assert [view.name for view in actor.saved_views.list()] == ["Kursk claims"]


@pytest.mark.parametrize("field", ["statement", "notes", "quote"])
def test_a_field_of_only_control_characters_is_empty(project, field):
    if field == "statement":
        with pytest.raises(ValidationError) as raised:
            project.claims.create(soldiers_claim(project, statement=DIRTY))
        assert raised.value.problems["statement"].code == "required"
    else:
        saved = project.claims.create(soldiers_claim(project, **{field: DIRTY}))
        assert getattr(project.claims.get(saved.id), field) is None
