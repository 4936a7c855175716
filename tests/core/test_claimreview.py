"""ClaimReview out (read back by PyLD as schema.org) and in (as published in the wild)."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from pyld import jsonld
from sqlalchemy import func, select

from claimdesk.core.bounded import InputError
from claimdesk.core.demo import create_demo
from claimdesk.core.enums import SourceKind, Status
from claimdesk.core.errors import Cancelled, ExchangeError
from claimdesk.core.exchange.claimreview_export import write_claimreview
from claimdesk.core.exchange.claimreview_import import (
    IMPORT_TAG,
    import_claimreview_job,
    parse_claimreviews,
    read_claimreviews,
)
from claimdesk.core.exchange.jsonld import Place
from claimdesk.core.exchange.ratings import clear_status, status_of_text
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.models import PublishedReview
from claimdesk.core.project import Project
from claimdesk.core.records import ReportOptions
from claimdesk.core.reports.output import ExportFormat, export_job
from claimdesk.core.services.published_reviews import PublishedReviewService
from claimdesk.ui.messages import error_text

SAMPLES = Path(__file__).parent / "claimreview_samples"
SCHEMA = "https://schema.org/"
FORMAT = ExportFormat("claimreview", ".jsonld", "ClaimReview", write_claimreview)


def schema_org_loader(url: str, options: object = None) -> dict[str, object]:
    """PyLD's document loader without network: schema.org's context as plain @vocab."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": SCHEMA}},
        "contentType": "application/ld+json",
    }


def judged_demo(project: Project) -> dict[Status, int]:
    """The demo project with four claims of its article given verdicts; returns claim ids by
    status."""
    create_demo(project)
    ids = project.reports.claim_ids(ClaimFilter(article_id=1))
    verdicts = {
        Status.FALSE: "Satellite imagery shows no such production line.",
        Status.MISLEADING: "Accuracy improved, but not because of joint work alone.",
        Status.VERIFIED: "Confirmed by two independent reports.",
        Status.RETRACTED: "The claimant withdrew the statement.",
    }
    chosen = {}
    for claim_id, (status, rationale) in zip(ids, verdicts.items(), strict=False):
        project.reviews.set_status([claim_id], status, rationale)
        chosen[status] = claim_id
    return chosen


DESK = ReportOptions(organisation="Desk Nord")


def export(project: Project, options: ReportOptions = DESK) -> bytes:
    out = io.BytesIO()
    run_to_end(write_claimreview(project, options, out, CancelToken()))
    return out.getvalue()


def import_bytes(project: Project, data: bytes | Path):
    return run_to_end(import_claimreview_job(project, data, CancelToken()))


def published_count(project: Project) -> int:
    with project.database.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(PublishedReview)) or 0


def claims_by_statement(project: Project, claim_ids):
    return {claim.statement: claim for claim in (project.claims.get(i) for i in claim_ids)}


# Export --------------------------------------------------------------------------------------


def test_export_expands_to_schema_org_claimreviews_with_every_required_property(sqlite_project):
    chosen = judged_demo(sqlite_project)
    options = ReportOptions(organisation="Desk Nord", organisation_url="https://desk.example")
    document = json.loads(export(sqlite_project, options))
    assert document["@context"] == "https://schema.org"

    expanded = jsonld.expand(document, {"documentLoader": schema_org_loader})
    assert len(expanded) == len(chosen) == 4
    for review in expanded:
        assert review["@type"] == [SCHEMA + "ClaimReview"]
        assert review[SCHEMA + "claimReviewed"][0]["@value"]
        (rating,) = review[SCHEMA + "reviewRating"]
        assert rating["@type"] == [SCHEMA + "Rating"]
        for name in ("alternateName", "ratingValue", "bestRating", "worstRating"):
            assert rating[SCHEMA + name], name
        (item,) = review[SCHEMA + "itemReviewed"]
        assert item["@type"] == [SCHEMA + "Claim"]
        (claimant,) = item[SCHEMA + "author"]
        assert claimant["@type"] in ([SCHEMA + "Person"], [SCHEMA + "Organization"])
        assert item[SCHEMA + "datePublished"][0]["@value"] in ("2025-06", "2025-06-10")
        (appearance,) = item[SCHEMA + "appearance"]
        assert appearance["@type"] == [SCHEMA + "CreativeWork"]
        assert appearance[SCHEMA + "headline"][0]["@value"]  # the demo article has no URL
        assert SCHEMA + "url" not in appearance
        assert item[SCHEMA + "firstAppearance"][0][SCHEMA + "headline"]
        (author,) = review[SCHEMA + "author"]
        assert author["@type"] == [SCHEMA + "Organization"]
        assert author[SCHEMA + "name"][0]["@value"] == "Desk Nord"
        assert author[SCHEMA + "url"][0]["@value"] == "https://desk.example"
        assert review[SCHEMA + "datePublished"][0]["@value"]
        assert review[SCHEMA + "reviewBody"][0]["@value"]

    ratings = {
        r["reviewRating"]["alternateName"]: r["reviewRating"]["ratingValue"]
        for r in document["@graph"]
    }
    assert ratings == {"False": 1, "Partly true / misleading": 2, "Verified": 5, "Retracted": 3}


