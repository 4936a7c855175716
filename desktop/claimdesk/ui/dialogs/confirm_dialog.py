"""Four eyes: the verdicts awaiting my confirmation, confirmed from one list.

The list is read on the reader thread and again whenever claims change (a colleague's verdict,
a confirmation elsewhere). Confirming is a signature: it is not on the undo stack (a new
verdict replaces a confirmed one), and it is audited like every change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import snippets
from ...core.errors import ClaimdeskError
from ...core.records import AwaitingReview, Changes
from .. import formatting as fmt
from .. import messages
from ..commands import ConfirmVerdictsCommand, SendBackVerdictsCommand
from ..workspace import Workspace

STATEMENT_WIDTH = 120


class ConfirmDialog(QDialog):
    """Awaiting my confirmation: verdicts I may confirm (others' are listed greyed out)."""

    #: The user wants to see a claim in the main window.
    claim_requested = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confirm_dialog")
        self.setWindowTitle(self.tr("Awaiting my confirmation"))
        self.workspace = workspace
        self.items: list[AwaitingReview] = []
        self.ask_first = True  # a confirmation cannot be undone: asked before
        self._ticket: int | None = None
        self.intro = QLabel(
            self.tr(
                "Verdicts another analyst gave that wait for a second person. You can confirm "
                "those you neither gave nor entered nor last edited."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("awaiting_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Claim"),
                self.tr("Verdict"),
                self.tr("Given by"),
                self.tr("When"),
                self.tr("Rationale"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._show_claim())
        self.empty = QLabel(self.tr("No verdict awaits your confirmation."))
        self.empty.setObjectName("awaiting_empty")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.confirm_button = QPushButton(self.tr("&Confirm selected"))
        self.confirm_button.setObjectName("confirm_selected")
        self.show_button = QPushButton(self.tr("&Show claim"))
        self.send_back_button = QPushButton(self.tr("Send &back"))
        self.send_back_button.setObjectName("send_back")
        self.send_back_button.setToolTip(
            self.tr("Decline the verdict: it leaves the claim, which keeps its status.")
        )
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.send_back_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.send_back_button.clicked.connect(self.send_back_selected)
        self.show_button.clicked.connect(self._show_claim)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        workspace.bus.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        if self._ticket is not None:
            self.workspace.reader.cancel(self._ticket)
        reviews = self.workspace.project.reviews
        self._ticket = self.workspace.reader.submit(reviews.awaiting, self._arrived)

    def _arrived(self, items: list[AwaitingReview]) -> None:
        self._ticket = None
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [
                snippets.clip_end(item.statement, STATEMENT_WIDTH),
                f"{fmt.status_label(item.from_status)} → {fmt.status_label(item.to_status)}",
                item.reviewer,
                fmt.datetime_text(item.created_at),
                item.rationale or "",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.statement if column == 0 else text)
                if not item.can_confirm:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                    cell.setToolTip(self.tr("You cannot confirm this verdict yourself."))
                self.table.setItem(row, column, cell)
        mine = sum(item.can_confirm for item in items)
        self.table.setVisible(bool(items))
        self.empty.setVisible(mine == 0)
        self._update_buttons()

    def _selected(self) -> list[AwaitingReview]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.items[row] for row in rows if row < len(self.items)]

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.confirm_button.setEnabled(bool(chosen) and all(i.can_confirm for i in chosen))
        self.send_back_button.setEnabled(self.confirm_button.isEnabled())
        self.show_button.setEnabled(len(chosen) == 1)

    def confirm_selected(self) -> None:
        self._decide(ConfirmVerdictsCommand, ask=self.ask_first)

    def send_back_selected(self) -> None:
        self._decide(SendBackVerdictsCommand, ask=False)

    def _decide(
        self,
        command: type[ConfirmVerdictsCommand] | type[SendBackVerdictsCommand],
        *,
        ask: bool,
    ) -> None:
        """Confirm or send back the selected verdicts I may decide on; a confirmation is
        asked for first (a signature is not undone)."""
        chosen = [item.review_id for item in self._selected() if item.can_confirm]
        if not chosen:
            return
        if ask:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "Confirm the selected verdicts? A confirmation is your signature: Undo does "
                    "not take it back."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.workspace.push(command(self.workspace, chosen))
        except ClaimdeskError as error:
            QMessageBox.warning(self, self.windowTitle(), messages.error_text(error))
            self.reload()

    def _show_claim(self) -> None:
        chosen = self._selected()
        if len(chosen) == 1:
            self.claim_requested.emit(chosen[0].claim_id)

    def _changed(self, changes: Changes) -> None:
        if changes.claims or changes.everything:
            self.reload()
