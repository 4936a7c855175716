"""What the analyst types in the search box, read into a small query tree.

The syntax is the familiar web-search one, and it is read the same way for SQLite and
PostgreSQL (each backend compiles the tree itself; user text never reaches FTS5 or tsquery
syntax directly, so `statement:x`, `NEAR(`, `'; DROP` or a stray quote are only words):

- ``Budanov Koksan``: both words (AND is implied; ``AND`` may also be written);
- ``"North Korean soldiers"``: the words next to each other, in this order;
- ``Kok*``: any word beginning with "Kok";
- ``Kursk OR Belgorod``: either word (OR binds tighter than the implied AND, as on the web:
  ``drones Kursk OR Belgorod`` is drones and (Kursk or Belgorod));
- ``-Wagner`` or ``NOT Wagner``: without that word (or OR-group, or phrase).

Case and diacritics do not matter: ``pjöngjang`` finds "Pjongjang". Operators are
recognised only in capitals and only where they join something; anywhere else they are words.
An unclosed quote runs to the end of the text. Nothing here raises for odd input except
``SearchError`` for a query that could never mean anything (only exclusions) or is too long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ClaimdeskError

MAX_TERMS = 64
# Characters that make a token a word at all; a term of only punctuation is dropped.
_WORD = re.compile(r"[^\W_]", re.UNICODE)
_TOKEN = re.compile(r'-?"[^"]*"?|[^\s"]+')


class SearchError(ClaimdeskError):
    """A search that cannot run as typed: "too_many_terms" (count, limit) or "only_excluded"."""


@dataclass(frozen=True, slots=True)
class Term:
    """Words to find together: one word, or a phrase (several words in order)."""

    text: str
    prefix: bool = False  # the last word may continue ("Kok*")

    @property
    def words(self) -> list[str]:
        return re.findall(r"[^\W_]+", self.text, re.UNICODE)


@dataclass(frozen=True, slots=True)
class Clause:
    """Any of the alternatives (OR); a negated clause excludes them all."""

    alternatives: tuple[Term, ...]
    negated: bool = False


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """All positive clauses must hold and no negated one may."""

    clauses: tuple[Clause, ...]

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)

    @property
    def negative(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.negated)

    def terms(self) -> list[Term]:
        return [term for clause in self.clauses for term in clause.alternatives]


def parse(text: str) -> SearchQuery | None:
    """The query tree, or None when the text holds nothing to search for (blank, punctuation).

    Raises SearchError when the text only excludes words, or has more than MAX_TERMS terms.
    """
    items: list[tuple[str, Term | None, bool]] = []
    for token in _TOKEN.findall(text):
        if token in _OPERATORS:
            items.append((_OPERATORS[token], None, False))
            continue
        term, excluded = _term(token)
        if term is not None:
            items.append(("term", term, excluded))
    if items and all(kind != "term" for kind, _, _ in items):
        # Only operators ("OR", "NOT"): then they were meant as words.
        items = [("term", Term(kind.lower()), False) for kind, _, _ in items]
    clauses: list[Clause] = []
    negate_next = False
    index = 0
    while index < len(items):
        kind, term, excluded = items[index]
        index += 1
        if kind == "NOT":
            negate_next = True
            continue
        if term is None:  # AND, or an OR that joins nothing: implied anyway
            continue
        alternatives = [term]
        while (
            index + 1 < len(items)
            and items[index][0] == "OR"
            and items[index + 1][1] is not None
            and not items[index + 1][2]
        ):
            alternatives.append(items[index + 1][1])  # type: ignore[arg-type]
            index += 2
        clauses.append(Clause(tuple(alternatives), negate_next or excluded))
        negate_next = False
    if not clauses:
        return None
    query = SearchQuery(tuple(clauses))
    if len(query.terms()) > MAX_TERMS:
        raise SearchError("too_many_terms", count=len(query.terms()), limit=MAX_TERMS)
    if not query.positive:
        raise SearchError("only_excluded")
    return query


_OPERATORS = {"OR": "OR", "|": "OR", "AND": "AND", "&": "AND", "NOT": "NOT"}


def _term(token: str) -> tuple[Term | None, bool]:
    """A token as a term and whether it was marked with a leading minus."""
    excluded = False
    if token.startswith("-") and len(token) > 1:
        excluded, token = True, token[1:]
    if token.startswith('"'):
        inner = token[1:-1] if token.endswith('"') and len(token) > 1 else token[1:]
        prefix = False
        if inner.endswith("*"):
            inner, prefix = inner.rstrip("*"), True
        return (Term(" ".join(inner.split()), prefix) if _WORD.search(inner) else None), excluded
    prefix = token.endswith("*")
    word = token.rstrip("*")
    if not _WORD.search(word):
        return None, False
    return Term(word, prefix), excluded


# FTS5 ------------------------------------------------------------------------------------


def fts5_expression(query: SearchQuery) -> str:
    """The query as an FTS5 MATCH expression.

    Every term is a quoted FTS5 string (inner quotes doubled), so the user's text is only ever
    tokenised, never parsed as FTS5 syntax; FTS5 NOT is binary, so exclusions follow the
    positive part.
    """
    positive = " AND ".join(_fts5_clause(c) for c in query.positive)
    expression = f"({positive})" if len(query.positive) > 1 else positive
    for clause in query.negative:
        expression = f"{expression} NOT {_fts5_clause(clause)}"
    return expression


def _fts5_clause(clause: Clause) -> str:
    parts = [_fts5_term(term) for term in clause.alternatives]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _fts5_term(term: Term) -> str:
    quoted = '"' + term.text.replace('"', '""') + '"'
    return quoted + " *" if term.prefix else quoted


# PostgreSQL tsquery ------------------------------------------------------------------------


def tsquery_prefix_text(term: Term) -> str:
    """A prefix term as to_tsquery input: only letter/digit runs, the last one with ``:*``.

    Safe to hand to to_tsquery because nothing but word characters and our own operators
    remain; whole words and phrases go through phraseto_tsquery, which accepts any text.
    """
    words = term.words
    return " <-> ".join([*words[:-1], words[-1] + ":*"])


def as_you_type(text: str) -> str:
    """The text with its last word read as a prefix, for lists that search while typing
    ("Koks" already finds "Koksan"); a finished word (trailing space) or phrase is left alone."""
    stripped = text.rstrip()
    if not stripped or stripped != text or stripped.endswith(('"', "*")):
        return text
    last = stripped.split()[-1]
    if last in _OPERATORS or not _WORD.search(last[-1]):
        return text
    return stripped + "*"
