"""Reading what a report covers: the sections, the summary, and the claims in bulk.

Claims are read a chunk of ids at a time with one query per table (claims, tags, hops,
citations, reviews), never one query per claim, so 100,000 claims read in seconds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..enums import (
    AnchorState,
    CitationRole,
    Credibility,
    HopMode,
    Reliability,
    SourceKind,
    Status,
)
from ..filters import ClaimFilter, apply_filter
from ..models import (
    Article,
    AttributionHop,
    Citation,
    Claim,
    Review,
    ReviewEvidence,
    Source,
    Tag,
    claim_tags,
)
from ..reports.records import (
    Grouping,
    ReportArticle,
    ReportCitation,
    ReportClaim,
    ReportHeader,
    ReportHop,
    ReportOptions,
    ReportReview,
    ReportSection,
    ReportSource,
    ReportSummary,
)
from ..reports.text import STATUS_LABELS, credibility_text, reliability_text
from .base import Service
from .convert import partial, quantity, tag_names

CHUNK = 1000


class ReportService(Service):
    def header(self, options: ReportOptions) -> ReportHeader:
        """Everything about a report except its claims: scope, summary, sections."""
        with self._db.read() as session:
            return ReportHeader(
                title=options.title,
                scope=_describe(session, options.filter),
                made_at=datetime.now(UTC),
                made_by=self._actor,
                database=self._db.location,
                revision=self._db.revision(),
                grouping=options.grouping,
                summary=_summary(session, options.filter),
                sections=_sections(session, options.filter, options.grouping),
                locale=options.locale,
            )

    def claim_ids(self, wanted: ClaimFilter) -> list[int]:
        """The matching claims in report order: by claim date (unknown last), then id."""
        with self._db.read() as session:
            return _ordered_ids(session, wanted)

    def source_ids_named(self, name: str) -> list[int]:
        """Live sources called exactly this (ignoring case), for filters given by name."""
        with self._db.read() as session:
            return list(
                session.scalars(
                    select(Source.id).where(
                        func.lower(Source.name) == name.strip().lower(),
                        Source.deleted_at.is_(None),
                    )
                )
            )

    def claims(self, claim_ids: Sequence[int]) -> list[ReportClaim]:
        """These claims, complete, in the order given (deleted ones are left out)."""
        with self._db.read() as session:
            return _load(session, list(claim_ids))

    def chunks(self, claim_ids: Sequence[int], size: int = CHUNK) -> Iterator[list[ReportClaim]]:
        """The claims a chunk at a time, for exporters that stream."""
        for start in range(0, len(claim_ids), size):
            yield self.claims(claim_ids[start : start + size])


def _ordered_ids(session: Session, wanted: ClaimFilter) -> list[int]:
    statement = apply_filter(select(Claim.id), wanted).order_by(
        Claim.claimed_on.is_(None), Claim.claimed_on, Claim.id
    )
    return list(session.scalars(statement))


def _summary(session: Session, wanted: ClaimFilter) -> ReportSummary:
    by_status = {status: 0 for status in Status}
    for value, count in session.execute(
        apply_filter(select(Claim.status, func.count()), wanted).group_by(Claim.status)
    ).tuples():
        by_status[Status(value)] = count
    by_credibility = {grade: 0 for grade in Credibility}
    for value, count in session.execute(
        apply_filter(select(Claim.credibility, func.count()), wanted).group_by(Claim.credibility)
    ).tuples():
        by_credibility[Credibility(value)] = count
    return ReportSummary(sum(by_status.values()), by_status, by_credibility)


def _sections(
    session: Session, wanted: ClaimFilter, grouping: Grouping
) -> tuple[ReportSection, ...]:
    ids = _ordered_ids(session, wanted)
    if grouping is Grouping.NONE:
        return (ReportSection("", tuple(ids)),)
    if grouping is Grouping.STATUS:
        statuses = dict(
            session.execute(apply_filter(select(Claim.id, Claim.status), wanted)).tuples().all()
        )
        return tuple(
            ReportSection(
                f"Status: {STATUS_LABELS[status]}",
                tuple(i for i in ids if statuses[i] == status.value),
            )
            for status in Status
            if status.value in statuses.values()
        )
    # By tag: a claim with two tags is listed under both; untagged claims come last.
    tagged: dict[str, list[int]] = {}
    rows = session.execute(
        apply_filter(
            select(Tag.name, Claim.id)
            .join(claim_tags, claim_tags.c.claim_id == Claim.id)
            .join(Tag, Tag.id == claim_tags.c.tag_id),
            wanted,
        )
    ).tuples()
    for name, claim_id in rows:
        tagged.setdefault(name, []).append(claim_id)
    position = {claim_id: index for index, claim_id in enumerate(ids)}
    sections = [
        ReportSection(f"Tag: {name}", tuple(sorted(members, key=position.__getitem__)))
        for name, members in sorted(tagged.items(), key=lambda item: item[0].casefold())
    ]
    with_tags = {claim_id for members in tagged.values() for claim_id in members}
    untagged = tuple(i for i in ids if i not in with_tags)
    if untagged:
        sections.append(ReportSection("No tag", untagged))
    return tuple(sections)


def _describe(session: Session, wanted: ClaimFilter) -> tuple[tuple[str, str], ...]:
    """The filter in words, for the report's scope line; names looked up, not ids shown."""
    parts: list[tuple[str, str]] = []
    if wanted.search.strip():
        parts.append(("Search", f"“{wanted.search.strip()}”"))
    if wanted.statuses:
        parts.append(
            ("Status", ", ".join(STATUS_LABELS[s] for s in Status if s in wanted.statuses))
        )
    if wanted.credibilities:
        chosen = [credibility_text(c) for c in Credibility if c in wanted.credibilities]
        parts.append(("Credibility", ", ".join(chosen)))
    if wanted.claimant_ids:
        names = session.scalars(
            select(Source.name).where(Source.id.in_(wanted.claimant_ids)).order_by(Source.name)
        )
        parts.append(("Claimant", ", ".join(names)))
    if wanted.reliabilities:
        chosen = [reliability_text(r) for r in Reliability if r in wanted.reliabilities]
        parts.append(("Source reliability", ", ".join(chosen)))
    if wanted.tags:
        parts.append(("Tag", ", ".join(sorted(wanted.tags, key=str.casefold))))
    if wanted.article_id is not None:
        title = session.scalar(select(Article.title).where(Article.id == wanted.article_id))
        parts.append(("Article", title or f"#{wanted.article_id}"))
    for label, start, end in (
        ("Claim date", wanted.claimed_from, wanted.claimed_to),
        ("As of", wanted.as_of_from, wanted.as_of_to),
    ):
        if start or end:
            first = start.isoformat() if start else "…"
            last = end.isoformat() if end else "…"
            parts.append((label, f"{first} to {last}"))
    if wanted.publisher_ids:
        names = session.scalars(
            select(Source.name).where(Source.id.in_(wanted.publisher_ids)).order_by(Source.name)
        )
        parts.append(("Publisher", ", ".join(names)))
    if wanted.has_quantity is not None:
        parts.append(("Quantity", "with a quantity" if wanted.has_quantity else "without one"))
    if wanted.units:
        parts.append(("Unit", ", ".join(sorted(wanted.units, key=str.casefold))))
    if wanted.orphaned:
        parts.append(("Excerpts", "some no longer found in their article"))
    return tuple(parts)


