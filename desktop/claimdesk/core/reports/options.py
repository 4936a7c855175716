"""What a report covers: the options chosen for it and the header read for it.

The claims themselves are ClaimRecords (core/records.py), read in bulk by ReportService inside
the same snapshot as the header, so a renderer never touches the database and every format
shows the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from ..enums import Credibility, Status
from ..filters import ClaimFilter


class Grouping(StrEnum):
    NONE = "none"
    STATUS = "status"
    TAG = "tag"


@dataclass(frozen=True, slots=True)
class ReportSection:
    """One group of the report ("Status: false", "Tag: Kursk") and the ids of its claims."""

    title: str
    claim_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ReportSummary:
    total: int
    by_status: dict[Status, int]
    by_credibility: dict[Credibility, int]


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What the analyst chose in the export dialog or on the command line."""

    title: str = "Claims report"
    filter: ClaimFilter = field(default_factory=ClaimFilter)
    grouping: Grouping = Grouping.NONE
    locale: str = "en"  # numbers and dates in the report text
    organisation: str | None = None  # who publishes the reviews (ClaimReview author)
    organisation_url: str | None = None
    include_originals: bool = False  # JSON: captured page bytes (base64) too


@dataclass(frozen=True, slots=True)
class ReportHeader:
    """The front matter: what this report is, from where, when, covering what."""

    title: str
    scope: tuple[tuple[str, str], ...]  # (label, value) per filter part; empty = all claims
    made_at: datetime
    made_by: str
    database: str
    revision: str | None
    grouping: Grouping
    summary: ReportSummary
    sections: tuple[ReportSection, ...]
    locale: str = "en"
