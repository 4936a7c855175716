"""CSV export: one row per claim, with every column the claims table shows plus what an import
needs to rebuild the claim (quantity parts, claimant kind and grade, latest rationale).

The file is UTF-8 with a byte order mark. Excel opens a CSV without one in the local ANSI
code page and turns "ü" into "Ã¼"; LibreOffice, pandas and Python's csv module
(encoding="utf-8-sig") read the mark as what it is. Comma-separated, quoted where needed,
CRLF line ends (RFC 4180). Dates are ISO at their precision (2025, 2025-06, 2025-06-10),
timestamps ISO 8601 in UTC, grades and statuses their stable codes, tags joined by "; ".

Every text cell that a spreadsheet would run as a formula is made text with a leading
apostrophe (see csv_columns.guard_cell); the import takes it off again. Control characters
are left out of every text cell (core/control_chars.py).

The claims are ClaimLines (core/records.py), streamed by ReportService in one snapshot like
every report; a column is a name in EXPORT_COLUMNS and a cell in _row.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO

from ..control_chars import clean_text
from ..enums import Qualifier
from ..jobs import CancelToken, Job
from ..quantities import Quantity
from ..records import CLAIM_TEXT_FIELDS, ClaimLine, Progress, ReportOptions
from ..reports.text import quantity_text
from .csv_columns import TAG_SEPARATOR, TRIGGERS, guard_cell

if TYPE_CHECKING:
    from ..project import Project

CHUNK = 5000
# The first characters guard_cell may change: a trigger, or apostrophes before one.
_NEEDS_GUARD = TRIGGERS | {"'"}


def _text(value: str | None) -> str:
    """A text cell: without control characters (a file from elsewhere may hold them), and
    never a formula."""
    if not value:
        return ""
    value = clean_text(value)
    return guard_cell(value) if value[:1] in _NEEDS_GUARD else value


def _number(value: float | None) -> str:
    """Machine notation, never an exponent: 11000, 1.5, -5, 0.000001."""
    if value is None:
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return format(Decimal(repr(value)), "f")


EXPORT_COLUMNS = (
    "id", "statement", "quote", "quote_language", "claimant", "claimant_kind",
    "claimant_reliability", "claimed_on", "as_of", "quantity", "quantity_value",
    "quantity_upper", "quantity_unit", "quantity_qualifier", "credibility", "status", "tags",
    *CLAIM_TEXT_FIELDS, "citations", "articles", "article_urls", "latest_rationale",
    "reviewer", "reviewed_at", "created_at", "created_by", "updated_at", "updated_by",
)  # fmt: skip


def _row(line: ClaimLine, locale: str, quantities: dict[tuple[Any, ...], str]) -> list[str]:
    """The cells of EXPORT_COLUMNS, in that order."""
    (claim_id, statement, quote, quote_language, claimant, claimant_kind, claimant_reliability,
     claimed_on, as_of, value, upper, unit, qualifier, credibility, status, tags, texts,
     citations, article_titles, article_urls, rationale, reviewer, reviewed_at, created_at,
     created_by, updated_at, updated_by) = line  # fmt: skip
    shown = ""
    if value is not None:
        # The quantity as reports word it ("about 11,000 soldiers"), once per distinct one.
        key = (value, upper, unit, qualifier)
        shown = quantities.get(key, "")
        if not shown:
            amount = Quantity(value, upper, unit, Qualifier(qualifier or Qualifier.EXACT))
            shown = quantities[key] = _text(quantity_text(amount, locale))
    return [
        str(claim_id),
        _text(statement),
        _text(quote),
        quote_language or "",
        _text(claimant),
        claimant_kind or "",
        claimant_reliability or "",
        claimed_on,
        as_of,
        shown,
        _number(value),
        _number(upper),
        _text(unit),
        qualifier or "",
        credibility,
        status,
        _text(TAG_SEPARATOR.join(tags)),
        *[_text(value) for value in texts],
        str(citations),
        _text(TAG_SEPARATOR.join(article_titles)),
        _text(" ".join(article_urls)),
        _text(rationale),
        _text(reviewer),
        reviewed_at,
        created_at,
        _text(created_by),
        updated_at,
        _text(updated_by),
    ]


def write_csv(
    project: Project, options: ReportOptions, out: BinaryIO, cancel: CancelToken
) -> Job[int]:
    """Write the claims options.filter selects, in report order; returns how many."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    written = 0
    quantities: dict[tuple[Any, ...], str] = {}
    # Rows are written to a buffer a chunk at a time: the file's encoder then runs once per
    # chunk instead of once per row.
    buffer = io.StringIO()
    try:
        writer = csv.writer(buffer)
        writer.writerow(EXPORT_COLUMNS)
        # One snapshot: the file shows one consistent state of the project.
        with project.reports.open(options, cancel) as report:
            total = report.count(options.filter)
            yield Progress(0, total, "Writing CSV")
            for chunk in report.lines(options.filter, CHUNK):
                cancel.raise_if_cancelled()
                writer.writerows(_row(line, options.locale, quantities) for line in chunk)
                text.write(buffer.getvalue())
                buffer.seek(0)
                buffer.truncate()
                written += len(chunk)
                yield Progress(written, total, "Writing CSV")
        cancel.raise_if_cancelled()
    finally:
        text.write(buffer.getvalue())  # the header, when no chunk came
        text.flush()
        text.detach()  # the caller owns `out` and closes it
    return written
