"""Undoable user actions. Each redo()/undo() is one service call; the Changes it returns go
to the change bus. Commands keep ids and before/after inputs, never live database objects."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from ..core import audit
from ..core.enums import RelationKind, Status
from ..core.errors import ClaimdeskError
from ..core.inputs import ArticleInput, CitationInput, EvidenceInput, RelationInput
from ..core.project import Project
from ..core.records import Changes, CitationRecord, RelationRecord, Saved
from ..core.services.captures import CaptureOutcome, CaptureResult
from ..core.services.claim_list import ClaimQuery
from ..core.services.saved_views import SavedViewRecord
from .translation import translate
from .workspace import Workspace


class ServiceCommand(QUndoCommand):
    """Base: ``apply()`` does the action, ``revert()`` takes it back; both return Changes."""

    def __init__(self, workspace: Workspace, text: str):
        super().__init__(text)
        self.workspace = workspace
        self._skip_redo = False
        self._applied = False

    @property
    def project(self):  # type: ignore[no-untyped-def]
        return self.workspace.project

    def run_first(self) -> None:
        """The first application, whose errors propagate to the caller (see Workspace.push).
        It is the action itself: its audit events carry no context."""
        self.workspace.bus.publish(self.apply())
        self._applied = True
        # Qt calls redo() inside push(); the action has already been applied here.
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if not self._applied:  # pushed without run_first(): this is the action itself
            self._applied = True
            self._guarded(self.apply, None)
            return
        self._guarded(self.apply, audit.REDO)

    def undo(self) -> None:
        self._guarded(self.revert, audit.UNDO)

    def _guarded(self, step, context: str | None) -> None:  # type: ignore[no-untyped-def]
        """Run an undo or redo; its writes are marked with ``context`` in the audit trail, so
        the history tells an undone edit from one typed by hand."""
        try:
            if context is None:
                changes = step()
            else:
                with audit.in_context(context):
                    changes = step()
            self.workspace.bus.publish(changes)
        except ClaimdeskError as error:
            self.workspace.report_failure(self.text(), error)

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError


class RowService(Protocol):
    """The services of claims, sources and articles, as the generic commands use them."""

    create: Callable[..., Saved]

    def update(self, row_id: int, data: Any, expected_version: int, /) -> Saved: ...
    def delete(self, row_ids: Iterable[int], /) -> Changes: ...
    def restore(self, row_ids: Iterable[int], /) -> Changes: ...


@dataclass(frozen=True, slots=True)
class RowKind:
    """What the create/edit/delete commands need to know of claims, sources or articles: the
    service that keeps them and the undo texts (literal translate() calls, for lupdate)."""

    service: Callable[[Project], RowService]
    new_text: Callable[[], str]
    edit_text: Callable[[], str]
    delete_text: Callable[[int], str]


def _delete_claims_text(count: int) -> str:
    if count == 1:
        return translate("Commands", "Delete claim")
    return translate("Commands", "Delete %n claims").replace("%n", str(count))


CLAIM = RowKind(
    attrgetter("claims"),
    lambda: translate("Commands", "New claim"),
    lambda: translate("Commands", "Edit claim"),
    _delete_claims_text,
)
SOURCE = RowKind(
    attrgetter("sources"),
    lambda: translate("Commands", "New source"),
    lambda: translate("Commands", "Edit source"),
    lambda _count: translate("Commands", "Delete source"),
)
ARTICLE = RowKind(
    attrgetter("articles"),
    lambda: translate("Commands", "New article"),
    lambda: translate("Commands", "Edit article"),
    lambda _count: translate("Commands", "Delete article"),
)


class CreateCommand(ServiceCommand):
    """A new row. Undo deletes it; redo restores that same row, so its id stays valid.

    ``options`` go to the service's create() with the input (a new claim's citations)."""

    def __init__(self, workspace: Workspace, kind: RowKind, data: Any, **options: Any):
        super().__init__(workspace, kind.new_text())
        self.rows = kind.service(workspace.project)
        self.data = data
        self.options = options
        self.created_id: int | None = None
        self.created_sources: list[int] = []

    def apply(self) -> Changes:
        if self.created_id is not None:
            changes = Changes()
            if self.created_sources:
                changes = self.project.sources.restore(self.created_sources)
            return changes | self.rows.restore([self.created_id])
        saved = self.rows.create(self.data, **self.options)
        self.created_id = saved.id
        # Sources created with a drafted claim go and come back with it.
        self.created_sources = sorted(saved.changes.sources)
        return saved.changes

    def revert(self) -> Changes:
        assert self.created_id is not None
        changes = self.rows.delete([self.created_id])
        if self.created_sources:
            changes |= self.project.sources.delete(self.created_sources)
        return changes


class EditCommand(ServiceCommand):
    """An edit made to ``version`` of a row; undo writes ``before`` back over the version the
    edit made, so a change by someone else in between is a conflict, not overwritten."""

    def __init__(
        self,
        workspace: Workspace,
        kind: RowKind,
        row_id: int,
        before: Any,
        after: Any,
        version: int,
    ):
        super().__init__(workspace, kind.edit_text())
        self.rows = kind.service(workspace.project)
        self.kind_name = type(self.rows).__name__
        self.row_id, self.before, self.after, self.version = row_id, before, after, version

    def apply(self) -> Changes:
        return self._save(self.after)

    def revert(self) -> Changes:
        return self._save(self.before)

    def _save(self, data: Any) -> Changes:
        key = (self.kind_name, self.row_id)
        expected = max(self.version, self.workspace.own_versions.get(key, 0))
        saved = self.rows.update(self.row_id, data, expected)
        self.version = saved.version
        self.workspace.own_versions[key] = saved.version
        return saved.changes


class DeleteCommand(ServiceCommand):
    """Hide rows; undo restores them."""

    def __init__(self, workspace: Workspace, kind: RowKind, row_ids: Sequence[int]):
        super().__init__(workspace, kind.delete_text(len(row_ids)))
        self.rows = kind.service(workspace.project)
        self.row_ids = list(row_ids)

    def apply(self) -> Changes:
        return self.rows.delete(self.row_ids)

    def revert(self) -> Changes:
        return self.rows.restore(self.row_ids)


class SetStatusCommand(ServiceCommand):
    def __init__(
        self,
        workspace: Workspace,
        claim_ids: Sequence[int],
        status: Status,
        rationale: str | None,
        evidence: Sequence[EvidenceInput] = (),
    ):
        count = len(claim_ids)
        text = (
            translate("Commands", "Set status")
            if count == 1
            else translate("Commands", "Set status of %n claims").replace("%n", str(count))
        )
        super().__init__(workspace, text)
        self.claim_ids = list(claim_ids)
        self.status = status
        self.rationale = rationale
        self.evidence = tuple(evidence)
        self.review_ids: tuple[int, ...] = ()

    def apply(self) -> Changes:
        change = self.project.reviews.set_status(
            self.claim_ids, self.status, self.rationale, self.evidence
        )
        self.review_ids = change.review_ids
        self._note_versions()
        return change.changes

    def revert(self) -> Changes:
        changes = self.project.reviews.withdraw(self.review_ids)
        self._note_versions()
        return changes

    def _note_versions(self) -> None:
        """A status moves the claim's version on: remember it as this session's own, so
        that undoing an earlier edit of the claim is not taken for a colleague's conflict."""
        for claim_id, version in self.project.claims.versions(self.claim_ids).items():
            self.workspace.own_versions[("ClaimService", claim_id)] = version


