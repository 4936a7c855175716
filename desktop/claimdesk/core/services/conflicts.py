"""Conflicting figures (core/matching/conflicts.py): listed, per claim, resolved as a
relation, and detected for a project saved before conflicts were stored."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ..enums import RelationKind
from ..errors import FieldProblem, ValidationError
from ..filters import ClaimFilter, apply_filter, resolving_relation
from ..inputs import RelationInput
from ..jobs import CancelToken, Job
from ..matching import conflicts as rule
from ..matching.conflicts import Conflict, ConflictSide
from ..models import Claim, ClaimConflict, ClaimFigure, ClaimRelation, Source
from ..records import Progress, Saved
from .base import Service
from .relations import RelationService

DETECT_BATCH = 2_000
_CHUNK = 500


class ConflictService(Service):
    def list(self, filter: ClaimFilter | None = None, *, open_only: bool = False) -> list[Conflict]:
        """The conflicts among the live claims the filter matches (both sides must match),
        lowest claim ids first; ``open_only`` leaves out the resolved ones."""
        matched = apply_filter(select(Claim.id), filter or ClaimFilter())
        statement = select(ClaimConflict.claim_a, ClaimConflict.claim_b, ClaimConflict.unit).where(
            ClaimConflict.claim_a.in_(matched), ClaimConflict.claim_b.in_(matched)
        )
        if open_only:
            statement = statement.where(
                ~resolving_relation(ClaimConflict.claim_a, ClaimConflict.claim_b)
            )
        with self._db.read() as session:
            rows = session.execute(
                statement.order_by(ClaimConflict.claim_a, ClaimConflict.claim_b)
            ).all()
            return _conflicts(session, rows)

    def for_claim(self, claim_id: int) -> list[Conflict]:
        """The conflicts of one claim, resolved ones included (none for a deleted claim)."""
        with self._db.read() as session:
            rows = session.execute(
                select(ClaimConflict.claim_a, ClaimConflict.claim_b, ClaimConflict.unit)
                .where(or_(ClaimConflict.claim_a == claim_id, ClaimConflict.claim_b == claim_id))
                .order_by(ClaimConflict.claim_a, ClaimConflict.claim_b)
            ).all()
            return _conflicts(session, rows)

    def open_count(self) -> int:
        """How many conflicts are not resolved yet."""
        with self._db.read() as session:
            return (
                session.scalar(
                    select(func.count()).where(
                        ~resolving_relation(ClaimConflict.claim_a, ClaimConflict.claim_b)
                    )
                )
                or 0
            )

    def resolve(
        self,
        claim_a: int,
        claim_b: int,
        resolution: RelationKind | str,
        note: str | None = None,
    ) -> Saved:
        """Resolve a conflict with a relation from ``claim_a`` to ``claim_b`` (supersedes:
        claim_a supersedes claim_b), saved and audited as RelationService.relate saves it;
        undone by ``project.relations.unrelate(saved.id)``. A kind that does not resolve
        (corroborates, duplicates) is refused as ``kind``/``not_a_resolution``."""
        try:
            kind = RelationKind(resolution)
        except ValueError:
            kind = None
        if kind not in rule.RESOLUTIONS:
            raise ValidationError([FieldProblem("kind", "not_a_resolution", {"kind": resolution})])
        relations = RelationService(self._db, self._actor)
        return relations.relate(RelationInput(claim_a, claim_b, kind, note))

    def undetected(self) -> int:
        """How many live claims with a figure (quantity, unit, date) were never compared:
        a project saved before conflicts were stored. The window runs ``fill_job`` after
        opening when this is not 0."""
        with self._db.read() as session:
            return rule.unfigured_count(session.connection())

    def fill_job(self, cancel: CancelToken) -> Job[int]:
        """Detect the conflicts of the claims never compared (``undetected``), a batch per
        transaction: each batch is compared with every figure stored before it and with
        itself, so the pairs found are those a pass over the whole project finds. A cancel
        keeps the batches done. Returns how many claims were compared."""
        total = self.undetected()
        done = after = 0
        yield Progress(0, total)
        while done < total:
            cancel.raise_if_cancelled()
            with self._db.write(self._actor) as session:
                connection = session.connection()
                ids = rule.unfigured_batch(connection, after, DETECT_BATCH)
                if not ids:
                    break
                rule.refresh(connection, ids)
            done += len(ids)
            after = ids[-1]
            yield Progress(min(done, total), total)
        return done

    def detect_job(self, cancel: CancelToken) -> Job[int]:
        """Detect the conflicts of every live claim afresh (an older project, or after the
        rule changed): first each claim's figure row, then the pairs, walking each unit's
        figures in date order; a batch per transaction. A cancel keeps the batches done (the
        conflicts found so far); running it again starts over. Returns the conflicts stored."""
        with self._db.read() as session:
            total = session.scalar(
                select(func.count()).where(
                    Claim.deleted_at.is_(None), Claim.quantity_value.is_not(None)
                )
            )
        total = total or 0
        done = 0
        yield Progress(0, 2 * total)
        with self._db.write(self._actor) as session:
            connection = session.connection()
            connection.execute(delete(ClaimConflict))
            connection.execute(delete(ClaimFigure))
        after = 0
        while True:
            cancel.raise_if_cancelled()
            with self._db.write(self._actor) as session:
                connection = session.connection()
                ids = connection.scalars(
                    select(Claim.id)
                    .where(
                        Claim.id > after,
                        Claim.deleted_at.is_(None),
                        Claim.quantity_value.is_not(None),
                    )
                    .order_by(Claim.id)
                    .limit(DETECT_BATCH)
                ).all()
                if not ids:
                    break
                rule.store_figures(connection, ids)
            after = ids[-1]
            done += len(ids)
            yield Progress(min(done, total), 2 * total)
        done = total
        position: tuple[Any, ...] | None = None
        while True:
            cancel.raise_if_cancelled()
            with self._db.write(self._actor) as session:
                connection = session.connection()
                subjects = rule.figures_in_order(connection, position, DETECT_BATCH)
                if not subjects:
                    break
                rule.write_pairs(connection, rule.detect(connection, subjects, lower_only=True))
            last = subjects[-1]
            position = (last.unit, last.starts, last.id)
            done += len(subjects)
            yield Progress(min(done, 2 * total), 2 * total)
        yield Progress(2 * total, 2 * total)
        with self._db.read() as session:
            return session.scalar(select(func.count()).select_from(ClaimConflict)) or 0


def _conflicts(session: Session, rows: Sequence[Any]) -> list[Conflict]:
    """The pairs as records: both sides read, the resolving relation looked up."""
    ids = sorted({row.claim_a for row in rows} | {row.claim_b for row in rows})
    sides: dict[int, ConflictSide] = {}
    resolutions: dict[frozenset[int], tuple[RelationKind, int, int]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for claim in session.execute(
            select(*rule.FIGURE_COLUMNS, Source.name.label("claimant"))
            .outerjoin(Source, Source.id == Claim.claimant_id)
            .where(Claim.id.in_(chunk))
        ):
            quantity = rule.quantity_of(claim)
            if quantity is not None:
                sides[claim.id] = ConflictSide(
                    claim.id, claim.statement, claim.claimant, quantity, rule.claim_on(claim)
                )
        for relation in session.execute(
            select(ClaimRelation.id, ClaimRelation.from_claim_id, ClaimRelation.to_claim_id)
            .add_columns(ClaimRelation.kind)
            .where(
                ClaimRelation.kind.in_([kind.value for kind in rule.RESOLUTIONS]),
                ClaimRelation.from_claim_id.in_(chunk),
            )
            .order_by(ClaimRelation.id)
        ):
            pair = frozenset({relation.from_claim_id, relation.to_claim_id})
            resolutions[pair] = (RelationKind(relation.kind), relation.id, relation.from_claim_id)
    found = []
    for row in rows:
        a, b = sides.get(row.claim_a), sides.get(row.claim_b)
        if a is None or b is None:
            continue
        kind, relation_id, resolved_from = resolutions.get(
            frozenset({a.claim_id, b.claim_id}), (None, None, None)
        )
        found.append(
            Conflict(
                claims=(a.claim_id, b.claim_id),
                unit=row.unit,
                values=(a.quantity, b.quantity),
                sides=(a, b),
                resolution=kind,
                relation_id=relation_id,
                resolved_from=resolved_from,
            )
        )
    return found
