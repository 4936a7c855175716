"""Where a laid-out QTextDocument breaks into pages.

The document is laid out once as one endless column; pages are cut from it between lines,
never through one, and a heading is never left alone at the bottom of a page. Only the few
blocks around each cut are examined, so thousands of pages cost milliseconds.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

# QTextBlock.userState of headings, set by report_document: never last on a page.
SECTION_HEADING = 1
CLAIM_HEADING = 2
_EPSILON = 0.5
_LOOK_BACK = 400  # blocks searched above a page for the claim it continues
_KEEP_WITH_HEADING = 3  # blocks under a claim heading that stay on its page


@dataclass(frozen=True, slots=True)
class PageSlice:
    top: float  # document y of the first content on the page
    bottom: float  # document y where the page's content ends
    continues: str = ""  # heading of the claim that the page starts in the middle of


def paginate(document: QTextDocument, height: float) -> list[PageSlice]:
    """The page slices of the whole document, each at most `height` tall."""
    layout = document.documentLayout()
    total = layout.documentSize().height()
    blocks = _BlockIndex(document)
    pages: list[PageSlice] = []
    top = 0.0
    continues = ""
    while total - top > _EPSILON:
        limit = top + height
        if limit >= total:
            pages.append(PageSlice(top, total, continues))
            break
        cut, resume = blocks.keep_claim_start(top, *blocks.cut_before(top, limit))
        pages.append(PageSlice(top, cut, continues))
        top = resume
        continues = blocks.claim_continued_at(top)
    return pages or [PageSlice(0.0, 0.0)]


def page_of(pages: list[PageSlice], y: float) -> int:
    """The index of the page that shows document position `y`."""
    return max(0, bisect_right([page.top for page in pages], y + _EPSILON) - 1)


class _BlockIndex:
    """Blocks by number with their rectangles, looked up lazily by binary search."""

    def __init__(self, document: QTextDocument):
        self.document = document
        self.layout = document.documentLayout()
        self.count = document.blockCount()

    def rect_of(self, block: QTextBlock) -> QRectF:
        return self.layout.blockBoundingRect(block)

    def last_starting_before(self, y: float) -> QTextBlock:
        """The last block whose top lies above `y`."""
        low, high = 0, self.count - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.rect_of(self.document.findBlockByNumber(middle)).top() < y:
                low = middle
            else:
                high = middle - 1
        return self.document.findBlockByNumber(low)

    def claim_continued_at(self, y: float) -> str:
        """The heading of the claim a page starting at `y` continues, or ""."""
        block = self.last_starting_before(y + _EPSILON)
        for _ in range(_LOOK_BACK):
            if not block.isValid() or block.userState() == SECTION_HEADING:
                return ""
            if block.userState() == CLAIM_HEADING:
                return "" if self.rect_of(block).top() >= y - _EPSILON else block.text()
            block = block.previous()
        return ""

    def keep_claim_start(self, top: float, cut: float, resume: float) -> tuple[float, float]:
        """Move a cut that leaves a claim's heading with only a line or two above it to
        just before that heading."""
        block = self.last_starting_before(resume + _EPSILON)
        if _is_heading(block):
            return cut, resume  # the next page starts a claim or section: nothing was split
        for _ in range(_KEEP_WITH_HEADING):
            block = block.previous()
            if not block.isValid() or block.userState() == SECTION_HEADING:
                break
            if block.userState() == CLAIM_HEADING:
                block_top = self.rect_of(block).top()
                if block_top > top + _EPSILON and block_top < cut:
                    return self._before(block, block_top, top)
                break
        return cut, resume

    def cut_before(self, top: float, limit: float) -> tuple[float, float]:
        """Where this page's content ends and where the next page's begins."""
        block = self.last_starting_before(limit)
        table = QTextCursor(block).currentTable()
        if table is not None:
            # Tables (the summary counts) move to the next page whole.
            table_top = self.layout.frameBoundingRect(table).top()
            if table_top > top + _EPSILON:
                first_cell = self.document.findBlock(table.firstPosition())
                return self._before(first_cell, table_top, top)
            return limit, limit
        rect = self.rect_of(block)
        if rect.bottom() <= limit + _EPSILON:
            following = block.next()
            resume = self.rect_of(following).top() if following.isValid() else rect.bottom()
            if _is_heading(block) and rect.top() > top + _EPSILON:
                return self._before(block, rect.top(), top)
            return rect.bottom(), max(resume, rect.bottom())
        lines = block.layout()
        origin = lines.position().y()
        fitting = -1
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            if origin + line.y() + line.height() > limit + _EPSILON:
                break
            fitting = index
        if fitting >= 0 and not _is_heading(block):
            line = lines.lineAt(fitting)
            following = lines.lineAt(fitting + 1)
            return origin + line.y() + line.height(), origin + following.y()
        if rect.top() > top + _EPSILON:
            return self._before(block, rect.top(), top)
        return limit, limit

    def _before(self, block: QTextBlock, block_top: float, page_top: float) -> tuple[float, float]:
        """Cut just above `block`, taking headings right above it along to the next page."""
        cut = block_top
        previous = block.previous()
        while previous.isValid() and _is_heading(previous):
            previous_top = self.rect_of(previous).top()
            if previous_top <= page_top + _EPSILON:
                break
            cut = previous_top
            previous = previous.previous()
        return cut, cut


def _is_heading(block: QTextBlock) -> bool:
    return block.userState() in (SECTION_HEADING, CLAIM_HEADING)
