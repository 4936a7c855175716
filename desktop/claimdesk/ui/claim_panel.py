"""The claim pane: the selected claim's details and what the project holds around it, as tabs
("Details", "Similar", and those added by ``add_tab``, such as the timeline).

Each tab shows a claim through ``show_claim(claim_id)`` (the details view through its
``show_id``). The details follow every selection; another tab is given the claim only while
it is in view, or when it is brought into view, so that a hidden tab reads nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from ..core.errors import ClaimdeskError
from ..core.records import RelationRecord
from . import messages
from .commands import UnrelateClaimsCommand
from .detail_views import ClaimDetailView
from .settings import Settings
from .similar_panel import SimilarPanel
from .workspace import Workspace


class ClaimPanel(QTabWidget):
    article_requested = Signal(int)  # a citation's article in the details was clicked
    claim_requested = Signal(int)  # a claim shown in a tab asked to be opened (selected)

    def __init__(self, workspace: Workspace, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._settings = settings
        self.current_id: int | None = None
        self._given: dict[int, int | None] = {}  # id(tab) -> the claim it was last given
        self.setDocumentMode(True)
        self.setAccessibleName(self.tr("Claim"))
        self.details = ClaimDetailView(workspace)
        self.details.article_requested.connect(self.article_requested)
        self.details.unrelate_requested.connect(self._unrelate)
        self.similar = SimilarPanel(workspace)
        self.similar.open_requested.connect(self.claim_requested)
        self.add_tab(self.details, self.tr("Details"), "details")
        self.add_tab(self.similar, self.tr("Similar"), "similar")
        self.currentChanged.connect(self._tab_changed)

    def add_tab(self, widget: QWidget, title: str, name: str = "") -> int:
        """Add a tab that shows the selected claim through ``widget.show_claim(claim_id)``;
        ``name`` (default: the widget's class) keeps it as the remembered tab."""
        widget.setProperty("claim_tab", name or type(widget).__name__)
        index = self.addTab(widget, title)
        if widget.property("claim_tab") == self._settings.claim_tab():
            self.setCurrentIndex(index)
        if self.currentWidget() is widget:
            self._give(widget)
        return index

    def show_id(self, claim_id: int | None) -> None:
        """The claim selected in the table (None: nothing selected)."""
        self.current_id = claim_id
        self._give(self.details)
        current = self.currentWidget()
        if current is not self.details:
            self._give(current)

    def _give(self, tab: QWidget) -> None:
        if tab is None or self._given.get(id(tab), -1) == self.current_id:
            return
        self._given[id(tab)] = self.current_id
        show = getattr(tab, "show_claim", None) or tab.show_id  # type: ignore[attr-defined]
        show(self.current_id)

    def _tab_changed(self, index: int) -> None:
        tab = self.widget(index)
        if tab is None:
            return
        self._give(tab)
        self._settings.set_claim_tab(str(tab.property("claim_tab") or ""))

    def _unrelate(self, relation: RelationRecord) -> None:
        command = UnrelateClaimsCommand(self.workspace, relation)
        try:
            self.workspace.push(command)
        except ClaimdeskError as error:  # removed meanwhile by someone else
            QMessageBox.warning(self, command.text(), messages.error_text(error))
