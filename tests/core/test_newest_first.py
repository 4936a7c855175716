"""Pages of lists narrowed by status and claim dates, read near the newest (or oldest) claim on
SQLite: the same rows as the planner's plan, whichever way they were found."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from bench.generate_db import EPOCH, generate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from claimdesk.core.enums import Status
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.project import Project
from claimdesk.core.services import newest_first
from claimdesk.core.services.claim_list import ClaimQuery, ClaimSort

CLAIMS = 3_000


@pytest.fixture(scope="module")
def spread(tmp_path_factory) -> Iterator[Project]:
    """Claim dates and statuses spread evenly over the ids, as the benchmark's."""
    path = tmp_path_factory.mktemp("newest") / "claims.sqlite3"
    generate(str(path), claims=CLAIMS, articles=10, sources=40)
    with Project.open(path) as project:
        yield project


@pytest.fixture(autouse=True)
def small_sample(monkeypatch):
    # A tenth of these databases, as 2,000 ids are of a million: both plans get their turn.
    monkeypatch.setattr(newest_first, "SAMPLE", 300)


@contextmanager
def statements(project: Project) -> Iterator[list[str]]:
    """The SQL the page runs, SQLAlchemy's and the driver's alike."""
    seen: list[str] = []

    def traced(connection, _record):
        connection.set_trace_callback(seen.append)

    project.database.engine.dispose()
    event.listen(project.database.engine, "connect", traced)
    try:
        yield seen
    finally:
        event.remove(project.database.engine, "connect", traced)
        project.database.engine.dispose()


def page_statement(seen: list[str]) -> str:
    return next(s for s in seen if s.startswith("SELECT id FROM claims INDEXED BY"))


def planned_ids(project: Project, query: ClaimQuery, offset: int, limit: int) -> list[int]:
    return project.claim_list.ids(query, offset, limit)  # the planner's plan, always


def page_ids(project: Project, query: ClaimQuery, offset: int, limit: int) -> list[int]:
    return [row.id for row in project.claim_list.page(query, offset, limit)]


def narrowed(statuses: set[Status], start: int | None, days: int | None) -> ClaimFilter:
    first = None if start is None else EPOCH + timedelta(days=start)
    last = None if first is None or days is None else first + timedelta(days=days)
    return ClaimFilter(statuses=frozenset(statuses), claimed_from=first, claimed_to=last)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    statuses=st.sets(st.sampled_from(list(Status)), max_size=3),
    start=st.one_of(st.none(), st.integers(0, 1700)),
    days=st.one_of(st.none(), st.sampled_from([0, 7, 30, 365, 2000])),
    offset=st.sampled_from([0, 1, 99, 100, 250, 700, 2_500]),
    limit=st.sampled_from([1, 20, 100]),
    sort=st.sampled_from([ClaimSort.ID, ClaimSort.RELEVANCE]),
    descending=st.booleans(),
)
def test_pages_are_the_planners_pages(
    spread, statuses, start, days, offset, limit, sort, descending
):
    query = ClaimQuery(narrowed(statuses, start, days), sort, descending)
    assert page_ids(spread, query, offset, limit) == planned_ids(spread, query, offset, limit)


def test_dense_lists_walk_and_sparse_ones_sort_a_bounded_part(spread):
    dense = ClaimQuery(ClaimFilter(statuses=frozenset({Status.UNVERIFIED, Status.VERIFIED})))
    sparse = ClaimQuery(narrowed({Status.FALSE}, 300, 600))
    with statements(spread) as seen:
        walked = page_ids(spread, dense, 0, 50)
    assert f"INDEXED BY {newest_first.WALK_INDEX}" in page_statement(seen)
    assert walked == planned_ids(spread, dense, 0, 50)
    with statements(spread) as seen:
        sorted_ = page_ids(spread, sparse, 40, 30)
    page = page_statement(seen)
    assert "INDEXED BY ix_claims_live_status_claimed_on" in page
    assert "+id >" in page  # only the matches within the bound are sorted
    assert sorted_ == planned_ids(spread, sparse, 40, 30)


@pytest.fixture
def bunched(tmp_path) -> Iterator[Project]:
    """Matches bunched far from the newest claims: a few among the newest, most of them old."""
    path = tmp_path / "bunched.sqlite3"
    generate(str(path), claims=CLAIMS, articles=5, sources=20)
    with Project.open(path) as project:
        with project.database.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE claims SET status = 'unverified'")
            connection.exec_driver_sql(
                "UPDATE claims SET status = 'false' WHERE id <= 400 OR id > ? AND id % 2 = 0",
                (CLAIMS - 100,),
            )
        yield project


def test_bunched_matches_fall_back_to_the_planner(bunched):
    query = ClaimQuery(ClaimFilter(statuses=frozenset({Status.FALSE})))
    with statements(bunched) as seen:
        rows = page_ids(bunched, query, 0, 100)
    # The sample promised a page among the newest 300 ids or so; it held 50 claims.
    assert f"INDEXED BY {newest_first.WALK_INDEX}" in page_statement(seen)
    assert rows == list(range(CLAIMS, CLAIMS - 100, -2)) + list(range(400, 350, -1))
    assert rows == planned_ids(bunched, query, 0, 100)


def test_lists_far_from_the_end_are_read_by_the_planner(bunched):
    old_only = ClaimQuery(
        ClaimFilter(statuses=frozenset({Status.FALSE}), claimed_to=date(1999, 1, 1))
    )
    assert page_ids(bunched, old_only, 0, 10) == []
    oldest_first = ClaimQuery(
        ClaimFilter(statuses=frozenset({Status.FALSE})), ClaimSort.ID, descending=False
    )
    assert page_ids(bunched, oldest_first, 395, 10) == [*range(396, 401), *range(2902, 2912, 2)]


def test_deleted_and_empty(tmp_path):
    from .factories import soldiers_claim

    with Project.open(tmp_path / "few.sqlite3") as project:
        verified = ClaimQuery(ClaimFilter(statuses=frozenset({Status.VERIFIED})))
        assert project.claim_list.page(verified, 0, 10) == []  # no claims at all
        ids = [project.claims.create(soldiers_claim(project)).id for _ in range(6)]
        project.reviews.set_status(ids, Status.VERIFIED, "Confirmed.")
        project.claims.delete([ids[-1], ids[2]])
        assert page_ids(project, verified, 0, 10) == [ids[4], ids[3], ids[1], ids[0]]
        assert page_ids(project, verified, 3, 10) == [ids[0]]
