"""Set the status of one or many claims: the new status, why, and what it rests on.

Every claim gets its own review with the same rationale. Evidence is the claims' own citations
(each ends up on the review of the claim it belongs to) and web addresses (on every review).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ...core import snippets
from ...core.enums import Status
from ...core.errors import FieldProblem, ValidationError
from ...core.inputs import EvidenceInput
from ...core.records import CitationRecord, ClaimRecord
from .. import messages
from ..formatting import role_label, status_label
from ..forms import FormDialog
from ..workspace import Workspace

EXCERPT_PREVIEW = 140


@dataclass(frozen=True, slots=True)
class StatusRequest:
    """What the analyst asked for; the window turns it into a SetStatusCommand."""

    claim_ids: tuple[int, ...]
    status: Status
    rationale: str | None
    evidence: tuple[EvidenceInput, ...]


def suggested_status(claims: Sequence[ClaimRecord]) -> Status:
    """The next sensible step: start checking what is unchecked, then reach a verdict; a claim
    that already has a verdict is most often reopened."""
    statuses = {claim.status for claim in claims}
    if Status.UNVERIFIED in statuses:
        return Status.IN_PROGRESS
    if statuses == {Status.IN_PROGRESS}:
        return Status.VERIFIED
    return Status.IN_PROGRESS


class StatusDialog(FormDialog):
    """ "Set status…" for the selected claims; collect() returns a StatusRequest."""

    def __init__(self, parent: QWidget | None, workspace: Workspace, claims: list[ClaimRecord]):
        super().__init__(parent, self.tr("Set status"))
        self.workspace = workspace
        self.claims = list(claims)
        # Which evidence entry came from which URL line, to word the core's "evidence.N" keys.
        self._url_lines: dict[int, int] = {}

        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Claims"))
        self.layout().insertWidget(1, self.summary)
        # Four eyes (the project's rule): said before a verdict is given, not after.
        self.four_eyes_note = QLabel(
            self.tr(
                "This project asks for four eyes: a verdict waits until a colleague confirms "
                "it; the claim keeps its status meanwhile."
            )
        )
        self.four_eyes_note.setObjectName("four_eyes_note")
        self.four_eyes_note.setWordWrap(True)
        self.four_eyes_note.hide()
        self.layout().insertWidget(2, self.four_eyes_note)

        self.status_combo = QComboBox()
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        self.status_combo.setCurrentIndex(list(Status).index(suggested_status(self.claims)))
        self.add_row(self.tr("New &status:"), self.status_combo, "status")

        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setPlaceholderText(self.tr("Why this status: what was checked, how."))
        rationale_holder = self.add_row(self.tr("&Rationale:"), self.rationale_edit, "rationale")
        self.rationale_caption = self.form.labelForField(rationale_holder)
        self.rationale_hint = QLabel()
        self.rationale_hint.setWordWrap(True)
        rationale_holder.layout().insertWidget(1, self.rationale_hint)

        self.citation_list = QListWidget()
        self.citation_list.setWordWrap(True)
        self.citation_list.setUniformItemSizes(False)
        self.citation_list.setSpacing(3)
        self._fill_citations()
        evidence_holder = self.add_row(self.tr("&Evidence:"), self.citation_list, "evidence")
        urls_caption = QLabel(self.tr("&Web addresses, one per line (http:// or https://):"))
        self.url_edit = QPlainTextEdit()
        self.url_edit.setTabChangesFocus(True)
        self.url_edit.setAccessibleName(self.tr("Web addresses"))
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.setMaximumHeight(self.url_edit.fontMetrics().lineSpacing() * 5)
        urls_caption.setBuddy(self.url_edit)
        evidence_holder.layout().insertWidget(1, urls_caption)
        evidence_holder.layout().insertWidget(2, self.url_edit)

        self.status_combo.currentIndexChanged.connect(self._update_rationale_hint)
        self._update_rationale_hint()
        QWidget.setTabOrder(self.status_combo, self.rationale_edit)
        QWidget.setTabOrder(self.rationale_edit, self.citation_list)
        QWidget.setTabOrder(self.citation_list, self.url_edit)
        QWidget.setTabOrder(self.url_edit, self.buttons)
        self.status_combo.setFocus()
        self.resize(640, 560)

    def selected_status(self) -> Status:
        # Qt hands StrEnum item data back as plain str.
        return Status(self.status_combo.currentData())

    def set_status(self, status: Status) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))

    def check_citation(self, citation_id: int, checked: bool = True) -> None:
        """Tick (or untick) one citation as evidence."""
        for row in range(self.citation_list.count()):
            item = self.citation_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == citation_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(citation_id)

    def collect(self) -> StatusRequest:
        status = self.selected_status()
        rationale = self.rationale_edit.toPlainText().strip() or None
        if status.is_verdict and rationale is None:
            raise ValidationError([FieldProblem("rationale", "rationale_required")])
        evidence = [EvidenceInput(citation_id=cid) for cid in self._checked_citations()]
        self._url_lines = {}
        seen: set[str] = set()
        for number, line in enumerate(self.url_edit.toPlainText().splitlines(), start=1):
            url = line.strip()
            if url and url not in seen:
                seen.add(url)
                self._url_lines[len(evidence)] = number
                evidence.append(EvidenceInput(url=url))
        return StatusRequest(
            tuple(claim.id for claim in self.claims), status, rationale, tuple(evidence)
        )

    def show_errors(self, problems: dict[str, FieldProblem]) -> None:
        """The core names evidence by its position in the request ("evidence.3.url"); the
        analyst knows it by the line they typed it on."""
        worded: dict[str, str] = {}
        evidence_lines: list[str] = []
        for key, problem in problems.items():
            why = messages.problem_text(problem)
            parts = key.split(".")
            if parts[0] == "evidence" and len(parts) > 1 and parts[1].isdigit():
                line = self._url_lines.get(int(parts[1]))
                if line is None:
                    evidence_lines.append(self.tr("Citation: %1").replace("%1", why))
                else:
                    text = self.tr("Web address on line %1: %2")
                    evidence_lines.append(text.replace("%1", str(line)).replace("%2", why))
            else:
                worded[key] = why
        if evidence_lines:
            worded["evidence"] = "\n".join(evidence_lines)
        self.show_texts(worded)
        if evidence_lines and not (worded.keys() - {"evidence"}):
            self.url_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _checked_citations(self) -> list[int]:
        ids = []
        for row in range(self.citation_list.count()):
            item = self.citation_list.item(row)
            citation_id = item.data(Qt.ItemDataRole.UserRole)
            if citation_id is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(citation_id)
        return ids

    def _summary_text(self) -> str:
        if len(self.claims) == 1:
            claim = self.claims[0]
            text = self.tr("Claim %1 (now: %2)\n%3")
            return (
                text.replace("%1", str(claim.id))
                .replace("%2", status_label(claim.status))
                .replace("%3", claim.statement)
            )
        return self.tr(
            "%n claims selected. Each gets its own review with this rationale and evidence.",
            "",
            len(self.claims),
        )

    def _fill_citations(self) -> None:
        several = len(self.claims) > 1
        for claim in self.claims:
            for citation in claim.citations:
                item = QListWidgetItem(self._citation_text(citation, claim.id if several else None))
                item.setData(Qt.ItemDataRole.UserRole, citation.id)
                item.setToolTip(citation.excerpt)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.citation_list.addItem(item)
        if self.citation_list.count() == 0:
            empty = QListWidgetItem(self.tr("No citations yet: add web addresses below."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.citation_list.addItem(empty)

    def _citation_text(self, citation: CitationRecord, claim_id: int | None) -> str:
        excerpt = snippets.clip_end(citation.excerpt, EXCERPT_PREVIEW)
        text = self.tr("“%1”\n%2 · %3")
        text = (
            text.replace("%1", excerpt)
            .replace("%2", citation.article.title)
            .replace("%3", role_label(citation.role))
        )
        if claim_id is not None:
            text = self.tr("Claim %1: ").replace("%1", str(claim_id)) + text
        return text

    def _update_rationale_hint(self) -> None:
        status = self.selected_status()
        if status.is_verdict:
            caption = self.tr("&Rationale (required):")
            hint = self.tr("“%1” is a verdict: it needs a written rationale.")
            hint = hint.replace("%1", status_label(status))
            self.rationale_hint.setStyleSheet("font-weight: bold;")
        else:
            caption = self.tr("&Rationale:")
            hint = self.tr("Optional for “%1”.").replace("%1", status_label(status))
            self.rationale_hint.setStyleSheet("color: palette(mid);")
        self.rationale_caption.setText(caption)
        self.rationale_hint.setText(hint)
        self.rationale_edit.setAccessibleDescription(hint)
