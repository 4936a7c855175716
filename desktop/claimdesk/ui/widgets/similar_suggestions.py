"""Claims like the one being typed, under the claim form's statement: "have we seen this
before?" asked after each pause in typing.

Matching runs on the reader thread (``project.similar.similar``), never on the UI thread; a
result for a statement that has been edited since is dropped, and the form asks again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core import snippets
from ...core.quantities import Quantity
from .. import messages
from ..workspace import Workspace

if TYPE_CHECKING:
    from ...core.matching.similar import SimilarClaim

PAUSE_MS = 600  # typing pause after which the statement is matched
SHOWN = 3  # suggestions listed
MIN_LENGTH = 12  # characters of a statement worth matching
# Below this a hit shares little more than a word or two with the statement: not listed.
LISTED_FROM = 0.25
STATEMENT_SHOWN = 110


@dataclass(frozen=True, slots=True)
class SimilarQuery:
    """What is matched: the statement as typed, and what the form knows besides."""

    text: str
    claimant_id: int | None = None
    quantity: Quantity | None = None
    exclude: int | None = None  # the claim being edited

    @property
    def worth_matching(self) -> bool:
        return len(self.text) >= MIN_LENGTH


class SimilarSuggestions(QWidget):
    """A compact list of the best matches; hidden while there are none."""

    matched = Signal()  # results for the latest query arrived (or matching failed)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.hits: list[SimilarClaim] = []
        self._query: SimilarQuery | None = None  # the latest asked for
        self._answered: SimilarQuery | None = None  # the one self.hits answer
        self._ticket: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._match)

        self.heading = QLabel(self.tr("Similar claims already in the project:"))
        self.heading.setStyleSheet("color: #666;")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Similar claims"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(False)
        self.list.setUniformItemSizes(True)
        # As tall as its lines: the form's spare height goes to the text boxes.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.hide()

    def request(self, query: SimilarQuery) -> None:
        """Match ``query`` after the typing pause (a newer request replaces it)."""
        self._query = query
        self._timer.start()

    def match_now(self, query: SimilarQuery) -> None:
        """Match ``query`` without waiting for a pause (the form is being saved)."""
        self._query = query
        self._timer.stop()
        self._match()

    def answers(self, query: SimilarQuery) -> bool:
        """Whether the hits shown are those of ``query``."""
        return self._answered == query and self._ticket is None

    def best(self) -> SimilarClaim | None:
        return self.hits[0] if self.hits else None

    def _match(self) -> None:
        if self._ticket is not None:
            self.workspace.reader.cancel(self._ticket)
            self._ticket = None
        query = self._query
        if query is None:
            return
        if not query.worth_matching:
            self._show(query, [])
            return
        similar = self.workspace.project.similar

        def read() -> list[SimilarClaim]:
            return similar.similar(
                query.text,
                claimant_id=query.claimant_id,
                quantity=query.quantity,
                exclude=query.exclude,
                limit=SHOWN,
            )

        self._ticket = self.workspace.reader.submit(
            read, lambda hits: self._arrived(query, hits), lambda _error: self._arrived(query, [])
        )

    def _arrived(self, query: SimilarQuery, hits: list[SimilarClaim]) -> None:
        if query != self._query:
            return  # the statement changed meanwhile: its own match is on its way
        self._ticket = None
        self._show(query, hits)

    def _show(self, query: SimilarQuery, hits: list[SimilarClaim]) -> None:
        self._answered = query
        self.hits = [hit for hit in hits if hit.score >= LISTED_FROM]
        self.list.clear()
        for hit in self.hits:
            line = f"{messages.score_text(hit.score)} · #{hit.id} "
            line += snippets.clip_end(hit.statement, STATEMENT_SHOWN)
            if hit.claimant:
                line += f" — {hit.claimant}"
            item = QListWidgetItem(line, self.list)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            reasons = messages.match_reasons_text(hit.reasons)
            item.setToolTip(f"{hit.statement}\n\n{reasons}" if reasons else hit.statement)
        if self.hits:
            rows = self.list.sizeHintForRow(0) * len(self.hits)
            self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 2)
        self.setVisible(bool(self.hits))
        self.matched.emit()
