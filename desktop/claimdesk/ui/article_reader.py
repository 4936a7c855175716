"""The reading view: an article's text with the excerpts of its claims highlighted, the way
to turn a selection into a claim or a citation, and the quantities worth a claim.

Clicking a highlight selects its claim; hovering shows the claim and its status. The view
only emits signals; the window decides what they lead to.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import AnchorState, Status
from ..core.errors import NotFoundError
from ..core.records import ArticleRecord, Changes
from ..core.services.citations import Highlight
from ..core.suggestions import ClaimSuggestion, suggest_claims
from . import formatting as fmt
from . import messages
from .translation import translate
from .widgets.text_offsets import TextOffsets
from .workspace import Workspace

# Light backgrounds, so that the text stays readable; the status colours of the tables.
HIGHLIGHT = {
    Status.UNVERIFIED: "#fff1b8",
    Status.IN_PROGRESS: "#cfe3ff",
    Status.VERIFIED: "#cdeccf",
    Status.MISLEADING: "#ffdcb3",
    Status.FALSE: "#ffc9c9",
    Status.UNPROVEN: "#e4d7f5",
    Status.RETRACTED: "#dddddd",
}


@dataclass(frozen=True)
class Selection:
    """A span of the article text (Python indices) the analyst selected or a suggestion."""

    article: ArticleRecord
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]


@dataclass(frozen=True)
class _Loaded:
    article: ArticleRecord
    highlights: list[Highlight]
    suggestions: list[ClaimSuggestion]


class ArticleReader(QWidget):
    claim_activated = Signal(int)  # a highlight was clicked: show this claim
    new_claim_requested = Signal(object)  # Selection (a new claim citing it)
    link_requested = Signal(object)  # Selection (cite it for an existing claim)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.current_id: int | None = None
        self.record: ArticleRecord | None = None
        self.highlights: list[Highlight] = []
        self.suggestions: list[ClaimSuggestion] = []
        self._offsets = TextOffsets("")
        self._ticket: int | None = None

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setOpenExternalLinks(False)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._context_menu)
        self.text.selectionChanged.connect(self._selection_changed)
        self.text.viewport().setMouseTracking(True)
        self.text.viewport().installEventFilter(self)

        self.new_claim_button = QPushButton(self.tr("&New claim from selection"))
        self.link_button = QPushButton(self.tr("&Link to existing claim…"))
        self.new_claim_button.clicked.connect(lambda: self._emit(self.new_claim_requested))
        self.link_button.clicked.connect(lambda: self._emit(self.link_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_claim_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)

        self.suggestion_list = QListWidget()
        self.suggestion_list.setAccessibleName(self.tr("Quantities that could be claims"))
        self.suggestion_list.setWordWrap(True)
        self.suggestion_list.setAlternatingRowColors(True)
        # One click opens the form; moving through the list with the keys only shows the
        # sentence, and Enter opens the form (see eventFilter). itemActivated is not used: on
        # platforms that activate on single click it would open the form twice, and the list
        # passes Enter on to the window, which would also open the article's edit form.
        self.suggestion_list.itemClicked.connect(self._suggestion_activated)
        self.suggestion_list.currentItemChanged.connect(self._suggestion_current)
        self.suggestion_list.installEventFilter(self)
        suggestions = QWidget()
        column = QVBoxLayout(suggestions)
        column.setContentsMargins(0, 0, 0, 0)
        self.suggestion_label = QLabel(self.tr("Quantities in this article"))
        column.addWidget(self.suggestion_label)
        column.addWidget(self.suggestion_list)

        reading = QWidget()
        body = QVBoxLayout(reading)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.header)
        body.addWidget(self.text, 1)
        body.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(reading)
        splitter.addWidget(suggestions)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        workspace.bus.changed.connect(self._changed)
        self.show_nothing()

    # Loading -------------------------------------------------------------------------------

    def show_nothing(self) -> None:
        self.current_id = self.record = None
        self.highlights, self.suggestions = [], []
        self.header.setText(escape(self.tr("Nothing selected.")))
        self.text.setPlainText("")
        self.suggestion_list.clear()
        self._selection_changed()

    def show_id(self, article_id: int | None) -> None:
        if article_id is None:
            self.show_nothing()
            return
        self.current_id = article_id
        if self._ticket is not None:
            self.workspace.reader.cancel(self._ticket)
        project = self.workspace.project

        def load() -> _Loaded:
            article = project.articles.get(article_id)
            return _Loaded(
                article,
                project.citations.highlights(article_id),
                suggest_claims(article.text, article.language),
            )

        self._ticket = self.workspace.reader.submit(
            load, lambda loaded: self._arrived(article_id, loaded), self._failed
        )

    def _arrived(self, article_id: int, loaded: _Loaded) -> None:
        if article_id != self.current_id:
            return
        self._ticket = None
        same_text = self.record is not None and self.record.text == loaded.article.text
        self.record, self.highlights = loaded.article, loaded.highlights
        self.suggestions = loaded.suggestions
        self.header.setText(self._header_html(loaded.article))
        if not same_text:
            self._offsets = TextOffsets(loaded.article.text)
            self.text.setPlainText(self._offsets.display_text())
        self._paint_highlights()
        self._fill_suggestions()
        self._selection_changed()

    def _failed(self, error: BaseException) -> None:
        self._ticket = None
        if isinstance(error, NotFoundError):
            self.show_nothing()
            self.header.setText(escape(self.tr("This article was deleted.")))
        else:
            self.header.setText(escape(messages.error_text(error)))

    def _changed(self, changes: Changes) -> None:
        if self.current_id is None:
            return
        if changes.everything or self.current_id in changes.articles or changes.claims:
            self.show_id(self.current_id)

    # Highlights ----------------------------------------------------------------------------

    def _paint_highlights(self) -> None:
        selections = []
        for highlight in self.highlights:
            if highlight.anchor_state is AnchorState.ORPHANED:
                continue  # not in this text any more: listed in the header instead
            chosen = QTextEdit.ExtraSelection()
            chosen.cursor = self._cursor(highlight.start, highlight.end)
            style = QTextCharFormat()
            style.setBackground(QColor(HIGHLIGHT[highlight.status]))
            style.setToolTip(self._describe(highlight))
            chosen.format = style
            selections.append(chosen)
        self.text.setExtraSelections(selections)

    def highlight_at(self, index: int) -> Highlight | None:
        """The (innermost) highlighted excerpt covering a text index."""
        covering = [
            h for h in self.highlights
            if h.anchor_state is not AnchorState.ORPHANED and h.start <= index < h.end
        ]  # fmt: skip
        return min(covering, key=lambda h: h.end - h.start) if covering else None

    def _describe(self, highlight: Highlight) -> str:
        status = fmt.status_label(highlight.status)
        return f"#{highlight.claim_id} · {status}: {highlight.statement}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # the Qt override
        if (
            watched is self.suggestion_list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._suggestion_activated(self.suggestion_list.currentItem())
            return True
        if watched is self.text.viewport():
            if event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
                found = self._highlight_under(event.position().toPoint())
                if found is not None:
                    QToolTip.showText(event.globalPosition().toPoint(), self._describe(found))
                else:
                    QToolTip.hideText()
            elif (
                event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and not self.text.textCursor().hasSelection()
            ):
                found = self._highlight_under(event.position().toPoint())
                if found is not None:
                    self.claim_activated.emit(found.claim_id)
        return super().eventFilter(watched, event)

    def _highlight_under(self, point: QPoint) -> Highlight | None:
        position = self.text.cursorForPosition(point).position()
        return self.highlight_at(self._offsets.to_index(position))

    # Selection and suggestions ---------------------------------------------------------

    def selection(self) -> Selection | None:
        cursor = self.text.textCursor()
        if self.record is None or not cursor.hasSelection():
            return None
        start = self._offsets.to_index(cursor.selectionStart())
        end = self._offsets.to_index(cursor.selectionEnd(), round_up=True)
        # Whitespace at the edges of a mouse selection is never meant as part of a quote.
        text = self.record.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Selection(self.record, start, end) if end > start else None

    def select(self, start: int, end: int) -> None:
        """Select text[start:end] (Python indices), as a mouse would."""
        self.text.setTextCursor(self._cursor(start, end))

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._offsets.to_position(start))
        cursor.setPosition(self._offsets.to_position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _selection_changed(self) -> None:
        has = self.selection() is not None
        self.new_claim_button.setEnabled(has)
        self.link_button.setEnabled(has)

    def _emit(self, signal: Signal) -> None:  # type: ignore[type-arg]
        chosen = self.selection()
        if chosen is not None:
            signal.emit(chosen)  # type: ignore[attr-defined]

    def _context_menu(self, position: QPoint) -> None:
        menu = self.text.createStandardContextMenu()
        if self.selection() is not None:
            menu.insertSeparator(menu.actions()[0])
            link = self.tr("Link to existing claim…")
            menu.insertAction(menu.actions()[0], self._menu_action(menu, link, self.link_requested))
            new = self.tr("New claim from selection")
            menu.insertAction(
                menu.actions()[0], self._menu_action(menu, new, self.new_claim_requested)
            )
        menu.exec(self.text.mapToGlobal(position))

    def _menu_action(self, menu: QMenu, text: str, signal: Signal):  # type: ignore[no-untyped-def]
        action = menu.addAction(text)
        action.triggered.connect(lambda: self._emit(signal))
        return action

    def _fill_suggestions(self) -> None:
        self.suggestion_list.clear()
        for number, suggestion in enumerate(self.suggestions):
            item = QListWidgetItem(f"{suggestion.phrase} — {suggestion.sentence}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setToolTip(self.tr("Click (or Enter) to record it as a claim"))
            self.suggestion_list.addItem(item)
        count = len(self.suggestions)
        self.suggestion_label.setText(
            translate("ArticleReader", "Quantities in this article: %1").replace("%1", str(count))
        )

    def _suggestion_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        suggestion = self.suggestions[item.data(Qt.ItemDataRole.UserRole)]
        self.select(suggestion.sentence_start, suggestion.sentence_end)
        self.text.centerCursor()

    def _suggestion_activated(self, item: QListWidgetItem | None) -> None:
        if self.record is None or item is None:
            return
        self._suggestion_current(item)  # the sentence stays visible behind the form
        suggestion = self.suggestions[item.data(Qt.ItemDataRole.UserRole)]
        self.new_claim_requested.emit(
            Selection(self.record, suggestion.sentence_start, suggestion.sentence_end)
        )

    def _header_html(self, article: ArticleRecord) -> str:
        parts = [f"<b style='font-size:13pt'>{escape(article.title)}</b>"]
        facts = [
            article.publisher.name if article.publisher else "",
            ", ".join(article.authors),
            fmt.date_text(article.published_on),
            article.language or "",
        ]
        parts.append("<br>" + escape(" · ".join(fact for fact in facts if fact)))
        if article.url:
            parts.append(f"<br><span style='color:#555'>{escape(article.url)}</span>")
        captured = fmt.datetime_text(article.captured_at)
        label = self.tr("Captured")  # outside the f-string, where lupdate finds it
        parts.append(
            f"<br><span style='color:#555'>{escape(label)} {escape(captured)}"
            f" · SHA-256 {escape((article.sha256 or '')[:16])}…</span>"
        )
        if article.changed_at is not None:
            note = self.tr(
                "This page changed after it was first captured; earlier versions are kept."
            )
            parts.append(f"<br><b style='color:#b35c00'>{escape(note)}</b>")
        orphans = [h for h in self.highlights if h.anchor_state is AnchorState.ORPHANED]
        if orphans:
            label = self.tr("Excerpts no longer found in this text")
            listed = "; ".join(f"#{h.claim_id} {h.statement[:60]}" for h in orphans)
            parts.append(f"<br><b style='color:#b00020'>{escape(label)}:</b> {escape(listed)}")
        return "".join(parts)
