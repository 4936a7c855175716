"""The one reader of claims: ClaimRecords for any number of ids, a few statements per chunk.

The detail pane, the conflict dialog, every report and every export read claims here, so they
all show the same facts. A chunk of ids costs one statement per table (claims with their
claimant, tags, hops, citations, the articles those name, reviews with their evidence,
relations), plain columns only: no ORM objects are built, and nothing lazy-loads later.
The table's lines are a lean projection of the same columns (claim_rows.py).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    any_,
    bindparam,
    func,
    or_,
    select,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session, aliased

from ..enums import (
    AnchorState,
    CitationRole,
    Credibility,
    HopMode,
    RelationKind,
    Status,
)
from ..models import (
    Article,
    AttributionHop,
    Citation,
    Claim,
    ClaimRelation,
    Review,
    ReviewEvidence,
    Source,
    Tag,
    claim_tags,
)
from ..records import (
    CLAIM_TEXT_FIELDS,
    ArticleRef,
    CitationRecord,
    ClaimRecord,
    EvidenceRecord,
    HopRecord,
    RelationRecord,
    ReviewRecord,
)
from .convert import partial, quantity_of, source_ref_of

_STATUSES = {status.value: status for status in Status}
_CREDIBILITIES = {grade.value: grade for grade in Credibility}
_MODES = {mode.value: mode for mode in HopMode}
_ROLES = {role.value: role for role in CitationRole}
_ANCHORS = {state.value: state for state in AnchorState}
_KINDS = {kind.value: kind for kind in RelationKind}

_SOURCE_COLUMNS = (Source.id, Source.name, Source.kind, Source.reliability)
_TEXT_COLUMNS = tuple(getattr(Claim, name) for name in CLAIM_TEXT_FIELDS)
_TEXTS = len(CLAIM_TEXT_FIELDS)  # the last columns of the claims select


def _run(session: Session, statement: Select[Any]) -> Sequence[Any]:
    """The rows of a Core statement on the session's connection, without the ORM's loading."""
    return session.connection().execute(statement).all()


def among(session: Session, column: Any, ids: Collection[int]) -> ColumnElement[bool]:
    """``column IN ids`` with the ids as ONE parameter (a JSON array on SQLite, an array on
    PostgreSQL): an expanded IN of a few thousand ids cost more to compile than to run."""
    values = list(ids)
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=postgresql.ARRAY(Integer)))
    listed = func.json_each(bindparam(None, json.dumps(values), type_=String)).table_valued("value")
    return column.in_(select(listed.c.value))


def read_claims(session: Session, ids: Sequence[int]) -> list[ClaimRecord]:
    """The live claims among these ids, complete, in the order given."""
    if not ids:
        return []
    wanted = list(dict.fromkeys(ids))
    claimant = aliased(Source)
    rows = _run(
        session,
        select(
            Claim.id,
            Claim.statement,
            Claim.quote,
            Claim.quote_language,
            claimant.id,
            claimant.name,
            claimant.kind,
            claimant.reliability,
            Claim.claimed_on,
            Claim.claimed_on_precision,
            Claim.as_of,
            Claim.as_of_precision,
            Claim.quantity_value,
            Claim.quantity_upper,
            Claim.quantity_unit,
            Claim.quantity_qualifier,
            Claim.credibility,
            Claim.status,
            Claim.created_at,
            Claim.created_by,
            Claim.updated_at,
            Claim.updated_by,
            Claim.version,
            *_TEXT_COLUMNS,
        )
        .outerjoin(claimant, claimant.id == Claim.claimant_id)
        .where(among(session, Claim.id, wanted), Claim.deleted_at.is_(None)),
    )
    found = {row[0]: row for row in rows}
    live = [claim_id for claim_id in wanted if claim_id in found]
    if not live:
        return []
    articles: dict[int, ArticleRef] = {}
    tags = _tag_names(session, live)
    hops = _hops(session, live, articles)
    citations = read_citations(session, among(session, Citation.claim_id, live), articles)
    by_claim: dict[int, list[CitationRecord]] = {}
    for citation in citations:
        by_claim.setdefault(citation.claim_id, []).append(citation)
    reviews = read_reviews(session, live)
    relations = _relations(session, live)
    records = []
    for claim_id in live:
        row = found[claim_id]
        fixed = len(row) - _TEXTS
        (_, statement, quote, quote_language, source_id, source_name, source_kind,
         source_reliability, claimed_on, claimed_precision, as_of, as_of_precision, value,
         upper, unit, qualifier, credibility, status, created_at, created_by, updated_at,
         updated_by, version) = row[:fixed]  # fmt: skip
        records.append(
            ClaimRecord(
                id=claim_id,
                statement=statement,
                quote=quote,
                quote_language=quote_language,
                claimant=source_ref_of(source_id, source_name, source_kind, source_reliability),
                claimed_on=partial(claimed_on, claimed_precision),
                as_of=partial(as_of, as_of_precision),
                quantity=quantity_of(value, upper, unit, qualifier),
                credibility=_CREDIBILITIES[credibility],
                status=_STATUSES[status],
                tags=tuple(tags.get(claim_id, ())),
                hops=tuple(hops.get(claim_id, ())),
                citations=tuple(by_claim.get(claim_id, ())),
                reviews=tuple(reviews.get(claim_id, ())),
                relations=tuple(relations.get(claim_id, ())),
                created_at=created_at,
                created_by=created_by,
                updated_at=updated_at,
                updated_by=updated_by,
                deleted=False,
                version=version,
                **dict(zip(CLAIM_TEXT_FIELDS, row[fixed:], strict=True)),
            )
        )
    return records


def read_citations(
    session: Session,
    where: ColumnElement[bool],
    articles: dict[int, ArticleRef] | None = None,
    *,
    text_order: bool = False,
) -> list[CitationRecord]:
    """The citations matching a condition, by claim and then in the order they were made
    (with text_order, by their place in the article)."""
    order = (Citation.start_offset, Citation.id) if text_order else (Citation.claim_id, Citation.id)
    rows = _run(
        session,
        select(
            Citation.id,
            Citation.claim_id,
            Citation.article_id,
            Citation.role,
            Citation.excerpt,
            Citation.start_offset,
            Citation.end_offset,
            Citation.context_before,
            Citation.context_after,
            Citation.anchor_state,
            Citation.created_at,
            Citation.created_by,
        )
        .where(where)
        .order_by(*order),
    )
    refs = article_refs(session, {row[2] for row in rows}, articles)
    citations = []
    for row in rows:
        (citation_id, claim_id, article_id, role, excerpt, start, end, before, after, state,
         created_at, created_by) = row  # fmt: skip
        citations.append(
            CitationRecord(
                id=citation_id,
                claim_id=claim_id,
                article=refs[article_id],
                role=_ROLES[role],
                excerpt=excerpt,
                start=start,
                end=end,
                context_before=before,
                context_after=after,
                anchor_state=_ANCHORS[state],
                created_at=created_at,
                created_by=created_by,
            )
        )
    return citations


def read_reviews(session: Session, claim_ids: Collection[int]) -> dict[int, list[ReviewRecord]]:
    """Each claim's reviews, oldest first, with their evidence."""
    rows = _run(
        session,
        select(
            Review.id,
            Review.claim_id,
            Review.from_status,
            Review.to_status,
            Review.rationale,
            Review.reviewer,
            Review.created_at,
            Review.awaiting_confirmation,
            Review.confirmed_by,
            Review.confirmed_at,
        )
        .where(among(session, Review.claim_id, claim_ids))
        .order_by(Review.claim_id, Review.id),
    )
    evidence: dict[int, list[EvidenceRecord]] = {}
    if rows:
        for evidence_id, review_id, citation_id, url, note in _run(
            session,
            select(
                ReviewEvidence.id,
                ReviewEvidence.review_id,
                ReviewEvidence.citation_id,
                ReviewEvidence.url,
                ReviewEvidence.note,
            )
            .where(among(session, ReviewEvidence.review_id, [row[0] for row in rows]))
            .order_by(ReviewEvidence.id),
        ):
            evidence.setdefault(review_id, []).append(
                EvidenceRecord(evidence_id, citation_id, url, note)
            )
    found: dict[int, list[ReviewRecord]] = {}
    for (
        review_id,
        claim_id,
        before,
        after,
        rationale,
        reviewer,
        created_at,
        awaiting,
        confirmed_by,
        confirmed_at,
    ) in rows:
        found.setdefault(claim_id, []).append(
            ReviewRecord(
                id=review_id,
                claim_id=claim_id,
                from_status=_STATUSES[before],
                to_status=_STATUSES[after],
                rationale=rationale,
                reviewer=reviewer,
                created_at=created_at,
                evidence=tuple(evidence.get(review_id, ())),
                awaiting_confirmation=bool(awaiting),
                confirmed_by=confirmed_by,
                confirmed_at=confirmed_at,
            )
        )
    return found


