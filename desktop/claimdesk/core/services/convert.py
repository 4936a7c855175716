"""ORM rows to plain records, inside the session that loaded them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..dates import PartialDate
from ..enums import (
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
)
from ..models import (
    Article,
    AttributionHop,
    AuditEvent,
    Citation,
    Claim,
    ClaimRelation,
    Review,
    Source,
    Tag,
    claim_tags,
)
from ..quantities import Quantity
from ..records import (
    ArticleRecord,
    ArticleRef,
    AuditRecord,
    CitationRecord,
    ClaimRecord,
    EvidenceRecord,
    HopRecord,
    RelationRecord,
    ReviewRecord,
    SourceRecord,
    SourceRef,
)


# A page of 100 claims makes 200 of these, mostly for dates seen before; PartialDate is
# immutable, so one instance serves them all.
@lru_cache(maxsize=8192)
def partial(value: date | None, precision: str | None) -> PartialDate | None:
    if value is None:
        return None
    return PartialDate(value, DatePrecision(precision or DatePrecision.DAY))


def source_ref(source: Source | None) -> SourceRef | None:
    if source is None:
        return None
    return SourceRef(
        source.id, source.name, SourceKind(source.kind), Reliability(source.reliability)
    )


def source_record(source: Source) -> SourceRecord:
    return SourceRecord(
        id=source.id,
        kind=SourceKind(source.kind),
        name=source.name,
        role=source.role,
        country=source.country,
        reliability=Reliability(source.reliability),
        notes=source.notes,
        created_at=source.created_at,
        updated_at=source.updated_at,
        deleted=source.deleted_at is not None,
        version=source.version,
    )


def article_ref(article: Article) -> ArticleRef:
    return ArticleRef(article.id, article.title, article.url, article.published_on)


def article_record(article: Article, has_original: bool) -> ArticleRecord:
    return ArticleRecord(
        id=article.id,
        title=article.title,
        url=article.url,
        publisher=source_ref(article.publisher),
        authors=tuple(article.authors or ()),
        language=article.language,
        published_on=article.published_on,
        captured_at=article.captured_at,
        text=article.text,
        sha256=article.sha256,
        content_type=article.content_type,
        has_original=has_original,
        notes=article.notes,
        created_at=article.created_at,
        updated_at=article.updated_at,
        deleted=article.deleted_at is not None,
        version=article.version,
        charset=article.charset,
        changed_at=article.changed_at,
    )


def quantity(claim: Claim) -> Quantity | None:
    if claim.quantity_value is None:
        return None
    return Quantity(
        claim.quantity_value,
        claim.quantity_upper,
        claim.quantity_unit,
        Qualifier(claim.quantity_qualifier or Qualifier.EXACT),
    )


def hop_record(hop: AttributionHop) -> HopRecord:
    return HopRecord(
        id=hop.id,
        position=hop.position,
        source=source_ref(hop.source),
        article=article_ref(hop.article) if hop.article else None,
        said_on=partial(hop.said_on, hop.said_on_precision),
        mode=HopMode(hop.mode),
        description=hop.description,
    )


def citation_record(citation: Citation) -> CitationRecord:
    return CitationRecord(
        id=citation.id,
        claim_id=citation.claim_id,
        article=article_ref(citation.article),
        role=CitationRole(citation.role),
        excerpt=citation.excerpt,
        start=citation.start_offset,
        end=citation.end_offset,
        context_before=citation.context_before,
        context_after=citation.context_after,
        anchor_state=AnchorState(citation.anchor_state),
        created_at=citation.created_at,
        created_by=citation.created_by,
    )


def review_record(review: Review) -> ReviewRecord:
    return ReviewRecord(
        id=review.id,
        claim_id=review.claim_id,
        from_status=Status(review.from_status),
        to_status=Status(review.to_status),
        rationale=review.rationale,
        reviewer=review.reviewer,
        created_at=review.created_at,
        evidence=tuple(
            EvidenceRecord(item.id, item.citation_id, item.url, item.note)
            for item in review.evidence
        ),
    )


def relation_record(relation: ClaimRelation, statements: dict[int, str]) -> RelationRecord:
    return RelationRecord(
        id=relation.id,
        kind=RelationKind(relation.kind),
        from_claim_id=relation.from_claim_id,
        from_statement=statements.get(relation.from_claim_id, ""),
        to_claim_id=relation.to_claim_id,
        to_statement=statements.get(relation.to_claim_id, ""),
        note=relation.note,
        created_at=relation.created_at,
        created_by=relation.created_by,
    )


def claim_record(
    claim: Claim, relations: Iterable[ClaimRelation], statements: dict[int, str]
) -> ClaimRecord:
    return ClaimRecord(
        id=claim.id,
        statement=claim.statement,
        quote=claim.quote,
        quote_language=claim.quote_language,
        claimant=source_ref(claim.claimant),
        claimed_on=partial(claim.claimed_on, claim.claimed_on_precision),
        as_of=partial(claim.as_of, claim.as_of_precision),
        quantity=quantity(claim),
        credibility=Credibility(claim.credibility),
        status=Status(claim.status),
        tags=tuple(tag.name for tag in claim.tags),
        notes=claim.notes,
        hops=tuple(hop_record(hop) for hop in claim.hops),
        citations=tuple(citation_record(citation) for citation in claim.citations),
        reviews=tuple(review_record(review) for review in claim.reviews),
        relations=tuple(relation_record(relation, statements) for relation in relations),
        created_at=claim.created_at,
        created_by=claim.created_by,
        updated_at=claim.updated_at,
        updated_by=claim.updated_by,
        deleted=claim.deleted_at is not None,
        version=claim.version,
    )


def audit_record(event: AuditEvent) -> AuditRecord:
    return AuditRecord(
        id=event.id,
        at=event.at,
        actor=event.actor,
        action=AuditAction(event.action),
        entity=event.entity,
        entity_id=event.entity_id,
        before=event.before,
        after=event.after,
    )


def tag_names(session: Session, claim_ids: list[int]) -> dict[int, list[str]]:
    """The tag names of each of these claims, alphabetically (ignoring case)."""
    found: dict[int, list[str]] = {}
    for claim_id, name in session.execute(
        select(claim_tags.c.claim_id, Tag.name)
        .join(Tag, Tag.id == claim_tags.c.tag_id)
        .where(claim_tags.c.claim_id.in_(claim_ids))
        .order_by(func.lower(Tag.name))
    ).tuples():
        found.setdefault(claim_id, []).append(name)
    return found
