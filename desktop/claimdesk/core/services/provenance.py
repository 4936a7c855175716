"""A report's provenance read in its own snapshot, and a project checked against one.

Both run inside a read transaction the caller opened (ReportService): the provenance in the
one the report reads its claims in, so that the audit head it names is the last change the
report can show. See core/provenance.py for what is stated and how a capture is hashed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, case, func, select
from sqlalchemy.orm import Session

from .. import revisions
from ..audit import to_json
from ..audit_chain import canonical, timestamp
from ..audit_verify import chain_head, verify_up_to
from ..bounded import InputError, inflated_chunks
from ..jobs import CancelToken
from ..models import (
    Article,
    ArticleCapture,
    AuditEvent,
    Citation,
    Claim,
    ProjectSettings,
    Review,
)
from ..provenance import (
    MAX_LISTED,
    CaptureDifference,
    CaptureStamp,
    ClaimChange,
    Provenance,
    ProvenanceCheck,
)

CHUNK = 1000  # ids per IN list
SCAN_FROM = 20_000  # claims from which their citations are found by reading the whole table
_ARTICLES_AT_ONCE = 20  # captured pages held at a time (each up to a few megabytes)


def content_digest(original: bytes | None, compression: str | None, text: str) -> tuple[str, str]:
    """(SHA-256, basis) of stored content: of the original bytes as captured (inflated a
    chunk at a time), or of the text in UTF-8 when no bytes are stored. The one function a
    report's provenance and its verification both hash with (core/provenance.py says why)."""
    digest = hashlib.sha256()
    if original is None:
        digest.update(text.encode("utf-8"))
        return digest.hexdigest(), "text"
    for chunk in inflated_chunks(original, compression):
        digest.update(chunk)
    return digest.hexdigest(), "original"


def project_id(connection: Connection) -> str:
    return connection.scalar(select(ProjectSettings.project_id).where(ProjectSettings.id == 1))


def read_provenance(session: Session, claim_ids: Sequence[int], made_at: datetime) -> Provenance:
    """What a report of these claims states about where it came from (in the caller's
    snapshot): the project, the schema, the audit head, each claim's latest event and every
    capture the claims' citations cite."""
    connection = session.connection()
    head = chain_head(connection) or (0, "0" * 64)
    unique = sorted(set(claim_ids))
    latest = _latest_seqs(connection, unique)
    return Provenance(
        project_id=project_id(connection),
        revision=revisions.stored_revision(connection),
        made_at=made_at,
        head_seq=head[0],
        head_hash=head[1],
        claims=tuple((claim_id, latest.get(claim_id)) for claim_id in unique),
        captures=tuple(_captures(connection, _cited_articles(connection, unique))),
        digests=claim_digests(connection, unique),
    )


# What a claim's digest covers: its row (but the bookkeeping columns a status change or an
# index touches) and its reviews, the judgement the report shows.
_CLAIM_SKIPPED = frozenset({"updated_at", "updated_by", "version"})


def claim_digests(connection: Connection, claim_ids: Sequence[int]) -> dict[int, str]:
    """claim id -> SHA-256 of the canonical JSON of its row and its reviews (by id); a claim
    whose row is gone has none."""
    claims_table, reviews_table = Claim.__table__, Review.__table__
    rows: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(claim_ids):
        for row in connection.execute(select(claims_table).where(claims_table.c.id.in_(chunk))):
            values = row._mapping
            rows[values["id"]] = {
                "claim": {
                    key: to_json(value)
                    for key, value in values.items()
                    if key not in _CLAIM_SKIPPED
                },
                "reviews": [],
            }
        reviews = select(reviews_table).where(reviews_table.c.claim_id.in_(chunk))
        for row in connection.execute(reviews.order_by(reviews_table.c.id)):
            values = row._mapping
            if values["claim_id"] in rows:
                rows[values["claim_id"]]["reviews"].append(
                    {key: to_json(value) for key, value in values.items()}
                )
    return {
        claim_id: hashlib.sha256(
            json.dumps(
                canonical(content), sort_keys=True, separators=(",", ":"), ensure_ascii=False
            ).encode("utf-8")
        ).hexdigest()
        for claim_id, content in rows.items()
    }


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _latest_seqs(connection: Connection, claim_ids: Sequence[int]) -> dict[int, int]:
    """Each claim's latest chained event (ix_audit_events_claim_id)."""
    latest: dict[int, int] = {}
    for chunk in _chunks(claim_ids):
        query = (
            select(AuditEvent.claim_id, func.max(AuditEvent.seq))
            .where(AuditEvent.claim_id.in_(chunk), AuditEvent.seq.is_not(None))
            .group_by(AuditEvent.claim_id)
        )
        latest.update((claim_id, seq) for claim_id, seq in connection.execute(query).tuples())
    return latest


def _cited_articles(connection: Connection, claim_ids: Sequence[int]) -> list[int]:
    found: set[int] = set()
    if len(claim_ids) > SCAN_FROM:
        # Most of a project: one pass over the citations beats a lookup per claim.
        wanted = set(claim_ids)
        rows = connection.execute(select(Citation.claim_id, Citation.article_id)).tuples()
        return sorted({article_id for claim_id, article_id in rows if claim_id in wanted})
    for chunk in _chunks(claim_ids):
        found.update(
            connection.scalars(
                select(Citation.article_id).where(Citation.claim_id.in_(chunk)).distinct()
            )
        )
    return sorted(found)


