"""The claim pane's "History" tab: what happened to the selected claim and everything that
belongs to it (its attribution steps, citations, reviews, relations), newest first.

Events are read a page at a time on the reader thread (keyset: each page asks for the events
below the last one shown) and the next page is read when the list is scrolled to its end.
The tab re-reads from the top when the claim changes and follows the change bus; hidden, it
only remembers that it is out of date.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.records import AuditRecord, Changes, HistoryQuery
from . import formatting as fmt
from . import messages, trail_texts
from .workspace import Workspace

PAGE = 50  # events read at a time
VALUE_SHOWN = 140  # characters of an old or new value shown (wrapped); the tooltip: all
RATIONALE_SHOWN = 600  # characters of a rationale shown; the tooltip holds the rest
MUTED = "color: #666;"
NEAR_END = 40  # pixels from the end of the list at which the next page is read


class EventCard(QFrame):
    """One event: what happened, who and when; each changed field as old → new; a review's
    rationale."""

    def __init__(
        self,
        record: AuditRecord,
        parent: QWidget | None = None,
        hidden: frozenset[str] = frozenset(),
    ):
        super().__init__(parent)
        self.record = record
        self.setObjectName(f"event_{record.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # As tall as its lines: the room left below the last card stays empty.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.title = QLabel(trail_texts.event_title(record))
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.about = QLabel(f"{record.actor} · {fmt.datetime_text(record.at)}")
        self.about.setStyleSheet(MUTED)
        self.about.setToolTip(trail_texts.row_text(record))
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 5, 8, 5)
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.about)
        self.fields = QGridLayout()
        self.fields.setHorizontalSpacing(8)
        self.fields.setVerticalSpacing(1)
        self.fields.setColumnStretch(1, 1)
        changes = [c for c in trail_texts.shown_changes(record) if c.field not in hidden]
        for line, change in enumerate(changes):
            label = QLabel(trail_texts.field_label(record.entity, change.field))
            label.setStyleSheet(MUTED)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = _elided_label(
                trail_texts.change_value(record, change, VALUE_SHOWN),
                trail_texts.change_value(record, change),
            )
            self.fields.addWidget(label, line, 0)
            self.fields.addWidget(value, line, 1)
        column.addLayout(self.fields)
        self.rationale: QLabel | None = None
        if record.rationale and record.before is None:
            self.rationale = _elided_label(
                record.rationale, record.rationale, width=RATIONALE_SHOWN, keep_lines=True
            )
            self.rationale.setStyleSheet("font-style: italic;")
            self.rationale.setAccessibleName(trail_texts.rationale_label())
            column.addWidget(self.rationale)

    def field_texts(self) -> list[tuple[str, str]]:
        """(label, value) per field line as shown."""
        found = []
        for line in range(self.fields.rowCount()):
            label, value = (self.fields.itemAtPosition(line, c) for c in (0, 1))
            if label is not None and value is not None:
                found.append((label.widget().text(), value.widget().text()))  # type: ignore[attr-defined]
        return found


def _elided_label(
    shown: str, full: str, width: int | None = None, *, keep_lines: bool = False
) -> QLabel:
    """A value as shown (elided), with the whole text as its tooltip when it was cut."""
    text = shown if width is None else trail_texts.shorten(shown, width, keep_lines=keep_lines)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    # Wrapped to the pane's width; never widening the list past it.
    label.setMinimumWidth(40)
    if text != full:
        label.setToolTip(full)
    return label


class ClaimHistoryPanel(QWidget):
    """The history of one claim: ``show_claim(id)``."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.current_id: int | None = None
        self.records: list[AuditRecord] = []
        self.has_more = False
        self.loading = False
        self._ticket: int | None = None
        self._generation = 0
        self._stale = False

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(MUTED)
        self.cards = QWidget()
        self.cards.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._cards = QVBoxLayout(self.cards)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._cards.setSpacing(4)
        self._cards.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.cards)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(self.tr("History"))
        bar = self.scroll.verticalScrollBar()
        bar.valueChanged.connect(lambda _value: self._maybe_more())
        bar.rangeChanged.connect(lambda *_: self._maybe_more())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        workspace.bus.changed.connect(self._changed)
        self.status.setText(self.tr("Nothing selected."))

    def show_claim(self, claim_id: int | None) -> None:
        if claim_id == self.current_id and not self._stale:
            return
        self.current_id = claim_id
        if claim_id is None:
            self._cancel()
            self._clear()
            self.status.setText(self.tr("Nothing selected."))
            return
        self._reload()

    def cards_shown(self) -> list[EventCard]:
        return self.cards.findChildren(EventCard)

    # Reading --------------------------------------------------------------------------------

    def _reload(self) -> None:
        """From the newest event; what is shown stays until the first page replaces it."""
        self._stale = False
        self._read(before_id=None)

    def _read(self, before_id: int | None) -> None:
        self._cancel()
        self._generation += 1
        generation, claim_id = self._generation, self.current_id
        assert claim_id is not None
        history = self.workspace.project.history
        self.loading = True
        if not self.records:
            self.status.setText(self.tr("Reading the history…"))
        self._ticket = self.workspace.reader.submit(
            lambda: history.page(HistoryQuery(claim_id=claim_id), before_id, PAGE),
            lambda found: self._arrived(generation, before_id, found),
            lambda error: self._failed(generation, error),
        )

    def _cancel(self) -> None:
        if self._ticket is not None:
            self.workspace.reader.cancel(self._ticket)
            self._ticket = None
        self.loading = False

    def _arrived(self, generation: int, before_id: int | None, found: list[AuditRecord]) -> None:
        if generation != self._generation:
            return
        self._ticket = None
        self.loading = False
        if before_id is None:
            self._clear()
        self.has_more = len(found) == PAGE
        self.records.extend(found)
        for record in found:
            # The claim each event belongs to is the one shown.
            card = EventCard(record, self.cards, hidden=frozenset({"claim_id"}))
            self._cards.insertWidget(self._cards.count() - 1, card)
        if self.records:
            self.status.setText(self._heading())
        else:
            self.status.setText(self.tr("No changes recorded."))
        self._maybe_more()

    def _heading(self) -> str:
        assert self.current_id is not None
        if self.has_more:
            text = self.tr("Changes to claim #%1 and its parts, newest first (scroll for more):")
        else:
            text = self.tr("Changes to claim #%1 and its parts, newest first:")
        return text.replace("%1", str(self.current_id))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._ticket = None
        self.loading = False
        self.has_more = False
        self._clear()
        self.status.setText(messages.error_text(error))

    def _maybe_more(self) -> None:
        """Read the next page once the end of the list is in view."""
        if not self.has_more or self.loading or not self.records or not self.isVisible():
            return
        bar = self.scroll.verticalScrollBar()
        if bar.value() >= bar.maximum() - NEAR_END:
            self._read(before_id=self.records[-1].id)

    def _clear(self) -> None:
        for card in self.cards_shown():
            card.setParent(None)  # type: ignore[call-overload]
            card.deleteLater()
        self.records = []
        self.has_more = False

    # Staying current ------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if self.current_id is None:
            return
        if self.current_id not in changes.claims and not changes.everything:
            return
        self._stale = True
        if self.isVisible():
            self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.current_id is not None:
            self._reload()
        else:
            self._maybe_more()
