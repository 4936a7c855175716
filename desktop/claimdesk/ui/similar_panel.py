"""The claim pane's "Similar" tab: the claims of the project most like the selected one, why
each was found, and what the analyst can do with it (open it, or relate the two claims).

The hits are read on the reader thread (``project.similar.similar_to``) with the claim's
relations, so that a hit already related says so; relating pushes RelateClaimsCommand and
the change bus brings the panel up to date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import snippets
from ..core.enums import RelationKind
from ..core.errors import ClaimdeskError, NotFoundError
from ..core.inputs import RelationInput
from ..core.records import Changes, RelationRecord
from . import formatting as fmt
from . import messages
from .commands import RelateClaimsCommand
from .translation import translate
from .workspace import Workspace

if TYPE_CHECKING:
    from ..core.matching.similar import SimilarClaim


HITS = 10  # similar claims listed
STATEMENT_SHOWN = 180  # characters of a hit's statement
MUTED = "color: #666;"  # as the details' muted text


@dataclass(frozen=True, slots=True)
class Relating:
    """One way to relate the selected claim and a hit: ``outgoing`` reads "this claim
    <kind> the hit", otherwise "the hit <kind> this claim"."""

    kind: RelationKind
    outgoing: bool = True


DUPLICATE = Relating(RelationKind.DUPLICATES)
RELATINGS = (
    DUPLICATE,
    Relating(RelationKind.CORROBORATES),
    Relating(RelationKind.CONTRADICTS),
    Relating(RelationKind.SUPERSEDES),
    Relating(RelationKind.SUPERSEDES, outgoing=False),
)


def relating_text(relating: Relating, hit_id: int) -> str:
    """ "This claim duplicates #7" or "#7 supersedes this claim"."""
    kind = fmt.relation_label(relating.kind)
    if relating.outgoing:
        text = translate("SimilarPanel", "This claim %1 #%2")
    else:
        text = translate("SimilarPanel", "#%2 %1 this claim")
    return text.replace("%1", kind).replace("%2", str(hit_id))


def relatings_between(
    claim_id: int, hit_id: int, relations: Sequence[RelationRecord]
) -> list[Relating]:
    """How the two claims are related already, as seen from ``claim_id``."""
    found = []
    for relation in relations:
        if (relation.from_claim_id, relation.to_claim_id) == (claim_id, hit_id):
            found.append(Relating(relation.kind, outgoing=True))
        elif (relation.from_claim_id, relation.to_claim_id) == (hit_id, claim_id):
            found.append(Relating(relation.kind, outgoing=False))
    return found


class HitCard(QFrame):
    """One similar claim: score, statement, claimant, reasons, relations and actions."""

    open_requested = Signal(int)
    relate_requested = Signal(int, object)  # hit id, Relating

    def __init__(self, hit: SimilarClaim, related: Sequence[Relating], parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.hit = hit
        self.related = tuple(related)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"hit_{hit.id}")

        self.score = QProgressBar()
        self.score.setRange(0, 100)
        self.score.setValue(round(hit.score * 100))
        self.score.setFormat(messages.score_text(hit.score))
        self.score.setFixedWidth(90)
        self.score.setMaximumHeight(16)
        self.score.setToolTip(self.tr("How alike the two claims are"))
        self.score.setAccessibleName(self.tr("Similarity"))
        about = [f"#{hit.id}"]
        if hit.claimant:
            about.append(hit.claimant)
        if hit.claimed_on:
            about.append(fmt.partial_date_text(hit.claimed_on))
        about.append(fmt.status_label(hit.status))
        self.about = QLabel(" · ".join(about))
        self.about.setStyleSheet(MUTED)
        self.statement = QLabel(snippets.clip_end(hit.statement, STATEMENT_SHOWN))
        self.statement.setWordWrap(True)
        self.statement.setToolTip(hit.statement)
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons = QLabel(messages.match_reasons_text(hit.reasons))
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet(MUTED)
        self.relations = QLabel("\n".join(relating_text(r, hit.id) for r in self.related))
        self.relations.setStyleSheet("font-weight: bold;")
        self.relations.setVisible(bool(self.related))

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Select this claim in the table"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(hit.id))
        self.duplicate_button = QPushButton(self.tr("Mark as duplicate"))
        self.duplicate_button.setToolTip(relating_text(DUPLICATE, hit.id))
        self.duplicate_button.setEnabled(DUPLICATE not in self.related)
        self.duplicate_button.clicked.connect(lambda: self.relate_requested.emit(hit.id, DUPLICATE))
        self.relate_button = QToolButton()
        self.relate_button.setText(self.tr("Relate"))
        self.relate_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.relate_button.setMenu(self._menu(with_open=False))

        top = QHBoxLayout()
        top.addWidget(self.score)
        top.addWidget(self.about, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.relate_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(3)
        column.addLayout(top)
        column.addWidget(self.statement)
        column.addWidget(self.reasons)
        column.addWidget(self.relations)
        column.addLayout(buttons)

    def relate_actions(self) -> list[QAction]:
        """The relate menu's entries (the same in the context menu)."""
        return [action for action in self.relate_button.menu().actions() if action.data()]

    def _menu(self, *, with_open: bool) -> QMenu:
        menu = QMenu(self)
        if with_open:
            menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(self.hit.id))
            menu.addSeparator()
        for relating in RELATINGS:
            action = menu.addAction(relating_text(relating, self.hit.id))
            action.setData(relating.kind.value)
            action.setEnabled(relating not in self.related)
            action.triggered.connect(
                lambda _checked=False, r=relating: self.relate_requested.emit(self.hit.id, r)
            )
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._menu(with_open=True).exec(event.globalPos())


