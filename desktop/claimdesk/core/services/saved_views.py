"""Saved views: named searches with filters, order and columns, shared through the database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..control_chars import clean_text, cleaned
from ..errors import BadValue, FieldProblem, NotFoundError, ValidationError
from ..filters import ClaimFilter, apply_filter, filter_from_json, filter_to_json
from ..models import Claim, SavedView
from ..records import Changes, Saved
from ..search import SearchError
from .base import Service
from .claim_list import ClaimQuery, ClaimSort

MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class SavedViewRecord:
    id: int
    name: str
    query: ClaimQuery
    columns: tuple[str, ...]  # shown column keys in order; empty: the table's defaults
    updated_at: datetime
    updated_by: str
    # Set when part of the stored definition could not be read (a newer or damaged one).
    problem: FieldProblem | None = None
    definition: dict[str, Any] = field(default_factory=dict, compare=False)


def query_to_json(query: ClaimQuery, columns: Sequence[str]) -> dict[str, Any]:
    return {
        "filter": filter_to_json(query.filter),
        "sort": query.sort.value,
        "descending": query.descending,
        "columns": list(columns),
    }


def query_from_json(
    definition: Any,
) -> tuple[ClaimQuery, tuple[str, ...], FieldProblem | None]:
    """The query and columns of a stored definition, and what could not be read (if any)."""
    if not isinstance(definition, dict):
        return ClaimQuery(), (), FieldProblem("definition", "not_an_object")
    problem = None
    try:
        wanted = filter_from_json(definition.get("filter", {}))
    except ValueError as error:
        code, params = (
            (error.code, error.params) if isinstance(error, BadValue) else ("invalid", {})
        )
        wanted, problem = ClaimFilter(), FieldProblem("filter", code, params)
    try:
        sort = ClaimSort(definition.get("sort", ClaimSort.ID.value))
    except ValueError:
        sort = ClaimSort.ID
        problem = FieldProblem("sort", "unknown_sort", {"value": repr(definition.get("sort"))})
    columns = definition.get("columns", [])
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        columns, problem = [], FieldProblem("columns", "not_a_list_of_names")
    descending = definition.get("descending", True)
    return ClaimQuery(wanted, sort, bool(descending)), tuple(columns), problem


class SavedViewService(Service):
    def list(self) -> list[SavedViewRecord]:
        with self._db.read() as session:
            views = session.scalars(select(SavedView).order_by(func.lower(SavedView.name)))
            return [_record(view) for view in views]

    def get(self, view_id: int) -> SavedViewRecord:
        with self._db.read() as session:
            return _record(_require(session, view_id))

    def counts(self, view_ids: Sequence[int] | None = None) -> dict[int, int | None]:
        """Live claim counts per view (None for a view whose search cannot run)."""
        found: dict[int, int | None] = {}
        with self._db.read() as session:
            statement = select(SavedView)
            if view_ids is not None:
                statement = statement.where(SavedView.id.in_(list(view_ids)))
            for view in session.scalars(statement):
                query, _columns, _problem = query_from_json(view.definition)
                try:
                    counted = apply_filter(select(func.count(Claim.id)), query.filter)
                except SearchError:
                    found[view.id] = None
                    continue
                found[view.id] = session.scalar(counted) or 0
        return found

    def create(self, name: str, query: ClaimQuery, columns: Sequence[str] = ()) -> Saved:
        query = cleaned(query)
        name = _check(name, query)
        with self._db.write(self._actor) as session:
            _unique(session, name, None)
            view = SavedView(
                name=name,
                definition=query_to_json(query, columns),
                created_by=self._actor,
                updated_by=self._actor,
            )
            session.add(view)
            session.flush()
            return Saved(view.id, None, Changes(views=frozenset({view.id})))

    def update(
        self, view_id: int, name: str, query: ClaimQuery, columns: Sequence[str] = ()
    ) -> Saved:
        """Rename and/or redefine a view (Undo writes the earlier record back through this)."""
        query = cleaned(query)
        name = _check(name, query)
        with self._db.write(self._actor) as session:
            view = _require(session, view_id)
            _unique(session, name, view_id)
            view.name = name
            view.definition = query_to_json(query, columns)
            view.updated_by = self._actor
            return Saved(view_id, None, Changes(views=frozenset({view_id})))

    def delete(self, view_id: int) -> SavedViewRecord:
        """Delete a view and return it as it was, so that it can be restored."""
        with self._db.write(self._actor) as session:
            view = _require(session, view_id)
            record = _record(view)
            session.delete(view)
            return record

    def restore(self, record: SavedViewRecord) -> Saved:
        """Bring a deleted view back with its id, name and stored definition."""
        with self._db.write(self._actor) as session:
            _unique(session, record.name, None)
            session.add(
                SavedView(
                    id=record.id,
                    name=record.name,
                    definition=record.definition,
                    created_by=self._actor,
                    updated_by=self._actor,
                )
            )
            return Saved(record.id, None, Changes(views=frozenset({record.id})))


def _check(name: str, query: ClaimQuery) -> str:
    problems: list[FieldProblem] = []
    name = " ".join(clean_text(name).split())
    if not name:
        problems.append(FieldProblem("name", "required"))
    elif len(name) > MAX_NAME:
        problems.append(FieldProblem("name", "too_long", {"length": len(name), "limit": MAX_NAME}))
    try:
        query.filter.parsed_search()
    except SearchError as error:
        problems.append(FieldProblem("search", error.code, error.params))
    wanted = query.filter
    for start, end in (("claimed_from", "claimed_to"), ("as_of_from", "as_of_to")):
        first, last = getattr(wanted, start), getattr(wanted, end)
        if first is not None and last is not None and first > last:
            problems.append(FieldProblem(end, "end_before_start"))
    if problems:
        raise ValidationError(problems)
    return name


def _unique(session: Session, name: str, view_id: int | None) -> None:
    clash = session.scalar(select(SavedView.id).where(func.lower(SavedView.name) == name.lower()))
    if clash is not None and clash != view_id:
        raise ValidationError([FieldProblem("name", "view_name_taken", {"name": name})])


def _require(session: Session, view_id: int) -> SavedView:
    view = session.get(SavedView, view_id)
    if view is None:
        raise NotFoundError("saved view", view_id)
    return view


def _record(view: SavedView) -> SavedViewRecord:
    query, columns, problem = query_from_json(view.definition)
    return SavedViewRecord(
        id=view.id,
        name=view.name,
        query=query,
        columns=columns,
        updated_at=view.updated_at,
        updated_by=view.updated_by,
        problem=problem,
        definition=dict(view.definition) if isinstance(view.definition, dict) else {},
    )
