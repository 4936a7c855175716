"""Plain, immutable records handed out by the services.

The UI, the CLI and the exporters only ever see these: no live ORM object leaves a session, so
nothing lazy-loads later on another thread or after the transaction ended.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from .dates import PartialDate
from .enums import (
    AnchorState,
    AuditAction,
    CitationRole,
    Credibility,
    Grouping,
    HopMode,
    RelationKind,
    Reliability,
    ScopeField,
    SourceKind,
    Status,
)
from .filters import ClaimFilter
from .quantities import Quantity


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Enough of a source to show it next to a claim or an article."""

    id: int
    name: str
    kind: SourceKind
    reliability: Reliability


@dataclass(frozen=True, slots=True)
class SourceRecord:
    id: int
    kind: SourceKind
    name: str
    role: str | None
    country: str | None
    reliability: Reliability
    notes: str | None
    created_at: datetime
    updated_at: datetime
    deleted: bool
    version: int

    @property
    def ref(self) -> SourceRef:
        return SourceRef(self.id, self.name, self.kind, self.reliability)


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """Enough of an article to cite it: what a citation, a hop or a report names."""

    id: int
    title: str
    url: str | None
    published_on: date | None
    publisher: SourceRef | None = None
    captured_at: datetime | None = None
    sha256: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    id: int
    title: str
    url: str | None
    publisher: SourceRef | None
    authors: tuple[str, ...]
    language: str | None
    published_on: date | None
    captured_at: datetime | None
    text: str
    sha256: str | None
    content_type: str | None
    has_original: bool
    notes: str | None
    created_at: datetime
    updated_at: datetime
    deleted: bool
    version: int
    charset: str | None = None
    changed_at: datetime | None = None  # a later capture of the address brought new content

    @property
    def ref(self) -> ArticleRef:
        return ArticleRef(
            self.id,
            self.title,
            self.url,
            self.published_on,
            self.publisher,
            self.captured_at,
            self.sha256,
            self.language,
        )


@dataclass(frozen=True, slots=True)
class HopRecord:
    id: int
    position: int
    source: SourceRef | None
    article: ArticleRef | None
    said_on: PartialDate | None
    mode: HopMode
    description: str | None

    @property
    def label(self) -> str:
        """Who or what this link of the chain is: "Kyrylo Budanov", or an article's title."""
        if self.source is not None:
            return self.source.name
        return self.article.title if self.article is not None else ""


@dataclass(frozen=True, slots=True)
class CitationRecord:
    id: int
    claim_id: int
    article: ArticleRef
    role: CitationRole
    excerpt: str
    start: int
    end: int
    context_before: str
    context_after: str
    anchor_state: AnchorState
    created_at: datetime
    created_by: str


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    id: int
    citation_id: int | None
    url: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    id: int
    claim_id: int
    from_status: Status
    to_status: Status
    rationale: str | None
    reviewer: str
    created_at: datetime
    evidence: tuple[EvidenceRecord, ...]
    # Four eyes: a verdict waiting for a second person (the claim keeps its status until then),
    # and who confirmed it when.
    awaiting_confirmation: bool = False
    confirmed_by: str | None = None
    confirmed_at: datetime | None = None

    @property
    def evidence_urls(self) -> tuple[str, ...]:
        return tuple(item.url for item in self.evidence if item.url)


@dataclass(frozen=True, slots=True)
class RelationRecord:
    id: int
    kind: RelationKind
    from_claim_id: int
    from_statement: str
    to_claim_id: int
    to_statement: str
    note: str | None
    created_at: datetime
    created_by: str


