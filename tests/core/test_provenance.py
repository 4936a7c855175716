"""A report's provenance: what HTML, Markdown and Claimdesk JSON state about where they come
from, and `claimdesk report verify` comparing a project with it (untouched, edited through
the services, tampered with behind them, or given a file that is no report)."""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
from pathlib import Path

import html5lib
import pytest
import sqlalchemy as sa

from claimdesk import cli
from claimdesk.core.audit_chain import GENESIS, event_hash
from claimdesk.core.demo import create_demo
from claimdesk.core.enums import Status
from claimdesk.core.exchange.project_json import write_project_json
from claimdesk.core.inputs import ArticleInput, CitationInput, ClaimInput
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.models import Article, AuditEvent, ProjectSettings
from claimdesk.core.project import Project
from claimdesk.core.provenance import ProvenanceError
from claimdesk.core.records import ReportOptions
from claimdesk.core.reports.output import ExportFormat, export_job
from claimdesk.core.reports.provenance import read_report_provenance
from claimdesk.core.reports.template_report import write_html, write_markdown

HTML = ExportFormat("html", ".html", "Web page", write_html)
MARKDOWN = ExportFormat("md", ".md", "Markdown", write_markdown)
JSON = ExportFormat("json", ".json", "Claimdesk JSON", write_project_json)
EXPORTER = "desk-login-7"  # the login of whoever exports: never in a report


def export(location: str, folder: Path, chosen: ExportFormat = HTML, **options) -> Path:
    """Export as another login than the one that entered the data, as a colleague would."""
    target = folder / f"report{chosen.suffix}"
    with Project.open(location, actor=EXPORTER) as exporter:
        run_to_end(export_job(exporter, ReportOptions(**options), chosen, target, CancelToken()))
    return target


def project_id(project: Project) -> str:
    with project.database.read() as session:
        return session.scalar(sa.select(ProjectSettings.project_id))


def latest_seqs(project: Project) -> dict[int, int]:
    with project.database.read() as session:
        query = (
            sa.select(AuditEvent.claim_id, sa.func.max(AuditEvent.seq))
            .where(AuditEvent.claim_id.is_not(None), AuditEvent.seq.is_not(None))
            .group_by(AuditEvent.claim_id)
        )
        return dict(session.execute(query).tuples().all())


def verify(report: Path, db: str, *extra: str) -> int:
    return cli.main(["report", "verify", str(report), "--db", db, *extra])


def test_html_report_states_its_provenance_and_names_neither_login_nor_place(
    project, database_url, tmp_path
):
    create_demo(project)
    path = export(database_url, tmp_path)
    page = path.read_text(encoding="utf-8")
    document = html5lib.parse(path.read_bytes(), namespaceHTMLElements=False)
    section = document.find(".//section[@id='provenance']")
    words = " ".join("".join(section.itertext()).split())
    trail = project.project.verify_audit()
    assert "Provenance" in words and project_id(project) in words
    assert f"last event {trail.head_seq} · SHA-256 {trail.head_hash}" in words
    assert "Cited captures (1)" in words and "(article 1) · captured" in words

    stated = read_report_provenance(path)
    assert stated.project_id == project_id(project)
    assert (stated.head_seq, stated.head_hash) == (trail.head_seq, trail.head_hash)
    assert stated.revision == project.database.revision()
    latest = latest_seqs(project)
    assert stated.claims == tuple((claim_id, latest[claim_id]) for claim_id in range(1, 18))
    (capture,) = stated.captures
    demo_article = project.articles.get(1)
    # The demo's article was typed in, not captured: its text is what is hashed.
    assert capture.basis == "text" and capture.captured_at == demo_article.captured_at
    assert capture.sha256 == hashlib.sha256(demo_article.text.encode()).hexdigest()
    assert capture.sha256 == demo_article.sha256  # the column's own definition

    made = document.find(".//p[@class='made']").text
    assert made.endswith(f"(schema {project.database.revision()}) with Claimdesk.")
    assert EXPORTER not in page and " by " not in made
    place = Path(database_url).name if "://" not in database_url else database_url.rsplit("/")[-1]
    assert str(tmp_path) not in page and place not in page  # neither the file nor the database


