"""The demo project: the 10 June 2025 report, its sources, claims, chain and citations, and
figures that conflict and make a timeline."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

import pytest

from claimdesk.core.demo import create_demo, demo_data
from claimdesk.core.enums import Qualifier, Status
from claimdesk.core.errors import ValidationError
from claimdesk.core.matching.figures import agree, unit_key
from claimdesk.core.records import ClaimRecord


def test_demo_project_is_complete_and_consistent(project):
    create_demo(project)
    counts = project.project.info().counts
    assert counts == {"sources": 9, "articles": 1, "claims": 17, "citations": 7, "reviews": 2}
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
    assert project.project.info().counts["claims"] == 17


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


def _quantified(project) -> list[ClaimRecord]:
    count = project.project.info().counts["claims"]
    claims = [project.claims.get(claim_id) for claim_id in range(1, count + 1)]
    return [claim for claim in claims if claim.quantity and (claim.as_of or claim.claimed_on)]


def _days(claim: ClaimRecord) -> tuple[date, date]:
    """The days a claim's figure is about: its as-of date, else its claim date, whole."""
    when = claim.as_of or claim.claimed_on
    return when.value, when.last_day()


def test_demo_holds_conflicting_figures(sqlite_project):
    """Two claimants count the same thing at about the same time and their figures cannot
    both be true, qualifiers allowed for: what the conflicts view is for."""
    create_demo(sqlite_project)
    conflicts = sqlite_project.conflicts.list()
    pairs = set()
    for conflict in conflicts:
        a, b = (sqlite_project.claims.get(claim_id) for claim_id in conflict.claims)
        assert unit_key(a.quantity.unit) == unit_key(b.quantity.unit)
        assert not agree(a.quantity, b.quantity)
        pairs.add(
            frozenset({(a.claimant.name, a.quantity.value), (b.claimant.name, b.quantity.value)})
        )
    # Blinken's "about 8,000" in Kursk (31 October 2024) and Zelensky's "about 11,000" there
    # (November 2024). The General Staff's 10,394 tanks and Oryx's "at least 3,812" of 21 March
    # 2025 agree: a lower bound is no contradiction.
    assert frozenset({("Antony Blinken", 8000), ("Volodymyr Zelensky", 11000)}) in pairs
    assert all(conflict.unit == "soldiers" for conflict in conflicts)


def test_demo_holds_a_timeline(sqlite_project):
    """Things counted on at least four dates by more than one claimant, with qualifier bands
    ("about", "at least"): timelines worth drawing."""
    create_demo(sqlite_project)
    series = defaultdict(list)
    for claim in _quantified(sqlite_project):
        series[unit_key(claim.quantity.unit)].append(claim)
    for key in ("soldiers", "tanks"):
        points = series[key]
        assert len({_days(claim) for claim in points}) >= 4, key
        assert len({claim.claimant.name for claim in points}) >= 2, key
    assert any(c.quantity.qualifier is Qualifier.ABOUT for c in series["soldiers"])
    tanks = sorted(series["tanks"], key=_days)
    general_staff = [c.quantity.value for c in tanks if c.claimant.name.startswith("General")]
    assert general_staff == sorted(general_staff) and len(general_staff) == 4
    assert {c.quantity.qualifier for c in tanks if c.claimant.name == "Oryx"} == {
        Qualifier.AT_LEAST
    }


def test_cli_demo_prints_its_counts_as_json(tmp_path, capsys, cli_log):
    from claimdesk.cli import main

    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == {
        "database": str(db),
        "counts": {"sources": 9, "articles": 1, "claims": 17, "citations": 7, "reviews": 2},
    }
