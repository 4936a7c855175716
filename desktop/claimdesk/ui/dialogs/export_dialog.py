"""The export dialog: format, file, title, grouping and the filters that choose the claims.

It only collects an ExportRequest; the window runs the export as a background job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...core.dates import PartialDate
from ...core.enums import Credibility, Reliability, Status
from ...core.errors import ValidationError
from ...core.filters import ClaimFilter
from ...core.records import ArticleRef
from ...core.reports.records import Grouping, ReportOptions
from ...printing.export_formats import BY_NAME, CHOICES
from .. import formatting as fmt
from ..forms import FormDialog
from ..widgets.partial_date_edit import PartialDateEdit
from ..widgets.source_picker import SourcePicker
from ..widgets.tag_edit import TagEdit
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
        article: ArticleRef | None = None,
    ):
        super().__init__(parent, self.tr("Export claims"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Export"))
        self._folder = folder or str(Path.home())
        self._article = article

        self.format = QComboBox()
        for choice in CHOICES:
            self.format.addItem(f"{choice.description} ({choice.suffix})", choice.name)
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
        self.locale = QComboBox()
        self.locale.addItem(self.tr("English (11,000; 10 June 2025)"), "en")
        self.locale.addItem(self.tr("German (11.000; 10. Juni 2025)"), "de")
        self.add_row(self.tr("N&umbers and dates:"), self.locale)

        self.statuses = self._checks([(s, fmt.status_label(s)) for s in Status], columns=4)
        self.add_row(self.tr("&Status:"), self.statuses[0], "statuses")
        self.credibilities = self._checks(
            [(c, f"{c.value} {fmt.credibility_meaning(c)}") for c in Credibility], columns=3
        )
        self.add_row(self.tr("C&redibility:"), self.credibilities[0], "credibilities")
        self.reliabilities = self._checks([(r, r.value) for r in Reliability], columns=6)
        self.add_row(self.tr("Source re&liability:"), self.reliabilities[0], "reliabilities")
        self.claimant = SourcePicker(workspace)
        self.add_row(self.tr("Clai&mant:"), self.claimant, "claimant")
        self.tags = TagEdit(workspace)
        self.add_row(self.tr("T&ags (any of):"), self.tags, "tags")
        self.only_article = QCheckBox(article.title if article is not None else "")
        self.only_article.setChecked(article is not None)
        if article is not None:
            self.add_row(self.tr("Cited in:"), self.only_article)
        self.claimed_from, self.claimed_to = PartialDateEdit(), PartialDateEdit()
        self.add_row(self.tr("Claimed &from:"), self.claimed_from, "claimed_from")
        self.add_row(self.tr("Claimed &until:"), self.claimed_to, "claimed_to")
        self.as_of_from, self.as_of_to = PartialDateEdit(), PartialDateEdit()
        self.add_row(self.tr("As of f&rom:"), self.as_of_from, "as_of_from")
        self.add_row(self.tr("As of u&ntil:"), self.as_of_to, "as_of_to")
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
                self.tr("Named as the author of the reviews; remembered for next time."),
            ),
            self.add_row(self.tr("Organisation &web address:"), self.organisation_url),
        ]
        self.originals = QCheckBox(self.tr("Include the captured pages (larger file)"))
        self._originals_row = self.add_row(self.tr("Captured pages:"), self.originals)

        self.format.currentIndexChanged.connect(self._format_changed)
        index = self.format.findData(chosen_format if chosen_format in BY_NAME else "pdf")
        self.format.setCurrentIndex(max(index, 0))
        self._format_changed()

    def _checks(self, items: list[tuple[object, str]], columns: int):  # type: ignore[no-untyped-def]
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: dict[object, QCheckBox] = {}
        for index, (value, label) in enumerate(items):
            box = QCheckBox(label)
            grid.addWidget(box, index // columns, index % columns)
            boxes[value] = box
        return holder, boxes

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        name = self.chosen_format()
        choice = BY_NAME[name]
        document = name in DOCUMENTS
        for widget in (self.title, self.grouping, self.locale):
            widget.setEnabled(document)
        for row in self._organisation_rows:
            self.form.setRowVisible(row, name == "claimreview")
        self.form.setRowVisible(self._originals_row, name == "json")
        current = self.path.text().strip()
        if current:
            self.path.setText(str(Path(current).with_suffix(choice.suffix)))
        else:
            self.path.setText(str(Path(self._folder) / f"claims-report{choice.suffix}"))

    def _browse(self) -> None:
        choice = BY_NAME[self.chosen_format()]
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path.text(),
            f"{choice.description} (*{choice.suffix})",
        )
        if name:
            self.path.setText(name if name.endswith(choice.suffix) else name + choice.suffix)

    def collect(self) -> ExportRequest:
        problems: dict[str, str] = {}
        raw_path = self.path.text().strip()
        if not raw_path:
            problems["path"] = self.tr("Name the file to write")
        dates: dict[str, PartialDate | None] = {}
        for field, edit in (
            ("claimed_from", self.claimed_from),
            ("claimed_to", self.claimed_to),
            ("as_of_from", self.as_of_from),
            ("as_of_to", self.as_of_to),
        ):
            try:
                dates[field] = edit.value()
            except ValueError as error:
                problems[field] = str(error)
        for start, end in (("claimed_from", "claimed_to"), ("as_of_from", "as_of_to")):
            first, last = dates.get(start), dates.get(end)
            if first is not None and last is not None and first.value > last.last_day():
                problems[end] = self.tr("The end comes before the start")
        claimant_id = self.claimant.source_id()
        if claimant_id is None and self.claimant.unresolved_name():
            problems["claimant"] = self.tr("No source is called “%1”").replace(
                "%1", self.claimant.unresolved_name()
            )
        name = self.chosen_format()
        if name == "claimreview" and not self.organisation.text().strip():
            problems["organisation"] = self.tr("Name the organisation that publishes the reviews")
        if problems:
            raise ValidationError(problems)

        def end_of(value: PartialDate | None) -> date | None:
            return value.last_day() if value is not None else None

        def start_of(value: PartialDate | None) -> date | None:
            return value.value if value is not None else None

        def checked(boxes: dict) -> frozenset:  # type: ignore[type-arg]
            return frozenset(value for value, box in boxes.items() if box.isChecked())

        wanted = ClaimFilter(
            statuses=checked(self.statuses[1]),
            credibilities=checked(self.credibilities[1]),
            claimant_ids=frozenset({claimant_id}) if claimant_id is not None else frozenset(),
            reliabilities=checked(self.reliabilities[1]),
            tags=frozenset(self.tags.tags()),
            article_id=(
                self._article.id
                if self._article is not None and self.only_article.isChecked()
                else None
            ),
            claimed_from=start_of(dates["claimed_from"]),
            claimed_to=end_of(dates["claimed_to"]),
            as_of_from=start_of(dates["as_of_from"]),
            as_of_to=end_of(dates["as_of_to"]),
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
        )
        return ExportRequest(name, Path(raw_path).expanduser(), options)