def test_a_chosen_name_is_the_only_one_a_report_gives(sqlite_project, tmp_path):
    create_demo(sqlite_project)
    location = sqlite_project.database.location
    html = export(location, tmp_path, name_in_report="Erika Musterfrau")
    markdown = export(location, tmp_path, MARKDOWN, name_in_report="Erika Musterfrau")
    for path in (html, markdown):
        text = path.read_text(encoding="utf-8")
        assert "by Erika Musterfrau (schema" in text
        assert EXPORTER not in text and location not in text
    text = markdown.read_text(encoding="utf-8")
    assert "## Provenance" in text and f"- **Project:** {project_id(sqlite_project)}" in text


def test_a_german_report_words_its_provenance_in_german(sqlite_project, tmp_path):
    create_demo(sqlite_project)
    path = export(sqlite_project.database.location, tmp_path, MARKDOWN, locale="de")
    text = path.read_text(encoding="utf-8")
    assert "## Herkunftsnachweis" in text and "- **Prüfprotokoll:** letztes Ereignis" in text
    assert "**Zitierte Erfassungen (1)**" in text and "(Artikel 1) · erfasst am" in text
    assert "Provenance" not in text and "Audit trail" not in text


def test_the_json_export_carries_the_same_provenance(project, database_url, tmp_path):
    create_demo(project)
    html = read_report_provenance(export(database_url, tmp_path))
    data = read_report_provenance(export(database_url, tmp_path, JSON))
    assert data.project_id == html.project_id and data.revision == html.revision
    assert (data.head_seq, data.head_hash) == (html.head_seq, html.head_hash)
    assert data.claims == html.claims and data.captures == html.captures


def test_an_untouched_project_matches_its_report(sqlite_project, tmp_path, capsys, cli_log):
    create_demo(sqlite_project)
    location = sqlite_project.database.location
    for chosen in (HTML, JSON):
        path = export(location, tmp_path, chosen)
        assert verify(path, location) == 0
        out = capsys.readouterr().out
        assert out.startswith("The project matches the report.")
        assert "none of 17 changed" in out and "Captures: 1" in out
        assert verify(path, location, "--json") == 0
        found = json.loads(capsys.readouterr().out)
        assert found["matches"] is True and found["changed_claims"] == []


def test_a_claim_edited_since_is_named_with_who_and_when(project, database_url, tmp_path):
    create_demo(project)
    stated = read_report_provenance(export(database_url, tmp_path))
    with Project.open(database_url, actor="ben") as colleague:
        colleague.reviews.set_status([5], Status.FALSE, "Contradicted by imagery.")
        colleague.claims.create(ClaimInput("A claim made after the report."))
    check = project.reports.check(stated)
    assert not check.matches and check.chain is None and check.capture_count == 0
    (change,) = check.changed_claims  # the new claim was not in the report
    assert (change.claim_id, change.actor, change.deleted) == (5, "ben", False)
    assert change.recorded_seq == dict(stated.claims)[5] and change.events == 2
    assert change.latest_seq == latest_seqs(project)[5]


def test_the_command_line_names_the_changed_claim(sqlite_project, tmp_path, capsys, cli_log):
    create_demo(sqlite_project)
    location = sqlite_project.database.location
    path = export(location, tmp_path)
    with Project.open(location, actor="ben") as colleague:
        colleague.claims.delete([3])
    assert verify(path, location) == 1
    out = capsys.readouterr().out
    assert out.startswith("The project differs from the report:")
    assert "Claim 3 changed since the report and is deleted: 1 change, the latest by ben" in out
    assert verify(path, location, "--json") == 1
    found = json.loads(capsys.readouterr().out)
    assert [(c["id"], c["actor"], c["deleted"]) for c in found["changed_claims"]] == [
        (3, "ben", True)
    ]


@pytest.mark.tampers
def test_an_audit_event_changed_with_sqlite3_is_found(sqlite_project, tmp_path, capsys, cli_log):
    create_demo(sqlite_project)
    location = sqlite_project.database.location
    path = export(location, tmp_path)
    with sqlite3.connect(location) as raw:
        raw.execute("UPDATE audit_events SET actor = 'mallory' WHERE seq = 3")
    raw.close()
    assert verify(path, location) == 1
    out = capsys.readouterr().out
    assert "Audit chain broken at event 3" in out and "content was changed" in out


