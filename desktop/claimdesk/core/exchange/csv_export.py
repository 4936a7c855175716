"""CSV export: one row per claim, with every column the claims table shows plus what an import
needs to rebuild the claim (quantity parts, claimant kind and grade, latest rationale).

The file is UTF-8 with a byte order mark. Excel opens a CSV without one in the local ANSI
code page and turns "ü" into "Ã¼"; LibreOffice, pandas and Python's csv module
(encoding="utf-8-sig") read the mark as what it is. Comma-separated, quoted where needed,
CRLF line ends (RFC 4180). Dates are ISO at their precision (2025, 2025-06, 2025-06-10),
timestamps ISO 8601 in UTC, grades and statuses their stable codes, tags joined by "; ".

Every text cell that a spreadsheet would run as a formula is made text with a leading
apostrophe (see csv_columns.guard_cell); the import takes it off again.

Speed: one streamed Core select reads the claims with their claimant, tags, citation count
and latest review, plus one select per 5,000 claims for the titles of cited articles; no ORM
objects, no hops or citation records. 100,000 claims take about two seconds (the complete
report records would take ten).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import Connection, Select, String, func, select, type_coerce
from sqlalchemy.orm import aliased

from ..enums import DatePrecision, Qualifier
from ..filters import ClaimFilter, apply_filter
from ..jobs import CancelToken, Job
from ..models import Article, Citation, Claim, Review, Source, Tag, claim_tags
from ..quantities import Quantity
from ..records import Progress
from ..reports.records import ReportOptions
from ..reports.text import quantity_text
from .csv_columns import EXPORT_COLUMNS, TAG_SEPARATOR, guard_cell

if TYPE_CHECKING:
    from ..project import Project

CHUNK = 5000
_NEEDS_GUARD = frozenset("=+-@\t\r'")
# Joins a claim's tags inside the query. No tag holds it: the unit separator counts as white
# space, which the claim service collapses in tag names.
_UNIT = "\x1f"


def write_csv(
    project: Project, options: ReportOptions, out: BinaryIO, cancel: CancelToken
) -> Job[int]:
    """Write the claims options.filter selects, in report order; returns how many."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    written = 0
    try:
        writer = csv.writer(text)
        writer.writerow(EXPORT_COLUMNS)
        quantities: dict[tuple[Any, ...], str] = {}
        # One read transaction: the file shows one consistent state of the project.
        with project.database.read() as session:
            connection = session.connection()
            total = connection.scalar(apply_filter(select(func.count(Claim.id)), options.filter))
            yield Progress(0, total, "Writing CSV")
            claims = connection.execute(
                _claims_query(options.filter, project.database.dialect),
                execution_options={"yield_per": CHUNK},
            )
            for chunk in claims.tuples().partitions(CHUNK):
                cancel.raise_if_cancelled()
                writer.writerows(_rows(connection, chunk, options.locale, quantities))
                written += len(chunk)
                yield Progress(written, total, "Writing CSV")
        cancel.raise_if_cancelled()
    finally:
        text.flush()
        text.detach()  # the caller owns `out` and closes it
    return written


def _claims_query(wanted: ClaimFilter, dialect: str) -> Select[Any]:
    """The claims in report order (as ReportService.claim_ids) with their tags, citation count
    and latest review, all in one streamed query: correlated subqueries walk the indexes per
    claim, where id lists would cost more to send than to answer. Dates and timestamps come
    as text, which is what the file holds and saves converting 400,000 values in Python."""
    tags = (
        select(func.aggregate_strings(Tag.name, _UNIT))
        .select_from(claim_tags.join(Tag, Tag.id == claim_tags.c.tag_id))
        .where(claim_tags.c.claim_id == Claim.id)
        .scalar_subquery()
    )
    citations = (
        select(func.count(Citation.id)).where(Citation.claim_id == Claim.id).scalar_subquery()
    )
    latest = aliased(Review)
    newest = select(func.max(Review.id)).where(Review.claim_id == Claim.id).scalar_subquery()
    return apply_filter(
        select(
            Claim.id,
            Claim.statement,
            Claim.quote,
            Claim.quote_language,
            Source.name,
            Source.kind,
            Source.reliability,
            _date_text(Claim.claimed_on, dialect),
            Claim.claimed_on_precision,
            _date_text(Claim.as_of, dialect),
            Claim.as_of_precision,
            Claim.quantity_value,
            Claim.quantity_upper,
            Claim.quantity_unit,
            Claim.quantity_qualifier,
            Claim.credibility,
            Claim.status,
            tags,
            Claim.notes,
            citations,
            latest.rationale,
            latest.reviewer,
            _timestamp_text(latest.created_at, dialect),
            _timestamp_text(Claim.created_at, dialect),
            Claim.created_by,
            _timestamp_text(Claim.updated_at, dialect),
            Claim.updated_by,
        )
        .outerjoin(Source, Source.id == Claim.claimant_id)
        .outerjoin(latest, latest.id == newest),
        wanted,
    ).order_by(Claim.claimed_on.is_(None), Claim.claimed_on, Claim.id)