def _load(session: Session, ids: list[int]) -> list[ReportClaim]:
    if not ids:
        return []
    claimant = aliased(Source)
    claims = {
        claim.id: (claim, source)
        for claim, source in session.execute(
            select(Claim, claimant)
            .outerjoin(claimant, claimant.id == Claim.claimant_id)
            .where(Claim.id.in_(ids), Claim.deleted_at.is_(None))
        ).tuples()
    }
    tags = tag_names(session, ids)
    articles: dict[int, ReportArticle] = {}
    hops = _hops(session, ids, articles)
    citations = _citations(session, ids, articles)
    reviews = _reviews(session, ids)
    loaded = []
    for claim_id in ids:
        if claim_id not in claims:
            continue
        claim, source = claims[claim_id]
        history = reviews.get(claim_id, [])
        loaded.append(
            ReportClaim(
                id=claim.id,
                statement=claim.statement,
                quote=claim.quote,
                quote_language=claim.quote_language,
                claimant=_source(source),
                claimed_on=partial(claim.claimed_on, claim.claimed_on_precision),
                as_of=partial(claim.as_of, claim.as_of_precision),
                quantity=quantity(claim),
                credibility=Credibility(claim.credibility),
                status=Status(claim.status),
                tags=tuple(tags.get(claim_id, ())),
                notes=claim.notes,
                hops=tuple(hops.get(claim_id, ())),
                citations=tuple(citations.get(claim_id, ())),
                latest_review=history[-1] if history else None,
                first_review=history[0] if history else None,
                reviews=len(history),
                created_at=claim.created_at,
                created_by=claim.created_by,
                updated_at=claim.updated_at,
                updated_by=claim.updated_by,
            )
        )
    return loaded