def article_refs(
    session: Session, article_ids: Collection[int], known: dict[int, ArticleRef] | None = None
) -> dict[int, ArticleRef]:
    """ArticleRefs by id (deleted articles too: a citation keeps naming what it cites). Refs
    already in ``known`` are not read again; ``known`` is filled in."""
    refs = known if known is not None else {}
    missing = sorted(set(article_ids) - refs.keys())
    if not missing:
        return refs
    publisher = aliased(Source)
    for row in _run(
        session,
        select(
            Article.id,
            Article.title,
            Article.url,
            Article.published_on,
            publisher.id,
            publisher.name,
            publisher.kind,
            publisher.reliability,
            Article.captured_at,
            Article.sha256,
            Article.language,
        )
        .outerjoin(publisher, publisher.id == Article.publisher_id)
        .where(among(session, Article.id, missing)),
    ):
        article_id, title, url, published_on, *source, captured_at, sha256, language = row
        refs[article_id] = ArticleRef(
            article_id,
            title,
            url,
            published_on,
            source_ref_of(*source),
            captured_at,
            sha256,
            language,
        )
    return refs


def _hops(
    session: Session, ids: list[int], articles: dict[int, ArticleRef]
) -> dict[int, list[HopRecord]]:
    rows = _run(
        session,
        select(
            AttributionHop.id,
            AttributionHop.claim_id,
            AttributionHop.position,
            *_SOURCE_COLUMNS,
            AttributionHop.article_id,
            AttributionHop.said_on,
            AttributionHop.said_on_precision,
            AttributionHop.mode,
            AttributionHop.description,
        )
        .outerjoin(Source, Source.id == AttributionHop.source_id)
        .where(among(session, AttributionHop.claim_id, ids))
        .order_by(AttributionHop.claim_id, AttributionHop.position),
    )
    refs = article_refs(session, {row[7] for row in rows if row[7] is not None}, articles)
    found: dict[int, list[HopRecord]] = {}
    for row in rows:
        (hop_id, claim_id, position, source_id, name, kind, reliability, article_id, said_on,
         precision, mode, description) = row  # fmt: skip
        found.setdefault(claim_id, []).append(
            HopRecord(
                id=hop_id,
                position=position,
                source=source_ref_of(source_id, name, kind, reliability),
                article=refs[article_id] if article_id is not None else None,
                said_on=partial(said_on, precision),
                mode=_MODES[mode],
                description=description,
            )
        )
    return found


