"""The claims nearest in meaning to a vector, found in memory among a million.

The index holds the sign bits of every live claim's stored vector (32 bytes a claim: 32 MB
for a million) and ranks them by Hamming distance to the probe's sign bits (numpy's
bitwise_count, a few milliseconds for a million); the service then rescores the nearest
few hundred exactly from their int8 vectors. Sign bits of two vectors differ in about
angle/π of their components, so the Hamming order follows the cosine order closely enough
that the true nearest claims are among the few hundred.

Keeping it fresh without reading a million vectors again: the index remembers two marks of
the project, the largest audit event id and the largest claim id with a vector. Every
write of a claim's statement, deletion or restoration leaves an audit event (core/audit.py)
in the transaction that writes the vector, and a new claim raises the vector mark; when the
marks moved, the claims named by the new events (and the vectors above the old mark) are
read again and patched in. Both marks are primary-key maxima: one index probe each, on
SQLite and PostgreSQL. The index job writes vectors without audit events (derived data), so
it counts its batches in vectors.indexed_generation(); a moved generation rebuilds the
index. Two gaps are accepted: the batches of an index job run by *another* process fill in
when that process's claims are next written or the project is reopened, and on PostgreSQL an
event id committed after a larger one is seen because each refresh reads back OVERLAP
events before its mark.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from ..models import AuditEvent, Claim, ClaimEmbedding
from .embedder import DIMENSIONS, REVISION, unpack
from .vectors import indexed_generation

if TYPE_CHECKING:
    import numpy as np

WORDS = DIMENSIONS // 64  # uint64 words of sign bits per claim
# Beyond this many changed claims a rebuild is cheaper than a patch.
PATCH_AT_MOST = 50_000
# Audit events read again below the mark (PostgreSQL commits ids out of order).
OVERLAP = 1_000
_READ_BATCH = 20_000


@dataclass(frozen=True, slots=True)
class Marks:
    audit: int
    vector: int


def current_marks(connection: Connection) -> Marks:
    row = connection.execute(
        select(
            select(func.max(AuditEvent.id)).scalar_subquery(),
            select(func.max(ClaimEmbedding.claim_id)).scalar_subquery(),
        )
    ).one()
    return Marks(row[0] or 0, row[1] or 0)


def sign_bits(vectors: np.ndarray) -> np.ndarray:
    """int8 vectors (n×256) as their sign bits, 4×n uint64: one row per 64 components, so
    that each row is compared in one pass over contiguous memory."""
    import numpy as np

    packed = np.packbits(vectors > 0, axis=1)
    words = np.ascontiguousarray(packed).view(np.uint64).reshape(len(vectors), WORDS)
    return np.ascontiguousarray(words.T)


class MeaningIndex:
    """Sign bits of the live claims' vectors of the current revision, by claim id."""

    def __init__(self) -> None:
        import numpy as np

        self._np = np
        self.ids = np.zeros(0, np.int64)
        self.bits = np.zeros((WORDS, 0), np.uint64)
        self.marks = Marks(-1, -1)
        self.generation = -1
        self.lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.ids)

    def refresh(self, connection: Connection) -> None:
        """Bring the index up to the project's state (see the module's docstring)."""
        marks = current_marks(connection)
        generation = indexed_generation()
        if generation != self.generation or self.marks.audit < 0:
            self._build(connection, marks, generation)
        elif marks != self.marks:
            changed = _changed_claims(connection, self.marks, PATCH_AT_MOST + 1)
            if len(changed) > PATCH_AT_MOST:
                self._build(connection, marks, generation)
            else:
                self._patch(connection, changed, self.marks.vector)
                self.marks = marks

    def nearest(self, vector: np.ndarray, count: int) -> list[int]:
        """Ids of about ``count`` claims nearest to an int8 vector, nearest first."""
        np = self._np
        if not len(self.ids):
            return []
        probe = sign_bits(vector.reshape(1, -1))[:, 0]
        distances = np.zeros(len(self.ids), np.uint16)
        for row, word in zip(self.bits, probe, strict=True):
            distances += np.bitwise_count(row ^ word)
        # The distance (0–256) within which ``count`` claims lie, from a histogram: cheaper
        # than a partition of a million.
        within = np.searchsorted(np.cumsum(np.bincount(distances, minlength=DIMENSIONS + 1)), count)
        chosen = np.flatnonzero(distances <= within)
        chosen = chosen[np.argsort(distances[chosen], kind="stable")][: max(count, 0)]
        return self.ids[chosen].tolist()

    def _build(self, connection: Connection, marks: Marks, generation: int) -> None:
        np = self._np
        ids: list[np.ndarray] = []
        bits: list[np.ndarray] = []
        after = 0
        while True:
            rows = connection.execute(
                _live_vectors().where(ClaimEmbedding.claim_id > after).limit(_READ_BATCH)
            ).all()
            if not rows:
                break
            ids.append(np.array([row[0] for row in rows], np.int64))
            bits.append(sign_bits(unpack([row[1] for row in rows])))
            after = rows[-1][0]
        self.ids = np.concatenate(ids) if ids else np.zeros(0, np.int64)
        self.bits = np.concatenate(bits, axis=1) if bits else np.zeros((WORDS, 0), np.uint64)
        self.marks, self.generation = marks, generation

    def _patch(self, connection: Connection, changed: set[int], above: int) -> None:
        """Read again the vectors of the changed claims and of those above the old mark."""
        np = self._np
        rows = []
        listed = sorted(changed)
        for start in range(0, len(listed), 1_000):
            chunk = listed[start : start + 1_000]
            rows += connection.execute(_live_vectors().where(ClaimEmbedding.claim_id.in_(chunk)))
        rows += connection.execute(_live_vectors().where(ClaimEmbedding.claim_id > above)).all()
        fresh = {row[0]: row[1] for row in rows}
        gone = np.array(sorted(changed | fresh.keys()), np.int64)
        keep = ~np.isin(self.ids, gone)
        new_ids = np.array(sorted(fresh), np.int64)
        new_bits = sign_bits(unpack([fresh[i] for i in new_ids.tolist()]))
        ids = np.concatenate([self.ids[keep], new_ids])
        bits = np.concatenate([self.bits[:, keep], new_bits], axis=1)
        order = np.argsort(ids, kind="stable")
        self.ids, self.bits = ids[order], np.ascontiguousarray(bits[:, order])


def _live_vectors():  # type: ignore[no-untyped-def]
    return (
        select(ClaimEmbedding.claim_id, ClaimEmbedding.vector)
        .join(Claim, Claim.id == ClaimEmbedding.claim_id)
        .where(Claim.deleted_at.is_(None), ClaimEmbedding.revision == REVISION)
        .order_by(ClaimEmbedding.claim_id)
    )


def _changed_claims(connection: Connection, since: Marks, at_most: int) -> set[int]:
    """Claims named by audit events after the mark (less OVERLAP), up to ``at_most``."""
    rows: Iterable[tuple[int]] = connection.execute(
        select(AuditEvent.entity_id)
        .where(AuditEvent.id > since.audit - OVERLAP, AuditEvent.entity == "claims")
        .limit(at_most)
    )
    return {row[0] for row in rows}
