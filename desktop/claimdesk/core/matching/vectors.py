"""The claim_embeddings table: a vector written with every claim text, in its transaction.

``store`` is called by the services that write a claim's statement (ClaimService.create and
update, the bulk path, the project JSON import) with the connection of their transaction, so
that a claim and its vector are saved or rolled back together. Without the model (a damaged
install) nothing is stored and the claim is saved all the same: ``index_job`` fills the gap
later, as it does for a project saved before vectors existed or under another REVISION.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import Connection, delete, func, insert, or_, select

from ..models import Claim, ClaimEmbedding
from .embedder import REVISION, shared_embedder

INDEX_BATCH = 2_000
# Batches the index job wrote in this process: they leave no audit event, so the in-memory
# meaning index (meaning_index.py) rebuilds when this moves.
_indexed_batches = 0


def store(connection: Connection, claims: Sequence[tuple[int, str]]) -> int:
    """Compute and write the vectors of (claim id, statement) pairs; returns how many were
    written (0 without the model)."""
    if not claims:
        return 0
    embedder = shared_embedder()
    if embedder is None:
        return 0
    vectors = embedder.quantised([statement for _id, statement in claims])
    ids = [claim_id for claim_id, _statement in claims]
    connection.execute(delete(ClaimEmbedding).where(ClaimEmbedding.claim_id.in_(ids)))
    connection.execute(
        insert(ClaimEmbedding),
        [
            {"claim_id": claim_id, "revision": REVISION, "vector": vector}
            for claim_id, vector in zip(ids, vectors, strict=True)
        ],
    )
    return len(ids)


def note_indexed() -> None:
    """The index job wrote a batch (vectors without audit events)."""
    global _indexed_batches
    _indexed_batches += 1


def indexed_generation() -> int:
    return _indexed_batches


def unindexed_count(connection: Connection) -> int:
    """Live claims without a vector of the current revision."""
    return connection.scalar(select(func.count()).select_from(_unindexed().subquery())) or 0


def unindexed_batches(
    connection: Connection, size: int = INDEX_BATCH, after: int = 0
) -> Iterator[list[tuple[int, str]]]:
    """(id, statement) of the claims still to index above the id ``after``, ``size`` at a
    time, lowest id first."""
    while True:
        rows = connection.execute(
            _unindexed().where(Claim.id > after).order_by(Claim.id).limit(size)
        ).all()
        if not rows:
            return
        yield [(row.id, row.statement) for row in rows]
        after = rows[-1].id


def _unindexed():
    return (
        select(Claim.id, Claim.statement)
        .outerjoin(ClaimEmbedding, ClaimEmbedding.claim_id == Claim.id)
        .where(
            Claim.deleted_at.is_(None),
            or_(ClaimEmbedding.claim_id.is_(None), ClaimEmbedding.revision != REVISION),
        )
    )
