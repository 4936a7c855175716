"""ORM rows to plain records, inside the session that loaded them."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..dates import PartialDate
from ..enums import (
    AuditAction,
    DatePrecision,
    Qualifier,
    Reliability,
    SourceKind,
)
from ..models import (
    Article,
    AuditEvent,
    Source,
)
from ..quantities import Quantity
from ..records import (
    ArticleRecord,
    AuditRecord,
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


_KINDS = {kind.value: kind for kind in SourceKind}
_QUALIFIERS = {qualifier.value: qualifier for qualifier in Qualifier}
_RELIABILITIES = {grade.value: grade for grade in Reliability}


def source_ref(source: Source | None) -> SourceRef | None:
    if source is None:
        return None
    return source_ref_of(source.id, source.name, source.kind, source.reliability)


def source_ref_of(
    source_id: int | None, name: str | None, kind: str | None, reliability: str | None
) -> SourceRef | None:
    """A SourceRef from plain columns (an outer join's NULLs give None)."""
    if source_id is None:
        return None
    return SourceRef(source_id, name or "", _KINDS[kind or ""], _RELIABILITIES[reliability or ""])


def quantity_of(
    value: float | None, upper: float | None, unit: str | None, qualifier: str | None
) -> Quantity | None:
    """A stored quantity from its columns (None when no value was given)."""
    if value is None:
        return None
    return Quantity(value, upper, unit, _QUALIFIERS[qualifier or Qualifier.EXACT])


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
        claim_id=event.claim_id,
        context=event.context,
        seq=event.seq,
        hash=event.hash,
    )
