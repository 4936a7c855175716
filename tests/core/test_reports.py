"""What a report covers and says: filters, summary, sections, complete claims, HTML and
Markdown read back by real parsers, atomic writing, and `claimdesk export`."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import html5lib
import pytest

from claimdesk.core.enums import Credibility, Grouping, Reliability, ScopeField, Status
from claimdesk.core.errors import Cancelled
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.inputs import CitationInput, EvidenceInput
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.project import Project
from claimdesk.core.records import ReportOptions, ScopePart
from claimdesk.core.reports.output import ExportError, ExportFormat, export_job
from claimdesk.core.reports.template_report import markdown_text, write_html, write_markdown
from claimdesk.core.reports.text import scope_lines, section_title
from claimdesk.core.resources import resource

from .factories import article, budanov, chain, outlet, soldiers_claim

HTML = ExportFormat("html", ".html", "Web page", write_html)
MARKDOWN = ExportFormat("md", ".md", "Markdown", write_markdown)


@pytest.fixture
def desk(project: Project) -> dict[str, int]:
    """Two claimants, one article, three claims: judged false, in progress, unverified."""
    speaker = budanov(project)
    paper = outlet(project)
    report = article(project, publisher_id=paper, published_on="2025-06-10")
    soldiers = project.claims.create(
        soldiers_claim(project, speaker, hops=chain(speaker, paper, report))
    ).id
    project.citations.link(CitationInput(soldiers, report, "etwa 11.000 nordkoreanische Soldaten"))
    guns = project.claims.create(
        soldiers_claim(
            project,
            speaker,
            statement="Russia received about 120 Koksan guns.",
            quote="rund 120 Koksan-Geschütze",
            claimed_on="2025-06-10",
            as_of="2024",
            credibility="3",
            tags=("Koksan", "North Korea"),
        )
    ).id
    loose = project.claims.create(
        soldiers_claim(
            project,
            paper,
            statement="<script>alert('x')</script> Further deliveries are likely.",
            quote=None,
            claimed_on="2023",
            as_of=None,
            quantity=None,
            credibility="6",
            tags=(),
        )
    ).id
    project.reviews.set_status(
        [soldiers],
        Status.FALSE,
        "Satellite imagery shows fewer troops.",
        [
            EvidenceInput(url="https://example.org/imagery"),
            EvidenceInput(citation_id=project.claims.get(soldiers).citations[0].id),
        ],
    )
    project.reviews.set_status([guns], Status.IN_PROGRESS)
    return {
        "soldiers": soldiers,
        "guns": guns,
        "loose": loose,
        "article": report,
        "budanov": speaker,
    }


def ids(project: Project, wanted: ClaimFilter) -> set[int]:
    return set(project.reports.claim_ids(wanted))


def test_each_filter_narrows_the_claims(project, desk):
    everything = {desk["soldiers"], desk["guns"], desk["loose"]}
    assert ids(project, ClaimFilter()) == everything
    assert ids(project, ClaimFilter(statuses=frozenset({Status.FALSE}))) == {desk["soldiers"]}
    assert ids(project, ClaimFilter(credibilities=frozenset({Credibility("3")}))) == {desk["guns"]}
    by_budanov = ClaimFilter(claimant_ids=frozenset({desk["budanov"]}))
    assert ids(project, by_budanov) == {desk["soldiers"], desk["guns"]}
    graded_b = ClaimFilter(reliabilities=frozenset({Reliability.B}))
    assert ids(project, graded_b) == {desk["loose"]}
    assert ids(project, ClaimFilter(tags=frozenset({"koksan"}))) == {desk["guns"]}
    assert ids(project, ClaimFilter(article_id=desk["article"])) == {desk["soldiers"]}
    # June 2025 (month known) lies in a range ending in June; 2023 (year known) does not.
    june = ClaimFilter(claimed_from=date(2025, 6, 1), claimed_to=date(2025, 6, 30))
    assert ids(project, june) == {desk["soldiers"], desk["guns"]}
    assert ids(project, ClaimFilter(as_of_to=date(2024, 12, 31))) == {desk["guns"]}
    # The search reads the claims' own fields; asked to, it also reaches the text of the
    # article the soldiers claim is cited in.
    assert ids(project, ClaimFilter(search="KOKSAN")) == {desk["guns"]}
    in_text = ClaimFilter(search="KOKSAN", in_article_text=True)
    assert ids(project, in_text) == {desk["guns"], desk["soldiers"]}
    assert ids(project, ClaimFilter(search="guns")) == {desk["guns"]}
    assert ids(project, ClaimFilter(search="50%_")) == set()  # no LIKE wildcards either
    both = ClaimFilter(
        claimant_ids=frozenset({desk["budanov"]}), statuses=frozenset({Status.FALSE})
    )
    assert ids(project, both) == {desk["soldiers"]}
    project.claims.delete([desk["loose"]])
    assert ids(project, ClaimFilter()) == {desk["soldiers"], desk["guns"]}


def test_header_summarises_and_groups(project, desk):
    options = ReportOptions(
        title="Kursk", filter=ClaimFilter(tags=frozenset({"North Korea"})), grouping=Grouping.TAG
    )
    header = project.reports.header(options)
    assert header.summary.total == 2
    assert header.summary.by_status[Status.FALSE] == 1
    assert header.summary.by_status[Status.IN_PROGRESS] == 1
    assert header.scope == (ScopePart(ScopeField.TAG, ("North Korea",)),)
    assert scope_lines(header.scope) == [("Tag", "North Korea")]
    sections = {
        section_title(header.grouping, section): section.claim_ids for section in header.sections
    }
    assert sections["Tag: Koksan"] == (desk["guns"],)
    assert set(sections["Tag: North Korea"]) == {desk["soldiers"], desk["guns"]}
    by_status = project.reports.header(ReportOptions(grouping=Grouping.STATUS))
    assert [section_title(Grouping.STATUS, s) for s in by_status.sections] == [
        "Status: Unverified",
        "Status: In progress",
        "Status: False",
    ]
    named = ReportOptions(filter=ClaimFilter(claimant_ids=frozenset({desk["budanov"]})))
    assert scope_lines(project.reports.header(named).scope) == [("Claimant", "Kyrylo Budanov")]


def test_scope_is_worded_from_data(project, desk):
    """Every part of a filter reaches the scope as data and is worded as the report says it."""
    wanted = ClaimFilter(
        search=" Kursk ",
        statuses=frozenset({Status.FALSE, Status.UNVERIFIED}),
        credibilities=frozenset({Credibility.DOUBTFUL}),
        reliabilities=frozenset({Reliability.B}),
        claimed_from=date(2025, 1, 1),
        has_quantity=False,
        orphaned=True,
    )
    header = project.reports.header(ReportOptions(filter=wanted))
    assert header.scope[0] == ScopePart(ScopeField.SEARCH, ("Kursk",))
    assert header.scope[1] == ScopePart(ScopeField.STATUS, ("unverified", "false"))
    assert scope_lines(header.scope) == [
        ("Search", "“Kursk”"),
        ("Status", "Unverified, False"),
        ("Credibility", "4 – Doubtful"),
        ("Source reliability", "B – Usually reliable"),
        ("Claim date", "2025-01-01 to …"),
        ("Quantity", "without one"),
        ("Excerpts", "some no longer found in their article"),
    ]


def test_claims_come_complete(project, desk):
    (claim,) = project.reports.claims([desk["soldiers"]])
    assert claim.claimant is not None and claim.claimant.name == "Kyrylo Budanov"
    assert [hop.label for hop in claim.hops] == [
        "Kyrylo Budanov",
        "t-online",
        "Budanow über Nordkorea",
    ]
    (citation,) = claim.citations
    assert citation.excerpt == "etwa 11.000 nordkoreanische Soldaten"
    assert citation.article.publisher is not None and citation.article.publisher.name == "t-online"
    assert citation.article.published_on == date(2025, 6, 10)
    assert claim.latest_review is not None and claim.latest_review.to_status is Status.FALSE
    assert claim.latest_review.evidence_urls == ("https://example.org/imagery",)
    assert claim.latest_review.reviewer == "analyst"


def test_html_report_is_self_contained_escaped_and_complete(project, desk, tmp_path):
    options = ReportOptions(title="Bericht über Kursk", grouping=Grouping.STATUS)
    result = run_to_end(export_job(project, options, HTML, tmp_path / "r.html", CancelToken()))
    assert result.claims == 3
    document = html5lib.parse(result.path.read_bytes(), namespaceHTMLElements=False)
    # The claim's <script> is text, not markup; the one script element is the provenance,
    # data that no browser runs.
    scripts = [(s.get("type"), s.get("id")) for s in document.findall(".//script")]
    assert scripts == [("application/json", "claimdesk-provenance")]
    assert document.findall(".//link") == []  # no stylesheet or font to fetch
    text = "".join(document.itertext())
    assert "<script>alert('x')</script> Further deliveries" in text
    assert "Bericht über Kursk" in text and "etwa 11.000 nordkoreanische Soldaten" in text
    assert "June 2025 (day unknown)" in text  # dates with their precision
    assert "Satellite imagery shows fewer troops." in text and "by analyst" in text
    chain_text = "Kyrylo Budanov (June 2025) → t-online (June 2025) → Budanow über Nordkorea"
    assert chain_text in " ".join(text.split())
    headings = [h.text for h in document.findall(".//h2")]
    assert "Status: False" in headings and "Contents" in headings
    links = [a.get("href") for a in document.findall(".//a")]
    assert "https://example.org/imagery" in links
    # A cited excerpt given as evidence reads as the article and the excerpt, not as an id.
    assert "Budanow über Nordkorea: „etwa 11.000 nordkoreanische Soldaten“" in text


def test_markdown_reads_well_as_plain_text(project, desk, tmp_path):
    options = ReportOptions(title="Kursk", locale="de")
    result = run_to_end(export_job(project, options, MARKDOWN, tmp_path / "r.md", CancelToken()))
    text = result.path.read_text(encoding="utf-8")
    assert text.startswith("# Kursk\n")
    assert "> etwa 11.000 nordkoreanische Soldaten" in text
    assert "**Menge:** etwa 11.000 soldiers" in text  # German words and number format
    assert "\\<script\\>" in text  # no raw HTML for a Markdown renderer to run
    assert "| Falsch | 1 |" in text
    assert markdown_text("# not a heading\n\n* nor a list") == "\\# not a heading \\* nor a list"


def german_html_text(project: Project, folder: Path) -> tuple[str, ElementTree.Element]:
    options = ReportOptions(title="Bericht über Kursk", grouping=Grouping.STATUS, locale="de")
    result = run_to_end(export_job(project, options, HTML, folder / "de.html", CancelToken()))
    document = html5lib.parse(result.path.read_bytes(), namespaceHTMLElements=False)
    head = document.find("head")
    head.remove(head.find("style"))
    body = document.find("body")
    body.remove(body.find("script"))  # the provenance as data: JSON keys, not words
    return " ".join("".join(document.itertext()).split()), document


def test_german_report_is_worded_in_german(project, desk, tmp_path):
    """The report's locale chooses its words as well as its numbers and dates: the grades as
    the Bundeswehr and the BND word them, the statuses as the window names them."""
    text, document = german_html_text(project, tmp_path)
    assert document.get("lang") == "de"
    headings = [h.text for h in document.findall(".//h2")]
    assert headings[:3] == ["Umfang", "Übersicht", "Inhalt"]
    assert "Status: Falsch" in headings and "Status: In Prüfung" in headings
    assert "3 Behauptungen." in text
    assert "Kyrylo Budanov (C – ziemlich zuverlässig)" in text
    assert "Einstufung C2 · Glaubwürdigkeit 2 – wahrscheinlich wahr" in text
    assert "6 – Wahrheitsgehalt nicht beurteilbar" in text
    assert "Juni 2025 (Tag unbekannt)" in text and "2023" in text
    labels = {th.text for th in document.findall(".//th")}
    assert {"Status", "Behauptungen", "Glaubwürdigkeit", "Urheber", "Urteil"} <= labels
    assert "Falsch – von analyst am" in text
    assert "Alle Behauptungen des Projekts." in text

    graded = ReportOptions(filter=ClaimFilter(reliabilities=frozenset(Reliability)), locale="de")
    scope = scope_lines(project.reports.header(graded).scope, "de")
    assert scope[0][0] == "Zuverlässigkeit der Quelle"
    assert scope[0][1].startswith("A – völlig zuverlässig, B – in der Regel zuverlässig")
    assert scope[0][1].endswith("F – Zuverlässigkeit nicht beurteilbar")
    by_tag = project.reports.header(ReportOptions(grouping=Grouping.TAG))
    titles = [section_title(Grouping.TAG, section, "de_CH") for section in by_tag.sections]
    assert "Schlagwort: Koksan" in titles and "Ohne Schlagwort" in titles


def report_sources() -> set[str]:
    """The English texts of every catalogue entry the report modules use, where German words
    them differently (split at their placeholders)."""
    pieces = set()
    catalogue = ElementTree.parse(resource("translations", "claimdesk_de.ts"))
    for message in catalogue.getroot().iter("message"):
        places = [place.get("filename", "") for place in message.iter("location")]
        if not any("/core/reports/" in place or "/printing/" in place for place in places):
            continue
        source = message.findtext("source") or ""
        german = message.findtext("translation") or ""
        if german == source:
            continue  # "Status", "Original": the same word in both languages
        same = {piece.strip() for piece in re.split(r"%[1-9n]", german)}
        # "· SHA-256" of "%1 (article %2) · SHA-256 %3" reads the same in German.
        pieces.update(
            piece.strip() for piece in re.split(r"%[1-9n]", source) if piece.strip() not in same
        )
    return {piece for piece in pieces if len(piece) >= 4 and re.search(r"[A-Za-z]", piece)}


def test_no_english_label_is_left_in_a_german_report(project, desk, tmp_path):
    text, _ = german_html_text(project, tmp_path)
    # The claims' own texts stay in their language: only the report's words are checked.
    for claim in project.reports.claims([desk["soldiers"], desk["guns"], desk["loose"]]):
        review = claim.latest_review
        for own in (claim.statement, review.rationale if review else None):
            text = text.replace(" ".join((own or "").split()), "") if own else text
    sources = report_sources()
    assert {"Contents", "Claimed on", "Completely reliable", "Unverified"} <= sources
    left = sorted(s for s in sources if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text))
    assert not left, [(s, text[max(0, text.find(s) - 60) : text.find(s) + 60]) for s in left]


def test_cancelled_or_failed_exports_leave_no_file(project, desk, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.html"
    target.write_text("the previous report")
    token = CancelToken()
    job = export_job(project, ReportOptions(), HTML, target, token)
    next(job)
    token.cancel()
    with pytest.raises(Cancelled):
        run_to_end(job)
    assert target.read_text() == "the previous report"
    assert [p.name for p in folder.iterdir()] == ["report.html"]
    with pytest.raises(ExportError) as raised:
        run_to_end(export_job(project, ReportOptions(), HTML, tmp_path / "no" / "r.html", token))
    assert (raised.value.code, raised.value.params) == (
        "export_no_folder",
        {"folder": str(tmp_path / "no")},
    )
    with pytest.raises(ExportError) as raised:
        run_to_end(export_job(project, ReportOptions(), HTML, folder, token))
    assert (raised.value.code, raised.value.params) == ("export_is_folder", {"path": str(folder)})


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_export_with_filters_and_bad_input(tmp_path):
    db = tmp_path / "demo.sqlite3"
    assert cli("demo", "--db", str(db)).returncode == 0
    out = tmp_path / "report.md"
    done = cli("export", "--db", str(db), "-f", "md", "-o", str(out), "--status", "in_progress")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Wrote 2 claims to")
    assert "- **Status:** In progress" in out.read_text(encoding="utf-8")
    for args, message in [
        (["-f", "md", "-o", str(tmp_path / "x" / "r.md")], "does not exist"),
        (["-f", "md", "-o", str(out), "--claimant", "Nobody"], "no source is called 'Nobody'"),
        (["-f", "md", "-o", str(out), "--claimed-from", "2025-13"], "--claimed-from"),
        (["-f", "md", "-o", str(out), "--locale", "xx_YY"], "--locale"),
    ]:
        failed = cli("export", "--db", str(db), *args)
        assert failed.returncode == 1, args
        assert message in failed.stderr and "Traceback" not in failed.stderr
    missing = cli("export", "--db", str(tmp_path / "none.sqlite3"), "-f", "md", "-o", str(out))
    assert missing.returncode == 1 and not (tmp_path / "none.sqlite3").exists()


def test_report_is_one_snapshot_while_a_claim_is_deleted(
    project: Project, database_url: str, tmp_path
):
    """1,200 claims; a colleague deletes one while the report is being written. The header
    counted 1,200, so the body lists 1,200: the report reads one state of the database."""
    speaker = budanov(project)
    # Written as an import writes them (one by one, each save would compare its figure with
    # every one before it: all 1,200 count soldiers on the same day).
    from claimdesk.core.services.bulk import NewClaim

    with project.bulk.writer() as writer:
        ids = writer.write(
            [
                NewClaim(
                    soldiers_claim(project, speaker, statement=f"Claim number {n} of the desk.")
                )
                for n in range(1200)
            ]
        )
    colleague = Project.open(database_url, actor="colleague")
    out = tmp_path / "report.md"
    job = export_job(project, ReportOptions(), MARKDOWN, out, CancelToken())
    deleted = False
    try:
        while True:
            progress = next(job)
            if not deleted and progress.done > 0:
                # Part of the body is written; the last claim has not been read yet.
                colleague.claims.delete([ids[-1]])
                deleted = True
    except StopIteration as finished:
        result = finished.value
    finally:
        colleague.close()
    assert deleted
    written = out.read_text(encoding="utf-8")
    assert "1,200 claims." in written
    assert written.count("Claim number ") == 1200
    assert "Claim number 1199 of the desk." in written
    assert result.claims == 1200
    # The next report sees the deletion.
    again = tmp_path / "again.md"
    run_to_end(export_job(project, ReportOptions(), MARKDOWN, again, CancelToken()))
    assert again.read_text(encoding="utf-8").count("Claim number ") == 1199
