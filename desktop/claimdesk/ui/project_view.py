"""The body of the window for an open project: navigation, the table pages, the detail pane."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..core.services.claim_list import ClaimQuery
from .detail_views import ArticleDetailView, ClaimDetailView, SourceDetailView
from .settings import Settings
from .table_models import ArticleTableModel, ClaimTableModel, SourceTableModel
from .table_pages import ClaimTablePage, TablePage
from .workspace import Workspace


class Section(IntEnum):
    CLAIMS = 0
    REVIEW = 1
    ARTICLES = 2
    SOURCES = 3

    @property
    def holds_claims(self) -> bool:
        return self in (Section.CLAIMS, Section.REVIEW)


class ProjectView(QWidget):
    """Wires each table to its detail view; the window only asks what is selected."""

    section_changed = Signal(object)  # Section
    selection_changed = Signal()

    def __init__(self, workspace: Workspace, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setMinimumWidth(120)
        for text in (
            self.tr("Claims"),
            self.tr("Review queue"),
            self.tr("Articles"),
            self.tr("Sources"),
        ):
            QListWidgetItem(text, self.navigation)

        self.pages: dict[Section, TablePage] = {
            Section.CLAIMS: ClaimTablePage("claims", ClaimTableModel(workspace), settings),
            Section.REVIEW: ClaimTablePage(
                "review",
                ClaimTableModel(workspace, ClaimQuery.review_queue()),
                settings,
                status_filter=False,
            ),
            Section.ARTICLES: TablePage("articles", ArticleTableModel(workspace), settings),
            Section.SOURCES: TablePage("sources", SourceTableModel(workspace), settings),
        }
        self.claim_detail = ClaimDetailView(workspace)
        self.article_detail = ArticleDetailView(workspace)
        self.source_detail = SourceDetailView(workspace)
        self.tables = QStackedWidget()
        self.details = QStackedWidget()
        for section in Section:
            self.tables.addWidget(self.pages[section])
        for view in (self.claim_detail, self.article_detail, self.source_detail):
            self.details.addWidget(view)

        for section in (Section.CLAIMS, Section.REVIEW):
            page = self.pages[section]
            page.current_changed.connect(self.claim_detail.show_id)
        self.pages[Section.ARTICLES].current_changed.connect(self.article_detail.show_id)
        self.pages[Section.SOURCES].current_changed.connect(self.source_detail.show_id)
        for page in self.pages.values():
            page.view.selectionModel().selectionChanged.connect(
                lambda *_: self.selection_changed.emit()
            )
            page.model.reloaded.connect(self.selection_changed.emit)
        self.claim_detail.article_requested.connect(self.show_article)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
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
        return Section(self.tables.currentIndex())

    @property
    def page(self) -> TablePage:
        return self.pages[self.section]

    def show_section(self, section: Section) -> None:
        self.navigation.setCurrentRow(section)

    def show_article(self, article_id: int) -> None:
        self.show_section(Section.ARTICLES)
        self.pages[Section.ARTICLES].select_id(article_id)
        self.article_detail.show_id(article_id)

    def _section_selected(self, row: int) -> None:
        section = Section(max(row, 0))
        self.tables.setCurrentIndex(section)
        self.details.setCurrentIndex({Section.ARTICLES: 1, Section.SOURCES: 2}.get(section, 0))
        page = self.pages[section]
        page.model.start()
        detail = self.details.currentWidget()
        assert isinstance(detail, ClaimDetailView | ArticleDetailView | SourceDetailView)
        detail.show_id(page.current_id())
        self.section_changed.emit(section)
        self.selection_changed.emit()
