"""Claims: statements with their claimant, dates, quantity, grades, tags and attribution chain."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from .. import audit
from ..control_chars import cleaned
from ..enums import Credibility, HopMode
from ..errors import NotFoundError, ValidationError
from ..inputs import ClaimInput, HopInput, NewCitation, SourceInput
from ..matching import conflicts, vectors
from ..models import (
    Article,
    AttributionHop,
    Claim,
    Source,
    Tag,
    claim_tags,
    utcnow,
)
from ..records import CLAIM_TEXT_FIELDS, Changes, ClaimRecord, Saved
from . import validation as check
from .base import (
    Service,
    check_reference,
    check_version,
    require_live,
    set_deleted,
    stale_write_is_conflict,
)
from .citations import anchored_citation
from .claim_reader import read_claims
from .field_rules import TEXT_LIMITS as LIMIT
from .sources import validate_source

MAX_TAGS = 50
# The columns the conflict rule reads (matching/conflicts.py), besides the statement.
_FIGURE_FIELDS = (
    "claimant_id",
    "claimed_on",
    "claimed_on_precision",
    "as_of",
    "as_of_precision",
    "quantity_value",
    "quantity_upper",
    "quantity_unit",
    "quantity_qualifier",
)


class ClaimService(Service):
    def versions(self, claim_ids: Iterable[int]) -> dict[int, int]:
        """The current version of each claim (deleted ones too; missing ids left out)."""
        wanted = sorted(set(claim_ids))
        if not wanted:
            return {}
        with self._db.read() as session:
            rows = session.execute(select(Claim.id, Claim.version).where(Claim.id.in_(wanted)))
            return {claim_id: version for claim_id, version in rows.tuples()}

    def get(self, claim_id: int) -> ClaimRecord:
        """The claim with everything the detail view shows, read in one transaction."""
        with self._db.read() as session:
            found = read_claims(session, [claim_id])
            if not found:
                raise NotFoundError("claim", claim_id)
            return found[0]

    def create(
        self,
        data: ClaimInput,
        citations: Sequence[NewCitation] = (),
        new_sources: Mapping[int, SourceInput] | None = None,
    ) -> Saved:
        """A new claim with its hops and, in the same transaction, the excerpts that cite it:
        one that is not in its article (reported as ``citations.N.excerpt``) saves nothing.

        ``new_sources`` are sources to create with it, keyed by the negative placeholder ids
        the claimant and hops use for them (a claim drafted from an article names people the
        project does not know yet); a bad one is reported as ``new_sources.ID.field``."""
        data, citations = cleaned(data), cleaned(citations)
        with self._db.write(self._actor) as session:
            problems = check.Problems()
            created: dict[int, int] = {}
            for placeholder, source_input in (new_sources or {}).items():
                try:
                    source_fields = validate_source(source_input)
                except ValidationError as error:
                    for problem in error.problems.values():
                        problems.add(
                            f"new_sources.{placeholder}.{problem.field}",
                            problem.code,
                            **problem.params,
                        )
                    continue
                source = Source(**source_fields)
                session.add(source)
                session.flush()
                created[placeholder] = source.id
            if created:
                data = replace(
                    data,
                    claimant_id=created.get(data.claimant_id or 0, data.claimant_id),
                    hops=tuple(
                        replace(hop, source_id=created.get(hop.source_id or 0, hop.source_id))
                        for hop in data.hops
                    ),
                )
            fields, hops, tag_names = _validate(problems, session, data)
            cited = [
                anchored_citation(problems, session, f"citations.{index}.", citation, self._actor)
                for index, citation in enumerate(citations)
            ]
            problems.raise_if_any()
            claim = Claim(**fields, created_by=self._actor, updated_by=self._actor)
            claim.tags = find_or_create_tags(session, tag_names)
            claim.hops = [AttributionHop(position=index, **hop) for index, hop in enumerate(hops)]
            claim.citations = [citation for citation in cited if citation is not None]
            session.add(claim)
            session.flush()
            vectors.store(session.connection(), [(claim.id, claim.statement)])
            # The claims it conflicts with change too (their marker, their detail pane).
            partners = conflicts.refresh(session.connection(), [claim.id])
            changes = Changes(
                claims=frozenset({claim.id}) | partners, sources=frozenset(created.values())
            )
            return Saved(claim.id, claim.version, changes)

    def update(self, claim_id: int, data: ClaimInput, expected_version: int) -> Saved:
        """Save an edit made to version ``expected_version``; a newer version is a conflict."""
        data = cleaned(data)
        with self._db.write(self._actor) as session:
            claim = require_live(session, Claim, claim_id)
            check_version(claim, claim_id, expected_version, "claim")
            problems = check.Problems()
            fields, hops, tag_names = _validate(problems, session, data)
            problems.raise_if_any()
            with (
                stale_write_is_conflict(self._db, session, Claim, claim_id, expected_version),
                # The tag lookup below must not flush the half-applied edit early.
                session.no_autoflush,
            ):
                restated = claim.statement != fields["statement"]
                refigured = restated or any(
                    getattr(claim, name) != fields[name] for name in _FIGURE_FIELDS
                )
                for key, value in fields.items():
                    if getattr(claim, key) != value:
                        setattr(claim, key, value)
                tags = find_or_create_tags(session, tag_names)
                tags_changed = [tag.name for tag in tags] != [tag.name for tag in claim.tags]
                if tags_changed:
                    claim.tags = tags
                hops_changed = _replace_hops(claim, hops)
                if tags_changed or hops_changed or session.is_modified(claim):
                    # Tags and hops live in other tables; touching the row bumps the version
                    # so that an edit of only those still conflicts with a concurrent one.
                    claim.updated_at = utcnow()
                    claim.updated_by = self._actor
            if restated:
                session.flush()  # the stale-version check runs before the vector is written
                vectors.store(session.connection(), [(claim.id, claim.statement)])
            partners: frozenset[int] = frozenset()
            if refigured:
                session.flush()
                partners = conflicts.refresh(session.connection(), [claim.id])
            return Saved(claim.id, claim.version, Changes(claims=frozenset({claim_id}) | partners))

    def delete(self, claim_ids: Iterable[int]) -> Changes:
        """Hide claims (with their citations and reviews); restore() brings them back."""
        with self._db.write(self._actor) as session:
            deleted = set_deleted(session, Claim, claim_ids, deleted=True)
            session.flush()
            partners = conflicts.forget(session.connection(), sorted(deleted))
            return Changes(claims=frozenset(deleted) | partners)

    def restore(self, claim_ids: Iterable[int]) -> Changes:
        with self._db.write(self._actor) as session:
            restored = set_deleted(session, Claim, claim_ids, deleted=False)
            session.flush()
            partners = conflicts.refresh(session.connection(), restored)
            return Changes(claims=frozenset(restored) | partners)

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with the number of live claims carrying it, most used first."""
        with self._db.read() as session:
            uses = func.count(Claim.id)
            rows = session.execute(
                select(Tag.name, uses)
                .select_from(Tag)
                .outerjoin(claim_tags, claim_tags.c.tag_id == Tag.id)
                .outerjoin(Claim, (Claim.id == claim_tags.c.claim_id) & Claim.deleted_at.is_(None))
                .group_by(Tag.id, Tag.name)
                .order_by(uses.desc(), func.lower(Tag.name))
            ).tuples()
            return [(name, count) for name, count in rows]


