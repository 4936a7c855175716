"""The attribution chain of a claim: who passed it on to whom, in order, from the first speaker
to the report the analyst is reading. Each hop names a source, an article or both."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import HopMode
from ...core.errors import BadValue, FieldProblem, NotFoundError
from ...core.inputs import HopInput, SourceInput
from ...core.records import ArticleRef, HopRecord, SourceRef
from ...core.services.catalogue_list import ArticleQuery
from .. import messages
from ..formatting import date_text, mode_label
from ..forms import ERROR_STYLE
from ..workspace import Workspace
from .partial_date_edit import PartialDateEdit
from .source_picker import SourcePicker

#: How many articles the article list offers (newest first), besides the ones already chosen.
ARTICLE_CHOICES = 500
CURRENT_STYLE = "#hopRow { border: 2px solid palette(highlight); border-radius: 4px; }"
PLAIN_STYLE = "#hopRow { border: 1px solid palette(mid); border-radius: 4px; }"


class HopRowsError(ValueError):
    """Rows that cannot be read; ``problems`` is keyed "N.said_on", "N.source_id" (N from 0),
    the way the core keys hop problems under "hops"."""

    def __init__(self, problems: dict[str, FieldProblem]):
        self.problems = problems
        listed = "; ".join(
            f"hop {int(key.split('.')[0]) + 1}: {problem}" for key, problem in problems.items()
        )
        super().__init__(listed)


def article_choice_label(title: str, published_on: date | None) -> str:
    return f"{title} — {date_text(published_on)}" if published_on else title


class HopRow(QFrame):
    """One hop: a source picker and/or an article list, the date, the mode and a note."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        with_source: bool,
        articles: list[tuple[int, str]] | None,
        create_source: Callable[[str], SourceRef | None] | None,
    ):
        super().__init__()
        self.setObjectName("hopRow")
        self.setStyleSheet(PLAIN_STYLE)
        self.number = QLabel()
        self.picker = SourcePicker(workspace, create_source=create_source) if with_source else None
        self.article: QComboBox | None = None
        if articles is not None:
            self.article = QComboBox()
            self.article.setPlaceholderText(self.tr("Choose an article"))
            self.article.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.article.setMinimumContentsLength(20)
            for article_id, label in articles:
                self.article.addItem(label, article_id)
            self.article.setCurrentIndex(-1)
        self.date = PartialDateEdit()
        self.mode = QComboBox()
        for mode in HopMode:
            self.mode.addItem(mode_label(mode), mode)
        self.mode.setCurrentIndex(self.mode.findData(HopMode.PARAPHRASE))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("How, e.g. “Interview published by …”"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        # Columns: number, caption, date, free, mode. The chooser spans date and free, the
        # description free and mode, so that both long texts get the width.
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.number, 0, 0)
        line = 0
        for caption, chooser in (
            (self.tr("Source:"), self.picker),
            (self.tr("Article:"), self.article),
        ):
            if chooser is not None:
                grid.addWidget(QLabel(caption), line, 1)
                grid.addWidget(chooser, line, 2, 1, 2)
                line += 1
        grid.addWidget(self.mode, 0, 4)
        grid.addWidget(QLabel(self.tr("Said on:")), line, 1)
        grid.addWidget(self.date, line, 2)
        grid.addWidget(self.description, line, 3, 1, 2)
        grid.addWidget(self.error, line + 1, 1, 1, 4)
        grid.setColumnStretch(3, 1)
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._edited)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._edited)

    def set_number(self, number: int) -> None:
        self.number.setText(f"{number}.")
        names: list[tuple[QWidget | None, str]] = [
            (self.picker, self.tr("Hop {n}: source")),
            (self.article, self.tr("Hop {n}: article")),
            (self.date, self.tr("Hop {n}: date")),
            (self.mode, self.tr("Hop {n}: mode")),
            (self.description, self.tr("Hop {n}: description")),
        ]
        for widget, name in names:
            if widget is not None:
                widget.setAccessibleName(name.format(n=number))

    def focus_widgets(self) -> list[QWidget]:
        """The inputs of the row in tab order."""
        found: list[QWidget] = []
        if self.picker is not None:
            found.append(self.picker.edit)
            if not self.picker.new_button.isHidden():
                found.append(self.picker.new_button)
        if self.article is not None:
            found.append(self.article)
        found += [self.mode, self.date.edit, self.description]
        return found

    def select_article(self, article: ArticleRef) -> None:
        assert self.article is not None
        index = self.article.findData(article.id)
        if index < 0:
            self.article.addItem(
                article_choice_label(article.title, article.published_on), article.id
            )
            index = self.article.count() - 1
        self.article.setCurrentIndex(index)

    def set_current(self, current: bool) -> None:
        self.setStyleSheet(CURRENT_STYLE if current else PLAIN_STYLE)

    def show_error(self, text: str) -> None:
        self.error.setText(f"{self.error.text()}\n{text}" if self.error.text() else text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def _edited(self) -> None:
        """A problem shown goes as soon as the row is edited; a date that still does not read
        is said again at once, the rest on Save."""
        if self.error.isHidden():
            return
        self.clear_error()
        try:
            self.date.value()
        except BadValue as error:
            problem = FieldProblem("said_on", error.code, error.params)
            caption = QCoreApplication.translate("HopEditor", "Date")
            self.show_error(f"{caption}: {messages.problem_text(problem)}")


class HopEditor(QWidget):
    """Ordered hop rows with Add source hop / Add article hop / Move up / Move down / Remove.

    The buttons act on the current row: the one that last had the keyboard focus.
    """

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        create_source: Callable[[str], SourceRef | None] | None = None,
    ):
        super().__init__(parent)
        self._workspace = workspace
        self._create_source = create_source
        self._articles: list[tuple[int, str]] | None = None  # read when first needed
        self._rows: list[HopRow] = []
        self._current = -1

        self.add_source_button = QPushButton(self.tr("Add source &hop"))
        self.add_article_button = QPushButton(self.tr("Add art&icle hop"))
        self.move_up_button = QPushButton(self.tr("Move u&p"))
        self.move_down_button = QPushButton(self.tr("Move &down"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_source_button, self.add_article_button):
            bar.addWidget(button)
        bar.addStretch(1)
        for button in (self.move_up_button, self.move_down_button, self.remove_button):
            bar.addWidget(button)
        self.add_source_button.clicked.connect(self.add_source_hop)
        self.add_article_button.clicked.connect(self.add_article_hop)
        self.move_up_button.clicked.connect(lambda: self.move_current(-1))
        self.move_down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)

        self.empty = QLabel(
            self.tr("No hops yet: add who passed the claim on, from the first speaker onwards.")
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        holder = QWidget()
        self._rows_layout = QVBoxLayout(holder)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        self._rows_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(holder)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes through the rows themselves (the scroll area keeps the focused one in view).
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(bar)
        outer.addWidget(self.empty)
        outer.addWidget(self.scroll, 1)
        self.setFocusProxy(self.add_source_button)
        self._refresh()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.scroll.setAccessibleName(name)

    def row_count(self) -> int:
        return len(self._rows)

    def row(self, index: int) -> HopRow:
        return self._rows[index]

    def current_row(self) -> int:
        return self._current

    def set_current_row(self, index: int) -> None:
        self._current = index if 0 <= index < len(self._rows) else -1
        for position, row in enumerate(self._rows):
            row.set_current(position == self._current)
        self._enable_buttons()

    def add_source_hop(self) -> HopRow:
        row = self._append(source=True, article=False)
        row.focus_widgets()[0].setFocus()
        return row

    def add_article_hop(self) -> HopRow:
        row = self._append(source=False, article=True)
        row.focus_widgets()[0].setFocus()
        return row

    def move_current(self, step: int) -> None:
        origin, target = self._current, self._current + step
        if not (0 <= origin < len(self._rows) and 0 <= target < len(self._rows)):
            return
        rows = self._rows
        rows[origin], rows[target] = rows[target], rows[origin]
        for row in rows:
            self._rows_layout.removeWidget(row)
        for index, row in enumerate(rows):
            self._rows_layout.insertWidget(index, row)
        self._current = target
        self._refresh()

    def remove_current(self) -> None:
        if not 0 <= self._current < len(self._rows):
            return
        row = self._rows.pop(self._current)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._current = min(self._current, len(self._rows) - 1)
        self._refresh()
        if self._current >= 0:
            self._rows[self._current].focus_widgets()[0].setFocus()
        else:
            self.add_source_button.setFocus()

    def hops(self) -> tuple[HopInput, ...]:
        """The rows as inputs, in order; HopRowsError (a ValueError) names bad rows."""
        problems: dict[str, FieldProblem] = {}
        hops = []
        for index, row in enumerate(self._rows):
            try:
                said_on = row.date.value()
            except BadValue as error:
                problems[f"{index}.said_on"] = FieldProblem(
                    f"{index}.said_on", error.code, error.params
                )
                said_on = None
            source_id = None
            if row.picker is not None:
                source_id = row.picker.source_id()
                if unresolved := row.picker.unresolved_name():
                    problems[f"{index}.source_id"] = FieldProblem(
                        f"{index}.source_id", "no_single_source", {"name": unresolved}
                    )
            description = row.description.text().strip()
            hops.append(
                HopInput(
                    source_id=source_id,
                    article_id=row.article.currentData() if row.article is not None else None,
                    said_on=said_on,
                    mode=HopMode(row.mode.currentData()),
                    description=description or None,
                )
            )
        if problems:
            raise HopRowsError(problems)
        return tuple(hops)

    def set_hops(
        self,
        hops: Sequence[HopRecord | HopInput],
        proposals: Mapping[int, SourceInput] | None = None,
    ) -> None:
        """Show a stored chain (records) or a prefilled one (inputs, looked up by id; a
        negative id is a new source from `proposals`, created when the claim is saved)."""
        for row in self._rows:
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        self._current = -1
        for hop in hops:
            source, article = self._refs(hop)
            row = self._append(source=source is not None or article is None, article=bool(article))
            if row.picker is not None:
                row.picker.set_source(source)
                proposal = (proposals or {}).get(getattr(hop, "source_id", None) or 0)
                if proposal is not None:
                    row.picker.propose(hop.source_id, proposal)  # type: ignore[union-attr, arg-type]
            if article is not None:
                row.select_article(article)
            row.date.set_loose_value(hop.said_on)
            row.mode.setCurrentIndex(row.mode.findData(HopMode(hop.mode)))
            row.description.setText(hop.description or "")
        self.set_current_row(-1)

    def show_errors(self, problems: dict[str, str]) -> dict[str, str]:
        """Put problems keyed "N" or "N.field" under row N; returns those that fit no row."""
        captions = {
            "said_on": self.tr("Date"),
            "source_id": self.tr("Source"),
            "article_id": self.tr("Article"),
            "mode": self.tr("Mode"),
            "description": self.tr("Description"),
        }
        unplaced: dict[str, str] = {}
        for key, why in problems.items():
            index, _, detail = key.partition(".")
            if not index.isdigit() or int(index) >= len(self._rows):
                unplaced[key] = why
                continue
            caption = captions.get(detail, detail)
            self._rows[int(index)].show_error(f"{caption}: {why}" if caption else why)
        return unplaced

    def clear_errors(self) -> None:
        for row in self._rows:
            row.clear_error()

    def row_error(self, index: int) -> str:
        """The problem shown under row ``index`` ('' when none)."""
        row = self._rows[index]
        return row.error.text() if not row.error.isHidden() else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for index, row in enumerate(self._rows):
                if isinstance(watched, QWidget) and row.isAncestorOf(watched):
                    self.set_current_row(index)
                    break
        return super().eventFilter(watched, event)

    def _append(self, *, source: bool, article: bool) -> HopRow:
        articles = self._article_choices() if article else None
        row = HopRow(
            self._workspace,
            with_source=source,
            articles=articles,
            create_source=self._create_source,
        )
        self._rows.append(row)
        self._rows_layout.insertWidget(len(self._rows) - 1, row)
        for widget in row.focus_widgets():
            widget.installEventFilter(self)
        self._current = len(self._rows) - 1
        self._refresh()
        return row

    def _refresh(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            row.set_number(number)
        self.empty.setVisible(not self._rows)
        self.scroll.setVisible(bool(self._rows))
        self.set_current_row(self._current)
        # Rows added later join the end of the window's tab chain; put them back in order.
        chain: list[QWidget] = [self.remove_button]
        for row in self._rows:
            chain += row.focus_widgets()
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _enable_buttons(self) -> None:
        current, count = self._current, len(self._rows)
        self.remove_button.setEnabled(current >= 0)
        self.move_up_button.setEnabled(current > 0)
        self.move_down_button.setEnabled(0 <= current < count - 1)

    def _article_choices(self) -> list[tuple[int, str]]:
        if self._articles is None:
            rows = self._workspace.project.article_list.page(ArticleQuery(), 0, ARTICLE_CHOICES)
            self._articles = [
                (row.id, article_choice_label(row.title, row.published_on)) for row in rows
            ]
        return self._articles

    def _refs(self, hop: HopRecord | HopInput) -> tuple[SourceRef | None, ArticleRef | None]:
        if isinstance(hop, HopRecord):
            return hop.source, hop.article
        # A prefilled id that has gone leaves its chooser empty for the analyst to fill.
        project = self._workspace.project
        try:
            source = project.sources.get(hop.source_id).ref if hop.source_id else None
        except NotFoundError:
            source = None
        try:
            article = project.articles.get(hop.article_id).ref if hop.article_id else None
        except NotFoundError:
            article = None
        return source, article
