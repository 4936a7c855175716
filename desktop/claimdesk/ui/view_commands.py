"""Undoable changes to saved views."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ..core.records import Changes
from ..core.services.claim_list import ClaimQuery
from ..core.services.saved_views import SavedViewRecord
from .commands import ServiceCommand
from .workspace import Workspace

translate = QCoreApplication.translate


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
