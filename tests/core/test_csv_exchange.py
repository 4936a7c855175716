"""CSV out and in, read back with Python's csv module on real databases: every column, formula
payloads neutralised, filters honoured, German and English cells, rejected rows with their
line numbers, cancel, bad files, and an export that imports back into an empty project."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from babel import Locale
from babel.numbers import format_decimal

from claimdesk.core.bounded import InputError
from claimdesk.core.dates import PartialDate
from claimdesk.core.demo import create_demo
from claimdesk.core.enums import DatePrecision, Qualifier, Reliability, SourceKind, Status
from claimdesk.core.errors import BadValue, Cancelled, ExchangeError, FieldProblem
from claimdesk.core.exchange.csv_columns import (
    guard_cell,
    read_date,
    read_number,
    unguard_cell,
)
from claimdesk.core.exchange.csv_export import EXPORT_COLUMNS, write_csv
from claimdesk.core.exchange.csv_import import (
    CsvImportResult,
    import_claims_job,
    read_csv_preview,
)
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.inputs import CitationInput, SourceInput
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.project import Project
from claimdesk.core.quantities import Quantity, format_number
from claimdesk.core.records import ReportOptions
from claimdesk.core.reports.output import ExportFormat, atomic_file, export_job

from .factories import article, budanov, soldiers_claim

PAYLOADS = ("=cmd|' /C calc'!A0", "+1", "-1+1", "@SUM(1)", "\tx", "\rx")
FORMULA_NAME = '=HYPERLINK("http://x")'


def export(project: Project, path: Path, options: ReportOptions | None = None) -> int:
    with atomic_file(path) as out:
        return run_to_end(write_csv(project, options or ReportOptions(), out, CancelToken()))


def read_back(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def import_file(project: Project, path: Path, locale: str | None = None) -> CsvImportResult:
    mapping = read_csv_preview(path, locale_hint=locale).suggested
    return run_to_end(import_claims_job(project, path, mapping, CancelToken(), locale))


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def twin(project: Project, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Project]:
    """A second, empty project on the same backend as `project`."""
    if project.database.is_sqlite:
        target = str(tmp_path / "twin.sqlite3")
    else:
        target = request.getfixturevalue("postgres").create_database()
    with Project.open(target, actor="importer") as opened:
        yield opened


def test_export_has_every_column_with_german_text_intact(project, tmp_path):
    claimant = budanov(project)
    article_id = article(project)
    claim_id = project.claims.create(soldiers_claim(project, claimant, notes="Quelle: ÄÖÜ ß")).id
    project.citations.link(CitationInput(claim_id, article_id, "etwa 11.000 nordkoreanische"))
    project.reviews.set_status([claim_id], Status.MISLEADING, "Die Zahl ist überhöht.")

    assert export(project, tmp_path / "claims.csv") == 1
    raw = (tmp_path / "claims.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so that Excel reads UTF-8
    assert "überhöht".encode() in raw
    with (tmp_path / "claims.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle)) == list(EXPORT_COLUMNS)
    [row] = read_back(tmp_path / "claims.csv")
    assert row["id"] == str(claim_id)
    assert row["statement"].startswith("About 11,000 North Korean soldiers")
    assert row["quote"] == "etwa 11.000 nordkoreanische Soldaten"
    assert (row["quote_language"], row["claimant"]) == ("de", "Kyrylo Budanov")
    assert (row["claimant_kind"], row["claimant_reliability"]) == ("person", "C")
    assert (row["claimed_on"], row["as_of"]) == ("2025-06", "2025-06")
    assert row["quantity"] == "about 11,000 soldiers"
    assert (row["quantity_value"], row["quantity_upper"]) == ("11000", "")
    assert (row["quantity_unit"], row["quantity_qualifier"]) == ("soldiers", "about")
    assert (row["credibility"], row["status"]) == ("2", "misleading")
    assert row["tags"] == "Kursk; North Korea"
    assert row["notes"] == "Quelle: ÄÖÜ ß"
    assert (row["citations"], row["articles"]) == ("1", "Budanow über Nordkorea")
    assert row["article_urls"] == "https://example.org/report"
    assert (row["latest_rationale"], row["reviewer"]) == ("Die Zahl ist überhöht.", "analyst")
    stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
    for column in ("reviewed_at", "created_at", "updated_at"):
        assert stamp.fullmatch(row[column]), (column, row[column])
    assert (row["created_by"], row["updated_by"]) == ("analyst", "analyst")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_formula_cell_reads_back_as_text_and_imports_as_written(payload):
    buffer = io.StringIO()
    csv.writer(buffer).writerow([guard_cell(payload), guard_cell("'" + payload)])
    first, second = next(csv.reader(io.StringIO(buffer.getvalue(), newline="")))
    assert first == "'" + payload  # a spreadsheet shows this as text and never runs it
    assert second == "''" + payload
    assert (unguard_cell(first), unguard_cell(second)) == (payload, "'" + payload)


def test_plain_numbers_and_harmless_text_are_left_alone():
    for text in ("-5", "-0.25", "11000", "'quoted'", "Budanov", ""):
        assert guard_cell(text) == text
        assert unguard_cell(text) == text
    assert guard_cell("-5 °C") == "'-5 °C"


def test_exported_formulas_are_neutralised_and_survive_the_round_trip(sqlite_project, tmp_path):
    project = sqlite_project
    stored = [payload for payload in PAYLOADS if payload == payload.strip()]
    claimant = project.sources.create(SourceInput(FORMULA_NAME)).id
    for payload in stored:
        saved = project.claims.create(
            soldiers_claim(
                project, claimant, statement=payload, notes=payload, tags=(payload,),
                quantity=Quantity(-5, None, "@units"),
            )
        )  # fmt: skip
        project.reviews.set_status([saved.id], Status.FALSE, payload)
    export(project, tmp_path / "claims.csv")

    rows = read_back(tmp_path / "claims.csv")
    for row in rows:
        for column, cell in row.items():
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                assert re.fullmatch(r"-?\d+(\.\d+)?", cell), (column, cell)
        assert row["statement"] == "'" + row["notes"].lstrip("'")
        assert row["claimant"] == "'" + FORMULA_NAME
        assert (row["quantity_value"], row["quantity_unit"]) == ("-5", "'@units")
    assert sorted(row["statement"] for row in rows) == sorted("'" + p for p in stored)

    with Project.open(tmp_path / "back.sqlite3", actor="importer") as back:
        result = import_file(back, tmp_path / "claims.csv")
        assert (result.imported, result.rejected) == (len(stored), ())
        claims = back.reports.claims(back.reports.claim_ids(ClaimFilter()))
        assert sorted(c.statement for c in claims) == sorted(stored)
        assert {c.claimant.name for c in claims} == {FORMULA_NAME}
        assert {c.quantity for c in claims} == {Quantity(-5, None, "@units")}
        assert sorted(c.latest_review.rationale for c in claims) == sorted(stored)


def test_export_honours_the_filter_in_report_order(project, tmp_path):
    claimant = budanov(project)
    dates = ["2025-06-10", None, "2024", "2025-01"]
    ids = [
        project.claims.create(soldiers_claim(project, claimant, statement=f"Claim {n}",
                                             claimed_on=when)).id
        for n, when in enumerate(dates)
    ]  # fmt: skip
    project.reviews.set_status([ids[0], ids[2]], Status.FALSE, "Contradicted by imagery.")

    export(project, tmp_path / "all.csv")
    assert [int(r["id"]) for r in read_back(tmp_path / "all.csv")] == (
        project.reports.claim_ids(ClaimFilter())
    )
    assert [r["claimed_on"] for r in read_back(tmp_path / "all.csv")] == [
        "2024", "2025-01", "2025-06-10", ""
    ]  # fmt: skip
    false_only = ReportOptions(filter=ClaimFilter(statuses=frozenset({Status.FALSE})))
    assert export(project, tmp_path / "false.csv", false_only) == 2
    rows = read_back(tmp_path / "false.csv")
    assert [int(r["id"]) for r in rows] == [ids[2], ids[0]]
    assert {r["status"] for r in rows} == {"false"}


def test_a_cancelled_export_leaves_no_file(sqlite_project, tmp_path):
    sqlite_project.claims.create(soldiers_claim(sqlite_project))
    (tmp_path / "out").mkdir()
    token = CancelToken()
    chosen = ExportFormat("csv", ".csv", "CSV", write_csv)
    job = export_job(sqlite_project, ReportOptions(), chosen, tmp_path / "out" / "c.csv", token)
    with pytest.raises(Cancelled):
        for _progress in job:
            token.cancel()
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("locale", ["en", "de", "de_CH", "fr", "uk", "hi_IN"])
def test_quantity_numbers_read_as_babel_writes_them(locale):
    for value in (0, -5, 999, 1000, 11_000, -12_345.5, 1_234_567.125, 0.000001, 1e20, 2.5e-7):
        expected = format_decimal(
            Decimal(repr(float(value))).quantize(Decimal("0.000001")).normalize(),
            locale=locale,
            decimal_quantization=False,
        )
        expected = expected if value else "0"
        written = format_number(value, locale)
        if written != expected:
            # babel 2.19 drops the ASCII apostrophe CLDR 48 gives Swiss numbers; we keep it.
            assert Locale.parse(locale).number_symbols["latn"]["group"] == "'"
            assert written.replace("'", "") == expected.replace("'", "")


def test_an_export_imports_back_into_an_empty_project(project, twin, tmp_path):
    create_demo(project)
    ids = project.reports.claim_ids(ClaimFilter())
    project.reviews.set_status(ids[:2], Status.VERIFIED, "Matches the ministry's figures.")
    project.reviews.set_status(ids[2:3], Status.FALSE, "Satellite images show otherwise.")
    extra = project.claims.create(
        soldiers_claim(project, None, statement="Between 10,000 and 12,000 troops.",
                       claimed_on="2024", as_of="2025-06-10", tags=("Kursk",),
                       quantity=Quantity(10_000, 12_000, "troops", Qualifier.RANGE))
    )  # fmt: skip
    project.reviews.set_status([extra.id], Status.IN_PROGRESS)
    export(project, tmp_path / "claims.csv")

    result = import_file(twin, tmp_path / "claims.csv")
    assert (result.imported, result.rejected, result.header_only) == (len(ids) + 1, (), False)

    def facts(where: Project) -> list[tuple[object, ...]]:
        claims = where.reports.claims(where.reports.claim_ids(ClaimFilter()))
        return sorted(
            (
                c.statement, c.quote, c.quote_language, c.claimed_on, c.as_of, c.quantity,
                c.credibility, c.status, tuple(sorted(c.tags)), c.notes,
                (c.claimant.name, c.claimant.kind, c.claimant.reliability) if c.claimant else None,
                c.latest_review.rationale if c.latest_review and c.status.is_verdict else None,
            )
            for c in claims
        )  # fmt: skip

    assert facts(twin) == facts(project)
    by_statement = {row[0]: row for row in facts(twin)}
    assert by_statement["Between 10,000 and 12,000 troops."][3:5] == (
        PartialDate(date(2024, 1, 1), DatePrecision.YEAR),
        PartialDate(date(2025, 6, 10), DatePrecision.DAY),
    )
    assert {row[7] for row in facts(twin)} >= {Status.VERIFIED, Status.FALSE, Status.IN_PROGRESS}
    # The claimants were created once each, not once per row.
    assert result.sources_created == len({row[10] for row in facts(twin) if row[10]})


def test_german_cells_with_semicolons_import(sqlite_project, tmp_path):
    path = write_text(tmp_path / "aussagen.csv", (
        "Aussage;Quelle;Datum;Stand;Menge;Glaubwürdigkeit;Status;Begründung;Schlagwörter\n"
        "Etwa 11.000 Soldaten in Kursk;Kyrylo Budanow;10.06.2025;Juni 2025;"
        "etwa 11.000 Soldaten;2 – wahrscheinlich wahr;falsch;Bilder zeigen weniger.;"
        "Kursk, Nordkorea\n"
        "Budget;Ministerium;10. Juni 2025;06/2025;1,5 Millionen Euro;3;;;\n"
        "Nur ein Jahr;Ministerium;2024;;mehr als 300;;in Prüfung;;\n"
    ))  # fmt: skip
    preview = read_csv_preview(path)
    assert (preview.delimiter, preview.locale) == (";", "de")
    assert preview.suggested["Aussage"] == "statement"
    assert preview.suggested["Quelle"] == "claimant"
    assert preview.suggested["Datum"] == "claimed_on"
    assert preview.suggested["Begründung"] == "latest_rationale"

    result = import_file(sqlite_project, path)
    assert (result.imported, result.rejected, result.sources_created) == (3, (), 2)
    claims = {c.statement: c for c in sqlite_project.reports.claims(
        sqlite_project.reports.claim_ids(ClaimFilter()))}  # fmt: skip
    kursk = claims["Etwa 11.000 Soldaten in Kursk"]
    assert kursk.claimed_on == PartialDate(date(2025, 6, 10))
    assert kursk.as_of == PartialDate(date(2025, 6, 1), DatePrecision.MONTH)
    assert kursk.quantity == Quantity(11_000, None, "Soldaten", Qualifier.ABOUT)
    assert (kursk.credibility.value, kursk.status) == ("2", Status.FALSE)
    assert kursk.latest_review.rationale == "Bilder zeigen weniger."
    assert sorted(kursk.tags) == ["Kursk", "Nordkorea"]
    assert kursk.claimant.kind is SourceKind.PERSON
    budget = claims["Budget"]
    assert budget.quantity == Quantity(1_500_000, None, "Euro")
    assert budget.as_of == PartialDate(date(2025, 6, 1), DatePrecision.MONTH)
    assert claims["Nur ein Jahr"].claimed_on == PartialDate(date(2024, 1, 1), DatePrecision.YEAR)
    assert claims["Nur ein Jahr"].status is Status.IN_PROGRESS
    assert claims["Nur ein Jahr"].quantity.qualifier is Qualifier.MORE_THAN


def test_english_cells_import(sqlite_project, tmp_path):
    path = write_text(tmp_path / "claims.csv", (
        "Statement,Source,Claimant reliability,Date,Value,Unit\n"
        "A,Pentagon,B,10 June 2025,\"11,000\",soldiers\n"
        "B,pentagon,,\"June 10, 2025\",1.5,km\n"
        "C,ISW,b – usually reliable,2025-06-10 00:00:00,-5,degrees\n"
    ))  # fmt: skip
    result = import_file(sqlite_project, path)
    assert (result.imported, result.rejected, result.sources_created) == (3, (), 2)
    claims = {c.statement: c for c in sqlite_project.reports.claims(
        sqlite_project.reports.claim_ids(ClaimFilter()))}  # fmt: skip
    assert {c.claimed_on for c in claims.values()} == {PartialDate(date(2025, 6, 10))}
    assert claims["A"].quantity == Quantity(11_000, None, "soldiers")
    assert claims["B"].quantity == Quantity(1.5, None, "km")
    assert claims["C"].quantity == Quantity(-5, None, "degrees")
    assert claims["A"].claimant.id == claims["B"].claimant.id  # the name matched, any case
    assert claims["A"].claimant.reliability is Reliability.B
    assert claims["C"].claimant.reliability is Reliability.B


def test_an_existing_claimant_is_found_whatever_the_case(sqlite_project, tmp_path):
    known = sqlite_project.sources.create(SourceInput("Ärzte ohne Grenzen", "organisation")).id
    path = write_text(tmp_path / "c.csv", "statement,claimant\nX,ärzte OHNE grenzen\n")
    assert import_file(sqlite_project, path).sources_created == 0
    [claim] = sqlite_project.reports.claims(sqlite_project.reports.claim_ids(ClaimFilter()))
    assert claim.claimant.id == known


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("11.000", "de", 11_000), ("11.000", None, 11_000), ("11.000", "en", 11),
        ("11,000", None, 11_000), ("11,000", "en", 11_000), ("1,5", None, 1.5),
        ("1.234,5", None, 1234.5), ("1,5 Millionen", "de", 1_500_000), ("-5", None, -5),
        ("1.125", "en", 1.125), ("1.5", "de", 1.5),
    ],
)  # fmt: skip
def test_numbers_read_in_german_or_english(text, locale, expected):
    assert read_number(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("10.06.2025", None, "2025-06-10"), ("2025-06-10", None, "2025-06-10"),
        ("06/2025", None, "2025-06"), ("10 June 2025", None, "2025-06-10"),
        ("10. Juni 2025", None, "2025-06-10"), ("June 10, 2025", None, "2025-06-10"),
        ("März 2025", None, "2025-03"), ("10 Sept. 2025", None, "2025-09-10"),
        ("13/04/2025", None, "2025-04-13"), ("03/04/2025", "de", "2025-04-03"),
        ("03/04/2025", "en_US", "2025-03-04"), ("2025", None, "2025"),
    ],
)  # fmt: skip
def test_dates_read_in_german_or_english_at_their_precision(text, locale, expected):
    assert read_date(text, locale).iso() == expected


def test_an_ambiguous_or_impossible_date_is_refused_not_guessed():
    for text, code in [
        ("03/04/2025", "ambiguous_date"),
        ("31.02.2025", "no_such_date"),
        ("soon", "unreadable_date"),
        ("10 Brumaire 2025", "unknown_month"),
    ]:
        with pytest.raises(BadValue) as raised:
            read_date(text)
        assert (raised.value.code, raised.value.params) == (code, {"text": text})


def test_rejected_rows_are_listed_with_their_line_and_reason(project, tmp_path):
    path = write_text(tmp_path / "claims.csv", (
        "Aussage,Datum,Status,Begründung\n"             # 1
        '"Zwei Zeilen\nin einer Zelle",2025-06-10,,\n'   # 2-3: fine
        "Falsches Datum,32.13.2025,,\n"                  # 4
        "Urteil ohne Grund,,falsch,\n"                   # 5
        ",2025-06-10,,\n"                                # 6: no statement
        "\n"                                             # 7: blank, skipped
        "Gut,2025,verified,Belegt durch Fotos.\n"        # 8: fine
        "Zukunft,01.01.2999,,\n"                         # 9
        "Zu viele,2025,,,Extra\n"                        # 10
        "Status unbekannt,,vielleicht,\n"                # 11
    ))  # fmt: skip
    result = import_file(project, path)
    assert result.imported == 4
    lines = [line for line, _problems in result.rejected]
    assert lines == [4, 6, 9, 10]
    reasons = {
        line: [(p.code, p.params.get("column")) for p in problems]
        for line, problems in result.rejected
    }
    assert reasons == {
        4: [("no_such_date", "Datum")],
        6: [("required", "Aussage")],
        9: [("in_future", "Datum")],
        10: [("too_many_cells", None)],
    }
    rows = dict(result.rejected)
    assert rows[4][0].params == {"text": "32.13.2025", "column": "Datum"}
    assert rows[9][0].params["date"] == "2999-01-01"
    assert rows[10][0].params == {"cells": 5, "headers": 4}
    claims = {c.statement: c for c in project.reports.claims(
        project.reports.claim_ids(ClaimFilter()))}  # fmt: skip
    assert set(claims) == {"Zwei Zeilen\nin einer Zelle", "Gut", "Urteil ohne Grund",
                           "Status unbekannt"}  # fmt: skip
    # A verdict without a reason is taken over, saying where it came from.
    taken = claims["Urteil ohne Grund"]
    assert taken.status is Status.FALSE
    assert taken.latest_review.rationale == 'Verdict "falsch" taken over from the imported file.'
    # Words that are no verdict we know stay as text; the claim stays unverified.
    kept = claims["Status unbekannt"]
    assert (kept.status, kept.reviews) == (Status.UNVERIFIED, ())
    assert kept.notes == 'Verdict in the imported file: "vielleicht"'


def test_a_cancelled_import_writes_nothing(project, tmp_path):
    rows = "".join(f"Claim {n},Source {n % 7},2025-06-{n % 28 + 1:02d}\n" for n in range(250))
    path = write_text(tmp_path / "claims.csv", "statement,claimant,claimed_on\n" + rows)
    token = CancelToken()
    job = import_claims_job(project, path, read_csv_preview(path).suggested, token)
    with pytest.raises(Cancelled):
        for progress in job:
            if progress.message == "Importing claims" and progress.done >= 200:
                token.cancel()
    assert project.project.is_empty()
    assert project.sources.search("Source") == []


@pytest.mark.parametrize(
    ("content", "code", "params"),
    [
        ("Aussage;Quelle\nÄrger;Budanow\n".encode("cp1252"), "csv_windows_1252",
         {"file": "claims.csv", "byte": "0xc4", "position": 15, "line": 2}),
        ("statement\nx\n".encode("utf-16"), "csv_utf16", {"file": "claims.csv"}),
        (b"", "csv_empty", {"file": "claims.csv"}),
        (b"\xef\xbb\xbf \r\n\r\n", "csv_empty", {"file": "claims.csv"}),
        (b"Quelle,Datum\nBudanov,2025\n", "csv_no_statement_column",
         {"file": "claims.csv", "columns": ["Quelle", "Datum"]}),
    ],
)  # fmt: skip
def test_a_file_that_cannot_be_imported_says_why_and_writes_nothing(
    sqlite_project, tmp_path, content, code, params
):
    path = tmp_path / "claims.csv"
    path.write_bytes(content)
    with pytest.raises(ExchangeError) as raised:
        run_to_end(import_claims_job(sqlite_project, path, {"Quelle": "claimant"}, CancelToken()))
    assert (raised.value.code, raised.value.params) == (code, params)
    assert sqlite_project.project.is_empty()


def test_a_huge_file_is_refused_before_it_is_read(sqlite_project, tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: its bytes would read as NULs
    with pytest.raises(InputError) as raised:
        read_csv_preview(path)
    assert raised.value.code == "file_too_large"
    assert raised.value.params == {"file": "huge.csv", "megabytes": 100, "limit": 50}
    with pytest.raises(InputError, match="file_too_large"):
        run_to_end(import_claims_job(sqlite_project, path, {}, CancelToken()))


def test_a_header_without_rows_imports_nothing_and_says_so(sqlite_project, tmp_path):
    path = write_text(tmp_path / "claims.csv", "statement,claimant\r\n")
    result = import_file(sqlite_project, path)
    assert (result.imported, result.rejected) == (0, ())
    assert (result.header_only, result.file_name) == (True, "claims.csv")
    assert sqlite_project.project.is_empty()


def test_the_preview_reads_without_a_database_and_remaps(tmp_path):
    path = write_text(tmp_path / "c.csv", (
        "sep=;\nText;Wer;Datum\n"
        "Erste Aussage;Budanow;10.06.2025\n"
        "Zweite;;irgendwann\n"
    ))  # fmt: skip
    preview = read_csv_preview(path)
    assert preview.headers == ("Text", "Wer", "Datum")
    assert preview.mapping == {"Text": "statement", "Datum": "claimed_on"}
    assert [row.line for row in preview.rows] == [3, 4]
    assert preview.rows[0].claim.data.claimed_on == PartialDate(date(2025, 6, 10))
    assert preview.rows[1].problems == (
        FieldProblem("claimed_on", "unreadable_date", {"text": "irgendwann", "column": "Datum"}),
    )
    remapped = preview.with_mapping({"Text": "statement", "Wer": "claimant"})
    assert remapped.rows[0].claim.claimant == "Budanow"
    assert remapped.rows[1].problems == ()
    nothing = preview.with_mapping({"Wer": "claimant"})
    assert nothing.mapping_problem.code == "csv_no_statement_column"
    assert all(row.claim is None for row in nothing.rows)
