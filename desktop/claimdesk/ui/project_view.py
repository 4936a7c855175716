"""The body of the window for an open project: navigation, the table pages, the detail pane."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ClaimdeskError
from ..core.services.claim_list import ClaimQuery
from ..core.services.saved_views import SavedViewRecord
from . import messages
from .claim_panel import ClaimPanel
from .commands import DeleteViewCommand, SaveViewCommand
from .conflicts_view import ConflictsPage
from .detail_views import ClaimDetailView, RecordView, SourceDetailView
from .history_panel import ClaimHistoryPanel
from .saved_view_list import SavedViewList
from .settings import Settings
from .table_models import ArticleTableModel, ClaimTableModel, SourceTableModel
from .table_pages import ClaimTablePage, TablePage
from .timeline_panel import TimelinePanel, TimelineWindow
from .workspace import Workspace

if TYPE_CHECKING:
    from .article_reader import ArticleReader


class Section(IntEnum):
    CLAIMS = 0
    REVIEW = 1
    ARTICLES = 2
    SOURCES = 3
    CONFLICTS = 4

    @property
    def holds_claims(self) -> bool:
        return self in (Section.CLAIMS, Section.REVIEW)


class ProjectView(QWidget):
    """Wires each table to its detail view; the window only asks what is selected.

    Only the claims page is built when a project opens; the other sections are built the
    first time they are shown, which keeps opening a project quick.
    """

    section_changed = Signal(object)  # Section
    selection_changed = Signal()
    activated = Signal(int)  # a row was double-clicked or Enter was pressed on it
    claim_requested = Signal(int)  # select it: a reading view highlight, a hit's Open
    new_claim_from = Signal(object)  # Selection in an article
    link_from = Signal(object)  # Selection in an article

    def __init__(self, workspace: Workspace, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._settings = settings
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setMinimumWidth(120)
        for text in (
            self.tr("Claims"),
            self.tr("Review queue"),
            self.tr("Articles"),
            self.tr("Sources"),
            self.tr("Conflicting figures"),
        ):
            QListWidgetItem(text, self.navigation)
        self.saved_views = SavedViewList(workspace)
        self.saved_views.chosen.connect(self.show_view)
        self.saved_views.delete_requested.connect(
            lambda view: self.workspace.push(DeleteViewCommand(self.workspace, view))
        )
        left = QWidget()
        left.setMinimumWidth(170)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.navigation, 0)
        views_label = QLabel(self.tr("Saved &views"))
        views_label.setBuddy(self.saved_views)
        column.addWidget(views_label)
        column.addWidget(self.saved_views, 1)
        rows = self.navigation.sizeHintForRow(0) * self.navigation.count()
        self.navigation.setFixedHeight(rows + 2 * self.navigation.frameWidth() + 4)
        self.tables = QStackedWidget()
        self.details = QStackedWidget()
        self.pages = _Pages(self._build_page)
        self._details: dict[type, RecordView | ArticleReader] = {}
        # The claims' pane: details, similar claims, the timeline, the history (tabs; see
        # claim_panel.py).
        self.claim_panel = ClaimPanel(workspace, settings)
        self.claim_panel.article_requested.connect(self.show_article)
        self.claim_panel.claim_requested.connect(self.claim_requested)
        self.claim_panel.details.claim_requested.connect(self.claim_requested)
        self.timeline = TimelinePanel(workspace)
        self.timeline.claim_requested.connect(self.claim_requested)
        self.claim_panel.add_tab(self.timeline, self.tr("Timeline"), "timeline")
        self.history = ClaimHistoryPanel(workspace)  # what happened to it (issue 19)
        self.claim_panel.add_tab(self.history, self.tr("History"), "history")
        self.details.addWidget(self.claim_panel)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tables)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setCollapsible(1, False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.navigation.currentRowChanged.connect(self._section_selected)
        self.navigation.setCurrentRow(Section.CLAIMS)

    @property
    def section(self) -> Section:
        return Section(self.navigation.currentRow())

    @property
    def page(self) -> TablePage:
        return self.pages[self.section]

    @property
    def claim_detail(self) -> ClaimDetailView:
        return self.claim_panel.details

    @property
    def article_detail(self) -> ArticleReader:
        # The reader and the claim suggestions it shows load when an article is first shown.
        from .article_reader import ArticleReader

        reader = self._details.get(ArticleReader)
        if reader is None:
            reader = self._detail(ArticleReader)
            reader.claim_activated.connect(self.claim_requested)
            reader.new_claim_requested.connect(self.new_claim_from)
            reader.link_requested.connect(self.link_from)
        return reader  # type: ignore[return-value]

    @property
    def source_detail(self) -> SourceDetailView:
        return self._detail(SourceDetailView)

    def show_section(self, section: Section) -> None:
        self.navigation.setCurrentRow(section)

    def show_view(self, view: SavedViewRecord) -> None:
        self.show_section(Section.CLAIMS)
        page = self.pages[Section.CLAIMS]
        assert isinstance(page, ClaimTablePage)
        page.apply_view(view.query, view.columns)

    def save_view(self) -> None:
        """Ask for a name and save the claims table's search, filters, order and columns."""
        page = self.pages[Section.CLAIMS]
        assert isinstance(page, ClaimTablePage)
        current = self.saved_views.current_view()
        suggestion = current.name if current is not None else ""
        name, ok = QInputDialog.getText(
            self, self.tr("Save view"), self.tr("Name of the view:"), text=suggestion
        )
        if not ok or not name.strip():
            return
        existing = self.saved_views.named(name)
        if existing is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Save view"),
                self.tr("Replace the view “%1” with what the table shows now?").replace(
                    "%1", existing.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        command = SaveViewCommand(
            self.workspace, name, page.model.query, page.shown_columns(), existing
        )
        try:
            self.workspace.push(command)
        except ClaimdeskError as error:  # a name in use, a server that refuses a reader
            QMessageBox.warning(self, self.tr("Save view"), messages.error_text(error))

    def show_article(self, article_id: int) -> None:
        self.show_section(Section.ARTICLES)
        self.pages[Section.ARTICLES].select_id(article_id)
        self.article_detail.show_id(article_id)

    # The claim's timeline under its details, and the conflicts section (issue 17) ----------

    def _show_details(
        self, detail: ClaimPanel | RecordView | ArticleReader, item_id: int | None
    ) -> None:
        detail.show_id(item_id)

    def show_filter_timeline(self) -> None:
        """View → Timeline of the current filter: the claims table's filter (the review
        queue's when that is shown), one chart per unit, in a window of its own."""
        page = self.page if self.section.holds_claims else self.pages[Section.CLAIMS]
        window = TimelineWindow(self, self.workspace, page.model.query.filter)
        window.claim_requested.connect(self.claim_requested)
        window.show()

    def _build_conflicts_page(self) -> ConflictsPage:
        page = ConflictsPage(self.workspace)
        page.claim_requested.connect(self.claim_requested)
        return page

    def _build_page(self, section: Section) -> TablePage:
        workspace, settings = self.workspace, self._settings
        page: TablePage
        if section is Section.CONFLICTS:
            page = self._build_conflicts_page()  # type: ignore[assignment]
        elif section is Section.CLAIMS:
            model = ClaimTableModel(workspace)
            if workspace.first_claims is not None:
                model.prime(ClaimQuery(), workspace.first_claims)
                workspace.first_claims = None
            page = ClaimTablePage("claims", model, settings)
            page.save_view_requested.connect(self.save_view)
        elif section is Section.REVIEW:
            model = ClaimTableModel(workspace, ClaimQuery.review_queue())
            page = ClaimTablePage("review", model, settings, status_filter=False)
        elif section is Section.ARTICLES:
            page = TablePage("articles", ArticleTableModel(workspace), settings)
        else:
            page = TablePage("sources", SourceTableModel(workspace), settings)
        detail = self._detail_for(section)
        page.current_changed.connect(lambda item_id: self._show_details(detail, item_id))
        page.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        page.model.reloaded.connect(self.selection_changed.emit)
        page.activated.connect(self.activated)
        self.tables.addWidget(page)
        return page

    def _detail_for(self, section: Section) -> ClaimPanel | RecordView | ArticleReader:
        if section.holds_claims or section is Section.CONFLICTS:
            return self.claim_panel
        return self.article_detail if section is Section.ARTICLES else self.source_detail

    def _detail(self, kind: type[ViewT]) -> ViewT:
        view = self._details.get(kind)
        if view is None:
            view = kind(self.workspace)
            self._details[kind] = view
            self.details.addWidget(view)
        return view  # type: ignore[return-value]

    def _section_selected(self, row: int) -> None:
        section = Section(max(row, 0))
        self.saved_views.clearSelection()
        page = self.pages[section]
        self.tables.setCurrentWidget(page)
        detail = self._detail_for(section)
        self.details.setCurrentWidget(detail)
        # Loading starts once the new page has been painted, so that the first layout and
        # paint do not compete with the reader thread for the interpreter.
        QTimer.singleShot(0, page.model.start)
        self._show_details(detail, page.current_id())
        self.section_changed.emit(section)
        self.selection_changed.emit()


ViewT = TypeVar("ViewT", bound="RecordView | ArticleReader")


class _Pages(dict[Section, TablePage]):
    """Section → page, building a page the first time it is asked for."""

    def __init__(self, build: Callable[[Section], TablePage]):
        super().__init__()
        self._build = build

    def __missing__(self, section: Section) -> TablePage:
        page = self._build(section)
        self[section] = page
        return page