class ConfirmVerdictsCommand(ServiceCommand):
    """Confirm verdicts awaiting a second person (four eyes). A confirmation is a signature:
    Undo does not take it back (a new verdict replaces it), so it never enters the undo
    stack; the audit trail records it like every change."""

    final = True

    def __init__(self, workspace: Workspace, review_ids: Sequence[int]):
        super().__init__(workspace, translate("Commands", "Confirm verdict"))
        self.review_ids = list(review_ids)

    def apply(self) -> Changes:
        return self.project.reviews.confirm(self.review_ids)


class SendBackVerdictsCommand(ServiceCommand):
    """Decline verdicts awaiting confirmation (four eyes): final, like a confirmation."""

    final = True

    def __init__(self, workspace: Workspace, review_ids: Sequence[int]):
        super().__init__(workspace, translate("Commands", "Send verdict back"))
        self.review_ids = list(review_ids)

    def apply(self) -> Changes:
        return self.project.reviews.send_back(self.review_ids)


class FourEyesCommand(ServiceCommand):
    """Turn the project's four-eyes rule on or off (undoable)."""

    def __init__(self, workspace: Workspace, on: bool):
        text = (
            translate("Commands", "Ask for four eyes")
            if on
            else translate("Commands", "Stop asking for four eyes")
        )
        super().__init__(workspace, text)
        self.on = on

    def apply(self) -> Changes:
        self.project.project.set_four_eyes(self.on)
        return Changes(everything=True)

    def revert(self) -> Changes:
        self.project.project.set_four_eyes(not self.on)
        return Changes(everything=True)


class LinkCitationCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, data: CitationInput):
        super().__init__(workspace, translate("Commands", "Link excerpt"))
        self.data = data
        self.citation_id: int | None = None

    def apply(self) -> Changes:
        saved = self.project.citations.link(self.data)
        self.citation_id = saved.id
        return saved.changes

    def revert(self) -> Changes:
        assert self.citation_id is not None
        return self.project.citations.unlink(self.citation_id)


class UnlinkCitationCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, citation: CitationRecord):
        super().__init__(workspace, translate("Commands", "Remove citation"))
        self.citation_id = citation.id
        self.data = CitationInput(
            citation.claim_id,
            citation.article.id,
            citation.excerpt,
            citation.start,
            citation.end,
            citation.role,
        )

    def apply(self) -> Changes:
        return self.project.citations.unlink(self.citation_id)

    def revert(self) -> Changes:
        saved = self.project.citations.link(self.data)
        self.citation_id = saved.id
        return saved.changes


class RelateClaimsCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, data: RelationInput):
        super().__init__(workspace, translate("Commands", "Relate claims"))
        self.data = data
        self.relation_id: int | None = None

    def apply(self) -> Changes:
        saved = self.project.relations.relate(self.data)
        self.relation_id = saved.id
        return saved.changes

    def revert(self) -> Changes:
        assert self.relation_id is not None
        return self.project.relations.unrelate(self.relation_id)


class ResolveConflictCommand(ServiceCommand):
    """Resolve a conflicting figure with a relation from ``from_claim`` to ``to_claim``
    (supersedes: the first supersedes the second); undo removes that relation again."""

    def __init__(
        self, workspace: Workspace, from_claim: int, to_claim: int, resolution: RelationKind
    ):
        super().__init__(workspace, translate("Commands", "Resolve conflicting figures"))
        self.from_claim, self.to_claim, self.resolution = from_claim, to_claim, resolution
        self.relation_id: int | None = None

    def apply(self) -> Changes:
        saved = self.project.conflicts.resolve(self.from_claim, self.to_claim, self.resolution)
        self.relation_id = saved.id
        return saved.changes

    def revert(self) -> Changes:
        assert self.relation_id is not None
        return self.project.relations.unrelate(self.relation_id)


class ReopenConflictCommand(ServiceCommand):
    """Take back a conflict's resolution (its relation); undo resolves it the same way."""

    def __init__(
        self,
        workspace: Workspace,
        relation_id: int,
        from_claim: int,
        to_claim: int,
        resolution: RelationKind,
    ):
        super().__init__(workspace, translate("Commands", "Reopen conflicting figures"))
        self.relation_id = relation_id
        self.from_claim, self.to_claim, self.resolution = from_claim, to_claim, resolution

    def apply(self) -> Changes:
        return self.project.relations.unrelate(self.relation_id)

    def revert(self) -> Changes:
        saved = self.project.conflicts.resolve(self.from_claim, self.to_claim, self.resolution)
        self.relation_id = saved.id
        return saved.changes


