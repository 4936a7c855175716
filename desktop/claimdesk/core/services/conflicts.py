"""Conflicting figures (core/matching/conflicts.py): listed, per claim, resolved as a
relation, and detected for a project saved before conflicts were stored."""

from __future__ import annotations

from ..enums import RelationKind
from ..filters import ClaimFilter
from ..jobs import CancelToken, Job
from ..matching.conflicts import Conflict
from ..records import Saved
from .base import Service


class ConflictService(Service):
    def list(self, filter: ClaimFilter | None = None, *, open_only: bool = False) -> list[Conflict]:
        """The conflicts among the live claims the filter matches (both sides must match),
        lowest claim ids first; ``open_only`` leaves out the resolved ones."""
        raise NotImplementedError

    def for_claim(self, claim_id: int) -> list[Conflict]:
        """The conflicts of one claim, resolved ones included."""
        raise NotImplementedError

    def resolve(
        self,
        claim_a: int,
        claim_b: int,
        resolution: RelationKind,
        note: str | None = None,
    ) -> Saved:
        """Resolve a conflict with a relation from ``claim_a`` to ``claim_b`` (supersedes:
        claim_a supersedes claim_b), saved and audited as RelationService.relate saves it;
        undone by ``project.relations.unrelate(saved.id)``."""
        raise NotImplementedError

    def detect_job(self, cancel: CancelToken) -> Job[int]:
        """Detect the conflicts of every live claim (an older project), a batch per
        transaction; returns how many conflicts are stored."""
        raise NotImplementedError
