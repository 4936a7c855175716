"""Verification: each status change is a review with who, when, why and the evidence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..control_chars import cleaned
from ..enums import Status
from ..errors import NotFoundError
from ..inputs import EvidenceInput
from ..models import (
    Citation,
    Claim,
    ProjectSettings,
    PublishedReview,
    Review,
    ReviewEvidence,
    utcnow,
)
from ..records import AwaitingReview, Changes, ReviewRecord, StatusChange
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
                    continue
                waiting = _awaiting(session, claim_id)
                if waiting is not None and waiting.reviewer != self._actor:
                    # A colleague's verdict is confirmed or sent back, not silently replaced.
                    problems.add(
                        "claims",
                        "verdict_awaits_confirmation",
                        id=claim_id,
                        reviewer=waiting.reviewer,
                    )
                    continue
                claims[claim_id] = claim
            urls, citations = _validate_evidence(problems, session, evidence, set(claims))
            problems.raise_if_any()
            assert target is not None
            # Four eyes: a verdict waits for a second person; the claim keeps its status.
            awaiting = target.is_verdict and four_eyes(session)
            reviews = []
            for claim_id, claim in claims.items():
                _drop_awaiting(session, claim_id)
                review = Review(
                    claim_id=claim_id,
                    from_status=claim.status,
                    to_status=target.value,
                    rationale=why,
                    reviewer=self._actor,
                    awaiting_confirmation=awaiting,
                )
                review.evidence = [
                    ReviewEvidence(citation_id=citation.id, note=item.note)
                    for item, citation in citations
                    if citation.claim_id == claim_id
                ] + [ReviewEvidence(url=url, note=item.note) for item, url in urls]
                session.add(review)
                if not awaiting:
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

    def confirm(self, review_ids: Sequence[int]) -> Changes:
        """Confirm verdicts that await a second person (four eyes): each claim takes the
        confirmed status. The confirmer may be neither the verdict's reviewer nor the claim's
        author or last editor; nothing is confirmed when one of them breaks a rule."""
        problems = check.Problems()
        if not review_ids:
            problems.add("reviews", "none_selected")
        with self._db.write(self._actor) as session:
            touched: set[int] = set()
            for review_id in dict.fromkeys(review_ids):
                review = session.get(Review, review_id)
                claim = None if review is None else find_live(session, Claim, review.claim_id)
                if review is None or claim is None:
                    problems.add("reviews", "unknown_reference", entity="review", id=review_id)
                    continue
                if not review.awaiting_confirmation:
                    problems.add("reviews", "not_awaiting_confirmation", id=review_id)
                    continue
                role = _own_part(self._actor, review, claim)
                if role is None and not self._db.can_confirm:
                    role = "not_reviewer"
                if role is not None:
                    problems.add("reviews", "four_eyes_same_person", id=review_id, role=role)
                    continue
                review.awaiting_confirmation = False
                review.confirmed_by = self._actor
                review.confirmed_at = utcnow()
                # The confirmation first: PostgreSQL's trigger lets a claim take a verdict
                # only once a confirmed review says so.
                session.flush()
                claim.status = review.to_status
                touched.add(claim.id)
            problems.raise_if_any()
            session.flush()
            return Changes(claims=frozenset(touched))

    def send_back(self, review_ids: Sequence[int]) -> Changes:
        """Decline verdicts awaiting confirmation (four eyes): they are taken off their
        claims, which keep their status; the audit trail keeps who sent what back. Anyone
        who may confirm a verdict may send it back, and its reviewer may take it back."""
        problems = check.Problems()
        with self._db.write(self._actor) as session:
            touched: set[int] = set()
            for review_id in dict.fromkeys(review_ids):
                review = session.get(Review, review_id)
                if review is None or not review.awaiting_confirmation:
                    problems.add("reviews", "not_awaiting_confirmation", id=review_id)
                    continue
                claim = session.get(Claim, review.claim_id)
                own = review.reviewer == self._actor
                if not own and (claim is None or not self._db.can_confirm):
                    problems.add(
                        "reviews", "four_eyes_same_person", id=review_id, role="not_reviewer"
                    )
                    continue
                touched.add(review.claim_id)
                session.delete(review)
            problems.raise_if_any()
            session.flush()
            return Changes(claims=frozenset(touched))

    def awaiting(self) -> list[AwaitingReview]:
        """Verdicts waiting for confirmation, oldest first, each saying whether the person
        asking may confirm it (the queue "Awaiting my confirmation" keeps those)."""
        query = (
            select(Review, Claim)
            .join(Claim, Claim.id == Review.claim_id)
            .where(Review.awaiting_confirmation.is_(True), Claim.deleted_at.is_(None))
            .order_by(Review.id)
        )
        may_confirm = self._db.can_confirm
        with self._db.read() as session:
            return [
                AwaitingReview(
                    review_id=review.id,
                    claim_id=claim.id,
                    statement=claim.statement,
                    from_status=Status(review.from_status),
                    to_status=Status(review.to_status),
                    rationale=review.rationale,
                    reviewer=review.reviewer,
                    created_at=review.created_at,
                    can_confirm=may_confirm and _own_part(self._actor, review, claim) is None,
                )
                for review, claim in session.execute(query).tuples()
            ]

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


def four_eyes(session: Session) -> bool:
    """Whether the project asks for a second person's confirmation of each verdict."""
    return bool(session.scalar(select(ProjectSettings.four_eyes).where(ProjectSettings.id == 1)))


def _own_part(actor: str, review: Review, claim: Claim) -> str | None:
    """Why ``actor`` may not confirm this verdict ("reviewer", "author", "last_editor"), or
    None when they may."""
    if actor == review.reviewer:
        return "reviewer"
    if actor == claim.created_by:
        return "author"
    if actor == claim.updated_by:
        return "last_editor"
    return None


def _awaiting(session: Session, claim_id: int) -> Review | None:
    return session.scalars(
        select(Review).where(Review.claim_id == claim_id, Review.awaiting_confirmation.is_(True))
    ).first()


def _drop_awaiting(session: Session, claim_id: int) -> None:
    """A new status decision by the same reviewer replaces their verdict still waiting for
    confirmation (the audit trail keeps it)."""
    for review in session.scalars(
        select(Review).where(Review.claim_id == claim_id, Review.awaiting_confirmation.is_(True))
    ):
        session.delete(review)


def _recompute_status(session: Session, claim_id: int, actor: str) -> None:
    claim = session.get(Claim, claim_id)
    if claim is None:
        return
    latest = session.scalars(
        select(Review.to_status)
        .where(Review.claim_id == claim_id, Review.awaiting_confirmation.is_(False))
        .order_by(Review.id.desc())
        .limit(1)
    ).first()
    status = latest or Status.UNVERIFIED.value
    if claim.status != status:
        claim.status = status
        claim.updated_by = actor
