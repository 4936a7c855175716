"""Reading what a report covers: the sections, the summary, and the claims in bulk.

A report is read inside one snapshot (ReportService.open): the header counted and the claims
listed are the same claims, even while others save. Claims are read a chunk of ids at a time
by the one claim reader (claim_reader.py), never one query per claim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cached_property, partial

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..enums import (
    Credibility,
    Reliability,
    Status,
)
from ..filters import ClaimFilter, apply_filter
from ..jobs import CancelToken
from ..models import (
    Article,
    Claim,
    Source,
    Tag,
    claim_tags,
)
from ..records import ClaimLine, ClaimRecord
from ..reports.options import (
    Grouping,
    ReportHeader,
    ReportOptions,
    ReportSection,
    ReportSummary,
)
from ..reports.text import STATUS_LABELS, credibility_text, reliability_text
from .base import Service
from .claim_reader import read_claims
from .claim_rows import read_lines

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

    def _header(self, session: Session, options: ReportOptions) -> ReportHeader:
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


class ReportReader:
    """A report's header and claims, read inside ReportService.open()'s snapshot."""

    def __init__(self, session: Session, read_header: Callable[[], ReportHeader]):
        self._session = session
        self._read_header = read_header

    @cached_property
    def header(self) -> ReportHeader:
        """Scope, summary and sections (read on first use: ClaimReview needs none of it)."""
        return self._read_header()

    def claim_ids(self, wanted: ClaimFilter) -> list[int]:
        """The claims a filter matches in this snapshot, in report order."""
        return _ordered_ids(self._session, wanted)

    def claims(self, claim_ids: Sequence[int], size: int = CHUNK) -> Iterator[list[ClaimRecord]]:
        """The claims a chunk at a time (deleted ones left out), for writers that stream."""
        for start in range(0, len(claim_ids), size):
            yield read_claims(self._session, claim_ids[start : start + size])

    def count(self, wanted: ClaimFilter) -> int:
        """How many claims a filter matches in this snapshot."""
        return self._session.scalar(apply_filter(select(func.count(Claim.id)), wanted)) or 0

    def lines(self, wanted: ClaimFilter, size: int = CHUNK) -> Iterator[list[ClaimLine]]:
        """The claims a filter matches as flat-file lines, in report order, a chunk at a
        time (CSV export)."""
        return read_lines(self._session, wanted, size)


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
