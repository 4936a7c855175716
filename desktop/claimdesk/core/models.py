"""The database schema as typed SQLAlchemy 2 models.

Only services and migrations touch these; everything above the services sees plain records.
Editable rows (sources, articles, claims) carry a version counter for optimistic locking and a
``deleted_at`` stamp: deleting hides a row instead of erasing it, so undo and the audit trail
can always bring it back.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    deferred,
    mapped_column,
    relationship,
)

from .enums import (
    AnchorState,
    AuditAction,
    CitationRole,
    Credibility,
    DatePrecision,
    HopMode,
    Qualifier,
    RelationKind,
    Reliability,
    SourceKind,
    Status,
    values,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on every backend.

    SQLite has no timezone type; storing naive UTC and re-attaching UTC on load keeps values
    comparable across SQLite and PostgreSQL.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC timestamp is required")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


JSONDocument = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


def _one_of(column: str, enum: type, name: str | None = None) -> CheckConstraint:
    allowed = ", ".join(f"'{value}'" for value in values(enum))
    return CheckConstraint(f"{column} IN ({allowed})", name=name or column)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Editable:
    """Columns shared by the rows an analyst edits directly."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # A stale UPDATE (WHERE version = read version) matches no row and fails loudly
        # instead of overwriting someone else's edit.
        return {"version_id_col": cls.__table__.c.version}


class Source(Editable, Base):
    __tablename__ = "sources"
    __table_args__ = (
        _one_of("kind", SourceKind),
        _one_of("reliability", Reliability),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300), index=True)
    role: Mapped[str | None] = mapped_column(String(300))
    country: Mapped[str | None] = mapped_column(String(100))
    reliability: Mapped[str] = mapped_column(String(1), default=Reliability.F.value)
    notes: Mapped[str | None] = mapped_column(Text)


class Article(Editable, Base):
    __tablename__ = "articles"
    __table_args__ = (CheckConstraint("length(title) > 0", name="title_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(1000))
    url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    publisher_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    authors: Mapped[list[str]] = mapped_column(JSONDocument, default=list)
    language: Mapped[str | None] = mapped_column(String(20))
    published_on: Mapped[date | None] = mapped_column(Date, index=True)
    captured_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text, default="")
    # The captured bytes can be megabytes; never load them with the row. Stored compressed
    # (original_compression names how); the SHA-256 is of the bytes as captured.
    original: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    original_compression: Mapped[str | None] = mapped_column(String(10))
    content_type: Mapped[str | None] = mapped_column(String(200))
    charset: Mapped[str | None] = mapped_column(String(40))
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    # Set when a later capture of the same address brought different content.
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str | None] = mapped_column(Text)

    publisher: Mapped[Source | None] = relationship()