def test_export_writes_judged_claims_only_within_the_filter(sqlite_project):
    chosen = judged_demo(sqlite_project)
    everything = json.loads(export(sqlite_project))["@graph"]
    assert len(everything) == 4  # the demo's unverified and in-progress claims stay out

    only_false = ReportOptions(
        filter=ClaimFilter(statuses=frozenset({Status.FALSE})), organisation="Desk Nord"
    )
    (false,) = json.loads(export(sqlite_project, only_false))["@graph"]
    assert false["claimReviewed"] == sqlite_project.claims.get(chosen[Status.FALSE]).statement
    assert false["reviewBody"] == "Satellite imagery shows no such production line."

    unjudged = ReportOptions(filter=ClaimFilter(statuses=frozenset({Status.UNVERIFIED})))
    assert json.loads(export(sqlite_project, unjudged))["@graph"] == []


def test_own_reviews_without_organisation_are_refused_naming_the_setting(sqlite_project, tmp_path):
    judged_demo(sqlite_project)
    target = tmp_path / "reviews.jsonld"
    job = export_job(sqlite_project, ReportOptions(), FORMAT, target, CancelToken())
    with pytest.raises(ExchangeError) as refused:
        run_to_end(job)
    assert refused.value.code == "claimreview_no_organisation"
    assert "Preferences (Organisation)" in error_text(refused.value)
    assert not target.exists()


def test_own_reviews_name_the_organisation_and_claimant_kinds(sqlite_project):
    judged_demo(sqlite_project)
    reviews = json.loads(export(sqlite_project))["@graph"]
    assert {r["author"]["name"] for r in reviews} == {"Desk Nord"}
    claimants = {r["itemReviewed"]["author"]["name"]: r["itemReviewed"]["author"] for r in reviews}
    assert claimants["Kyrylo Budanov"]["@type"] == "Person"
    assert "url" not in reviews[0]  # Claimdesk stores no published address of its reviews


def test_cancelled_export_leaves_no_file(sqlite_project, tmp_path):
    judged_demo(sqlite_project)
    token = CancelToken()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "reviews.jsonld"
    job = export_job(sqlite_project, ReportOptions(), FORMAT, target, token)
    next(job)
    token.cancel()
    with pytest.raises(Cancelled):
        run_to_end(job)
    assert list(folder.iterdir()) == []


# Round trip (both backends) ------------------------------------------------------------------


def test_round_trip_into_an_empty_database_keeps_statements_and_statuses(project, tmp_path):
    with Project.open(tmp_path / "origin.sqlite3", actor="analyst") as origin:
        chosen = judged_demo(origin)
        data = export(origin, ReportOptions(organisation="Desk Nord"))
        expected = {
            origin.claims.get(claim_id).statement: status for status, claim_id in chosen.items()
        }

    result = import_bytes(project, data)
    assert (result.imported, result.duplicates, result.rejected) == (4, 0, ())
    imported = claims_by_statement(project, result.claim_ids)
    assert {statement: claim.status for statement, claim in imported.items()} == expected
    for claim in imported.values():
        assert claim.claimant is not None and claim.claimant.name in ("Kyrylo Budanov", "t-online")
        assert str(claim.claimed_on) in ("2025-06", "2025-06-10")
        assert claim.tags == (IMPORT_TAG,)
        assert claim.latest_review.reviewer == "analyst"
        assert "by Desk Nord on" in claim.latest_review.rationale
    assert published_count(project) == 4

    again = import_bytes(project, data)
    assert (again.imported, again.duplicates) == (0, 4)
    assert project.project.info().counts["claims"] == 4


