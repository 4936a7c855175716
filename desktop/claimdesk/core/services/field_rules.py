"""The rules a stored value must keep, per table column: one table for the forms and the files.

The services check typed input against these limits; the Claimdesk JSON import checks every
value of a file against the same rules before it writes a row, so that a file from elsewhere
cannot store what a form would refuse (a 200,000-character statement, a ``javascript:``
address, a NUL). Each rule returns the first problem or None and leaves the value as it is:
an import is lossless, so nothing is trimmed or cleaned on the way in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..errors import FieldProblem
from . import validation as check

MAX_ARTICLE_TEXT = 5_000_000

# (table, column) → the longest text the services accept there.
TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("sources", "name"): 300,
    ("sources", "role"): 300,
    ("sources", "country"): 100,
    ("sources", "notes"): 100_000,
    ("tags", "name"): 100,
    ("articles", "title"): 1000,
    ("articles", "text"): MAX_ARTICLE_TEXT,
    ("articles", "content_type"): 200,
    ("articles", "charset"): 40,
    ("articles", "notes"): 100_000,
    ("article_captures", "title"): 1000,
    ("article_captures", "text"): MAX_ARTICLE_TEXT,
    ("article_captures", "content_type"): 200,
    ("article_captures", "charset"): 40,
    ("claims", "statement"): 5000,
    ("claims", "quote"): 20_000,
    ("claims", "quantity_unit"): 100,
    ("claims", "notes"): 100_000,
    ("attribution_hops", "description"): 500,
    ("citations", "excerpt"): MAX_ARTICLE_TEXT,
    ("reviews", "rationale"): 50_000,
    ("claim_relations", "note"): 10_000,
}
# Text the services require (not blank).
REQUIRED: frozenset[tuple[str, str]] = frozenset(
    {("sources", "name"), ("tags", "name"), ("articles", "title"), ("claims", "statement")}
)
WEB_ADDRESSES: frozenset[tuple[str, str]] = frozenset(
    {("articles", "url"), ("review_evidence", "url"), ("published_reviews", "review_url")}
)
LANGUAGES: frozenset[tuple[str, str]] = frozenset(
    {("articles", "language"), ("claims", "quote_language")}
)
MAX_AUTHOR = 300

# C0 control characters other than the whitespace ones (tab, line feed, vertical tab, form
# feed, carriage return): NUL, bell, escape … no form produces them.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")

Rule = Callable[[str], FieldProblem | None]


def text_rule(table: str, column: str) -> Rule:
    """What the services would say about this text in this column (None when it may stay)."""
    key = (table, column)
    limit = TEXT_LIMITS.get(key)
    required = key in REQUIRED

    def rule(value: str) -> FieldProblem | None:
        problems = check.Problems()
        if key in WEB_ADDRESSES:
            check.web_url(problems, column, value)
        elif key in LANGUAGES:
            return _language_rule(column, value)
        elif limit is not None or required:
            check.text(problems, column, value, max_length=limit or len(value), required=required)
        found = problems.first()
        if found is None and (control := _CONTROL.search(value)) is not None:
            found = FieldProblem(column, "control_character", {"code": ord(control[0])})
        return found

    return rule


@lru_cache(maxsize=256)
def _language_rule(column: str, value: str) -> FieldProblem | None:
    """Languages repeat across thousands of rows; babel is asked once per code."""
    problems = check.Problems()
    check.language(problems, column, value)
    return problems.first()


def author_rule(value: str) -> FieldProblem | None:
    """An article's author name, as ArticleService checks each one."""
    problems = check.Problems()
    check.text(problems, "authors", value, max_length=MAX_AUTHOR)
    found = problems.first()
    if found is None and (control := _CONTROL.search(value)) is not None:
        found = FieldProblem("authors", "control_character", {"code": ord(control[0])})
    return found
