"""Verification: each status change is a review with who, when, why and the evidence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..control_chars import cleaned
from ..enums import Status
from ..errors import NotFoundError
from ..inputs import EvidenceInput
from ..models import Citation, Claim, PublishedReview, Review, ReviewEvidence
from ..records import Changes, ReviewRecord, StatusChange
from . import validation as check
from .base import Service, find_live
from .claim_reader import read_reviews
from .field_rules import TEXT_LIMITS as LIMIT


class ReviewService(Service):
    def set_status(
        self,
        claim_ids: Sequence[int],
        status: Status | str,
        rationale: str | None = None,
        evidence: Sequence[EvidenceInput] = (),
    ) -> StatusChange:
        """Move one or many claims to a status, one review each, in one transaction.

        A final verdict needs a rationale. Evidence is a list of citations (each attached to
        the review of the claim it belongs to) or web addresses (attached to every review).
        """
        rationale, evidence = cleaned(rationale), cleaned(evidence)
        problems = check.Problems()
        target = check.choice(problems, "status", Status, status)
        why = check.text(problems, "rationale", rationale, max_length=LIMIT["reviews", "rationale"])
        if target is not None and target.is_verdict and not why:
            problems.add("rationale", "verdict_needs_rationale", status=target.value)
        if not claim_ids:
            problems.add("claims", "none_selected")
        with self._db.write(self._actor) as session:
            claims = {}
            for claim_id in dict.fromkeys(claim_ids):
                claim = find_live(session, Claim, claim_id)
                if claim is None:
                    problems.add("claims", "unknown_reference", entity="claim", id=claim_id)
                else:
                    claims[claim_id] = claim
            urls, citations = _validate_evidence(problems, session, evidence, set(claims))
            problems.raise_if_any()
            assert target is not None
            reviews = []
            for claim_id, claim in claims.items():
                review = Review(
                    claim_id=claim_id,
                    from_status=claim.status,
                    to_status=target.value,
                    rationale=why,
                    reviewer=self._actor,
                )
                review.evidence = [
                    ReviewEvidence(citation_id=citation.id, note=item.note)
                    for item, citation in citations
                    if citation.claim_id == claim_id
                ] + [ReviewEvidence(url=url, note=item.note) for item, url in urls]
                session.add(review)
                claim.status = target.value
                claim.updated_by = self._actor
                reviews.append(review)
            session.flush()
            return StatusChange(
                tuple(review.id for review in reviews), Changes(claims=frozenset(claims))
            )

    def withdraw(self, review_ids: Iterable[int]) -> Changes:
        """Take reviews back (undo): each claim returns to the status of its latest remaining
        review. The audit trail keeps what was withdrawn."""
        with self._db.write(self._actor) as session:
            touched: set[int] = set()
            for review_id in review_ids:
                review = session.get(Review, review_id)
                if review is None:
                    raise NotFoundError("review", review_id)
                touched.add(review.claim_id)
                # The database would unlink a published review from it (ON DELETE SET NULL)
                # without an audit event; unlinked here, the trail records it.
                for published in session.scalars(
                    select(PublishedReview).where(PublishedReview.review_id == review_id)
                ):
                    published.review_id = None
                session.delete(review)
            session.flush()
            for claim_id in touched:
                _recompute_status(session, claim_id, self._actor)
            return Changes(claims=frozenset(touched))

    def history(self, claim_id: int) -> list[ReviewRecord]:
        with self._db.read() as session:
            return read_reviews(session, [claim_id]).get(claim_id, [])


def _validate_evidence(
    problems: check.Problems,
    session: Session,
    evidence: Sequence[EvidenceInput],
    claim_ids: set[int],
) -> tuple[list[tuple[EvidenceInput, str]], list[tuple[EvidenceInput, Citation]]]:
    urls: list[tuple[EvidenceInput, str]] = []
    citations: list[tuple[EvidenceInput, Citation]] = []
    for index, item in enumerate(evidence):
        field = f"evidence.{index}"
        if (item.citation_id is None) == (item.url is None):
            problems.add(field, "citation_or_address")
            continue
        if item.citation_id is not None:
            citation = session.get(Citation, item.citation_id)
            if citation is None or citation.claim_id not in claim_ids:
                problems.add(field, "citation_of_other_claim", id=item.citation_id)
            else:
                citations.append((item, citation))
        else:
            url = check.web_url(problems, f"{field}.url", item.url)
            if url:
                urls.append((item, url))
    return urls, citations


def _recompute_status(session: Session, claim_id: int, actor: str) -> None:
    claim = session.get(Claim, claim_id)
    if claim is None:
        return
    latest = session.scalars(
        select(Review.to_status)
        .where(Review.claim_id == claim_id)
        .order_by(Review.id.desc())
        .limit(1)
    ).first()
    status = latest or Status.UNVERIFIED.value
    if claim.status != status:
        claim.status = status
        claim.updated_by = actor
