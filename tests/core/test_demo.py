"""The demo project: the 10 June 2025 report, its sources, claims, chain and citations."""

from __future__ import annotations

import pytest

from claimdesk.core.demo import create_demo, demo_data
from claimdesk.core.enums import Qualifier, Status
from claimdesk.core.errors import ValidationError


def test_demo_project_is_complete_and_consistent(project):
    create_demo(project)
    counts = project.project.info().counts
    assert counts == {"sources": 3, "articles": 1, "claims": 7, "citations": 7, "reviews": 2}
    claims = [project.claims.get(claim_id) for claim_id in range(1, 8)]
    by_figure = {c.quantity.value: c for c in claims if c.quantity}
    soldiers, guns = by_figure[11000], by_figure[120]
    assert soldiers.quantity.qualifier is Qualifier.ABOUT
    assert soldiers.quantity.unit == "North Korean soldiers"
    assert guns.quantity.qualifier is Qualifier.ABOUT and "Koksan" in guns.quantity.unit
    assert soldiers.claimant.name == "Kyrylo Budanov"
    assert [hop.source.name if hop.source else "article" for hop in soldiers.hops] == [
        "Kyrylo Budanov",
        "The War Zone",
        "article",
    ]
    assert soldiers.status is Status.IN_PROGRESS
    for claim in claims:
        for citation in claim.citations:
            text = project.articles.get(citation.article.id).text
            assert text[citation.start : citation.end] == citation.excerpt


def test_demo_refuses_a_project_with_data(project):
    create_demo(project)
    with pytest.raises(ValidationError) as raised:
        create_demo(project)
    assert raised.value.problems["database"].code == "demo_needs_empty"
    assert raised.value.problems["database"].params == {"location": project.database.location}
    assert project.project.info().counts["claims"] == 7


def test_demo_text_is_our_own_words_not_the_publishers():
    """The seed report must not be copied: no long run of its words may appear in the demo."""
    from pathlib import Path

    seed = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_4ad7493308ebd7cd.txt"
    if not seed.exists():
        pytest.skip("../shared/seeds is not present")
    original = seed.read_text(encoding="utf-8").split()
    ours = " ".join("\n".join(demo_data()["articles"]["report"]["text"]).split())
    runs = {" ".join(original[i : i + 8]) for i in range(len(original) - 8)}
    copied = [run for run in runs if run in ours]
    assert copied == []