@pytest.mark.tampers
def test_a_trail_rewritten_to_hold_in_itself_no_longer_ends_in_the_reports_head(
    sqlite_project, tmp_path, capsys, cli_log
):
    """Whoever changes an event and computes every hash after it again gets a chain that holds
    in itself; the head a report recorded is what gives it away."""
    create_demo(sqlite_project)
    location = sqlite_project.database.location
    path = export(location, tmp_path)
    table = AuditEvent.__table__
    with sqlite_project.database.read() as session:
        events = session.execute(
            sa.select(table).where(table.c.seq.is_not(None)).order_by(table.c.seq)
        ).all()
    previous, rewritten = GENESIS, []
    for event in events:
        content = dict(event._mapping)
        if content["seq"] == 3:
            content["actor"] = "mallory"
        content["prev_hash"] = previous
        content["hash"] = previous = event_hash(content)
        rewritten.append((content["actor"], content["prev_hash"], content["hash"], content["id"]))
    with sqlite3.connect(location) as raw:
        raw.executemany(
            "UPDATE audit_events SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?", rewritten
        )
        raw.execute("UPDATE audit_chain_head SET hash = ? WHERE id = 1", (previous,))
    raw.close()
    assert sqlite_project.project.verify_audit().broken is None  # it holds in itself
    stated = read_report_provenance(path)
    check = sqlite_project.reports.check(stated)
    assert (check.chain.code, check.chain.seq) == ("head_differs", stated.head_seq)
    assert verify(path, location) == 1
    assert "the trail was rewritten" in capsys.readouterr().out


def captured_article(project: Project, body: bytes, url: str = "https://example.org/a") -> int:
    page = ArticleInput(
        title="Budanow über Nordkorea",
        url=url,
        text=body.decode(),
        original=body,
        content_type="text/html",
    )
    return project.captures.capture(page).article_id


@pytest.mark.tampers
def test_captures_are_hashed_from_their_bytes_and_checked_again(sqlite_project, tmp_path):
    page = b"<html><body><p>etwa 11.000 nordkoreanische Soldaten</p></body></html>"
    article_id = captured_article(sqlite_project, page)
    claim = sqlite_project.claims.create(ClaimInput("About 11,000 soldiers.")).id
    sqlite_project.citations.link(CitationInput(claim, article_id, "11.000"))
    location = sqlite_project.database.location
    stated = read_report_provenance(export(location, tmp_path))
    (capture,) = stated.captures
    assert capture.basis == "original" and capture.sha256 == hashlib.sha256(page).hexdigest()
    assert sqlite_project.reports.check(stated).matches

    # Captured again with other content: the cited version is kept among the earlier ones.
    captured_article(sqlite_project, page.replace(b"11.000", b"12.000"))
    check = sqlite_project.reports.check(stated)
    assert [(d.article_id, d.code) for d in check.captures] == [(article_id, "recaptured")]

    # Bytes changed behind the services: no version holds what the report states.
    forged = gzip.compress(b"<html><body><p>nothing</p></body></html>", mtime=0)
    with sqlite3.connect(location) as raw:
        raw.execute("UPDATE articles SET original = ? WHERE id = ?", (forged, article_id))
        raw.execute("UPDATE article_captures SET original = ?", (forged,))
    raw.close()
    check = sqlite_project.reports.check(stated)
    (difference,) = check.captures
    assert difference.code == "changed" and difference.current != capture.sha256
    with sqlite_project.database.read() as session:
        stored = session.scalar(sa.select(Article.sha256).where(Article.id == article_id))
    assert stored != difference.current  # the column was left alone: the bytes are checked


def test_a_report_of_another_project_is_named_as_such(sqlite_project, tmp_path, capsys, cli_log):
    create_demo(sqlite_project)
    path = export(sqlite_project.database.location, tmp_path)
    other = tmp_path / "other.sqlite3"
    with Project.open(other, actor="analyst") as project:
        create_demo(project)
    assert verify(path, str(other)) == 1
    out = capsys.readouterr().out
    assert out.startswith("The report comes from another project")
    assert project_id(sqlite_project) in out


def test_a_title_cannot_close_the_provenance_script(sqlite_project, tmp_path):
    title = "</script><script>alert(1)</script> & <!--"
    article_id = sqlite_project.articles.create(
        ArticleInput(title=title, url="https://example.org/x", text="Text with 11,000.")
    ).id
    claim = sqlite_project.claims.create(ClaimInput("About 11,000 soldiers.")).id
    sqlite_project.citations.link(CitationInput(claim, article_id, "11,000"))
    path = export(sqlite_project.database.location, tmp_path)
    document = html5lib.parse(path.read_bytes(), namespaceHTMLElements=False)
    (script,) = document.findall(".//script")
    assert script.get("type") == "application/json"
    assert json.loads(script.text)["captures"][0]["title"] == title
    assert read_report_provenance(path).captures[0].title == title


