"""Citations: a claim found in an article, at an exact excerpt."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from ..anchors import locate
from ..control_chars import cleaned
from ..enums import AnchorState, CitationRole, Status
from ..errors import NotFoundError
from ..inputs import CitationInput, NewCitation
from ..models import Article, Citation, Claim, ReviewEvidence
from ..records import Changes, CitationRecord, Saved
from . import validation as check
from .base import Service, check_reference
from .claim_reader import read_citations


@dataclass(frozen=True, slots=True)
class Highlight:
    citation_id: int
    claim_id: int
    start: int
    end: int
    role: CitationRole
    anchor_state: AnchorState
    statement: str
    status: Status


class CitationService(Service):
    def link(self, data: CitationInput) -> Saved:
        """Cite an article for a claim. The excerpt must be in the article text, at the given
        offsets when offsets are given."""
        data = cleaned(data)
        problems = check.Problems()
        with self._db.write(self._actor) as session:
            if data.claim_id is None:
                problems.add("claim_id", "required")
            check_reference(problems, session, Claim, "claim_id", data.claim_id)
            citation = anchored_citation(problems, session, "", data, self._actor)
            problems.raise_if_any()
            assert citation is not None
            citation.claim_id = data.claim_id
            session.add(citation)
            session.flush()
            return Saved(citation.id, None, Changes(claims=frozenset({data.claim_id})))

    def unlink(self, citation_id: int) -> Changes:
        """Remove a citation. Refused while a review names it as evidence."""
        with self._db.write(self._actor) as session:
            citation = session.get(Citation, citation_id)
            if citation is None:
                raise NotFoundError("citation", citation_id)
            uses = session.scalar(
                select(func.count()).where(ReviewEvidence.citation_id == citation_id)
            )
            if uses:
                problems = check.Problems()
                problems.add("citation", "is_evidence", reviews=uses)
                problems.raise_if_any()
            claim_id = citation.claim_id
            session.delete(citation)
            return Changes(claims=frozenset({claim_id}))

    def get(self, citation_id: int) -> CitationRecord:
        with self._db.read() as session:
            found = read_citations(session, Citation.id == citation_id)
            if not found:
                raise NotFoundError("citation", citation_id)
            return found[0]

    def highlights(self, article_id: int) -> list[Highlight]:
        """What the reading view marks in an article: every excerpt of a live claim, in text
        order, with the claim's statement and status."""
        with self._db.read() as session:
            rows = session.execute(
                select(Citation, Claim.statement, Claim.status)
                .join(Claim, Claim.id == Citation.claim_id)
                .where(Citation.article_id == article_id, Claim.deleted_at.is_(None))
                .order_by(Citation.start_offset, Citation.id)
            ).tuples()
            return [
                Highlight(
                    citation_id=citation.id,
                    claim_id=citation.claim_id,
                    start=citation.start_offset,
                    end=citation.end_offset,
                    role=CitationRole(citation.role),
                    anchor_state=AnchorState(citation.anchor_state),
                    statement=statement,
                    status=Status(status),
                )
                for citation, statement, status in rows
            ]

    def for_article(self, article_id: int) -> list[CitationRecord]:
        """Every citation of live claims in one article, in text order (for highlighting)."""
        with self._db.read() as session:
            live_claim = exists().where(Claim.id == Citation.claim_id, Claim.deleted_at.is_(None))
            return read_citations(
                session, and_(Citation.article_id == article_id, live_claim), text_order=True
            )


def anchored_citation(
    problems: check.Problems,
    session: Session,
    prefix: str,
    data: CitationInput | NewCitation,
    actor: str,
) -> Citation | None:
    """The citation row for an excerpt, found in its article, not yet tied to a claim or added
    to the session; None with the problems recorded (field names after ``prefix``)."""
    role = check.choice(problems, f"{prefix}role", CitationRole, data.role)
    if data.article_id is None:
        problems.add(f"{prefix}article_id", "required")
    article = check_reference(problems, session, Article, f"{prefix}article_id", data.article_id)
    anchor = None
    if not data.excerpt or not data.excerpt.strip():
        problems.add(f"{prefix}excerpt", "required")
    elif article is not None:
        anchor = locate(article.text, data.excerpt, data.start, data.end)
        if anchor is None:
            code = "excerpt_not_at_offsets" if data.start is not None else "excerpt_not_found"
            problems.add(f"{prefix}excerpt", code)
    if anchor is None or role is None:
        return None
    return Citation(
        article_id=data.article_id,
        role=role.value,
        excerpt=data.excerpt,
        start_offset=anchor.start,
        end_offset=anchor.end,
        context_before=anchor.context_before,
        context_after=anchor.context_after,
        anchor_state=AnchorState.ANCHORED.value,
        created_by=actor,
    )
