"""The Word report with its timeline charts: core/reports/docx_report.py writes the report;
the PNG each chart needs beside its SVG is painted here by Qt's SVG renderer (the core has no
Qt). The export therefore needs a Qt application, like the PDF (FormatChoice.needs_gui)."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from ..core.reports.docx_report import write_docx as write_report
from .svg_charts import svg_to_png

if TYPE_CHECKING:
    from ..core.jobs import CancelToken, Job
    from ..core.project import Project
    from ..core.records import ReportOptions


def write_docx(
    project: Project, options: ReportOptions, out: BinaryIO, cancel: CancelToken
) -> Job[int]:
    return write_report(project, options, out, cancel, chart_picture=svg_to_png)
