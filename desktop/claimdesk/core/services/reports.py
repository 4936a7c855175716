"""Reading what a report covers: the sections, the summary, and the claims in bulk.

A report is read inside one snapshot (ReportService.open): the header counted and the claims
listed are the same claims, even while others save. Claims are read a chunk of ids at a time
by the one claim reader (claim_reader.py), never one query per claim.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cached_property, partial

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session

from .. import revisions
from ..enums import Credibility, Grouping, Reliability, ScopeField, Status
from ..filters import ClaimFilter, apply_filter
from ..jobs import CancelToken
from ..models import (
    Article,
    Claim,
    PublishedReview,
    Source,
    Tag,
    claim_tags,
)
from ..provenance import Provenance, ProvenanceCheck
from ..records import (
    ClaimLine,
    ClaimRecord,
    ReportHeader,
    ReportOptions,
    ReportSection,
    ReportSummary,
    ScopePart,
)
from .base import Service
from .claim_reader import read_claims
from .claim_rows import read_lines
from .provenance import check_provenance, read_provenance
from .published_reviews import PublishedReviewRecord, published_reviews_of

CHUNK = 1000


class ReportService(Service):
    @contextmanager
    def open(
        self, options: ReportOptions, cancel: CancelToken | None = None
    ) -> Iterator[ReportReader]:
        """One read snapshot for a whole report or export: its header and every claim in it
        are read from the same state of the database, whatever is saved meanwhile."""
        with self._db.read(cancel) as session:
            yield ReportReader(session, partial(self._header, session, options))

    def header(self, options: ReportOptions) -> ReportHeader:
        """Everything about a report except its claims: scope, summary, sections."""
        with self._db.read() as session:
            return self._header(session, options)

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

    def claims(self, claim_ids: Sequence[int]) -> list[ClaimRecord]:
        """These claims, complete, in the order given (deleted ones are left out)."""
        with self._db.read() as session:
            return read_claims(session, claim_ids)

    def check(self, recorded: Provenance, cancel: CancelToken | None = None) -> ProvenanceCheck:
        """This project compared with what a report states about it (`claimdesk report
        verify`): the same project, the audit chain whole up to the report's head, which of
        its claims changed since and whether the captures it cites still hash the same."""
        with self._db.read(cancel) as session:
            return check_provenance(session, recorded, cancel)

    def _header(self, session: Session, options: ReportOptions) -> ReportHeader:
        # Who made a report is named only as the analyst asks (ReportOptions.name_in_report):
        # never the login, and never the database's path or server, which the project id
        # of the provenance stands in for.
        return ReportHeader(
            title=options.title,
            scope=_describe(session, options.filter),
            made_at=datetime.now(UTC),
            made_by=(options.name_in_report or "").strip() or None,
            revision=revisions.stored_revision(session.connection()),
            grouping=options.grouping,
            summary=_summary(session, options.filter),
            sections=_sections(session, options.filter, options.grouping),
            locale=options.locale,
        )


class ReportReader:
    """A report's header and claims, read inside ReportService.open()'s snapshot."""

    def __init__(self, session: Session, read_header: Callable[[], ReportHeader]):
        self._session = session
        self._read_header = read_header

    @cached_property
    def header(self) -> ReportHeader:
        """Scope, summary and sections (read on first use: ClaimReview needs none of it)."""
        return self._read_header()

    @cached_property
    def provenance(self) -> Provenance:
        """Where the report comes from, read in its snapshot: the project, the audit head,
        each claim's latest event and the captures its claims cite (core/provenance.py)."""
        header = self.header
        claim_ids = [claim_id for section in header.sections for claim_id in section.claim_ids]
        return read_provenance(self._session, claim_ids, header.made_at)

    def claim_ids(self, wanted: ClaimFilter) -> list[int]:
        """The claims a filter matches in this snapshot, in report order."""
        return _ordered_ids(self._session, wanted)

    def claims(self, claim_ids: Sequence[int], size: int = CHUNK) -> Iterator[list[ClaimRecord]]:
        """The claims a chunk at a time (deleted ones left out), for writers that stream."""
        for start in range(0, len(claim_ids), size):
            yield read_claims(self._session, claim_ids[start : start + size])

    def reviewed_ids(self, wanted: ClaimFilter) -> list[int]:
        """The claims a filter matches that carry a verdict or a published review (imported
        ClaimReview), in report order: what a ClaimReview export writes."""
        verdicts = [status.value for status in Status if status.is_verdict]
        published = exists().where(PublishedReview.claim_id == Claim.id)
        statement = apply_filter(select(Claim.id), wanted).where(
            or_(Claim.status.in_(verdicts), published)
        )
        return list(self._session.scalars(_in_report_order(statement)))

    def published_reviews(self, claim_ids: Sequence[int]) -> dict[int, list[PublishedReviewRecord]]:
        """The published reviews of these claims, by claim, oldest import first."""
        return published_reviews_of(self._session, claim_ids)

    def count(self, wanted: ClaimFilter) -> int:
        """How many claims a filter matches in this snapshot."""
        return self._session.scalar(apply_filter(select(func.count(Claim.id)), wanted)) or 0

    def lines(self, wanted: ClaimFilter, size: int = CHUNK) -> Iterator[list[ClaimLine]]:
        """The claims a filter matches as flat-file lines, in report order, a chunk at a
        time (CSV export)."""
        return read_lines(self._session, wanted, size)


