"""Exchange without loss (issue 16): imported ClaimReviews keep and re-export their rating,
scale, authors, address and date; our own verdicts name the organisation; the CSV status
column reads the ClaimReview vocabulary and keeps what it cannot read."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimdesk.core import migrate
from claimdesk.core.enums import Status
from claimdesk.core.errors import ExchangeError
from claimdesk.core.exchange.claimreview_export import write_claimreview
from claimdesk.core.exchange.claimreview_import import import_claimreview_job
from claimdesk.core.exchange.csv_import import import_claims_job, read_csv_preview
from claimdesk.core.exchange.csv_rows import chosen_mapping
from claimdesk.core.exchange.ratings import status_of_column, status_of_text
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.project import Project
from claimdesk.core.records import ReportOptions
from claimdesk.core.services.published_reviews import PublishedReviewService

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ROUND_TRIP = FIXTURES / "claimreview_roundtrip.json"
VERDICTS_TSV = FIXTURES / "checagens_pt.tsv"


@pytest.fixture
def twin(project: Project, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Project]:
    """A second, empty project on the same backend as `project`."""
    if project.database.is_sqlite:
        target = str(tmp_path / "twin.sqlite3")
    else:
        target = request.getfixturevalue("postgres").create_database()
    with Project.open(target, actor="importer") as opened:
        yield opened


def import_reviews(project: Project, data: bytes):
    return run_to_end(import_claimreview_job(project, data, CancelToken()))


def export(project: Project, options: ReportOptions | None = None) -> bytes:
    out = io.BytesIO()
    run_to_end(write_claimreview(project, options or ReportOptions(), out, CancelToken()))
    return out.getvalue()


def content(project: Project) -> dict[str, Any]:
    """Everything an import stores about each claim and its published reviews, by statement."""
    published = PublishedReviewService(project.database, "reader")
    found = {}
    for claim in project.reports.claims(project.reports.claim_ids(ClaimFilter())):
        claimant = claim.claimant and (claim.claimant.name, claim.claimant.kind)
        reviews = [
            (
                review.rating_text, review.rating_value, review.best_rating,
                review.worst_rating, review.mapped_status, review.authors, review.review_url,
                review.published_on, review.published_on_precision, review.appearances,
            )
            for review in published.for_claim(claim.id)
        ]  # fmt: skip
        found[claim.statement] = (
            claim.status, claimant, claim.claimed_on, claim.notes, claim.tags, reviews,
        )  # fmt: skip
    return found


def by_statement(document: bytes) -> dict[str, dict[str, Any]]:
    return {review["claimReviewed"]: review for review in json.loads(document)["@graph"]}


def test_imported_reviews_round_trip_without_loss(project, twin):
    data = ROUND_TRIP.read_bytes()
    first = import_reviews(project, data)
    assert (first.imported, first.duplicates, first.rejected) == (26, 0, ())

    # Only published reviews: no organisation is needed to write them.
    exported = export(project)
    reviews = by_statement(exported)
    assert len(reviews) == 26

    again = import_reviews(twin, exported)
    assert (again.imported, again.rejected) == (26, ())
    assert content(twin) == content(project)
    assert export(twin) == exported  # and out again, byte for byte


def test_published_properties_are_written_as_published(sqlite_project):
    import_reviews(sqlite_project, ROUND_TRIP.read_bytes())
    reviews = by_statement(export(sqlite_project))

    pants = reviews["Families in Maple County paid no income tax at all last year."]
    assert pants["reviewRating"] == {
        "@type": "Rating", "ratingValue": 0, "bestRating": 6, "worstRating": 0,
        "alternateName": "pants-fire",
    }  # fmt: skip
    assert pants["url"] == "https://truthmeter.example.org/statements/2024/jan/tax-cut"
    assert pants["datePublished"] == "2024-01-22"
    assert pants["author"] == {
        "@type": "Organization", "name": "Truth-O-Meter Example",
        "url": "https://truthmeter.example.org",
    }  # fmt: skip

    # Several authors stay a list, each with its type; the @graph reference is resolved.
    rents = reviews["Die Mieten in Lindenstadt sind seit 2020 um 80 Prozent gestiegen."]
    assert [a["name"] for a in rents["author"]] == ["Prüfstelle Nord", "Jana Krüger", "Omar Haddad"]
    assert [a["@type"] for a in rents["author"]] == ["Organization", "Person", "Person"]
    fare = reviews["A tarifa de ônibus de Vila Serena é a mais cara do país."]
    assert fare["author"]["url"] == "https://lupa-fict.example.com.br"

    # A rating that maps to no status is written all the same, its claim unverified.
    imprecise = reviews["O desemprego na região metropolitana é o maior dos últimos trinta anos."]
    assert imprecise["reviewRating"] == {"@type": "Rating", "alternateName": "Impreciso"}
    # Words only, a month for a date, no address: as published, nothing invented.
    hay_fever = reviews["Ein Impfstoff gegen Heuschnupfen ist seit Monaten zugelassen."]
    assert hay_fever["reviewRating"] == {"@type": "Rating", "alternateName": "Unbelegt"}
    assert hay_fever["datePublished"] == "2024-07"
    assert "url" not in hay_fever
    # The claim as reviewed: its claimant's kind and the addresses where it appeared.
    bus = reviews["Las bibliotecas municipales cerrarán todos los domingos a partir de marzo."]
    assert bus["itemReviewed"] == {"@type": "Claim"}
    water = reviews["El agua del grifo de Puerto Alto cumple todos los controles sanitarios."]
    assert water["itemReviewed"]["author"]["@type"] == "GovernmentOrganization"
    photo = reviews["Cette photo montre l'inondation de la gare centrale la semaine dernière."]
    assert photo["itemReviewed"]["appearance"] == [
        {"@type": "CreativeWork", "url": "https://video.example.net/v/77"}
    ]
    assert photo["author"]["name"] == "Vérifié Ouest"  # published as publisher


def test_own_verdict_beside_a_published_one_needs_the_organisation(sqlite_project, tmp_path):
    import_reviews(sqlite_project, ROUND_TRIP.read_bytes())
    statuses = {c.statement: c for c in sqlite_project.reports.claims(
        sqlite_project.reports.claim_ids(ClaimFilter()))}  # fmt: skip
    cycle_lanes = "Lindenstadt hat im vergangenen Jahr zwanzig Kilometer neue Radwege gebaut."
    taken_over = statuses[cycle_lanes]
    assert taken_over.status is Status.VERIFIED  # "Richtig", taken over: not our own verdict
    checked = statuses["Ferry fares to the islands have not risen since 2015."]
    assert checked.status is Status.UNVERIFIED  # "Mostly accurate" maps to nothing
    sqlite_project.reviews.set_status([checked.id], Status.FALSE, "Fares rose twice, in 2019.")

    with pytest.raises(ExchangeError) as refused:
        export(sqlite_project)
    assert refused.value.code == "claimreview_no_organisation"

    options = ReportOptions(organisation="Desk Nord", organisation_url="https://desk.example")
    reviews = json.loads(export(sqlite_project, options))["@graph"]
    assert len(reviews) == 27
    ferry = [r for r in reviews if r["claimReviewed"] == checked.statement]
    assert [r["author"]["name"] for r in ferry] == ["Example Checks", "Desk Nord"]
    assert ferry[1]["reviewRating"]["alternateName"] == "False"
    assert ferry[1]["reviewBody"] == "Fares rose twice, in 2019."
    assert sum(r["author"] == {"@type": "Organization", "name": "Desk Nord",
               "url": "https://desk.example"} for r in reviews) == 1  # fmt: skip


def test_reviews_imported_before_0009_are_read_from_their_original(tmp_path):
    path = tmp_path / "old.sqlite3"
    with Project.open(path, actor="analyst") as project:
        import_reviews(project, ROUND_TRIP.read_bytes())
        migrate.downgrade(project.database.engine, "0008")
    with Project.open(path, actor="analyst") as project:  # upgraded on open
        stored = PublishedReviewService(project.database, "x")
        claims = project.reports.claims(project.reports.claim_ids(ClaimFilter()))
        rows = [row for claim in claims for row in stored.for_claim(claim.id)]
        assert all(row.authors is None for row in rows)
        taken_over = [row for row in rows if row.mapped_status is not None]
        assert taken_over and all(row.review_id is not None for row in taken_over)
        reviews = by_statement(export(project))  # no own verdicts found: no organisation needed
    rents = reviews["Die Mieten in Lindenstadt sind seit 2020 um 80 Prozent gestiegen."]
    assert [a["name"] for a in rents["author"]] == ["Prüfstelle Nord", "Jana Krüger", "Omar Haddad"]


# One vocabulary ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("Falso", Status.FALSE), ("Verdadeiro", Status.VERIFIED), ("Enganoso", Status.MISLEADING),
        ("Verdadero", Status.VERIFIED), ("Engañoso", Status.MISLEADING),
        ("Faux", Status.FALSE), ("Vrai", Status.VERIFIED), ("Trompeur", Status.MISLEADING),
        ("Falsch", Status.FALSE), ("Richtig", Status.VERIFIED), ("Irreführend", Status.MISLEADING),
        ("pants-fire", Status.FALSE), ("barely-true", Status.MISLEADING),
        ("half-true", Status.MISLEADING), ("mostly-true", None), ("Impreciso", None),
    ],
)  # fmt: skip
def test_claimreview_and_csv_read_verdicts_alike(words, status):
    assert status_of_text(words) is status
    assert status_of_column(words) is status


def test_csv_status_column_also_reads_the_steps_of_the_work():
    assert status_of_column("in_progress") is Status.IN_PROGRESS
    assert status_of_column("ungeprüft") is Status.UNVERIFIED
    assert status_of_text("in_progress") is None  # a published rating never says so


def test_portuguese_verdicts_import_with_none_rejected(project):
    preview = read_csv_preview(VERDICTS_TSV, limit=0)
    chosen = {"statement": "texto_checado", "claimed_on": "data", "status": "veredito",
              "claimant": "autor"}  # fmt: skip
    mapping = chosen_mapping(preview.headers, preview.suggested, chosen, VERDICTS_TSV.name)
    result = run_to_end(
        import_claims_job(project, VERDICTS_TSV, mapping, CancelToken(), locale_hint="pt_BR")
    )
    assert (result.imported, result.rejected) == (12, ())
    claims = {c.statement: c for c in project.reports.claims(
        project.reports.claim_ids(ClaimFilter()))}  # fmt: skip
    statuses = [claim.status for claim in claims.values()]
    assert statuses.count(Status.FALSE) == 4
    assert statuses.count(Status.VERIFIED) == 2
    assert statuses.count(Status.MISLEADING) == 3
    unread = [claim for claim in claims.values() if claim.status is Status.UNVERIFIED]
    assert sorted(claim.notes for claim in unread) == [
        'Verdict in the imported file: "Impreciso"',
        'Verdict in the imported file: "Subestimado"',
        'Verdict in the imported file: "Verdadeiro, mas"',
    ]
    bridge = claims["A ponte do porto de Vila Serena ficou fechada durante dois anos."]
    assert bridge.latest_review.rationale == 'Verdict "Falso" taken over from the imported file.'
    assert str(bridge.claimed_on) == "2024-03-04"  # 04/03/2024 read day first, as in Brazil


def test_chosen_columns_name_what_cannot_be_used():
    headers = ("texto_checado", "data", "veredito")
    with pytest.raises(ExchangeError) as unknown_field:
        chosen_mapping(headers, {}, {"statment": "texto_checado"}, "f.tsv")
    assert (unknown_field.value.code, unknown_field.value.params["field"]) == (
        "csv_unknown_field",
        "statment",
    )
    with pytest.raises(ExchangeError) as unknown_column:
        chosen_mapping(headers, {}, {"statement": "claimReviewed"}, "f.tsv")
    assert unknown_column.value.params == {"file": "f.tsv", "column": "claimReviewed"}
    with pytest.raises(ExchangeError) as twice:
        chosen_mapping(headers, {}, {"statement": "data", "claimed_on": "DATA"}, "f.tsv")
    assert twice.value.code == "csv_column_chosen_twice"
    suggested = {"data": "claimed_on"}
    assert chosen_mapping(headers, suggested, {"statement": "Texto checado"}, "f.tsv") == {
        "data": "claimed_on",
        "texto_checado": "statement",
    }


def test_a_withdrawn_takeover_leaves_the_published_review_and_our_later_verdict(project):
    import_reviews(project, ROUND_TRIP.read_bytes())
    (bridge,) = [
        claim
        for claim in project.reports.claims(project.reports.claim_ids(ClaimFilter()))
        if claim.statement.startswith("Die Hafenbrücke")
    ]
    project.reviews.withdraw([bridge.latest_review.id])  # undo of the status taken over
    (stored,) = PublishedReviewService(project.database, "x").for_claim(bridge.id)
    assert stored.review_id is None and stored.rating_text == "Falsch"
    project.reviews.set_status([bridge.id], Status.MISLEADING, "Closed for ten months.")

    options = ReportOptions(organisation="Desk Nord")
    written = [r for r in json.loads(export(project, options))["@graph"]
               if r["claimReviewed"] == bridge.statement]  # fmt: skip
    assert [r["reviewRating"]["alternateName"] for r in written] == [
        "Falsch",
        "Partly true / misleading",
    ]
