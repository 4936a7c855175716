"""Relations between claims: corroborates, contradicts, duplicates, supersedes."""

from __future__ import annotations

from sqlalchemy import select

from ..control_chars import cleaned
from ..enums import RelationKind
from ..errors import NotFoundError
from ..inputs import RelationInput
from ..models import Claim, ClaimRelation
from ..records import Changes, Saved
from . import validation as check
from .base import Service, check_reference
from .field_rules import TEXT_LIMITS as LIMIT


class RelationService(Service):
    def relate(self, data: RelationInput) -> Saved:
        data = cleaned(data)
        problems = check.Problems()
        kind = check.choice(problems, "kind", RelationKind, data.kind)
        if data.from_claim_id == data.to_claim_id:
            problems.add("to_claim_id", "related_to_itself")
        note = check.text(problems, "note", data.note, max_length=LIMIT["claim_relations", "note"])
        with self._db.write(self._actor) as session:
            check_reference(problems, session, Claim, "from_claim_id", data.from_claim_id)
            check_reference(problems, session, Claim, "to_claim_id", data.to_claim_id)
            if kind is not None:
                existing = session.scalar(
                    select(ClaimRelation.id).where(
                        ClaimRelation.from_claim_id == data.from_claim_id,
                        ClaimRelation.to_claim_id == data.to_claim_id,
                        ClaimRelation.kind == kind.value,
                    )
                )
                if existing is not None:
                    problems.add("kind", "already_related", kind=kind.value)
            problems.raise_if_any()
            assert kind is not None
            relation = ClaimRelation(
                from_claim_id=data.from_claim_id,
                to_claim_id=data.to_claim_id,
                kind=kind.value,
                note=note,
                created_by=self._actor,
            )
            session.add(relation)
            session.flush()
            changed = frozenset({data.from_claim_id, data.to_claim_id})
            return Saved(relation.id, None, Changes(claims=changed))

    def unrelate(self, relation_id: int) -> Changes:
        with self._db.write(self._actor) as session:
            relation = session.get(ClaimRelation, relation_id)
            if relation is None:
                raise NotFoundError("relation", relation_id)
            changed = frozenset({relation.from_claim_id, relation.to_claim_id})
            session.delete(relation)
            return Changes(claims=changed)
