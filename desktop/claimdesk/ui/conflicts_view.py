"""The "Conflicting figures" section: the conflicts of the project in a table, open ones or
all, and what the analyst does with one (resolve it, reopen it, open either claim).

The list is read on the reader thread and again whenever claims change; resolving is an
undoable command (ResolveConflictCommand) like every other edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import RelationKind
from ..core.errors import ClaimdeskError
from ..core.records import Changes
from . import conflict_texts as words
from . import formatting as fmt
from . import messages
from .commands import ReopenConflictCommand, ResolveConflictCommand
from .table_columns import CONFLICT_COLOUR
from .workspace import Workspace

if TYPE_CHECKING:
    from ..core.matching.conflicts import Conflict

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
FIRST, SECOND, RESOLUTION = range(3)


class ConflictTableModel(QAbstractTableModel):
    """The conflicts as rows: each claim as its figure line over its statement, and the
    resolution. A small list (the conflicts, not the claims), held whole. Like the big
    tables' models it loads when first shown (``start``) and says when it was re-read."""

    start_requested = Signal()
    reloaded = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.conflicts: list[Conflict] = []
        self.started = False

    def start(self) -> None:
        if not self.started:
            self.started = True
            self.start_requested.emit()

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return (self.tr("First claim"), self.tr("Second claim"), self.tr("Resolution"))[section]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.conflicts):
            return None
        conflict = self.conflicts[index.row()]
        column = index.column()
        if column == RESOLUTION:
            if role == DISPLAY:
                return words.resolution_text(conflict)
            if role == FOREGROUND and not conflict.resolved:
                return QBrush(QColor(CONFLICT_COLOUR))
            return None
        side = conflict.sides[column]
        if role == DISPLAY:
            return f"{words.side_line(side)}\n{words.statement_line(side)}"
        if role == TOOLTIP:
            return f"#{side.claim_id} {side.statement}"
        return None

    def conflict_at(self, row: int) -> Conflict | None:
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def row_of(self, claims: tuple[int, int]) -> int | None:
        for row, conflict in enumerate(self.conflicts):
            if conflict.claims == claims:
                return row
        return None


