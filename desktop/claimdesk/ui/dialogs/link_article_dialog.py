"""Link a claim to an article: pick the article, select the excerpt in its text, name the role.

Offsets are Python string indices into ArticleRecord.text, which is what the core checks.
The text view counts differently: QTextCursor positions are UTF-16 code units (an emoji is
two) and a "\\r\\n" pair becomes one block separator. The view therefore shows a copy of the
text with the same number of UTF-16 units per character, and positions are mapped back through
a table of cumulative unit counts; the excerpt itself is always the Python slice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from ...core.enums import CitationRole
from ...core.errors import ClaimdeskError, FieldProblem, ValidationError
from ...core.inputs import CitationInput
from ...core.records import ArticleRecord
from ...core.services.catalogue_list import ArticleQuery, ArticleRow
from .. import messages
from ..formatting import date_text, role_label
from ..forms import FormDialog
from ..widgets.text_offsets import TextOffsets
from ..workspace import Workspace

ARTICLES_SHOWN = 200
SEARCH_DELAY_MS = 200


class LinkArticleDialog(FormDialog):
    """Cite an article for a claim; collect() returns a CitationInput."""

    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        claim_id: int,
        article_id: int | None = None,
    ):
        super().__init__(parent, self.tr("Link to article"))
        self.workspace = workspace
        self.claim_id = claim_id
        self.article: ArticleRecord | None = None
        self._offsets = TextOffsets("")
        self._span: tuple[int, int] | None = None

        self.claim_label = QLabel(self._claim_text())
        self.claim_label.setWordWrap(True)
        self.claim_label.setTextFormat(Qt.TextFormat.PlainText)
        self.claim_label.setAccessibleName(self.tr("Claim"))
        self.layout().insertWidget(1, self.claim_label)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Part of the title"))
        self.search_edit.setClearButtonEnabled(True)
        self.add_row(self.tr("&Find article:"), self.search_edit)

        self.article_list = QListWidget()
        # Fixed heights here: the article text, not these rows, takes the dialog's height.
        self.article_list.setFixedHeight(self.article_list.fontMetrics().lineSpacing() * 7)
        list_holder = self.add_row(self.tr("&Article:"), self.article_list, "article_id")
        self.more_label = QLabel()
        self.more_label.setStyleSheet("color: palette(mid);")
        self.more_label.hide()
        self.form.addRow("", self.more_label)

        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_view.setPlaceholderText(self.tr("Choose an article to see its text."))
        self.add_row(
            self.tr("&Text:"),
            self.text_view,
            "excerpt",
            self.tr("Select the excerpt with the mouse, or with Shift and the arrow keys."),
        )

        # A read-only editor, not a word-wrapped QLabel: labels in a form row wrap to a sliver.
        self.excerpt_view = QPlainTextEdit()
        self.excerpt_view.setReadOnly(True)
        self.excerpt_view.setTabChangesFocus(True)
        self.excerpt_view.setFixedHeight(self.excerpt_view.fontMetrics().lineSpacing() * 4)
        excerpt_holder = self.add_row(self.tr("Excerpt:"), self.excerpt_view)
        self.offsets_label = QLabel()
        self.offsets_label.setAccessibleName(self.tr("Excerpt position"))
        excerpt_holder.layout().addWidget(self.offsets_label)
        for holder in (list_holder, excerpt_holder):
            holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.role_combo = QComboBox()
        for role in CitationRole:
            self.role_combo.addItem(role_label(role), role.value)
        self.add_row(self.tr("&Role:"), self.role_combo, "role")

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload_articles)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.article_list.currentItemChanged.connect(self._article_chosen)
        self.text_view.selectionChanged.connect(self._selection_changed)

        QWidget.setTabOrder(self.search_edit, self.article_list)
        QWidget.setTabOrder(self.article_list, self.text_view)
        QWidget.setTabOrder(self.text_view, self.excerpt_view)
        QWidget.setTabOrder(self.excerpt_view, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.buttons)

        self.reload_articles()
        if article_id is not None:
            self.choose_article(article_id)
        self._show_selection()
        (self.text_view if self.article else self.search_edit).setFocus()
        self.resize(760, 720)

    def reload_articles(self) -> None:
        """List the articles whose title matches the search text, keeping the choice."""
        self._search_timer.stop()
        query = ArticleQuery(text=self.search_edit.text())
        article_list = self.workspace.project.article_list
        rows = article_list.page(query, 0, ARTICLES_SHOWN)
        chosen = self.article.id if self.article else None
        if chosen is not None and all(row.id != chosen for row in rows):
            # The chosen article stays in sight (and chosen) while the analyst searches on.
            rows = article_list.rows([chosen]) + rows
        self.article_list.blockSignals(True)
        self.article_list.clear()
        for row in rows:
            self.article_list.addItem(self._article_item(row))
        self.article_list.blockSignals(False)
        if chosen is not None:
            self._mark_current(chosen)
        if len(rows) >= ARTICLES_SHOWN:
            total = article_list.count(query)
            text = self.tr("Showing %1 of %2 articles: type more of the title to narrow it.")
            self.more_label.setText(text.replace("%1", str(len(rows))).replace("%2", str(total)))
            self.more_label.show()
        else:
            self.more_label.hide()

    def choose_article(self, article_id: int) -> None:
        """Show an article's text (listing it even when the search would not)."""
        if not self._mark_current(article_id):
            rows = self.workspace.project.article_list.rows([article_id])
            if not rows:
                self._show_general(
                    self.tr("Article %1 does not exist.").replace("%1", str(article_id))
                )
                return
            self.article_list.insertItem(0, self._article_item(rows[0]))
            self._mark_current(article_id)

    def select_excerpt(self, start: int, end: int) -> None:
        """Select text[start:end] (Python indices) in the article text and scroll to it."""
        cursor = self.text_view.textCursor()
        cursor.setPosition(self._offsets.to_position(start))
        cursor.setPosition(self._offsets.to_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)
        self.text_view.ensureCursorVisible()

    def selection(self) -> tuple[int, int] | None:
        """The selected span as Python indices into the article text, or None."""
        return self._span

    def collect(self) -> CitationInput:
        problems = []
        if self.article is None:
            problems.append(FieldProblem("article_id", "choose_article"))
        elif self._span is None or not self._excerpt().strip():
            problems.append(FieldProblem("excerpt", "select_excerpt"))
        if problems:
            raise ValidationError(problems)
        assert self.article is not None and self._span is not None
        start, end = self._span
        return CitationInput(
            claim_id=self.claim_id,
            article_id=self.article.id,
            excerpt=self._excerpt(),
            start=start,
            end=end,
            role=CitationRole(self.role_combo.currentData()),  # Qt returns the item data as str
        )

    def _excerpt(self) -> str:
        if self._span is None:
            return ""
        start, end = self._span
        return self._offsets.text[start:end]

    def _claim_text(self) -> str:
        try:
            claim = self.workspace.project.claims.get(self.claim_id)
        except ClaimdeskError:
            return self.tr("Claim %1").replace("%1", str(self.claim_id))
        text = self.tr("Claim %1: %2")
        return text.replace("%1", str(self.claim_id)).replace("%2", claim.statement)

    def _article_item(self, row: ArticleRow) -> QListWidgetItem:
        details = [part for part in (row.publisher, date_text(row.published_on)) if part]
        text = f"{row.title} — {', '.join(details)}" if details else row.title
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        item.setToolTip(row.url or row.title)
        return item

    def _mark_current(self, article_id: int) -> bool:
        for index in range(self.article_list.count()):
            item = self.article_list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == article_id:
                self.article_list.setCurrentItem(item)
                return True
        return False

    def _article_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        article_id = item.data(Qt.ItemDataRole.UserRole)
        if self.article is not None and self.article.id == article_id:
            return
        try:
            article = self.workspace.project.articles.get(article_id)
        except ClaimdeskError as error:
            self._show_general(messages.error_text(error))
            return
        self.article = article
        self._offsets = TextOffsets(article.text)
        self.text_view.setPlainText(self._offsets.display_text())
        self._span = None
        self._show_selection()

    def _selection_changed(self) -> None:
        cursor = self.text_view.textCursor()
        if not cursor.hasSelection():
            self._span = None
        else:
            start = self._offsets.to_index(cursor.selectionStart())
            end = self._offsets.to_index(cursor.selectionEnd(), round_up=True)
            self._span = (start, end) if end > start else None
        self._show_selection()

    def _show_selection(self) -> None:
        if self._span is None:
            self.excerpt_view.clear()
            self.offsets_label.setText(self.tr("Nothing selected yet."))
            return
        start, end = self._span
        self.excerpt_view.setPlainText(self._excerpt())
        where = self.tr("Characters %1–%2 of the article text (%3 characters)")
        self.offsets_label.setText(
            where.replace("%1", str(start)).replace("%2", str(end)).replace("%3", str(end - start))
        )
