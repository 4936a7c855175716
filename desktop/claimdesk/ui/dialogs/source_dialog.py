"""Creating or editing a source: who they are and how far their reporting has held up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ...core.enums import Reliability, SourceKind
from ...core.inputs import SourceInput
from ...core.records import SourceRecord
from ..formatting import kind_label, reliability_meaning
from ..forms import FormDialog
from ..widgets.text_fields import plain_text, text_box


class SourceDialog(FormDialog):
    """Name, kind, role, country, Admiralty reliability grade (A–F, meaning shown) and notes."""

    def __init__(
        self, parent: QWidget | None, record: SourceRecord | None = None, *, name: str = ""
    ):
        super().__init__(parent, self.tr("Edit source") if record else self.tr("New source"))
        self.version = record.version if record is not None else None

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Kyrylo Budanov, The War Zone"))
        self.add_row(self.tr("&Name:"), self.name, "name")
        self.kind = QComboBox()
        for kind in SourceKind:
            self.kind.addItem(kind_label(kind), kind)
        self.add_row(self.tr("&Kind:"), self.kind, "kind")
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. head of military intelligence (HUR)"))
        self.add_row(self.tr("&Role / affiliation:"), self.role, "role")
        self.country = QLineEdit()
        self.add_row(self.tr("&Country:"), self.country, "country")

        self.reliability = QComboBox()
        for grade in Reliability:
            self.reliability.addItem(grade.value, grade)
            self.reliability.setItemData(
                self.reliability.count() - 1,
                reliability_meaning(grade),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.reliability_meaning = QLabel()
        holder = self.add_row(
            self.tr("Re&liability:"),
            self.reliability,
            "reliability",
            self.tr("How far this source's past reporting has held up (Admiralty grade)."),
        )
        # Right under the grade, above the general hint and any error.
        holder.layout().insertWidget(1, self.reliability_meaning)
        self.reliability.currentIndexChanged.connect(self._show_meaning)
        self.reliability.setToolTip(
            "\n".join(f"{grade.value} – {reliability_meaning(grade)}" for grade in Reliability)
        )

        self.notes = text_box(5)
        self.add_row(self.tr("N&otes:"), self.notes, "notes")

        self._fill(SourceInput.of(record) if record is not None else SourceInput(name=name))
        self.name.setFocus()

    def collect(self) -> SourceInput:
        return SourceInput(
            name=self.name.text(),
            kind=SourceKind(self.kind.currentData()),
            role=self.role.text().strip() or None,
            country=self.country.text().strip() or None,
            reliability=Reliability(self.reliability.currentData()),
            notes=plain_text(self.notes).strip() or None,
        )

    def _fill(self, data: SourceInput) -> None:
        self.name.setText(data.name)
        self.kind.setCurrentIndex(self.kind.findData(SourceKind(data.kind)))
        self.role.setText(data.role or "")
        self.country.setText(data.country or "")
        self.reliability.setCurrentIndex(self.reliability.findData(Reliability(data.reliability)))
        self._show_meaning()
        self.notes.setPlainText(data.notes or "")

    def _show_meaning(self) -> None:
        grade = self.reliability.currentData()
        self.reliability_meaning.setText(reliability_meaning(grade) if grade else "")
