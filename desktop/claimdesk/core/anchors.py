"""Excerpt anchors: where a quoted excerpt sits in an article's text, and finding it again.

A citation stores the excerpt, its offsets and some text on either side. When the article text
changes, the excerpt is looked up by its text and context; if that is not conclusive it is
reported as orphaned. An excerpt is never silently moved to a place it might not belong.
"""

from __future__ import annotations

from dataclasses import dataclass

from .enums import AnchorState

CONTEXT_CHARS = 60


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    context_before: str
    context_after: str


def anchor_at(text: str, start: int, end: int) -> Anchor:
    return Anchor(
        start,
        end,
        text[max(0, start - CONTEXT_CHARS) : start],
        text[end : end + CONTEXT_CHARS],
    )


def locate(
    text: str, excerpt: str, start: int | None = None, end: int | None = None
) -> Anchor | None:
    """The anchor of an excerpt: at the given offsets if they hold it, else its only occurrence
    (the first one when the caller gave no offsets and it occurs several times)."""
    if not excerpt:
        return None
    if start is not None:
        stop = end if end is not None else start + len(excerpt)
        if 0 <= start < stop <= len(text) and text[start:stop] == excerpt:
            return anchor_at(text, start, stop)
        return None
    found = text.find(excerpt)
    if found < 0:
        return None
    return anchor_at(text, found, found + len(excerpt))


def reanchor(
    text: str, excerpt: str, start: int, end: int, context_before: str, context_after: str
) -> tuple[Anchor | None, AnchorState]:
    """Find an excerpt again after the text changed.

    Anchored: still at its offsets with the same context. Moved: found elsewhere, and the only
    occurrence or the one whose surroundings match best. Orphaned: not found, or several
    occurrences that its context cannot tell apart.
    """
    if text[start:end] == excerpt:
        here = anchor_at(text, start, end)
        if here.context_before.endswith(context_before[-20:]) and here.context_after.startswith(
            context_after[:20]
        ):
            return here, AnchorState.ANCHORED
    occurrences = _occurrences(text, excerpt)
    if not occurrences:
        return None, AnchorState.ORPHANED
    if len(occurrences) == 1:
        found = occurrences[0]
        return anchor_at(text, found, found + len(excerpt)), _moved_or_anchored(found, start)
    scored = sorted(
        (
            (_context_score(text, found, len(excerpt), context_before, context_after), found)
            for found in occurrences
        ),
        reverse=True,
    )
    (best_score, best), (runner_up, _) = scored[0], scored[1]
    if best_score == 0 or best_score == runner_up:
        return None, AnchorState.ORPHANED
    return anchor_at(text, best, best + len(excerpt)), _moved_or_anchored(best, start)


def _moved_or_anchored(found: int, start: int) -> AnchorState:
    return AnchorState.ANCHORED if found == start else AnchorState.MOVED


def _occurrences(text: str, excerpt: str) -> list[int]:
    found: list[int] = []
    position = text.find(excerpt)
    while position >= 0 and excerpt:
        found.append(position)
        position = text.find(excerpt, position + 1)
    return found


def _context_score(text: str, found: int, length: int, before: str, after: str) -> int:
    """How many characters of the stored context agree with the text around this occurrence."""
    here_before = text[max(0, found - len(before)) : found]
    here_after = text[found + length : found + length + len(after)]
    return _common_suffix(here_before, before) + _common_prefix(here_after, after)


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for left, right in zip(a, b, strict=False):
        if left != right:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