def _validate(
    problems: check.Problems, session: Session, data: ClaimInput
) -> tuple[dict[str, Any], list[dict[str, Any]], list[str]]:
    """The claim's columns, hops and tag names; problems are added for the caller to raise."""
    fields = claim_columns(problems, data)
    check_reference(problems, session, Source, "claimant_id", data.claimant_id)
    hops = [_validate_hop(problems, session, index, hop) for index, hop in enumerate(data.hops)]
    tags = validate_tags(problems, data.tags)
    return fields, hops, tags


def claim_columns(problems: check.Problems, data: ClaimInput) -> dict[str, Any]:
    """The claims row of ``data`` as the form saves it, without touching the database (the
    claimant is taken as given: the caller checks or creates it); problems are added for the
    caller to raise. The bulk import (services/bulk.py) checks its rows with this too."""
    claimed_on = check.partial_date(problems, "claimed_on", data.claimed_on, past=True)
    as_of = check.partial_date(problems, "as_of", data.as_of)
    quantity = check.quantity(problems, "quantity", data.quantity)
    credibility = check.choice(problems, "credibility", Credibility, data.credibility)
    fields: dict[str, Any] = {
        "statement": check.text(
            problems,
            "statement",
            data.statement,
            max_length=LIMIT["claims", "statement"],
            required=True,
        ),
        "quote": check.text(problems, "quote", data.quote, max_length=LIMIT["claims", "quote"]),
        "quote_language": check.language(problems, "quote_language", data.quote_language),
        "claimant_id": data.claimant_id,
        "claimed_on": claimed_on.value if claimed_on else None,
        "claimed_on_precision": claimed_on.precision.value if claimed_on else None,
        "as_of": as_of.value if as_of else None,
        "as_of_precision": as_of.precision.value if as_of else None,
        "quantity_value": quantity.value if quantity else None,
        "quantity_upper": quantity.upper if quantity else None,
        "quantity_unit": quantity.unit if quantity else None,
        "quantity_qualifier": quantity.qualifier.value if quantity else None,
        "credibility": credibility.value if credibility else None,
    }
    for name, limit in CLAIM_TEXT_FIELDS.items():
        fields[name] = check.text(problems, name, getattr(data, name), max_length=limit)
    return fields