class ArticleCapture(Base):
    """An earlier capture of an article whose content has since changed: kept, never lost."""

    __tablename__ = "article_captures"
    __table_args__ = (Index("ix_article_captures_article_id_id", "article_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    captured_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    replaced_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    title: Mapped[str] = mapped_column(String(1000))
    text: Mapped[str] = mapped_column(Text)
    original: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    original_compression: Mapped[str | None] = mapped_column(String(10))
    content_type: Mapped[str | None] = mapped_column(String(200))
    charset: Mapped[str | None] = mapped_column(String(40))
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)


claim_tags = Table(
    "claim_tags",
    Base.metadata,
    Column("claim_id", ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


def _live_sort_indexes() -> list[Index]:
    """One partial index per sortable column, over live rows only and ending in the id.

    A page deep in a sorted list (OFFSET 500000) then walks an index and never touches the
    table, and the id makes the order total so that pages never overlap or skip a row.
    """
    live = text("deleted_at IS NULL")
    keys = {
        "id": ("id",),
        "updated": ("updated_at", "id"),
        "claimed_on": ("claimed_on", "id"),
        "as_of": ("as_of", "id"),
        "credibility": ("credibility", "id"),
        "quantity": ("quantity_value", "id"),
        "status": ("status", "id"),
        # The analyst's commonest narrowing, status within a span of claim dates: counted
        # and paged from this index alone.
        "status_claimed_on": ("status", "claimed_on", "id"),
        # The same narrowing read newest first: a list holding many claims fills a page
        # within the newest few thousand entries (see ClaimListService.page).
        "id_status_claimed_on": ("id", "status", "claimed_on"),
        "claimant": ("claimant_id", "id"),
    }
    # The review queue (unjudged claims, oldest first) walks its own index in order.
    unjudged = text("deleted_at IS NULL AND status IN ('in_progress', 'unverified')")
    return [
        *(
            Index(f"ix_claims_live_{name}", *columns, sqlite_where=live, postgresql_where=live)
            for name, columns in keys.items()
        ),
        Index(
            REVIEW_QUEUE_INDEX,
            "created_at",
            "id",
            sqlite_where=unjudged,
            postgresql_where=unjudged,
        ),
    ]


REVIEW_QUEUE_INDEX = "ix_claims_review_queue"


class Claim(Editable, Base):
    __tablename__ = "claims"
    __table_args__ = (
        _one_of("status", Status),
        _one_of("credibility", Credibility),
        _one_of("claimed_on_precision", DatePrecision),
        _one_of("as_of_precision", DatePrecision),
        _one_of("quantity_qualifier", Qualifier),
        CheckConstraint("length(statement) > 0", name="statement_not_empty"),
        CheckConstraint(
            "quantity_upper IS NULL OR quantity_upper >= quantity_value", name="quantity_range"
        ),
        Index("ix_claims_status_updated_at", "status", "updated_at"),
        *_live_sort_indexes(),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    statement: Mapped[str] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)
    quote_language: Mapped[str | None] = mapped_column(String(20))
    claimant_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    claimed_on: Mapped[date | None] = mapped_column(Date)
    claimed_on_precision: Mapped[str | None] = mapped_column(String(5))
    as_of: Mapped[date | None] = mapped_column(Date)
    as_of_precision: Mapped[str | None] = mapped_column(String(5))
    quantity_value: Mapped[float | None] = mapped_column(Float)
    quantity_upper: Mapped[float | None] = mapped_column(Float)
    quantity_unit: Mapped[str | None] = mapped_column(String(100))
    quantity_qualifier: Mapped[str | None] = mapped_column(String(10))
    credibility: Mapped[str] = mapped_column(String(1), default=Credibility.CANNOT_BE_JUDGED.value)
    # Denormalised from the latest review so that lists can filter and sort on it cheaply.
    status: Mapped[str] = mapped_column(String(12), default=Status.UNVERIFIED.value)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_by: Mapped[str] = mapped_column(String(200))

    claimant: Mapped[Source | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=claim_tags, order_by=Tag.name)
    hops: Mapped[list[AttributionHop]] = relationship(
        order_by="AttributionHop.position", cascade="all, delete-orphan", back_populates="claim"
    )
    citations: Mapped[list[Citation]] = relationship(
        order_by="Citation.id", cascade="all, delete-orphan", back_populates="claim"
    )
    reviews: Mapped[list[Review]] = relationship(
        order_by="Review.id", cascade="all, delete-orphan", back_populates="claim"
    )


class AttributionHop(Base):
    """One link in the chain from the original speaker to the article."""

    __tablename__ = "attribution_hops"
    __table_args__ = (
        UniqueConstraint("claim_id", "position"),
        CheckConstraint(
            "source_id IS NOT NULL OR article_id IS NOT NULL", name="source_or_article"
        ),
        _one_of("mode", HopMode),
        _one_of("said_on_precision", DatePrecision),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    said_on: Mapped[date | None] = mapped_column(Date)
    said_on_precision: Mapped[str | None] = mapped_column(String(5))
    mode: Mapped[str] = mapped_column(String(10), default=HopMode.PARAPHRASE.value)
    description: Mapped[str | None] = mapped_column(String(500))

    claim: Mapped[Claim] = relationship(back_populates="hops")
    source: Mapped[Source | None] = relationship()
    article: Mapped[Article | None] = relationship()


class Citation(Base):
    """A claim found in an article, anchored by offsets plus the text around the excerpt."""

    __tablename__ = "citations"
    __table_args__ = (
        _one_of("role", CitationRole),
        _one_of("anchor_state", AnchorState),
        CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="offsets"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    role: Mapped[str] = mapped_column(String(12), default=CitationRole.REPORTS.value)
    excerpt: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    context_before: Mapped[str] = mapped_column(Text, default="")
    context_after: Mapped[str] = mapped_column(Text, default="")
    anchor_state: Mapped[str] = mapped_column(String(10), default=AnchorState.ANCHORED.value)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))

    claim: Mapped[Claim] = relationship(back_populates="citations")
    article: Mapped[Article] = relationship()


class Review(Base):
    """One verification step. Append-only: a claim's status is its latest review's."""

    __tablename__ = "reviews"
    __table_args__ = (
        _one_of("from_status", Status),
        _one_of("to_status", Status),
        Index("ix_reviews_claim_id_id", "claim_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    from_status: Mapped[str] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    rationale: Mapped[str | None] = mapped_column(Text)
    reviewer: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Four eyes: a verdict given while the project asks for confirmation waits for someone
    # other than its reviewer and the claim's author and last editor.
    awaiting_confirmation: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed_by: Mapped[str | None] = mapped_column(String(200))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    claim: Mapped[Claim] = relationship(back_populates="reviews")
    evidence: Mapped[list[ReviewEvidence]] = relationship(
        order_by="ReviewEvidence.id", cascade="all, delete-orphan"
    )


class ReviewEvidence(Base):
    __tablename__ = "review_evidence"
    __table_args__ = (
        CheckConstraint("citation_id IS NOT NULL OR url IS NOT NULL", name="citation_or_url"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    # No ON DELETE: a citation that is evidence for a verdict cannot be unlinked underneath it.
    citation_id: Mapped[int | None] = mapped_column(ForeignKey("citations.id"), index=True)
    url: Mapped[str | None] = mapped_column(String(2000))
    note: Mapped[str | None] = mapped_column(Text)


class ClaimRelation(Base):
    __tablename__ = "claim_relations"
    __table_args__ = (
        UniqueConstraint("from_claim_id", "to_claim_id", "kind"),
        CheckConstraint("from_claim_id <> to_claim_id", name="not_self"),
        _one_of("kind", RelationKind),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    from_claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    to_claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))


class ClaimEmbedding(Base):
    """A claim's sentence vector (core/matching): int8, written with the claim's text in the
    same transaction; ``revision`` names the model and the way it was computed, so that a
    vector of an older revision is computed again. Derived data: not audited, not exported."""

    __tablename__ = "claim_embeddings"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[str] = mapped_column(String(60))
    vector: Mapped[bytes] = mapped_column(LargeBinary)


class ClaimConflict(Base):
    """Two claims whose figures conflict (core/matching/conflicts.py), lower id first.
    Derived data, written with every claim write in its transaction: not audited, not
    exported; whether a conflict is resolved is read from claim_relations."""

    __tablename__ = "claim_conflicts"
    __table_args__ = (
        CheckConstraint("claim_a < claim_b", name="ordered"),
        Index("ix_claim_conflicts_claim_b", "claim_b"),
    )

    claim_a: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    claim_b: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    unit: Mapped[str] = mapped_column(String(100))
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClaimFigure(Base):
    """A live claim's figure as the conflict rule compares it: what it counts (unit key) and
    the days its date covers. Derived data kept with claim_conflicts, so that the candidates
    of one claim are an index range, not a pass over every claim with a quantity."""

    __tablename__ = "claim_figures"
    __table_args__ = (Index("ix_claim_figures_unit_starts", "unit", "starts"),)

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    unit: Mapped[str] = mapped_column(String(100))
    starts: Mapped[date] = mapped_column(Date)
    ends: Mapped[date] = mapped_column(Date)


class PublishedReview(Base):
    """A fact-check someone else published about a claim (imported ClaimReview).

    Kept exactly as published, with its own rating text and scale, whether or not it could be
    read as one of our statuses: mapped_status is set only where the reading is clear, and
    Claimdesk never invents a verdict. The fingerprint (SHA-256 of the canonical JSON) makes a
    second import of the same review a duplicate instead of a copy.
    """

    __tablename__ = "published_reviews"
    __table_args__ = (
        _one_of("mapped_status", Status),
        _one_of("published_on_precision", DatePrecision),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    review_url: Mapped[str | None] = mapped_column(String(2000))
    review_author: Mapped[str | None] = mapped_column(String(300))
    published_on: Mapped[date | None] = mapped_column(Date)
    rating_text: Mapped[str | None] = mapped_column(String(500))  # alternateName as published
    rating_value: Mapped[float | None] = mapped_column(Float)
    best_rating: Mapped[float | None] = mapped_column(Float)
    worst_rating: Mapped[float | None] = mapped_column(Float)
    mapped_status: Mapped[str | None] = mapped_column(String(12))
    appearances: Mapped[list[str]] = mapped_column(JSONDocument, default=list)  # URLs
    original: Mapped[dict[str, Any]] = mapped_column(JSONDocument)  # the object as published
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(200))
    # The review's authors as published: [{"type": "Organization", "name": …, "url": …}, …];
    # NULL for rows imported before revision 0009 (read from `original` instead).
    authors: Mapped[list[dict[str, str]] | None] = mapped_column(JSONDocument)
    # The review that moved the claim to mapped_status, if any: the publisher's verdict, which
    # an export tells apart from the analyst's own later reviews.
    review_id: Mapped[int | None] = mapped_column(ForeignKey("reviews.id", ondelete="SET NULL"))
    # How much of published_on was published ("2024-07" is month); NULL: day, as before 0009.
    published_on_precision: Mapped[str | None] = mapped_column(String(5))


class SavedView(Base):
    """A named search with its filters, order and columns, shared by everyone on the project.

    The definition is JSON (core/filters.py: query_to_json) so that a view saved by a newer
    Claimdesk with more filter fields still opens in an older one, minus what it cannot read.
    """

    __tablename__ = "saved_views"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    definition: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200))


class AuditEvent(Base):
    """Who changed what, when: written by the session in the same transaction as the change.

    Events are links of a hash chain (core/audit_chain.py): ``seq`` numbers them without gaps,
    ``hash`` is the SHA-256 of the event's content and of ``prev_hash``, the hash of the event
    before it. Events without a ``seq`` came before the chain (an upgraded project's earlier
    history, or history brought in by an import); an ``origin`` event says where a segment of
    the chain begins.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        _one_of("action", AuditAction),
        Index("ix_audit_events_entity_entity_id", "entity", "entity_id"),
        Index("ix_audit_events_seq", "seq", unique=True),
        Index("ix_audit_events_at", "at"),
        Index("ix_audit_events_claim_id", "claim_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(6))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument)
    # Why the change was made when it was not an ordinary edit: "undo", "redo", "import".
    context: Mapped[str | None] = mapped_column(String(20))
    # The claim the changed row belongs to (the claim itself, its hops, citations, reviews,
    # their evidence, relations from it): a claim's whole history in one indexed read. No
    # foreign key: the history outlives the rows.
    claim_id: Mapped[int | None] = mapped_column(Integer)
    seq: Mapped[int | None] = mapped_column(BigInteger)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditChainHead(Base):
    """The last link of the audit chain: one row, locked by every writer that appends to the
    chain (SELECT … FOR UPDATE), which serialises the appends of concurrent PostgreSQL
    sessions, and compared with the last event to see that none was cut off the end."""

    __tablename__ = "audit_chain_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class ProjectSettings(Base):
    """The project's identity and the rules everyone working on it shares (one row)."""

    __tablename__ = "project_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    # A random identity (not a path, not a server name): what a report says it came from.
    project_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Four eyes: a verdict waits for a second person's confirmation.
    four_eyes: Mapped[bool] = mapped_column(Boolean, default=False)
