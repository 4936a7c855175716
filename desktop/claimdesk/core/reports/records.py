"""What a report is made of: plain records that every output format renders.

ReportService fills them in bulk (a few queries per thousand claims), so a renderer never
touches the database and every format shows the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from ..dates import PartialDate
from ..enums import AnchorState, CitationRole, Credibility, HopMode, Reliability, SourceKind, Status
from ..filters import ClaimFilter
from ..quantities import Quantity


class Grouping(StrEnum):
    NONE = "none"
    STATUS = "status"
    TAG = "tag"


@dataclass(frozen=True, slots=True)
class ReportSource:
    id: int
    name: str
    kind: SourceKind
    reliability: Reliability


@dataclass(frozen=True, slots=True)
class ReportArticle:
    id: int
    title: str
    url: str | None
    publisher: str | None
    published_on: date | None
    captured_at: datetime | None
    sha256: str | None
    language: str | None


@dataclass(frozen=True, slots=True)
class ReportCitation:
    article: ReportArticle
    role: CitationRole
    excerpt: str
    anchor_state: AnchorState
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ReportHop:
    position: int
    source: ReportSource | None
    article: ReportArticle | None
    said_on: PartialDate | None
    mode: HopMode
    description: str | None

    @property
    def label(self) -> str:
        """Who or what this link of the chain is: "Kyrylo Budanov", "t-online (article …)"."""
        if self.source is not None:
            return self.source.name
        return self.article.title if self.article is not None else ""


@dataclass(frozen=True, slots=True)
class ReportReview:
    from_status: Status
    to_status: Status
    rationale: str | None
    reviewer: str
    created_at: datetime
    evidence_urls: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportClaim:
    id: int
    statement: str
    quote: str | None
    quote_language: str | None
    claimant: ReportSource | None
    claimed_on: PartialDate | None
    as_of: PartialDate | None
    quantity: Quantity | None
    credibility: Credibility
    status: Status
    tags: tuple[str, ...]
    notes: str | None
    hops: tuple[ReportHop, ...]
    citations: tuple[ReportCitation, ...]
    latest_review: ReportReview | None  # the one that set the current status
    first_review: ReportReview | None
    reviews: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str


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