def _relations(session: Session, ids: list[int]) -> dict[int, list[RelationRecord]]:
    """Each claim's relations to other claims, in either direction, oldest first."""
    rows = _run(
        session,
        select(
            ClaimRelation.id,
            ClaimRelation.kind,
            ClaimRelation.from_claim_id,
            ClaimRelation.to_claim_id,
            ClaimRelation.note,
            ClaimRelation.created_at,
            ClaimRelation.created_by,
        )
        .where(
            or_(
                among(session, ClaimRelation.from_claim_id, ids),
                among(session, ClaimRelation.to_claim_id, ids),
            )
        )
        .order_by(ClaimRelation.id),
    )
    if not rows:
        return {}
    other_ids = {row[2] for row in rows} | {row[3] for row in rows}
    statements = dict(
        _run(session, select(Claim.id, Claim.statement).where(among(session, Claim.id, other_ids)))
    )
    wanted = set(ids)
    found: dict[int, list[RelationRecord]] = {}
    for relation_id, kind, from_id, to_id, note, created_at, created_by in rows:
        record = RelationRecord(
            id=relation_id,
            kind=_KINDS[kind],
            from_claim_id=from_id,
            from_statement=statements.get(from_id, ""),
            to_claim_id=to_id,
            to_statement=statements.get(to_id, ""),
            note=note,
            created_at=created_at,
            created_by=created_by,
        )
        for claim_id in sorted({from_id, to_id} & wanted):
            found.setdefault(claim_id, []).append(record)
    return found


def _tag_names(session: Session, claim_ids: list[int]) -> dict[int, list[str]]:
    """The tag names of each of these claims, alphabetically (ignoring case)."""
    found: dict[int, list[str]] = {}
    for claim_id, name in _run(
        session,
        select(claim_tags.c.claim_id, Tag.name)
        .join(Tag, Tag.id == claim_tags.c.tag_id)
        .where(among(session, claim_tags.c.claim_id, claim_ids)),
    ):
        found.setdefault(claim_id, []).append(name)
    for names in found.values():
        names.sort(key=str.lower)
    return found
