"""The PDF report through Qt's QPdfWriter: A4, fonts embedded, text extractable.

The claims are typeset into one QTextDocument a chunk at a time, laid out in steps, cut into
pages by `pagination` and painted page by page with a footer ("Page 3 of 120"); every stage
reports progress and honours the cancel token. Long reports open with a table of contents
whose page numbers come from that pagination; its lines are cut to fit beside their numbers,
so filling the numbers in changes no line and moves no page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from ..core.i18n import fill, words_for
from ..core.jobs import CancelToken, Job
from ..core.quantities import format_number
from ..core.records import Progress, ReportHeader, ReportOptions
from ..core.reports import text
from ..core.reports.figures import (
    ReportFigures,
    charts_heading,
    conflicts_heading,
    report_figures,
)
from ..core.reports.output import ExportError
from ..core.reports.provenance import provenance_words
from . import ensure_gui_application, report_font_family
from .pagination import PageSlice, page_of, paginate
from .report_document import MUTED, RULE, ContentsEntry, ReportDocument

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock

    from ..core.project import Project

RESOLUTION = 300  # dots per inch of the PDF's layout grid
MARGINS_MM = (20.0, 18.0, 20.0, 22.0)  # left, top, right, bottom; the footer sits in the bottom
CHUNK = 500  # claims typeset between progress reports and cancel checks
PAGES_PER_STEP = 100  # pages painted between progress reports and cancel checks
CONTENTS_FROM_CLAIMS = 21  # a report this long (or with sections) opens with contents
CLAIMS_IN_CONTENTS = 300  # up to this many claims each get a line in the contents


def write_pdf(
    project: Project, options: ReportOptions, out: BinaryIO, cancel: CancelToken
) -> Job[int]:
    """Typeset the report and write it to `out` as PDF; returns the claims written."""
    ensure_gui_application()
    family = report_font_family()
    figures = report_figures(project, options)
    locale = options.locale
    with project.reports.open(options, cancel) as report:
        header = report.header
        total = sum(len(section.claim_ids) for section in header.sections)
        with_contents = len(header.sections) > 1 or total >= CONTENTS_FROM_CLAIMS
        list_claims = with_contents and total <= CLAIMS_IN_CONTENTS

        buffer = QBuffer()
        buffer.setData(QByteArray())
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = _pdf_writer(buffer, header, options)
        page = _Page(writer)
        body = ReportDocument(writer, family, page.content.width(), locale)
        if not with_contents:
            body.front_matter(header)
        if total == 0:
            nothing = body.words.translate("Report", "No claims match the scope of this report.")
            body.paragraph(nothing, body.body_block, body.body_char)
        marks: list[tuple[ContentsEntry, QTextBlock]] = []
        written = 0
        yield Progress(0, total, "Writing claims")
        for section in header.sections:
            if not section.claim_ids:
                continue
            title = text.section_title(options.grouping, section, locale)
            block = body.heading(title, 1)
            counted = format_number(len(section.claim_ids), locale)
            marks.append((ContentsEntry(f"{title} ({counted})", 1), block))
            for chunk in report.claims(section.claim_ids, CHUNK):
                cancel.raise_if_cancelled()
                for claim in chunk:
                    block = body.claim(claim)
                    if list_claims:
                        marks.append((ContentsEntry(block.text(), 2), block))
                written += len(chunk)
                yield Progress(written, total, "Writing claims")
        provenance = provenance_words(report.provenance, locale)
    marks.extend(_figures(body, figures, locale))
    block = body.provenance(provenance)
    marks.append((ContentsEntry(provenance.heading, 1), block))
    for done, blocks in body.lay_out():
        cancel.raise_if_cancelled()
        yield Progress(done, blocks, "Laying out pages")
    body_pages = paginate(body.document, page.content.height())
    documents: list[tuple[ReportDocument, list[PageSlice]]] = [(body, body_pages)]
    if with_contents:
        layout = body.document.documentLayout()
        first_pages = [page_of(body_pages, layout.blockBoundingRect(b).top()) for _, b in marks]
        entries = [entry for entry, _ in marks]
        documents.insert(0, _front(writer, family, page, header, entries, first_pages))
    yield from _paint(writer, page, header, documents, cancel)
    buffer.close()
    out.write(buffer.data().data())
    return written


def _figures(
    body: ReportDocument, figures: ReportFigures, locale: str
) -> list[tuple[ContentsEntry, QTextBlock]]:
    """The charts and the conflicting figures after the claims; their contents entries."""
    marks = []
    if figures.charts:
        heading = charts_heading(locale)
        block = body.heading(heading, 1)
        marks.append((ContentsEntry(heading, 1), block))
        for chart in figures.charts:
            body.chart(chart)
    if figures.conflicts:
        heading = conflicts_heading(locale)
        block = body.heading(heading, 1)
        marks.append((ContentsEntry(heading, 1), block))
        for conflict in figures.conflicts:
            body.conflict(conflict)
    return marks


def _pdf_writer(buffer: QBuffer, header: ReportHeader, options: ReportOptions) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(header.title)
    writer.setCreator("Claimdesk")
    # Never the login: the organisation, else the name the analyst chose, else nobody.
    writer.setAuthor(options.organisation or header.made_by or "")
    return writer


class _Page:
    """The A4 page in device pixels: where the text goes and where the footer goes."""

    def __init__(self, writer: QPdfWriter):
        full = writer.pageLayout().fullRectPixels(RESOLUTION)
        left, top, right, bottom = (value * RESOLUTION / 25.4 for value in MARGINS_MM)
        self.content = QRectF(left, top, full.width() - left - right, full.height() - top - bottom)
        footer_top = self.content.bottom() + bottom * 0.35
        self.footer = QRectF(left, footer_top, self.content.width(), bottom * 0.3)


def _front(
    writer: QPdfWriter,
    family: str,
    page: _Page,
    header: ReportHeader,
    entries: Sequence[ContentsEntry],
    first_pages: Sequence[int],
) -> tuple[ReportDocument, list[PageSlice]]:
    """Front matter and contents, typeset once to count its pages, then with the numbers.

    `first_pages` are the entries' pages counted from the first page after the contents.
    """
    front_count = 0
    for _ in range(3):
        numbered = [
            replace(entry, page=front_count + first + 1 if front_count else None)
            for entry, first in zip(entries, first_pages, strict=True)
        ]
        front = ReportDocument(writer, family, page.content.width(), header.locale)
        front.front_matter(header)
        front.contents(numbered)
        for _ in front.lay_out():
            pass
        pages = paginate(front.document, page.content.height())
        if len(pages) == front_count:
            return front, pages
        front_count = len(pages)
    raise ExportError("the table of contents would not settle on a page count")


def _paint(
    writer: QPdfWriter,
    page: _Page,
    header: ReportHeader,
    documents: Sequence[tuple[ReportDocument, list[PageSlice]]],
    cancel: CancelToken,
) -> Iterator[Progress]:
    pages = sum(len(slices) for _, slices in documents)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("Qt could not start the PDF writer")
    font = documents[0][0].document.defaultFont()
    footer = _Footer(painter, page, header, pages, font)
    number = 0
    try:
        for report, slices in documents:
            for piece in slices:
                if number:
                    writer.newPage()
                number += 1
                _draw_slice(painter, page, report, piece)
                footer.draw(number, piece.continues)
                if number % PAGES_PER_STEP == 0:
                    cancel.raise_if_cancelled()
                    yield Progress(number, pages, "Printing pages")
    finally:
        painter.end()
    yield Progress(pages, pages, "Printing pages")


def _draw_slice(painter: QPainter, page: _Page, report: ReportDocument, piece: PageSlice) -> None:
    painter.save()
    painter.translate(page.content.left(), page.content.top() - piece.top)
    visible = QRectF(0, piece.top, page.content.width(), piece.bottom - piece.top)
    painter.setClipRect(visible)
    context = QAbstractTextDocumentLayout.PaintContext()
    # Lines merely touching the slice (the last one of the page before, the first one of the
    # next) are clipped away but would still be written to the PDF, and text extraction
    # would show them twice: so the layout is asked only for lines well inside.
    context.clip = visible.adjusted(0, 1, 0, -1)
    report.document.documentLayout().draw(painter, context)
    report.draw_charts(painter, visible)
    painter.restore()


class _Footer:
    """The report title at the left and "Page 3 of 120" at the right, under a thin rule;
    above the text, "#123 continued" when a page goes on with the claim of the page before."""

    def __init__(
        self, painter: QPainter, page: _Page, header: ReportHeader, pages: int, font: QFont
    ):
        self.painter = painter
        self.rect = page.footer
        self.pages = pages
        self.words = words_for(header.locale)
        title = header.title
        self.font = QFont(font)
        self.font.setPointSizeF(7.5)
        metrics = QFontMetricsF(self.font, painter.device())
        self.title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, self.rect.width() * 0.7)
        self.continued = QRectF(
            self.rect.left(),
            page.content.top() - 2 * metrics.height(),
            self.rect.width(),
            metrics.height(),
        )
        self.rule = QPen(RULE)
        self.rule.setWidthF(RESOLUTION / 72 * 0.5)

    def draw(self, number: int, continues: str) -> None:
        painter = self.painter
        if continues:
            painter.setPen(QColor(MUTED))
            painter.setFont(self.font)
            claim = continues.partition(" ")[0]
            words = fill(self.words.translate("Report", "%1 continued"), claim)
            painter.drawText(self.continued, Qt.AlignmentFlag.AlignRight, words)
        painter.setPen(self.rule)
        painter.drawLine(QPointF(self.rect.left(), self.rect.top()), self.rect.topRight())
        painter.setPen(QColor(MUTED))
        painter.setFont(self.font)
        text_rect = self.rect.adjusted(0, self.rect.height() * 0.25, 0, 0)
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignLeft, self.title)
        page_of = self.words.translate("Report", "Page %1 of %2")
        words = fill(page_of, number, self.pages)
        painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignRight, words)