def test_expanded_json_ld_with_full_iris_imports_the_same(sqlite_project, tmp_path):
    with Project.open(tmp_path / "origin.sqlite3", actor="analyst") as origin:
        judged_demo(origin)
        compact = json.loads(export(origin))
    expanded = jsonld.expand(compact, {"documentLoader": schema_org_loader})
    assert "https://schema.org/claimReviewed" in expanded[0]

    result = import_bytes(sqlite_project, json.dumps(expanded).encode())
    from_compact = {
        r["claimReviewed"]: r["reviewRating"]["alternateName"] for r in compact["@graph"]
    }
    imported = claims_by_statement(sqlite_project, result.claim_ids)
    assert set(imported) == set(from_compact)
    assert {c.status for c in imported.values()} == {
        Status.FALSE,
        Status.MISLEADING,
        Status.VERIFIED,
        Status.RETRACTED,
    }
    assert all(c.claimant.name == "Kyrylo Budanov" for c in imported.values())


# Import: shapes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        (
            "single.json",
            {"The harbour bridge in Lindenstadt was closed for a whole year.": Status.FALSE},
        ),
        (
            "array.json",
            {
                "Tap water in Westhaven costs twice as much as in 2020.": Status.VERIFIED,
                "Every primary school in the region now serves free lunch.": Status.UNVERIFIED,
            },
        ),
        (
            "graph.jsonld",
            {
                "The night ferry to Sandholm was cut from the timetable.": Status.FALSE,
                "Ticket prices for the ferry rose by forty per cent.": Status.MISLEADING,
            },
        ),
        (
            "lines.jsonl",
            {
                "The old mill was built in 1820.": Status.VERIFIED,
                "The mill pond is deeper than ten metres.": Status.MISLEADING,
            },
        ),
        (
            "page.html",
            {
                "Im Stadtpark wurden im Frühjahr 300 Bäume gefällt.": Status.MISLEADING,
                "Der See im Stadtpark wird trockengelegt.": Status.VERIFIED,
            },
        ),
        (
            "inverted.json",
            {
                "The new tram line carries 50,000 passengers a day.": Status.FALSE,
                "The tram depot runs on solar power alone.": Status.VERIFIED,
                "Tram tickets will be free on Sundays.": Status.UNVERIFIED,
            },
        ),
    ],
)
def test_each_published_shape_imports(sqlite_project, sample, expected):
    result = import_bytes(sqlite_project, SAMPLES / sample)
    imported = claims_by_statement(sqlite_project, result.claim_ids)
    assert {statement: claim.status for statement, claim in imported.items()} == expected
    assert result.imported == len(expected)


def test_single_object_keeps_everything_as_published(sqlite_project):
    raw = (SAMPLES / "single.json").read_bytes()
    (claim_id,) = import_bytes(sqlite_project, raw).claim_ids
    claim = sqlite_project.claims.get(claim_id)
    assert claim.claimant.name == "Bürgerinitiative Hafen"
    assert claim.claimant.kind is SourceKind.ORGANISATION
    assert str(claim.claimed_on) == "2024-04-28"
    review = claim.latest_review
    assert review.rationale == (
        'Status taken over from the publisher\'s rating. Rated "Falsch" by Prüfstelle Nord '
        "on 2024-05-02 (rating 1 on a scale from 1 = worst to 5 = best): "
        "https://factcheck.example.org/2024/05/harbour-bridge"
    )
    assert [e.url for e in review.evidence] == [
        "https://factcheck.example.org/2024/05/harbour-bridge"
    ]

    (stored,) = PublishedReviewService(sqlite_project.database, "x").for_claim(claim_id)
    original = json.loads(raw)
    canonical = json.dumps(original, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert stored.fingerprint == hashlib.sha256(canonical.encode()).hexdigest()
    assert stored.original == original
    assert (stored.rating_text, stored.rating_value, stored.best_rating, stored.worst_rating) == (
        "Falsch",
        1,
        5,
        1,
    )
    assert stored.mapped_status is Status.FALSE
    assert stored.review_author == "Prüfstelle Nord"
    assert stored.published_on.isoformat() == "2024-05-02"
    assert stored.appearances == (
        "https://social.example.net/post/1",
        "https://video.example.net/watch/2",
    )
    assert stored.imported_by == "analyst"


def test_authors_as_person_organisation_government_or_plain_words(sqlite_project):
    result = import_bytes(sqlite_project, SAMPLES / "array.json")
    claims = claims_by_statement(sqlite_project, result.claim_ids)
    water = claims["Tap water in Westhaven costs twice as much as in 2020."]
    assert (water.claimant.name, water.claimant.kind) == ("Mara Olsen", SourceKind.PERSON)
    assert str(water.claimed_on) == "2024-03"  # month precision kept
    lunch = claims["Every primary school in the region now serves free lunch."]
    assert lunch.claimant.name == "Regional radio host"  # a plain string
    assert str(lunch.claimed_on) == "2024"

    ferry = import_bytes(sqlite_project, SAMPLES / "graph.jsonld")
    by_text = claims_by_statement(sqlite_project, ferry.claim_ids)
    night = by_text["The night ferry to Sandholm was cut from the timetable."]
    # itemReviewed was an {"@id"} reference to another node of the @graph.
    assert night.claimant.name == "Harbour Authority Sandholm"
    assert night.claimant.kind is SourceKind.GOVERNMENT
    assert by_text["Ticket prices for the ferry rose by forty per cent."].claimant is None


def test_a_known_claimant_is_found_again_whatever_the_case(sqlite_project):
    first = import_bytes(sqlite_project, SAMPLES / "page.html")
    lena = claims_by_statement(sqlite_project, first.claim_ids)[
        "Im Stadtpark wurden im Frühjahr 300 Bäume gefällt."
    ].claimant
    line = {
        "@type": "ClaimReview",
        "claimReviewed": "Lena Brandt was never on the park committee.",
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "LENA BRANDT"}},
    }
    (claim_id,) = import_bytes(sqlite_project, json.dumps(line).encode()).claim_ids
    assert sqlite_project.claims.get(claim_id).claimant.id == lena.id


