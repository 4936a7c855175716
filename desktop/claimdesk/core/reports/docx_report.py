"""The Word report through python-docx: real headings, real tables, page numbers.

python-docx builds tables cell by cell through many small objects, which takes minutes for
10,000 claims; here each chunk of claims is written as WordprocessingML text (escaped),
parsed once by python-docx's own parser and appended to the body, so the file is the same
as one built through the API but is made in seconds. Styles come from python-docx's
default template (Title, Heading 1, Heading 2); the look of the tables is set inline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC
from functools import partial
from io import BytesIO
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt

from ..enums import Status
from ..i18n import Words, words_for
from ..jobs import CancelToken, Job
from ..quantities import format_number
from ..records import ClaimRecord, Progress, ReportHeader, ReportOptions
from . import text
from .claim_fields import citation_text, claim_fields, claim_heading, made_text, scope_fields
from .figures import charts_heading, conflicts_heading, report_figures
from .provenance import ProvenanceWords, provenance_words

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

    from ..project import Project

CHUNK = 500  # claims per parsed piece of XML, progress report and cancel check
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
LABEL_WIDTH = 2100  # twentieths of a point: the label column of the claim tables
VALUE_WIDTH = 7538  # the rest of an A4 page between 2 cm margins
MUTED = "57606A"
CHART_WIDTH_MM = 165  # an A4 page between 2 cm margins, a little narrower
SHADE = "F1F3F5"
BORDER = "D0D7DE"
WARNING = "9A6700"
STATUS_COLOURS = {
    Status.VERIFIED: "1A7F37",
    Status.FALSE: "CF222E",
    Status.MISLEADING: "9A6700",
    Status.RETRACTED: "6E7781",
    Status.UNPROVEN: "8250DF",
    Status.IN_PROGRESS: "0969DA",
    Status.UNVERIFIED: MUTED,
}
# XML 1.0 has no place for most control characters; a pasted one would make Word refuse
# the whole file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write_docx(
    project: Project,
    options: ReportOptions,
    out: BinaryIO,
    cancel: CancelToken,
    *,
    chart_picture: Callable[[str], bytes] | None = None,
) -> Job[int]:
    """Write the report as a .docx to `out`; returns the claims written. The timeline charts
    and the conflicting figures close it. A chart goes in as its SVG (vector, for Word 2016
    and later) with a PNG of it for other readers, as Word itself stores SVG pictures; the
    PNG needs Qt's renderer, which the core does not import, so the printing layer passes
    ``chart_picture`` (printing/docx_charts.py). Without it the charts are left out."""
    figures = report_figures(project, options)
    conflicts = figures.conflicts
    locale = options.locale
    words = words_for(locale)
    with project.reports.open(options, cancel) as report_data:
        header = report_data.header
        total = sum(len(section.claim_ids) for section in header.sections)
        document = Document()
        report = _WordReport(document, header)
        report.front_matter(options.organisation)
        written = 0
        yield Progress(0, total, "Writing claims")
        if total == 0:
            nothing = words.translate("Report", "No claims match the scope of this report.")
            report.append(_paragraph([_run(nothing)]))
        for section in header.sections:
            if not section.claim_ids:
                continue
            title = text.section_title(options.grouping, section, locale)
            report.append(_heading(report.style_ids["Heading 1"], title))
            for chunk in report_data.claims(section.claim_ids, CHUNK):
                cancel.raise_if_cancelled()
                report.append("".join(report.claim(claim) for claim in chunk))
                written += len(chunk)
                yield Progress(written, total, "Writing claims")
        provenance = provenance_words(report_data.provenance, locale)
    if figures.charts and chart_picture is not None:
        report.append(_heading(report.style_ids["Heading 1"], charts_heading(locale)))
        for chart in figures.charts:
            cancel.raise_if_cancelled()
            report.append(_heading(report.style_ids["Heading 2"], chart.title))
            _add_chart(document, chart.svg, chart_picture(chart.svg))
    if conflicts:
        report.append(_heading(report.style_ids["Heading 1"], conflicts_heading(locale)))
        for conflict in conflicts:
            report.append(_heading(report.style_ids["Heading 2"], conflict.heading))
            for side in conflict.sides:
                report.append(_paragraph([_run(side)], indent=284))
            report.append(_paragraph([_muted(conflict.resolution)], indent=284, after=120))
    report.provenance(provenance)
    report.append(_paragraph([]))  # Word wants the body to end in a paragraph
    cancel.raise_if_cancelled()
    yield Progress(written, total, "Saving the document")
    document.save(out)
    return written


_SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"  # Office's SVG picture extension
_ASVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _add_chart(document: WordDocument, svg: str, png: bytes) -> None:
    """A picture paragraph showing the PNG, with the SVG beside it in the blip's extension
    list (Word draws the SVG; readers that do not know it draw the PNG)."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    shape = document.add_picture(BytesIO(png), width=Mm(CHART_WIDTH_MM))
    package = document.part.package
    number = sum(1 for part in package.iter_parts() if part.partname.ext == "svg") + 1
    svg_part = Part(
        PackURI(f"/word/media/chart{number}.svg"), "image/svg+xml", svg.encode("utf-8"), package
    )
    relation = document.part.relate_to(svg_part, RELATIONSHIP_TYPE.IMAGE)
    blip = shape._inline.graphic.graphicData.pic.blipFill.blip
    blip.append(
        parse_xml(
            f'<a:extLst xmlns:a="{_A_NS}"><a:ext uri="{_SVG_EXTENSION}">'
            f'<asvg:svgBlip xmlns:asvg="{_ASVG_NS}" xmlns:r="{R_NS}" r:embed="{relation}"/>'
            "</a:ext></a:extLst>"
        )
    )