class ConflictsPage(QWidget):
    """The section's page. It offers what the project view asks of a table page (the current
    claim for the detail pane, start, select_id); it selects no claims for the window's edit
    and delete actions, whose rows are claims, not conflicts."""

    current_changed = Signal(object)  # the first claim of the current conflict, or None
    activated = Signal(int)  # never emitted: a double click opens a claim instead
    claim_requested = Signal(int)  # open this claim in the claims section

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.model = self.table = ConflictTableModel(self)
        self.table.start_requested.connect(self.reload)
        self._ticket: int | None = None
        self._keep: tuple[tuple[int, int] | None, int] = (None, 0)

        self.shown = QComboBox()
        self.shown.setAccessibleName(self.tr("Conflicts shown"))
        self.shown.addItem(self.tr("Open conflicts"), True)
        self.shown.addItem(self.tr("All conflicts"), False)
        self.shown.currentIndexChanged.connect(lambda _index: self.reload())
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of conflicts"))

        self.view = QTableView()
        self.view.setObjectName("conflicts_table")
        self.view.setAccessibleName(self.tr("Conflicting figures"))
        self.view.setModel(self.table)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 10)
        rows.hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SECOND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESOLUTION, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self._build_actions()
        self.toolbar = QToolBar(self.tr("Conflict actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions(self.resolve_actions)
        self.toolbar.addAction(self.reopen_action)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.open_first_action, self.open_second_action])

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.shown)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.toolbar)
        workspace.bus.changed.connect(self._changed)
        self._update_actions()
        self._update_count()

    # What the project view asks of a page ---------------------------------------------------

    def selected_ids(self) -> list[int]:
        return []

    def current_id(self) -> int | None:
        conflict = self.current_conflict()
        return conflict.claims[0] if conflict is not None else None

    def select_id(self, claim_id: int) -> None:
        """Select the first conflict of this claim, if listed."""
        for row, conflict in enumerate(self.table.conflicts):
            if claim_id in conflict.claims:
                self._select_row(row)
                return

    # Reading --------------------------------------------------------------------------------

    @property
    def open_only(self) -> bool:
        return bool(self.shown.currentData())

    def reload(self) -> None:
        if self._ticket is not None:
            self.workspace.reader.cancel(self._ticket)
        current = self.current_conflict()
        self._keep = (current.claims if current else None, max(self.view.currentIndex().row(), 0))
        conflicts, open_only = self.workspace.project.conflicts, self.open_only
        self._ticket = self.workspace.reader.submit(
            lambda: conflicts.list(open_only=open_only), self._arrived, self._failed
        )

    def _arrived(self, conflicts: list[Conflict]) -> None:
        self._ticket = None
        claims, row = self._keep
        self.table.set_conflicts(conflicts)
        found = self.table.row_of(claims) if claims is not None else None
        if conflicts:
            # The same conflict again; else (resolved out of an "open" list) the next one.
            self._select_row(found if found is not None else min(row, len(conflicts) - 1))
        else:
            self.current_changed.emit(None)
        self._update_count()
        self._update_actions()
        self.table.reloaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._ticket = None
        self.count_label.setText(messages.error_text(error))

    def _changed(self, changes: Changes) -> None:
        if self.model.started and (changes.claims or changes.everything):
            self.reload()

    def _update_count(self) -> None:
        count = len(self.table.conflicts)
        one, many = self.tr("%n conflict"), self.tr("%n conflicts")
        self.count_label.setText(
            (one if count == 1 else many).replace("%n", fmt.number_text(count))
        )

    # Selection ------------------------------------------------------------------------------

    def current_conflict(self) -> Conflict | None:
        index = self.view.currentIndex()
        return self.table.conflict_at(index.row()) if index.isValid() else None

    def _select_row(self, row: int) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        index = self.table.index(row, 0)
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self.current_changed.emit(self.current_id())

    def _double_clicked(self, index: QModelIndex) -> None:
        conflict = self.table.conflict_at(index.row())
        if conflict is not None:
            side = SECOND if index.column() == SECOND else FIRST
            self.claim_requested.emit(conflict.claims[side])

    # Actions --------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, handler: Any, tip: str = "") -> QAction:
            made = QAction(text, self)
            made.triggered.connect(lambda _checked=False: handler())
            if tip:
                made.setToolTip(tip)
            return made

        self.first_supersedes = action(
            self.tr("First supersedes second"),
            lambda: self.resolve(RelationKind.SUPERSEDES, reverse=False),
            self.tr("The first claim's figure replaces the second's (newer or better sourced)"),
        )
        self.second_supersedes = action(
            self.tr("Second supersedes first"),
            lambda: self.resolve(RelationKind.SUPERSEDES, reverse=True),
            self.tr("The second claim's figure replaces the first's"),
        )
        self.both_stand = action(
            self.tr("Both stand (contradicting)"),
            lambda: self.resolve(RelationKind.CONTRADICTS),
            self.tr("Keep both figures, recorded as contradicting each other"),
        )
        self.not_comparable = action(
            self.tr("Not comparable"),
            lambda: self.resolve(RelationKind.INCOMPARABLE),
            self.tr("The two figures count different things: not a conflict"),
        )
        self.resolve_actions = [
            self.first_supersedes,
            self.second_supersedes,
            self.both_stand,
            self.not_comparable,
        ]
        self.reopen_action = action(
            self.tr("Reopen"), self.reopen, self.tr("Take back the resolution of this conflict")
        )
        self.open_first_action = action(
            self.tr("Open first"),
            lambda: self._open(FIRST),
            self.tr("Show the first claim in the claims table"),
        )
        self.open_second_action = action(
            self.tr("Open second"),
            lambda: self._open(SECOND),
            self.tr("Show the second claim in the claims table"),
        )

    def _update_actions(self) -> None:
        conflict = self.current_conflict()
        for resolve in self.resolve_actions:
            resolve.setEnabled(conflict is not None and not conflict.resolved)
        self.reopen_action.setEnabled(conflict is not None and conflict.resolved)
        for opening in (self.open_first_action, self.open_second_action):
            opening.setEnabled(conflict is not None)

    def _context_menu(self, position: QPoint) -> None:
        if self.current_conflict() is None:
            return
        menu = QMenu(self)
        menu.addActions(self.resolve_actions)
        menu.addAction(self.reopen_action)
        menu.addSeparator()
        menu.addActions([self.open_first_action, self.open_second_action])
        menu.exec(self.view.viewport().mapToGlobal(position))

    def resolve(self, kind: RelationKind, *, reverse: bool = False) -> None:
        """Resolve the current conflict: a relation from the first claim to the second (from
        the second for ``reverse``)."""
        conflict = self.current_conflict()
        if conflict is None or conflict.resolved:
            return
        first, second = reversed(conflict.claims) if reverse else conflict.claims
        self._push(ResolveConflictCommand(self.workspace, first, second, kind))

    def reopen(self) -> None:
        conflict = self.current_conflict()
        if conflict is None or conflict.relation_id is None or conflict.resolution is None:
            return
        first = conflict.resolved_from or conflict.claims[0]
        second = conflict.claims[1] if first == conflict.claims[0] else conflict.claims[0]
        self._push(
            ReopenConflictCommand(
                self.workspace, conflict.relation_id, first, second, conflict.resolution
            )
        )

    def _push(self, command: Any) -> None:
        try:
            self.workspace.push(command)
        except ClaimdeskError as error:
            QMessageBox.warning(self, self.tr("Conflicting figures"), messages.error_text(error))

    def _open(self, side: int) -> None:
        conflict = self.current_conflict()
        if conflict is not None:
            self.claim_requested.emit(conflict.claims[side])
