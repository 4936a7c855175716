"""Fact-checks other people published (imported ClaimReview), kept exactly as published.

The ClaimReview import writes through this service and the claim, source and review services
inside one ``project.batch()``, so an import is one transaction: all of it or nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..control_chars import cleaned
from ..enums import DatePrecision, Status
from ..models import Claim, PublishedReview, Source
from .base import Service, require_live

_IN_CHUNK = 500


@dataclass(frozen=True, slots=True)
class ReviewAuthor:
    """Who published a fact-check, as the ClaimReview names them."""

    name: str
    type: str = "Organization"  # schema.org type: Organization, Person, NewsMediaOrganization …
    url: str | None = None

    def as_json(self) -> dict[str, str]:
        stored = {"type": self.type, "name": self.name}
        return stored | ({"url": self.url} if self.url else {})


@dataclass(frozen=True, slots=True)
class PublishedReviewInput:
    """One published fact-check as read from a ClaimReview (see core.exchange)."""

    fingerprint: str  # SHA-256 of the canonical JSON of `original`
    original: Mapping[str, Any]
    review_url: str | None = None
    review_author: str | None = None
    published_on: date | None = None
    published_on_precision: DatePrecision = DatePrecision.DAY
    rating_text: str | None = None
    rating_value: float | None = None
    best_rating: float | None = None
    worst_rating: float | None = None
    mapped_status: Status | None = None
    appearances: tuple[str, ...] = ()
    authors: tuple[ReviewAuthor, ...] = ()
    review_id: int | None = None  # the review that took mapped_status over, if one did


@dataclass(frozen=True, slots=True)
class PublishedReviewRecord:
    id: int
    claim_id: int
    fingerprint: str
    review_url: str | None
    review_author: str | None
    published_on: date | None
    published_on_precision: DatePrecision
    rating_text: str | None
    rating_value: float | None
    best_rating: float | None
    worst_rating: float | None
    mapped_status: Status | None
    appearances: tuple[str, ...]
    imported_at: datetime
    imported_by: str
    authors: tuple[ReviewAuthor, ...] | None  # None: imported before they were kept
    review_id: int | None
    # The ClaimReview object as published (references to other nodes of its page embedded).
    original: dict[str, Any] = field(default_factory=dict, compare=False)


class PublishedReviewService(Service):
    def add(self, claim_id: int, data: PublishedReviewInput) -> int:
        """Store a published review of a live claim; returns its id."""
        data = cleaned(data)
        with self._db.write(self._actor) as session:
            require_live(session, Claim, claim_id)
            row = PublishedReview(
                claim_id=claim_id,
                fingerprint=data.fingerprint,
                review_url=data.review_url,
                review_author=data.review_author,
                published_on=data.published_on,
                published_on_precision=data.published_on_precision.value,
                rating_text=data.rating_text,
                rating_value=data.rating_value,
                best_rating=data.best_rating,
                worst_rating=data.worst_rating,
                mapped_status=data.mapped_status.value if data.mapped_status else None,
                appearances=list(data.appearances),
                original=dict(data.original),
                imported_by=self._actor,
                authors=[author.as_json() for author in data.authors],
                review_id=data.review_id,
            )
            session.add(row)
            session.flush()
            return row.id

    def known_fingerprints(self, fingerprints: Collection[str]) -> set[str]:
        """Which of these fingerprints are stored already (a re-import finds its duplicates)."""
        wanted = sorted(set(fingerprints))
        found: set[str] = set()
        with self._db.read() as session:
            for start in range(0, len(wanted), _IN_CHUNK):
                found.update(
                    session.scalars(
                        select(PublishedReview.fingerprint).where(
                            PublishedReview.fingerprint.in_(wanted[start : start + _IN_CHUNK])
                        )
                    )
                )
        return found

    def source_ids_by_name(self) -> dict[str, int]:
        """Live sources by case-folded name (the oldest wins a tie), to find a claimant again.

        Folded in Python: SQLite's lower() leaves "Ä" as it is."""
        with self._db.read() as session:
            rows = session.execute(
                select(Source.name, Source.id)
                .where(Source.deleted_at.is_(None))
                .order_by(Source.id.desc())
            ).tuples()
            return {name.casefold(): source_id for name, source_id in rows}

    def for_claim(self, claim_id: int) -> list[PublishedReviewRecord]:
        """The published reviews of a claim, oldest import first."""
        with self._db.read() as session:
            rows = session.scalars(
                select(PublishedReview)
                .where(PublishedReview.claim_id == claim_id)
                .order_by(PublishedReview.id)
            )
            return [_record(row) for row in rows]


def published_reviews_of(
    session: Session, claim_ids: Sequence[int]
) -> dict[int, list[PublishedReviewRecord]]:
    """The published reviews of these claims by claim, oldest import first (for exports,
    inside the caller's snapshot)."""
    found: dict[int, list[PublishedReviewRecord]] = {}
    for start in range(0, len(claim_ids), _IN_CHUNK):
        rows = session.scalars(
            select(PublishedReview)
            .where(PublishedReview.claim_id.in_(claim_ids[start : start + _IN_CHUNK]))
            .order_by(PublishedReview.id)
        )
        for row in rows:
            found.setdefault(row.claim_id, []).append(_record(row))
    return found


def _authors(stored: list[dict[str, Any]] | None) -> tuple[ReviewAuthor, ...] | None:
    if stored is None:
        return None
    return tuple(
        ReviewAuthor(item["name"], item.get("type") or "Organization", item.get("url"))
        for item in stored
        if isinstance(item, dict) and isinstance(item.get("name"), str)
    )


def _record(row: PublishedReview) -> PublishedReviewRecord:
    return PublishedReviewRecord(
        id=row.id,
        claim_id=row.claim_id,
        fingerprint=row.fingerprint,
        review_url=row.review_url,
        review_author=row.review_author,
        published_on=row.published_on,
        published_on_precision=DatePrecision(row.published_on_precision or DatePrecision.DAY),
        rating_text=row.rating_text,
        rating_value=row.rating_value,
        best_rating=row.best_rating,
        worst_rating=row.worst_rating,
        mapped_status=Status(row.mapped_status) if row.mapped_status else None,
        appearances=tuple(row.appearances or ()),
        imported_at=row.imported_at,
        imported_by=row.imported_by,
        authors=_authors(row.authors),
        review_id=row.review_id,
        original=dict(row.original),
    )
