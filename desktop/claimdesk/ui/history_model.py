"""The project history as a big table: the claims table's lazy model (count, pages read on
the reader thread, a row cache, anchors) over the audit trail's keyset pages.

The trail is read newest first by id; a page deep in the list starts from the nearest anchor
(the id of every thousandth event, learnt in the background) and skips the few events
between, so the thousandth page costs what the first does.
"""

from __future__ import annotations

from typing import Any

from ..core.jobs import CancelToken
from ..core.records import AuditRecord, Changes, HistoryQuery
from ..core.services.history import HistoryAnchor, HistoryService
from . import formatting as fmt
from . import trail_texts
from .table_columns import Column
from .table_models import LazyTableModel
from .translation import translate
from .workspace import Workspace


class HistoryListing:
    """HistoryService in the shape LazyTableModel reads a table through (offset pages)."""

    def __init__(self, history: HistoryService):
        self._history = history

    def count(self, query: HistoryQuery, cancel: CancelToken | None = None) -> int:
        return self._history.count(query)

    def page(
        self,
        query: HistoryQuery,
        offset: int,
        limit: int,
        anchor: HistoryAnchor | None = None,
        cancel: CancelToken | None = None,
    ) -> list[AuditRecord]:
        if anchor is not None and anchor.offset <= offset:
            # The anchor's own event is the first at its offset: start just above its id.
            return self._history.page(query, anchor.id + 1, limit, skip=offset - anchor.offset)
        return self._history.page(query, None, limit, skip=offset)

    def anchors(
        self, query: HistoryQuery, after: HistoryAnchor | None, spacing: int, count: int
    ) -> list[HistoryAnchor]:
        return self._history.anchors(query, after, spacing, count)

    def rows(self, ids: Any) -> list[AuditRecord]:  # the protocol's; the viewer never asks
        return []


def history_columns() -> list[Column[AuditRecord]]:
    """When, who, what, which row, the fields it changed, a review's rationale."""
    return [
        Column(
            "at",
            translate("Trail", "When"),
            lambda r: fmt.datetime_text(r.at),
            width=22,
        ),
        Column("actor", translate("Trail", "Who"), lambda r: r.actor, width=12),
        Column(
            "what",
            translate("Trail", "What"),
            trail_texts.event_title,
            tooltip=trail_texts.event_title,
            width=32,
        ),
        Column(
            "row",
            translate("Trail", "Row"),
            trail_texts.row_text,
            tooltip=trail_texts.row_text,
            width=25,
        ),
        Column(
            "changes",
            translate("Trail", "Changes"),
            trail_texts.changes_summary,
            tooltip=trail_texts.changes_tooltip,
            width=60,
            stretch=True,
        ),
        Column(
            "rationale",
            translate("Trail", "Rationale"),
            lambda r: trail_texts.one_line(r.rationale or ""),
            tooltip=lambda r: r.rationale or "",
            width=30,
        ),
    ]


class HistoryTableModel(LazyTableModel[HistoryQuery, AuditRecord]):
    table = "events"

    def __init__(self, workspace: Workspace, query: HistoryQuery | None = None):
        super().__init__(
            workspace,
            HistoryListing(workspace.project.history),
            query or HistoryQuery(),
            history_columns(),
        )

    def relevant(self, changes: Changes) -> bool:
        return True  # every change writes events
