"""Four eyes: with the project setting on, a verdict waits until a second person confirms it;
the services enforce it everywhere, and on PostgreSQL the server enforces it for any client.
On PostgreSQL the users are the server's roles."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from claimdesk import cli
from claimdesk.core.enums import Status
from claimdesk.core.errors import StorageError, ValidationError
from claimdesk.core.inputs import ClaimInput
from claimdesk.core.project import Project
from claimdesk.core.records import HistoryQuery

from ..pg_roles import member
from .factories import soldiers_claim


def two_people(project: Project) -> tuple[Project, Project]:
    """Two named people on one project file (on PostgreSQL the server's roles are the
    people: see the tests at the end)."""
    return Project(project.database, actor="alice"), Project(project.database, actor="bob")


def test_a_verdict_waits_for_a_second_person(sqlite_project):
    alice, bob = two_people(sqlite_project)
    alice.project.set_four_eyes(True)
    claim = alice.claims.create(ClaimInput("About 11,000 soldiers are in Kursk.")).id
    change = alice.reviews.set_status([claim], Status.VERIFIED, "Three sources agree.")
    assert alice.claims.get(claim).status is Status.UNVERIFIED  # not yet
    (waiting,) = alice.reviews.awaiting()
    assert (waiting.claim_id, waiting.to_status, waiting.can_confirm) == (
        claim,
        Status.VERIFIED,
        False,
    )
    assert bob.reviews.awaiting()[0].can_confirm
    with pytest.raises(ValidationError) as refused:
        alice.reviews.confirm(change.review_ids)
    assert refused.value.problems["reviews"].code == "four_eyes_same_person"
    assert refused.value.problems["reviews"].params["role"] == "reviewer"
    bob.reviews.confirm(change.review_ids)
    assert bob.claims.get(claim).status is Status.VERIFIED
    review = bob.reviews.history(claim)[-1]
    assert (review.confirmed_by, review.awaiting_confirmation) == ("bob", False)
    assert bob.reviews.awaiting() == []
    # Audited like every change: who confirmed, when.
    events = bob.history.page(HistoryQuery(claim_id=claim, actors=frozenset({"bob"})))
    fields = {change.field for event in events for change in event.changes}
    assert {"confirmed_by", "awaiting_confirmation", "status"} <= fields


def test_the_claims_author_or_last_editor_cannot_confirm(sqlite_project):
    alice, bob = two_people(sqlite_project)
    carol = Project(sqlite_project.database, actor="carol")
    alice.project.set_four_eyes(True)
    claim = alice.claims.create(ClaimInput("Russia received about 120 Koksan guns.")).id
    given = bob.reviews.set_status([claim], Status.FALSE, "Customs data show fewer.")
    with pytest.raises(ValidationError) as refused:
        alice.reviews.confirm(given.review_ids)
    assert refused.value.problems["reviews"].params["role"] == "author"
    import dataclasses

    edited = dataclasses.replace(ClaimInput.of(carol.claims.get(claim)), notes="Checked.")
    carol.claims.update(claim, edited, expected_version=1)
    with pytest.raises(ValidationError) as refused:
        carol.reviews.confirm(given.review_ids)
    assert refused.value.problems["reviews"].params["role"] == "last_editor"
    Project(sqlite_project.database, actor="dave").reviews.confirm(given.review_ids)
    assert alice.claims.get(claim).status is Status.FALSE


def test_a_waiting_verdict_is_replaced_by_its_reviewer_only_and_sent_back_by_a_colleague(
    sqlite_project,
):
    alice, bob = two_people(sqlite_project)
    claim = alice.claims.create(soldiers_claim(alice)).id
    alice.reviews.set_status([claim], Status.VERIFIED, "Agreed.")
    assert alice.claims.get(claim).status is Status.VERIFIED  # no four eyes yet: at once
    alice.project.set_four_eyes(True)
    alice.reviews.set_status([claim], Status.FALSE, "New imagery.")
    alice.reviews.set_status([claim], Status.MISLEADING, "Imagery, read again.")  # her own
    (waiting,) = alice.reviews.awaiting()
    assert waiting.to_status is Status.MISLEADING
    # A colleague's different decision does not silently replace hers.
    with pytest.raises(ValidationError) as refused:
        bob.reviews.set_status([claim], Status.IN_PROGRESS)
    problem = refused.value.problems["claims"]
    assert (problem.code, problem.params["reviewer"]) == ("verdict_awaits_confirmation", "alice")
    bob.reviews.send_back([waiting.review_id])
    assert alice.reviews.awaiting() == []
    assert alice.claims.get(claim).status is Status.VERIFIED  # kept its status throughout
    sent = bob.history.page(HistoryQuery(claim_id=claim, actors=frozenset({"bob"})))
    assert [(e.entity, e.action.value) for e in sent] == [("reviews", "delete")]
    bob.reviews.set_status([claim], Status.IN_PROGRESS)  # not a verdict: applies at once
    assert alice.claims.get(claim).status is Status.IN_PROGRESS


def test_an_import_with_verdicts_waits_too(project, tmp_path):
    project.project.set_four_eyes(True)
    path = tmp_path / "claims.csv"
    path.write_text(
        "statement,status,rationale\nThe bridge was hit.,verified,Two videos.\n", encoding="utf-8"
    )
    assert cli.main(["import", "claims", str(path), "--db", project.database.location]) == 0
    waiting = project.reviews.awaiting()
    assert len(waiting) == 1 and waiting[0].to_status is Status.VERIFIED
    assert project.claims.get(waiting[0].claim_id).status is Status.UNVERIFIED


def test_four_eyes_on_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "p.sqlite3")
    Project.open(db).close()
    assert cli.main(["--user", "alice", "settings", "--db", db, "--four-eyes", "on", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["four_eyes"] is True
    with Project.open(db, actor="alice") as alice:
        claim = alice.claims.create(ClaimInput("A depot burned.")).id
        review = alice.reviews.set_status([claim], Status.VERIFIED, "Satellite images.").review_ids[
            0
        ]
    assert cli.main(["--user", "bob", "review", "awaiting", "--mine", "--db", db, "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["review_id"] == review and item["can_confirm"] is True
    assert cli.main(["--user", "alice", "review", "confirm", str(review), "--db", db]) == 1
    assert "needs a second person's confirmation" in capsys.readouterr().err
    assert cli.main(["--user", "bob", "review", "confirm", str(review), "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["claims"] == [claim]
    with Project.open(db, actor="alice") as alice:
        again = alice.reviews.set_status([claim], Status.FALSE, "Old footage after all.")
    sent = ["--user", "bob", "review", "send-back", str(again.review_ids[0]), "--db", db]
    assert cli.main(sent) == 0
    assert capsys.readouterr().out.startswith("Verdicts sent back: 1 (claims")
    with Project.open(db, actor="carol") as carol:
        assert carol.reviews.awaiting() == [] and carol.claims.get(claim).status is Status.VERIFIED


# --- PostgreSQL: server roles, current_user, and a server that cannot be bypassed ----------


@pytest.fixture
def team(postgres):
    """A project database with the team roles: alice an analyst, bob a reviewer, rita a
    reader; each URL connects as that server user."""
    url = postgres.create_database()
    return {
        "alice": member(postgres, url, "alice", "analyst"),
        "bob": member(postgres, url, "bob", "reviewer"),
        "rita": member(postgres, url, "rita", "reader"),
        "admin": url,
    }


@pytest.mark.postgresql
def test_on_postgresql_the_users_are_the_servers_roles_and_four_eyes_holds(team, capsys):
    with Project.open(team["admin"], actor="owner") as owner:
        owner.project.set_four_eyes(True)  # the project's rules are its owner's to set
    with (
        Project.open(team["alice"], create=False) as alice,
        Project.open(team["bob"], create=False) as bob,
    ):
        assert (alice.actor, bob.actor) == ("alice", "bob")
        claim = alice.claims.create(ClaimInput("About 11,000 soldiers are in Kursk.")).id
        review = alice.reviews.set_status([claim], Status.VERIFIED, "Agreed.").review_ids[0]
        with pytest.raises(ValidationError):
            alice.reviews.confirm([review])
        bob.reviews.confirm([review])
        assert bob.claims.get(claim).status is Status.VERIFIED
        assert bob.reviews.history(claim)[-1].confirmed_by == "bob"
        capsys.readouterr()


@pytest.mark.postgresql
def test_a_second_client_cannot_bypass_four_eyes_on_the_server(team):
    with Project.open(team["admin"], actor="owner") as owner:
        owner.project.set_four_eyes(True)
    with Project.open(team["alice"], create=False) as alice:
        claim = alice.claims.create(ClaimInput("A depot burned.")).id
        review = alice.reviews.set_status([claim], Status.FALSE, "Old footage.").review_ids[0]
    engine = sa.create_engine(team["alice"])
    attempts = [
        "UPDATE claims SET status = 'false' WHERE id = %(claim)s",
        "UPDATE reviews SET awaiting_confirmation = false, confirmed_by = 'alice', "
        "confirmed_at = now() WHERE id = %(review)s",
        "UPDATE reviews SET awaiting_confirmation = false, confirmed_by = 'bob', "
        "confirmed_at = now() WHERE id = %(review)s",
        "INSERT INTO reviews (claim_id, from_status, to_status, reviewer, created_at, "
        "awaiting_confirmation) "
        "VALUES (%(claim)s, 'unverified', 'verified', 'alice', now(), false)",
        "UPDATE reviews SET to_status = 'verified' WHERE id = %(review)s",
    ]
    for statement in attempts:
        with pytest.raises(sa.exc.DBAPIError) as refused, engine.begin() as connection:
            connection.exec_driver_sql(statement, {"claim": claim, "review": review})
        assert "claimdesk" in str(refused.value.orig), statement
    # An analyst who is not a reviewer may not confirm either, even a colleague's verdict.
    with Project.open(team["bob"], create=False) as bob:
        bob_claim = bob.claims.create(ClaimInput("A bridge was hit.")).id
        bob_review = bob.reviews.set_status([bob_claim], Status.VERIFIED, "Video.").review_ids[0]
    with Project.open(team["alice"], create=False) as alice:
        assert not alice.reviews.awaiting()[-1].can_confirm
        with pytest.raises(ValidationError) as no:
            alice.reviews.confirm([bob_review])
        assert no.value.problems["reviews"].params["role"] == "not_reviewer"
    # … and the server says the same to a client that skips the services.
    with pytest.raises(sa.exc.DBAPIError) as refused, engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE reviews SET awaiting_confirmation = false, confirmed_by = 'alice', "
            "confirmed_at = now() WHERE id = %(review)s",
            {"review": bob_review},
        )
    assert "claimdesk_reviewer role" in str(refused.value.orig)
    engine.dispose()


@pytest.mark.postgresql
def test_a_reader_can_open_and_export_but_the_server_refuses_writes(team, tmp_path, capsys):
    with Project.open(team["admin"], actor="admin") as admin:
        admin.claims.create(ClaimInput("A depot burned."))
    with Project.open(team["rita"], create=False) as rita:
        assert rita.actor == "rita" and not rita.database.can_write
        assert rita.claims.get(1).statement == "A depot burned."
        with pytest.raises(StorageError) as refused:
            rita.claims.create(ClaimInput("Mine."))
        assert refused.value.code == "server_refused_write"
    out = tmp_path / "report.html"
    assert cli.main(["export", "--db", team["rita"], "-f", "html", "-o", str(out)]) == 0
    assert out.exists()
    assert cli.main(["--db", team["rita"], "settings", "--four-eyes", "on"]) == 1
    assert "may read this project but not change it" in capsys.readouterr().err
    with Project.open(team["alice"], create=False) as alice:
        assert alice.database.can_write


@pytest.mark.parametrize("kind", ["md", "html", "pdf", "csv"])
def test_reports_tell_a_waiting_verdict_from_the_judgement_and_name_the_confirmer(
    sqlite_project, tmp_path, kind, request
):
    import subprocess

    if kind == "pdf":
        # Printing in this process needs Qt; the QApplication the window tests share comes
        # first (a bare QGuiApplication made by the export would leave them without one).
        request.getfixturevalue("qapp")

    alice, bob = two_people(sqlite_project)
    alice.project.set_four_eyes(True)
    waits = alice.claims.create(ClaimInput("A depot burned near Kursk.")).id
    confirmed = alice.claims.create(ClaimInput("A bridge was hit.")).id
    bob.reviews.set_status([waits], Status.FALSE, "The footage is from 2023.")
    given = bob.reviews.set_status([confirmed], Status.VERIFIED, "Two videos agree.")
    Project(sqlite_project.database, actor="carol").reviews.confirm(given.review_ids)
    out = tmp_path / f"report.{kind}"
    db = sqlite_project.database.url.database
    assert cli.main(["export", "--db", db, "-f", kind, "-o", str(out)]) == 0
    if kind == "pdf":
        written = subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
    else:
        written = out.read_text(encoding="utf-8")
    if kind == "csv":  # data: the columns of the judgement, never a waiting verdict's
        assert "Two videos agree." in written and "The footage is from 2023." not in written
        return
    assert "Awaiting confirmation" in written
    assert "confirmed by carol" in written
    flat = " ".join(written.split())
    assert "Judgement: False" not in flat and "Judgement:** False" not in flat
