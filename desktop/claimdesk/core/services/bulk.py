"""Writing many new claims at once: the path the CSV, ClaimReview and project imports share.

A form saves one claim through the ORM: a few statements and savepoints per row, a look-up of
its claimant and tags, an audit event per flush, and a trigger rewriting the claim's
full-text document once per tag link. For a hundred thousand rows that is minutes. Here the
same rules run in Python and the database sees a few statements per batch:

- every row is checked with the form's own rules (``claims.claim_columns``,
  ``claims.validate_tags``, ``sources.validate_source``, the review rules of ReviewService);
  a row that breaks one comes back with its problems and is not written;
- claimants are found by case-folded name among the live sources (read once per import, in
  Python: SQLite's lower() folds only ASCII, and "ärzte ohne grenzen" must find "Ärzte ohne
  Grenzen"), the missing ones inserted in one statement per batch; tags are looked up and
  created once per batch with the form's own ``find_or_create_tags``;
- claims, tag links, reviews, evidence and published reviews go in with Core ``executemany``;
- the audit trail gets one CREATE event per row written, exactly as the session hook writes
  it for a form (a claim with a verdict also gets the status UPDATE event that the form's
  second step writes). One "import" event naming every id would be smaller, but the trail is
  read per entity: a claim's history, the JSON export and restore all expect each claim's
  creation to be an event of that claim, and the bulk events cost a tenth of the import;
- the claim triggers of the full-text index are suspended for the transaction and each
  batch's documents are written by one statement (``search.ddl.refresh_claims``, the
  triggers' own SQL), so a search finds a bulk claim exactly as one typed in.

Everything happens in one transaction (``BulkClaimService.writer``): a failure or a cancel
(the caller raises it between batches) rolls all of it back, triggers included.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.orm import Session

from .. import audit
from ..bulk_insert import insert_rows
from ..control_chars import cleaned
from ..enums import AuditAction, Status
from ..errors import FieldProblem, ValidationError
from ..inputs import ClaimInput, EvidenceInput, SourceInput
from ..matching import conflicts, vectors
from ..models import Claim, PublishedReview, Review, ReviewEvidence, Source, claim_tags, utcnow
from ..records import Changes
from ..search import ddl
from . import validation as check
from .base import Service
from .claims import claim_columns, find_or_create_tags, validate_tags
from .field_rules import TEXT_LIMITS as LIMIT
from .published_reviews import PublishedReviewInput
from .reviews import four_eyes
from .sources import validate_source

BATCH_SIZE = 2_000  # rows per write(): large enough to amortise, small enough to report
_TAG_CHUNK = 500  # names per tag look-up (two IN lists of this length)


@dataclass(frozen=True, slots=True)
class NewClaim:
    """One claim to write in bulk, with what the imports attach to it.

    ``data.claimant_id`` and ``data.hops`` are not used: the claimant is named (found or
    created by name), and no import writes attribution chains this way."""

    data: ClaimInput
    claimant: SourceInput | None = None  # found by case-folded name, else created like this
    status: Status | None = None  # a review moving the claim there (None: stays unverified)
    rationale: str | None = None
    evidence: tuple[EvidenceInput, ...] = ()  # web addresses for that review
    published: PublishedReviewInput | None = None  # someone else's fact-check of it


@dataclass(slots=True)
class _Checked:
    index: int
    row: dict[str, Any]
    tags: list[str]
    claimant: dict[str, Any] | None
    status: Status | None
    rationale: str | None
    evidence: list[tuple[str, str | None]]
    published: PublishedReviewInput | None


@dataclass(slots=True)
class BulkClaimWriter:
    """Writes batches of new claims inside the transaction of BulkClaimService.writer."""

    session: Session
    actor: str
    claim_ids: list[int] = field(default_factory=list)
    created_sources: set[int] = field(default_factory=set)
    _sources: dict[str, int] | None = None
    _tags: dict[str, tuple[int, str]] = field(default_factory=dict)  # as written → (id, stored)
    _claimants: dict[SourceInput, dict[str, Any] | ValidationError] = field(default_factory=dict)
    _four_eyes: bool | None = None

    def _held(self, status: Status | None) -> bool:
        """Four eyes: a verdict waits for confirmation and the claim stays unverified."""
        if status is None or not status.is_verdict:
            return False
        if self._four_eyes is None:
            self._four_eyes = four_eyes(self.session)
        return self._four_eyes

    def _moved(self, status: Status | None) -> bool:
        """Whether the row's status applies to its claim at once."""
        return status is not None and not self._held(status)

    def write(self, rows: Sequence[NewClaim]) -> list[int | tuple[FieldProblem, ...]]:
        """Write the rows that pass the form's rules; for each row its new claim id or its
        problems (field names as the form's: ``statement``, ``tags.2``, ``claimant.name``)."""
        outcome: list[int | tuple[FieldProblem, ...]] = []
        checked: list[_Checked] = []
        for index, row in enumerate(rows):
            result = _check(index, row, self._claimant_fields)
            if isinstance(result, _Checked):
                checked.append(result)
                outcome.append(-1)
            else:
                outcome.append(result)
        if not checked:
            return outcome
        connection = self.session.connection()
        claimants = self._claimant_ids(connection, checked)
        tags = self._tag_ids([name for item in checked for name in item.tags])
        ids = self._insert_claims(connection, checked, claimants, tags)
        review_ids = self._insert_reviews(connection, checked, ids)
        self._insert_published(connection, checked, ids, review_ids)
        ddl.refresh_claims(connection, ids)
        vectors.store(
            connection,
            [
                (claim_id, item.row["statement"])
                for item, claim_id in zip(checked, ids, strict=True)
            ],
        )
        conflicts.refresh(connection, ids)
        for item, claim_id in zip(checked, ids, strict=True):
            outcome[item.index] = claim_id
        self.claim_ids.extend(ids)
        return outcome

    def changes(self) -> Changes:
        return Changes(frozenset(self.claim_ids), frozenset(self.created_sources), everything=True)

    def _claimant_fields(self, data: SourceInput) -> dict[str, Any] | ValidationError:
        """A claimant's columns as SourceService would save them (or why it would not): the
        same few names recur on thousands of rows, each checked once."""
        found = self._claimants.get(data)
        if found is None:
            try:
                found = validate_source(data)
            except ValidationError as error:
                found = error
            self._claimants[data] = found
        return found

    def _known_sources(self, connection: Connection) -> dict[str, int]:
        if self._sources is None:
            rows = connection.execute(
                select(Source.name, Source.id)
                .where(Source.deleted_at.is_(None))
                .order_by(Source.id.desc())
            )
            # Oldest first wins a tie of names that fold alike (the dict keeps the last).
            self._sources = {name.casefold(): source_id for name, source_id in rows}
        return self._sources

    def _claimant_ids(self, connection: Connection, checked: list[_Checked]) -> list[int | None]:
        known = self._known_sources(connection)
        missing: dict[str, dict[str, Any]] = {}
        for item in checked:
            if item.claimant is not None:
                key = item.claimant["name"].casefold()
                if key not in known:
                    missing.setdefault(key, item.claimant)
        if missing:
            now = utcnow()
            values = [
                {**fields, "created_at": now, "updated_at": now, "version": 1}
                for fields in missing.values()
            ]
            new_ids = _insert_with_ids(connection, Source.__table__, values)
            audit.record_created(self.session, "sources", list(zip(new_ids, values, strict=True)))
            known.update(zip(missing, new_ids, strict=True))
            self.created_sources.update(new_ids)
        return [
            None if item.claimant is None else known[item.claimant["name"].casefold()]
            for item in checked
        ]

    def _tag_ids(self, names: list[str]) -> dict[str, tuple[int, str]]:
        """Every name of the batch → (tag id, stored name), new tags created, as forms saved
        one after another would find or create them: a name is asked for once per import,
        and spellings the database takes for one tag ("Tax", "tax") create it once."""
        fold = _sqlite_fold if self.session.get_bind().dialect.name == "sqlite" else str.lower
        wanted: dict[str, str] = {}
        for name in names:
            if name not in self._tags:
                wanted.setdefault(fold(name), name)
        spellings = list(wanted.values())
        alike = Counter(spelling.casefold() for spelling in spellings)
        # Spellings that fold alike in Python but not in the database (SQLite's lower()
        # leaves "Ö" as it is) are distinct tags there: each is asked for on its own.
        together = [spelling for spelling in spellings if alike[spelling.casefold()] == 1]
        groups = [
            together[start : start + _TAG_CHUNK] for start in range(0, len(together), _TAG_CHUNK)
        ]
        groups += [[spelling] for spelling in spellings if alike[spelling.casefold()] > 1]
        for group in groups:
            found = find_or_create_tags(self.session, group)
            by_fold = {tag.name.casefold(): (tag.id, tag.name) for tag in found}
            for spelling in group:
                self._tags[spelling] = by_fold[spelling.casefold()]
        for name in names:
            if name not in self._tags:
                self._tags[name] = self._tags[wanted[fold(name)]]
        return self._tags

    def _insert_claims(
        self,
        connection: Connection,
        checked: list[_Checked],
        claimants: list[int | None],
        tags: dict[str, tuple[int, str]],
    ) -> list[int]:
        now = utcnow()
        values = []
        for item, claimant_id in zip(checked, claimants, strict=True):
            values.append(
                {
                    **item.row,
                    "claimant_id": claimant_id,
                    "status": (
                        item.status if self._moved(item.status) else Status.UNVERIFIED
                    ).value,
                    "created_by": self.actor,
                    "updated_by": self.actor,
                    "created_at": now,
                    "updated_at": now,
                    # A form saves the claim, then a second step moves it to its verdict.
                    "version": 2 if self._moved(item.status) else 1,
                }
            )
        ids = _insert_with_ids(connection, Claim.__table__, values)
        links = [
            {"claim_id": claim_id, "tag_id": tag_id}
            for item, claim_id in zip(checked, ids, strict=True)
            for tag_id in dict.fromkeys(tags[name][0] for name in item.tags)
        ]
        insert_rows(connection, claim_tags, links)
        created = []
        for item, claim_id, row in zip(checked, ids, values, strict=True):
            snapshot = {**row, "status": Status.UNVERIFIED.value}
            snapshot["tags"] = sorted({tags[name][1] for name in item.tags})
            created.append((claim_id, snapshot))
        audit.record_created(self.session, "claims", created)
        return list(ids)

    def _insert_reviews(
        self, connection: Connection, checked: list[_Checked], ids: list[int]
    ) -> dict[int, int]:
        """Write the verdicts of the rows that carry one; returns claim id → review id."""
        judged = [
            (item, claim_id) for item, claim_id in zip(checked, ids, strict=True) if item.status
        ]
        if not judged:
            return {}
        now = utcnow()
        values = [
            {
                "claim_id": claim_id,
                "from_status": Status.UNVERIFIED.value,
                "to_status": item.status.value,
                "rationale": item.rationale,
                "reviewer": self.actor,
                "created_at": now,
                "awaiting_confirmation": self._held(item.status),
            }
            for item, claim_id in judged
        ]
        review_ids = _insert_with_ids(connection, Review.__table__, values)
        audit.record_created(self.session, "reviews", list(zip(review_ids, values, strict=True)))
        evidence = [
            {"review_id": review_id, "url": url, "note": note}
            for (item, _claim), review_id in zip(judged, review_ids, strict=True)
            for url, note in item.evidence
        ]
        if evidence:
            evidence_ids = _insert_with_ids(connection, ReviewEvidence.__table__, evidence)
            audit.record_created(
                self.session, "review_evidence", list(zip(evidence_ids, evidence, strict=True))
            )
        audit.record_events(
            self.session,
            AuditAction.UPDATE,
            "claims",
            [
                (claim_id, {"status": Status.UNVERIFIED.value}, {"status": item.status.value})
                for item, claim_id in judged
                if self._moved(item.status)
            ],
        )
        pairs = zip(judged, review_ids, strict=True)
        return {claim_id: review_id for (_item, claim_id), review_id in pairs}

    def _insert_published(
        self,
        connection: Connection,
        checked: list[_Checked],
        ids: list[int],
        review_ids: dict[int, int],
    ):
        """Store the published fact-checks, each linked to the review that took its verdict
        over (the export tells the publisher's verdict from the analyst's own by that link)."""
        now = utcnow()
        values = [
            {
                "claim_id": claim_id,
                "fingerprint": data.fingerprint,
                "review_url": data.review_url,
                "review_author": data.review_author,
                "published_on": data.published_on,
                "published_on_precision": data.published_on_precision.value,
                "rating_text": data.rating_text,
                "rating_value": data.rating_value,
                "best_rating": data.best_rating,
                "worst_rating": data.worst_rating,
                "mapped_status": data.mapped_status.value if data.mapped_status else None,
                "appearances": list(data.appearances),
                "original": dict(data.original),
                "imported_at": now,
                "imported_by": self.actor,
                "authors": [author.as_json() for author in data.authors],
                "review_id": review_ids.get(claim_id) if data.mapped_status else None,
            }
            for item, claim_id in zip(checked, ids, strict=True)
            if (data := item.published) is not None
        ]
        if not values:
            return
        new_ids = _insert_with_ids(connection, PublishedReview.__table__, values)
        audit.record_created(
            self.session, "published_reviews", list(zip(new_ids, values, strict=True))
        )


