"""The search as SQL: which claims match, and in what order of relevance, on each backend.

A claim matches when the whole query matches its own document (statement, quote, notes,
tags, sources, article titles and excerpts) or, when asked (``in_article_text``), the title
and text of an article it is cited in. Ranked by relevance, claims matching in their own
document come first, best match first (FTS5 bm25 with column weights; PostgreSQL ts_rank with
A–D weights) among the newest RANKED_AT_MOST of them; all other matches (older ones of a very
common word, and claims found only through an article's text) follow, newest first.
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
        found = union(found, _via_articles(dialect, element.query))  # type: ignore[assignment]
    return f"({compiler.process(Claim.id.in_(found), **kw)})"


def _via_articles(dialect: str, query: SearchQuery) -> Select:  # type: ignore[type-arg]
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


# Ranking scores every match; past this many, scoring a common word would take longer than
# the analyst waits, and the newest matches are the ones a desk looks at first.
RANKED_AT_MOST = 20_000


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
