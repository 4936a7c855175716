"""Full-text search on SQLite (FTS5) and PostgreSQL (tsvector): syntax, ranking, diacritics,
the index following every change, and input that must never break a search."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from claimdesk.core import migrate
from claimdesk.core.db import open_database
from claimdesk.core.enums import Qualifier, Status
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.inputs import ArticleInput, CitationInput, ClaimInput, SourceInput
from claimdesk.core.project import Project
from claimdesk.core.quantities import Quantity
from claimdesk.core.search import SearchError, as_you_type, parse
from claimdesk.core.search import sql as search_sql
from claimdesk.core.search.syntax import MAX_TERMS, fts5_expression
from claimdesk.core.services.claim_list import ClaimQuery, ClaimSort

from .factories import article, budanov, outlet, soldiers_claim


def found(project: Project, text: str, **filters) -> list[int]:
    """Claim ids for a search, best match first."""
    query = ClaimQuery(ClaimFilter(search=text, **filters), ClaimSort.RELEVANCE)
    ids = project.claim_list.ids(query)
    assert project.claim_list.count(query) == len(ids)
    return ids


@pytest.fixture
def desk(project: Project) -> dict[str, int]:
    speaker = budanov(project)
    paper = outlet(project)
    guns = project.claims.create(
        soldiers_claim(
            project,
            speaker,
            statement="Russia received about 120 M1989 Koksan guns from North Korea.",
            quote="rund 120 Koksan-Geschütze",
            quantity=Quantity(120, None, "Koksan guns", Qualifier.ABOUT),
            tags=("artillery",),
        )
    ).id
    soldiers = project.claims.create(soldiers_claim(project, speaker)).id
    capital = project.claims.create(
        ClaimInput(
            "Pjongjang sent more engineers to Kursk.",
            notes="Seen in a Telegram channel; wording mentions Koksan only in passing.",
            tags=("engineers",),
        )
    ).id
    report = article(
        project,
        title="Lagebericht aus dem Grenzgebiet",
        text="Die Lieferung von Schützenpanzern über Rostow wurde bestätigt.",
        publisher_id=paper,
    )
    cited = project.claims.create(ClaimInput("Deliveries continue.")).id
    project.citations.link(CitationInput(cited, report, "Lieferung von Schützenpanzern"))
    return {
        "guns": guns,
        "soldiers": soldiers,
        "capital": capital,
        "cited": cited,
        "budanov": speaker,
        "paper": paper,
        "report": report,
    }


# Syntax (no database) ----------------------------------------------------------------------


def test_the_query_language_reads_like_a_web_search():
    assert fts5_expression(parse("Budanov Koksan")) == '("Budanov" AND "Koksan")'
    assert fts5_expression(parse('"North Korean soldiers"')) == '"North Korean soldiers"'
    assert fts5_expression(parse("Kok*")) == '"Kok" *'
    assert fts5_expression(parse("drones Kursk OR Belgorod")) == (
        '("drones" AND ("Kursk" OR "Belgorod"))'
    )
    assert fts5_expression(parse("Kursk -Wagner")) == '"Kursk" NOT "Wagner"'
    assert fts5_expression(parse("Kursk NOT Wagner")) == '"Kursk" NOT "Wagner"'
    assert fts5_expression(parse('Kursk -"Wagner group"')) == '"Kursk" NOT "Wagner group"'
    assert fts5_expression(parse("a AND b")) == '("a" AND "b")'


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ('"unbalanced quote', '"unbalanced quote"'),
        ("OR", '"or"'),  # a lone operator is a word
        ("Kursk OR", '"Kursk"'),  # a dangling one joins nothing
        ("AND Kursk", '"Kursk"'),
        ("statement:foo", '"statement:foo"'),  # FTS5 column filter: only text
        ("NEAR(a b)", '("NEAR(a" AND "b)")'),
        ('say "hi"" there', '("say" AND "hi" AND "there")'),
        ("'; DROP TABLE claims; --", '("DROP" AND "TABLE" AND "claims;")'),
    ],
)
def test_odd_input_is_read_as_text(typed, expression):
    assert fts5_expression(parse(typed)) == expression


def test_input_that_cannot_search_says_why_or_searches_nothing():
    assert parse("   ") is None and parse("!!! ??") is None
    with pytest.raises(SearchError) as raised:
        parse("-Wagner NOT Rybar")
    assert raised.value.code == "only_excluded"
    with pytest.raises(SearchError) as raised:
        parse(" ".join(f"word{i}" for i in range(2000)))
    assert raised.value.code == "too_many_terms"
    assert raised.value.params == {"count": 2000, "limit": MAX_TERMS}


def test_as_you_type_reads_the_last_word_as_a_prefix():
    assert as_you_type("Kok") == "Kok*"
    assert as_you_type("Budanov Kok") == "Budanov Kok*"
    assert as_you_type("Kok ") == "Kok "  # a finished word
    assert as_you_type('"Koksan guns"') == '"Koksan guns"'
    assert as_you_type("Kursk OR") == "Kursk OR"
    assert as_you_type("") == ""


# Searching, on both backends -----------------------------------------------------------------


def test_words_phrases_prefixes_and_operators(project, desk):
    assert set(found(project, "koksan")) == {desk["guns"], desk["capital"]}
    assert found(project, "Budanov Koksan") == [desk["guns"]]  # claimant name and statement
    assert found(project, '"North Korean soldiers"') == [desk["soldiers"]]
    assert found(project, '"soldiers North Korean"') == []  # a phrase keeps its order
    assert found(project, "Kok*") == found(project, "koksan")
    assert set(found(project, "artillery OR engineers")) == {desk["guns"], desk["capital"]}
    assert found(project, "Koksan -Telegram") == [desk["guns"]]
    assert found(project, "Koksan NOT Telegram") == [desk["guns"]]
    assert found(project, "M1989") == [desk["guns"]]
    assert found(project, "KN-23") == []


def test_diacritics_and_case_do_not_matter(project, desk):
    assert found(project, "Pjöngjang") == [desk["capital"]]  # typed with, stored without
    assert found(project, "GESCHUTZE") == [desk["guns"]]  # stored with, typed without
    assert found(project, "geschütze") == [desk["guns"]]
    assert found(project, "pjöng*") == [desk["capital"]]
    assert found(project, "Schützenpanzer*") == [desk["cited"]]


def test_the_search_reaches_tags_sources_notes_and_articles(project, desk):
    assert found(project, "artillery") == [desk["guns"]]  # tag
    assert set(found(project, "Kyrylo")) == {desk["guns"], desk["soldiers"]}  # claimant
    assert found(project, "Telegram") == [desk["capital"]]  # notes
    assert found(project, "Lagebericht") == [desk["cited"]]  # title of the cited article
    # Only in the article's text: found when asked to look there too.
    assert found(project, "Rostow") == []
    assert found(project, "Rostow", in_article_text=True) == [desk["cited"]]


def test_a_word_of_an_article_finds_only_the_claims_that_say_it_unless_asked(project, desk):
    # Every claim cited in an article that mentions Koksan, not only those that do.
    report = article(
        project, "https://example.org/interview", title="Interview", text="About the Koksan guns."
    )
    for claim_id in (desk["soldiers"], desk["guns"]):
        project.citations.link(CitationInput(claim_id, report, "About the"))
    assert found(project, "koksan") == [desk["guns"], desk["capital"]]
    assert found(project, "koksan", in_article_text=True) == [
        desk["guns"],
        desk["capital"],
        desk["soldiers"],
    ]
    newest = ClaimQuery(ClaimFilter(search="koksan"), ClaimSort.ID)
    assert project.claim_list.count(newest) == 2
    assert project.claim_list.ids(newest) == [desk["capital"], desk["guns"]]


def test_relevance_puts_the_best_match_first(project, desk):
    # Koksan is in the guns claim's statement, quote and tags; only in the notes of the other.
    assert found(project, "koksan") == [desk["guns"], desk["capital"]]
    # A claim's own words beat a match only through an article's text.
    project.claims.update(
        desk["capital"],
        dataclasses.replace(
            ClaimInput.of(project.claims.get(desk["capital"])), notes="Rostow depot."
        ),
        project.claims.get(desk["capital"]).version,
    )
    assert found(project, "Rostow", in_article_text=True) == [desk["capital"], desk["cited"]]


def test_search_combines_with_filters_and_any_sort(project, desk):
    project.reviews.set_status([desk["guns"]], Status.VERIFIED, "Matches imagery.")
    verified = frozenset({Status.VERIFIED})
    assert found(project, "koksan", statuses=verified) == [desk["guns"]]
    assert found(project, "Kyrylo", units=frozenset({"SOLDIERS"})) == [desk["soldiers"]]
    assert set(found(project, "Kyrylo", has_quantity=True)) == {desk["guns"], desk["soldiers"]}
    in_paper = frozenset({desk["paper"]})
    assert found(project, "Rostow", publisher_ids=in_paper, in_article_text=True) == [desk["cited"]]
    assert found(project, "koksan", has_quantity=False) == [desk["capital"]]
    by_statement = ClaimQuery(ClaimFilter(search="koksan"), ClaimSort.STATEMENT, descending=False)
    assert project.claim_list.ids(by_statement) == [desk["capital"], desk["guns"]]
    newest = ClaimQuery(ClaimFilter(search="koksan"), ClaimSort.ID)
    assert project.claim_list.ids(newest) == [desk["capital"], desk["guns"]]
    rows = project.claim_list.page(ClaimQuery(ClaimFilter(search="koksan")), 1, 1)
    assert [row.id for row in rows] == [desk["guns"]]


def test_relevance_pages_continue_into_article_matches(project, desk):
    project.claims.update(
        desk["capital"],
        dataclasses.replace(
            ClaimInput.of(project.claims.get(desk["capital"])), notes="Rostow depot."
        ),
        project.claims.get(desk["capital"]).version,
    )
    ranked = ClaimQuery(ClaimFilter(search="Rostow", in_article_text=True), ClaimSort.RELEVANCE)
    pages = [project.claim_list.ids(ranked, offset, 1) for offset in range(3)]
    assert pages == [[desk["capital"]], [desk["cited"]], []]


def test_beyond_the_ranking_window_older_matches_follow_newest_first(project, desk, monkeypatch):
    # Only the newest matches are scored (a common word would otherwise score every claim);
    # older ones still come, after them, and none is lost or repeated across pages.
    monkeypatch.setattr(search_sql, "RANKED_AT_MOST", 2)
    best_but_old = project.claims.create(
        ClaimInput("Koksan Koksan Koksan guns.", quote="Koksan", tags=("koksan",))
    ).id
    weak = [
        project.claims.create(ClaimInput(f"Claim {n}.", notes="Koksan was mentioned.")).id
        for n in range(3)
    ]
    # "guns" and "capital" of the desk are older still; the two newest ("weak" 1 and 2) rank.
    expected = [weak[2], weak[1], weak[0], best_but_old, desk["capital"], desk["guns"]]
    assert found(project, "koksan")[:2] == [weak[2], weak[1]]
    assert found(project, "koksan") == expected
    ranked = ClaimQuery(ClaimFilter(search="koksan"), ClaimSort.RELEVANCE)
    pages = [project.claim_list.ids(ranked, offset, 4) for offset in (0, 4)]
    assert pages[0] + pages[1] == expected
    # With another filter the window is taken among the claims that pass it.
    project.reviews.set_status([desk["guns"], best_but_old], Status.VERIFIED, "Imagery.")
    verified = frozenset({Status.VERIFIED})
    assert found(project, "koksan", statuses=verified) == [best_but_old, desk["guns"]]


# The index follows every change --------------------------------------------------------------


def test_edits_undo_and_deletes_reach_the_index(project, desk):
    record = project.claims.get(desk["guns"])
    original = ClaimInput.of(record)
    changed = dataclasses.replace(original, statement="Russia received Msta howitzers.")
    project.claims.update(desk["guns"], changed, record.version)
    assert found(project, "Msta") == [desk["guns"]]
    assert found(project, "M1989") == []
    # Undo: the earlier fields written back.
    project.claims.update(desk["guns"], original, project.claims.get(desk["guns"]).version)
    assert found(project, "M1989") == [desk["guns"]] and found(project, "Msta") == []
    project.claims.delete([desk["guns"]])
    assert found(project, "M1989") == []
    project.claims.restore([desk["guns"]])
    assert found(project, "M1989") == [desk["guns"]]


def test_tags_sources_and_articles_changing_reach_the_claims(project, desk):
    record = project.claims.get(desk["soldiers"])
    tagged = dataclasses.replace(ClaimInput.of(record), tags=(*record.tags, "Rekrutierung"))
    project.claims.update(desk["soldiers"], tagged, record.version)
    assert found(project, "rekrutierung") == [desk["soldiers"]]

    source = project.sources.get(desk["budanov"])
    renamed = dataclasses.replace(SourceInput.of(source), name="Kyrylo Budanow")
    project.sources.update(desk["budanov"], renamed, source.version)
    assert set(found(project, "Budanow")) >= {desk["guns"], desk["soldiers"]}

    page = project.articles.get(desk["report"])
    retitled = dataclasses.replace(
        ArticleInput.of(page), title="Bericht aus Belgorod", text="Neue Fassung ohne Ortsnamen."
    )
    project.articles.update(desk["report"], retitled, page.version)
    assert found(project, "Belgorod") == [desk["cited"]]
    assert found(project, "Lagebericht") == [] and found(project, "Rostow") == []

    [citation] = project.citations.for_article(desk["report"])
    project.citations.unlink(citation.id)
    assert found(project, "Belgorod") == [] and found(project, "Schützenpanzern") == []


@pytest.mark.tampers  # writes rows behind the services
def test_a_hard_delete_leaves_nothing_in_the_index(project, desk):
    with project.database.engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM claims WHERE id = :id"), {"id": desk["guns"]})
    assert found(project, "M1989") == []
    assert found(project, "koksan") == [desk["capital"]]


@pytest.mark.parametrize(
    "typed",
    [
        '"unbalanced',
        "OR",
        "AND",
        "NOT",
        "-",
        "*",
        '"',
        "a" * 10_000,
        " ".join(["x"] * 60),
        "statement:Koksan",
        "NEAR(Koksan guns, 2)",
        "Koksan^2 {quote}:x",
        "'; DROP TABLE claims; --",
        "claims.id = 1 OR 1=1",
        "Koksan & | ! <-> :*",
        "\\x00 \u0000 \ud7ff",
        "(((",
    ],
)
def test_no_input_breaks_a_search(project, desk, typed):
    try:
        ids = found(project, typed)
    except SearchError as error:
        assert error.code in ("only_excluded", "too_many_terms")
    else:
        assert isinstance(ids, list)
    assert project.claim_list.count(ClaimQuery()) == 4  # and nothing was harmed


def test_the_migration_indexes_an_existing_database(database_url):
    with Project.open(database_url, actor="analyst") as project:
        speaker = budanov(project)
        claim = project.claims.create(soldiers_claim(project, speaker)).id
    database = open_database(database_url)
    migrate.downgrade(database.engine, "0004")  # as a project made before search existed
    with database.engine.connect() as connection:
        tables = set(sa.inspect(connection).get_table_names())
    assert "claim_search" not in tables
    migrate.upgrade(database.engine)
    database.close()
    with Project.open(database_url, actor="analyst") as project:
        assert found(project, "Budanov soldiers") == [claim]
        assert found(project, "nordkoreanische") == [claim]


def test_all_triggers_exist_at_head(project):
    from claimdesk.core.search.ddl import PG_TRIGGERS, SQLITE_TRIGGERS

    with project.database.engine.connect() as connection:
        if project.database.is_sqlite:
            names = set(
                connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                ).scalars()
            )
            assert set(SQLITE_TRIGGERS) <= names
        else:
            names = set(
                connection.exec_driver_sql(
                    "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
                ).scalars()
            )
            assert set(PG_TRIGGERS) <= names


def test_a_cancelled_read_stops_the_running_query(project):
    import threading
    import time

    from claimdesk.core.errors import Cancelled
    from claimdesk.core.jobs import CancelToken

    slow = (
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 500000000) "
        "SELECT count(*) FROM n"
        if project.database.is_sqlite
        else "SELECT pg_sleep(30)"
    )
    token = CancelToken()
    threading.Timer(0.2, token.cancel).start()
    started = time.perf_counter()
    with pytest.raises(Cancelled), project.database.read(token) as session:
        session.execute(sa.text(slow))
    assert time.perf_counter() - started < 5
    # The connection is fine afterwards.
    assert project.claim_list.count(ClaimQuery(), CancelToken()) == 0


def test_a_cancelled_read_on_the_driver_connection_is_cancelled_too(tmp_path):
    # Pages on SQLite run their statements on the driver's connection (claim_rows.py,
    # newest_first.py): cancelling and storage errors must look the same there.
    import threading
    import time

    from claimdesk.core.errors import Cancelled, StorageError
    from claimdesk.core.jobs import CancelToken
    from claimdesk.core.project import Project

    slow = (
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 500000000) "
        "SELECT count(*) FROM n"
    )
    with Project.open(tmp_path / "driver.sqlite3") as project:
        token = CancelToken()
        threading.Timer(0.2, token.cancel).start()
        started = time.perf_counter()
        with pytest.raises(Cancelled), project.database.read(token) as session:
            session.connection().connection.driver_connection.execute(slow).fetchall()
        assert time.perf_counter() - started < 5
        with pytest.raises(StorageError, match="no such table"), project.database.read() as s:
            s.connection().connection.driver_connection.execute("SELECT * FROM nowhere")
