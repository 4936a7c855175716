"""The report as a QTextDocument: front matter, contents, sections and claims.

Built through QTextCursor with a handful of shared formats (no HTML to parse), laid out for
the PDF writer's resolution. Headings are marked on their blocks so that pagination keeps
them with what follows and the contents can look up their pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTableFormat,
)

from ..core.enums import Status
from ..core.i18n import Words, words_for
from ..core.quantities import format_number
from ..core.records import ClaimRecord, ReportHeader
from ..core.reports import text
from ..core.reports.claim_fields import (
    citation_text,
    claim_fields,
    claim_heading,
    made_text,
    scope_fields,
)
from ..core.reports.figures import Chart, ConflictLines
from ..core.reports.provenance import ProvenanceWords
from .pagination import CLAIM_HEADING, SECTION_HEADING
from .svg_charts import ChartPlace, reserve_chart

INK = QColor("#1d2329")
MUTED = QColor("#57606a")
RULE = QColor("#d0d7de")
BAND = QColor("#eef1f4")
WARNING = QColor("#9a6700")
STATUS_COLOURS = {
    Status.VERIFIED: QColor("#1a7f37"),
    Status.FALSE: QColor("#cf222e"),
    Status.MISLEADING: QColor("#9a6700"),
    Status.RETRACTED: QColor("#6e7781"),
    Status.UNPROVEN: QColor("#8250df"),
    Status.IN_PROGRESS: QColor("#0969da"),
    Status.UNVERIFIED: MUTED,
}


@dataclass(frozen=True, slots=True)
class ContentsEntry:
    title: str
    level: int  # 1 for a section, 2 for a claim
    page: int | None = None


class ReportDocument:
    """One document being filled in reading order, in the house style."""

    def __init__(self, device: QPaintDevice, family: str, width: float, locale: str = "en"):
        # No layout exists until `lay_out` asks for one: Qt would otherwise lay out again
        # after every insertion, which makes typesetting five times slower.
        self.document = QTextDocument()
        self.document.setDocumentMargin(0)
        self.document.setUndoRedoEnabled(False)
        option = QTextOption()
        option.setUseDesignMetrics(True)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document.setDefaultTextOption(option)
        font = QFont(family, 9)
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.document.setDefaultFont(font)
        self.width = width
        self.device = device
        self.locale = locale  # of the report's words, numbers and dates
        self.words: Words = words_for(locale)
        self._dpi = device.logicalDpiY()
        self._format_scale, self._tab_scale = _length_scales(device)
        self._family = family
        self.cursor = QTextCursor(self.document)
        self.charts: list[ChartPlace] = []
        self._reuse_block = True  # the cursor's block is empty and takes the next paragraph
        self._formats()

    def lay_out(self, step: int = 5000) -> Iterator[tuple[int, int]]:
        """Lay the document out for the device, `step` blocks at a time: (done, total)."""
        layout = self.document.documentLayout()
        layout.setPaintDevice(self.device)
        self.document.setTextWidth(self.width)
        total = self.document.blockCount()
        for number in range(step, total, step):
            layout.blockBoundingRect(self.document.findBlockByNumber(number))
            yield number, total
        layout.documentSize()
        yield total, total

    def points(self, value: float) -> float:
        """A length in points as device pixels: for left margins and indents."""
        return value * self._dpi / 72

    def scaled(self, value: float) -> float:
        """A length in points for the lengths that Qt scales from screen to device itself:
        top and bottom margins and everything in a table format."""
        return self.points(value) / self._format_scale

    def text_points(self, words: str, char: QTextCharFormat) -> float:
        """How wide ``words`` are set in ``char``, in points."""
        advance = QFontMetricsF(char.font(), self.device).horizontalAdvance(words)
        return advance * 72 / self._dpi

    def tab(self, value: float) -> float:
        """A tab stop `value` points from where the line starts."""
        return self.points(value) / self._tab_scale

    def _char(self, size: float, colour: QColor = INK, *, bold: bool = False) -> QTextCharFormat:
        char = QTextCharFormat()
        char.setFontFamilies([self._family])
        char.setFontPointSize(size)
        # Latin text then skips shaping: faster, and no "ﬁ" ligatures in the extracted text.
        char.setFontStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        char.setForeground(QBrush(colour))
        if bold:
            char.setFontWeight(QFont.Weight.Bold)
        return char

    def _block(self, before: float = 0, after: float = 0, indent: float = 0) -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setTopMargin(self.scaled(before))
        block.setBottomMargin(self.scaled(after))
        block.setLeftMargin(self.points(indent))
        return block

    def _formats(self) -> None:
        self.title_char = self._char(20, bold=True)
        self.h1_char = self._char(13.5, bold=True)
        self.h2_char = self._char(10.5, bold=True)
        self.number_char = self._char(10.5, MUTED, bold=True)
        self.body_char = self._char(9)
        self.small_char = self._char(8, MUTED)
        self.label_char = self._char(8, MUTED)
        self.strong_char = self._char(9, bold=True)
        self.quote_char = self._char(9)
        self.quote_char.setFontItalic(True)
        self.warning_char = self._char(8.5, WARNING, bold=True)
        self.status_chars = {s: self._char(9, c, bold=True) for s, c in STATUS_COLOURS.items()}
        self.title_block = self._block(after=4)
        self.made_block = self._block(after=14)
        self.h1_block = self._block(before=16, after=6)
        self.h1_block.setBackground(QBrush(BAND))
        self.h1_block.setLeftMargin(0)
        self.h2_block = self._block(before=12, after=3)
        self.body_block = self._block(after=3)
        label_width = self.points(62)
        self.field_block = self._block(after=1.5)
        self.field_block.setLeftMargin(label_width)
        self.field_block.setTextIndent(-label_width)
        label_tab = QTextOption.Tab(self.tab(62), QTextOption.TabType.LeftTab)
        self.field_block.setTabPositions([label_tab])
        self.citation_line_block = self._block(indent=62)
        self.note_block = self._block(before=6)
        self.capture_block = self._block(after=2, indent=12)
        self.excerpt_block = self._block(before=1, after=1, indent=74)
        self.contents_blocks = {}
        for level, (indent, before) in {1: (0, 4), 2: (14, 0)}.items():
            block = self._block(before=before, indent=indent)
            right_edge = (self.width - self.points(indent)) / self._tab_scale
            block.setTabPositions([QTextOption.Tab(right_edge, QTextOption.TabType.RightTab)])
            self.contents_blocks[level] = block

    def paragraph(self, words: str, block: QTextBlockFormat, char: QTextCharFormat) -> QTextBlock:
        """A new block holding `words` (an empty block left by Qt is used, not kept)."""
        if self._reuse_block:
            self._reuse_block = False
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
        else:
            self.cursor.insertBlock(block, char)
        self.cursor.insertText(words, char)
        return self.cursor.block()

    def heading(self, words: str, level: int) -> QTextBlock:
        style = {0: (self.title_block, self.title_char), 1: (self.h1_block, self.h1_char)}
        block, char = style.get(level, (self.h2_block, self.number_char))
        found = self.paragraph(words, block, char)
        found.setUserState(CLAIM_HEADING if level > 1 else SECTION_HEADING)
        return found

    def front_matter(self, header: ReportHeader) -> None:
        """Title, where the report comes from, its scope and the counts."""
        self.heading(header.title, 0)
        self.paragraph(made_text(header), self.made_block, self.small_char)
        for label, value in scope_fields(header):
            self.field(label, value)
        summary = header.summary
        words, locale = self.words, self.locale
        number = partial(format_number, locale=locale)
        self.heading(words.translate("Report", "Summary"), 1)
        counted = words.plural(
            summary.total,
            words.translate("Report", "%n claim in this report."),
            words.translate("Report", "%n claims in this report."),
        )
        self.paragraph(counted, self.body_block, self.body_char)
        statuses = [(text.status_label(s, locale), n) for s, n in summary.by_status.items() if n]
        grades = [
            (text.credibility_text(g, locale), n) for g, n in summary.by_credibility.items() if n
        ]
        self.count_table(words.translate("Report", "Status"), statuses, number)
        self.count_table(words.translate("Report", "Credibility"), grades, number)

    def count_table(
        self, label: str, rows: Sequence[tuple[str, int]], number: Callable[[int], str]
    ) -> None:
        table_format = QTextTableFormat()
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorder(self.scaled(0.5))
        table_format.setBorderBrush(QBrush(RULE))
        table_format.setCellSpacing(0)
        table_format.setCellPadding(self.scaled(2.5))
        table_format.setBorderCollapse(True)
        table_format.setTopMargin(self.scaled(4))
        table_format.setBottomMargin(self.scaled(8))
        # The counts' column is as wide as its heading needs ("Behauptungen" is wider than
        # "Claims"), and never narrower than 60 points.
        counted = self.words.translate("Report", "Claims")
        count_width = max(60.0, self.text_points(counted, self.strong_char) + 8)
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.FixedLength, self.scaled(190)),
             QTextLength(QTextLength.Type.FixedLength, self.scaled(count_width))]
        )  # fmt: skip
        table = self.cursor.insertTable(len(rows) + 1, 2, table_format)
        right = QTextBlockFormat()
        right.setAlignment(Qt.AlignmentFlag.AlignRight)
        for row, (name, count) in enumerate([(label, None), *rows]):
            first = table.cellAt(row, 0).firstCursorPosition()
            second = table.cellAt(row, 1).firstCursorPosition()
            second.setBlockFormat(right)
            if count is None:
                for column in (0, 1):
                    cell = table.cellAt(row, column)
                    shaded = cell.format()
                    shaded.setBackground(QBrush(BAND))
                    cell.setFormat(shaded)
                first.insertText(name, self.strong_char)
                second.insertText(counted, self.strong_char)
            else:
                first.insertText(name, self.body_char)
                second.insertText(number(count), self.body_char)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._reuse_block = True

    def field(self, label: str, value: str, value_char: QTextCharFormat | None = None) -> None:
        """A labelled line; long values wrap under the value, not under the label."""
        self.paragraph(f"{label}\t", self.field_block, self.label_char)
        self.cursor.insertText(value.replace("\n", "\u2028"), value_char or self.body_char)

    def claim(self, claim: ClaimRecord) -> QTextBlock:
        """One claim: its heading, its fields, its citations. Returns the heading block."""
        locale = self.locale
        number, _, statement = claim_heading(claim).partition(" ")
        heading = self.heading(f"{number} ", 2)
        self.cursor.insertText(statement, self.h2_char)
        for field in claim_fields(claim, locale):
            if field.kind == "status":
                self.field(field.label, field.value, self.status_chars[claim.status])
            elif field.kind == "quote":
                self.field(field.label, field.value, self.quote_char)
            else:
                self.field(field.label, field.value)
        for citation in claim.citations:
            words = citation_text(citation, locale)
            label = self.words.translate("Report", "Citation")
            self.field(label, words.title, self.strong_char)
            for line in (words.source, words.url, words.captured, words.sha256):
                if line:
                    self.paragraph(line, self.citation_line_block, self.small_char)
            self.paragraph(words.excerpt, self.excerpt_block, self.quote_char)
            if words.note:
                self.paragraph(words.note, self.citation_line_block, self.small_char)
            if words.warning:
                self.paragraph(words.warning, self.citation_line_block, self.warning_char)
        return heading

    def chart(self, chart: Chart) -> None:
        """A timeline chart the width of the page (its title is in it). The text holds a blank
        image of the chart's size, so that the layout makes room for it and pages are never
        cut through it; ``draw_charts`` paints the chart there as vectors."""
        self.paragraph("", self.body_block, self.body_char)
        self.charts.append(
            reserve_chart(self.document, self.cursor, chart.svg, self.width, self._format_scale)
        )

    def draw_charts(self, painter: QPainter, visible: QRectF) -> None:
        """Paint the charts that lie in ``visible`` (document coordinates)."""
        for place in self.charts:
            place.draw(painter, visible)

    def conflict(self, conflict: ConflictLines) -> None:
        """Two conflicting figures and whether (and how) the conflict was resolved."""
        self.paragraph(conflict.heading, self.h2_block, self.strong_char)
        for side in conflict.sides:
            self.paragraph(side, self.citation_line_block, self.body_char)
        self.paragraph(conflict.resolution, self.citation_line_block, self.small_char)

    def provenance(self, provenance: ProvenanceWords) -> QTextBlock:
        """Where the report comes from: the project, the audit head, the captures it cites.
        Returns the heading block."""
        heading = self.heading(provenance.heading, 1)
        for label, value in provenance.fields:
            self.field(label, value)
        self.paragraph(provenance.cited, self.h2_block, self.strong_char)
        for line in provenance.captures:
            self.paragraph(line, self.capture_block, self.small_char)
        self.paragraph(provenance.note, self.note_block, self.small_char)
        return heading

    def contents(self, entries: Sequence[ContentsEntry]) -> None:
        """The table of contents: one line per entry, titles cut to fit beside their page."""
        self.heading(self.words.translate("Report", "Contents"), 1)
        for entry in entries:
            char = self.strong_char if entry.level == 1 else self.body_char
            block = self.contents_blocks[entry.level]
            room = self.width - block.leftMargin() - self.points(40)
            metrics = QFontMetricsF(char.font(), self.device)
            title = metrics.elidedText(entry.title, Qt.TextElideMode.ElideRight, room)
            page = str(entry.page) if entry.page is not None else "0"  # as in the footer
            self.paragraph(f"{title}\t{page}", block, char)


def _length_scales(device: QPaintDevice) -> tuple[float, float]:
    """How Qt scales vertical margins and tab stops onto `device` (its dpi over the screen's,
    which differs from desktop to desktop), measured on a two-line probe document.
    Left margins and indents are taken as device pixels and need no scaling."""
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(0)
    cursor = QTextCursor(probe)
    cursor.insertText("x")
    spaced = QTextBlockFormat()
    spaced.setTopMargin(100)
    spaced.setTabPositions([QTextOption.Tab(100, QTextOption.TabType.LeftTab)])
    cursor.insertBlock(spaced)
    cursor.insertText("\tx")
    layout = probe.documentLayout()
    first, second = probe.firstBlock(), probe.lastBlock()
    gap = layout.blockBoundingRect(second).top() - layout.blockBoundingRect(first).bottom()
    line = second.layout().lineAt(0)
    return gap / 100, (line.cursorToX(1)[0] - line.x()) / 100
