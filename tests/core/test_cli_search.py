"""`claimdesk search` as a user runs it in a terminal, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from claimdesk.core.demo import create_demo
from claimdesk.core.enums import Status
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.project import Project
from claimdesk.core.services.claim_list import ClaimQuery, ClaimSort

from .test_cli_exchange import cli


@pytest.fixture
def demo_url(database_url: str) -> str:
    with Project.open(database_url, actor="analyst") as project:
        create_demo(project)
        project.reviews.set_status([4], Status.VERIFIED, "Seen on satellite imagery.")
        project.saved_views.create(
            "Koksan", ClaimQuery(ClaimFilter(search="Koksan"), ClaimSort.RELEVANCE)
        )
    return database_url


def found(*args: str) -> dict:
    result = cli("search", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_search_prints_the_best_matches_first(demo_url):
    data = found("--db", demo_url, "Budanov Koksan guns")
    assert data["total"] == 1 and data["claims"][0]["id"] == 4
    claim = data["claims"][0]
    assert claim["claimant"] == "Kyrylo Budanov" and claim["status"] == "verified"
    assert claim["quantity"]["value"] == 120 and "North Korea" in claim["tags"]
    accents = found("--db", demo_url, "Pjöngjang", "--article-text")["claims"]
    assert accents == found("--db", demo_url, "pjongjang", "--article-text")["claims"] != []
    # Only the demo article's text says Pjöngjang; no claim does.
    assert found("--db", demo_url, "Pjöngjang")["total"] == 0


def test_the_article_text_is_searched_only_when_asked(demo_url):
    # The demo article mentions Koksan; only claim 4 does itself.
    assert [claim["id"] for claim in found("--db", demo_url, "Koksan")["claims"]] == [4]
    everywhere = found("--db", demo_url, "Koksan", "--article-text")
    assert everywhere["total"] > 1 and everywhere["claims"][0]["id"] == 4


def test_filters_views_and_plain_lines(demo_url):
    everything = found("--db", demo_url, "Koksan", "--article-text")["total"]
    verified = found("--db", demo_url, "Koksan", "--article-text", "--status", "verified")
    assert verified["total"] == 1 < everything
    assert found("--db", demo_url, "--view", "koksan", "--article-text")["total"] == everything
    assert found("--db", demo_url, "--view", "Koksan", "--status", "verified")["total"] == 1
    assert found("--db", demo_url, "--no-quantity", "--tag", "submarines")["total"] == 1
    lines = cli("search", "--db", demo_url, "Koksan", "--article-text", "--limit", "2")
    assert lines.returncode == 0
    assert lines.stdout.splitlines()[0].startswith("#4 ")
    assert lines.stdout.splitlines()[-1] == f"(1–2 of {everything} claims)"
    one = cli("search", "--db", demo_url, "Koksan")
    assert one.stdout.splitlines()[-1] == "(1–1 of 1 claim)"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-Wagner"], "only excludes"),
        (["x", "--view", "Nope"], "no saved view is called 'Nope' (Koksan)"),
        (["x", "--claimed-from", "June"], "--claimed-from"),
        (["x", "--publisher", "Nobody"], "--publisher: no source is called 'Nobody'"),
        (["x", "--limit", "0"], "--limit"),
    ],
)
def test_bad_input_gets_one_line(demo_url, args, message):
    result = cli("search", "--db", demo_url, "--", *args) if args[0] == "-Wagner" else None
    if result is None:
        result = cli("search", "--db", demo_url, *args)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_syntax_in_the_query_is_only_text(demo_url):
    for typed in ('"unbalanced', "statement:Koksan", "'; DROP TABLE claims; --", "a" * 10_000):
        result = cli("search", "--db", demo_url, typed)
        assert result.returncode == 0, result.stderr
    assert found("--db", demo_url)["total"] == 17