def _source(source: Source | None) -> ReportSource | None:
    if source is None:
        return None
    return ReportSource(
        source.id, source.name, SourceKind(source.kind), Reliability(source.reliability)
    )


def _articles(
    session: Session, article_ids: set[int], known: dict[int, ReportArticle]
) -> dict[int, ReportArticle]:
    missing = sorted(article_ids - known.keys())
    if missing:
        publisher = aliased(Source)
        for row in session.execute(
            select(
                Article.id,
                Article.title,
                Article.url,
                publisher.name,
                Article.published_on,
                Article.captured_at,
                Article.sha256,
                Article.language,
            )
            .outerjoin(publisher, publisher.id == Article.publisher_id)
            .where(Article.id.in_(missing))
        ).tuples():
            known[row[0]] = ReportArticle(*row)
    return known


def _hops(
    session: Session, ids: list[int], articles: dict[int, ReportArticle]
) -> dict[int, list[ReportHop]]:
    rows = (
        session.execute(
            select(AttributionHop, Source)
            .outerjoin(Source, Source.id == AttributionHop.source_id)
            .where(AttributionHop.claim_id.in_(ids))
            .order_by(AttributionHop.claim_id, AttributionHop.position)
        )
        .tuples()
        .all()
    )
    _articles(session, {hop.article_id for hop, _ in rows if hop.article_id}, articles)
    found: dict[int, list[ReportHop]] = {}
    for hop, source in rows:
        found.setdefault(hop.claim_id, []).append(
            ReportHop(
                position=hop.position,
                source=_source(source),
                article=articles.get(hop.article_id) if hop.article_id else None,
                said_on=partial(hop.said_on, hop.said_on_precision),
                mode=HopMode(hop.mode),
                description=hop.description,
            )
        )
    return found


def _citations(
    session: Session, ids: list[int], articles: dict[int, ReportArticle]
) -> dict[int, list[ReportCitation]]:
    rows = (
        session.execute(
            select(
                Citation.claim_id,
                Citation.article_id,
                Citation.role,
                Citation.excerpt,
                Citation.anchor_state,
                Citation.created_at,
            )
            .where(Citation.claim_id.in_(ids))
            .order_by(Citation.claim_id, Citation.id)
        )
        .tuples()
        .all()
    )
    _articles(session, {row[1] for row in rows}, articles)
    found: dict[int, list[ReportCitation]] = {}
    for claim_id, article_id, role, excerpt, state, created_at in rows:
        found.setdefault(claim_id, []).append(
            ReportCitation(
                articles[article_id], CitationRole(role), excerpt, AnchorState(state), created_at
            )
        )
    return found


def _reviews(session: Session, ids: list[int]) -> dict[int, list[ReportReview]]:
    rows = (
        session.execute(
            select(Review).where(Review.claim_id.in_(ids)).order_by(Review.claim_id, Review.id)
        )
        .scalars()
        .all()
    )
    urls: dict[int, list[str]] = {}
    if rows:
        for review_id, url in session.execute(
            select(ReviewEvidence.review_id, ReviewEvidence.url)
            .where(
                ReviewEvidence.review_id.in_([r.id for r in rows]), ReviewEvidence.url.is_not(None)
            )
            .order_by(ReviewEvidence.id)
        ).tuples():
            urls.setdefault(review_id, []).append(url)
    found: dict[int, list[ReportReview]] = {}
    for review in rows:
        found.setdefault(review.claim_id, []).append(
            ReportReview(
                Status(review.from_status),
                Status(review.to_status),
                review.rationale,
                review.reviewer,
                review.created_at,
                tuple(urls.get(review.id, ())),
            )
        )
    return found
