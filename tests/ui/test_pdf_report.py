"""The PDF report, read back as a reader would: its text (pdftotext, else pypdf), its fonts,
its contents and page numbers; cancelling and working off the UI thread."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from PySide6.QtGui import QFontDatabase

from claimdesk.core.demo import create_demo
from claimdesk.core.enums import Grouping
from claimdesk.core.errors import Cancelled
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.models import ProjectSettings
from claimdesk.core.project import Project
from claimdesk.core.records import ReportOptions
from claimdesk.core.reports.output import ExportFormat, export_job
from claimdesk.printing import pdf_report, report_font_family

from ..core.test_docx_report import reviewed_claim

PDF = ExportFormat("pdf", ".pdf", "PDF report", pdf_report.write_pdf)
TITLE = "Nordkorea-Bericht: Behauptungen über Soldaten – „geprüft“"
EXCERPT = "baut Nordkorea mit russischer Hilfe eine eigene Fertigung für Kamikaze-Drohnen"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        message = f"{tool} is not installed (Debian package poppler-utils)"
        if _in_ci():
            pytest.fail(f"CI=true: {message}")
        pytest.skip(message)
    return found


@pytest.fixture
def demo(tmp_path: Path):
    project = Project.open(tmp_path / "demo.sqlite3", actor="analyst")
    create_demo(project)
    yield project
    project.close()


def export(project: Project, folder: Path, **options) -> Path:
    target = folder / "out" / "report.pdf"
    target.parent.mkdir(exist_ok=True)
    run_to_end(export_job(project, ReportOptions(**options), PDF, target, CancelToken()))
    return target


def page_texts(path: Path) -> list[str]:
    """The text of each page, laid out in lines as on the page."""
    if shutil.which("pdftotext") is None and not _in_ci():
        return [page.extract_text() for page in PdfReader(path).pages]
    result = subprocess.run(
        [poppler("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split("\f")[:-1]


def squeezed(words: str) -> str:
    """Text without any white space, so line breaks in the PDF do not matter."""
    return "".join(words.split())


def test_fonts_are_installed(qapp):
    assert QFontDatabase.families()
    assert report_font_family() in QFontDatabase.families()


def test_grouped_report_has_contents_page_numbers_and_german_text(qapp, demo, tmp_path):
    path = export(demo, tmp_path, title=TITLE, grouping=Grouping.STATUS)
    pages = page_texts(path)
    everything = squeezed("".join(pages))

    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
    assert squeezed(TITLE) in everything
    assert squeezed(f"„{EXCERPT}") in everything
    assert squeezed("Russia is helping North Korea set up its own production line") in everything
    assert "Made on" in pages[0] and "All claims" in pages[0]

    assert "Contents" in pages[0]
    section = re.search(r"Status: In progress \(2\)\s+(\d+)", pages[0])
    assert section is not None
    section_page = pages[int(section.group(1)) - 1]
    assert "Status: In progress" in section_page and "Page 1 of" not in section_page
    claim = re.search(r"#5 About 11,000 North Korean soldiers.*?\s(\d+)\n", pages[0])
    assert claim is not None
    assert "#5 About 11,000 North Korean soldiers" in pages[int(claim.group(1)) - 1]

    metadata = PdfReader(path).metadata
    assert metadata.title == TITLE
    assert metadata.creator == "Claimdesk"
    assert not metadata.author  # no name chosen: nobody, never the login


def test_german_report_is_worded_in_german(qapp, demo, tmp_path):
    """The report's locale words the labels too: contents, headings, grades, statuses, footer."""
    path = export(demo, tmp_path, title=TITLE, grouping=Grouping.STATUS, locale="de")
    # pypdf (no poppler needed), white space made plain (it extracts gaps as tabs).
    extracted = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    everything = "\n".join(extracted)
    assert "Inhalt" in extracted[0] and "Contents" not in everything
    assert "Übersicht" in extracted[0] and "17 Behauptungen in diesem Bericht." in extracted[0]
    assert "Status: In Prüfung (2)" in extracted[0]
    assert "Seite 1 von" in extracted[0] and "Page " not in everything
    assert "(C – ziemlich zuverlässig), staatliche Stelle" in everything
    assert "3 – möglicherweise wahr" in everything and "Possibly true" not in everything
    assert "Zahlen im Zeitverlauf" in everything and "Widersprüchliche Zahlen" in everything
    assert "Okt. 2024" in everything  # the chart's axis in German too
    assert "Herkunftsnachweis" in extracted[-1] and "Prüfprotokoll letztes Ereignis" in everything
    assert "Zitierte Erfassungen (1)" in everything and "Provenance" not in everything


