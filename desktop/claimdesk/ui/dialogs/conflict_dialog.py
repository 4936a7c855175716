"""Saving a claim met someone else's newer edit: show what differs and let the analyst choose.

Only the fields that differ are listed, as readable text; comparing happens on normalised
values so that "2025-06" typed by the analyst equals June 2025 stored by the colleague.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple

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

from ...core.dates import PartialDate
from ...core.enums import Credibility, HopMode
from ...core.inputs import ClaimInput, DateLike
from ...core.records import CLAIM_TEXT_FIELDS, ClaimRecord
from ..formatting import (
    credibility_meaning,
    datetime_text,
    mode_label,
    partial_date_text,
    quantity_text,
)
from ..messages import field_label

Choice = Literal["reload", "keep_mine"]
EMPTY = "—"


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One compared field: its label, and each side as a comparable value and as text."""

    label: str
    mine: object
    theirs: object
    mine_text: str
    theirs_text: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


class _Hop(NamedTuple):
    source_id: int | None
    article_id: int | None
    said_on: PartialDate | str | None
    mode: HopMode | str
    description: str


def _text_value(value: str | None) -> str:
    return (value or "").strip()


def _date_value(value: DateLike) -> PartialDate | str | None:
    try:
        return PartialDate.coerce(value)
    except ValueError:
        return str(value).strip() or None  # typed text that is no date stays as typed


def _date_text(value: PartialDate | str | None) -> str:
    if isinstance(value, PartialDate):
        return partial_date_text(value)
    return value or EMPTY


def _mode_value(value: HopMode | str) -> HopMode | str:
    try:
        return HopMode(value)
    except ValueError:
        return str(value)


def _credibility_value(value: Credibility | str) -> Credibility | str:
    try:
        return Credibility(value)
    except ValueError:
        return str(value)


def _credibility_text(value: Credibility | str) -> str:
    if isinstance(value, Credibility):
        return f"{value.value} – {credibility_meaning(value)}"
    return value or EMPTY