def test_unclear_rating_changes_no_status_but_is_kept(sqlite_project):
    result = import_bytes(sqlite_project, SAMPLES / "array.json")
    claim = claims_by_statement(sqlite_project, result.claim_ids)[
        "Every primary school in the region now serves free lunch."
    ]
    assert claim.status is Status.UNVERIFIED
    assert claim.reviews == ()
    assert '"Mostly true"' in claim.notes  # the analyst sees what was published
    (stored,) = PublishedReviewService(sqlite_project.database, "x").for_claim(claim.id)
    assert stored.mapped_status is None
    assert (stored.rating_text, stored.rating_value, stored.best_rating, stored.worst_rating) == (
        "Mostly true",
        5,
        6,
        1,
    )


# Import: ratings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("False", Status.FALSE),
        ("Falsch", Status.FALSE),
        ("FAUX", Status.FALSE),
        ("Falso", Status.FALSE),
        ("Pants on Fire!", Status.FALSE),
        ("False: the photo was taken in 2019", Status.FALSE),
        ("Mostly false", Status.MISLEADING),
        ("Misleading", Status.MISLEADING),
        ("Irreführend", Status.MISLEADING),
        ("Teilweise falsch", Status.MISLEADING),
        ("Partly true / misleading", Status.MISLEADING),
        ("True", Status.VERIFIED),
        ("Richtig", Status.VERIFIED),
        ("Wahr", Status.VERIFIED),
        ("Unbelegt", Status.UNPROVEN),
        ("Retracted", Status.RETRACTED),
        ("Mostly true", None),
        ("Not false", None),
        ("Satire", None),
        ("Drei Pinocchios", None),
        ("", None),
    ],
)
def test_rating_words_map_only_where_clear(words, status):
    assert status_of_text(words) is status


def test_numbers_count_only_at_the_ends_of_a_full_scale():
    assert clear_status(None, 1, 5, 1) is Status.FALSE
    assert clear_status(None, 5, 5, 1) is Status.VERIFIED
    assert clear_status(None, 5, 1, 5) is Status.FALSE  # inverted scale: 5 is the worst
    assert clear_status(None, 1, 1, 5) is Status.VERIFIED
    assert clear_status(None, 3, 5, 1) is None
    assert clear_status(None, 1, 5, None) is None  # no worst end given
    assert clear_status("Zwei Pinocchios", 1, 5, 1) is None  # words we cannot read
    assert clear_status("True", 1, 5, 1) is None  # words and number disagree
    assert clear_status("Falsch", 1, 5, 1) is Status.FALSE


# Import: duplicates, rejections, bad files ---------------------------------------------------


def test_duplicates_in_the_file_and_on_a_second_import_are_skipped(sqlite_project):
    lines = (SAMPLES / "lines.jsonl").read_bytes().splitlines()
    doubled = b"\n".join([*lines, lines[0]])
    first = import_bytes(sqlite_project, doubled)
    assert (first.imported, first.duplicates) == (2, 1)
    second = import_bytes(sqlite_project, SAMPLES / "lines.jsonl")
    assert (second.imported, second.duplicates) == (0, 2)
    assert published_count(sqlite_project) == 2


def test_claimreview_without_claim_is_rejected_with_its_position(sqlite_project):
    result = import_bytes(sqlite_project, SAMPLES / "lines.jsonl")
    assert result.imported == 2
    (rejection,) = result.rejected
    assert (rejection.position, rejection.code) == (Place(line=2, pointer=""), "cr_no_claim")

    array = json.dumps([{"@type": "ClaimReview", "claimReviewed": "A."}, {"@type": "ClaimReview"}])
    _, rejected = read_claimreviews(array.encode())
    assert [r.position for r in rejected] == [Place(pointer="/1")]