# A claim's free-text fields beyond its statement and quote, with their length limits. Each is
# a column of claims and a field of ClaimRecord and ClaimInput of the same name; the services
# check it, and the detail pane, the conflict dialog, the reports and CSV (out and in) carry it
# by name. A new one is an entry here plus the column, the two fields, the form row and the
# words for its label (ui/messages.py, reports/text.py); docs/ARCHITECTURE.md lists the files.
CLAIM_TEXT_FIELDS: dict[str, int] = {"notes": 100_000}


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A claim with everything known about it: the one read shape of a claim, produced by
    services/claim_reader.py for the detail pane, the conflict dialog, reports and exports."""

    id: int
    statement: str
    quote: str | None
    quote_language: str | None
    claimant: SourceRef | None
    claimed_on: PartialDate | None
    as_of: PartialDate | None
    quantity: Quantity | None
    credibility: Credibility
    status: Status
    tags: tuple[str, ...]
    notes: str | None
    hops: tuple[HopRecord, ...]
    citations: tuple[CitationRecord, ...]
    reviews: tuple[ReviewRecord, ...]
    relations: tuple[RelationRecord, ...]
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    deleted: bool
    version: int

    @property
    def latest_review(self) -> ReviewRecord | None:
        """The review that set the current status (a verdict still awaiting confirmation has
        set nothing yet: see awaiting_review)."""
        for review in reversed(self.reviews):
            if not review.awaiting_confirmation:
                return review
        return None

    @property
    def awaiting_review(self) -> ReviewRecord | None:
        """A verdict given under four eyes that waits for a second person's confirmation."""
        for review in reversed(self.reviews):
            if review.awaiting_confirmation:
                return review
        return None

    @property
    def first_review(self) -> ReviewRecord | None:
        return self.reviews[0] if self.reviews else None


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One line of the claims table: a lean projection of a ClaimRecord, read a page at a
    time (services/claim_rows.py)."""

    id: int
    statement: str
    claimant: str | None
    reliability: Reliability | None
    claimed_on: PartialDate | None
    as_of: PartialDate | None
    quantity: Quantity | None
    credibility: Credibility
    status: Status
    tags: tuple[str, ...]
    citations: int
    updated_at: datetime
    version: int
    conflicted: bool = False  # has a conflicting figure not yet resolved


class ClaimLine(NamedTuple):
    """A claim as one line of a flat file (CSV): the table's columns and what an import needs
    to rebuild the claim, each value as the file holds it (codes, ISO dates at their precision,
    UTC timestamps to the second). Another lean projection, read by claim_rows.read_lines in one
    streamed statement: building 100,000 complete ClaimRecords for a spreadsheet cost twice the
    time of the whole export. A named tuple: made from a row at a third of a dataclass's cost."""

    id: int
    statement: str
    quote: str | None
    quote_language: str | None
    claimant: str | None
    claimant_kind: str | None
    claimant_reliability: str | None
    claimed_on: str  # "2025", "2025-06", "2025-06-10"; "" when unknown
    as_of: str
    quantity_value: float | None
    quantity_upper: float | None
    quantity_unit: str | None
    quantity_qualifier: str | None
    credibility: str
    status: str
    tags: tuple[str, ...]
    texts: tuple[str | None, ...]  # the CLAIM_TEXT_FIELDS, in their order
    citations: int
    article_titles: tuple[str, ...]  # each cited article once, in the order first cited
    article_urls: tuple[str, ...]
    latest_rationale: str | None
    reviewer: str | None
    reviewed_at: str  # "2025-06-10T08:15:00Z"; "" when never reviewed
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one audit event: what it was and what it became (None: not set)."""

    field: str
    old: object
    new: object


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One audit event: who changed which row when, and how (the history viewer's row)."""

    id: int
    at: datetime
    actor: str
    action: AuditAction
    entity: str
    entity_id: int
    before: dict[str, object] | None
    after: dict[str, object] | None
    claim_id: int | None = None  # the claim the row belongs to
    context: str | None = None  # "undo", "redo", "import" when not an ordinary edit
    seq: int | None = None  # its place in the hash chain; None before the chain
    hash: str | None = None

    @property
    def changes(self) -> tuple[FieldChange, ...]:
        """Old → new per field, in the order the row's columns were recorded."""
        before, after = self.before or {}, self.after or {}
        if self.action is AuditAction.ORIGIN:
            return ()
        names = list(after) + [name for name in before if name not in after]
        return tuple(
            FieldChange(name, before.get(name), after.get(name))
            for name in names
            if before.get(name) != after.get(name)
        )

    @property
    def rationale(self) -> str | None:
        """The written reason of a review event (a verdict, its confirmation)."""
        if self.entity != "reviews":
            return None
        for values in (self.after, self.before):
            if values and values.get("rationale"):
                return str(values["rationale"])
        return None


