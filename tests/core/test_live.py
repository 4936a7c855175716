"""Live changes: every committed write on PostgreSQL notifies once, with what it changed; a
listener hears it, reconnects after a lost connection and stops when cancelled. Undo and redo
are marked in the audit trail on both backends."""

from __future__ import annotations

import dataclasses
import json
import queue
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from claimdesk.core import audit, live
from claimdesk.core.enums import AuditAction
from claimdesk.core.inputs import ClaimInput, RelationInput
from claimdesk.core.jobs import CancelToken
from claimdesk.core.live import ChangeListener, Notice, Touched
from claimdesk.core.project import Project
from claimdesk.core.records import Changes, HistoryQuery

from .factories import budanov, soldiers_claim


class Heard:
    """A ChangeListener driven on a thread; what it yields is queued for the test."""

    def __init__(self, project: Project):
        self.listener = ChangeListener(
            project.database, poll_seconds=0.05, retry_seconds=(0.05, 0.5)
        )
        self.token = CancelToken()
        self.notices: queue.Queue[Notice] = queue.Queue()
        self.errors: list[BaseException] = []
        self.thread = threading.Thread(target=self._run, name="test-live")
        self.thread.start()
        wait_for(lambda: self.listener.backend_pid is not None)

    def _run(self) -> None:
        try:
            for notice in self.listener.notices(self.token):
                self.notices.put(notice)
        except BaseException as error:  # reported by stop()
            self.errors.append(error)

    def next(self, seconds: float = 5.0) -> Notice:
        return self.notices.get(timeout=seconds)

    def nothing_within(self, seconds: float) -> bool:
        try:
            self.notices.get(timeout=seconds)
        except queue.Empty:
            return True
        return False

    def stop(self) -> float:
        """Cancel and join; returns how long the thread took to end, in seconds."""
        began = time.perf_counter()
        self.token.cancel()
        self.thread.join(5)
        assert not self.thread.is_alive(), "the listener did not stop"
        assert not self.errors, self.errors
        return time.perf_counter() - began


