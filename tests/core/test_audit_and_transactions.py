"""Every change leaves an audit event in its own transaction; failures leave nothing."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest
import sqlalchemy as sa

from claimdesk.core.enums import AuditAction, Status
from claimdesk.core.errors import ConflictError, ValidationError
from claimdesk.core.inputs import ClaimInput, SourceInput
from claimdesk.core.models import AuditEvent, Claim
from claimdesk.core.project import Project

from .factories import budanov, soldiers_claim


def count_audit(project: Project) -> int:
    with project.database.read() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(AuditEvent))


def test_create_update_delete_are_audited_with_who_and_what(project):
    saved = project.claims.create(soldiers_claim(project))
    edited = dataclasses.replace(ClaimInput.of(project.claims.get(saved.id)), statement="Changed")
    other = Project(project.database, actor="reviewer")
    other.claims.update(saved.id, edited, expected_version=1)
    other.reviews.set_status([saved.id], Status.FALSE, "Imagery shows fewer.")
    project.claims.delete([saved.id])
    trail = project.project.audit_trail("claims", saved.id)
    assert [event.action for event in trail] == [
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.UPDATE,
        AuditAction.DELETE,
    ]
    created, edit, verdict, deleted = trail
    assert created.actor == "analyst" and created.after["statement"].startswith("About 11,000")
    assert created.after["tags"] == ["Kursk", "North Korea"]
    assert edit.actor == "reviewer"
    assert edit.before == {"statement": created.after["statement"]}
    assert edit.after == {"statement": "Changed"}
    assert verdict.before == {"status": "unverified"} and verdict.after == {"status": "false"}
    assert deleted.before["deleted_at"] is None and deleted.after["deleted_at"] is not None
    review_trail = project.project.audit_trail("reviews", project.reviews.history(saved.id)[0].id)
    assert review_trail[0].after["rationale"] == "Imagery shows fewer."


def test_a_failed_action_writes_no_audit_event(project):
    before = count_audit(project)
    with pytest.raises(ValidationError):
        project.claims.create(ClaimInput(statement=""))
    assert count_audit(project) == before


def test_a_batch_is_all_or_nothing(project):
    speaker = budanov(project)
    with pytest.raises(ValidationError), project.batch():
        project.claims.create(soldiers_claim(project, speaker))
        project.sources.create(SourceInput("Another"))
        project.claims.create(ClaimInput(statement=""))
    counts = project.project.info().counts
    assert counts["claims"] == 0 and counts["sources"] == 1


def test_a_batch_commits_together_and_reads_its_own_writes(project):
    with project.batch():
        speaker = budanov(project)
        claim = project.claims.create(soldiers_claim(project, speaker)).id
        assert project.claims.get(claim).claimant.id == speaker
    assert project.project.info().counts == {
        "sources": 1,
        "articles": 0,
        "claims": 1,
        "citations": 0,
        "reviews": 0,
    }


def test_a_read_sees_one_snapshot_while_others_write(project):
    # An export reads table after table: a claim saved meanwhile must not appear in some
    # tables and not in others.
    speaker = budanov(project)
    project.claims.create(soldiers_claim(project, speaker))
    claims = sa.select(sa.func.count()).select_from(Claim)
    with project.database.read() as session:
        before = session.scalar(claims)
        project.claims.create(soldiers_claim(project, speaker))  # its own transaction
        assert session.scalar(claims) == before == 1
    with project.database.read() as session:
        assert session.scalar(claims) == 2


@pytest.mark.postgresql
def test_reads_on_postgresql_cannot_write(postgres):
    with Project.open(postgres.create_database()) as project:
        project.claims.create(soldiers_claim(project))
        read = project.database.read()
        with pytest.raises(sa.exc.DBAPIError, match="read-only"), read as session:
            session.execute(sa.delete(Claim))
        assert project.project.info().counts["claims"] == 1


@pytest.mark.postgresql
def test_two_sessions_racing_on_postgresql_one_gets_a_conflict(postgres):
    """Both editors read version 1. Ben's UPDATE waits on Anna's row lock; when Anna commits,
    Ben's UPDATE … WHERE version = 1 matches nothing, and Ben gets a conflict, not a lost edit."""
    url = postgres.create_database()
    with Project.open(url, actor="anna") as anna, Project.open(url, actor="ben") as ben:
        claim = anna.claims.create(soldiers_claim(anna)).id
        started = threading.Event()
        result: dict[str, object] = {}

        def bens_edit() -> None:
            started.wait()
            try:
                ben.claims.update(claim, soldiers_claim(ben, statement="Ben's version"), 1)
                result["ben"] = "saved"
            except ConflictError as error:
                result["ben"] = error

        thread = threading.Thread(target=bens_edit)
        thread.start()
        # Anna's transaction updates the row and holds its lock while Ben starts his save.
        engine = sa.create_engine(url)
        with engine.begin() as connection:
            connection.execute(
                sa.text(
                    "UPDATE claims SET statement = 'Anna''s version', version = 2 WHERE id = :id"
                ),
                {"id": claim},
            )
            started.set()
            time.sleep(0.5)
        thread.join(timeout=30)
        engine.dispose()
        assert isinstance(result["ben"], ConflictError)
        assert result["ben"].current_version == 2
        assert anna.claims.get(claim).statement == "Anna's version"


@pytest.mark.postgresql
def test_two_projects_on_postgresql_see_each_others_changes(postgres):
    url = postgres.create_database()
    with Project.open(url, actor="anna") as anna, Project.open(url, actor="ben") as ben:
        claim = anna.claims.create(soldiers_claim(anna)).id
        ben.reviews.set_status([claim], Status.VERIFIED, "Confirmed by two sources.")
        assert anna.claims.get(claim).status is Status.VERIFIED
        with pytest.raises(ConflictError):
            anna.claims.update(claim, soldiers_claim(anna, statement="stale"), 1)
