"""The bulk write path (services/bulk.py) and the imports on it: a claim written in bulk is the
claim a form would have saved (read shape, tags, claimant, search, audit trail), an import is
all or nothing, and the project JSON import streams documents larger than a batch."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimdesk.core.enums import Reliability, SourceKind, Status
from claimdesk.core.errors import Cancelled, ExchangeError
from claimdesk.core.exchange.csv_import import import_claims_job, read_csv_preview
from claimdesk.core.exchange.project_json import import_project_json_job, write_project_json
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.inputs import ClaimInput, EvidenceInput, SourceInput
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.project import Project
from claimdesk.core.records import ReportOptions
from claimdesk.core.reports.output import ExportFormat, export_job
from claimdesk.core.search.ddl import PG_TRIGGERS, SQLITE_TRIGGERS
from claimdesk.core.services.bulk import BATCH_SIZE, NewClaim
from claimdesk.core.services.claim_list import ClaimQuery, ClaimSort
from claimdesk.core.services.project_transfer import ProjectTransferService
from claimdesk.core.services.published_reviews import PublishedReviewInput

JSON_FORMAT = ExportFormat("json", ".json", "Claimdesk JSON", write_project_json)
VOLATILE = {"id", "claim_id", "review_id", "created_at", "updated_at", "imported_at", "at"}
VOLATILE |= {"fingerprint"}  # two copies of one published review cannot share it


def found(project: Project, text: str) -> list[int]:
    return project.claim_list.ids(ClaimQuery(ClaimFilter(search=text), ClaimSort.RELEVANCE))


def plain(value: Any) -> Any:
    """A record without what differs between two saves of the same claim (ids, times)."""
    if dataclasses.is_dataclass(value):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def audit_trail(project: Project, entity: str, entity_id: int) -> list[tuple]:
    with project.database.read() as session:
        rows = session.execute(
            sa.text(
                "SELECT action, before, after FROM audit_events "
                "WHERE entity = :entity AND entity_id = :id ORDER BY id"
            ),
            {"entity": entity, "id": entity_id},
        ).all()
    decoded = [
        (action, *(json.loads(v) if isinstance(v, str) else v for v in (before, after)))
        for action, before, after in rows
    ]
    return [(action, plain(before), plain(after)) for action, before, after in decoded]


def published_review_ids(project: Project, claim_id: int) -> list[int]:
    return [record.id for record in project.published_reviews.for_claim(claim_id)]


def review_trail(project: Project, claim_id: int) -> list[tuple]:
    record = project.claims.get(claim_id)
    trail = []
    for review in record.reviews:
        trail += audit_trail(project, "reviews", review.id)
        for evidence in review.evidence:
            trail += audit_trail(project, "review_evidence", evidence.id)
    for review_id in published_review_ids(project, claim_id):
        trail += audit_trail(project, "published_reviews", review_id)
    return trail


def triggers(project: Project) -> set[str]:
    with project.database.engine.connect() as connection:
        if project.database.is_sqlite:
            sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        else:
            sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'"
        return set(connection.exec_driver_sql(sql).scalars())


def assert_triggers_intact(project: Project) -> None:
    expected = SQLITE_TRIGGERS if project.database.is_sqlite else PG_TRIGGERS
    assert set(expected) <= triggers(project)


def published(number: int) -> PublishedReviewInput:
    return PublishedReviewInput(
        fingerprint=f"{number:064d}",
        original={"@type": "ClaimReview", "claimReviewed": "Harbour closed"},
        review_url="https://checks.example.org/harbour",
        review_author="Harbour Checks",
        published_on=date(2024, 5, 2),
        rating_text="Falsch",
        mapped_status=Status.FALSE,
    )


ROWS = (
    NewClaim(
        ClaimInput("The harbour of Odesa was closed in May.", tags=("Ports", "shipping")),
        claimant=SourceInput("Ärzte ohne Grenzen", SourceKind.ORGANISATION, reliability="B"),
    ),
    NewClaim(
        ClaimInput(
            "Grain exports fell by a third.",
            quote="  um ein Drittel  ",
            quote_language="de",
            claimed_on="2024-05",
            notes="From the ministry's briefing\r\nsecond line",
            tags=("ports", "Grain  exports"),
        ),
        claimant=SourceInput("ärzte ohne grenzen", SourceKind.PERSON),  # finds the first
        status=Status.FALSE,
        rationale="Customs data show the opposite.",
        evidence=(EvidenceInput(url="https://customs.example.org/may", note="tables"),),
        published=published(1),
    ),
    NewClaim(ClaimInput("A claim without a claimant\x00 or tags.")),
)


def write_one_by_one(project: Project, row: NewClaim, claimant_id: int | None, number: int):
    """The same claim through the services a form uses."""
    claim_id = project.claims.create(dataclasses.replace(row.data, claimant_id=claimant_id)).id
    if row.status is not None:
        project.reviews.set_status([claim_id], row.status, row.rationale, row.evidence)
    if row.published is not None:
        project.published_reviews.add(claim_id, published(number))
    return claim_id


def test_a_bulk_claim_is_the_claim_a_form_saves(project):
    with project.bulk.writer() as writer:
        bulk_ids = writer.write(ROWS)
    assert all(isinstance(claim_id, int) for claim_id in bulk_ids)
    assert len(writer.created_sources) == 1  # the second claimant folds to the first
    for number, (row, bulk_id) in enumerate(zip(ROWS, bulk_ids, strict=True), 100):
        bulk = project.claims.get(bulk_id)
        claimant_id = bulk.claimant.id if bulk.claimant else None
        form_id = write_one_by_one(project, row, claimant_id, number)
        form = project.claims.get(form_id)
        assert plain(bulk) == plain(form)
        assert bulk.version == form.version
        assert audit_trail(project, "claims", bulk_id) == audit_trail(project, "claims", form_id)
        assert review_trail(project, bulk_id) == review_trail(project, form_id)
    assert project.claims.get(bulk_ids[1]).tags == ("Grain exports", "Ports")
    assert project.claims.get(bulk_ids[2]).statement == "A claim without a claimant or tags."
    for word in ("harbour", "ärzte", "arzte", "grain", "shipping", "drittel", "ministry"):
        hits = found(project, word)
        bulk_hits = [claim_id for claim_id in hits if claim_id in bulk_ids]
        assert len(hits) == 2 * len(bulk_hits), word  # each bulk claim with its twin
    assert found(project, "ports")  # tags are searchable
    assert_triggers_intact(project)
    # After the import, the triggers index a form's edits again.
    project.claims.create(ClaimInput("Zebra crossing"))
    assert len(found(project, "zebra")) == 1


def test_a_row_that_breaks_a_rule_comes_back_with_its_problems(project):
    rows = [
        NewClaim(ClaimInput("Fine.")),
        NewClaim(ClaimInput(" ", tags=("x" * 101,))),
        NewClaim(ClaimInput("No rationale."), status=Status.FALSE),
        NewClaim(ClaimInput("Bad claimant."), claimant=SourceInput("n" * 301)),
    ]
    with project.bulk.writer() as writer:
        outcome = writer.write(rows)
    assert isinstance(outcome[0], int)
    assert {(p.field, p.code) for p in outcome[1]} == {
        ("statement", "required"),
        ("tags.0", "too_long"),
    }
    assert [(p.field, p.code) for p in outcome[2]] == [("rationale", "verdict_needs_rationale")]
    assert [(p.field, p.code) for p in outcome[3]] == [("claimant.name", "too_long")]
    assert found(project, "fine") == [outcome[0]]


def liar_like_csv(path: Path, rows: int, bad_line: int | None = None) -> Path:
    lines = ["statement,claimant,tags,notes"]
    for number in range(rows):
        statement = f"Statement {number} about taxes and the harbour"
        if bad_line is not None and number + 2 == bad_line:
            statement = "x" * 5001  # too long: this row is rejected
        lines.append(f'"{statement}",Speaker {number % 37},"economy; taxes",venue {number}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_csv_import_larger_than_a_batch_writes_every_good_row(project, tmp_path):
    rows = BATCH_SIZE + 300
    path = liar_like_csv(tmp_path / "claims.csv", rows, bad_line=BATCH_SIZE + 50)
    mapping = read_csv_preview(path).suggested
    result = run_to_end(import_claims_job(project, path, mapping, CancelToken()))
    assert result.imported == rows - 1
    assert [row.line for row in result.rejected] == [BATCH_SIZE + 50]
    assert result.rejected[0].problems[0].code == "too_long"
    assert result.sources_created == 37
    assert len(found(project, "harbour")) == rows - 1
    assert_triggers_intact(project)


def test_a_cancel_after_a_written_batch_keeps_nothing(project, tmp_path):
    path = liar_like_csv(tmp_path / "claims.csv", 2 * BATCH_SIZE + 10)
    token = CancelToken()
    seen = []

    def cancel_after_first_batch(progress):
        if progress.message == "Importing claims":
            seen.append(progress.done)
            if progress.done >= BATCH_SIZE:
                token.cancel()

    job = import_claims_job(project, path, read_csv_preview(path).suggested, token)
    with pytest.raises(Cancelled):
        run_to_end(job, cancel_after_first_batch)
    assert max(seen) >= BATCH_SIZE  # a whole batch had been written
    assert project.project.is_empty()
    assert found(project, "harbour") == []
    assert_triggers_intact(project)
    project.claims.create(ClaimInput("The harbour reopened."))
    assert len(found(project, "harbour")) == 1


def export(project: Project, path: Path) -> Path:
    run_to_end(export_job(project, ReportOptions(), JSON_FORMAT, path, CancelToken()))
    return path


def bulk_project(project: Project, count: int) -> None:
    rows = [
        NewClaim(
            ClaimInput(f"Claim {n} on grain and the harbour", tags=(f"t{n % 7}",)),
            claimant=SourceInput(f"Speaker {n % 11}"),
            status=Status.FALSE if n % 5 == 0 else None,
            rationale="Checked." if n % 5 == 0 else None,
        )
        for n in range(count)
    ]
    with project.bulk.writer() as writer:
        for start in range(0, count, BATCH_SIZE):
            writer.write(rows[start : start + BATCH_SIZE])


def test_the_json_import_streams_a_document_larger_than_a_batch(project, tmp_path):
    count = BATCH_SIZE * 2 + 123
    with Project.open(tmp_path / "source.sqlite3", actor="analyst") as source:
        bulk_project(source, count)
        path = export(source, tmp_path / "project.json")
        expected = {word: found(source, word) for word in ("harbour", "t3", '"speaker 4"')}
        stored = ProjectTransferService(source.database, source.actor).stored_rows()
    result = run_to_end(import_project_json_job(project, path, CancelToken()))
    assert result.claims == count
    assert ProjectTransferService(project.database, project.actor).stored_rows() == stored
    for word, ids in expected.items():
        assert sorted(found(project, word)) == sorted(ids), word
    assert_triggers_intact(project)
    # The sequences continue after the imported ids.
    assert project.claims.create(ClaimInput("Next one")).id == count + 1


def test_a_bad_row_after_written_batches_leaves_the_project_empty(project, tmp_path):
    count = BATCH_SIZE * 2 + 10
    with Project.open(tmp_path / "source.sqlite3", actor="analyst") as source:
        bulk_project(source, count)
        path = export(source, tmp_path / "project.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["claims"][-3]["status"] = "maybe"  # long after the first batches were written
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError) as raised:
        run_to_end(import_project_json_job(project, path, CancelToken()))
    assert raised.value.code == "json_bad_value"
    assert raised.value.params["where"] == ({"entity": "claim", "id": count - 2},)
    assert ProjectTransferService(project.database, project.actor).stored_rows() == {}
    assert_triggers_intact(project)


def test_sections_out_of_order_are_named(sqlite_project, tmp_path):
    with Project.open(tmp_path / "source.sqlite3", actor="analyst") as source:
        bulk_project(source, 3)
        document = json.loads(export(source, tmp_path / "p.json").read_text(encoding="utf-8"))
    text = json.dumps(document)
    # A second "tags" section at the end: json.loads would keep the last, unnoticed.
    (tmp_path / "late.json").write_text(text[:-1] + ', "tags": []}', encoding="utf-8")
    with pytest.raises(ExchangeError) as raised:
        run_to_end(import_project_json_job(sqlite_project, tmp_path / "late.json", CancelToken()))
    assert raised.value.code == "json_section_out_of_order"
    assert raised.value.params["section"] == "tags"
    assert raised.value.params["after"] == "audit_events"
    assert sqlite_project.project.is_empty()


tag_names = st.lists(
    st.sampled_from(["Tax", "tax", "TAX ", "Grain", "grain  exports", "Grain exports", "Öl", "öl"]),
    max_size=5,
)


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(tag_names, min_size=1, max_size=6))
# Found by hypothesis in CI: with "Öl" and "öl" both stored (SQLite folds ASCII only), a form
# saving "Öl" once picked whichever came back last.
@example(rows=[["Öl"], ["öl"], ["Öl"]])
def test_bulk_tags_are_the_tags_forms_saved_one_after_another_would_get(rows, tmp_path_factory):
    folder = tmp_path_factory.mktemp("tags")
    with Project.open(folder / "bulk.sqlite3", actor="a") as bulk:
        with bulk.bulk.writer() as writer:
            ids = writer.write([NewClaim(ClaimInput("c", tags=tuple(tags))) for tags in rows])
        bulk_tags = [bulk.claims.get(i).tags for i in ids], bulk.claims.tags()
    with Project.open(folder / "form.sqlite3", actor="a") as form:
        form_ids = [form.claims.create(ClaimInput("c", tags=tuple(tags))).id for tags in rows]
        form_tags = [form.claims.get(i).tags for i in form_ids], form.claims.tags()
    assert bulk_tags == form_tags


def test_claimants_keep_kind_and_reliability_of_their_first_row(sqlite_project):
    rows = [
        NewClaim(
            ClaimInput("a"),
            claimant=SourceInput("Ministry", SourceKind.ORGANISATION, reliability="A"),
        ),
        NewClaim(ClaimInput("b"), claimant=SourceInput("MINISTRY", SourceKind.PERSON)),
    ]
    with sqlite_project.bulk.writer() as writer:
        first, second = writer.write(rows)
    claimant = sqlite_project.claims.get(first).claimant
    assert claimant == sqlite_project.claims.get(second).claimant
    source = sqlite_project.sources.get(claimant.id)
    assert (source.kind, source.reliability) == (SourceKind.ORGANISATION, Reliability.A)


def test_a_long_run_of_digits_in_a_text_still_imports(sqlite_project, tmp_path):
    """ijson's C parser crashes on a number of more than 4,300 digits, so such a file is
    read by the Python parser: a statement holding that many digits is text, and imports."""
    digits = "7" * 5000
    with Project.open(tmp_path / "source.sqlite3", actor="analyst") as source:
        source.claims.create(ClaimInput("Serial " + digits[:4000], notes=digits))
        path = export(source, tmp_path / "digits.json")
    result = run_to_end(import_project_json_job(sqlite_project, path, CancelToken()))
    assert result.claims == 1
    assert sqlite_project.claims.get(1).notes == digits


def test_sqlite_rows_bind_values_as_sqlalchemy_binds_them(sqlite_project):
    """The SQLite fast path (tuples straight to sqlite3) stores what SQLAlchemy's own insert
    stores: dates, aware timestamps, JSON (None as JSON null), and the Python-side defaults
    of the columns a row leaves out."""
    from datetime import UTC, datetime

    from claimdesk.core.bulk_insert import insert_rows
    from claimdesk.core.models import AuditEvent, Claim

    at = datetime(2025, 6, 10, 12, 30, 5, 123456, tzinfo=UTC)
    claims = [
        {"id": 900 + n, "statement": f"Statement {n}", "claimed_on": date(2025, 6, n + 1),
         "quantity_value": n or None, "created_by": "a", "updated_by": "a", "version": 1,
         "updated_at": at}
        for n in range(3)
    ]  # fmt: skip
    events = [
        {"at": at, "actor": "a", "action": "create", "entity": "claims", "entity_id": n,
         "before": None, "after": {"id": n, "tags": ["Öl"], "when": "2025-06-10"}}
        for n in range(3)
    ]  # fmt: skip
    columns = "statement, claimed_on, quantity_value, credibility, status, updated_at, version"
    audited = "at, actor, action, entity, entity_id, before, after"
    stored = {}
    for way in ("sqlalchemy", "fast"):
        with sqlite_project.database.write("a") as session:
            connection = session.connection()
            for table, rows in ((Claim.__table__, claims), (AuditEvent.__table__, events)):
                if way == "fast":
                    insert_rows(connection, table, rows)
                else:
                    connection.execute(table.insert(), rows)
            stored[way] = (
                connection.exec_driver_sql(
                    f"SELECT {columns}, typeof(created_at) FROM claims WHERE id >= 900"
                ).all(),
                connection.exec_driver_sql(
                    f"SELECT {audited} FROM audit_events WHERE actor = 'a' ORDER BY id"
                ).all(),
            )
            connection.exec_driver_sql("DELETE FROM claims WHERE id >= 900")
            connection.exec_driver_sql("DELETE FROM audit_events WHERE actor = 'a'")
    assert stored["fast"] == stored["sqlalchemy"]
    claim_rows, event_rows = stored["fast"]
    assert [row[-1] for row in claim_rows] == ["text"] * 3  # created_at's default filled in
    assert event_rows[0][5] == "null"  # JSON null, as SQLAlchemy's JSON type stores None
