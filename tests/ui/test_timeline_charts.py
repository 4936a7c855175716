"""Timeline charts drawn by Qt: in the PDF report as vectors with their labels as text, and
as PNG from the command line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from claimdesk.cli import main
from claimdesk.core.project import Project

from ..core.test_timeline import kursk
from .test_pdf_report import export, page_texts


def test_pdf_report_draws_the_chart_with_its_labels_as_text(tmp_path: Path):
    with Project.open(tmp_path / "kursk.sqlite3", actor="analyst") as project:
        kursk(project)
        pdf = export(project, tmp_path)
    text = "\n".join(page_texts(pdf))
    figures = text[text.index("Figures over time") :]
    for label in ("soldiers: 6 figures over time", "Nov 2024", "Mar 2025", "12,000", "Pentagon"):
        assert label in figures
    conflicts = text[text.index("Conflicting figures") :]
    assert "#1 and #2: soldiers" in conflicts and "Open" in conflicts


def test_cli_timeline_png(tmp_path: Path, capsys):
    with Project.open(tmp_path / "kursk.sqlite3", actor="analyst") as project:
        kursk(project)
        url = project.database.location
    out = tmp_path / "kursk.png"
    assert main(["timeline", "--db", url, "--claim", "1", "--out", str(out)]) == 0
    image = QImage(str(out))
    assert image.width() == 1440 and image.height() == 680
