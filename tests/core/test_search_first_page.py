"""The first page of a search and its count apart (issue 16): rare words rank as they always
did, a common word fills its first page with real matches from a bounded set of candidates,
and quick_count gives a figure at once (exact where the index answers alone, else flagged as
an estimate) while count() stays exact. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from claimdesk.core.enums import Status
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.inputs import CitationInput, ClaimInput
from claimdesk.core.models import Claim
from claimdesk.core.project import Project
from claimdesk.core.search import parse
from claimdesk.core.search import sql as search_sql
from claimdesk.core.search.syntax import fts5_expression
from claimdesk.core.services.claim_list import ClaimCount, ClaimQuery, ClaimSort

from .factories import article

FILLER = ("artillery", "convoy", "depot", "border", "drones", "river", "bridge")

# The order main gave before issue 16 (commit c286016) for the newsroom below, as report
# numbers (0-based): bm25 on SQLite and ts_rank on PostgreSQL rank differently.
BEFORE = {
    "sqlite": {
        "koksan": [7, 35, 43, 23, 11, 31, 22, 14, 15, 47, 19, 3, 2, 39, 10, 42, 38, 27, 46, 30,
                   26, 34, 49, 18, 29, 1, 6, 25, 37, 21, 5, 45, 33, 17, 0, 9, 41, 13, 44, 40,
                   20, 36, 24, 12, 48],
        "Koksan depot": [43, 22, 23, 2, 29, 1, 37, 15, 47, 19, 26, 30, 34, 27, 9, 6, 33, 5, 41,
                         13, 44, 40, 20, 42, 36, 21, 3, 0, 39, 18, 12, 45, 48, 24],
        "koksan OR drones": [23, 2, 31, 38, 11, 46, 37, 10, 17, 3, 34, 39, 30, 25, 18, 9, 27, 6,
                             41, 13, 45, 44, 20, 24, 48, 7, 35, 43, 22, 14, 15, 47, 19, 42, 26,
                             49, 29, 16, 1, 21, 5, 33, 32, 4, 0, 40, 36, 12],
    },
    "postgresql": {
        "koksan": [15, 35, 11, 39, 27, 3, 47, 43, 31, 23, 19, 7, 30, 22, 10, 42, 18, 6, 46, 38,
                   34, 26, 14, 2, 45, 33, 25, 5, 21, 9, 49, 41, 37, 29, 17, 13, 1, 0, 44, 40,
                   20, 48, 36, 24, 12],
        "Koksan depot": [15, 23, 30, 43, 2, 22, 27, 6, 9, 47, 19, 34, 37, 33, 26, 29, 1, 5, 41,
                         13, 42, 3, 44, 40, 20, 39, 36, 12, 0, 48, 21, 18, 45, 24],
        "koksan OR drones": [11, 39, 27, 3, 31, 23, 30, 10, 18, 6, 46, 38, 34, 2, 45, 25, 9, 41,
                             37, 17, 13, 44, 20, 15, 35, 47, 43, 19, 7, 22, 42, 26, 14, 48, 24,
                             33, 5, 21, 49, 32, 29, 16, 4, 1, 0, 40, 36, 12],
    },
}  # fmt: skip


def newsroom(project: Project) -> list[int]:
    """50 reports: 45 mention Koksan, in the statement (0 to 3 times), the quote, the notes
    or a tag, in statements of different lengths; 5 do not."""
    ids = []
    for n in range(50):
        words = " ".join(FILLER[(n + k) % len(FILLER)] for k in range(n % 7 + 1))
        mentions = " ".join(["Koksan"] * (n % 4))
        ids.append(
            project.claims.create(
                ClaimInput(
                    f"Report {n}: {mentions} {words}.",
                    quote="Koksan-Geschütze gesehen" if n % 5 == 0 else None,
                    notes="Koksan at the depot" if n % 3 == 0 else None,
                    tags=("koksan",) if n % 11 == 0 else (),
                )
            ).id
        )
    return ids


def ranked(text: str, **filters) -> ClaimQuery:
    return ClaimQuery(ClaimFilter(search=text, **filters), ClaimSort.RELEVANCE)


def scored(project: Project, text: str) -> list[tuple[int, float]]:
    """(id, score) of every direct match, best first, straight from the index (lower is
    better): the ranking without any bound on candidates."""
    query = parse(text)
    assert query is not None
    if project.database.is_sqlite:
        weights = ", ".join(map(str, search_sql.BM25_WEIGHTS))
        sql = (
            f"SELECT rowid, bm25(claim_search, {weights}) AS score FROM claim_search "
            "WHERE claim_search MATCH :expression ORDER BY score, rowid DESC"
        )
        parameters = {"expression": fts5_expression(query)}
    else:
        sql = (
            "SELECT claim_id, -ts_rank(document, plainto_tsquery('claimdesk_search', :text)) "
            "AS score FROM claim_search "
            "WHERE document @@ plainto_tsquery('claimdesk_search', :text) "
            "ORDER BY score, claim_id DESC"
        )
        parameters = {"text": text}
    with project.database.engine.connect() as connection:
        return [(row[0], row[1]) for row in connection.execute(sa.text(sql), parameters)]


@pytest.mark.parametrize("text", ["koksan", "Koksan depot", "koksan OR drones"])
def test_rare_words_rank_as_before(project, text):
    reports = newsroom(project)
    expected = [reports[n] for n in BEFORE[project.database.dialect][text]]
    query = ranked(text)
    assert project.claim_list.ids(query) == expected
    first = project.claim_list.page(query, 0, 10)
    assert [row.id for row in first] == expected[:10]
    assert project.claim_list.count(query) == len(expected)
    if " OR " not in text:  # the unbounded ranking straight from the index agrees
        assert [claim_id for claim_id, _ in scored(project, text)] == expected


def test_a_common_word_fills_its_first_page_with_real_matches(project, monkeypatch):
    # A word in more claims than are ranked: the newest RANKED_AT_MOST matches come best
    # first, then the older matches newest first; every row is a match, none is repeated.
    monkeypatch.setattr(search_sql, "RANKED_AT_MOST", 10)
    newsroom(project)
    matches = scored(project, "koksan")
    assert len(matches) == 45
    newest = sorted(matches, key=lambda m: -m[0])[:10]
    candidates = [claim_id for claim_id, _ in sorted(newest, key=lambda m: (m[1], -m[0]))]
    older = sorted({claim_id for claim_id, _ in matches} - set(candidates), reverse=True)

    query = ranked("koksan")
    page = project.claim_list.page(query, 0, 20)
    assert [row.id for row in page] == candidates + older[:10]
    assert {row.id for row in page} <= {claim_id for claim_id, _ in matches}
    pages = [project.claim_list.ids(query, offset, 20) for offset in (0, 20, 40)]
    assert [claim_id for page in pages for claim_id in page] == candidates + older
    assert project.claim_list.count(query) == 45


@pytest.mark.tampers  # writes rows behind the services
def test_a_common_word_at_scale_on_both_backends(project):
    # More matches than RANKED_AT_MOST without patching anything: 1,200 claims saying "says"
    # (written in one statement; the search index is filled by its triggers as for any insert).
    # The best of all 1,200 are the oldest; the first page holds the best of the newest 1,000.
    now = datetime.now(UTC)
    count = search_sql.RANKED_AT_MOST + 200
    with project.database.engine.begin() as connection:
        connection.execute(
            Claim.__table__.insert(),
            [
                {
                    # The oldest 200 say it most, and briefly: the best matches, left unranked.
                    "statement": f"Says, says, says {n}."
                    if n < 200
                    else f"The minister says {'again ' * (n % 5)}claim {n}.",
                    "credibility": "6",
                    "status": "unverified",
                    "created_by": "test",
                    "updated_by": "test",
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for n in range(count)
            ],
        )
    query = ranked("says")
    page = project.claim_list.page(query, 0, 100)
    assert len(page) == 100 and all("says" in row.statement.lower() for row in page)
    assert len({row.id for row in page}) == 100
    best = [claim_id for claim_id, _ in scored(project, "says") if claim_id > 200][:100]
    assert [row.id for row in page] == best
    assert [claim_id for claim_id, _ in scored(project, "says")][:100] == list(range(200, 100, -1))
    assert project.claim_list.count(query) == count
    assert project.claim_list.quick_count(query) == ClaimCount(count, exact=True)


def test_quick_count_is_exact_where_the_index_answers_else_an_estimate(project, monkeypatch):
    reports = newsroom(project)
    listing = project.claim_list
    assert listing.quick_count(ClaimQuery()) is None  # no search: count() is the quick way
    alone = ranked("koksan")
    assert listing.quick_count(alone) == ClaimCount(45, exact=True) and listing.count(alone) == 45

    project.reviews.set_status(reports[:20], Status.VERIFIED, "Seen on imagery.")
    matching = {claim_id for claim_id, _ in scored(project, "koksan")}
    verified = ranked("koksan", statuses=frozenset({Status.VERIFIED}))
    assert listing.count(verified) == len(matching & set(reports[:20])) == 17
    # Fewer matches than are ranked: the filter is applied to all of them, still exact.
    assert listing.quick_count(verified) == ClaimCount(17, exact=True)
    # More: the share of the newest 10 matches that pass scales the 45, as an estimate (the
    # newest 10 are all unverified: it overshoots, and count() then says 28).
    monkeypatch.setattr(search_sql, "RANKED_AT_MOST", 10)
    unverified = ranked("koksan", statuses=frozenset({Status.UNVERIFIED}))
    assert listing.quick_count(unverified) == ClaimCount(45, exact=False)
    assert listing.count(unverified) == 28

    # Claims found through an article's text are added: an estimate, never below the count.
    cited = project.claims.create(ClaimInput("Deliveries continue.")).id
    excerpt = "Weitere Lieferungen seien wahrscheinlich."  # the article names Koksan elsewhere
    project.citations.link(CitationInput(cited, article(project), excerpt))
    in_articles = ranked("koksan", in_article_text=True)
    estimate = listing.quick_count(in_articles)
    assert estimate is not None and not estimate.exact
    assert estimate.value >= listing.count(in_articles) == 46
    # A word only in that article's text, with a filter: no direct match to learn from.
    only_cited = ranked(
        "nordkoreanische", in_article_text=True, statuses=frozenset({Status.UNVERIFIED})
    )
    assert listing.quick_count(only_cited) == ClaimCount(1, exact=False)
    assert listing.count(only_cited) == 1