def _date_text(column: Any, dialect: str) -> Any:
    if dialect == "postgresql":
        return func.to_char(column, "YYYY-MM-DD")
    return type_coerce(column, String)  # SQLite stores dates as ISO text already


def _timestamp_text(column: Any, dialect: str) -> Any:
    """ISO 8601 in UTC to the second: 2025-06-10T08:15:00Z."""
    if dialect == "postgresql":
        return func.to_char(func.timezone("UTC", column), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    return func.strftime("%Y-%m-%dT%H:%M:%SZ", column)  # stored as naive UTC text


def _rows(
    connection: Connection,
    claims: Sequence[tuple[Any, ...]],
    locale: str,
    quantities: dict[tuple[Any, ...], str],
) -> Iterator[list[str]]:
    cited = [claim[0] for claim in claims if claim[19]]
    articles, urls = _articles(connection, cited) if cited else ({}, {})
    for row in claims:
        (claim_id, statement, quote, quote_language, claimant, kind, reliability, claimed_on,
         claimed_precision, as_of, as_of_precision, value, upper, unit, qualifier, credibility,
         status, tags, notes, citations, rationale, reviewer, reviewed_at, created_at,
         created_by, updated_at, updated_by) = row  # fmt: skip
        if value is None:
            shown = ""
        else:
            key = (value, upper, unit, qualifier)
            shown = quantities.get(key)
            if shown is None:
                amount = Quantity(value, upper, unit, qualifier or Qualifier.EXACT)
                shown = quantities[key] = quantity_text(amount, locale)
        yield [
            str(claim_id),
            _text(statement),
            _text(quote),
            quote_language or "",
            _text(claimant),
            kind or "",
            reliability or "",
            _partial(claimed_on, claimed_precision),
            _partial(as_of, as_of_precision),
            _text(shown),
            _number(value),
            _number(upper),
            _text(unit),
            qualifier or "",
            credibility,
            status,
            _text(TAG_SEPARATOR.join(sorted(tags.split(_UNIT), key=str.lower))) if tags else "",
            _text(notes),
            str(citations),
            _text(TAG_SEPARATOR.join(articles.get(claim_id, ()))),
            _text(" ".join(urls.get(claim_id, ()))),
            _text(rationale),
            _text(reviewer),
            reviewed_at or "",
            created_at,
            _text(created_by),
            updated_at,
            _text(updated_by),
        ]


def _articles(
    connection: Connection, ids: list[int]
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Per claim, the titles and addresses of the articles it cites (each article once, in the
    order first cited)."""
    seen: dict[int, set[int]] = {}
    titles: dict[int, list[str]] = {}
    urls: dict[int, list[str]] = {}
    for claim_id, article_id, title, url in connection.execute(
        select(Citation.claim_id, Article.id, Article.title, Article.url)
        .join(Article, Article.id == Citation.article_id)
        .where(Citation.claim_id.in_(ids))
        .order_by(Citation.claim_id, Citation.id)
    ).all():
        cited = seen.setdefault(claim_id, set())
        if article_id in cited:
            continue
        cited.add(article_id)
        titles.setdefault(claim_id, []).append(title)
        if url:
            urls.setdefault(claim_id, []).append(url)
    return titles, urls


def _text(value: str | None) -> str:
    if not value:
        return ""
    return guard_cell(value) if value[0] in _NEEDS_GUARD else value


def _partial(value: str | None, precision: str | None) -> str:
    """ISO at the known precision, from the stored first day: 2025, 2025-06, 2025-06-10."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return value[:4]
    return value[:7] if precision == DatePrecision.MONTH else value


def _number(value: float | None) -> str:
    """Machine notation, never an exponent: 11000, 1.5, -5, 0.000001."""
    if value is None:
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return format(Decimal(repr(value)), "f")
