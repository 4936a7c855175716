"""The saved views in the navigation, each with its live number of claims."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QWidget

from ..core.records import Changes
from ..core.services.saved_views import SavedViewRecord
from . import formatting as fmt
from . import messages
from .workspace import Workspace

RECOUNT_DELAY_MS = 500  # after edits, so that a burst of changes costs one round of counts


class SavedViewList(QListWidget):
    chosen = Signal(object)  # SavedViewRecord
    delete_requested = Signal(object)  # SavedViewRecord

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setAccessibleName(self.tr("Saved views"))
        # Long names wrap, so that the count after them stays in sight.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        self.views: list[SavedViewRecord] = []
        self.counts: dict[int, int | None] = {}
        self._ticket: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=RECOUNT_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        workspace.bus.changed.connect(self._changed)
        self.reload()

    def named(self, name: str) -> SavedViewRecord | None:
        wanted = " ".join(name.split()).casefold()
        return next((v for v in self.views if v.name.casefold() == wanted), None)

    def current_view(self) -> SavedViewRecord | None:
        return self._record(self.currentItem())

    def reload(self) -> None:
        """Read the views and their counts on the reader thread."""
        if self._ticket is not None:
            self.workspace.reader.cancel(self._ticket)
        views = self.workspace.project.saved_views
        self._ticket = self.workspace.reader.submit(
            lambda: (views.list(), views.counts()), self._arrived
        )

    def _arrived(self, result: tuple[list[SavedViewRecord], dict[int, int | None]]) -> None:
        self._ticket = None
        self.views, self.counts = result
        current = self.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.clear()
        for view in self.views:
            count = self.counts.get(view.id)
            shown = fmt.number_text(count) if count is not None else "–"
            item = QListWidgetItem(f"{view.name}  ({shown})", self)
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            tip = view.query.filter.search or self.tr("(no search)")
            if view.problem:
                tip += "\n" + self.tr("Part of this view could not be read: %1").replace(
                    "%1", messages.problem_line(view.problem)
                )
            item.setToolTip(tip + "\n" + self.tr("Saved by %1").replace("%1", view.updated_by))
            if view.id == chosen:
                self.setCurrentItem(item)

    def _changed(self, changes: Changes) -> None:
        if changes.views:
            self.reload()
        elif changes.claims or changes.sources or changes.articles or changes.everything:
            self._timer.start()

    def _record(self, item: QListWidgetItem | None) -> SavedViewRecord | None:
        if item is None:
            return None
        view_id = item.data(Qt.ItemDataRole.UserRole)
        return next((v for v in self.views if v.id == view_id), None)

    def _clicked(self, item: QListWidgetItem) -> None:
        record = self._record(item)
        if record is not None:
            self.chosen.emit(record)

    def _menu(self, position: QPoint) -> None:
        record = self._record(self.itemAt(position))
        if record is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Show"), lambda: self.chosen.emit(record))
        menu.addAction(self.tr("Delete view"), lambda: self.delete_requested.emit(record))
        menu.exec(self.mapToGlobal(position))
