"""Every export format, in the order the export dialog and `claimdesk export` offer them.

The writers are imported when a format is used, so that listing the formats (or exporting CSV
from the command line) does not load python-docx or Qt's PDF machinery.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..core.reports.output import ExportFormat

if TYPE_CHECKING:
    from ..core.reports.output import Writer


@dataclass(frozen=True, slots=True)
class FormatChoice:
    name: str
    suffix: str
    description: str
    module: str  # where the writer lives
    writer: str  # its name there
    needs_gui: bool = False  # QPdfWriter needs a Q(Gui)Application

    def load(self) -> ExportFormat:
        found: Writer = getattr(importlib.import_module(self.module), self.writer)
        return ExportFormat(self.name, self.suffix, self.description, found)


CHOICES: tuple[FormatChoice, ...] = (
    FormatChoice(
        "pdf", ".pdf", "PDF report", "claimdesk.printing.pdf_report", "write_pdf", needs_gui=True
    ),
    FormatChoice(
        "docx",
        ".docx",
        "Word document",
        "claimdesk.printing.docx_charts",
        "write_docx",
        needs_gui=True,  # the charts' PNG fallback is painted by Qt
    ),
    FormatChoice(
        "html",
        ".html",
        "Web page (one file)",
        "claimdesk.core.reports.template_report",
        "write_html",
    ),
    FormatChoice(
        "md", ".md", "Markdown", "claimdesk.core.reports.template_report", "write_markdown"
    ),
    FormatChoice(
        "csv",
        ".csv",
        "CSV table (one row per claim)",
        "claimdesk.core.exchange.csv_export",
        "write_csv",
    ),
    FormatChoice(
        "json",
        ".json",
        "Claimdesk JSON (complete, for import)",
        "claimdesk.core.exchange.project_json",
        "write_project_json",
    ),
    FormatChoice(
        "claimreview",
        ".jsonld",
        "ClaimReview JSON-LD (judged claims)",
        "claimdesk.core.exchange.claimreview_export",
        "write_claimreview",
    ),
)

BY_NAME: dict[str, FormatChoice] = {choice.name: choice for choice in CHOICES}


def export_format(name: str, ensure_gui: Callable[[], Any] | None = None) -> ExportFormat:
    """The format called `name` with its writer loaded; ensure_gui is called first for formats
    that paint with Qt (the command line passes one that starts an offscreen application)."""
    choice = BY_NAME[name]
    if choice.needs_gui and ensure_gui is not None:
        ensure_gui()
    return choice.load()
