"""CSV export: one row per claim, with every column the claims table shows plus what an import
needs to rebuild the claim (quantity parts, claimant kind and grade, latest rationale).

The file is UTF-8 with a byte order mark. Excel opens a CSV without one in the local ANSI
code page and turns "ü" into "Ã¼"; LibreOffice, pandas and Python's csv module
(encoding="utf-8-sig") read the mark as what it is. Comma-separated, quoted where needed,
CRLF line ends (RFC 4180). Dates are ISO at their precision (2025, 2025-06, 2025-06-10),
timestamps ISO 8601 in UTC, grades and statuses their stable codes, tags joined by "; ".

Every text cell that a spreadsheet would run as a formula is made text with a leading
apostrophe (see csv_columns.guard_cell); the import takes it off again.

The claims are ClaimRecords, read by ReportService in one snapshot like every report; a
column is a name in EXPORT_COLUMNS and a cell in _row.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, BinaryIO

from ..dates import PartialDate
from ..jobs import CancelToken, Job
from ..quantities import Quantity
from ..records import ClaimRecord, Progress
from ..reports.options import ReportOptions
from ..reports.text import quantity_text
from .csv_columns import TAG_SEPARATOR, guard_cell

if TYPE_CHECKING:
    from ..project import Project

CHUNK = 2000
_NEEDS_GUARD = frozenset("=+-@\t\r'")


def _text(value: str | None) -> str:
    if not value:
        return ""
    return guard_cell(value) if value[0] in _NEEDS_GUARD else value


def _partial(value: PartialDate | None) -> str:
    """ISO at the known precision: 2025, 2025-06, 2025-06-10."""
    return value.iso() if value is not None else ""


def _number(value: float | None) -> str:
    """Machine notation, never an exponent: 11000, 1.5, -5, 0.000001."""
    if value is None:
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def _timestamp(value: datetime) -> str:
    """ISO 8601 in UTC to the second: 2025-06-10T08:15:00Z."""
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="seconds")[:19] + "Z"


def _cited(claim: ClaimRecord) -> list[tuple[str, str | None]]:
    """Title and address of each article the claim cites, once each, in the order cited."""
    seen: dict[int, tuple[str, str | None]] = {}
    for citation in claim.citations:
        seen.setdefault(citation.article.id, (citation.article.title, citation.article.url))
    return list(seen.values())


EXPORT_COLUMNS = (
    "id", "statement", "quote", "quote_language", "claimant", "claimant_kind",
    "claimant_reliability", "claimed_on", "as_of", "quantity", "quantity_value",
    "quantity_upper", "quantity_unit", "quantity_qualifier", "credibility", "status", "tags",
    "notes", "citations", "articles", "article_urls", "latest_rationale", "reviewer",
    "reviewed_at", "created_at", "created_by", "updated_at", "updated_by",
)  # fmt: skip


def _row(claim: ClaimRecord, locale: str, quantities: dict[Quantity, str]) -> list[str]:
    """The cells of EXPORT_COLUMNS, in that order."""
    claimant, amount, review = claim.claimant, claim.quantity, claim.latest_review
    shown = ""
    if amount is not None:
        shown = quantities.get(amount, "")
        if not shown:
            shown = quantities[amount] = _text(quantity_text(amount, locale))
    cited = _cited(claim) if claim.citations else []
    return [
        str(claim.id),
        _text(claim.statement),
        _text(claim.quote),
        claim.quote_language or "",
        _text(claimant.name) if claimant else "",
        claimant.kind.value if claimant else "",
        claimant.reliability.value if claimant else "",
        _partial(claim.claimed_on),
        _partial(claim.as_of),
        shown,
        _number(amount.value) if amount else "",
        _number(amount.upper) if amount else "",
        _text(amount.unit) if amount else "",
        amount.qualifier.value if amount else "",
        claim.credibility.value,
        claim.status.value,
        _text(TAG_SEPARATOR.join(claim.tags)),
        _text(claim.notes),
        str(len(claim.citations)),
        _text(TAG_SEPARATOR.join(title for title, _ in cited)),
        _text(" ".join(url for _, url in cited if url)),
        _text(review.rationale) if review else "",
        _text(review.reviewer) if review else "",
        _timestamp(review.created_at) if review else "",
        _timestamp(claim.created_at),
        _text(claim.created_by),
        _timestamp(claim.updated_at),
        _text(claim.updated_by),
    ]


def write_csv(
    project: Project, options: ReportOptions, out: BinaryIO, cancel: CancelToken
) -> Job[int]:
    """Write the claims options.filter selects, in report order; returns how many."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    written = 0
    quantities: dict[Quantity, str] = {}
    try:
        writer = csv.writer(text)
        writer.writerow(EXPORT_COLUMNS)
        # One snapshot: the file shows one consistent state of the project.
        with project.reports.open(options, cancel) as report:
            ids = report.claim_ids(options.filter)
            total = len(ids)
            yield Progress(0, total, "Writing CSV")
            for chunk in report.claims(ids, CHUNK):
                cancel.raise_if_cancelled()
                writer.writerows(_row(claim, options.locale, quantities) for claim in chunk)
                written += len(chunk)
                yield Progress(written, total, "Writing CSV")
        cancel.raise_if_cancelled()
    finally:
        text.flush()
        text.detach()  # the caller owns `out` and closes it
    return written