def _ordered_ids(session: Session, wanted: ClaimFilter) -> list[int]:
    return list(session.scalars(_in_report_order(apply_filter(select(Claim.id), wanted))))


def _in_report_order(statement: Select[tuple[int]]) -> Select[tuple[int]]:
    return statement.order_by(Claim.claimed_on.is_(None), Claim.claimed_on, Claim.id)


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
            ReportSection(status.value, tuple(i for i in ids if statuses[i] == status.value))
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
        ReportSection(name, tuple(sorted(members, key=position.__getitem__)))
        for name, members in sorted(tagged.items(), key=lambda item: item[0].casefold())
    ]
    with_tags = {claim_id for members in tagged.values() for claim_id in members}
    untagged = tuple(i for i in ids if i not in with_tags)
    if untagged:
        sections.append(ReportSection("", untagged))
    return tuple(sections)


def _describe(session: Session, wanted: ClaimFilter) -> tuple[ScopePart, ...]:
    """The filter as data for the report's scope (reports/text.scope_lines words it); names
    looked up, not ids shown."""
    parts: list[ScopePart] = []
    if wanted.search.strip():
        parts.append(ScopePart(ScopeField.SEARCH, (wanted.search.strip(),)))
    if wanted.statuses:
        chosen = tuple(s.value for s in Status if s in wanted.statuses)
        parts.append(ScopePart(ScopeField.STATUS, chosen))
    if wanted.credibilities:
        grades = tuple(c.value for c in Credibility if c in wanted.credibilities)
        parts.append(ScopePart(ScopeField.CREDIBILITY, grades))
    if wanted.claimant_ids:
        parts.append(ScopePart(ScopeField.CLAIMANT, _names(session, wanted.claimant_ids)))
    if wanted.reliabilities:
        grades = tuple(r.value for r in Reliability if r in wanted.reliabilities)
        parts.append(ScopePart(ScopeField.RELIABILITY, grades))
    if wanted.tags:
        parts.append(ScopePart(ScopeField.TAG, tuple(sorted(wanted.tags, key=str.casefold))))
    if wanted.article_id is not None:
        title = session.scalar(select(Article.title).where(Article.id == wanted.article_id))
        parts.append(ScopePart(ScopeField.ARTICLE, (title or f"#{wanted.article_id}",)))
    for scope_field, start, end in (
        (ScopeField.CLAIMED_ON, wanted.claimed_from, wanted.claimed_to),
        (ScopeField.AS_OF, wanted.as_of_from, wanted.as_of_to),
    ):
        if start or end:
            bounds = (start.isoformat() if start else "", end.isoformat() if end else "")
            parts.append(ScopePart(scope_field, bounds))
    if wanted.publisher_ids:
        parts.append(ScopePart(ScopeField.PUBLISHER, _names(session, wanted.publisher_ids)))
    if wanted.has_quantity is not None:
        parts.append(ScopePart(ScopeField.QUANTITY, ("yes" if wanted.has_quantity else "no",)))
    if wanted.units:
        parts.append(ScopePart(ScopeField.UNIT, tuple(sorted(wanted.units, key=str.casefold))))
    if wanted.orphaned:
        parts.append(ScopePart(ScopeField.ORPHANED))
    if wanted.conflicted is not None:
        parts.append(ScopePart(ScopeField.CONFLICTED, ("yes" if wanted.conflicted else "no",)))
    return tuple(parts)


def _names(session: Session, source_ids: Collection[int]) -> tuple[str, ...]:
    return tuple(
        session.scalars(select(Source.name).where(Source.id.in_(source_ids)).order_by(Source.name))
    )
