"""One page of the main window: a filter bar over a big table view.

Row heights are fixed (never sized to contents, which would read every row), columns can be
sorted, shown, hidden and resized, and the header layout is remembered per table.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import Status
from ..core.filters import ClaimFilter
from ..core.search import SearchError, parse
from ..core.services.claim_list import ClaimQuery, ClaimSort
from . import formatting as fmt
from . import messages
from .forms import ERROR_STYLE
from .settings import Settings
from .table_models import LazyTableModel
from .translation import translate

FILTER_DELAY_MS = 250


class TablePage(QWidget):
    current_changed = Signal(object)  # id or None
    activated = Signal(int)  # double click / Enter on a row

    def __init__(
        self, key: str, model: LazyTableModel, settings: Settings, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.key = key
        self.model = model
        self._settings = settings
        self._pending_selection: list[int] = []
        self._last_current: int | None = None

        self.filter_bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("TablePage", "Filter…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("TablePage", "Filter"))
        self.search.setMinimumWidth(160)
        self.filter_bar.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(translate("TablePage", "Number of rows"))
        self.filter_bar.addWidget(self.count_label)

        self.view = QTableView()
        self.view.setModel(model)
        self.view.setObjectName(f"{key}_table")
        self.view.setAccessibleName(key)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The header starts out showing the model's own order; enabling sorting applies the
        # header's indicator, which must not silently re-sort (the review queue is oldest first).
        self._show_sort_of_query()
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.hide()
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._restore_header()
        header.sortIndicatorChanged.connect(lambda *_: self._save_header())
        header.sectionResized.connect(lambda *_: self._save_header())
        header.sectionMoved.connect(lambda *_: self._save_header())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.view)

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.doubleClicked.connect(self._double_clicked)
        model.reloaded.connect(self._reloaded)
        model.count_estimated.connect(lambda _count: self._update_count())
        model.page_loaded.connect(lambda *_: self._restore_selection())
        self._update_count()

    # Selection ----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [item for item in (self.model.id_at(row) for row in rows) if item is not None]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_id(self, item_id: int) -> None:
        """Select a row by id once it is known (after a reload or when its page arrives)."""
        self._pending_selection = [item_id]
        self._restore_selection()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.id_at(current.row()) if current.isValid() else None)

    def _double_clicked(self, index: QModelIndex) -> None:
        item_id = self.model.id_at(index.row())
        if item_id is not None:
            self.activated.emit(item_id)

    def _reloaded(self) -> None:
        if not self._pending_selection:
            self._pending_selection = [self._last_current] if self._last_current else []
        self._update_count()
        self._restore_selection()

    def _restore_selection(self) -> None:
        if not self._pending_selection:
            return
        selection = self.view.selectionModel()
        for item_id in self._pending_selection:
            row = self.model.row_of(item_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
            self.view.scrollTo(index)
            self._pending_selection = []
            return

    def remember_current(self) -> None:
        """Called before changes so that the same item is selected again afterwards."""
        self._last_current = self.current_id()

    # Filtering ----------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self.apply_filter(self.search.text())

    def apply_filter(self, text: str) -> None:
        self.model.set_query(dataclasses.replace(self.model.query, text=text))

    def _update_count(self) -> None:
        estimate = self.model.estimated_count  # None once the exact count is in
        count = self.model.rowCount() if estimate is None else messages.roughly(estimate)
        # Two source texts for the two forms (see messages._plural); the figure itself is then
        # shown with locale grouping.
        one = translate("TablePage", "%n row")
        many = translate("TablePage", "%n rows")
        text = (one if count == 1 else many).replace("%n", fmt.number_text(count))
        self.count_label.setText(text if estimate is None else messages.approximately(text))

    # Columns ------------------------------------------------------------------------------

    def _header_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        header = self.view.horizontalHeader()
        for column, spec in enumerate(self.model.columns):
            action = menu.addAction(spec.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
        menu.addSeparator()
        menu.addAction(translate("TablePage", "Reset columns"), self._reset_header)
        menu.exec(header.mapToGlobal(position))

    def shown_columns(self) -> list[str]:
        """The keys of the visible columns, in the order they are shown."""
        header = self.view.horizontalHeader()
        logical = [header.logicalIndex(visual) for visual in range(header.count())]
        return [self.model.columns[i].key for i in logical if not header.isSectionHidden(i)]

    def show_columns(self, keys: Sequence[str]) -> None:
        """Show these columns in this order (unknown keys are skipped), hide the rest."""
        header = self.view.horizontalHeader()
        position = {column.key: i for i, column in enumerate(self.model.columns)}
        wanted = [position[key] for key in keys if key in position]
        if not wanted:
            return
        for logical in range(header.count()):
            header.setSectionHidden(logical, logical not in wanted)
        for visual, logical in enumerate(wanted):
            header.moveSection(header.visualIndex(logical), visual)
        self._save_header()

    def _show_column(self, column: int, shown: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(column, not shown)
        self._save_header()

    def _restore_header(self) -> None:
        header = self.view.horizontalHeader()
        state = self._settings.header_state(self.key)
        if state is None or not header.restoreState(state):
            self._default_header()

    def _show_sort_of_query(self) -> None:
        query = self.model.query
        header = self.view.horizontalHeader()
        for column, spec in enumerate(self.model.columns):
            if spec.sort is not None and spec.sort == query.sort:
                order = (
                    Qt.SortOrder.DescendingOrder
                    if query.descending
                    else Qt.SortOrder.AscendingOrder
                )
                header.setSortIndicator(column, order)
                return
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def _default_header(self) -> None:
        header = self.view.horizontalHeader()
        width = self.fontMetrics().averageCharWidth()
        for column, spec in enumerate(self.model.columns):
            header.setSectionHidden(column, spec.hidden_by_default)
            header.resizeSection(column, width * spec.width + 16)
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if spec.stretch
                else QHeaderView.ResizeMode.Interactive,
            )
        self._show_sort_of_query()

    def _reset_header(self) -> None:
        self._default_header()
        self._save_header()

    def _save_header(self) -> None:
        self._settings.set_header_state(self.key, self.view.horizontalHeader().saveState())


class ClaimTablePage(TablePage):
    """The claims table: the search box, a status filter, every other filter in a dialog,
    and (on the main claims page) saving all of it as a view."""

    save_view_requested = Signal()

    def __init__(
        self,
        key: str,
        model: LazyTableModel,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        status_filter: bool = True,
    ):
        super().__init__(key, model, settings, parent)
        self.search.setPlaceholderText(
            self.tr('Search: words, "a phrase", prefix*, this OR that, -without')
        )
        self.search.setToolTip(
            self.tr(
                "Searches the claims' statements, quotes, notes, tags, source names, excerpts "
                "and the titles of the articles they are cited in. Case and accents do not "
                "matter."
            )
        )
        self.article_text = QCheckBox(self.tr("Also search article text"))
        self.article_text.setToolTip(
            self.tr(
                "Also find claims cited in an article whose text matches, even when the claim "
                "itself does not mention the words"
            )
        )
        self.article_text.setChecked(settings.search_article_text())
        self.article_text.toggled.connect(self._article_text_toggled)
        self.filter_bar.insertWidget(1, self.article_text)
        if self.article_text.isChecked() and not model.query.filter.in_article_text:
            model.set_query(model.query.with_filter(in_article_text=True))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("Any status"), None)
        for status in Status:
            self.status.addItem(fmt.status_label(status), status)
        self.status.currentIndexChanged.connect(self._status_changed)
        # As wide as the chosen status, not the longest one: German labels are long, and the
        # search box must keep its room on a 1366-pixel screen.
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status.setMinimumContentsLength(12)
        self.filters_button = QPushButton()
        self.filters_button.clicked.connect(self.edit_filters)
        self.filter_bar.insertWidget(1, self.filters_button)
        self.save_view_button = QPushButton(self.tr("Save &view…"))
        self.save_view_button.clicked.connect(self.save_view_requested)
        if status_filter:
            self.filter_bar.insertWidget(1, self.status)
            self.filter_bar.insertWidget(3, self.save_view_button)
        else:
            self.status.hide()
            self.save_view_button.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.layout().insertWidget(1, self.message)
        model.failed.connect(self._show_problem)
        self._show_filters()

    def edit_filters(self) -> None:
        from .dialogs.claim_filter_dialog import ClaimFilterDialog

        query: ClaimQuery = self.model.query
        dialog = ClaimFilterDialog(self, self.model.workspace, query.filter)
        if dialog.exec() and dialog.result_value is not None:
            self.model.set_query(dataclasses.replace(query, filter=dialog.result_value))
            self._show_filters()

    def apply_view(self, query: ClaimQuery, columns: Sequence[str]) -> None:
        """Show a saved view: its search, filters, order and (when it names them) columns."""
        self._filter_timer.stop()
        with QSignalBlocker(self.search):
            self.search.setText(query.filter.search)
        with QSignalBlocker(self.article_text):
            self.article_text.setChecked(query.filter.in_article_text)
        self._show_problem("")
        self.model.set_query(query)
        self._show_filters()
        if columns:
            self.show_columns(columns)
        self._show_sort_of_query()

    def _show_filters(self) -> None:
        query: ClaimQuery = self.model.query
        statuses = query.filter.statuses
        with QSignalBlocker(self.status):
            single = next(iter(statuses)) if len(statuses) == 1 else None
            self.status.setCurrentIndex(
                max(self.status.findData(single.value if single else None), 0)
            )
        others = filter_count(query.filter) - (1 if single is not None else 0)
        self.filters_button.setText(
            self.tr("&Filters (%1)…").replace("%1", str(others)) if others else self.tr("&Filters…")
        )

    def _show_problem(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def apply_filter(self, text: str) -> None:
        try:
            parse(text)
        except SearchError as error:
            # The table keeps showing the last good search.
            self._show_problem(messages.error_text(error))
            return
        self._show_problem("")
        query: ClaimQuery = self.model.query
        changed = query.with_filter(search=text)
        if text.strip() and not query.filter.search.strip() and query.sort is ClaimSort.ID:
            # A new search shows the best matches first; clicking a column sorts by it.
            changed = dataclasses.replace(changed, sort=ClaimSort.RELEVANCE, descending=True)
        self.model.set_query(changed)
        self._show_sort_of_query()

    def _article_text_toggled(self, on: bool) -> None:
        self._settings.set_search_article_text(on)
        query: ClaimQuery = self.model.query
        self.model.set_query(query.with_filter(in_article_text=on))

    def _status_changed(self) -> None:
        # Qt hands the item data back as plain text, not as the enum it was given.
        status = Status(self.status.currentData()) if self.status.currentData() else None
        query: ClaimQuery = self.model.query
        self.model.set_query(
            query.with_filter(statuses=frozenset({status}) if status else frozenset())
        )
        self._show_filters()


def filter_count(wanted: ClaimFilter) -> int:
    """How many filters (other than the search) narrow the list."""
    return len(wanted.given().keys() - {"search", "in_article_text"})