class BulkClaimService(Service):
    @contextmanager
    def writer(self) -> Iterator[BulkClaimWriter]:
        """One transaction for a whole import: call ``write`` once per batch; an exception
        (a cancel raised between batches) leaves the project exactly as it was."""
        with self._db.write(self._actor) as session:
            # Its audit events say the rows came in by an import.
            session.info[audit.CONTEXT_KEY] = session.info.get(audit.CONTEXT_KEY) or "import"
            connection = session.connection()
            ddl.suspend_claim_triggers(connection)
            yield BulkClaimWriter(session, self._actor)
            ddl.resume_claim_triggers(connection)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _sqlite_fold(name: str) -> str:
    """A name as SQLite's lower() has it: only ASCII letters folded."""
    return name.translate(_ASCII_LOWER)


def _insert_with_ids(
    connection: Connection, table: Table, values: list[dict[str, Any]]
) -> list[int]:
    """Insert rows with ids taken beforehand, in one executemany; the ids in row order.

    RETURNING cannot promise the order of a multi-row insert on SQLite, so SQLAlchemy would
    send the rows one statement each. On SQLite this transaction is the only writer, so the
    ids after the largest are free; on PostgreSQL they are drawn from the table's sequence,
    as a plain insert would draw them."""
    count = len(values)
    if connection.dialect.name == "sqlite":
        first = (connection.scalar(select(func.max(table.c.id))) or 0) + 1
        ids = list(range(first, first + count))
    else:
        ids = list(
            connection.scalars(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                    "FROM generate_series(1, :count)"
                ),
                {"table": table.name, "count": count},
            )
        )
    for row, row_id in zip(values, ids, strict=True):
        row["id"] = row_id
    insert_rows(connection, table, values)
    return ids


