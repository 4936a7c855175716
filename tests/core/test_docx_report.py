"""The Word report, read back with python-docx: headings, tables, German text, cancelling."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from pathlib import Path

import docx
import pytest

from claimdesk.core import migrate
from claimdesk.core.demo import create_demo
from claimdesk.core.enums import Grouping
from claimdesk.core.errors import Cancelled
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.inputs import ArticleInput, CitationInput
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.project import Project
from claimdesk.core.records import ReportOptions
from claimdesk.core.reports import docx_report
from claimdesk.core.reports.output import ExportFormat, export_job

from .factories import ARTICLE_TEXT, article, budanov, chain, outlet, soldiers_claim

DOCX = ExportFormat("docx", ".docx", "Word document", docx_report.write_docx)
TITLE = "Nordkorea-Bericht: Behauptungen über Soldaten – „geprüft“"


@pytest.fixture
def demo(tmp_path: Path) -> Project:
    project = Project.open(tmp_path / "demo.sqlite3", actor="analyst")
    create_demo(project)
    yield project
    project.close()


def export(project: Project, folder: Path, **options) -> docx.document.Document:
    target = folder / "report.docx"
    run_to_end(export_job(project, ReportOptions(**options), DOCX, target, CancelToken()))
    return docx.Document(str(target))


def headings(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def rows(table) -> list[tuple[str, ...]]:
    return [tuple(cell.text for cell in row.cells) for row in table.rows]


def claim_tables(document, grade: str = "Grade") -> list[dict[str, list[str]]]:
    """The field tables of the claims: label -> values (a label such as Citation repeats)."""
    found = []
    for table in document.tables:
        fields: dict[str, list[str]] = {}
        for label, value in rows(table):
            fields.setdefault(label, []).append(value)
        if grade in fields:
            found.append(fields)
    return found


def test_demo_report_has_real_headings_summary_tables_and_german_text(demo, tmp_path):
    document = export(demo, tmp_path, title=TITLE, organisation="Faktencheck-Büro")

    assert headings(document, "Title") == [TITLE]
    # Without a chart painter (the printing layer's) the charts are left out; the demo's
    # conflicting figures and the provenance close the report.
    assert headings(document, "Heading 1") == [
        "Summary",
        "Claims",
        "Conflicting figures",
        "Provenance",
    ]
    claims = [text for text in headings(document, "Heading 2") if text.startswith("#")]
    claims = claims[:17]
    assert len(claims) == 17
    assert "#5 About 11,000 North Korean soldiers are in Russia's Kursk region." in claims
    made = next(p.text for p in document.paragraphs if p.text.startswith("Made on "))
    # No name was chosen: the report names nobody, neither the login nor the file.
    assert made.endswith(f"(schema {migrate.head_revision()})")
    assert "analyst" not in made and "demo.sqlite3" not in made

    status_table = next(rows(t) for t in document.tables if rows(t)[0] == ("Status", "Claims"))
    assert status_table[1:] == [("Unverified", "15"), ("In progress", "2")]
    credibility = next(rows(t) for t in document.tables if rows(t)[0][0] == "Credibility")
    assert ("3 – Possibly true", "10") in credibility
    assert ("Scope", "All claims") in rows(document.tables[0])

    fields = claim_tables(document)
    assert len(fields) == 17
    quotes = [value for table in fields for value in table.get("Original (de)", [])]
    assert (
        "„baut Nordkorea mit russischer Hilfe eine eigene Fertigung für Kamikaze-Drohnen "
        "des Typs Shahed-136 auf“" in quotes
    )
    assert any("Russia–DPRK cooperation" in value for t in fields for value in t.get("Tags", []))
    properties = document.core_properties
    assert properties.title == TITLE
    assert properties.author == "Faktencheck-Büro"
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer


def test_grouping_by_status_puts_each_claim_under_its_status_heading(demo, tmp_path):
    document = export(demo, tmp_path, grouping=Grouping.STATUS)

    assert headings(document, "Heading 1") == [
        "Summary",
        "Status: Unverified",
        "Status: In progress",
        "Conflicting figures",
        "Provenance",
    ]
    section = None
    statuses_seen: dict[str, list[str]] = {}
    tables = iter(document.tables)
    for element in document.element.body.iterchildren():
        if element.tag.endswith("}p"):
            paragraph = docx.text.paragraph.Paragraph(element, document)
            if paragraph.style.name == "Heading 1" and paragraph.text.startswith("Status: "):
                section = paragraph.text.removeprefix("Status: ")
        elif element.tag.endswith("}tbl"):
            fields = dict(rows(next(tables)))
            if "Grade" in fields:
                statuses_seen.setdefault(section, []).append(fields["Status"])
    assert statuses_seen == {"Unverified": ["Unverified"] * 15, "In progress": ["In progress"] * 2}


def reviewed_claim(project: Project) -> int:
    """A claim judged false, with a chain, and a citation whose excerpt left the article."""
    person, media, report = budanov(project), outlet(project), article(project)
    claim = project.claims.create(
        soldiers_claim(project, person, hops=chain(person, media, report))
    ).id
    project.citations.link(CitationInput(claim, report, "etwa 11.000 nordkoreanische Soldaten"))
    project.citations.link(CitationInput(claim, report, "rund 120 Koksan-Geschütze"))
    project.reviews.set_status([claim], "false", "Die Zahl ist übertrieben – „geschätzt“.")
    record = project.articles.get(report)
    changed = ARTICLE_TEXT.replace("rund 120 Koksan-Geschütze", "mehr Geschütze")
    project.articles.update(
        report, dataclasses.replace(ArticleInput.of(record), text=changed), record.version
    )
    return claim


def test_reviewed_claim_shows_verdict_chain_and_citations(project, tmp_path):
    claim = reviewed_claim(project)
    document = export(project, tmp_path, title=TITLE)

    [fields] = claim_tables(document)
    assert fields["Status"] == ["False"]
    assert fields["Reviewed"][0].startswith("by analyst, ")
    assert fields["Rationale"] == ["Die Zahl ist übertrieben – „geschätzt“."]
    assert fields["Claimant"] == ["Kyrylo Budanov (C – Fairly reliable), person"]
    assert fields["Quantity"] == ["about 11,000 soldiers"]
    assert fields["Claimed on"] == ["June 2025 (day unknown)"]
    assert fields["Attribution"] == [
        "Kyrylo Budanov (quotes verbatim, June 2025) → t-online (quotes verbatim, June 2025)"
        " → Budanow über Nordkorea (paraphrases, 10 June 2025)"
    ]
    kept, orphaned = fields["Citation"]
    assert "Budanow über Nordkorea" in kept and "https://example.org/report" in kept
    assert "SHA-256 " in kept and "Captured " in kept
    assert "„etwa 11.000 nordkoreanische Soldaten“" in kept
    assert "Note: the excerpt was found again after the article changed." in kept
    assert "Warning" not in kept
    assert "„rund 120 Koksan-Geschütze“" in orphaned
    assert "Warning: the excerpt was no longer found in the article text." in orphaned
    links = [rel.target_ref for rel in document.part.rels.values() if rel.is_external]
    assert links == ["https://example.org/report"]
    assert headings(document, "Heading 2") == [f"#{claim} {soldiers_claim(project).statement}"]


def test_german_report_words_verdict_grades_chain_and_citations_in_german(project, tmp_path):
    claim = reviewed_claim(project)
    document = export(project, tmp_path, title=TITLE, locale="de", grouping=Grouping.STATUS)

    assert headings(document, "Heading 1") == ["Übersicht", "Status: Falsch", "Herkunftsnachweis"]
    summary = next(rows(t) for t in document.tables if rows(t)[0][0] == "Status")
    assert summary == [("Status", "Behauptungen"), ("Falsch", "1")]
    assert "1 Behauptung in diesem Bericht." in [p.text for p in document.paragraphs]
    [fields] = claim_tables(document, grade="Einstufung")
    assert fields["Status"] == ["Falsch"]
    assert fields["Geprüft"][0].startswith("von analyst am ")
    assert fields["Begründung"] == ["Die Zahl ist übertrieben – „geschätzt“."]
    assert fields["Einstufung"] == ["C2 · Glaubwürdigkeit 2 – wahrscheinlich wahr"]
    assert fields["Urheber"] == ["Kyrylo Budanov (C – ziemlich zuverlässig), Person"]
    assert fields["Menge"] == ["etwa 11.000 soldiers"]
    assert fields["Behauptet am"] == ["Juni 2025 (Tag unbekannt)"]
    assert fields["Zuschreibung"] == [
        "Kyrylo Budanov (zitiert wörtlich, Juni 2025) → t-online (zitiert wörtlich, Juni 2025)"
        " → Budanow über Nordkorea (gibt sinngemäß wieder, 10. Juni 2025)"
    ]
    kept, orphaned = fields["Beleg"]
    assert kept.startswith("Budanow über Nordkorea\nBerichtet\n")  # no publisher, no date
    assert "Erfasst am " in kept
    assert "Hinweis: Der Auszug wurde erst nach einer Änderung des Artikels" in kept
    assert "Warnung: Der Auszug steht nicht mehr im Text des Artikels." in orphaned
    footer = document.sections[0].footer.paragraphs[0]
    assert "Seite" in footer.text and "von" in footer.text and "Page" not in footer.text
    assert headings(document, "Heading 2") == [f"#{claim} {soldiers_claim(project).statement}"]


def test_report_of_no_claims_says_so(demo, tmp_path):
    document = export(demo, tmp_path, filter=ClaimFilter(search="no such words anywhere"))

    assert headings(document, "Heading 2") == []
    assert "No claims match the scope of this report." in [p.text for p in document.paragraphs]
    assert ("Search", "“no such words anywhere”") in rows(document.tables[0])


def test_cancelled_export_leaves_no_file(demo, tmp_path, monkeypatch):
    monkeypatch.setattr(docx_report, "CHUNK", 2)  # seven claims in four chunks
    cancel = CancelToken()
    seen = []

    def cancel_after_first_chunk(progress):
        seen.append(progress.done)
        if progress.done >= 2:
            cancel.cancel()

    folder = tmp_path / "out"
    folder.mkdir()
    job = export_job(demo, ReportOptions(), DOCX, folder / "report.docx", cancel)
    with pytest.raises(Cancelled):
        run_to_end(job, cancel_after_first_chunk)

    assert seen == [0, 2]
    assert list(folder.iterdir()) == []


def test_control_characters_in_claim_text_do_not_break_the_document(sqlite_project, tmp_path):
    sqlite_project.claims.create(
        soldiers_claim(sqlite_project, statement="Pasted\x0b text\x01 <b>&amp;", notes="a\nb")
    )
    document = export(sqlite_project, tmp_path)

    assert headings(document, "Heading 2")[0].endswith("Pasted text <b>&amp;")
    [fields] = claim_tables(document)
    assert fields["Notes"] == ["a\nb"]


def test_provenance_closes_the_document_which_names_neither_login_nor_place(demo, tmp_path):
    location = demo.database.location
    trail = demo.project.verify_audit()
    with Project.open(location, actor="desk-login-7") as exporter:
        document = export(exporter, tmp_path)
        target = tmp_path / "report.docx"
        with zipfile.ZipFile(target) as package:
            everything = b"".join(package.read(name) for name in package.namelist())
        named = export(exporter, tmp_path, name_in_report="Erika Musterfrau")

    assert headings(document, "Heading 1")[-1] == "Provenance"
    assert "Cited captures (1)" in [p.text for p in document.paragraphs]
    facts = dict(rows(document.tables[-1]))
    assert re.fullmatch(r"[0-9a-f]{32}", facts["Project"])
    assert facts["Audit trail"] == f"last event {trail.head_seq} · SHA-256 {trail.head_hash}"
    assert facts["Schema"] == migrate.head_revision()
    texts = [p.text for p in document.paragraphs]
    assert any("(article 1) · captured " in text and "SHA-256 " in text for text in texts)
    assert b"desk-login-7" not in everything and location.encode() not in everything
    assert str(tmp_path).encode() not in everything
    assert document.core_properties.author == "" and document.core_properties.last_modified_by == ""

    made = next(p.text for p in named.paragraphs if p.text.startswith("Made on "))
    assert " by Erika Musterfrau (schema " in made
    assert named.core_properties.author == "Erika Musterfrau"