class _WordReport:
    """One Word document being filled in reading order."""

    def __init__(self, document: WordDocument, header: ReportHeader):
        self.document = document
        self.header = header
        self.locale = header.locale
        self.words: Words = words_for(header.locale)
        self.style_ids = {
            name: document.styles[name].style_id for name in ("Title", "Heading 1", "Heading 2")
        }
        self._end = document.element.body.sectPr  # content goes before the section settings
        self._links: dict[str, str] = {}
        self._page_setup()

    def _page_setup(self) -> None:
        section = self.document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin, section.bottom_margin = Mm(18), Mm(20)
        normal = self.document.styles["Normal"]
        normal.font.size = Pt(10)
        # The title at the left, "Page 3 of 120" at the right margin; Word counts the pages.
        # "%1" and "%2" of the words become Word's PAGE and NUMPAGES fields.
        page_of = self.words.translate("Report", "Page %1 of %2")
        before, _, rest = page_of.partition("%1")
        between, _, after = rest.partition("%2")
        old = section.footer.paragraphs[0]._p
        tabs = '<w:tab w:val="clear" w:pos="4680"/><w:tab w:val="clear" w:pos="9360"/>'
        tabs += f'<w:tab w:val="right" w:pos="{LABEL_WIDTH + VALUE_WIDTH - 40}"/>'
        muted = {"size": 16, "colour": MUTED}
        footer = _parsed(
            f'<w:p><w:pPr><w:pStyle w:val="Footer"/><w:tabs>{tabs}</w:tabs></w:pPr>'
            f"{_run(self.header.title, **muted)}<w:r><w:tab/></w:r>{_run(before, **muted)}"
            f"{_field('PAGE')}{_run(between, **muted)}{_field('NUMPAGES')}"
            f"{_run(after, **muted) if after else ''}</w:p>"
        )
        old.addnext(footer[0])
        old.getparent().remove(old)

    def append(self, xml: str) -> None:
        """Add body content given as WordprocessingML (paragraphs and tables)."""
        for element in _parsed(xml):
            self._end.addprevious(element)

    def front_matter(self, organisation: str | None) -> None:
        """Title, provenance, scope and the summary tables; document properties too."""
        header = self.header
        properties = self.document.core_properties
        properties.title = header.title
        # Never the login: the organisation, else the name the analyst chose, else nobody
        # (python-docx's template would say "python-docx").
        properties.author = organisation or header.made_by or ""
        properties.last_modified_by = header.made_by or ""
        properties.comments = made_text(header)
        made = header.made_at.astimezone(UTC).replace(tzinfo=None)  # python-docx wants UTC
        properties.created = properties.modified = made
        number = partial(format_number, locale=self.locale)
        words, locale = self.words, self.locale
        summary = header.summary
        statuses = [
            (text.status_label(s, locale), number(n)) for s, n in summary.by_status.items() if n
        ]
        grades = [
            (text.credibility_text(g, locale), number(n))
            for g, n in summary.by_credibility.items()
            if n
        ]
        in_report = words.plural(
            summary.total,
            words.translate("Report", "%n claim in this report."),
            words.translate("Report", "%n claims in this report."),
        )
        claims = words.translate("Report", "Claims")
        self.append(
            _heading(self.style_ids["Title"], header.title)
            + _paragraph([_muted(made_text(header))])
            + _table([(label, _run(value)) for label, value in scope_fields(header)])
            + _heading(self.style_ids["Heading 1"], words.translate("Report", "Summary"))
            + _paragraph([_run(in_report)])
            + _count_table(words.translate("Report", "Status"), claims, statuses)
            + _paragraph([])
            + _count_table(words.translate("Report", "Credibility"), claims, grades)
        )

    def claim(self, claim: ClaimRecord) -> str:
        """A Heading 2 with the claim's number and statement, then a table of its facts."""
        rows = []
        for field in claim_fields(claim, self.locale):
            if field.kind == "status":
                value = _run(field.value, bold=True, colour=STATUS_COLOURS[claim.status])
            elif field.kind == "quote":
                value = _run(field.value, italic=True, language=claim.quote_language)
            else:
                value = _run(field.value)
            rows.append((field.label, value))
        for citation in claim.citations:
            words = citation_text(citation, self.locale)
            lines = [_paragraph([_run(words.title, bold=True)])]
            for line in (words.source, words.url, words.captured, words.sha256):
                if line:
                    shown = self._link(line) if line == words.url else _muted(line)
                    lines.append(_paragraph([shown]))
            quote = _run(words.excerpt, italic=True, language=citation.article.language)
            lines.append(_paragraph([quote], indent=227))
            if words.note:
                lines.append(_paragraph([_muted(words.note)]))
            if words.warning:
                lines.append(_paragraph([_run(words.warning, bold=True, colour=WARNING)]))
            rows.append((self.words.translate("Report", "Citation"), "".join(lines)))
        return _heading(self.style_ids["Heading 2"], claim_heading(claim)) + _table(rows)

    def provenance(self, provenance: ProvenanceWords) -> None:
        """Where the report comes from: a Heading 1, a table of the facts, the cited
        captures, the note (Heading 2 is the claims' level: the contents list claims)."""
        rows = [(label, _run(value)) for label, value in provenance.fields]
        self.append(
            _heading(self.style_ids["Heading 1"], provenance.heading)
            + _table(rows)
            + _paragraph([_run(provenance.cited, bold=True)], after=60)
            + "".join(_paragraph([_muted(line)], indent=227) for line in provenance.captures)
            + _paragraph([_muted(provenance.note)], after=120)
        )

    def _link(self, url: str) -> str:
        """A clickable address for web links; anything else (javascript:, data:) stays text."""
        if urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
            return _muted(url)
        if url not in self._links:
            part = self.document.part
            self._links[url] = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        run = _run(url, size=17, colour="0969DA")
        return f'<w:hyperlink r:id="{self._links[url]}">{run}</w:hyperlink>'


