"""The columns of the big tables: title, how a row reads in the column, its SQL sort key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ..core.enums import Status
from ..core.services.catalogue_list import ArticleSort, SourceSort
from ..core.services.claim_list import ClaimSort
from . import formatting as fmt
from .translation import translate

Row = TypeVar("Row")


@dataclass(frozen=True)
class Column(Generic[Row]):
    key: str
    title: str
    text: Callable[[Row], str]
    sort: Any = None  # the query's sort key for this column; None: not sortable
    tooltip: Callable[[Row], str] | None = None
    align_right: bool = False
    hidden_by_default: bool = False
    width: int = 14  # default width in average characters
    # Takes the width the other columns leave (eliding its text), so that the columns after
    # it stay in view on a laptop screen; resizing another column resizes this one.
    stretch: bool = False


STATUS_COLOURS = {
    Status.VERIFIED: "#1b7f3b",
    Status.FALSE: "#b00020",
    Status.MISLEADING: "#b35c00",
    Status.RETRACTED: "#6d6d6d",
    Status.UNPROVEN: "#6d4c9f",
    Status.IN_PROGRESS: "#1f5fa8",
}


CONFLICT_COLOUR = "#b00020"  # the mark of an open conflicting figure


def _grade(row: Any) -> str:
    return fmt.reliability_meaning(row.reliability) if row.reliability else ""


def _quantity_tip(row: Any) -> str:
    text = fmt.quantity_text(row.quantity)
    if row.conflicted:
        note = translate(
            "Columns",
            "Conflicting figure: another claim gives a different number for the same thing "
            "at about the same time (see Conflicting figures)",
        )
        text = f"{text}\n{note}" if text else note
    return text


def claim_columns() -> list[Column[Any]]:
    return [
        Column(
            "id",
            translate("Columns", "#"),
            lambda r: str(r.id),
            ClaimSort.ID,
            align_right=True,
            width=6,
        ),
        Column(
            "statement",
            translate("Columns", "Statement"),
            lambda r: r.statement,
            ClaimSort.STATEMENT,
            tooltip=lambda r: r.statement,
            width=58,
            stretch=True,
        ),
        Column(
            "claimant",
            translate("Columns", "Claimant"),
            lambda r: r.claimant or "",
            ClaimSort.CLAIMANT,
            tooltip=_grade,
            width=16,
        ),
        Column(
            "reliability",
            translate("Columns", "Grade"),
            lambda r: r.reliability.value if r.reliability else "",
            tooltip=_grade,
            width=5,
        ),
        Column(
            "credibility",
            translate("Columns", "Cred."),
            lambda r: r.credibility.value,
            ClaimSort.CREDIBILITY,
            tooltip=lambda r: fmt.credibility_meaning(r.credibility),
            width=5,
        ),
        Column(
            "quantity",
            translate("Columns", "Quantity"),
            lambda r: fmt.quantity_text(r.quantity),
            ClaimSort.QUANTITY,
            tooltip=_quantity_tip,
            width=16,
        ),
        Column(
            "claimed_on",
            translate("Columns", "Claimed"),
            lambda r: fmt.partial_date_text(r.claimed_on),
            ClaimSort.CLAIMED_ON,
            width=12,
        ),
        Column(
            "as_of",
            translate("Columns", "As of"),
            lambda r: fmt.partial_date_text(r.as_of),
            ClaimSort.AS_OF,
            hidden_by_default=True,
            width=12,
        ),
        Column(
            "status",
            translate("Columns", "Status"),
            lambda r: fmt.status_label(r.status),
            ClaimSort.STATUS,
            width=12,
        ),
        # Shown in the detail pane; as a column only on request, for the statement's width.
        Column(
            "tags",
            translate("Columns", "Tags"),
            lambda r: ", ".join(r.tags),
            hidden_by_default=True,
            width=24,
        ),
        Column(
            "citations",
            translate("Columns", "Citations"),
            lambda r: str(r.citations),
            align_right=True,
            hidden_by_default=True,
            width=8,
        ),
        Column(
            "updated",
            translate("Columns", "Updated"),
            lambda r: fmt.datetime_text(r.updated_at),
            ClaimSort.UPDATED,
            hidden_by_default=True,
            width=20,
        ),
    ]


def source_columns() -> list[Column[Any]]:
    return [
        Column("name", translate("Columns", "Name"), lambda r: r.name, SourceSort.NAME, width=28),
        Column(
            "kind", translate("Columns", "Kind"), lambda r: fmt.kind_label(r.kind), SourceSort.KIND
        ),
        Column(
            "role",
            translate("Columns", "Role or affiliation"),
            lambda r: r.role or "",
            tooltip=lambda r: r.role or "",
            width=40,
        ),
        Column(
            "country",
            translate("Columns", "Country"),
            lambda r: r.country or "",
            SourceSort.COUNTRY,
        ),
        Column(
            "reliability",
            translate("Columns", "Reliability"),
            lambda r: f"{r.reliability.value} – {fmt.reliability_meaning(r.reliability)}",
            SourceSort.RELIABILITY,
            width=26,
        ),
        Column(
            "claims",
            translate("Columns", "Claims"),
            lambda r: str(r.claims),
            align_right=True,
            width=7,
        ),
    ]


def article_columns() -> list[Column[Any]]:
    return [
        Column(
            "title",
            translate("Columns", "Title"),
            lambda r: r.title,
            ArticleSort.TITLE,
            tooltip=lambda r: r.url or "",
            width=60,
        ),
        Column(
            "publisher",
            translate("Columns", "Publisher"),
            lambda r: r.publisher or "",
            ArticleSort.PUBLISHER,
            width=18,
        ),
        Column(
            "published",
            translate("Columns", "Published"),
            lambda r: fmt.date_text(r.published_on),
            ArticleSort.PUBLISHED,
            width=12,
        ),
        Column("language", translate("Columns", "Language"), lambda r: r.language or "", width=8),
        Column(
            "citations",
            translate("Columns", "Citations"),
            lambda r: str(r.citations),
            align_right=True,
            width=8,
        ),
        Column(
            "captured",
            translate("Columns", "Captured"),
            lambda r: fmt.datetime_text(r.captured_at),
            ArticleSort.CAPTURED,
            hidden_by_default=True,
            width=20,
        ),
        Column(
            "url",
            translate("Columns", "Address"),
            lambda r: r.url or "",
            hidden_by_default=True,
            width=40,
        ),
    ]
