"""Claimdesk JSON: a lossless export and an all-or-nothing import, on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimdesk.core.bounded import InputError
from claimdesk.core.demo import create_demo
from claimdesk.core.enums import Qualifier, Status
from claimdesk.core.errors import Cancelled, ExchangeError
from claimdesk.core.exchange.project_json import import_project_json_job, write_project_json
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.inputs import (
    ArticleInput,
    CitationInput,
    ClaimInput,
    EvidenceInput,
    RelationInput,
    SourceInput,
)
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.project import Project
from claimdesk.core.quantities import Quantity
from claimdesk.core.records import Progress, ReportOptions
from claimdesk.core.reports.output import ExportFormat, export_job
from claimdesk.core.services.project_transfer import ProjectTransferService
from claimdesk.core.services.published_reviews import PublishedReviewInput

from .factories import ARTICLE_TEXT, exported_content

JSON_FORMAT = ExportFormat("json", ".json", "Claimdesk JSON", write_project_json)
PAGE = "<html><body><p>Laut Budanow stehen etwa 11.000 Soldaten in Kursk.</p></body></html>"


@pytest.fixture
def empty_target(request: pytest.FixtureRequest, database_url: str, tmp_path: Path):
    """A second, empty database on the same backend as `project`."""
    if database_url.startswith("postgresql"):
        url = request.getfixturevalue("postgres").create_database()
    else:
        url = str(tmp_path / "target.sqlite3")
    with Project.open(url, actor="importer") as opened:
        yield opened


def fill(project: Project) -> dict[str, int]:
    """The demo plus every kind of row the format must carry."""
    create_demo(project)
    ids: dict[str, int] = {}
    ids["person"] = project.sources.create(
        SourceInput("Jörg Müßig", "person", "Sprecher", "Österreich", "C", notes="„Zitat“")
    ).id
    outlet = project.sources.create(SourceInput("Süddeutsche", "media_outlet", reliability="B")).id
    url = "https://example.org/bericht"
    first = project.captures.capture(
        ArticleInput(
            "Bericht über Kursk", url, outlet, ("Anna Weiß",), "de", "2025-06-10",
            text=ARTICLE_TEXT, original=PAGE.encode(), content_type="text/html", charset="utf-8",
        )
    )  # fmt: skip
    ids["article"] = first.article_id
    range_claim = project.claims.create(
        ClaimInput(
            "Between 100 and 200 tanks were lost near Kursk.",
            quote="zwischen 100 und 200 Panzer",
            quote_language="de",
            claimant_id=ids["person"],
            claimed_on="2025-06",
            as_of="2025-05",
            quantity=Quantity(100, 200, "tanks", Qualifier.RANGE),
            credibility="3",
            tags=("Kursk", "Gefechtsverluste à la Größe"),
            notes="Ränge: ungefähr",
        )
    ).id
    ids["range_claim"] = range_claim
    citation = project.citations.link(
        CitationInput(range_claim, ids["article"], "etwa 11.000 nordkoreanische Soldaten")
    ).id
    project.reviews.set_status([range_claim], Status.IN_PROGRESS, "Checking the figures")
    project.reviews.set_status(
        [range_claim],
        Status.MISLEADING,
        "The range is wider than reported.",
        (
            EvidenceInput(citation_id=citation, note="Quelle"),
            EvidenceInput(url="https://isw.example/a"),
        ),
    )
    other = project.claims.create(ClaimInput("No tanks were lost.", tags=("Kursk",))).id
    ids["relation"] = project.relations.relate(
        RelationInput(other, range_claim, "contradicts", "Widerspruch")
    ).id
    ids["deleted"] = project.claims.create(ClaimInput("A claim that was withdrawn.")).id
    project.claims.delete([ids["deleted"]])
    # A re-capture with changed content keeps the earlier version in article_captures.
    again = project.captures.capture(
        ArticleInput(
            "Bericht über Kursk (aktualisiert)", url, outlet, text="Eilmeldung. " + ARTICLE_TEXT,
            original=(PAGE + "<!-- neu -->").encode(), content_type="text/html", charset="utf-8",
        )
    )  # fmt: skip
    ids["capture"] = again.previous_capture_id
    ids["published"] = project.published_reviews.add(
        range_claim,
        PublishedReviewInput(
            fingerprint="f" * 64,
            original={"@type": "ClaimReview", "claimReviewed": "Panzer", "reviewRating": {"x": 1}},
            review_url="https://factcheck.example/kursk",
            review_author="Faktencheck",
            published_on=date(2025, 6, 12),
            rating_text="Größtenteils falsch",
            rating_value=2.0,
            best_rating=5.0,
            worst_rating=1.0,
            appearances=("https://example.org/bericht",),
        ),
    )
    return ids


def export(project: Project, path: Path, **options: Any) -> dict[str, Any]:
    run_to_end(export_job(project, ReportOptions(**options), JSON_FORMAT, path, CancelToken()))
    return json.loads(path.read_text(encoding="utf-8"))


def do_import(project: Project, path: Path, cancel: CancelToken | None = None):
    return run_to_end(import_project_json_job(project, path, cancel or CancelToken()))


def content(document: dict[str, Any]) -> dict[str, Any]:
    """The document without what differs between two exports of the same data."""
    return exported_content(document)


def stored(project: Project) -> dict[str, int]:
    return ProjectTransferService(project.database, project.actor).stored_rows()


def test_round_trip_reproduces_the_project(project, empty_target, tmp_path):
    ids = fill(project)
    first = export(project, tmp_path / "first.json", include_originals=True)
    result = do_import(empty_target, tmp_path / "first.json")
    second = export(empty_target, tmp_path / "second.json", include_originals=True)
    assert content(second) == content(first)

    claims = {claim["id"]: claim for claim in first["claims"]}
    assert result.claims == len(claims) and result.counts["audit_events"] > 20
    assert result.counts["claims"] == len(claims)
    assert claims[ids["deleted"]]["deleted_at"].endswith("+00:00")
    ranged = claims[ids["range_claim"]]
    assert (ranged["quantity_value"], ranged["quantity_upper"]) == (100.0, 200.0)
    assert ranged["quantity_qualifier"] == "range"
    assert (ranged["claimed_on"], ranged["claimed_on_precision"]) == ("2025-06-01", "month")
    assert ranged["tags"] == ["Gefechtsverluste à la Größe", "Kursk"]
    evidence = ranged["reviews"][-1]["evidence"]
    assert [bool(e["citation_id"]) for e in evidence] == [True, False]
    assert evidence[1]["url"] == "https://isw.example/a"
    assert [r["id"] for r in first["relations"]] == [ids["relation"]]
    assert [c["id"] for c in first["article_captures"]] == [ids["capture"]]
    assert first["published_reviews"][0]["original"]["reviewRating"] == {"x": 1}
    article = next(a for a in first["articles"] if a["id"] == ids["article"])
    assert article["original_compression"] == "gzip"
    assert gzip.decompress(base64.b64decode(article["original"])).endswith(b"<!-- neu -->")
    # Umlauts are written as themselves, in UTF-8.
    assert "Jörg Müßig".encode() in (tmp_path / "first.json").read_bytes()

    # The imported project reads the same through the services, history included.
    for claim_id in claims:
        if claim_id != ids["deleted"]:
            assert empty_target.claims.get(claim_id) == project.claims.get(claim_id)
    assert empty_target.articles.original(ids["article"]) == project.articles.original(
        ids["article"]
    )
    assert empty_target.captures.original(ids["capture"]) == PAGE.encode()
    trail = empty_target.project.audit_trail("claims", ids["range_claim"])
    assert trail and [history(event) for event in trail] == [
        history(event) for event in project.project.audit_trail("claims", ids["range_claim"])
    ]
    # The imported history is kept outside the project's chain, which says where it came from.
    chain = [e for e in second["audit_events"] if e["seq"] is not None]
    assert [e["after"]["origin"] for e in chain] == ["new", "import"]
    assert (
        chain[1]["after"]["file_sha256"]
        == hashlib.sha256((tmp_path / "first.json").read_bytes()).hexdigest()
    )
    assert chain[1]["after"]["events_imported"] == len(first["audit_events"])
    assert empty_target.project.verify_audit().intact


def history(event: Any) -> tuple[Any, ...]:
    """An audit event as it reads, without its numbering in its project."""
    return (event.at, event.actor, event.action, event.entity_id, event.before, event.after)


def test_without_originals_the_bytes_stay_out(project, tmp_path):
    ids = fill(project)
    document = export(project, tmp_path / "plain.json")
    article = next(a for a in document["articles"] if a["id"] == ids["article"])
    assert "original" not in article and "original_compression" not in article
    assert article["sha256"] and document["includes_originals"] is False
    assert all("original" not in capture for capture in document["article_captures"])


@pytest.mark.tampers  # writes rows behind the services
def test_timestamps_read_the_same_however_sqlite_stored_them(sqlite_project, tmp_path):
    source = sqlite_project.sources.create(SourceInput("Alt")).id
    sqlite_project.claims.create(ClaimInput("Eine Behauptung.", claimant_id=source))
    with sqlite_project.database.engine.begin() as connection:
        # As another tool might have written it: no fraction of a second.
        connection.exec_driver_sql(
            "UPDATE sources SET created_at = '2025-01-02 03:04:05' WHERE id = ?", (source,)
        )
    progress: list[Progress] = []
    path = tmp_path / "t.json"
    run_to_end(
        export_job(sqlite_project, ReportOptions(), JSON_FORMAT, path, CancelToken()),
        progress.append,
    )
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["sources"][0]["created_at"] == "2025-01-02T03:04:05.000000+00:00"
    assert document["sources"][0]["updated_at"].endswith("+00:00")
    assert [(p.done, p.total) for p in progress if p.message == "writing claims"] == [(1, 1)]


def test_rows_created_after_an_import_get_new_ids(project, empty_target, tmp_path):
    ids = fill(project)
    document = export(project, tmp_path / "project.json")
    do_import(empty_target, tmp_path / "project.json")
    highest = max(claim["id"] for claim in document["claims"])
    source = empty_target.sources.create(SourceInput("Neue Quelle")).id
    claim = empty_target.claims.create(ClaimInput("A new claim.", claimant_id=source)).id
    article = empty_target.articles.create(ArticleInput("Neu", text=ARTICLE_TEXT)).id
    citation = empty_target.citations.link(CitationInput(claim, article, "rund 120")).id
    empty_target.reviews.set_status([claim], Status.FALSE, "Nope.")
    empty_target.relations.relate(RelationInput(claim, ids["range_claim"], "duplicates"))
    assert claim == highest + 1
    assert source > max(s["id"] for s in document["sources"])
    assert citation > max(c["id"] for claim in document["claims"] for c in claim["citations"])


def test_sqlite_project_moves_to_postgresql(sqlite_project, postgres, tmp_path):
    ids = fill(sqlite_project)
    first = export(sqlite_project, tmp_path / "from-sqlite.json", include_originals=True)
    with Project.open(postgres.create_database(), actor="team") as server:
        do_import(server, tmp_path / "from-sqlite.json")
        second = export(server, tmp_path / "from-postgresql.json", include_originals=True)
        assert content(second) == content(first)
        created = server.claims.create(ClaimInput("Made on the server.")).id
        assert created == max(claim["id"] for claim in first["claims"]) + 1
        assert server.claims.get(ids["range_claim"]) == sqlite_project.claims.get(
            ids["range_claim"]
        )


def test_a_filter_exports_matching_claims_and_what_they_refer_to(project, empty_target, tmp_path):
    ids = fill(project)
    document = export(
        project, tmp_path / "kursk.json", filter=ClaimFilter(tags=frozenset({"Kursk"}))
    )
    claims = {claim["id"] for claim in document["claims"]}
    assert ids["range_claim"] in claims and ids["deleted"] not in claims
    assert all("Kursk" in claim["tags"] for claim in document["claims"])
    assert document["filter"] == [{"label": "Tag", "value": "Kursk"}]
    referred = {c["claimant_id"] for c in document["claims"]} | {
        hop["source_id"] for c in document["claims"] for hop in c["hops"]
    }
    referred |= {a["publisher_id"] for a in document["articles"]}
    assert {s["id"] for s in document["sources"]} == referred - {None}
    cited = {c["article_id"] for claim in document["claims"] for c in claim["citations"]}
    assert cited <= {a["id"] for a in document["articles"]}
    assert {t["name"] for t in document["tags"]} == {
        name for claim in document["claims"] for name in claim["tags"]
    }
    assert all({r["from_claim_id"], r["to_claim_id"]} <= claims for r in document["relations"])
    assert {(e["entity"], e["entity_id"]) for e in document["audit_events"]} >= {
        ("claims", claim_id) for claim_id in claims
    }
    # A filtered export is a project of its own.
    result = do_import(empty_target, tmp_path / "kursk.json")
    assert result.claims == len(claims)


def test_a_cancelled_import_writes_nothing(sqlite_project, tmp_path):
    fill(sqlite_project)
    export(sqlite_project, tmp_path / "project.json")
    with Project.open(tmp_path / "target.sqlite3", actor="importer") as target:
        cancel = CancelToken()

        def cancel_while_writing(progress):
            if progress.message.startswith("writing claims"):
                cancel.cancel()

        with pytest.raises(Cancelled):
            run_to_end(
                import_project_json_job(target, tmp_path / "project.json", cancel),
                cancel_while_writing,
            )
        assert stored(target) == {}


def test_a_cancelled_export_leaves_no_file(sqlite_project, tmp_path):
    fill(sqlite_project)
    cancel = CancelToken()
    job = export_job(sqlite_project, ReportOptions(), JSON_FORMAT, tmp_path / "out.json", cancel)
    next(job)
    cancel.cancel()
    with pytest.raises(Cancelled):
        run_to_end(job)
    assert list(tmp_path.glob("out.json*")) == []


@pytest.fixture
def valid_document(sqlite_project, tmp_path) -> dict[str, Any]:
    fill(sqlite_project)
    return export(sqlite_project, tmp_path / "valid.json")


def _with_cited_article(document: dict[str, Any], article_id: int) -> tuple[dict, str]:
    claim = next(c for c in document["claims"] if c["citations"])
    claim["citations"][0]["article_id"] = article_id
    where = (
        {"entity": "claim", "id": claim["id"]},
        {"entity": "citation", "id": claim["citations"][0]["id"]},
    )
    return document, where


def _evidence(document: dict[str, Any]) -> dict[str, Any]:
    reviews = (review for claim in document["claims"] for review in claim["reviews"])
    return next(e for review in reviews for e in review["evidence"] if e["citation_id"])


BROKEN_DOCUMENTS = {
    "missing article": lambda d: _with_cited_article(d, 999)[0],
    "unknown status": lambda d: d["claims"][0].update(status="maybe") or d,
    "status as a list": lambda d: d["claims"][0].update(status=["false"]) or d,
    "evidence without its citation": lambda d: _evidence(d).update(citation_id=999) or d,
    "missing statement": lambda d: d["claims"][0].pop("statement") and d,
    "text for a number": lambda d: d["sources"][0].update(version="one") or d,
    "timestamp without offset": lambda d: (
        d["sources"][0].update(created_at="2025-01-01T10:00") or d
    ),
    "unknown field": lambda d: d["sources"][0].update(colour="red") or d,
    "duplicate id": lambda d: d["sources"].append(dict(d["sources"][0])) or d,
    "unknown tag": lambda d: d["claims"][0].update(tags=["Nirgendwo"]) or d,
    "tag not text": lambda d: d["claims"][0].update(tags=[{"name": "Kursk"}]) or d,
    "row not an object": lambda d: d["claims"].append(5) or d,
    "newer version": lambda d: d.update(version=2) or d,
    "missing section": lambda d: d.pop("claims") and d,
}
EXPECTED = {
    "missing article": ("json_dangling_reference", {"entity": "article", "id": 999}),
    "unknown status": ("json_bad_value", {"field": "status", "reason": "json_not_a_choice",
                                          "value": '"maybe"'}),
    "status as a list": ("json_bad_value", {"field": "status", "value": '["false"]'}),
    "evidence without its citation": (
        "json_dangling_reference", {"field": "citation_id", "entity": "citation", "id": 999}
    ),
    "missing statement": ("json_missing_field", {"field": "statement"}),
    "text for a number": ("json_bad_value", {"field": "version",
                                             "reason": "json_not_whole_number", "found": "text"}),
    "timestamp without offset": ("json_bad_value", {"field": "created_at",
                                                    "reason": "json_no_utc_offset"}),
    "unknown field": ("json_unknown_field", {"field": "colour"}),
    "duplicate id": ("json_row_twice", {}),
    "unknown tag": ("json_tag_unknown", {"tag": '"Nirgendwo"'}),
    "tag not text": ("json_tag_not_name", {"where": ({"entity": "claim", "id": 1},),
                                           "found": "object"}),
    "row not an object": ("json_row_not_object", {"found": "number"}),
    "newer version": ("json_version_too_new", {"version": 2, "supported": 1}),
    "missing section": ("json_section_not_list", {"file": "broken.json", "section": "claims",
                                                  "found": "nothing"}),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BROKEN_DOCUMENTS))
def test_a_broken_document_gets_one_message_and_writes_nothing(case, valid_document, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(BROKEN_DOCUMENTS[case](valid_document)), encoding="utf-8")
    with Project.open(tmp_path / "target.sqlite3", actor="importer") as target:
        with pytest.raises(ExchangeError) as raised:
            do_import(target, path)
        assert stored(target) == {}
    code, params = EXPECTED[case]
    assert raised.value.code == code
    assert params.items() <= raised.value.params.items()
    assert raised.value.params["file"] == "broken.json"
    if case == "missing article":
        assert raised.value.params["where"] == _with_cited_article(valid_document, 999)[1]
        assert raised.value.params["field"] == "article_id"
    if case == "evidence without its citation":
        assert raised.value.params["where"][-1] == {"entity": "evidence", "id": 1}


BAD_FILES = {
    "malformed": (
        b'{"format": "claimdesk",\n  "version": 1\n  "sources": []}',
        ("json_invalid", {"line": 3, "column": 3, "detail": "Expecting ',' delimiter"}),
    ),
    "array": (b'[{"format": "claimdesk"}]', ("json_not_an_export", {"found": "list"})),
    "other format": (
        b'{"format": "other"}',
        ("json_wrong_format", {"file": "bad.json", "found": '"other"', "expected": "claimdesk"}),
    ),
    "empty": (b"", ("json_empty", {"file": "bad.json"})),
    "only spaces": (b"  \n ", ("json_empty", {"file": "bad.json"})),
    "latin-1": (
        '{"format": "Müßig"}'.encode("latin-1"),
        ("json_not_utf8", {"byte": "0xfc", "line": 1}),
    ),
    "utf-16": ('{"format": "claimdesk"}'.encode("utf-16"), ("json_not_utf8", {})),
    "NaN": (
        b'{"format": "claimdesk", "version": NaN}',
        ("json_constant", {"file": "bad.json", "value": "NaN"}),
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_gets_one_message_and_writes_nothing(case, tmp_path):
    data, (code, params) = BAD_FILES[case]
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with Project.open(tmp_path / "target.sqlite3", actor="importer") as target:
        with pytest.raises(
            ExchangeError,
        ) as raised:
            do_import(target, path)
        assert stored(target) == {}
    assert raised.value.code == code
    assert params.items() <= raised.value.params.items()


def test_a_row_the_database_refuses_rolls_back_everything(project, tmp_path):
    with Project.open(tmp_path / "source.sqlite3", actor="analyst") as source:
        fill(source)
        document = export(source, tmp_path / "valid.json")
    with_url = next(a for a in document["articles"] if a["url"])
    document["articles"].append(dict(with_url, id=9999))  # passes the checks, not the index
    (tmp_path / "twice.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError) as raised:
        do_import(project, tmp_path / "twice.json")
    assert raised.value.code == "json_breaks_rule"
    assert re.search("url|unique", raised.value.params["detail"], re.IGNORECASE)
    assert stored(project) == {}
    project.sources.create(SourceInput("Danach"))  # the database is usable afterwards


def test_an_oversized_file_is_refused_before_it_is_read(sqlite_project, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(201 * 1024 * 1024)  # sparse: no disk used, never read
    with pytest.raises(InputError) as raised:
        do_import(sqlite_project, path)
    assert raised.value.code == "file_too_large"
    assert raised.value.params == {"file": "huge.json", "megabytes": 201, "limit": 200}
    assert stored(sqlite_project) == {}


def test_only_an_empty_project_takes_an_import(valid_document, sqlite_project, tmp_path):
    path = tmp_path / "valid.json"
    before = stored(sqlite_project)
    with pytest.raises(ExchangeError) as raised:
        do_import(sqlite_project, path)
    assert raised.value.code == "json_project_not_empty"
    assert raised.value.params["held"]["claims"] == len(valid_document["claims"])
    assert stored(sqlite_project) == before
    assert before["claims"] == len(valid_document["claims"])
