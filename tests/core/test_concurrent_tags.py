"""Creating a tag that exists is no error: analysts adding the same new tag at the same moment
all keep their saves, and share one tag. Each tag a save creates is audited once."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from claimdesk.core.enums import AuditAction
from claimdesk.core.models import AuditEvent, Tag
from claimdesk.core.project import Project

from .factories import soldiers_claim

ANALYSTS = 4
SAVES = 30


def tag_names(project: Project) -> list[str]:
    with project.database.read() as session:
        return sorted(session.scalars(sa.select(Tag.name)))


def test_new_tags_are_created_once_and_audited_existing_ones_reused(project):
    first = project.claims.create(soldiers_claim(project, tags=("Kursk", "Neu"))).id
    other = Project(project.database, actor="reviewer")
    second = other.claims.create(soldiers_claim(other, tags=("neu", "Drones", "kursk"))).id
    assert tag_names(project) == ["Drones", "Kursk", "Neu"]
    assert project.claims.get(second).tags == ("Drones", "Kursk", "Neu")
    assert project.claims.get(first).tags == ("Kursk", "Neu")
    with project.database.read() as session:
        created = session.execute(
            sa.select(AuditEvent.actor, AuditEvent.after)
            .where(AuditEvent.entity == "tags", AuditEvent.action == AuditAction.CREATE.value)
            .order_by(AuditEvent.id)
        ).all()
    assert [(actor, after["name"]) for actor, after in created] == [
        ("analyst", "Kursk"),
        ("analyst", "Neu"),
        ("reviewer", "Drones"),
    ]
    assert all(set(after) == {"id", "name"} for _, after in created)


@pytest.mark.postgresql
def test_analysts_adding_the_same_new_tag_at_once_all_keep_their_saves(postgres):
    """4 analysts × 30 saves; in each round all four add the same two new tags at the same
    moment (a barrier starts them together). Before: 84 of 120 saves failed."""
    url = postgres.create_database()
    barrier = threading.Barrier(ANALYSTS)
    errors: list[BaseException] = []
    saved: list[int] = []
    lock = threading.Lock()

    def analyst(number: int) -> None:
        with Project.open(url, actor=f"analyst {number}") as project:
            for round_ in range(SAVES):
                claim = soldiers_claim(project, tags=(f"Round {round_}", f"Wave {round_ // 3}"))
                barrier.wait(timeout=60)
                try:
                    claim_id = project.claims.create(claim).id
                except Exception as error:  # counted, not raised: every failure is reported
                    with lock:
                        errors.append(error)
                else:
                    with lock:
                        saved.append(claim_id)

    threads = [threading.Thread(target=analyst, args=(n,)) for n in range(ANALYSTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, f"{len(errors)} of {ANALYSTS * SAVES} saves failed: {errors[0]!r}"
    assert len(saved) == ANALYSTS * SAVES
    with Project.open(url, actor="checker") as project:
        names = tag_names(project)
        assert names == sorted(
            {f"Round {r}" for r in range(SAVES)} | {f"Wave {w}" for w in range(10)}
        )
        for claim_id in saved[:: ANALYSTS * 3]:
            tags = project.claims.get(claim_id).tags
            assert len(tags) == 2 and tags[0].startswith("Round ")
        with project.database.read() as session:
            audited = session.scalar(
                sa.select(sa.func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.entity == "tags")
            )
        assert audited == len(names)  # each tag created once, by whoever came first
