"""The search as SQL: which claims match, and in what order of relevance, on each backend.

A claim matches when the whole query matches its own document (statement, quote, notes,
tags, sources, article titles and excerpts) or, when asked (``in_article_text``), the title
and text of an article it is cited in. Ranked by relevance, claims matching in their own
document come first, best match first (FTS5 bm25 with column weights; PostgreSQL ts_rank with
A–D weights) among the newest RANKED_AT_MOST of them; all other matches (older ones of a
common word, and claims found only through an article's text) follow, newest first. The
README's "Best first" section says the same for analysts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    func,
    literal,
    literal_column,
    select,
    table,
    union,
)
from sqlalchemy import column as sql_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from ..models import Citation, Claim
from .ddl import ARTICLE_INDEX, CLAIM_INDEX, PG_CONFIG
from .syntax import Clause, SearchQuery, Term, fts5_expression, tsquery_prefix_text

# bm25 weights per FTS5 column: statement, quote, notes, tags, sources, articles.
BM25_WEIGHTS = (10.0, 6.0, 2.0, 5.0, 5.0, 1.0)

_claim_fts = table(CLAIM_INDEX, sql_column("rowid"))
_article_fts = table(ARTICLE_INDEX, sql_column("rowid"))
_claim_pg = table(CLAIM_INDEX, sql_column("claim_id"), sql_column("document"))
_article_pg = table(ARTICLE_INDEX, sql_column("article_id"), sql_column("document"))


class ClaimMatches(ColumnElement[bool]):
    """``claims.id`` matches the search in its own document (or, ``in_article_text``, also in
    an article's it is cited in); compiled for the backend the statement runs on, so filters
    stay backend-neutral."""

    type = Boolean()
    _is_implicitly_boolean = True  # a condition already: no "= 1" appended on SQLite
    inherit_cache = False  # the query tree is not hashable SQL; such statements are not cached

    def __init__(self, query: SearchQuery, *, in_article_text: bool = False):
        self.query = query
        self.in_article_text = in_article_text


@compiles(ClaimMatches, "sqlite")
@compiles(ClaimMatches, "postgresql")
def _matches(element: ClaimMatches, compiler: SQLCompiler, **kw: Any) -> str:
    # One IN over a UNION: "id IN (a) OR id IN (b)" makes PostgreSQL re-scan a materialised
    # subquery for every claim once the matches outgrow work_mem (a common word never ends).
    dialect = compiler.dialect.name
    found: Select[Any] = direct_matches(dialect, element.query)
    if element.in_article_text:
        found = union(found, cited_matches(dialect, element.query))  # type: ignore[assignment]
    return f"({compiler.process(Claim.id.in_(found), **kw)})"


def cited_matches(dialect: str, query: SearchQuery) -> Select:  # type: ignore[type-arg]
    """Ids of the claims cited in an article whose title or text matches."""
    if dialect == "sqlite":
        matching = select(_article_fts.c.rowid).where(
            _fts_match(ARTICLE_INDEX, fts5_expression(query))
        )
    else:
        matching = select(_article_pg.c.article_id).where(
            _article_pg.c.document.op("@@")(pg_tsquery(query))
        )
    return select(Citation.claim_id).where(Citation.article_id.in_(matching))


def direct_matches(dialect: str, query: SearchQuery) -> Select:  # type: ignore[type-arg]
    """Ids of the claims whose own document matches."""
    if dialect == "sqlite":
        return select(_claim_fts.c.rowid).where(_fts_match(CLAIM_INDEX, fts5_expression(query)))
    return select(_claim_pg.c.claim_id).where(_claim_pg.c.document.op("@@")(pg_tsquery(query)))


# How many matches are scored, newest first: bm25 reads each candidate's positions and its
# column sizes (about 1.5 µs a claim on SQLite, more for ts_rank), so that a first page costs
# the same for a word in 500 claims and one in 50,000 (5 ms at most, where 20,000 candidates
# took 30). A desk looks at its newest claims first; the older matches of a common word follow
# the ranked ones, newest first. A search with fewer matches is ranked whole.
RANKED_AT_MOST = 1_000


def newest_direct_matches(
    dialect: str, query: SearchQuery, where: Sequence[Any] = ()
) -> Select[Any]:
    """Ids of the newest RANKED_AT_MOST claims whose own document matches and that meet
    ``where`` (conditions on claims; none needed for live claims, the index holds no others)."""
    return _newest(dialect, query, where, [])


def ranked_matches(dialect: str, query: SearchQuery, where: Sequence[Any] = ()) -> Any:
    """A subquery of (claim_id, score) for the newest RANKED_AT_MOST direct matches meeting
    ``where``; a lower score is a better match."""
    if dialect == "sqlite":
        # bm25 needs the FTS5 cursor of the match itself.
        score = func.bm25(literal_column(CLAIM_INDEX), *BM25_WEIGHTS)
    else:
        score = -func.ts_rank(_claim_pg.c.document, pg_tsquery(query))
    # Rows come newest first (FTS5 rowid order; PostgreSQL walks the key backwards or sorts
    # the few matches of a rarer word), so only the first RANKED_AT_MOST are ever scored.
    return _newest(dialect, query, where, [score.label("score")]).subquery("ranked")


def _newest(
    dialect: str, query: SearchQuery, where: Sequence[Any], extra: list[Any]
) -> Select[Any]:
    if dialect == "sqlite":
        key = _claim_fts.c.rowid
        statement = select(key.label("claim_id"), *extra).where(
            _fts_match(CLAIM_INDEX, fts5_expression(query))
        )
    else:
        key = _claim_pg.c.claim_id
        statement = select(key.label("claim_id"), *extra).where(
            _claim_pg.c.document.op("@@")(pg_tsquery(query))
        )
    if where:
        statement = statement.join(Claim, Claim.id == key).where(*where)
    return statement.order_by(key.desc()).limit(RANKED_AT_MOST)


def _fts_match(index: str, expression: str) -> ColumnElement[bool]:
    return literal_column(index).op("MATCH")(literal(expression))


# SQLite, on the driver's connection ----------------------------------------------------------
# A first page of a plain search runs these texts directly: building, cache-keying and
# executing the same statements through SQLAlchemy cost a millisecond, a fifth of the budget.


# The ids of the best direct matches among the newest :candidates (RANKED_AT_MOST), best
# first: the order of ranked_matches without conditions. :expression is fts5_expression().
SQLITE_BEST_FIRST = f"""SELECT claim_id FROM (
    SELECT rowid AS claim_id, bm25({CLAIM_INDEX}, {", ".join(map(str, BM25_WEIGHTS))}) AS score
    FROM {CLAIM_INDEX} WHERE {CLAIM_INDEX} MATCH :expression
    ORDER BY rowid DESC LIMIT :candidates)
ORDER BY score, claim_id DESC LIMIT :limit OFFSET :offset"""
SQLITE_DIRECT_COUNT = f"SELECT count(*) FROM {CLAIM_INDEX} WHERE {CLAIM_INDEX} MATCH :expression"


# PostgreSQL tsquery --------------------------------------------------------------------------

_CONFIG = literal_column(f"'{PG_CONFIG}'::regconfig")


def pg_tsquery(query: SearchQuery) -> ColumnElement[Any]:
    """The tree as a tsquery expression built from safe functions (never user syntax)."""
    positive = reduce(func.tsquery_and, [_pg_clause(c) for c in query.positive])
    negatives = [func.tsquery_not(_pg_clause(c)) for c in query.negative]
    return reduce(func.tsquery_and, negatives, positive)


def _pg_clause(clause: Clause) -> ColumnElement[Any]:
    return reduce(func.tsquery_or, [_pg_term(t) for t in clause.alternatives])


def _pg_term(term: Term) -> ColumnElement[Any]:
    if term.prefix:
        return func.to_tsquery(_CONFIG, literal(tsquery_prefix_text(term)))
    return func.phraseto_tsquery(_CONFIG, literal(term.text))
