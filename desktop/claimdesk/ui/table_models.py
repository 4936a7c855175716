"""Table models for tables of any size: a row count plus pages of rows read on demand.

The model never holds the whole result. ``rowCount`` is a COUNT query; ``data`` serves rows
from a page cache and, for a page it does not have, asks the reader thread for it and shows
an empty row until it arrives. Sorting and filtering change the query and re-ask the
database; nothing is sorted in Python. After a change the visible pages are re-read and the
model patches rows in place when the order is unchanged, so the selection stays put.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from ..core.errors import ClaimdeskError
from ..core.jobs import CancelToken
from ..core.records import Changes
from ..core.services.catalogue_list import ArticleQuery, SourceQuery
from ..core.services.claim_list import ClaimQuery
from . import messages
from .table_columns import (
    CONFLICT_COLOUR,
    STATUS_COLOURS,
    Column,
    article_columns,
    claim_columns,
    source_columns,
)
from .workspace import Workspace

log = logging.getLogger(__name__)

Row = TypeVar("Row")
Query = TypeVar("Query")
Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
USER = Qt.ItemDataRole.UserRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
DECORATION = Qt.ItemDataRole.DecorationRole
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MAX_CACHED_PAGES = 60  # about 6,000 rows: a few screens around every place the user looked
ANCHOR_SPACING = 1000
ANCHOR_DELAY_MS = 250
ANCHORS_PER_READ = 100  # one background read: ~70 ms on a million rows, so pages never wait long


Fetched = tuple[list[Row], list[tuple[str, ...]]]


class Listing(Protocol[Query, Row]):
    # A listing may also offer quick_count(query, cancel) -> ClaimCount | None: a figure to
    # show while count() runs (ClaimListService does, for searches).
    def count(self, query: Query, cancel: CancelToken | None = None) -> int: ...
    def page(
        self, query: Query, offset: int, limit: int, cancel: CancelToken | None = None
    ) -> list[Row]: ...
    def rows(self, ids: Sequence[int]) -> list[Row]: ...


class LazyTableModel(QAbstractTableModel, Generic[Query, Row]):
    """Count + pages + row cache over a listing service, all reads on the reader thread."""

    served_roles: frozenset[int] = frozenset({DISPLAY, TOOLTIP, ALIGNMENT, USER})
    #: What the rows are, for words about them ("about 12,000 claims").
    table = "rows"

    #: Emitted after a new count arrived and the model was reset (query, sort or refresh).
    reloaded = Signal()
    #: Emitted when a page of rows arrived (first row, last row).
    page_loaded = Signal(int, int)
    #: Emitted when the query could not be read (the message says why); the table is empty.
    failed = Signal(str)
    #: Emitted when an estimate of the count arrived ahead of the count (``estimated_count``).
    count_estimated = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        listing: Listing[Query, Row],
        query: Query,
        columns: list[Column[Row]],
    ):
        super().__init__()
        self._workspace = workspace
        self._listing = listing
        self._query = query
        self.columns = columns
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        # Display texts per cached page, formatted on the reader thread: babel formatting is
        # too slow to redo for every cell on every paint.
        self._texts: dict[int, list[tuple[str, ...]]] = {}
        self._anchors: list[Any] = []
        self._requested: dict[int, int] = {}  # page → reader ticket
        self._generation = 0
        self._count_ticket: int | None = None
        self._quick_ticket: int | None = None
        self._first_ticket: int | None = None
        #: While loading: an estimate of the count (shown as "about …"), until the count.
        self.estimated_count: int | None = None
        self.loading = False
        self.started = False
        workspace.bus.changed.connect(self.apply_changes)

    def start(self) -> None:
        """Begin loading (pages of hidden sections wait until they are first shown)."""
        if not self.started:
            self.started = True
            self.reload()

    def prime(self, query: Query, fetched: Fetched[Row]) -> None:
        """Show a first page read ahead of time (while the project opened); the count and
        everything else follow as usual."""
        if self.started or query != self._query:
            return
        self.started = True
        self.reload(first_page=fetched)

    # Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Views ask for about ten roles per cell on every paint; the roles no column serves
        # are answered before any lookup (this method runs tens of thousands of times a second).
        if role not in self.served_roles or not index.isValid():
            return None
        number, within = divmod(index.row(), PAGE_SIZE)
        page = self._pages.get(number)
        if page is None or within >= len(page):
            if 0 <= index.row() < self._count:
                self._request(number)
            return "" if role == DISPLAY else None
        if role == DISPLAY:
            return self._texts[number][within][index.column()]
        row = page[within]
        column = self.columns[index.column()]
        if role == TOOLTIP:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == ALIGNMENT:
            return RIGHT_ALIGNED if column.align_right else None
        if role == USER:
            return row_id(row)
        return self.extra_data(row, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):  # the indicator cleared (best match first)
            return
        key = self.columns[column].sort
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(dataclasses.replace(self._query, sort=key, descending=descending))  # type: ignore[type-var]

    def extra_data(self, row: Row, column: Column[Row], role: int) -> Any:
        """Hook for colours and icons."""
        return None

    # Queries ------------------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    @property
    def query(self) -> Query:
        return self._query

    def set_query(self, query: Query) -> None:
        if query != self._query:
            self._query = query
            if self.started:
                self.reload()

    def reload(self, first_page: Fetched[Row] | None = None) -> None:
        """Re-read from the start: the first page, then a quick count where the listing
        has one, then the count.

        The first page is shown as soon as it arrives (a COUNT over a million rows takes
        longer than reading 100 of them); the remaining rows are inserted when the count
        follows, so nothing is reset twice and the user sees rows at once. A quick count
        that is exact stands for the count; an estimate is only shown ("about …").
        """
        self._new_generation()
        generation, query = self._generation, self._query
        # A newer query stops the older one, even mid-statement (typing "Kursk" must not wait
        # for the count of everything matching "K" to finish).
        self._cancel_loading()
        self.loading = True
        token = CancelToken()
        # The reader serves the newest request first: the page, the quick count, the count.
        self._count_ticket = self._workspace.reader.submit(
            lambda: self._listing.count(query, cancel=token),
            lambda count: self._count_arrived(generation, count),
            lambda error: self._load_failed(generation, error),
            token,
        )
        quick_count = getattr(self._listing, "quick_count", None)
        if quick_count is not None:
            self._quick_ticket = self._workspace.reader.submit(
                lambda: quick_count(query, cancel=token),
                lambda counted: self._quick_count_arrived(generation, counted),
                lambda error: self._load_failed(generation, error),
                token,
            )
        if first_page is not None:
            self._first_page_arrived(generation, first_page)
            return
        self._first_ticket = self._workspace.reader.submit(
            lambda: self._fetch(query, 0, token),
            lambda fetched: self._first_page_arrived(generation, fetched),
            lambda error: self._load_failed(generation, error),
            token,
        )

    def _cancel_loading(self) -> None:
        for ticket in (self._count_ticket, self._quick_ticket, self._first_ticket):
            if ticket is not None:
                self._workspace.reader.cancel(ticket)
        self._count_ticket = self._quick_ticket = self._first_ticket = None

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._cancel_loading()
        self.beginResetModel()
        self._drop_cache()
        self._count = 0
        self.endResetModel()
        self.loading = False
        if not isinstance(error, ClaimdeskError):
            log.error("reading the table failed", exc_info=error)
        self.failed.emit(messages.error_text(error))
        self.reloaded.emit()

    def _first_page_arrived(self, generation: int, fetched: Fetched[Row]) -> None:
        if generation != self._generation:
            return
        self._first_ticket = None
        self.beginResetModel()
        self._drop_cache()
        self._store(0, fetched)
        rows = fetched[0]
        self._count = len(rows)
        self.endResetModel()
        if len(rows) < PAGE_SIZE:  # the whole result: the count cannot tell more
            self._finish_loading()

    def _quick_count_arrived(self, generation: int, counted: Any) -> None:
        if generation != self._generation:
            return
        self._quick_ticket = None
        if counted is None:
            return
        if counted.exact:
            if self._count_ticket is not None:
                self._workspace.reader.cancel(self._count_ticket)
            self._count_arrived(generation, counted.value)
            return
        self.estimated_count = counted.value
        self.count_estimated.emit(counted.value)

    def _count_arrived(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        self._count_ticket = None
        if self._first_ticket is not None:  # the count won the race: one plain reset
            self._workspace.reader.cancel(self._first_ticket)
            self._first_ticket = None
            self.beginResetModel()
            self._drop_cache()
            self._count = count
            self.endResetModel()
        elif count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # rows went away between the two reads
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            for number in [n for n in self._pages if n * PAGE_SIZE >= count]:
                del self._pages[number]
                self._texts.pop(number, None)
            self.endRemoveRows()
        self._finish_loading()

    def _finish_loading(self) -> None:
        for ticket in (self._count_ticket, self._quick_ticket):
            if ticket is not None:
                self._workspace.reader.cancel(ticket)
        self._count_ticket = self._quick_ticket = None
        self.estimated_count = None
        self.loading = False
        self.reloaded.emit()
        # Later, not now: the view is busy laying out the rows that just arrived, and the
        # anchor reads would compete with it for the interpreter.
        generation = self._generation
        QTimer.singleShot(ANCHOR_DELAY_MS, lambda: self._extend_anchors(generation))

    def _new_generation(self) -> None:
        """Everything read so far may be out of date: results of older requests are dropped,
        and anchors (row positions) no longer hold."""
        self._generation += 1
        self._anchors = []
        self.estimated_count = None

    def _extend_anchors(self, generation: int) -> None:
        """Learn, a hundred at a time in the background, where every thousandth row is, so that
        a page deep in a big table starts from a nearby anchor instead of counting from row 0."""
        anchors = getattr(self._listing, "anchors", None)
        if anchors is None or generation != self._generation:
            return
        if self._count < 2 * ANCHOR_SPACING or len(self._anchors) * ANCHOR_SPACING >= self._count:
            return
        query, last = self._query, (self._anchors[-1] if self._anchors else None)

        def arrived(found: list[Any]) -> None:
            if generation != self._generation:
                return
            self._anchors.extend(found)
            if len(found) == ANCHORS_PER_READ:
                self._extend_anchors(generation)

        self._workspace.reader.submit(
            lambda: anchors(query, last, ANCHOR_SPACING, ANCHORS_PER_READ), arrived
        )

    def _drop_cache(self) -> None:
        for ticket in self._requested.values():
            self._workspace.reader.cancel(ticket)
        self._requested.clear()
        self._pages.clear()
        self._texts.clear()

    # Rows ---------------------------------------------------------------------------------

    def row_at(self, row: int) -> Row | None:
        """The row if its page is cached; otherwise None and the page is requested."""
        number, within = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            self._request(number)
            return None
        self._pages.move_to_end(number)
        return page[within] if within < len(page) else None

    def cached_row(self, row: int) -> Row | None:
        """The row if its page is cached, without asking for anything."""
        number, within = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        return page[within] if page is not None and within < len(page) else None

    def id_at(self, row: int) -> int | None:
        found = self.cached_row(row)
        return None if found is None else row_id(found)

    def row_of(self, item_id: int) -> int | None:
        """Where an id sits, if it is in a cached page."""
        for number, page in self._pages.items():
            for within, found in enumerate(page):
                if row_id(found) == item_id:
                    return number * PAGE_SIZE + within
        return None

    def _request(self, number: int) -> None:
        if number in self._requested or self.loading:
            return
        generation, query = self._generation, self._query
        self._requested[number] = self._workspace.reader.submit(
            lambda: self._fetch(query, number * PAGE_SIZE),
            lambda fetched: self._page_arrived(generation, number, fetched),
        )

    def _fetch(self, query: Query, offset: int, cancel: CancelToken | None = None) -> Fetched[Row]:
        """Runs on the reader thread: one page of rows and their display texts."""
        return fetch_page(
            self._listing, self.columns, query, offset, self._anchor_for(offset), cancel
        )

    def _anchor_for(self, offset: int) -> Any:
        anchors = self._anchors  # read once: the UI thread may replace the list meanwhile
        index = bisect.bisect_right([a.offset for a in anchors], offset) - 1 if anchors else -1
        return anchors[index] if index >= 0 else None

    def _store(self, number: int, fetched: Fetched[Row]) -> None:
        self._pages[number], self._texts[number] = fetched
        self._pages.move_to_end(number)
        while len(self._pages) > MAX_CACHED_PAGES:
            dropped, _rows = self._pages.popitem(last=False)
            self._texts.pop(dropped, None)

    def _page_arrived(self, generation: int, number: int, fetched: Fetched[Row]) -> None:
        if generation != self._generation:
            return
        self._requested.pop(number, None)
        self._store(number, fetched)
        first = number * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
            self.page_loaded.emit(first, last)

    # Changes ------------------------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Re-read the count and the cached pages; patch in place if nothing moved."""
        if not self.started or not self.relevant(changes):
            return
        self._new_generation()
        generation, query = self._generation, self._query
        pages = sorted(self._pages)
        known = {number: [row_id(r) for r in self._pages[number]] for number in pages}

        def reread() -> tuple[int, dict[int, Fetched[Row]]]:
            count = self._listing.count(query)
            return count, {n: self._fetch(query, n * PAGE_SIZE) for n in pages}

        def arrived(result: tuple[int, dict[int, Fetched[Row]]]) -> None:
            if generation != self._generation:
                return
            count, fresh = result
            same_order = count == self._count and all(
                [row_id(r) for r in fresh[n][0]] == known[n] for n in pages
            )
            if same_order:
                for number, fetched in fresh.items():
                    self._store(number, fetched)
                    first = number * PAGE_SIZE
                    last = first + len(fetched[0]) - 1
                    if last >= first:
                        self.dataChanged.emit(
                            self.index(first, 0), self.index(last, len(self.columns) - 1)
                        )
                return
            self.beginResetModel()
            self._count = count
            self._drop_cache()
            for number, fetched in fresh.items():
                self._store(number, fetched)
            self.endResetModel()
            self.reloaded.emit()

        self._workspace.reader.submit(reread, arrived)

    def relevant(self, changes: Changes) -> bool:
        raise NotImplementedError


