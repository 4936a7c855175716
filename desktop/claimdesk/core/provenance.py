"""Where a report came from, as data, and what checking a project against it found.

Every report (PDF, DOCX, HTML, Markdown) ends with a provenance section; the HTML report and
the Claimdesk JSON export also carry the same facts as one JSON object (``Provenance.to_json``)::

    {"format": "claimdesk-provenance", "version": 1,
     "project_id": "3f2a…",            # ProjectSettings.project_id: random, never a path or host
     "schema_revision": "0012",
     "made_at": "2026-11-25T14:34:00.123456+00:00",
     "audit_head": {"seq": 1234, "sha256": "…"},  # the audit chain's last event then
     "claims": [{"id": 5, "seq": 1200}, …],       # seq of each claim's latest audit event
     "captures": [{"article_id": 1, "title": "…", "captured_at": "…",
                   "sha256": "…", "basis": "original"}, …]}

All of it is read in the report's own read transaction (services/provenance.py), so the head
is the last change the report can show. A claim's ``seq`` is null when none of its events is
in the chain (history from before the chain, or brought in by an import).

**The SHA-256 of a capture** is that of the page's bytes as captured: the stored original
inflated (originals are stored gzip-compressed), or, for an article without stored bytes
(typed or pasted text, or imported without its originals), its text in UTF-8 (``basis``
"original" or "text"). That is how the article's ``sha256`` column is defined when it is
captured (services/articles.content_sha256), but the report does not copy the column: the
hash is computed from the stored content when the report is made and again when it is
verified, the same function both times, so that the report states what the stored bytes are
and a verify finds bytes changed behind the column's back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .audit_chain import timestamp
from .audit_verify import ChainBreak
from .errors import ClaimdeskError

FORMAT = "claimdesk-provenance"
VERSION = 1
BASES = ("original", "text")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
MAX_LISTED = 50  # changed claims and captures listed by a check; the rest are counted


class ProvenanceError(ClaimdeskError):
    """A file whose provenance cannot be read. Codes: "provenance_missing" (file: the file
    holds none; not an HTML report or a Claimdesk JSON export), "provenance_invalid" (file,
    detail: found but not as Claimdesk writes it), "provenance_too_new" (file, version,
    supported)."""


@dataclass(frozen=True, slots=True)
class CaptureStamp:
    """One capture a report cites: the article's content when the report was made."""

    article_id: int
    title: str
    captured_at: datetime | None
    sha256: str
    basis: str  # "original" (the captured bytes) or "text" (no bytes stored)


@dataclass(frozen=True, slots=True)
class Provenance:
    project_id: str
    revision: str | None
    made_at: datetime
    head_seq: int
    head_hash: str
    claims: tuple[tuple[int, int | None], ...]  # (claim id, seq of its latest chained event)
    captures: tuple[CaptureStamp, ...]
    # claim id -> SHA-256 of the claim's row and its reviews as they were (what the report
    # shows of it): a change made behind the trail shows as a digest that no longer matches.
    digests: Mapping[int, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "project_id": self.project_id,
            "schema_revision": self.revision,
            "made_at": timestamp(self.made_at),
            "audit_head": {"seq": self.head_seq, "sha256": self.head_hash},
            "claims": [
                {"id": claim_id, "seq": seq, "sha256": self.digests.get(claim_id)}
                for claim_id, seq in self.claims
            ],
            "captures": [
                {
                    "article_id": capture.article_id,
                    "title": capture.title,
                    "captured_at": _moment(capture.captured_at),
                    "sha256": capture.sha256,
                    "basis": capture.basis,
                }
                for capture in self.captures
            ],
        }


def _moment(value: datetime | None) -> str | None:
    return None if value is None else timestamp(value)


def from_json(value: Any, file: str) -> Provenance:
    """The provenance a file states, checked field by field; ProvenanceError names the first
    field that is not as Claimdesk writes it."""
    reader = _Reader(file)
    data = reader.mapping(value, "provenance")
    if data.get("format") != FORMAT:
        reader.fail("format")
    version = data.get("version")
    if type(version) is not int or version < 1:
        reader.fail("version")
    if version > VERSION:
        raise ProvenanceError("provenance_too_new", file=file, version=version, supported=VERSION)
    head = reader.mapping(data.get("audit_head"), "audit_head")
    claims = []
    digests: dict[int, str] = {}
    for index, item in enumerate(reader.listed(data.get("claims"), "claims")):
        where = f"claims/{index}"
        claim = reader.mapping(item, where)
        seq = claim.get("seq")
        claim_id = reader.whole(claim.get("id"), f"{where}/id")
        claims.append((claim_id, None if seq is None else reader.whole(seq, f"{where}/seq")))
        if claim.get("sha256") is not None:
            digests[claim_id] = reader.matching(claim.get("sha256"), _HEX64, f"{where}/sha256")
    captures = []
    for index, item in enumerate(reader.listed(data.get("captures"), "captures")):
        where = f"captures/{index}"
        capture = reader.mapping(item, where)
        captured_at = capture.get("captured_at")
        basis = capture.get("basis")
        if basis not in BASES:
            reader.fail(f"{where}/basis")
        captures.append(
            CaptureStamp(
                article_id=reader.whole(capture.get("article_id"), f"{where}/article_id"),
                title=reader.text(capture.get("title"), f"{where}/title"),
                captured_at=None
                if captured_at is None
                else reader.moment(captured_at, f"{where}/captured_at"),
                sha256=reader.matching(capture.get("sha256"), _HEX64, f"{where}/sha256"),
                basis=basis,
            )
        )
    revision = data.get("schema_revision")
    if revision is not None:
        revision = reader.text(revision, "schema_revision")
    return Provenance(
        project_id=reader.matching(data.get("project_id"), _HEX32, "project_id"),
        revision=revision,
        made_at=reader.moment(data.get("made_at"), "made_at"),
        head_seq=reader.whole(head.get("seq"), "audit_head/seq"),
        head_hash=reader.matching(head.get("sha256"), _HEX64, "audit_head/sha256"),
        claims=tuple(claims),
        captures=tuple(captures),
        digests=digests,
    )


