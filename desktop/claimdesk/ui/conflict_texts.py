"""How a conflicting figure reads: one side as a line, a resolution in words, and the block
of the claim detail pane that lists a claim's conflicts (shared by the conflicts table)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from ..core import snippets
from ..core.enums import RelationKind
from . import formatting as fmt
from .translation import translate

if TYPE_CHECKING:
    from ..core.matching.conflicts import Conflict, ConflictSide


STATEMENT_WIDTH = 160  # characters of a statement shown beside its figure


def side_line(side: ConflictSide) -> str:
    """ "about 11,000 soldiers · Kyrylo Budanov · June 2025": the figure, who, when."""
    parts = [fmt.quantity_text(side.quantity)]
    if side.claimant:
        parts.append(side.claimant)
    if side.on is not None:
        parts.append(fmt.partial_date_text(side.on))
    return " · ".join(parts)


def statement_line(side: ConflictSide) -> str:
    return snippets.clip_end(side.statement, STATEMENT_WIDTH)


def open_text() -> str:
    return translate("Conflicts", "Open")


def resolution_text(conflict: Conflict) -> str:
    """The resolution as the conflicts table words it, first and second as its columns."""
    if conflict.resolution is None:
        return open_text()
    if conflict.resolution is RelationKind.SUPERSEDES:
        if conflict.resolved_from == conflict.claims[1]:
            return translate("Conflicts", "Second supersedes first")
        return translate("Conflicts", "First supersedes second")
    if conflict.resolution is RelationKind.CONTRADICTS:
        return translate("Conflicts", "Both stand (contradicting)")
    return translate("Conflicts", "Not comparable")


def resolution_for(conflict: Conflict, claim_id: int) -> str:
    """The resolution as seen from one of its claims (the detail pane)."""
    if conflict.resolution is RelationKind.SUPERSEDES:
        if conflict.resolved_from == claim_id:
            return translate("Conflicts", "this claim supersedes it")
        return translate("Conflicts", "it supersedes this claim")
    if conflict.resolution is None:
        return translate("Conflicts", "open")
    if conflict.resolution is RelationKind.CONTRADICTS:
        return translate("Conflicts", "both stand (contradicting)")
    return translate("Conflicts", "not comparable")


def other_side(conflict: Conflict, claim_id: int) -> ConflictSide:
    first, second = conflict.sides
    return second if first.claim_id == claim_id else first


def conflicts_html(claim_id: int, conflicts: Sequence[Conflict]) -> str:
    """The claim detail pane's "Conflicting figures" block: per conflict the other claim's
    figure, a link that opens it (claim:ID) and how it was resolved; "" without any."""
    if not conflicts:
        return ""
    open_count = sum(1 for conflict in conflicts if not conflict.resolved)
    heading = translate("Conflicts", "Conflicting figures")
    if open_count:
        # "open" is the same word for one and many (in German too): one source text.
        count = translate("Conflicts", "%n open").replace("%n", fmt.number_text(open_count))
        heading = f"{escape(heading)} <span class='conflict'>({escape(count)})</span>"
    else:
        heading = escape(heading)
    items = []
    for conflict in conflicts:
        other = other_side(conflict, claim_id)
        state = escape(resolution_for(conflict, claim_id))
        if not conflict.resolved:
            state = f"<span class='conflict'>{state}</span>"
        items.append(
            f"<li><a href='claim:{other.claim_id}'>#{other.claim_id}</a> "
            f"{escape(side_line(other))} — {state}"
            f"<br><span class='muted'>{escape(statement_line(other))}</span></li>"
        )
    return f"<h3>{heading}</h3><ul>{''.join(items)}</ul>"
