"""What an export writes, and where, when the target or the project is not what it seems.

Only a new name or a regular file is written over, through a temporary file renamed at the
end, with the permissions the umask gives (a replaced file keeps its own); links, devices and
FIFOs are refused with a message. CSV cells starting with a formula sign, full-width ones too,
are text. Markdown links cannot break out of their brackets, and only web addresses become
links. A project that already holds control characters writes none into HTML, Markdown or CSV.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import html5lib
import pytest
from markdown_it import MarkdownIt

from claimdesk.core.enums import Status
from claimdesk.core.exchange.csv_export import write_csv
from claimdesk.core.exchange.csv_import import import_claims_job, read_csv_preview
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.inputs import CitationInput, EvidenceInput
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.project import Project
from claimdesk.core.records import ReportOptions
from claimdesk.core.reports.output import ExportError, ExportFormat, ExportResult, export_job
from claimdesk.core.reports.template_report import safe_href, write_html, write_markdown

from .factories import article, budanov, soldiers_claim

CSV = ExportFormat("csv", ".csv", "CSV", write_csv)
HTML = ExportFormat("html", ".html", "Web page", write_html)
MARKDOWN = ExportFormat("md", ".md", "Markdown", write_markdown)
CONTROLS = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]")


@pytest.fixture
def claimed(sqlite_project: Project) -> Project:
    sqlite_project.claims.create(soldiers_claim(sqlite_project, budanov(sqlite_project)))
    return sqlite_project


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the exports alone (the project's files live beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def export(project: Project, path: Path, chosen: ExportFormat = CSV) -> ExportResult:
    return run_to_end(export_job(project, ReportOptions(), chosen, path, CancelToken()))


def refused(project: Project, path: Path) -> ExportError:
    with pytest.raises(ExportError) as raised:
        export(project, path)
    return raised.value


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


# Targets ------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_and_stays_a_fifo(claimed, out):
    fifo = out / "pipe.csv"
    os.mkfifo(fifo)
    error = refused(claimed, fifo)
    assert (error.code, error.params) == ("export_not_a_file", {"path": str(fifo)})
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in out.iterdir()] == ["pipe.csv"]


def test_a_device_node_is_refused_and_stays_a_device(claimed, tmp_path):
    node = tmp_path / "full"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # what /dev/full is
    except PermissionError:
        pytest.skip("creating a device node needs root")
    assert refused(claimed, node).code == "export_not_a_file"
    assert stat.S_ISCHR(node.lstat().st_mode)


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="no /dev/full here")
def test_cli_export_to_dev_full_fails_with_a_message(tmp_path):
    db = tmp_path / "demo.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "claimdesk"]
    assert subprocess.run([*command, "demo", "--db", str(db)], env=env).returncode == 0
    failed = subprocess.run(
        [*command, "export", "--db", str(db), "-f", "csv", "-o", "/dev/full"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert failed.returncode == 1 and failed.stdout == ""
    assert failed.stderr == (
        "claimdesk: /dev/full is not a regular file (a device, pipe or socket); "
        "name a file to write\n"
    )
    assert Path("/dev/full").is_char_device()


def test_a_symlink_is_refused_and_its_file_untouched(claimed, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("keep me")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "nowhere.csv")
    for target in (link, dangling):
        error = refused(claimed, target)
        assert (error.code, error.params) == ("export_is_link", {"path": str(target)})
        assert target.is_symlink()
    assert real.read_text() == "keep me"
    assert not (tmp_path / "nowhere.csv").exists()


def test_a_target_that_turns_into_a_link_meanwhile_is_not_replaced(claimed, out):
    target = out / "claims.csv"
    job = export_job(claimed, ReportOptions(), CSV, target, CancelToken())
    next(job)
    target.symlink_to(out / "elsewhere.csv")
    with pytest.raises(ExportError) as raised:
        run_to_end(job)
    assert raised.value.code == "export_is_link"
    assert target.is_symlink()
    assert [p.name for p in out.iterdir()] == ["claims.csv"]


@pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX modes")
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_gets_the_permissions_the_umask_gives(claimed, tmp_path, mask, mode):
    target = tmp_path / "claims.csv"
    with umask(mask):
        export(claimed, target)
    assert stat.S_IMODE(target.stat().st_mode) == mode


@pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX modes")
def test_a_replaced_file_keeps_its_permissions_and_no_temporary_is_left(claimed, out):
    target = out / "claims.md"
    target.write_text("the previous report")
    target.chmod(0o640)
    with umask(0o022):
        result = export(claimed, target, MARKDOWN)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8").startswith("# Claims") and result.claims == 1
    assert [p.name for p in out.iterdir()] == ["claims.md"]


def test_a_long_file_name_still_gets_a_temporary_name(claimed, tmp_path):
    target = tmp_path / ("k" * 240 + ".csv")  # 244 bytes: the temporary cannot add to it
    assert export(claimed, target).claims == 1
    assert target.is_file()


# CSV ----------------------------------------------------------------------------------------

FULL_WIDTH_SIGNS = "\uff1d\uff0b\uff0d\uff20"  # ＝ ＋ － ＠
FORMULA_BODIES = ("cmd|' /C calc'!A0", "1+1", "SUM(A1:A9)", 'HYPERLINK("http://x")', "2*3")


def test_full_width_formula_signs_are_neutralised_and_survive_the_round_trip(
    sqlite_project, tmp_path
):
    payloads = [sign + body for sign in FULL_WIDTH_SIGNS for body in FORMULA_BODIES]
    assert len(payloads) == 20
    for payload in payloads:
        sqlite_project.claims.create(soldiers_claim(sqlite_project, statement=payload))
    export(sqlite_project, tmp_path / "claims.csv")
    with (tmp_path / "claims.csv").open(encoding="utf-8-sig", newline="") as handle:
        statements = [row["statement"] for row in csv.DictReader(handle)]
    guarded = [cell for cell in statements if cell.startswith("'") and cell[1:] in payloads]
    assert len(guarded) == 20  # 20 of 20: none starts with a sign a spreadsheet would run

    with Project.open(tmp_path / "back.sqlite3", actor="importer") as back:
        mapping = read_csv_preview(tmp_path / "claims.csv").suggested
        job = import_claims_job(back, tmp_path / "claims.csv", mapping, CancelToken())
        assert run_to_end(job).imported == 20
        claims = back.reports.claims(back.reports.claim_ids(ClaimFilter()))
        assert sorted(claim.statement for claim in claims) == sorted(payloads)


# Markdown and HTML links ----------------------------------------------------------------------

BREAKOUT = 'https://example.org/a"><script>alert(1)</script>'
ANGLE = "https://example.org/x>y <img src=x onerror=alert(1)>"


def hostile_database(project: Project, sql: str, *parameters: object) -> None:
    """Change the SQLite file behind the services' back, as a file from someone else is."""
    connection = sqlite3.connect(project.database.location)
    with connection:
        connection.execute(sql, parameters)
    connection.close()


