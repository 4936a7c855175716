"""Choosing an existing claim, e.g. to cite a selected excerpt for it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ...core.enums import CitationRole
from ...core.errors import FieldProblem, ValidationError
from ...core.filters import ClaimFilter
from ...core.inputs import CitationInput
from ...core.search import SearchError, as_you_type
from ...core.services.claim_list import ClaimQuery, ClaimSort
from .. import formatting as fmt
from ..forms import FormDialog
from ..workspace import Workspace

SHOWN = 200


class ClaimPickerDialog(FormDialog):
    """Cite ``excerpt`` (text[start:end] of an article) for a claim the analyst picks."""

    def __init__(
        self, parent: QWidget | None, workspace: Workspace, article_id: int, start: int, end: int,
        excerpt: str,
    ):  # fmt: skip
        super().__init__(parent, self.tr("Link to existing claim"))
        self.workspace = workspace
        self.article_id, self.start, self.end, self.excerpt = article_id, start, end, excerpt
        self.resize(680, 520)
        quote = QLabel(f"„{excerpt}“")
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)
        self.add_row(self.tr("Excerpt:"), quote)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Words from the statement…"))
        self.search.setClearButtonEnabled(True)
        self.add_row(self.tr("&Find:"), self.search)
        self.claims = QListWidget()
        self.claims.setWordWrap(True)
        self.add_row(self.tr("&Claim:"), self.claims, "claim_id")
        self.role = QComboBox()
        for role in CitationRole:
            self.role.addItem(fmt.role_label(role), role)
        self.add_row(self.tr("&Role:"), self.role, "role")
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.claims.itemActivated.connect(lambda _item: self.accept())
        self.refresh()

    def refresh(self) -> None:
        query = ClaimQuery(ClaimFilter(search=as_you_type(self.search.text())), ClaimSort.UPDATED)
        try:
            rows = self.workspace.project.claim_list.page(query, 0, SHOWN)
        except SearchError:  # only exclusions so far: nothing to list until a word is typed
            rows = []
        self.claims.clear()
        for row in rows:
            item = QListWidgetItem(f"#{row.id} · {fmt.status_label(row.status)} · {row.statement}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.claims.addItem(item)
        if rows:
            self.claims.setCurrentRow(0)

    def choose(self, claim_id: int) -> None:
        for row in range(self.claims.count()):
            if self.claims.item(row).data(Qt.ItemDataRole.UserRole) == claim_id:
                self.claims.setCurrentRow(row)
                return

    def collect(self) -> CitationInput:
        item = self.claims.currentItem()
        if item is None:
            raise ValidationError([FieldProblem("claim_id", "choose_claim")])
        return CitationInput(
            claim_id=item.data(Qt.ItemDataRole.UserRole),
            article_id=self.article_id,
            excerpt=self.excerpt,
            start=self.start,
            end=self.end,
            role=self.role.currentData(),
        )
