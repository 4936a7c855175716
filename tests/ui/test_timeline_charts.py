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


def test_docx_report_carries_each_chart_as_svg_with_a_png_beside_it(tmp_path: Path):
    """Word draws the SVG (the Office SVG extension on the picture); other readers the PNG."""
    import zipfile

    out = tmp_path / "kursk.docx"
    with Project.open(tmp_path / "kursk.sqlite3", actor="analyst") as project:
        kursk(project)
        url = project.database.location
    assert main(["export", "--db", url, "--format", "docx", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        svg = package.read("word/media/chart1.svg").decode("utf-8")
        body = package.read("word/document.xml").decode("utf-8")
        types = package.read("[Content_Types].xml").decode("utf-8")
        pngs = [name for name in names if name.startswith("word/media/") and name.endswith(".png")]
    assert "soldiers" in svg and "<script" not in svg
    assert len(pngs) == 1 and "svgBlip" in body and "image/svg+xml" in types
    assert body.index("Figures over time") < body.index("svgBlip")
