"""Capturing articles from files, addresses and the clipboard, and saving them without
duplicates; a changed page keeps both versions. Pages are served from 127.0.0.1 only."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest
import sqlalchemy as sa

from claimdesk.core.bounded import InputError
from claimdesk.core.capture.capture import (
    CaptureError,
    capture_clipboard,
    capture_file,
    capture_url,
)
from claimdesk.core.capture.fetch import USER_AGENT, FetchError
from claimdesk.core.enums import AnchorState
from claimdesk.core.errors import ValidationError
from claimdesk.core.inputs import CitationInput
from claimdesk.core.models import Article
from claimdesk.core.services.captures import CaptureOutcome

from .factories import soldiers_claim
from .web_pages import REPORT_BODY, Route, news_page, serving


@pytest.fixture
def web():
    with serving() as server:
        yield server


def article_count(project) -> int:
    return project.project.info().counts["articles"]


def test_capture_from_an_address_extracts_the_fields(web):
    url = web.page("/kursk", news_page("Tausende Soldaten in Kursk", REPORT_BODY))
    captured = capture_url(url, allow_private=True)
    found = captured.extracted
    assert found.title == "Tausende Soldaten in Kursk"
    assert found.authors == ("Anna Schmidt",)
    assert found.site_name == "Beispiel-Nachrichten"
    assert found.published.isoformat() == "2025-06-10"
    assert found.language == "de"
    assert "etwa 11.000 nordkoreanische Soldaten" in found.text
    assert "Impressum" not in found.text and "Startseite" not in found.text
    assert web.requests[-1] == ("/kursk", USER_AGENT)


def test_saving_a_capture_keeps_compressed_bytes_and_the_publisher(project, web):
    url = web.page("/kursk", news_page("Tausende Soldaten in Kursk", REPORT_BODY))
    captured = capture_url(url, allow_private=True)
    result = project.captures.capture(captured.to_input(), captured.extracted.site_name)
    assert result.outcome is CaptureOutcome.CREATED
    record = project.articles.get(result.article_id)
    assert record.publisher.name == "Beispiel-Nachrichten"
    assert record.url == url and record.charset == "utf-8"
    assert project.articles.original(record.id) == captured.original
    with project.database.read() as session:
        stored, how = session.execute(
            sa.select(Article.original, Article.original_compression).where(Article.id == record.id)
        ).one()
    assert how == "gzip" and gzip.decompress(stored) == captured.original
    # A second page of the same outlet reuses the source instead of making another one.
    other = capture_url(
        web.page("/other", news_page("Andere Meldung", REPORT_BODY + " Mehr.")), allow_private=True
    )
    again = project.captures.capture(other.to_input(), "beispiel-nachrichten")
    assert project.articles.get(again.article_id).publisher.id == record.publisher.id


def test_the_same_content_again_is_not_a_duplicate(project, web, tmp_path):
    html = news_page("Tausende Soldaten in Kursk", REPORT_BODY)
    url = web.page("/kursk", html)
    first = project.captures.capture(capture_url(url, allow_private=True).to_input())
    again = project.captures.capture(capture_url(url, allow_private=True).to_input())
    saved_file = tmp_path / "kursk.html"
    saved_file.write_bytes(html.encode("utf-8"))
    from_file = project.captures.capture(capture_file(saved_file).to_input())
    assert again.outcome is from_file.outcome is CaptureOutcome.UNCHANGED
    assert again.article_id == from_file.article_id == first.article_id
    assert article_count(project) == 1


def test_a_changed_page_keeps_both_versions_and_finds_excerpts_again(project, web):
    url = web.page("/kursk", news_page("Tausende Soldaten in Kursk", REPORT_BODY))
    first = project.captures.capture(capture_url(url, allow_private=True).to_input())
    claim = project.claims.create(soldiers_claim(project)).id
    kept = project.citations.link(
        CitationInput(claim, first.article_id, "etwa 11.000 nordkoreanische Soldaten")
    ).id
    dropped = project.citations.link(
        CitationInput(claim, first.article_id, "rund 120 Geschütze")
    ).id
    changed = "Eilmeldung: Die Lage ist unübersichtlich.\n\n" + REPORT_BODY.replace(
        "rund 120 Geschütze", "mehrere Geschütze"
    )
    web.page("/kursk", news_page("Tausende Soldaten in Kursk", changed))
    second = project.captures.capture(capture_url(url, allow_private=True).to_input())
    assert second.outcome is CaptureOutcome.UPDATED and second.article_id == first.article_id
    assert article_count(project) == 1
    record = project.articles.get(first.article_id)
    assert record.changed_at is not None and "Eilmeldung" in record.text
    history = project.captures.history(first.article_id)
    assert len(history) == 1 and "rund 120 Geschütze" in history[0].text
    assert project.captures.original(history[0].id).startswith(b"<!DOCTYPE html>")
    citations = {c.id: c for c in project.claims.get(claim).citations}
    assert citations[kept].anchor_state is AnchorState.MOVED
    assert record.text[citations[kept].start : citations[kept].end] == citations[kept].excerpt
    assert citations[dropped].anchor_state is AnchorState.ORPHANED
    # Restoring the earlier version (undo) brings the excerpt back; nothing is ever lost.
    back = project.captures.restore(history[0].id)
    assert "rund 120 Geschütze" in project.articles.get(first.article_id).text
    assert project.claims.get(claim).citations[1].anchor_state is AnchorState.ANCHORED
    assert [h.id for h in project.captures.history(first.article_id)] == [back.previous_capture_id]
    project.captures.restore(back.previous_capture_id)  # and forward again (redo)
    assert "Eilmeldung" in project.articles.get(first.article_id).text
    highlights = project.citations.highlights(first.article_id)
    assert {h.citation_id: h.anchor_state for h in highlights}[dropped] is AnchorState.ORPHANED


def test_clipboard_html_and_plain_text(project):
    html = capture_clipboard(None, news_page("Aus der Zwischenablage", REPORT_BODY))
    assert html.extracted.title == "Aus der Zwischenablage"
    pasted = "Notiz zur Lage\n\nEtwa 11.000 Soldaten sollen in Kursk sein."
    text = capture_clipboard(pasted, None)
    assert text.extracted.title == "Notiz zur Lage"
    assert (text.original, text.content_type) == (pasted.encode("utf-8"), "text/plain")
    saved = project.captures.capture(text.to_input())
    assert "11.000 Soldaten" in project.articles.get(saved.article_id).text
    with pytest.raises(CaptureError) as raised:
        capture_clipboard("   ", None)
    assert raised.value.code == "clipboard_empty"
    with pytest.raises(CaptureError) as raised:
        capture_clipboard(None, "<html><body><nav>Start</nav></body></html>")
    assert (raised.value.code, raised.value.params) == ("page_no_text", {"clipboard": True})


def test_a_capture_dated_only_by_month_is_refused_and_writes_nothing(project):
    pasted = capture_clipboard(None, news_page("Aus der Zwischenablage", REPORT_BODY))
    with pytest.raises(ValidationError) as raised:
        project.captures.capture(pasted.to_input(published_on="2025-06"), "Beispiel-Nachrichten")
    assert set(raised.value.problems) == {"published_on"}
    assert project.project.info().counts == dict.fromkeys(
        ("sources", "articles", "claims", "citations", "reviews"), 0
    )


BAD_PAGES = {
    "pdf": (
        Route(headers={"Content-Type": "application/pdf"}, body=b"%PDF-1.7 ..."),
        "not_html",
    ),
    "not-found": (Route(status=404), "http_status"),
    "redirect-loop": (Route(status=302, headers={"Location": "/bad"}), "too_many_redirects"),
    "empty": (Route(body=b""), "page_empty"),
    "streamed-50mb": (Route(stream_bytes=50 * 1024 * 1024), "page_too_large"),
    "declared-50mb": (
        Route(headers={"Content-Type": "text/html", "Content-Length": str(50 * 1024 * 1024)}),
        "page_too_large",
    ),
}


@pytest.mark.parametrize("case", list(BAD_PAGES))
def test_bad_addresses_get_one_clear_message_and_write_nothing(project, web, case):
    route, code = BAD_PAGES[case]
    web.routes["/bad"] = route
    with pytest.raises((FetchError, CaptureError)) as raised:
        capture_url(web.url("/bad"), allow_private=True)
    assert raised.value.code == code
    assert "\n" not in str(raised.value)
    assert article_count(project) == 0


def test_an_unreachable_host(unused_port):
    with pytest.raises(FetchError) as raised:
        capture_url(f"http://127.0.0.1:{unused_port}/page", allow_private=True)
    assert (raised.value.code, raised.value.params) == ("host_unreachable", {"host": "127.0.0.1"})
    with pytest.raises(FetchError, match="not_a_web_address"):
        capture_url("ftp://example.org/file")


@pytest.mark.parametrize(
    ("content", "code", "params"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "page_is_file", {"kind": "png"}),
        (b"", "page_empty", {}),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "page_is_file", {"kind": "pdf"}),
    ],
    ids=["png", "empty", "pdf"],
)
def test_bad_files_get_one_clear_message(tmp_path, content, code, params):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    with pytest.raises(CaptureError) as raised:
        capture_file(path)
    assert raised.value.code == code
    assert raised.value.params == {"source": "page.html", **params}
    with pytest.raises(InputError) as raised:
        capture_file(tmp_path / "missing.html")
    assert raised.value.code == "file_missing"
    with pytest.raises(InputError) as raised:
        capture_file(tmp_path)
    assert (raised.value.code, raised.value.params) == (
        "file_not_regular",
        {"path": str(tmp_path), "kind": "folder", "expected": "page"},
    )


def test_wrong_and_missing_charsets_still_give_the_right_text(web):
    latin = news_page("Größere Lieferungen", REPORT_BODY, charset="iso-8859-1")
    web.routes["/latin-undeclared"] = Route(
        headers={"Content-Type": "text/html"},
        body=latin.replace('<meta charset="iso-8859-1">', "").encode("iso-8859-1"),
    )
    utf8 = news_page("Größere Lieferungen", REPORT_BODY)
    web.routes["/wrongly-declared"] = Route(
        headers={"Content-Type": "text/html; charset=iso-8859-1"},
        body=utf8.replace('<meta charset="utf-8">', "").encode("utf-8"),
    )
    for path in ("/latin-undeclared", "/wrongly-declared"):
        found = capture_url(web.url(path), allow_private=True).extracted
        assert found.title == "Größere Lieferungen", path
        assert "Militärgeheimdienstes" in found.text, path


def test_cli_imports_an_article_and_prints_json(tmp_path, web):
    url = web.page("/kursk", news_page("Tausende Soldaten in Kursk", REPORT_BODY))
    db = tmp_path / "cli.sqlite3"
    run = [sys.executable, "-m", "claimdesk", "import", "article", url, "--db", str(db), "--json"]
    run.append("--allow-private-addresses")  # the test server listens on 127.0.0.1
    first = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["title"] == "Tausende Soldaten in Kursk"
    assert data["authors"] == ["Anna Schmidt"]
    assert data["publisher"] == "Beispiel-Nachrichten"
    assert data["published"] == "2025-06-10" and data["language"] == "de"
    assert len(data["sha256"]) == 64 and "11.000" in data["text"] and data["id"] == 1
    second = json.loads(subprocess.run(run, capture_output=True, text=True, timeout=120).stdout)
    assert second["id"] == 1 and second["status"] == "unchanged"
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimdesk",
            "import",
            "article",
            web.url("/missing"),
            "--allow-private-addresses",
            "--db",
            str(db),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.strip() == "claimdesk: the server answered 404 Not Found"


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as sparse:
        sparse.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError) as raised:
        capture_file(path)
    assert raised.value.code == "file_too_large"
    assert raised.value.params == {"file": "huge.html", "limit": 20, "megabytes": 50}
