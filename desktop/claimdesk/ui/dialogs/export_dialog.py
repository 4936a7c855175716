"""The export dialog: format, file, title, grouping and the filters that choose the claims.

It only collects an ExportRequest; the window runs the export as a background job.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...core.enums import Grouping
from ...core.errors import FieldProblem, ValidationError
from ...core.records import ArticleRef, ReportOptions
from ...core.search import SearchError, parse
from ...printing.export_formats import BY_NAME, CHOICES
from ..forms import FormDialog
from ..widgets.filter_rows import ClaimFilterRows
from ..workspace import Workspace

# Formats that are documents to read; the others are data and ignore title and grouping.
DOCUMENTS = frozenset({"pdf", "docx", "html", "md"})


@dataclass(frozen=True, slots=True)
class ExportRequest:
    format: str
    path: Path
    options: ReportOptions


class ExportDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        *,
        chosen_format: str = "pdf",
        folder: str = "",
        organisation: tuple[str, str] = ("", ""),
        name_in_report: str = "",
        article: ArticleRef | None = None,
    ):
        super().__init__(parent, self.tr("Export claims"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Export"))
        self._folder = folder or str(Path.home())
        self._article = article

        self.format = QComboBox()
        for choice in CHOICES:
            self.format.addItem(f"{self.description(choice.name)} ({choice.suffix})", choice.name)
        self.add_row(self.tr("&Format:"), self.format, "format")
        self.path = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_row.setFocusProxy(self.path)
        self.add_row(self.tr("F&ile:"), file_row, "path")
        self.title = QLineEdit(self.tr("Claims report"))
        self.add_row(self.tr("&Title:"), self.title, "title")
        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("No grouping"), Grouping.NONE)
        self.grouping.addItem(self.tr("By status"), Grouping.STATUS)
        self.grouping.addItem(self.tr("By tag"), Grouping.TAG)
        self.add_row(self.tr("&Group claims:"), self.grouping)
        # The language of a document's words, numbers and dates: the window's own unless
        # chosen otherwise.
        self.locale = QComboBox()
        self.locale.addItem(self.tr("English (11,000; 10 June 2025)"), "en")
        self.locale.addItem(self.tr("German (11.000; 10. Juni 2025)"), "de")
        self.locale.setCurrentIndex(max(0, self.locale.findData(self.window_language())))
        self.add_row(self.tr("&Document language:"), self.locale)
        # Preferences → Name in reports, changeable for this export; empty names nobody.
        self.name_in_report = QLineEdit(name_in_report)
        self.name_in_report.setPlaceholderText(self.tr("Nobody"))
        self._name_row = self.add_row(
            self.tr("&Name in report:"),
            self.name_in_report,
            None,
            self.tr(
                "Empty: the header names nobody and never the project's path; verdicts still "
                "name who gave them."
            ),
        )

        self.filters = ClaimFilterRows(self, workspace)
        # The rows the tests and the window reach by name.
        self.statuses, self.claimant = self.filters.statuses, self.filters.claimant
        self.claimed_from, self.claimed_to = self.filters.claimed_from, self.filters.claimed_to
        self.only_article = QCheckBox(article.title if article is not None else "")
        self.only_article.setChecked(article is not None)
        if article is not None:
            self.add_row(self.tr("Cited in:"), self.only_article)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search, as in the claims table"))
        self.add_row(self.tr("Te&xt:"), self.text, "text")

        self.organisation = QLineEdit(organisation[0])
        self.organisation_url = QLineEdit(organisation[1])
        self.organisation_url.setPlaceholderText("https://")
        self._organisation_rows = [
            self.add_row(
                self.tr("&Organisation:"),
                self.organisation,
                "organisation",
                self.tr(
                    "Named as the author of your own verdicts (imported reviews keep their "
                    "publisher); remembered for next time."
                ),
            ),
            self.add_row(self.tr("Organisation &web address:"), self.organisation_url),
        ]
        self.originals = QCheckBox(self.tr("Include the captured pages (larger file)"))
        self._originals_row = self.add_row(self.tr("Captured pages:"), self.originals)

        self.format.currentIndexChanged.connect(self._format_changed)
        index = self.format.findData(chosen_format if chosen_format in BY_NAME else "pdf")
        self.format.setCurrentIndex(max(index, 0))
        self._format_changed()

    def window_language(self) -> str:
        """The language the window speaks: each catalogue translates this code into its own
        ("de" in the German one), so it is whatever translation is installed."""
        return self.tr("en", "language code of this translation")

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        name = self.chosen_format()
        choice = BY_NAME[name]
        document = name in DOCUMENTS
        for widget in (self.title, self.grouping, self.locale):
            widget.setEnabled(document)
        self.form.setRowVisible(self._name_row, document)
        for row in self._organisation_rows:
            self.form.setRowVisible(row, name == "claimreview")
        self.form.setRowVisible(self._originals_row, name == "json")
        current = self.path.text().strip()
        if current:
            self.path.setText(str(Path(current).with_suffix(choice.suffix)))
        else:
            stem = self.tr("claims-report")  # a file name: no spaces
            self.path.setText(str(Path(self._folder) / f"{stem}{choice.suffix}"))

    def description(self, name: str) -> str:
        """A format's name for users (printing/export_formats.py keeps the English one, which
        the command line's help shows)."""
        words = {
            "pdf": self.tr("PDF report"),
            "docx": self.tr("Word document"),
            "html": self.tr("Web page (one file)"),
            "md": self.tr("Markdown"),
            "csv": self.tr("CSV table (one row per claim)"),
            "json": self.tr("Claimdesk JSON (complete, for import)"),
            "claimreview": self.tr("ClaimReview JSON-LD (judged claims)"),
        }
        return words.get(name, BY_NAME[name].description)

    def _browse(self) -> None:
        choice = BY_NAME[self.chosen_format()]
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path.text(),
            f"{self.description(choice.name)} (*{choice.suffix})",
        )
        if name:
            self.path.setText(name if name.endswith(choice.suffix) else name + choice.suffix)

    def collect(self) -> ExportRequest:
        problems: list[FieldProblem] = []
        raw_path = self.path.text().strip()
        if not raw_path:
            problems.append(FieldProblem("path", "name_the_file"))
        wanted = self.filters.read(problems)
        try:
            parse(self.text.text())
        except SearchError as error:
            problems.append(FieldProblem("text", error.code, error.params))
        # No organisation is fine when every exported verdict is someone else's published
        # review (it keeps its publisher); the export names the setting when one is ours.
        name = self.chosen_format()
        document = name in DOCUMENTS
        if problems:
            raise ValidationError(problems)

        wanted = dataclasses.replace(
            wanted,
            article_id=(
                self._article.id
                if self._article is not None and self.only_article.isChecked()
                else None
            ),
            search=self.text.text().strip(),
        )
        options = ReportOptions(
            title=self.title.text().strip() or self.tr("Claims report"),
            filter=wanted,
            grouping=Grouping(self.grouping.currentData()),
            locale=str(self.locale.currentData()),
            organisation=self.organisation.text().strip() or None,
            organisation_url=self.organisation_url.text().strip() or None,
            include_originals=self.originals.isChecked(),
            name_in_report=(self.name_in_report.text().strip() or None) if document else None,
        )
        return ExportRequest(name, Path(raw_path).expanduser(), options)
