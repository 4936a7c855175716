"""HTML and Markdown reports from the Jinja2 templates in resources/templates.

The template is rendered as a stream while the claims are read a chunk at a time, so a report
of 100,000 claims never sits in memory whole; progress is reported between chunks.
HTML is autoescaped (no markup from claim texts survives); Markdown escapes its own syntax.
Only http(s) addresses become links, in both; every value written loses its control
characters on the way out (core/control_chars.py), whatever the database holds. The templates
hold markup only: every word comes from here, in the report's language (`labels` and the
wording functions of the context).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, select_autoescape
from markupsafe import Markup

from ..control_chars import clean_text
from ..enums import Grouping
from ..i18n import fill, words_for
from ..jobs import CancelToken, Job
from ..quantities import format_number
from ..records import (
    ArticleRef,
    ClaimRecord,
    Progress,
    ReportHeader,
    ReportOptions,
    ReportSection,
    ReviewRecord,
)
from ..resources import resource
from ..services.reports import ReportReader
from . import text
from .claim_fields import cited_evidence
from .figures import ReportFigures, charts_heading, conflicts_heading, report_figures
from .provenance import html_note, provenance_words, script_json

if TYPE_CHECKING:
    from ..project import Project

PROGRESS_EVERY = 500
# What a URL may keep inside a Markdown autolink <…>: the reserved and unreserved characters of
# RFC 3986 and "%" (already-encoded bytes stay as they are). Everything else, above all "<",
# ">", quotes, spaces and controls, is percent-encoded, so the link cannot end early.
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~-._"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!]|^[-+>]|^\d+(?=\.\s))", re.MULTILINE)


def write_html(
    project: Project, options: ReportOptions, out: BinaryIO, cancel: CancelToken
) -> Job[int]:
    return _render(_template("report.html.j2"), project, options, out, cancel)


def write_markdown(
    project: Project, options: ReportOptions, out: BinaryIO, cancel: CancelToken
) -> Job[int]:
    return _render(_template("report.md.j2"), project, options, out, cancel)


def markdown_text(value: object) -> str:
    """Text that reads the same in Markdown: syntax characters escaped, lines kept in one
    paragraph (a claim text with a blank line must not end its list item)."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", str(value))
    return " ".join(escaped.split())


def safe_href(url: str | None) -> str:
    """Only web addresses become links; anything else (javascript:, data:) is no link."""
    if url and _is_web_address(url):
        return url.strip()
    return "#"


def markdown_link(url: str) -> str:
    """A web address as a Markdown autolink whose target cannot break out of its brackets;
    any other address (javascript:, data:, file:) as inert escaped text."""
    if not _is_web_address(url):
        return markdown_text(url)
    return f"<{quote(url.strip(), safe=_URL_SAFE)}>"


def _is_web_address(url: str) -> bool:
    try:
        return urlsplit(url.strip()).scheme.lower() in ("http", "https")
    except ValueError:  # "https://[::1": not an address at all
        return False


def printable(value: object) -> object:
    """Every value a template writes, without control characters (see control_chars)."""
    if isinstance(value, Markup):
        return Markup(clean_text(str(value)))
    if isinstance(value, str):
        return clean_text(value)
    return value


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(resource("templates")),
        autoescape=select_autoescape(["html.j2"]),
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
        finalize=printable,
    )
    environment.globals.update(href=safe_href, md=markdown_text, link=markdown_link)
    return environment


def _template(name: str) -> Template:
    return _environment().get_template(name)


def _render(
    template: Template,
    project: Project,
    options: ReportOptions,
    out: BinaryIO,
    cancel: CancelToken,
) -> Job[int]:
    figures = report_figures(project, options)
    with project.reports.open(options, cancel) as report:
        return (yield from _write(template, report, options, out, cancel, figures))


