"""The audit trail is a hash chain: a change made behind Claimdesk's back, to an event or to a
row, is found and named; an upgraded or imported project says where its chain begins."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from claimdesk import cli
from claimdesk.core import migrate
from claimdesk.core.audit_chain import GENESIS, event_hash
from claimdesk.core.db import open_database
from claimdesk.core.demo import create_demo
from claimdesk.core.enums import AuditAction, Status
from claimdesk.core.errors import StorageError
from claimdesk.core.inputs import ClaimInput, EvidenceInput
from claimdesk.core.models import AuditEvent
from claimdesk.core.project import Project
from claimdesk.core.records import HistoryQuery

from ..pg_roles import member
from .factories import soldiers_claim


def chain(project: Project) -> list[sa.Row]:
    table = AuditEvent.__table__
    with project.database.read() as session:
        return list(
            session.execute(sa.select(table).where(table.c.seq.is_not(None)).order_by(table.c.seq))
        )


def test_a_new_project_begins_its_chain_and_every_change_links_to_the_one_before(project):
    first = chain(project)
    assert len(first) == 1 and first[0].action == "origin"
    assert first[0].after["origin"] == "new" and len(first[0].after["project_id"]) == 32
    saved = project.claims.create(soldiers_claim(project))
    project.reviews.set_status([saved.id], Status.FALSE, "Imagery shows fewer.")
    events = chain(project)
    assert [event.seq for event in events] == list(range(1, len(events) + 1))
    previous = GENESIS
    for event in events:
        assert event.prev_hash == previous
        assert event.hash == event_hash(dict(event._mapping))
        previous = event.hash
    report = project.project.verify_audit()
    assert report.intact and report.head_hash == previous and report.chained == len(events)


def test_a_claims_history_holds_its_parts(project):
    saved = project.claims.create(soldiers_claim(project))
    change = project.reviews.set_status(
        [saved.id], Status.FALSE, "Imagery shows fewer.", [EvidenceInput(url="https://x.example/a")]
    )
    project.reviews.withdraw(change.review_ids)
    records = project.history.page(HistoryQuery(claim_id=saved.id))
    entities = {(r.entity, r.action) for r in records}
    assert ("reviews", AuditAction.CREATE) in entities
    assert ("review_evidence", AuditAction.CREATE) in entities
    # Withdrawn with its review: the evidence's deletion still names the claim.
    assert ("review_evidence", AuditAction.DELETE) in entities
    review = next(r for r in records if r.entity == "reviews" and r.action is AuditAction.CREATE)
    assert review.rationale == "Imagery shows fewer."
    assert [r.id for r in records] == sorted((r.id for r in records), reverse=True)


@pytest.mark.tampers
def test_an_event_changed_with_sqlite3_is_named(sqlite_project, capsys):
    create_demo(sqlite_project)
    path = sqlite_project.database.url.database
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE audit_events SET actor = 'mallory' WHERE seq = 12")
    raw.close()
    report = sqlite_project.project.verify_audit()
    assert not report.intact
    assert (report.broken.code, report.broken.seq) == ("content_changed", 12)
    assert cli.main(["audit", "verify", "--db", path]) == 1
    out = capsys.readouterr().out
    assert "Audit chain broken at event 12" in out and "content was changed" in out
    assert cli.main(["audit", "verify", "--db", path, "--json"]) == 1
    found = json.loads(capsys.readouterr().out)
    assert found["intact"] is False and found["broken"]["seq"] == 12


@pytest.mark.tampers
@pytest.mark.parametrize(
    ("statement", "code", "seq"),
    [
        ("DELETE FROM audit_events WHERE seq = 7", "missing_event", 7),
        ("UPDATE audit_events SET hash = '" + "0" * 64 + "' WHERE seq = 5", "content_changed", 5),
        (
            "DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)",
            "head_mismatch",
            None,
        ),
    ],
    ids=["removed", "rehashed", "cut off the end"],
)
def test_removing_or_rehashing_an_event_breaks_the_chain(sqlite_project, statement, code, seq):
    create_demo(sqlite_project)
    with sqlite3.connect(sqlite_project.database.url.database) as raw:
        raw.execute(statement)
    raw.close()
    broken = sqlite_project.project.verify_audit().broken
    assert broken is not None and broken.code == code
    if seq is not None:
        assert broken.seq == seq


@pytest.mark.tampers
def test_rows_changed_inserted_or_deleted_behind_the_trail_are_named(sqlite_project, capsys):
    create_demo(sqlite_project)
    path = sqlite_project.database.url.database
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE claims SET statement = 'Nothing happened.' WHERE id = 2")
        raw.execute("UPDATE sources SET reliability = 'A' WHERE id = 1")
        raw.execute("DELETE FROM claim_tags WHERE claim_id = 5")
        raw.execute("DELETE FROM citations WHERE id = 4")
        raw.execute("INSERT INTO tags (name) VALUES ('slipped in')")
    raw.close()
    report = sqlite_project.project.verify_audit()
    assert report.broken is None  # the events are whole: the rows are not what they say
    found = {(d.entity, d.entity_id, d.code, d.field) for d in report.differences}
    assert ("claims", 2, "changed", "statement") in found
    assert ("sources", 1, "changed", "reliability") in found
    assert ("citations", 4, "missing", None) in found
    assert any(d[0] == "tags" and d[2] == "unrecorded" for d in found)
    changed = next(d for d in report.differences if d.field == "statement")
    assert changed.current == "Nothing happened." and changed.recorded != changed.current
    assert cli.main(["audit", "verify", "--db", path]) == 1
    out = capsys.readouterr().out
    assert "Claim 2: Statement differs from the trail" in out


def psql(url: str, statement: str) -> subprocess.CompletedProcess[str]:
    plain = sa.engine.make_url(url).set(drivername="postgresql")
    return subprocess.run(
        [
            *("psql", "-q", "-v", "ON_ERROR_STOP=1"),
            plain.render_as_string(hide_password=False),
            *("-c", statement),
        ],
        capture_output=True,
        text=True,
    )


@pytest.mark.postgresql
def test_the_server_refuses_to_rewrite_the_trail_and_a_dba_who_goes_around_is_caught(
    postgres, capsys
):
    url = postgres.create_database()
    with Project.open(url, actor="analyst") as project:
        create_demo(project)
    change = 'UPDATE audit_events SET after = \'{"statement": "x"}\' WHERE seq = 9'
    refused = psql(url, change)
    assert refused.returncode != 0 and "is never changed" in refused.stderr
    assert "is never deleted" in psql(url, "DELETE FROM audit_events WHERE seq = 70").stderr
    # The database owner can switch the triggers off for a session; verify finds the edit.
    went_around = psql(url, f"SET session_replication_role = replica; {change}")
    assert went_around.returncode == 0, went_around.stderr
    assert cli.main(["audit", "verify", "--db", url]) == 1
    assert "Audit chain broken at event 9" in capsys.readouterr().out


@pytest.mark.postgresql
def test_team_roles_cannot_touch_the_trail_or_the_projects_rules(postgres):
    url = postgres.create_database()
    # Role memberships are the server's, shared by every test database: a name of its own.
    trudy = member(postgres, url, "trudy", "reviewer")
    with Project.open(trudy, create=False) as project:
        project.claims.create(ClaimInput("A depot burned."))
        with pytest.raises(StorageError) as refused:
            project.project.set_four_eyes(True)
        assert refused.value.code == "server_refused_write"
        assert not project.database.can_change_settings
    with Project.open(url, actor="owner") as owner:
        assert owner.database.can_change_settings
    for statement in (
        "UPDATE audit_events SET actor = 'x' WHERE seq = 2",
        "DELETE FROM audit_events WHERE seq = 2",
        "UPDATE project_settings SET four_eyes = false",
        "DELETE FROM audit_chain_head",
    ):
        result = psql(trudy, statement)
        assert result.returncode != 0, statement
        assert "permission denied" in result.stderr or "claimdesk trail" in result.stderr


@pytest.mark.postgresql
def test_concurrent_writers_on_postgresql_keep_one_unbroken_chain(postgres):
    url = postgres.create_database()
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            with Project.open(url, actor=name) as project:
                for number in range(8):
                    project.claims.create(ClaimInput(f"{name} says {number}."))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=write, args=(f"writer{n}",)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with Project.open(url, actor="checker") as project:
        report = project.project.verify_audit()
        assert report.intact, report.to_json()
        assert report.chained == 1 + 8 * 8  # the origin, one event per claim


@pytest.mark.tampers
def test_a_forged_event_with_a_recomputed_hash_breaks_the_next_link(sqlite_project):
    create_demo(sqlite_project)
    table = AuditEvent.__table__
    with sqlite_project.database.engine.begin() as connection:
        event = dict(connection.execute(sa.select(table).where(table.c.seq == 5)).one()._mapping)
        event["actor"] = "mallory"
        connection.execute(
            table.update().where(table.c.seq == 5).values(actor="mallory", hash=event_hash(event))
        )
    broken = sqlite_project.project.verify_audit().broken
    assert (broken.code, broken.seq) == ("link_broken", 6)


def test_an_upgraded_project_says_where_its_chain_begins(tmp_path):
    path = tmp_path / "old.sqlite3"
    with Project.open(path, actor="analyst") as project:
        create_demo(project)
    database = open_database(path)
    migrate.downgrade(database.engine, "0011")
    with database.engine.connect() as connection:
        earlier = connection.scalar(sa.text("SELECT count(*) FROM audit_events"))
    database.close()
    with Project.open(path, actor="analyst") as project:
        report = project.project.verify_audit()
        assert report.intact, report.to_json()
        assert report.chained == 1 and report.events == earlier + 1
        (origin,) = report.origins
        assert origin["origin"] == "upgrade" and origin["from_revision"] == "0011"
        assert origin["earlier_events"] == earlier
        # The earlier history still reads per claim, and new changes join the chain.
        assert project.history.page(HistoryQuery(claim_id=2))
        project.claims.delete([2])
        assert project.project.verify_audit().chained == 2


def test_history_filters_pages_and_csv(project, tmp_path):
    saved = project.claims.create(soldiers_claim(project))
    other = Project(project.database, actor="reviewer")
    other.reviews.set_status([saved.id], Status.FALSE, "Imagery shows fewer.")
    everything = project.history.page(HistoryQuery())
    assert project.history.count(HistoryQuery()) == len(everything)
    by_reviewer = project.history.page(HistoryQuery(actors=frozenset({"reviewer"})))
    assert by_reviewer and {r.actor for r in by_reviewer} == {"reviewer"}
    assert set(project.history.actors()) >= {"analyst", "reviewer"}
    created = project.history.page(HistoryQuery(actions=frozenset({AuditAction.CREATE})))
    assert {r.action for r in created} == {AuditAction.CREATE}
    today = everything[0].at.date()
    assert len(project.history.page(HistoryQuery(since=today, until=today))) == len(everything)
    assert project.history.page(HistoryQuery(until=today.replace(year=today.year - 1))) == []
    first = project.history.page(HistoryQuery(), limit=2)
    rest = project.history.page(HistoryQuery(), before_id=first[-1].id, limit=1000)
    assert [r.id for r in first + rest] == [r.id for r in everything]

    target = tmp_path / "history.csv"
    from claimdesk.core.jobs import CancelToken, run_to_end

    written = run_to_end(project.history.export_csv_job(HistoryQuery(), target, CancelToken()))
    assert written == len(everything)
    import csv

    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    verdict = [r for r in rows if r["entity"] == "claims" and r["field"] == "status" and r["old"]]
    assert verdict and verdict[0]["old"] == "unverified" and verdict[0]["new"] == "false"
    assert verdict[0]["actor"] == "reviewer"
    cancelled = CancelToken()
    cancelled.cancel()
    from claimdesk.core.errors import Cancelled

    with pytest.raises(Cancelled):
        run_to_end(project.history.export_csv_job(HistoryQuery(), tmp_path / "no.csv", cancelled))
    assert not any(p.name.startswith(("no.csv", ".no.csv")) for p in Path(tmp_path).iterdir())


def test_audit_log_on_the_command_line(tmp_path, capsys):
    path = str(tmp_path / "p.sqlite3")
    assert cli.main(["demo", "--db", path]) == 0
    capsys.readouterr()
    assert cli.main(["audit", "verify", "--db", path]) == 0
    assert capsys.readouterr().out.strip().endswith("events, chain intact")
    assert cli.main(["audit", "log", "--db", path, "--claim", "2", "--json", "--limit", "500"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert events and {e["claim_id"] for e in events} == {2}
    assert cli.main(["audit", "log", "--db", path, "--csv", str(tmp_path / "h.csv")]) == 0
    assert (tmp_path / "h.csv").read_text(encoding="utf-8").startswith("id,seq,at,actor")
    with pytest.raises(SystemExit) as ended:
        cli.main(["audit", "log", "--db", path, "--since", "yesterday"])
    assert ended.value.code == 2
    assert "not a day (YYYY-MM-DD): yesterday" in capsys.readouterr().err


def test_imported_rows_say_so_in_the_trail(project, tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("statement\nA depot burned.\nA bridge was hit.\n", encoding="utf-8")
    assert cli.main(["import", "claims", str(path), "--db", project.database.location]) == 0
    imported = project.history.page(HistoryQuery(context="import"))
    assert {r.entity for r in imported} == {"claims"} and len(imported) == 2


def test_events_of_a_rolled_back_step_in_a_batch_stay_out_of_the_chain(project):
    """A failed step inside a batch is undone alone (a savepoint): its events vanish with it,
    and the events written after it (on SQLite under the same, reused ids) are linked."""
    from claimdesk.core.models import Source

    before = project.project.verify_audit().chained
    with project.batch():
        project.claims.create(ClaimInput("Kept before."))
        with pytest.raises(RuntimeError), project.database.write("analyst") as session:
            session.add(Source(kind="person", name="Never kept", reliability="F", version=1))
            session.flush()
            raise RuntimeError("this step fails")
        project.claims.create(ClaimInput("Kept after."))
    report = project.project.verify_audit()
    assert report.intact, report.to_json()
    assert report.chained == before + 2
    events = project.history.page(HistoryQuery())
    assert not any(event.entity == "sources" for event in events)
    assert all(event.seq is not None for event in events)


def test_a_change_at_the_end_of_a_long_text_shows_in_the_message():
    from claimdesk.ui.trail_texts import differing_parts

    start = "About 11,000 North Korean soldiers are now with Russian forces in the Kursk region"
    recorded, current = differing_parts(start + ", Budanov says.", start + ", NIS says.")
    assert "Budanov" in recorded and "NIS" in current and recorded != current
    assert differing_parts("short", "shorter") == ("short", "shorter")


def test_audit_log_says_what_it_left_out_and_writes_csv_to_the_terminal(tmp_path, capsys):
    path = str(tmp_path / "p.sqlite3")
    assert cli.main(["demo", "--db", path]) == 0
    capsys.readouterr()
    assert cli.main(["audit", "log", "--db", path, "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "The newest 3 of " in out and "--limit N shows more" in out
    assert cli.main(["audit", "log", "--db", path, "--claim", "999"]) == 0
    assert capsys.readouterr().out.strip() == "No event matches."
    assert cli.main(["audit", "log", "--db", path, "--csv", "-", "--claim", "2"]) == 0
    assert capsys.readouterr().out.startswith("id,seq,at,actor")
    assert cli.main(["audit", "log", "--db", path, "--csv", str(tmp_path / "no" / "h.csv")]) == 1
    assert "there is no folder" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["audit", "log", "--db", path, "--limit", "0"])
