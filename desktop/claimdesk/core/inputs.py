"""What callers hand to the services to create or change rows.

Inputs are loose where people type (dates may be text such as "2025-06"); the services
validate and normalise them and report every problem at once, keyed by these field names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .dates import PartialDate
from .enums import CitationRole, Credibility, HopMode, RelationKind, Reliability, SourceKind
from .quantities import Quantity
from .records import CLAIM_TEXT_FIELDS, ArticleRecord, ClaimRecord, SourceRecord

DateLike = PartialDate | date | str | None


@dataclass(frozen=True, slots=True)
class SourceInput:
    name: str
    kind: SourceKind | str = SourceKind.PERSON
    role: str | None = None
    country: str | None = None
    reliability: Reliability | str = Reliability.F
    notes: str | None = None

    @classmethod
    def of(cls, record: SourceRecord) -> SourceInput:
        return cls(
            record.name, record.kind, record.role, record.country, record.reliability, record.notes
        )


@dataclass(frozen=True, slots=True)
class ArticleInput:
    title: str
    url: str | None = None
    publisher_id: int | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    published_on: DateLike = None  # a whole day: "2025-06" is refused
    captured_at: datetime | None = None
    text: str = ""
    # The captured bytes (HTML, PDF …). The SHA-256 is taken of these, or of the text if absent.
    original: bytes | None = None
    content_type: str | None = None
    notes: str | None = None
    charset: str | None = None  # how the original bytes were decoded into text

    @classmethod
    def of(cls, record: ArticleRecord) -> ArticleInput:
        """The editable fields of a stored article (the original bytes stay where they are)."""
        return cls(
            title=record.title,
            url=record.url,
            publisher_id=record.publisher.id if record.publisher else None,
            authors=record.authors,
            language=record.language,
            published_on=record.published_on,
            captured_at=record.captured_at,
            text=record.text,
            content_type=record.content_type,
            notes=record.notes,
            charset=record.charset,
        )


@dataclass(frozen=True, slots=True)
class HopInput:
    source_id: int | None = None
    article_id: int | None = None
    said_on: DateLike = None
    mode: HopMode | str = HopMode.PARAPHRASE
    description: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimInput:
    statement: str
    quote: str | None = None
    quote_language: str | None = None
    claimant_id: int | None = None
    claimed_on: DateLike = None
    as_of: DateLike = None
    quantity: Quantity | None = None
    credibility: Credibility | str = Credibility.CANNOT_BE_JUDGED
    tags: tuple[str, ...] = ()
    notes: str | None = None
    hops: tuple[HopInput, ...] = ()

    @classmethod
    def of(cls, record: ClaimRecord) -> ClaimInput:
        """The editable fields of a stored claim, e.g. to undo an edit."""
        return cls(
            statement=record.statement,
            quote=record.quote,
            quote_language=record.quote_language,
            claimant_id=record.claimant.id if record.claimant else None,
            claimed_on=record.claimed_on,
            as_of=record.as_of,
            quantity=record.quantity,
            credibility=record.credibility,
            tags=record.tags,
            **{name: getattr(record, name) for name in CLAIM_TEXT_FIELDS},
            hops=tuple(
                HopInput(
                    source_id=hop.source.id if hop.source else None,
                    article_id=hop.article.id if hop.article else None,
                    said_on=hop.said_on,
                    mode=hop.mode,
                    description=hop.description,
                )
                for hop in record.hops
            ),
        )


@dataclass(frozen=True, slots=True)
class CitationInput:
    claim_id: int
    article_id: int
    excerpt: str
    # Offsets into the article text; when omitted the service finds the excerpt itself.
    start: int | None = None
    end: int | None = None
    role: CitationRole | str = CitationRole.REPORTS


@dataclass(frozen=True, slots=True)
class NewCitation:
    """An excerpt for a claim that is created with it (``claims.create(data, citations)``):
    a CitationInput without the claim, which has no id until it is saved."""

    article_id: int
    excerpt: str
    start: int | None = None
    end: int | None = None
    role: CitationRole | str = CitationRole.REPORTS


@dataclass(frozen=True, slots=True)
class EvidenceInput:
    citation_id: int | None = None
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RelationInput:
    from_claim_id: int
    to_claim_id: int
    kind: RelationKind | str
    note: str | None = None