def _write(
    template: Template,
    report: ReportReader,
    options: ReportOptions,
    out: BinaryIO,
    cancel: CancelToken,
    figures: ReportFigures | None = None,
) -> Job[int]:
    header = report.header
    # Grouped by tag, a claim with two tags is written twice; progress counts entries, the
    # result counts claims.
    total = sum(len(section.claim_ids) for section in header.sections)
    locale = options.locale
    written = [0]
    distinct: set[int] = set()

    def claims_of(section: ReportSection) -> Iterator[ClaimRecord]:
        for chunk in report.claims(section.claim_ids):
            cancel.raise_if_cancelled()
            for claim in chunk:
                written[0] += 1
                distinct.add(claim.id)
                yield claim

    words = words_for(locale)
    provenance = report.provenance
    context = {
        "header": header,
        "provenance": provenance_words(provenance, locale),
        "provenance_json": script_json(provenance),
        "provenance_data_note": html_note(locale),
        "language": locale.replace("_", "-"),
        "labels": labels(locale),
        "made": made_line(header),
        "counted": words.plural(
            header.summary.total,
            words.translate("Report", "%n claim."),
            words.translate("Report", "%n claims."),
        ),
        "grouped": options.grouping is not Grouping.NONE,
        "sections": ((section, claims_of(section)) for section in header.sections),
        "scope": text.scope_lines(header.scope, locale),
        "section_title": lambda section: text.section_title(options.grouping, section, locale),
        "status_label": lambda status: text.status_label(status, locale),
        "credibility_text": lambda grade: text.credibility_text(grade, locale),
        "source_text": lambda source: text.source_text(source, locale),
        "grade_line": lambda claim: fill(
            words.translate("Report", "Grade %1 · credibility %2"),
            text.grade_text(claim),
            text.credibility_text(claim.credibility, locale),
        ),
        "grade_after_status": lambda claim: fill(
            words.translate("Report", "grade %1 · credibility %2"),
            text.grade_text(claim),
            text.credibility_text(claim.credibility, locale),
        ),
        "judgement": lambda review: judgement_text(review, locale),
        "cited_evidence": lambda claim, review: cited_evidence(claim, review, locale),
        "anchor_note": lambda citation: text.anchor_note(citation.anchor_state, locale),
        "captured": lambda article: captured_text(article, locale),
        "text_fields": lambda claim: text.text_fields(claim, locale),
        "timestamp": lambda value: text.timestamp_text(value, locale),
        "partial_date_text": lambda value: text.partial_date_text(value, locale),
        "dated_text": lambda value: text.dated_text(value, locale),
        "date_text": lambda value: text.date_text(value, locale),
        "quantity_text": lambda value: text.quantity_text(value, locale),
        "number": lambda value: format_number(value, locale),
        "figures": figures or ReportFigures((), ()),
        "inline_svg": inline_svg,
    }
    yield Progress(0, total, "Writing the report")
    reported = 0
    for piece in template.generate(**context):
        out.write(piece.encode("utf-8"))
        if written[0] - reported >= PROGRESS_EVERY:
            reported = written[0]
            yield Progress(reported, total, "Writing the report")
    yield Progress(written[0], total, "Written")
    return len(distinct)


def inline_svg(svg: str) -> Markup:
    """A chart for inlining in HTML: timeline_svg escaped every text it holds, so its markup
    is kept; the XML declaration is left out."""
    return Markup(svg.split("?>", 1)[1].strip() if svg.startswith("<?xml") else svg)


def labels(locale: str) -> dict[str, str]:
    """The headings and field labels the templates write, in the report's language."""
    words = words_for(locale)
    return {
        "scope": words.translate("Report", "Scope"),
        "all_claims": words.translate("Report", "All claims in the project."),
        "summary": words.translate("Report", "Summary"),
        "status": words.translate("Report", "Status"),
        "claims": words.translate("Report", "Claims"),
        "credibility": words.translate("Report", "Credibility"),
        "contents": words.translate("Report", "Contents"),
        "quantity": words.translate("Report", "Quantity"),
        "claimant": words.translate("Report", "Claimant"),
        "attribution": words.translate("Report", "Attribution"),
        "claimed_on": words.translate("Report", "Claimed on"),
        "as_of": words.translate("Report", "As of"),
        "tags": words.translate("Report", "Tags"),
        "judgement": words.translate("Report", "Judgement"),
        "awaiting": words.translate("Report", "Awaiting confirmation"),
        "charts": charts_heading(locale),
        "conflicts": conflicts_heading(locale),
    }


def made_line(header: ReportHeader) -> str:
    """ "Made 25 November 2026, 14:34 UTC by Jane Doe (schema 0012) with Claimdesk.": a name
    only when the analyst chose one (ReportOptions.name_in_report), never a login or path."""
    words = words_for(header.locale)
    when = text.timestamp_text(header.made_at, header.locale)
    if header.made_by and header.revision:
        made = words.translate("Report", "Made %1 by %2 (schema %3) with Claimdesk.")
        return fill(made, when, header.made_by, header.revision)
    if header.made_by:
        made = words.translate("Report", "Made %1 by %2 with Claimdesk.")
        return fill(made, when, header.made_by)
    if header.revision:
        made = words.translate("Report", "Made %1 (schema %2) with Claimdesk.")
        return fill(made, when, header.revision)
    return fill(words.translate("Report", "Made %1 with Claimdesk."), when)


def judgement_text(review: ReviewRecord, locale: str) -> str:
    """ "False by analyst, 25 November 2026, 14:34 UTC": the verdict, who, when."""
    words = words_for(locale)
    status = text.status_label(review.to_status, locale)
    said = fill(
        words.translate("Report", "%1 by %2, %3"),
        status,
        review.reviewer,
        text.timestamp_text(review.created_at, locale),
    )
    if review.confirmed_by and review.confirmed_at is not None:
        confirmed = words.translate("Report", "%1; confirmed by %2, %3")
        when = text.timestamp_text(review.confirmed_at, locale)
        said = fill(confirmed, said, review.confirmed_by, when)
    return said


def captured_text(article: ArticleRef, locale: str) -> str:
    """ "Captured 10 June 2025, 12:00 UTC", or "" for an article never captured."""
    if article.captured_at is None:
        return ""
    when = text.timestamp_text(article.captured_at, locale)
    return fill(words_for(locale).translate("Report", "Captured %1"), when)