def fetch_page(
    listing: Listing[Query, Row],
    columns: Sequence[Column[Row]],
    query: Query,
    offset: int,
    anchor: Any = None,
    cancel: CancelToken | None = None,
) -> Fetched[Row]:
    """A page of rows with their display texts (formatting is done off the UI thread)."""
    if anchor is not None:
        rows = listing.page(query, offset, PAGE_SIZE, anchor, cancel=cancel)  # type: ignore[call-arg]
    else:
        rows = listing.page(query, offset, PAGE_SIZE, cancel=cancel)
    return rows, [tuple(column.text(row) for column in columns) for row in rows]


def row_id(row: Any) -> int:
    return row.id


class ClaimTableModel(LazyTableModel[ClaimQuery, Any]):
    served_roles = LazyTableModel.served_roles | {FOREGROUND, DECORATION}
    table = "claims"

    def __init__(self, workspace: Workspace, query: ClaimQuery | None = None):
        super().__init__(
            workspace, workspace.project.claim_list, query or ClaimQuery(), claim_columns()
        )

    def relevant(self, changes: Changes) -> bool:
        return bool(changes.claims) or bool(changes.sources) or changes.everything

    def extra_data(self, row: Any, column: Column[Any], role: int) -> Any:
        if role == FOREGROUND and column.key == "status":
            colour = STATUS_COLOURS.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        if role == DECORATION and column.key == "quantity" and row.conflicted:
            return conflict_icon()
        return None