class SimilarPanel(QWidget):
    """The similar claims of one claim; reads when shown, re-reads when claims change."""

    open_requested = Signal(int)  # a hit's Open

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.current_id: int | None = None
        self.hits: list[SimilarClaim] = []
        self.relations: tuple[RelationRecord, ...] = ()
        self.loading = False
        self._ticket: int | None = None
        self._stale = False

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(MUTED)
        self.cards = QWidget()
        self._cards = QVBoxLayout(self.cards)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._cards.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.cards)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        workspace.bus.changed.connect(self._changed)
        self._show_status(self.tr("Nothing selected."))

    def show_claim(self, claim_id: int | None) -> None:
        if claim_id == self.current_id and not self._stale:
            return
        self.current_id = claim_id
        if claim_id is None:
            self._cancel()
            self._set_cards([], ())
            self._show_status(self.tr("Nothing selected."))
            return
        self._load()

    def cards_shown(self) -> list[HitCard]:
        return self.cards.findChildren(HitCard)

    def card(self, hit_id: int) -> HitCard | None:
        return self.cards.findChild(HitCard, f"hit_{hit_id}")

    def _load(self) -> None:
        self._cancel()
        self._stale = False
        claim_id = self.current_id
        assert claim_id is not None
        project = self.workspace.project
        self.loading = True
        if not self.hits:
            self._show_status(self.tr("Looking for similar claims…"))

        def read() -> tuple[list[SimilarClaim], tuple[RelationRecord, ...]]:
            hits = project.similar.similar_to(claim_id, HITS)
            return hits, project.claims.get(claim_id).relations

        self._ticket = self.workspace.reader.submit(
            read, lambda found: self._arrived(claim_id, found), self._failed
        )

    def _cancel(self) -> None:
        if self._ticket is not None:
            self.workspace.reader.cancel(self._ticket)
            self._ticket = None
        self.loading = False

    def _arrived(self, claim_id: int, found: tuple[list[SimilarClaim], tuple]) -> None:
        if claim_id != self.current_id:
            return
        self._ticket = None
        self.loading = False
        hits, relations = found
        self._set_cards(hits, relations)
        if hits:
            heading = self.tr("Claims like #%1, most alike first:")
            self._show_status(heading.replace("%1", str(claim_id)))
        else:
            self._show_status(self.tr("No similar claims in this project."))

    def _failed(self, error: BaseException) -> None:
        self._ticket = None
        self.loading = False
        self._set_cards([], ())
        if isinstance(error, NotFoundError):
            self._show_status(self.tr("This claim was deleted."))
        else:
            self._show_status(messages.error_text(error))

    def _set_cards(self, hits: list[SimilarClaim], relations: Sequence[RelationRecord]) -> None:
        scrolled = self.scroll.verticalScrollBar().value()
        for card in self.cards_shown():
            card.setParent(None)  # type: ignore[call-overload]
            card.deleteLater()
        self.hits, self.relations = list(hits), tuple(relations)
        for position, hit in enumerate(hits):
            assert self.current_id is not None
            related = relatings_between(self.current_id, hit.id, relations)
            card = HitCard(hit, related, self.cards)
            card.open_requested.connect(self.open_requested)
            card.relate_requested.connect(self._relate)
            self._cards.insertWidget(position, card)
        self.scroll.verticalScrollBar().setValue(scrolled)

    def _relate(self, hit_id: int, relating: Relating) -> None:
        if self.current_id is None:
            return
        ends = (self.current_id, hit_id) if relating.outgoing else (hit_id, self.current_id)
        try:
            relation = RelationInput(*ends, relating.kind)
            self.workspace.push(RelateClaimsCommand(self.workspace, relation))
        except ClaimdeskError as error:
            self._show_status(messages.error_text(error))

    def _changed(self, changes: Changes) -> None:
        if self.current_id is None or not (changes.claims or changes.sources or changes.everything):
            return
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.current_id is not None:
            self._load()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
