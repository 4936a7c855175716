"""Sources: the people, bodies and outlets that make or carry claims."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..control_chars import cleaned
from ..enums import Reliability, SourceKind
from ..inputs import SourceInput
from ..models import Article, AttributionHop, Claim, Source
from ..records import Changes, Saved, SourceRecord, SourceRef
from . import validation as check
from .base import (
    Service,
    check_version,
    require_live,
    set_deleted,
    stale_write_is_conflict,
)
from .convert import source_record, source_ref
from .field_rules import TEXT_LIMITS as LIMIT


class SourceService(Service):
    def get(self, source_id: int) -> SourceRecord:
        with self._db.read() as session:
            return source_record(require_live(session, Source, source_id))

    def create(self, data: SourceInput) -> Saved:
        fields = validate_source(data)
        with self._db.write(self._actor) as session:
            source = Source(**fields)
            session.add(source)
            session.flush()
            return Saved(source.id, source.version, Changes(sources=frozenset({source.id})))

    def update(self, source_id: int, data: SourceInput, expected_version: int) -> Saved:
        fields = validate_source(data)
        with self._db.write(self._actor) as session:
            source = require_live(session, Source, source_id)
            check_version(source, source_id, expected_version, "source")
            with stale_write_is_conflict(self._db, session, Source, source_id, expected_version):
                for key, value in fields.items():
                    setattr(source, key, value)
            return Saved(source.id, source.version, Changes(sources=frozenset({source_id})))

    def delete(self, source_ids: Iterable[int]) -> Changes:
        """Hide sources. Refused while a live claim, hop or article still points at one."""
        ids = list(source_ids)
        with self._db.write(self._actor) as session:
            problems = check.Problems()
            for source_id in ids:
                uses = _uses(session, source_id)
                if any(uses.values()):
                    problems.add(f"source.{source_id}", "still_used", **uses)
            problems.raise_if_any()
            changed = set_deleted(session, Source, ids, deleted=True)
            return Changes(sources=frozenset(changed))

    def restore(self, source_ids: Iterable[int]) -> Changes:
        with self._db.write(self._actor) as session:
            return Changes(sources=frozenset(set_deleted(session, Source, source_ids, False)))

    def search(self, text: str = "", limit: int = 20) -> list[SourceRef]:
        """Type-ahead: live sources whose name starts with (or contains) the text."""
        needle = text.strip().lower()
        with self._db.read() as session:
            query = select(Source).where(Source.deleted_at.is_(None))
            if needle:
                escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                name = func.lower(Source.name)
                query = query.where(name.like(f"%{escaped}%", escape="\\")).order_by(
                    name.like(f"{escaped}%", escape="\\").desc(), Source.name
                )
            else:
                query = query.order_by(Source.name)
            rows = session.scalars(query.limit(limit)).all()
            return [ref for ref in (source_ref(row) for row in rows) if ref is not None]

    def refs(self) -> list[SourceRef]:
        """Every live source, by name: what the source pickers hold to match typing against
        (columns only: a project may have tens of thousands of sources)."""
        with self._db.read() as session:
            rows = session.execute(
                select(Source.id, Source.name, Source.kind, Source.reliability)
                .where(Source.deleted_at.is_(None))
                .order_by(Source.name, Source.id)
            ).tuples()
            return [
                SourceRef(source_id, name, SourceKind(kind), Reliability(reliability))
                for source_id, name, kind, reliability in rows
            ]


def validate_source(data: SourceInput) -> dict[str, object]:
    data = cleaned(data)
    problems = check.Problems()
    fields = {
        "name": check.text(
            problems, "name", data.name, max_length=LIMIT["sources", "name"], required=True
        ),
        "kind": check.choice(problems, "kind", SourceKind, data.kind),
        "role": check.text(problems, "role", data.role, max_length=LIMIT["sources", "role"]),
        "country": check.text(
            problems, "country", data.country, max_length=LIMIT["sources", "country"]
        ),
        "reliability": check.choice(problems, "reliability", Reliability, data.reliability),
        "notes": check.text(problems, "notes", data.notes, max_length=LIMIT["sources", "notes"]),
    }
    problems.raise_if_any()
    return {key: value.value if hasattr(value, "value") else value for key, value in fields.items()}


def _uses(session: Session, source_id: int) -> dict[str, int]:
    """What still points at a source: live claims (as claimant), hops and articles."""
    claims = session.scalar(
        select(func.count()).where(Claim.claimant_id == source_id, Claim.deleted_at.is_(None))
    )
    hops = session.scalar(
        select(func.count())
        .select_from(AttributionHop)
        .join(Claim, Claim.id == AttributionHop.claim_id)
        .where(AttributionHop.source_id == source_id, Claim.deleted_at.is_(None))
    )
    articles = session.scalar(
        select(func.count()).where(Article.publisher_id == source_id, Article.deleted_at.is_(None))
    )
    return {"claims": claims or 0, "hops": hops or 0, "articles": articles or 0}
