"""Short forms of long text for lists, headings and quotations, cut between words.

A cut in the middle of a word ("Koks…", "…ssland") reads as a typo or, worse, as a different
word; these helpers cut at the last space that fits and mark the cut with an ellipsis. A single
word longer than the room is the one case cut inside a word.
"""

from __future__ import annotations

ELLIPSIS = "…"


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def clip_end(text: str, width: int) -> str:
    """The start of ``text`` in at most ``width`` characters: "About 11,000 North…"."""
    flat = _squeeze(text)
    if len(flat) <= width:
        return flat
    room = max(width - 1, 1)
    cut = flat.rfind(" ", 0, room + 1)
    head = flat[:cut] if cut > 0 else flat[:room]
    return head.rstrip(" ,;:–-") + ELLIPSIS


def clip_start(text: str, width: int) -> str:
    """The end of ``text`` in at most ``width`` characters: "…soldiers in Kursk"."""
    flat = _squeeze(text)
    if len(flat) <= width:
        return flat
    room = max(width - 1, 1)
    start = len(flat) - room
    space = flat.find(" ", start - 1)
    tail = flat[space + 1 :] if 0 <= space < len(flat) - 1 else flat[-room:]
    return ELLIPSIS + tail.lstrip(" ,;:–-")


def context_before(text: str, width: int) -> str:
    """Text leading up to an excerpt, whole words only; keeps the space that touches it."""
    if len(text) <= width:
        return text
    clipped = clip_start(text, width)
    return clipped + " " if text[-1:].isspace() else clipped


def context_after(text: str, width: int) -> str:
    """Text following an excerpt, whole words only; keeps the space that touches it."""
    if len(text) <= width:
        return text
    clipped = clip_end(text, width)
    return " " + clipped if text[:1].isspace() else clipped