def _clean(words: str) -> str:
    return escape(_NOT_XML.sub("", words))


def _parsed(xml: str) -> list[BaseOxmlElement]:
    """Elements of python-docx's own classes from WordprocessingML without namespaces."""
    return list(parse_xml(f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">{xml}</w:body>'))


def _run(
    words: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: int | None = None,  # half-points
    colour: str | None = None,
    language: str | None = None,
) -> str:
    properties = "".join(
        (
            "<w:b/>" if bold else "",
            "<w:i/>" if italic else "",
            f'<w:color w:val="{colour}"/>' if colour else "",
            f'<w:sz w:val="{size}"/>' if size else "",
            f'<w:lang w:val="{_clean(language)}"/>' if language else "",
        )
    )
    lines = _clean(words).split("\n")
    body = '</w:t><w:br/><w:t xml:space="preserve">'.join(lines)
    styled = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f'<w:r>{styled}<w:t xml:space="preserve">{body}</w:t></w:r>'


def _muted(words: str) -> str:
    return _run(words, size=17, colour=MUTED)


def _field(instruction: str) -> str:
    return f'<w:fldSimple w:instr="{instruction}">{_run("1", size=16, colour=MUTED)}</w:fldSimple>'


def _paragraph(runs: Iterable[str], *, indent: int = 0, after: int = 0) -> str:
    spacing = f'<w:spacing w:before="0" w:after="{after}"/>'
    indented = f'<w:ind w:left="{indent}"/>' if indent else ""
    return f"<w:p><w:pPr>{spacing}{indented}</w:pPr>{''.join(runs)}</w:p>"


def _heading(style_id: str, words: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{_run(words)}</w:p>'


_TABLE_START = (
    "<w:tbl><w:tblPr>"
    '<w:tblW w:w="5000" w:type="pct"/>'
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{BORDER}"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
    '<w:tblLayout w:type="fixed"/>'
    '<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
    '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
    '<w:tblLook w:val="0000"/>'
    "</w:tblPr>"
)


def _cell(content: str, width: int, *, shaded: bool = False, right: bool = False) -> str:
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{SHADE}"/>' if shaded else ""
    if not content.startswith("<w:p>"):
        content = _paragraph([content])
    if right:
        content = content.replace("<w:pPr>", '<w:pPr><w:jc w:val="right"/>', 1)
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{fill}</w:tcPr>{content}</w:tc>'


def _table(rows: Sequence[tuple[str, str]]) -> str:
    """A two-column table: a shaded label, then the value's runs or paragraphs."""
    grid = (
        f'<w:tblGrid><w:gridCol w:w="{LABEL_WIDTH}"/><w:gridCol w:w="{VALUE_WIDTH}"/></w:tblGrid>'
    )
    body = "".join(
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        + _cell(_run(label, size=17, colour=MUTED), LABEL_WIDTH, shaded=True)
        + _cell(value, VALUE_WIDTH)
        + "</w:tr>"
        for label, value in rows
    )
    return f"{_TABLE_START}{grid}{body}</w:tbl>"


def _count_table(label: str, counted: str, rows: Sequence[tuple[str, str]]) -> str:
    """A summary table: a header row, then one row per value with its count at the right."""
    widths = (3800, 1700)  # room for "Behauptungen" as well as "Claims"
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    header = (
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
        + _cell(_run(label, bold=True), widths[0], shaded=True)
        + _cell(_run(counted, bold=True), widths[1], shaded=True, right=True)
        + "</w:tr>"
    )
    body = "".join(
        "<w:tr>"
        + _cell(_run(name), widths[0])
        + _cell(_run(count), widths[1], right=True)
        + "</w:tr>"
        for name, count in rows
    )
    start = _TABLE_START.replace(
        '<w:tblW w:w="5000" w:type="pct"/>', '<w:tblW w:w="5500" w:type="dxa"/>'
    )
    return f"{start}<w:tblGrid>{grid}</w:tblGrid>{header}{body}</w:tbl>"