def _check(
    index: int,
    row: NewClaim,
    claimant_fields: Callable[[SourceInput], dict[str, Any] | ValidationError],
) -> _Checked | tuple[FieldProblem, ...]:
    """The row's columns as the form would save them, or every problem found."""
    if row.data.hops:
        raise ValueError("the bulk path writes no attribution chains")
    data = cleaned(row.data)
    problems = check.Problems()
    columns = claim_columns(problems, data)
    del columns["claimant_id"]
    tags = validate_tags(problems, data.tags)
    claimant = None
    if row.claimant is not None:
        claimant = claimant_fields(row.claimant)
        if isinstance(claimant, ValidationError):
            for problem in claimant.problems.values():
                problems.add(f"claimant.{problem.field}", problem.code, **problem.params)
    rationale, evidence = _check_review(problems, row)
    if problems:
        return problems.found()
    return _Checked(
        index,
        columns,
        tags,
        claimant,
        row.status,
        rationale,
        evidence,
        cleaned(row.published),
    )


def _check_review(
    problems: check.Problems, row: NewClaim
) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The rules ReviewService.set_status applies to a status with web addresses."""
    if row.status is None:
        return None, []
    why = check.text(
        problems, "rationale", cleaned(row.rationale), max_length=LIMIT["reviews", "rationale"]
    )
    if row.status.is_verdict and not why:
        problems.add("rationale", "verdict_needs_rationale", status=row.status.value)
    evidence = []
    for position, item in enumerate(cleaned(row.evidence)):
        url = check.web_url(problems, f"evidence.{position}.url", item.url)
        if url:
            evidence.append((url, item.note))
    return why, evidence