class ConflictDialog(QDialog):
    """Shown when saving a claim hits a ConflictError. After exec(), choice() says what the
    analyst chose: "reload" (take theirs, drop the edit), "keep_mine" (save the edit over
    theirs) or None (go back to editing)."""

    def __init__(
        self,
        parent: QWidget | None,
        mine: ClaimInput,
        theirs: ClaimRecord,
        source_names: dict[int, str] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Claim changed by someone else"))
        self.setModal(True)
        self.mine = mine
        self.theirs = theirs
        self._names = self._known_names(source_names or {})
        self._choice: Choice | None = None
        #: Asks before overwriting their version; replaceable (tests, scripted use).
        self.confirm: Callable[[], bool] = self._confirm_keep_mine

        self.differences = self._compare()
        differing = [field for field in self.differences if field.differs]
        layout = QVBoxLayout(self)

        intro = self.tr(
            "Claim %1 was changed by %2 (%3) while you were editing it. "
            "Choose whose version to keep."
        )
        self.intro_label = QLabel(
            intro.replace("%1", str(theirs.id))
            .replace("%2", theirs.updated_by)
            .replace("%3", datetime_text(theirs.updated_at))
        )
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)

        self.table = QTableWidget(len(differing), 3)
        self.table.setAccessibleName(self.tr("Fields that differ"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your version"), self.tr("Their version")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, field in enumerate(differing):
            for column, text in enumerate((field.label, field.mine_text, field.theirs_text)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        if not differing:
            self.table.hide()
            nothing = QLabel(
                self.tr(
                    "Their change touched none of the fields you edit (it may have been a "
                    "status change); keeping yours overwrites nothing they wrote here."
                )
            )
            nothing.setWordWrap(True)
            layout.addWidget(nothing)

        same = [field.label for field in self.differences if not field.differs]
        self.same_label = QLabel(self.tr("Same in both: %1").replace("%1", ", ".join(same)))
        self.same_label.setWordWrap(True)
        self.same_label.setStyleSheet("color: palette(mid);")
        self.same_label.setVisible(bool(same))
        layout.addWidget(self.same_label)

        self.buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("&Reload theirs"))
        self.reload_button.setToolTip(self.tr("Discard your edit and show their version."))
        self.keep_button = QPushButton(self.tr("&Keep mine…"))
        self.keep_button.setToolTip(self.tr("Save your version over theirs."))
        self.back_button = QPushButton(self.tr("&Back to editing"))
        for button, role in (
            (self.reload_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.keep_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.back_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button.setAutoDefault(False)
            self.buttons.addButton(button, role)
        # Enter does the harmless thing: back to the form, nothing lost on either side.
        self.back_button.setDefault(True)
        self.reload_button.clicked.connect(self._reload)
        self.keep_button.clicked.connect(self._keep_mine)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 420)

    def choice(self) -> Choice | None:
        """The analyst's decision once the dialog is closed; None means back to editing."""
        return self._choice if self.result() == QDialog.DialogCode.Accepted else None

    def differing_labels(self) -> list[str]:
        return [field.label for field in self.differences if field.differs]

    def _reload(self) -> None:
        self._choice = "reload"
        self.accept()

    def _keep_mine(self) -> None:
        if not self.confirm():
            return
        self._choice = "keep_mine"
        self.accept()

    def _confirm_keep_mine(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Overwrite their version?"),
            self.tr(
                "Your version of claim %1 will replace the one %2 saved. Their version is not "
                "lost: it stays in the claim's audit trail."
            )
            .replace("%1", str(self.theirs.id))
            .replace("%2", self.theirs.updated_by),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _known_names(self, given: dict[int, str]) -> dict[int, str]:
        """Names for source ids: the caller's, plus those their record carries anyway."""
        names: dict[int, str] = {}
        if self.theirs.claimant is not None:
            names[self.theirs.claimant.id] = self.theirs.claimant.name
        for hop in self.theirs.hops:
            if hop.source is not None:
                names[hop.source.id] = hop.source.name
        return names | given

    def _source_text(self, source_id: int | None) -> str:
        if source_id is None:
            return EMPTY
        return self._names.get(source_id) or self.tr("source #%1").replace("%1", str(source_id))

    def _hops_text(self, hops: tuple[_Hop, ...]) -> str:
        titles = {hop.article.id: hop.article.title for hop in self.theirs.hops if hop.article}
        steps = []
        for hop in hops:
            if hop.source_id is not None:
                who = self._source_text(hop.source_id)
            elif hop.article_id is not None:
                article = self.tr("article #%1").replace("%1", str(hop.article_id))
                who = titles.get(hop.article_id) or article
            else:
                who = "?"
            how = [_date_text(hop.said_on) if hop.said_on else ""]
            how.append(mode_label(hop.mode) if isinstance(hop.mode, HopMode) else hop.mode)
            steps.append(f"{who} ({', '.join(part for part in how if part)})")
        return " → ".join(steps) or EMPTY

    def _compare(self) -> list[FieldDifference]:
        mine, theirs = self.mine, self.theirs

        def text_field(label: str, a: str | None, b: str | None) -> FieldDifference:
            a, b = _text_value(a), _text_value(b)
            return FieldDifference(label, a, b, a or EMPTY, b or EMPTY)

        def date_field(label: str, a: DateLike, b: PartialDate | None) -> FieldDifference:
            a_value, b_value = _date_value(a), _date_value(b)
            return FieldDifference(
                label, a_value, b_value, _date_text(a_value), _date_text(b_value)
            )

        my_tags = tuple(tag.strip() for tag in mine.tags if tag.strip())
        my_hops = tuple(
            _Hop(
                hop.source_id,
                hop.article_id,
                _date_value(hop.said_on),
                _mode_value(hop.mode),
                _text_value(hop.description),
            )
            for hop in mine.hops
        )
        their_hops = tuple(
            _Hop(
                hop.source.id if hop.source else None,
                hop.article.id if hop.article else None,
                hop.said_on,
                hop.mode,
                _text_value(hop.description),
            )
            for hop in theirs.hops
        )
        my_claimant = mine.claimant_id
        their_claimant = theirs.claimant.id if theirs.claimant else None
        my_credibility = _credibility_value(mine.credibility)
        return [
            text_field(self.tr("Statement"), mine.statement, theirs.statement),
            text_field(self.tr("Quote"), mine.quote, theirs.quote),
            text_field(self.tr("Quote language"), mine.quote_language, theirs.quote_language),
            FieldDifference(
                self.tr("Claimant"),
                my_claimant,
                their_claimant,
                self._source_text(my_claimant),
                self._source_text(their_claimant),
            ),
            date_field(self.tr("Claimed on"), mine.claimed_on, theirs.claimed_on),
            date_field(self.tr("As of"), mine.as_of, theirs.as_of),
            FieldDifference(
                self.tr("Quantity"),
                mine.quantity,
                theirs.quantity,
                quantity_text(mine.quantity) or EMPTY,
                quantity_text(theirs.quantity) or EMPTY,
            ),
            FieldDifference(
                self.tr("Credibility"),
                my_credibility,
                theirs.credibility,
                _credibility_text(my_credibility),
                _credibility_text(theirs.credibility),
            ),
            FieldDifference(
                self.tr("Tags"),
                frozenset(tag.casefold() for tag in my_tags),
                frozenset(tag.casefold() for tag in theirs.tags),
                ", ".join(my_tags) or EMPTY,
                ", ".join(theirs.tags) or EMPTY,
            ),
            *(
                text_field(field_label(name), getattr(mine, name), getattr(theirs, name))
                for name in CLAIM_TEXT_FIELDS
            ),
            FieldDifference(
                self.tr("Attribution chain"),
                my_hops,
                their_hops,
                self._hops_text(my_hops),
                self._hops_text(their_hops),
            ),
        ]