def test_fonts_are_embedded(qapp, demo, tmp_path):
    path = export(demo, tmp_path)
    embedded = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            embedded.add(str(font["/BaseFont"]))
    assert embedded

    listed = subprocess.run(
        [poppler("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listed
    for line in listed:
        columns = line.split()
        assert columns[-5] == "yes", line  # emb
        assert columns[-3] == "yes", line  # uni: text maps back to Unicode


def test_short_report_has_no_contents_and_long_one_lists_its_claims(
    qapp, demo, tmp_path, monkeypatch
):
    short = page_texts(export(demo, tmp_path))
    assert "Contents" not in "".join(short)
    assert "Summary" in short[0] and "#12 Russia has lost 7,879 tanks" in short[0]  # oldest first

    monkeypatch.setattr(pdf_report, "CONTENTS_FROM_CLAIMS", 5)
    long = page_texts(export(demo, tmp_path))
    assert "Contents" in long[0]
    assert re.search(r"Claims \(17\)\s+2\n", long[0])
    assert len(re.findall(r"^\s*#\d+ .*\s\d+$", long[0], re.MULTILINE)) == 17


def test_reviewed_claim_shows_verdict_and_anchor_warnings(qapp, project, tmp_path):
    reviewed_claim(project)
    text = "".join(page_texts(export(project, tmp_path)))
    flat = squeezed(text)

    assert re.search(r"Status\s+False\n", text)
    assert squeezed("Die Zahl ist übertrieben – „geschätzt“.") in flat
    assert squeezed("Warning: the excerpt was no longer found in the article text.") in flat
    assert squeezed("Note: the excerpt was found again after the article changed.") in flat
    assert "https://example.org/report" in text
    assert "SHA-256 " in text and "Captured " in text
    assert squeezed("„rund 120 Koksan-Geschütze“") in flat


def test_provenance_closes_the_pdf_which_names_neither_login_nor_place(qapp, demo, tmp_path):
    location = demo.database.location
    trail = demo.project.verify_audit()
    with demo.database.read() as session:
        project_id = session.scalar(sa.select(ProjectSettings.project_id))
    with Project.open(location, actor="desk-login-7") as exporter:
        anonymous = export(exporter, tmp_path)
        pages = page_texts(anonymous)
        author = PdfReader(anonymous).metadata.author
        named = export(exporter, tmp_path, name_in_report="Erika Musterfrau")
        named_first = page_texts(named)[0]
        named_author = PdfReader(named).metadata.author

    flat = squeezed("".join(pages))
    assert "Provenance" in pages[-1] and project_id in pages[-1]
    assert squeezed(f"last event {trail.head_seq} · SHA-256 {trail.head_hash}") in flat
    assert "Cited captures (1)" in pages[-1] and "(article 1) · captured" in pages[-1]
    assert "desk-login-7" not in flat and not author
    assert squeezed(location) not in flat and squeezed(str(tmp_path)) not in flat
    assert re.search(r"Made on .* UTC \(schema \d+\)", pages[0])
    assert squeezed("by Erika Musterfrau (schema") in squeezed(named_first)
    assert named_author == "Erika Musterfrau"


@pytest.mark.parametrize(
    ("setting", "value", "stage"),
    [("CHUNK", 2, "Writing claims"), ("PAGES_PER_STEP", 1, "Printing pages")],
)
def test_cancelled_export_leaves_no_file(qapp, demo, tmp_path, monkeypatch, setting, value, stage):
    monkeypatch.setattr(pdf_report, setting, value)
    cancel = CancelToken()
    seen = []

    def cancel_mid_way(progress):
        seen.append(progress.message)
        if progress.message == stage and progress.done:
            cancel.cancel()

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        run_to_end(export_job(demo, ReportOptions(), PDF, folder / "r.pdf", cancel), cancel_mid_way)

    assert seen[-1] == stage
    assert list(folder.iterdir()) == []


def test_export_runs_off_the_ui_thread(qapp, demo, tmp_path):
    results = []
    errors = []

    def work():
        try:
            results.append(export(demo, tmp_path, grouping=Grouping.TAG))
        except BaseException as error:  # handed back to the test thread
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)

    assert errors == []
    pages = page_texts(results[0])
    assert "Tag: North Korea" in "".join(pages)
    assert f"Page 1 of {len(pages)}" in pages[0]