def wait_for(condition, seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


@pytest.fixture
def team(postgres) -> Iterator[tuple[Project, Project]]:  # type: ignore[no-untyped-def]
    """Two people on one server database: anna writes, ben listens."""
    url = postgres.create_database()
    with Project.open(url, actor="anna") as anna, Project.open(url, actor="ben") as ben:
        yield anna, ben
        assert anna.project.verify_audit().intact


@pytest.mark.postgresql
def test_a_committed_write_notifies_once_with_what_it_changed(team):
    anna, ben = team
    heard = Heard(ben)
    try:
        claimant = budanov(anna)
        notice = heard.next()
        assert notice.changes == Changes(sources=frozenset({claimant}))
        assert notice.actor == "anna" and not notice.own and notice.pid > 0
        assert notice.origin == anna.database.origin and notice.context is None
        assert abs((datetime.now(UTC) - notice.at).total_seconds()) < 60

        saved = anna.claims.create(soldiers_claim(anna, claimant))
        notice = heard.next()
        assert saved.id in notice.changes.claims and not notice.changes.everything
        assert heard.nothing_within(0.3)  # one transaction, one notification

        with anna.batch():  # three service calls, one transaction, one notification
            ids = [anna.claims.create(ClaimInput(statement=f"Claim {n}")).id for n in range(3)]
        assert heard.next().changes.claims == set(ids)
        assert heard.nothing_within(0.3)

        ben.claims.delete([ids[0]])
        mine = heard.next()
        assert mine.own and mine.actor == "ben" and mine.changes.claims == {ids[0]}
    finally:
        heard.stop()


@pytest.mark.postgresql
def test_a_rolled_back_transaction_notifies_nothing(team):
    anna, ben = team
    heard = Heard(ben)
    try:
        with pytest.raises(RuntimeError), anna.batch():
            anna.claims.create(ClaimInput(statement="Never kept"))
            raise RuntimeError("changed my mind")
        assert heard.nothing_within(0.5)
        kept = anna.claims.create(ClaimInput(statement="Kept")).id
        assert heard.next().changes.claims == {kept}
    finally:
        heard.stop()


@pytest.mark.postgresql
def test_a_relation_names_both_claims_and_an_undo_says_so(team):
    anna, ben = team
    first = anna.claims.create(ClaimInput(statement="First")).id
    second = anna.claims.create(ClaimInput(statement="Second")).id
    heard = Heard(ben)
    try:
        with audit.in_context(audit.UNDO):
            anna.relations.relate(RelationInput(first, second, "corroborates"))
        notice = heard.next()
        assert notice.changes.claims >= {first, second}
        assert notice.context == "undo"
    finally:
        heard.stop()


@pytest.mark.postgresql
def test_the_listener_reconnects_after_losing_its_connection(team, postgres):
    anna, ben = team
    heard = Heard(ben)
    admin = sa.create_engine(postgres.admin_url, isolation_level="AUTOCOMMIT")
    try:
        lost = heard.listener.backend_pid
        with admin.connect() as connection:
            assert connection.execute(sa.text(f"SELECT pg_terminate_backend({lost})")).scalar()
        again = heard.next()  # whatever was sent meanwhile is lost: everything may have changed
        assert again.reconnected and again.changes.everything
        assert heard.listener.backend_pid not in (None, lost)
        assert heard.listener.reconnections == 1
        made = anna.claims.create(ClaimInput(statement="After the break")).id
        assert heard.next().changes.claims == {made}
    finally:
        admin.dispose()
        assert heard.stop() < 1.0  # cancelled: ends within its poll interval


@pytest.mark.postgresql
def test_a_stopped_listener_closes_its_connection(team, postgres):
    _anna, ben = team
    heard = Heard(ben)
    pid = heard.listener.backend_pid
    heard.stop()
    admin = sa.create_engine(postgres.admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            query = sa.text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid")
            wait_for(lambda: connection.execute(query, {"pid": pid}).scalar() == 0, 5)
    finally:
        admin.dispose()


def test_undo_and_redo_writes_carry_their_context(project):
    saved = project.claims.create(ClaimInput(statement="Typed by hand"))
    before = ClaimInput.of(project.claims.get(saved.id))
    edited = project.claims.update(
        saved.id, dataclasses.replace(before, statement="Edited"), saved.version
    )
    with audit.in_context(audit.UNDO):
        undone = project.claims.update(saved.id, before, edited.version)
    with audit.in_context(audit.REDO):
        again = dataclasses.replace(before, statement="Edited")
        redone = project.claims.update(saved.id, again, undone.version)
    project.claims.update(saved.id, before, redone.version)  # by hand again

    undos = project.history.page(HistoryQuery(context="undo"))
    redos = project.history.page(HistoryQuery(context="redo"))
    assert [(e.action, e.entity_id, e.after) for e in undos] == [
        (AuditAction.UPDATE, saved.id, {"statement": "Typed by hand"})
    ]
    assert [(e.action, e.after) for e in redos] == [(AuditAction.UPDATE, {"statement": "Edited"})]
    plain = project.history.page(HistoryQuery(claim_id=saved.id))
    assert [e.context for e in plain] == [None, "redo", "undo", None, None]
    assert audit.current_context() is None


def test_a_context_inside_a_batch_marks_only_its_own_step(project):
    with project.batch():
        plain = project.claims.create(ClaimInput(statement="Plain")).id
        with audit.in_context(audit.UNDO):
            undone = project.claims.create(ClaimInput(statement="Undone")).id
        after = project.claims.create(ClaimInput(statement="After")).id
    contexts = {
        claim: {e.context for e in project.history.page(HistoryQuery(claim_id=claim))}
        for claim in (plain, undone, after)
    }
    assert contexts == {plain: {None}, undone: {"undo"}, after: {None}}


def test_sqlite_has_no_listener(sqlite_project):
    with pytest.raises(ValueError):
        ChangeListener(sqlite_project.database)


def test_touched_rows_become_changes():
    touched = Touched()
    touched.add(
        [
            {"entity": "claims", "entity_id": 1, "claim_id": 1},
            {"entity": "attribution_hops", "entity_id": 9, "claim_id": 2},
            {
                "entity": "claim_relations",
                "entity_id": 3,
                "claim_id": 4,
                "after": {"to_claim_id": 5},
            },
            {"entity": "sources", "entity_id": 6, "claim_id": None},
            {"entity": "article_captures", "entity_id": 8, "after": {"article_id": 7}},
            {"entity": "saved_views", "entity_id": 2, "claim_id": None},
            {"entity": "tags", "entity_id": 11, "claim_id": None},
        ]
    )
    assert touched.changes() == Changes(
        frozenset({1, 2, 4, 5}), frozenset({6}), frozenset({7}), False, frozenset({2})
    )
    touched.add([{"entity": "project_settings", "entity_id": 1, "claim_id": None}])
    assert touched.changes() == Changes(everything=True)

    many = Touched()
    many.add({"entity": "claims", "entity_id": n, "claim_id": n} for n in range(live.MAX_IDS + 1))
    assert many.changes() == Changes(everything=True)


def test_a_payload_stays_under_the_servers_limit_and_reads_back():
    at = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    small = live.encode(Changes(claims=frozenset({3, 1})), "abc", "anna", at, "redo")
    notice = live.decode(small, pid=42, own_origin="xyz")
    assert notice == Notice(Changes(claims=frozenset({1, 3})), "anna", at, "abc", 42, "redo")
    assert live.decode(small, own_origin="abc").own

    crowded = Changes(claims=frozenset(range(1_000_000, 1_000_900)))
    payload = live.encode(crowded, "abc", "ä" * 500, at)
    assert len(payload.encode("utf-8")) < 8000
    assert json.loads(payload)["everything"] is True
    assert live.decode(payload).changes == Changes(everything=True)

    assert live.decode("not json") is None
    assert live.decode(json.dumps({"v": 99, "at": "x"})) is None