class UnrelateClaimsCommand(ServiceCommand):
    """Remove a relation between two claims; undo relates them again (a new row, same kind,
    direction and note)."""

    def __init__(self, workspace: Workspace, relation: RelationRecord):
        super().__init__(workspace, translate("Commands", "Remove relation"))
        self.relation_id = relation.id
        self.data = RelationInput(
            relation.from_claim_id, relation.to_claim_id, relation.kind, relation.note
        )

    def apply(self) -> Changes:
        return self.project.relations.unrelate(self.relation_id)

    def revert(self) -> Changes:
        saved = self.project.relations.relate(self.data)
        self.relation_id = saved.id
        return saved.changes


class CaptureArticleCommand(ServiceCommand):
    """Save a captured article: a new one, or a new version of one captured before."""

    def __init__(self, workspace: Workspace, data: ArticleInput, publisher_name: str | None):
        super().__init__(workspace, translate("Commands", "Capture article"))
        self.data = data
        self.publisher_name = publisher_name
        self.result: CaptureResult | None = None
        self._swap_back: int | None = None  # the version to restore on the next undo/redo

    def apply(self) -> Changes:
        if self.result is None:
            self.result = self.project.captures.capture(self.data, self.publisher_name)
            self._swap_back = self.result.previous_capture_id
            return self.result.changes
        if self.result.outcome is CaptureOutcome.CREATED:
            return self.project.articles.restore([self.result.article_id])
        return self._swap()

    def revert(self) -> Changes:
        assert self.result is not None
        if self.result.outcome is CaptureOutcome.CREATED:
            return self.project.articles.delete([self.result.article_id])
        return self._swap()

    @property
    def changed_nothing(self) -> bool:
        return self.result is not None and self.result.outcome is CaptureOutcome.UNCHANGED

    def _swap(self) -> Changes:
        """Make the kept version current; the one replaced is kept in turn."""
        if self._swap_back is None:
            return Changes()
        swapped = self.project.captures.restore(self._swap_back)
        self._swap_back = swapped.previous_capture_id
        return swapped.changes


class SaveViewCommand(ServiceCommand):
    """Save the table's search, filters, order and columns under a name; saving under the
    name of an existing view redefines that view (undo restores its earlier definition)."""

    def __init__(
        self,
        workspace: Workspace,
        name: str,
        query: ClaimQuery,
        columns: Sequence[str],
        replacing: SavedViewRecord | None = None,
    ):
        super().__init__(workspace, translate("Commands", "Save view"))
        self.name, self.query, self.columns = name, query, tuple(columns)
        self.replacing = replacing
        self.view_id: int | None = replacing.id if replacing else None

    def apply(self) -> Changes:
        views = self.project.saved_views
        if self.replacing is not None:
            return views.update(self.replacing.id, self.name, self.query, self.columns).changes
        saved = views.create(self.name, self.query, self.columns)
        self.view_id = saved.id
        return saved.changes

    def revert(self) -> Changes:
        assert self.view_id is not None
        views = self.project.saved_views
        if self.replacing is not None:
            old = self.replacing
            return views.update(old.id, old.name, old.query, old.columns).changes
        views.delete(self.view_id)
        return Changes(views=frozenset({self.view_id}))


class DeleteViewCommand(ServiceCommand):
    def __init__(self, workspace: Workspace, view: SavedViewRecord):
        super().__init__(
            workspace, translate("Commands", "Delete view “%1”").replace("%1", view.name)
        )
        self.view = view

    def apply(self) -> Changes:
        self.view = self.project.saved_views.delete(self.view.id)
        return Changes(views=frozenset({self.view.id}))

    def revert(self) -> Changes:
        return self.project.saved_views.restore(self.view).changes
