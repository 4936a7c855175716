"""The history viewer's table reads the trail in pages: from the top, a little past an anchor,
or below an id; every way gives the same events in the same order (newest first)."""

from __future__ import annotations

from claimdesk.core.demo import create_demo
from claimdesk.core.enums import AuditAction
from claimdesk.core.records import HistoryQuery


def test_skipping_and_anchors_give_the_pages_that_walking_down_gives(project):
    create_demo(project)
    history = project.history
    everything = [r.id for r in history.page(HistoryQuery(), limit=100_000)]
    assert len(everything) > 40 and everything == sorted(everything, reverse=True)
    assert [r.id for r in history.page(HistoryQuery(), limit=7, skip=10)] == everything[10:17]
    anchors = history.anchors(HistoryQuery(), None, 10, 3)
    assert [(a.offset, a.id) for a in anchors] == [(0, everything[0]), (10, everything[10]),
                                                   (20, everything[20])]  # fmt: skip
    more = history.anchors(HistoryQuery(), anchors[-1], 10, 100)
    assert [a.offset for a in more] == list(range(30, len(everything), 10))
    assert all(everything[a.offset] == a.id for a in more)
    # A page started from an anchor: below the id before it, skipping to the wanted row.
    anchor = more[0]
    page = history.page(HistoryQuery(), before_id=anchor.id + 1, limit=5, skip=3)
    assert [r.id for r in page] == everything[anchor.offset + 3 : anchor.offset + 8]


def test_anchors_follow_the_filter(project):
    create_demo(project)
    query = HistoryQuery(actions=frozenset({AuditAction.CREATE}), entities=frozenset({"claims"}))
    created = [r.id for r in project.history.page(query, limit=1000)]
    assert len(created) == 17
    anchors = project.history.anchors(query, None, 5, 10)
    assert [a.id for a in anchors] == created[::5]
