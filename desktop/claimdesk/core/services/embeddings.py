"""Indexing the claims saved without a vector: a project from before vectors existed, or
one whose vectors are of an older REVISION (core/matching/embedder.py)."""

from __future__ import annotations

from ..jobs import CancelToken, Job
from ..matching import vectors
from ..records import Progress
from .base import Service


class EmbeddingService(Service):
    def unindexed(self) -> int:
        """How many live claims have no vector of the current revision."""
        with self._db.read() as session:
            return vectors.unindexed_count(session.connection())

    def index_job(self, cancel: CancelToken) -> Job[int]:
        """Compute the missing vectors, a batch per transaction (a cancel keeps the batches
        done, which are complete); returns how many claims were indexed."""
        total = self.unindexed()
        done = after = 0
        yield Progress(0, total)
        while done < total:
            cancel.raise_if_cancelled()
            with self._db.write(self._actor) as session:
                connection = session.connection()
                # From the last batch's end: from the start, each batch would first pass
                # over every claim indexed before it (quadratic at a million).
                batch = next(vectors.unindexed_batches(connection, after=after), [])
                if not batch:
                    break
                written = vectors.store(connection, batch)
            if not written:  # no model: nothing can be indexed
                break
            vectors.note_indexed()
            done += len(batch)
            after = batch[-1][0]
            yield Progress(min(done, total), total)
        return done