class _Reader:
    """Checks for from_json; each failure names the field (a JSON pointer without the /)."""

    def __init__(self, file: str):
        self.file = file

    def fail(self, where: str) -> Any:
        raise ProvenanceError("provenance_invalid", file=self.file, detail=where)

    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        return value if isinstance(value, dict) else self.fail(where)

    def listed(self, value: Any, where: str) -> list[Any]:
        return value if isinstance(value, list) else self.fail(where)

    def whole(self, value: Any, where: str) -> int:
        # JSON numbers come back as int, or as Decimal from ijson; 5.0 or true is no id.
        if type(value) is int and value >= 0:
            return value
        return self.fail(where)

    def text(self, value: Any, where: str) -> str:
        return value if isinstance(value, str) else self.fail(where)

    def matching(self, value: Any, pattern: re.Pattern[str], where: str) -> str:
        if isinstance(value, str) and pattern.fullmatch(value):
            return value
        return self.fail(where)

    def moment(self, value: Any, where: str) -> datetime:
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                parsed = None
            if parsed is not None and parsed.tzinfo is not None:
                return parsed
        return self.fail(where)


@dataclass(frozen=True, slots=True)
class ClaimChange:
    """A claim of the report that has changed since: its events after the recorded one."""

    claim_id: int
    recorded_seq: int | None
    latest_seq: int
    events: int  # chained events about the claim since the report
    actor: str  # who made the latest of them
    at: datetime  # when
    action: str  # what it was: "create", "update" or "delete"
    entity: str  # of which row: "claims", "citations", "reviews", …
    deleted: bool  # the claim is deleted now (or gone)


@dataclass(frozen=True, slots=True)
class CaptureDifference:
    """A capture the report cites that is not as the report states.

    code: "changed" (no stored version of the article has the recorded SHA-256: the bytes
    were altered), "recaptured" (the article was captured again since; the cited version is
    kept among its earlier versions), "time_changed" (same content, another capture time),
    "deleted" (the article was deleted since), "missing" (the article's row is gone).
    """

    article_id: int
    title: str
    code: str
    recorded: str
    current: str | None = None  # the SHA-256 the current version has


@dataclass(frozen=True, slots=True)
class ProvenanceCheck:
    """A project compared with what a report states about it (ReportService.check)."""

    recorded: Provenance
    project_id: str  # the project's own
    chain: ChainBreak | None  # the chain up to the report's head; None: whole
    changed_claims: tuple[ClaimChange, ...]  # the first MAX_LISTED
    changed_count: int
    captures: tuple[CaptureDifference, ...]  # the first MAX_LISTED
    capture_count: int
    # Claims whose row or reviews differ from the report's digest although the trail records
    # no change since: changed behind Claimdesk's back (or the report is another state's).
    altered: tuple[int, ...] = ()

    @property
    def same_project(self) -> bool:
        return self.project_id == self.recorded.project_id

    @property
    def matches(self) -> bool:
        return (
            self.same_project
            and self.chain is None
            and self.changed_count == 0
            and self.capture_count == 0
            and not self.altered
        )

    def to_json(self) -> dict[str, Any]:
        recorded = self.recorded
        chain = self.chain
        return {
            "matches": self.matches,
            "project": {
                "recorded": recorded.project_id,
                "current": self.project_id,
                "same": self.same_project,
            },
            "audit_head": {"seq": recorded.head_seq, "sha256": recorded.head_hash},
            "chain": None
            if chain is None
            else {
                "code": chain.code,
                "seq": chain.seq,
                "event_id": chain.event_id,
                "expected": chain.expected,
                "found": chain.found,
            },
            "claims": len(recorded.claims),
            "changed_claims": [
                {
                    "id": change.claim_id,
                    "recorded_seq": change.recorded_seq,
                    "latest_seq": change.latest_seq,
                    "events": change.events,
                    "actor": change.actor,
                    "at": timestamp(change.at),
                    "action": change.action,
                    "entity": change.entity,
                    "deleted": change.deleted,
                }
                for change in self.changed_claims
            ],
            "changed_claim_count": self.changed_count,
            "altered_claims": list(self.altered),
            "captures": len(recorded.captures),
            "capture_differences": [
                {
                    "article_id": item.article_id,
                    "code": item.code,
                    "recorded": item.recorded,
                    "current": item.current,
                }
                for item in self.captures
            ],
            "capture_difference_count": self.capture_count,
        }