def _captures(connection: Connection, article_ids: Sequence[int]) -> Iterator[CaptureStamp]:
    # The text is read only for articles without bytes: it is what is hashed then.
    text = case((Article.original.is_(None), Article.text), else_="")
    for chunk in _chunks(article_ids):
        query = (
            select(
                Article.id,
                Article.title,
                Article.captured_at,
                Article.original,
                Article.original_compression,
                text,
            )
            .where(Article.id.in_(chunk))
            .order_by(Article.id)
        )
        result = connection.execution_options(yield_per=_ARTICLES_AT_ONCE).execute(query)
        for article_id, title, captured_at, original, compression, words in result.tuples():
            sha, basis = content_digest(original, compression, words or "")
            yield CaptureStamp(article_id, title, captured_at, sha, basis)


def check_provenance(
    session: Session, recorded: Provenance, cancel: CancelToken | None = None
) -> ProvenanceCheck:
    """This project compared with what a report states (see ProvenanceCheck). A report of
    another project is compared no further than its id."""
    connection = session.connection()
    current_id = project_id(connection)
    if current_id != recorded.project_id:
        return ProvenanceCheck(recorded, current_id, None, (), 0, (), 0)
    chain = verify_up_to(connection, recorded.head_seq, recorded.head_hash, cancel)
    changes = _changed_claims(connection, recorded.claims)
    differences = list(_capture_differences(connection, recorded.captures, cancel))
    # A claim the trail says is unchanged must still be what the report saw.
    moved = {change.claim_id for change in changes}
    unmoved = [claim_id for claim_id in recorded.digests if claim_id not in moved]
    now = claim_digests(connection, unmoved)
    altered = tuple(
        sorted(claim_id for claim_id in unmoved if now.get(claim_id) != recorded.digests[claim_id])
    )
    return ProvenanceCheck(
        recorded,
        current_id,
        chain,
        tuple(changes[:MAX_LISTED]),
        len(changes),
        tuple(differences[:MAX_LISTED]),
        len(differences),
        altered,
    )


def _changed_claims(
    connection: Connection, claims: Sequence[tuple[int, int | None]]
) -> list[ClaimChange]:
    recorded = dict(claims)
    latest = _latest_seqs(connection, sorted(recorded))
    changed = sorted(
        claim_id for claim_id, seq in latest.items() if seq > (recorded.get(claim_id) or 0)
    )
    found: list[ClaimChange] = []
    for chunk in _chunks(changed):
        since = min(recorded[claim_id] or 0 for claim_id in chunk)
        events: dict[int, list[tuple[int, str, datetime, str, str]]] = {}
        query = (
            select(
                AuditEvent.claim_id,
                AuditEvent.seq,
                AuditEvent.actor,
                AuditEvent.at,
                AuditEvent.action,
                AuditEvent.entity,
            )
            .where(AuditEvent.claim_id.in_(chunk), AuditEvent.seq > since)
            .order_by(AuditEvent.seq)
        )
        for claim_id, seq, actor, at, action, entity in connection.execute(query).tuples():
            if seq > (recorded[claim_id] or 0):
                events.setdefault(claim_id, []).append((seq, actor, at, action, entity))
        live = set(
            connection.scalars(
                select(Claim.id).where(Claim.id.in_(chunk), Claim.deleted_at.is_(None))
            )
        )
        for claim_id in chunk:
            since_report = events[claim_id]
            seq, actor, at, action, entity = since_report[-1]
            found.append(
                ClaimChange(
                    claim_id,
                    recorded[claim_id],
                    seq,
                    len(since_report),
                    actor,
                    at,
                    action,
                    entity,
                    deleted=claim_id not in live,
                )
            )
    return found


def _capture_differences(
    connection: Connection, captures: Sequence[CaptureStamp], cancel: CancelToken | None
) -> Iterator[CaptureDifference]:
    for capture in captures:
        if cancel is not None:
            cancel.raise_if_cancelled()
        row = connection.execute(
            select(
                Article.original,
                Article.original_compression,
                Article.text,
                Article.captured_at,
                Article.deleted_at,
            ).where(Article.id == capture.article_id)
        ).one_or_none()
        if row is None:
            yield CaptureDifference(capture.article_id, capture.title, "missing", capture.sha256)
            continue
        current = _digest_or_none(row.original, row.original_compression, row.text)
        if current == capture.sha256:
            if _moment(row.captured_at) != _moment(capture.captured_at):
                code = "time_changed"
            elif row.deleted_at is not None:
                code = "deleted"
            else:
                continue
        elif _kept_among_versions(connection, capture):
            code = "recaptured"
        else:
            code = "changed"
        yield CaptureDifference(capture.article_id, capture.title, code, capture.sha256, current)


def _kept_among_versions(connection: Connection, capture: CaptureStamp) -> bool:
    """Whether an earlier version of the article holds the recorded content."""
    query = select(
        ArticleCapture.original, ArticleCapture.original_compression, ArticleCapture.text
    ).where(ArticleCapture.article_id == capture.article_id)
    for original, compression, text in connection.execute(query).tuples():
        if _digest_or_none(original, compression, text) == capture.sha256:
            return True
    return False


def _digest_or_none(original: bytes | None, compression: str | None, text: str) -> str | None:
    """The content's SHA-256, or None when the stored bytes do not even inflate (damaged)."""
    try:
        return content_digest(original, compression, text or "")[0]
    except InputError:
        return None


def _moment(value: datetime | None) -> str | None:
    return None if value is None else timestamp(value)