NOT_REPORTS = {
    "report.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
    "notes.txt": b"Nichts als Text.\n",
    "empty.html": b"",
    "page.html": b"<!DOCTYPE html><html><body><script>var x = 1;</script></body></html>",
    "review.jsonld": b'{"@context": "https://schema.org", "@graph": []}',
    "broken.json": b'{"format": "claimdesk", "claims": [',
}


@pytest.mark.parametrize("name", sorted(NOT_REPORTS))
def test_a_file_that_is_no_report_gets_one_clear_message(
    sqlite_project, tmp_path, capsys, cli_log, name
):
    path = tmp_path / name
    path.write_bytes(NOT_REPORTS[name])
    assert verify(path, sqlite_project.database.location) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"claimdesk: {name} holds no Claimdesk provenance: verify reads an HTML report or a "
        "Claimdesk JSON export (claimdesk export -f html or -f json)\n"
    )
    assert verify(path, sqlite_project.database.location, "--json") == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "provenance_missing"


def test_a_provenance_altered_or_cut_off_is_refused_naming_where(sqlite_project, tmp_path):
    create_demo(sqlite_project)
    page = export(sqlite_project.database.location, tmp_path).read_text(encoding="utf-8")
    altered = tmp_path / "altered.html"
    altered.write_text(page.replace('"project_id":"', '"project_id":"x'), encoding="utf-8")
    with pytest.raises(ProvenanceError) as raised:
        read_report_provenance(altered)
    assert raised.value.code == "provenance_invalid"
    assert raised.value.params["detail"] == "project_id"
    cut = tmp_path / "cut.html"
    cut.write_text(page[: page.index('"captures":[')], encoding="utf-8")
    with pytest.raises(ProvenanceError) as raised:
        read_report_provenance(cut)
    assert raised.value.code == "provenance_invalid"


def test_a_bad_file_opens_no_project(tmp_path, capsys, cli_log):
    folder = tmp_path / "a folder"
    folder.mkdir()
    db = tmp_path / "never.sqlite3"
    assert verify(folder, str(db)) == 1
    assert "is a folder, not an HTML report or a Claimdesk JSON export" in capsys.readouterr().err
    assert not db.exists()


def test_export_names_whom_the_command_line_asks_for(sqlite_project, tmp_path, cli_log):
    create_demo(sqlite_project)
    location = sqlite_project.database.location
    target = tmp_path / "named.html"
    argv = ["export", "--db", location, "-f", "html", "-o", str(target)]
    assert cli.main(["--user", EXPORTER, *argv]) == 0
    assert EXPORTER not in target.read_text(encoding="utf-8")
    assert cli.main(["--user", EXPORTER, *argv, "--name-in-report", "Desk North"]) == 0
    assert "by Desk North (schema" in target.read_text(encoding="utf-8")


def test_the_cited_captures_of_most_of_a_project_are_read_in_one_pass(
    sqlite_project, tmp_path, monkeypatch
):
    from claimdesk.core.services import provenance

    create_demo(sqlite_project)
    extra = sqlite_project.articles.create(
        ArticleInput(title="Uncited", url="https://example.org/uncited", text="Nothing cited.")
    ).id
    location = sqlite_project.database.location
    looked_up = read_report_provenance(export(location, tmp_path)).captures
    monkeypatch.setattr(provenance, "SCAN_FROM", 0)
    scanned = read_report_provenance(export(location, tmp_path)).captures
    assert scanned == looked_up and [c.article_id for c in scanned] == [1]
    assert extra not in [c.article_id for c in scanned]


@pytest.mark.tampers
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE claims SET statement = 'About 50,000 soldiers.' WHERE id = 5",
        "UPDATE claims SET status = 'verified' WHERE id = 5",
        "DELETE FROM claims WHERE id = 17",
    ],
    ids=["statement", "status", "row deleted"],
)
def test_a_claim_changed_behind_the_trail_no_longer_matches_the_report(
    sqlite_project, tmp_path, statement, capsys
):
    import sqlite3

    from claimdesk import cli
    from claimdesk.core.demo import create_demo

    create_demo(sqlite_project)
    path = sqlite_project.database.url.database
    report = tmp_path / "report.html"
    assert cli.main(["export", "--db", path, "-f", "html", "-o", str(report)]) == 0
    assert cli.main(["report", "verify", str(report), "--db", path]) == 0
    capsys.readouterr()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute(statement)
    raw.close()
    assert cli.main(["report", "verify", str(report), "--db", path]) == 1
    out = capsys.readouterr().out
    assert "changed outside Claimdesk" in out