_CONFLICT_ICON: list[QIcon] = []


def conflict_icon() -> QIcon:
    """The mark of a claim with an open conflicting figure: a small red disc with "≠",
    drawn once (no icon file to ship, crisp at any scale)."""
    if not _CONFLICT_ICON:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CONFLICT_COLOUR))
        painter.drawEllipse(1, 1, 30, 30)
        font = QFont()
        font.setPixelSize(26)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "≠")
        painter.end()
        _CONFLICT_ICON.append(QIcon(pixmap))
    return _CONFLICT_ICON[0]


class SourceTableModel(LazyTableModel[SourceQuery, Any]):
    table = "sources"

    def __init__(self, workspace: Workspace, query: SourceQuery | None = None):
        super().__init__(
            workspace, workspace.project.source_list, query or SourceQuery(), source_columns()
        )

    def relevant(self, changes: Changes) -> bool:
        return bool(changes.sources) or bool(changes.claims) or changes.everything


class ArticleTableModel(LazyTableModel[ArticleQuery, Any]):
    table = "articles"

    def __init__(self, workspace: Workspace, query: ArticleQuery | None = None):
        super().__init__(
            workspace, workspace.project.article_list, query or ArticleQuery(), article_columns()
        )

    def relevant(self, changes: Changes) -> bool:
        return bool(changes.articles) or bool(changes.claims) or changes.everything