def rendered(markdown: str) -> html5lib.treebuilders.etree.Element:
    """The Markdown as a CommonMark renderer that lets raw HTML through would show it."""
    page = MarkdownIt("commonmark", {"html": True}).render(markdown)
    return html5lib.parse(page, namespaceHTMLElements=False)


@pytest.mark.tampers  # writes rows behind the services
def test_markdown_links_cannot_break_out_and_only_web_addresses_link(sqlite_project, tmp_path):
    project = sqlite_project
    report = article(project, url="https://example.org/report")
    claim = project.claims.create(soldiers_claim(project, budanov(project))).id
    project.reviews.set_status(
        [claim], Status.FALSE, "Imagery.", [EvidenceInput(url=BREAKOUT), EvidenceInput(url=ANGLE)]
    )
    project.citations.link(CitationInput(claim, report, "etwa 11.000 nordkoreanische Soldaten"))
    # A file from someone else may hold what the services refuse.
    hostile_database(project, "UPDATE articles SET url = ?", "javascript:alert(document.cookie)")

    markdown = export(project, tmp_path / "r.md", MARKDOWN).path.read_text(encoding="utf-8")
    page = rendered(markdown)
    assert page.findall(".//script") == [] and page.findall(".//img") == []
    hrefs = [a.get("href") for a in page.findall(".//a")]
    assert hrefs and all(href.startswith("https://example.org/") for href in hrefs), hrefs
    assert "<javascript:" not in markdown
    assert "javascript:alert(document.cookie)" in "".join(page.itertext())  # shown, inert

    document = html5lib.parse(
        export(project, tmp_path / "r.html", HTML).path.read_bytes(), namespaceHTMLElements=False
    )
    # The one script element is the provenance: JSON data, which no browser runs.
    scripts = [(s.get("type"), s.get("id")) for s in document.findall(".//script")]
    assert scripts == [("application/json", "claimdesk-provenance")]
    assert document.findall(".//img") == []
    external = [a.get("href") for a in document.findall(".//a") if a.get("href")[:1] != "#"]
    assert sorted(external) == sorted([BREAKOUT, ANGLE])  # attribute-escaped, web addresses


def test_link_helpers_on_their_own():
    from claimdesk.core.reports.template_report import markdown_link

    assert markdown_link("https://example.org/a b") == "<https://example.org/a%20b>"
    assert markdown_link("https://example.org/ü?q=1&r=%41") == (
        "<https://example.org/%C3%BC?q=1&r=%41>"
    )
    assert markdown_link("javascript:alert(1)") == "javascript:alert(1)"
    assert markdown_link("data:text/html,<b>") == "data:text/html,\\<b\\>"
    assert markdown_link("https://[::1") == "https://\\[::1"
    assert safe_href("https://[::1") == "#" and safe_href(" JavaScript:x") == "#"


# Control characters ---------------------------------------------------------------------------


@pytest.mark.tampers  # writes rows behind the services
def test_control_characters_held_by_a_file_reach_no_report(sqlite_project, tmp_path):
    project = sqlite_project
    project.claims.create(soldiers_claim(project, budanov(project)))
    hostile_database(
        project,
        "UPDATE claims SET statement = ?, notes = ?",
        "Eleven\x00 thousand\x1b[2J soldiers\x08\x7f",
        "line one\r\nline two\x0c",
    )
    hostile_database(project, "UPDATE sources SET name = ?", "Budanov\x00\x07")
    for chosen in (HTML, MARKDOWN, CSV):
        written = export(project, tmp_path / f"r{chosen.suffix}", chosen).path.read_bytes()
        written = written.replace(b"\r\n", b"\n")  # CSV's own line ends (RFC 4180)
        assert CONTROLS.findall(written) == [], chosen.name
        assert re.search(rb"Eleven thousand\\?\[2J soldiers", written)
        assert b"Budanov" in written