def _validate_hop(
    problems: check.Problems, session: Session, index: int, hop: HopInput
) -> dict[str, Any]:
    field = f"hops.{index}"
    if hop.source_id is None and hop.article_id is None:
        problems.add(field, "hop_without_source")
    check_reference(problems, session, Source, f"{field}.source_id", hop.source_id)
    check_reference(problems, session, Article, f"{field}.article_id", hop.article_id)
    said_on = check.partial_date(problems, f"{field}.said_on", hop.said_on, past=True)
    mode = check.choice(problems, f"{field}.mode", HopMode, hop.mode)
    return {
        "source_id": hop.source_id,
        "article_id": hop.article_id,
        "said_on": said_on.value if said_on else None,
        "said_on_precision": said_on.precision.value if said_on else None,
        "mode": mode.value if mode else None,
        "description": check.text(
            problems,
            f"{field}.description",
            hop.description,
            max_length=LIMIT["attribution_hops", "description"],
        ),
    }


def validate_tags(problems: check.Problems, tags: Sequence[str]) -> list[str]:
    """The tag names as stored (spaces collapsed), the first spelling of each kept."""
    names: dict[str, str] = {}
    for index, tag in enumerate(tags):
        name = check.text(
            problems, f"tags.{index}", " ".join(str(tag).split()), max_length=LIMIT["tags", "name"]
        )
        if name:
            names.setdefault(name.casefold(), name)
    if len(names) > MAX_TAGS:
        problems.add("tags", "too_many_tags", count=len(names), limit=MAX_TAGS)
    return list(names.values())


def find_or_create_tags(session: Session, names: list[str]) -> list[Tag]:
    """Existing tags matched without regard to case; new ones created as typed.

    Two analysts may add the same new tag at the same moment. Creating it is therefore an
    insert that yields to a tag of that name already there, committed or not (PostgreSQL
    waits for the other transaction, then skips the row), followed by a select: both saves
    succeed and share one tag."""
    if not names:
        return []
    existing = _existing_tags(session, names)
    missing = sorted({name for name in names if name.casefold() not in existing})
    if missing:
        _insert_new_tags(session, missing)
        for tag in session.scalars(select(Tag).where(Tag.name.in_(missing))):
            existing.setdefault(tag.name.casefold(), tag)
    return sorted((existing[name.casefold()] for name in names), key=lambda tag: tag.name)


def _existing_tags(session: Session, names: list[str]) -> dict[str, Tag]:
    """Tags already there, by folded name. Where the database holds two spellings that fold
    alike in Python but not in the database ("Öl" and "öl" on SQLite), the one typed wins, so
    the same name always lands on the same tag whatever order the rows come back in."""
    typed = set(names)
    found: dict[str, Tag] = {}
    for tag in session.scalars(
        # SQLite's lower() folds ASCII only; the exact-name arm catches the rest.
        select(Tag).where(
            or_(func.lower(Tag.name).in_([n.lower() for n in names]), Tag.name.in_(names))
        )
    ):
        key = tag.name.casefold()
        if tag.name in typed or key not in found:
            found[key] = tag
    return found


def _insert_new_tags(session: Session, names: list[str]) -> None:
    """INSERT … ON CONFLICT (name) DO NOTHING, in name order (two transactions adding the same
    tags then wait for each other in one order and cannot deadlock); each tag this
    transaction did create gets its audit event, as an ORM insert would have."""
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = (
        insert(Tag.__table__)
        .values([{"name": name} for name in names])
        .on_conflict_do_nothing(index_elements=["name"])
        .returning(Tag.__table__.c.id, Tag.__table__.c.name)
    )
    created = session.execute(statement).all()
    audit.record_created(
        session, Tag.__tablename__, [(id_, {"name": name}) for id_, name in created]
    )


def _replace_hops(claim: Claim, hops: list[dict[str, Any]]) -> bool:
    """Edit hops in place by position (a delete-then-insert would collide on (claim, position)).

    Returns whether anything changed."""
    changed = len(hops) != len(claim.hops)
    for index, values in enumerate(hops):
        if index < len(claim.hops):
            hop = claim.hops[index]
            for key, value in values.items():
                if getattr(hop, key) != value:
                    setattr(hop, key, value)
                    changed = True
        else:
            claim.hops.append(AttributionHop(position=index, **values))
    del claim.hops[len(hops) :]
    return changed