@dataclass(frozen=True, slots=True)
class HistoryQuery:
    """Which audit events to list: all of them when nothing is set."""

    claim_id: int | None = None  # a claim and everything belonging to it
    entity: str | None = None  # with entity_id: one row
    entity_id: int | None = None
    actors: frozenset[str] = frozenset()
    actions: frozenset[AuditAction] = frozenset()
    entities: frozenset[str] = frozenset()
    since: date | None = None  # UTC days, both ends included
    until: date | None = None
    context: str | None = None


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    database: str
    dialect: str
    revision: str | None
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class Changes:
    """What a mutating service call changed, so that every view can refresh itself once."""

    claims: frozenset[int] = frozenset()
    sources: frozenset[int] = frozenset()
    articles: frozenset[int] = frozenset()
    everything: bool = False  # bulk work (import, demo): views reload instead of patching rows
    views: frozenset[int] = frozenset()  # saved views

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.claims | other.claims,
            self.sources | other.sources,
            self.articles | other.articles,
            self.everything or other.everything,
            self.views | other.views,
        )

    def __bool__(self) -> bool:
        return bool(self.claims or self.sources or self.articles or self.everything or self.views)


@dataclass(frozen=True, slots=True)
class Saved:
    """A row written by a create or update: its id, its new version (None for rows that are
    never edited in place, such as citations) and what changed."""

    id: int
    version: int | None
    changes: Changes


@dataclass(frozen=True, slots=True)
class ProjectSettingsRecord:
    project_id: str  # random, 32 hex digits: what reports say they came from
    created_at: datetime
    four_eyes: bool


@dataclass(frozen=True, slots=True)
class AwaitingReview:
    """A verdict waiting for confirmation (four eyes), as the queue lists it."""

    review_id: int
    claim_id: int
    statement: str
    from_status: Status
    to_status: Status
    rationale: str | None
    reviewer: str
    created_at: datetime
    # Whether the person asking may confirm it: not its reviewer, not the claim's author or
    # last editor.
    can_confirm: bool


@dataclass(frozen=True, slots=True)
class StatusChange:
    """The reviews one "set status" action wrote (one per claim), for undo."""

    review_ids: tuple[int, ...]
    changes: Changes


@dataclass(frozen=True, slots=True)
class Progress:
    """One step of long work: done out of total (total None when unknown)."""

    done: int
    total: int | None = None
    message: str = ""
    detail: dict[str, object] = field(default_factory=dict)


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
    # Who a report says made it (Preferences → Name in reports, --name-in-report): None names
    # nobody. Reports never name the login or the database's path or server on their own.
    name_in_report: str | None = None


@dataclass(frozen=True, slots=True)
class ReportSection:
    """One group of a report and the ids of its claims. The key is what the group shares: a
    status code or a tag name; "" for an ungrouped report and for the claims with no tag.
    Worded by reports/text.section_title ("Status: False", "Tag: Kursk", "No tag")."""

    key: str
    claim_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ScopePart:
    """One part of the filter a report was made with, as data: codes for statuses and grades,
    names for sources, tags and the article, (from, to) ISO dates with "" for an open end,
    ("yes",) or ("no",) for a quantity. Worded by reports/text.scope_lines."""

    field: ScopeField
    values: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportSummary:
    total: int
    by_status: dict[Status, int]
    by_credibility: dict[Credibility, int]


@dataclass(frozen=True, slots=True)
class ReportHeader:
    """The front matter: what this report is, from where, when, covering what."""

    title: str
    scope: tuple[ScopePart, ...]  # empty: every claim
    made_at: datetime
    made_by: str | None  # the name the analyst chose to be named by, or None
    revision: str | None
    grouping: Grouping
    summary: ReportSummary
    sections: tuple[ReportSection, ...]
    locale: str = "en"