def test_html_page_finds_both_script_blocks_and_skips_other_scripts():
    reviews, rejected = read_claimreviews((SAMPLES / "page.html").read_bytes())
    assert rejected == []
    assert [r["url"] for r in reviews] == [
        "https://pruefen.example.de/stadtpark-baeume",
        "https://pruefen.example.de/stadtpark-see",
    ]
    parsed, _ = parse_claimreviews((SAMPLES / "page.html").read_bytes())
    assert (parsed[0].position.block, parsed[0].position.line) == (2, 12)


def test_broken_script_block_is_rejected_and_the_rest_read():
    page = (SAMPLES / "page.html").read_text(encoding="utf-8")
    broken = page.replace('"@type": "BreadcrumbList",', '"@type": "BreadcrumbList"')
    reviews, rejected = read_claimreviews(broken.encode())
    assert len(reviews) == 2
    ((where, code, params),) = rejected
    assert where == Place(line=7, block=1)
    assert (code, params) == ("jsonld_invalid", {"line": 9, "detail": "Expecting ',' delimiter"})


@pytest.mark.parametrize(
    ("data", "code", "params"),
    [
        ((SAMPLES / "malformed.json").read_bytes(), "jsonld_invalid", {"line": 4}),
        (b"", "jsonld_empty", {}),
        (b" \n\t\n", "jsonld_empty", {}),
        ('{"claimReviewed": "Käse"}'.encode("latin-1"), "jsonld_not_utf8", {"line": 1}),
        ('{"a": 1}'.encode("utf-16"), "jsonld_utf16", {}),
        (b"claimReviewed;rating\nx;y\n", "jsonld_not_json", {"start": "claimReviewed;rating"}),
        (b"<html><body>no data</body></html>", "jsonld_no_blocks", {}),
        (b'{"@type": "Claim"}', "cr_none_found", {}),
        (b'{"@type": "ClaimReview", "ratingValue": NaN}', "jsonld_constant", {"value": "NaN"}),
        (
            b'{"@type": "ClaimReview", "claimReviewed": "A"}\n{"x": }\n',
            "jsonld_invalid",
            {"line": 2},
        ),
    ],
)
def test_bad_files_get_one_clear_message_and_nothing_is_written(sqlite_project, data, code, params):
    with pytest.raises(ExchangeError) as raised:
        import_bytes(sqlite_project, data)
    assert raised.value.code == code
    assert params.items() <= raised.value.params.items()
    assert sqlite_project.project.is_empty()
    assert published_count(sqlite_project) == 0


def test_files_over_50_mb_are_refused_unread(sqlite_project, tmp_path):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: no 100 MB written to disk
    with pytest.raises(InputError) as raised:
        import_bytes(sqlite_project, huge)
    assert raised.value.code == "file_too_large"
    assert raised.value.params == {"file": "huge.json", "megabytes": 100, "limit": 50}
    with pytest.raises(InputError) as raised:
        import_bytes(sqlite_project, tmp_path / "missing.json")
    assert raised.value.code == "file_missing"


def test_cancel_rolls_back_the_whole_import(sqlite_project):
    reviews = [
        {
            "@type": "ClaimReview",
            "claimReviewed": f"Claim number {n} about the harbour.",
            "itemReviewed": {"@type": "Claim", "author": f"Speaker {n}"},
            "reviewRating": {"@type": "Rating", "alternateName": "False"},
            "url": f"https://checks.example.com/{n}",
        }
        for n in range(120)
    ]
    token = CancelToken()
    job = import_claimreview_job(sqlite_project, json.dumps(reviews).encode(), token)
    seen = []

    def cancel_midway(progress):
        seen.append(progress.done)
        if progress.done >= 50:
            token.cancel()

    with pytest.raises(Cancelled):
        run_to_end(job, cancel_midway)
    assert max(seen) >= 50  # writes had happened before the cancel
    assert sqlite_project.project.is_empty()
    assert published_count(sqlite_project) == 0

    # The UI's job thread closes the generator instead; even at the very last step, nothing
    # is kept, and the project works normally afterwards.
    job = import_claimreview_job(sqlite_project, json.dumps(reviews).encode(), CancelToken())
    while next(job).done < len(reviews):
        pass
    job.close()
    assert sqlite_project.project.is_empty()
    assert import_bytes(sqlite_project, json.dumps(reviews[:3]).encode()).imported == 3
