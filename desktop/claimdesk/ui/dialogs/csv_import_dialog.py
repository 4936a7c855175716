"""Importing claims from a CSV file: choose the file, say which column is which, and see the
first rows as they would be imported, with the problem of each row that would be refused.

The dialog only reads the file (through the core's preview) and collects a CsvImportRequest;
the window runs the import as a background job with progress and cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...core.errors import ClaimdeskError, FieldProblem, ValidationError
from ...core.exchange.csv_columns import IMPORT_FIELDS
from ...core.exchange.csv_import import PREVIEW_ROWS, CsvPreview, PreviewRow, read_csv_preview
from .. import formatting as fmt
from .. import messages
from ..forms import ERROR_STYLE, FormDialog

IGNORE = ""  # the mapping value of a column that is not imported


@dataclass(frozen=True, slots=True)
class CsvImportRequest:
    path: Path
    mapping: dict[str, str]  # header → field, for import_claims_job
    locale_hint: str | None


class CsvImportDialog(FormDialog):
    def __init__(self, parent: QWidget | None, path: str | Path | None = None, folder: str = ""):
        super().__init__(parent, self.tr("Import claims from CSV"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Import"))
        self.resize(900, 720)
        self._folder = folder or str(Path.home())
        self._preview: CsvPreview | None = None
        self._combos: list[QComboBox] = []

        self.file = QLineEdit(str(path) if path else "")
        self.file.setPlaceholderText(self.tr("A .csv file saved as UTF-8"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        holder.setFocusProxy(self.file)
        self.add_row(self.tr("&File:"), holder, "path")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.form.addRow("", self.status)

        self.numbers = QComboBox()
        self.numbers.addItem(self.tr("As the column names suggest"), None)
        self.numbers.addItem(self.tr("German (11.000 · 10.06.2025)"), "de")
        self.numbers.addItem(self.tr("English, UK (11,000 · 10/06/2025)"), "en_GB")
        self.numbers.addItem(self.tr("English, US (11,000 · 06/10/2025)"), "en_US")
        self.add_row(self.tr("&Numbers and dates:"), self.numbers, "locale")

        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Imports as"), self.tr("First value")]
        )
        self._table_look(self.columns, stretch=2)
        self.add_row(self.tr("&Columns:"), self.columns, "mapping")

        self.rows = QTableWidget(0, 8)
        self.rows.setHorizontalHeaderLabels([
            self.tr("Line"), self.tr("Statement"), self.tr("Claimant"), self.tr("Claimed"),
            self.tr("Quantity"), self.tr("Status"), self.tr("Tags"), self.tr("Problem"),
        ])  # fmt: skip
        self._table_look(self.rows, stretch=1)
        self.add_row(self.tr("Preview:"), self.rows)

        self.file.editingFinished.connect(self.load)
        self.numbers.currentIndexChanged.connect(lambda _index: self._remap())
        if path:
            self.load()

    # What the caller takes -----------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._preview.path if self._preview is not None else None

    @property
    def mapping(self) -> dict[str, str]:
        """Header → field for every column to import; ignored columns are left out."""
        if self._preview is None:
            return {}
        return {
            header: combo.currentData()
            for header, combo in zip(self._preview.headers, self._combos, strict=True)
            if combo.currentData() != IGNORE
        }

    @property
    def locale_hint(self) -> str | None:
        return self.numbers.currentData()

    @property
    def preview(self) -> CsvPreview | None:
        return self._preview

    def collect(self) -> CsvImportRequest:
        if self._preview is None:
            raise ValidationError([FieldProblem("path", "choose_csv")])
        if problem := self._preview.mapping_problem:
            raise ValidationError([FieldProblem("mapping", problem.code, problem.params)])
        return CsvImportRequest(self._preview.path, self.mapping, self.locale_hint)

    # Reading the file ----------------------------------------------------------------------

    def load(self) -> None:
        """Read the named file's columns and first rows with the suggested mapping."""
        name = self.file.text().strip()
        if self._preview is not None and name == str(self._preview.path):
            return
        self.clear_errors()
        self._preview = None
        if not name:
            self._show_columns()
            return
        try:
            self._preview = read_csv_preview(Path(name), None, PREVIEW_ROWS, self.locale_hint)
        except ClaimdeskError as error:
            self.show_errors({"path": FieldProblem("path", error.code, error.params)})
        self._show_columns()

    def set_field(self, header: str, target: str) -> None:
        """Map one column (for the keyboard-free tests and for scripting)."""
        assert self._preview is not None
        combo = self._combos[self._preview.headers.index(header)]
        combo.setCurrentIndex(combo.findData(target))

    def _browse(self) -> None:
        files = self.tr("CSV files (*.csv *.txt);;All files (*)")
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Claims as CSV"), self._folder, files)
        if name:
            self.file.setText(name)
            self.load()

    def _remap(self) -> None:
        if self._preview is None:
            return
        self._preview = self._preview.with_mapping(self.mapping, self.locale_hint)
        self._show_rows()

    # Showing it ----------------------------------------------------------------------------

    def _show_columns(self) -> None:
        preview = self._preview
        self._combos = []
        self.columns.setRowCount(len(preview.headers) if preview is not None else 0)
        if preview is None:
            self._show_rows()
            return
        first = preview.rows[0].cells if preview.rows else ()
        for index, header in enumerate(preview.headers):
            self.columns.setItem(index, 0, _item(header))
            combo = QComboBox()
            combo.addItem(self.tr("— ignore —"), IGNORE)
            for target in IMPORT_FIELDS:
                combo.addItem(self._field_label(target), target)
            combo.setAccessibleName(self.tr("Imports %1 as").replace("%1", header))
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(header, IGNORE))))
            combo.currentIndexChanged.connect(lambda _index: self._remap())
            self.columns.setCellWidget(index, 1, combo)
            self._combos.append(combo)
            self.columns.setItem(index, 2, _item(first[index] if index < len(first) else ""))
        self._show_rows()

    def _show_rows(self) -> None:
        preview = self._preview
        rows = preview.rows if preview is not None else ()
        self.rows.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate(self._row_texts(row)):
                item = _item(text)
                if column == 7 and text:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.rows.setItem(index, column, item)
        self._show_status()

    def _row_texts(self, row: PreviewRow) -> list[str]:
        claim = row.claim
        if claim is None:
            return [str(row.line), "", "", "", "", "", "", messages.problems_text(row.problems)]
        return [
            str(row.line),
            claim.data.statement,
            claim.claimant or "",
            fmt.partial_date_text(claim.data.claimed_on),  # type: ignore[arg-type]
            fmt.quantity_text(claim.data.quantity),
            fmt.status_label(claim.status) if claim.status else "",
            ", ".join(claim.data.tags),
            "",
        ]

    def _show_status(self) -> None:
        preview = self._preview
        if preview is None:
            self.status.clear()
            return
        if preview.mapping_problem:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(messages.error_text(preview.mapping_problem))
            return
        self.status.setStyleSheet("")
        names = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs")}
        delimiter = names.get(preview.delimiter, f"“{preview.delimiter}”")
        refused = sum(1 for row in preview.rows if row.problems)
        text = self.tr(
            "%1 columns separated by %2. The first %3 rows as they would be imported; "
            "%4 of them would be refused."
        )
        values = (len(preview.headers), delimiter, len(preview.rows), refused)
        for marker, value in zip(("%1", "%2", "%3", "%4"), values, strict=True):
            text = text.replace(marker, str(value))
        self.status.setText(text)

    def _field_label(self, target: str) -> str:
        return {
            "statement": self.tr("Statement"),
            "quote": self.tr("Original quote"),
            "quote_language": self.tr("Language of the quote"),
            "claimant": self.tr("Claimant (name)"),
            "claimant_kind": self.tr("Kind of claimant"),
            "claimant_reliability": self.tr("Reliability of the claimant (A–F)"),
            "claimed_on": self.tr("Claimed on"),
            "as_of": self.tr("As of"),
            "quantity": self.tr("Quantity as written"),
            "quantity_value": self.tr("Quantity: value"),
            "quantity_upper": self.tr("Quantity: upper value"),
            "quantity_unit": self.tr("Quantity: unit"),
            "quantity_qualifier": self.tr("Quantity: qualifier"),
            "credibility": self.tr("Credibility (1–6)"),
            "status": self.tr("Status"),
            "latest_rationale": self.tr("Rationale of the status"),
            "tags": self.tr("Tags"),
        }.get(target) or messages.field_label(target)  # the claim's text fields: their name

    @staticmethod
    def _table_look(table: QTableWidget, stretch: int) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(180)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item
