"""Python string indices versus QTextDocument positions.

The core stores excerpt offsets as indices into a Python str (code points); Qt's text cursor
counts UTF-16 units. Characters outside the Basic Multilingual Plane (emoji, some CJK) take
two units, so the two differ after the first of them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate


class TextOffsets:
    """Maps between Python indices of a text and UTF-16 positions in a QTextDocument."""

    def __init__(self, text: str):
        self.text = text
        # units[i]: UTF-16 units before Python index i (len(text) + 1 entries).
        self.units = [0, *accumulate(2 if ord(char) > 0xFFFF else 1 for char in text)]

    def display_text(self) -> str:
        """The text as the view should show it: a CR before LF becomes a space, so that the
        pair keeps its two positions instead of collapsing into one block separator."""
        return self.text.replace("\r\n", " \n")

    def to_index(self, position: int, *, round_up: bool = False) -> int:
        """The Python index at a UTF-16 position; a position inside a surrogate pair rounds
        down (start of a selection) or up (end of one) to keep the whole character."""
        if round_up:
            return min(bisect_left(self.units, position), len(self.text))
        return max(bisect_right(self.units, position) - 1, 0)

    def to_position(self, index: int) -> int:
        return self.units[max(0, min(index, len(self.text)))]
