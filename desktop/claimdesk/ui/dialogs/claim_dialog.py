"""Creating or editing a claim: what is claimed, by whom, through whom it reached the report,
when, how much, and how credible it looks.

Text the analyst typed that cannot be read (a date, a quantity, a hop date) is reported here,
all at once and under its field, keyed the way the core keys its own problems.

While the statement is typed, the claims already in the project most like it are listed under
it (widgets/similar_suggestions.py); saving a new claim that very likely duplicates one of them
asks first, once per claim found.

On a team server the form watches the claim it edits: when a colleague saves a new version of
it (or deletes it), a bar at the top says who and when, before Save is pressed; saving then
goes through the conflict dialog as before (ui/actions.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ...core import snippets
from ...core.enums import Credibility
from ...core.errors import BadValue, FieldProblem, NotFoundError, ValidationError
from ...core.inputs import ClaimInput, SourceInput
from ...core.live import Notice
from ...core.matching.similar import DUPLICATE_SCORE, SimilarClaim
from ...core.records import ClaimRecord, SourceRef
from .. import messages
from ..formatting import credibility_meaning, datetime_text
from ..forms import FormDialog
from ..widgets.hop_editor import HopEditor, HopRowsError
from ..widgets.partial_date_edit import PartialDateEdit
from ..widgets.quantity_edit import QuantityEdit
from ..widgets.similar_suggestions import SimilarQuery, SimilarSuggestions
from ..widgets.source_picker import SourcePicker
from ..widgets.tag_edit import TagEdit
from ..widgets.text_fields import language_combo, plain_text, text_box
from ..workspace import Workspace

# How long Save waits for the match of the final text before saving without it.
MATCH_WAIT_MS = 5_000
CHANGED_STYLE = (
    "QLabel { background: #fff4c2; color: #3d3000; border: 1px solid #e0c860;"
    " border-radius: 3px; padding: 6px; }"
)


def looks_duplicate(hit: SimilarClaim) -> bool:
    """A hit worth a question before saving: scored as a likely duplicate, and not about the
    same thing with another figure ("same_unit": then it is an update or a conflict)."""
    return hit.score >= DUPLICATE_SCORE and all(r.code != "same_unit" for r in hit.reasons)


class ClaimDialog(FormDialog):
    """The claim form. ``collect()`` returns a ClaimInput; ``version`` is the edited version."""

    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        record: ClaimRecord | None = None,
        *,
        prefill: ClaimInput | None = None,
        proposals: Mapping[int, SourceInput] | None = None,
        create_source: Callable[[str], SourceRef | None] | None = None,
    ):
        super().__init__(parent, self.tr("Edit claim") if record else self.tr("New claim"))
        self.version = record.version if record is not None else None
        self._record_id = record.id if record is not None else None
        self._workspace = workspace
        self._version_check: int | None = None  # reader ticket

        # Said when a colleague changes the claim while it is being edited here.
        self.changed_elsewhere = QLabel()
        self.changed_elsewhere.setObjectName("changed_elsewhere")
        self.changed_elsewhere.setWordWrap(True)
        self.changed_elsewhere.setStyleSheet(CHANGED_STYLE)
        self.changed_elsewhere.setAccessibleName(self.tr("Changed by someone else"))
        self.changed_elsewhere.hide()
        self.layout().insertWidget(0, self.changed_elsewhere)
        self._watching = record is not None and workspace.live is not None
        if self._watching:
            workspace.live.noticed.connect(self._noticed)  # type: ignore[union-attr]
            self.finished.connect(lambda _result: self._stop_watching())

        self.statement = text_box(3)
        self.statement.setPlaceholderText(self.tr("What is claimed, in one plain sentence"))
        statement_row = self.add_row(self.tr("&Statement:"), self.statement, "statement")
        self.similar = SimilarSuggestions(workspace)
        statement_row.layout().addWidget(self.similar)
        # Claims the analyst was asked about and chose to save beside (asked once each).
        self._duplicates_asked: set[int] = set()
        self._awaiting: QEventLoop | None = None  # Save waits for the final text's match
        self.quote = text_box(3)
        self.quote.setPlaceholderText(self.tr("The words of the report, as printed"))
        self.add_row(self.tr("&Quote:"), self.quote, "quote")
        self.quote_language = language_combo()
        self.add_row(self.tr("Quote &language:"), self.quote_language, "quote_language")
        self.claimant = SourcePicker(workspace, create_source=create_source)
        self.add_row(self.tr("Clai&mant:"), self.claimant, "claimant_id")
        self.hop_editor = HopEditor(workspace, create_source=create_source)
        self.add_row(self.tr("Attri&bution:"), self.hop_editor, "hops")
        self.claimed_on = PartialDateEdit()
        self.claimed_on.edit.setToolTip(self.tr("When the claimant said it"))
        self.add_row(self.tr("Claimed &on:"), self.claimed_on, "claimed_on")
        self.as_of = PartialDateEdit()
        self.as_of.edit.setToolTip(self.tr("The date the claim describes, e.g. troops “as of May”"))
        self.add_row(self.tr("&As of:"), self.as_of, "as_of")
        self.quantity = QuantityEdit()
        self.add_row(self.tr("Quan&tity:"), self.quantity, "quantity")
        self.credibility = QComboBox()
        for grade in Credibility:
            self.credibility.addItem(f"{grade.value} – {credibility_meaning(grade)}", grade)
        self.add_row(self.tr("&Credibility:"), self.credibility, "credibility")
        self.tags = TagEdit(workspace)
        self.add_row(self.tr("Ta&gs:"), self.tags, "tags")
        self.notes = text_box(3)
        self.add_row(self.tr("&Notes:"), self.notes, "notes")

        self.quote_language.currentTextChanged.connect(self.quantity.set_language)
        self.resize(720, 760)
        self._proposals = dict(proposals or {})
        self._fill(prefill, record)
        for edited in (self.statement, self.claimant.edit, self.quantity.edit):
            edited.textChanged.connect(self._ask_similar)
        self._ask_similar()
        self.statement.setFocus()

    def collect(self) -> ClaimInput:
        problems: list[FieldProblem] = []

        def read(field: str, edit: PartialDateEdit | QuantityEdit) -> Any:
            try:
                return edit.value()
            except BadValue as error:
                problems.append(FieldProblem(field, error.code, error.params))
                return None

        claimed_on = read("claimed_on", self.claimed_on)
        as_of = read("as_of", self.as_of)
        quantity = read("quantity", self.quantity)
        try:
            hops = self.hop_editor.hops()
        except HopRowsError as error:
            problems += [problem.under("hops") for problem in error.problems.values()]
            hops = ()
        if unresolved := self.claimant.unresolved_name():
            problems.append(FieldProblem("claimant_id", "no_single_source", {"name": unresolved}))
        if problems and not plain_text(self.statement).strip():
            # Reported with the other local problems so that one Save shows them all.
            problems.append(FieldProblem("statement", "required"))
        if problems:
            raise ValidationError(problems)
        return ClaimInput(
            statement=plain_text(self.statement),
            quote=plain_text(self.quote).strip() or None,
            quote_language=self.quote_language.currentText().strip() or None,
            claimant_id=self.claimant.source_id(),
            claimed_on=claimed_on,
            as_of=as_of,
            quantity=quantity,
            credibility=Credibility(self.credibility.currentData()),
            tags=self.tags.tags(),
            notes=plain_text(self.notes).strip() or None,
            hops=hops,
        )

    def accept(self) -> None:
        """Save; a new claim that very likely duplicates one already saved is saved only
        once the analyst has said so (the match of the final text is awaited, off the UI
        thread, before anything is saved)."""
        if self.version is None and not self._duplicate_settled():
            return
        super().accept()

    def similar_query(self) -> SimilarQuery:
        """The statement as typed now, with the claimant picked and the quantity if it reads."""
        source = self.claimant.source()
        try:
            quantity = self.quantity.value()
        except BadValue:
            quantity = None
        return SimilarQuery(
            plain_text(self.statement).strip(),
            source.id if source is not None and source.id > 0 else None,
            quantity,
            self._record_id,
        )

    def _noticed(self, notice: Notice) -> None:
        """A colleague committed something: if it is this claim, read its version (on the
        reader thread) and say so when it is no longer the one this form edits."""
        if self._record_id is None or not notice.touches_claim(self._record_id):
            return
        claim_id = self._record_id
        reader = self._workspace.reader
        if self._version_check is not None:
            reader.cancel(self._version_check)
        self._version_check = reader.submit(
            lambda: self._workspace.project.claims.get(claim_id),
            lambda current: self._checked(current, notice),
            lambda error: self._check_failed(error, notice),
        )

    def _checked(self, current: ClaimRecord, notice: Notice) -> None:
        self._version_check = None
        if current.version == self.version:
            return  # e.g. an excerpt linked to it: saving will not conflict
        text = self.tr(
            "%1 changed this claim at %2. Saving will ask how to reconcile your changes "
            "with theirs."
        )
        self._show_changed(
            text.replace("%1", current.updated_by).replace("%2", datetime_text(current.updated_at))
        )

    def _check_failed(self, error: BaseException, notice: Notice) -> None:
        self._version_check = None
        if not isinstance(error, NotFoundError):
            return
        if notice.actor and not notice.reconnected:
            text = self.tr(
                "%1 deleted this claim at %2. Your text stays in the form; copy what you need."
            )
            text = text.replace("%1", notice.actor).replace("%2", datetime_text(notice.at))
        else:
            text = self.tr(
                "Someone else deleted this claim. Your text stays in the form; copy what you need."
            )
        self._show_changed(text)

    def _show_changed(self, text: str) -> None:
        self.changed_elsewhere.setText(text)
        self.changed_elsewhere.show()

    def _stop_watching(self) -> None:
        live = self._workspace.live
        if live is not None and self._watching:
            self._watching = False
            live.noticed.disconnect(self._noticed)
        if self._version_check is not None:
            self._workspace.reader.cancel(self._version_check)
            self._version_check = None

    def _ask_similar(self) -> None:
        self.similar.request(self.similar_query())

    def _duplicate_settled(self) -> bool:
        """Whether saving may go on: no likely duplicate, or the analyst said to save."""
        query = self.similar_query()
        if not query.worth_matching:
            return True
        if not self.similar.answers(query) and not self._await_match(query):
            return False
        hit = self.similar.best()
        if hit is None or not looks_duplicate(hit) or hit.id in self._duplicates_asked:
            return True
        self._duplicates_asked.add(hit.id)
        return self._save_anyway(hit)

    def _await_match(self, query: SimilarQuery) -> bool:
        """Match the final text now, off the UI thread, the window responsive meanwhile
        (Save disabled); False when the form was closed in the meantime."""
        if self._awaiting is not None:
            return False  # Save pressed again while waiting
        loop = self._awaiting = QEventLoop()
        closed: list[int] = []
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        self.similar.matched.connect(loop.quit)
        self.finished.connect(closed.append)
        self.finished.connect(loop.quit)
        self._save_button().setEnabled(False)
        try:
            self.similar.match_now(query)
            if not self.similar.answers(query):
                timer.start(MATCH_WAIT_MS)
                loop.exec()
        finally:
            timer.stop()
            self.similar.matched.disconnect(loop.quit)
            self.finished.disconnect(closed.append)
            self.finished.disconnect(loop.quit)
            self._save_button().setEnabled(True)
            self._awaiting = None
        return not closed

    def _save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _save_anyway(self, hit: SimilarClaim) -> bool:
        """Ask whether to save a claim that looks like a duplicate of ``hit``."""
        text = self.tr("This looks like a duplicate of #%1:").replace("%1", str(hit.id))
        said = f"“{snippets.clip_end(hit.statement, 200)}”"
        if hit.claimant:
            said = self.tr("%1 (%2)").replace("%1", said).replace("%2", hit.claimant)
        alike = self.tr("The two are %1 alike. Save the new claim anyway?")
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Possible duplicate"), text, parent=self
        )
        box.setInformativeText(f"{said}\n\n{alike.replace('%1', messages.score_text(hit.score))}")
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is save

    def new_sources(self) -> dict[int, SourceInput]:
        """The proposed sources the saved claim still uses, by placeholder id."""
        data_ids = {self.claimant.source_id()} | {
            row.picker.source_id()
            for row in (self.hop_editor.row(i) for i in range(self.hop_editor.row_count()))
            if row.picker is not None
        }
        return {key: value for key, value in self._proposals.items() if key in data_ids}

    def show_errors(self, problems: dict[str, FieldProblem]) -> None:
        """As the base, except that hop problems go under their own row."""
        texts = {key: messages.problem_text(problem) for key, problem in problems.items()}
        hop_problems = {key[5:]: why for key, why in texts.items() if key.startswith("hops.")}
        rest = {key: why for key, why in texts.items() if not key.startswith("hops.")}
        unplaced = self.hop_editor.show_errors(hop_problems)
        rest.update({f"hops.{key}": why for key, why in unplaced.items()})
        self.show_texts(rest)
        placed = [key for key in hop_problems if key not in unplaced]
        if placed and not rest:
            row = self.hop_editor.row(int(placed[0].partition(".")[0]))
            row.focus_widgets()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        super().clear_errors()
        self.hop_editor.clear_errors()

    def _fill(self, prefill: ClaimInput | None, record: ClaimRecord | None) -> None:
        data = prefill if prefill is not None else ClaimInput.of(record) if record else None
        if data is None:
            self.credibility.setCurrentIndex(
                self.credibility.findData(Credibility.CANNOT_BE_JUDGED)
            )
            return
        self.statement.setPlainText(data.statement)
        self.quote.setPlainText(data.quote or "")
        self.quote_language.setEditText(data.quote_language or "")
        if record is not None and record.claimant and record.claimant.id == data.claimant_id:
            self.claimant.set_source(record.claimant)
        elif (data.claimant_id or 0) in self._proposals:
            self.claimant.propose(data.claimant_id, self._proposals[data.claimant_id])  # type: ignore[arg-type]
        else:
            self.claimant.set_source_id(data.claimant_id)
        # Records carry the names of hop sources and articles; bare inputs only ids.
        if prefill is None and record:
            self.hop_editor.set_hops(record.hops)
        else:
            self.hop_editor.set_hops(data.hops, self._proposals)
        self.claimed_on.set_loose_value(data.claimed_on)
        self.as_of.set_loose_value(data.as_of)
        self.quantity.set_value(data.quantity)
        self.credibility.setCurrentIndex(self.credibility.findData(Credibility(data.credibility)))
        self.tags.set_tags(data.tags)
        self.notes.setPlainText(data.notes or "")
