"""A claim and its citations in words, as the PDF and DOCX reports lay them out.

Both formats print the same labelled fields in the same order; only the typography differs,
so the wording lives here once and each renderer only decides how a field looks.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import snippets
from ..enums import AnchorState, HopMode
from ..i18n import fill, words_for
from ..records import CitationRecord, ClaimRecord, HopRecord, ReportHeader, ReviewRecord
from . import text

HEADING_LIMIT = 240  # characters of the statement in a claim heading before it is cut
EVIDENCE_EXCERPT = 200  # characters of a cited excerpt given as evidence


@dataclass(frozen=True, slots=True)
class ClaimField:
    label: str
    value: str
    kind: str = "text"  # "status", "quote" or "text": how a renderer may set it apart


@dataclass(frozen=True, slots=True)
class CitationText:
    title: str  # the article's title
    source: str  # "Reports · t-online, 10 June 2025": the citation's role, publisher, date
    url: str
    captured: str  # "Captured 10 June 2025, 12:00 UTC"
    sha256: str  # "SHA-256 b08d…"
    excerpt: str  # in quotation marks
    note: str  # said when the excerpt was found again only after the article changed
    warning: str  # said when the excerpt is no longer in the article


def made_text(header: ReportHeader) -> str:
    """ "Made on 25 November 2026, 14:34 UTC by Jane Doe (schema 0012)": a name only when the
    analyst chose one (ReportOptions.name_in_report), never a login or a database's path."""
    words = words_for(header.locale)
    when = text.timestamp_text(header.made_at, header.locale)
    if header.made_by and header.revision:
        made = words.translate("Report", "Made on %1 by %2 (schema %3)")
        return fill(made, when, header.made_by, header.revision)
    if header.made_by:
        return fill(words.translate("Report", "Made on %1 by %2"), when, header.made_by)
    if header.revision:
        return fill(words.translate("Report", "Made on %1 (schema %2)"), when, header.revision)
    return fill(words.translate("Report", "Made on %1"), when)


def scope_fields(header: ReportHeader) -> list[tuple[str, str]]:
    """The filter in words, or one line saying that every claim is in the report."""
    words = words_for(header.locale)
    everything = (words.translate("Report", "Scope"), words.translate("Report", "All claims"))
    return text.scope_lines(header.scope, header.locale) or [everything]


def claim_heading(claim: ClaimRecord) -> str:
    return f"#{claim.id} {snippets.clip_end(claim.statement, HEADING_LIMIT)}"


def quoted(words: str, language: str | None) -> str:
    """Words in the quotation marks of their own language: „so“ in German, “so” otherwise."""
    if (language or "").lower().startswith("de"):
        return f"„{words}“"
    return f"“{words}”"


def hop_text(hop: HopRecord, locale: str = "en") -> str:
    """ "t-online (paraphrases, 10 June 2025)"."""
    details = [text.mode_text(HopMode(hop.mode), locale)]
    if hop.said_on is not None:
        details.append(text.partial_date_text(hop.said_on, locale))
    return f"{hop.label} ({', '.join(details)})"


def cited_evidence(claim: ClaimRecord, review: ReviewRecord, locale: str = "en") -> list[str]:
    """The cited excerpts a judgement rests on, as the article's title and the excerpt."""
    cited = {citation.id: citation for citation in claim.citations}
    lines = []
    for item in review.evidence:
        if item.url:
            continue
        citation = cited.get(item.citation_id) if item.citation_id is not None else None
        if citation is None:
            words = words_for(locale)
            lines.append(words.translate("Report", "An excerpt no longer cited by this claim"))
            continue
        excerpt = snippets.clip_end(citation.excerpt, EVIDENCE_EXCERPT)
        lines.append(f"{citation.article.title}: {quoted(excerpt, citation.article.language)}")
    return lines


def evidence_lines(claim: ClaimRecord, review: ReviewRecord, locale: str = "en") -> list[str]:
    """What a judgement rests on: web addresses as given, then the cited excerpts."""
    return [*review.evidence_urls, *cited_evidence(claim, review, locale)]


def claim_fields(claim: ClaimRecord, locale: str = "en") -> list[ClaimField]:
    """The labelled facts of one claim, empty ones left out."""
    words = words_for(locale)
    fields: list[ClaimField] = []

    def add(label: str, value: str, kind: str = "text") -> None:
        fields.append(ClaimField(label, value, kind))

    add(words.translate("Report", "Status"), text.status_label(claim.status, locale), "status")
    review = claim.latest_review
    if review is not None:
        when = text.timestamp_text(review.created_at, locale)
        by = fill(words.translate("Report", "by %1, %2"), review.reviewer, when)
        if review.confirmed_by and review.confirmed_at is not None:
            confirmed = words.translate("Report", "%1; confirmed by %2, %3")
            by = fill(
                confirmed,
                by,
                review.confirmed_by,
                text.timestamp_text(review.confirmed_at, locale),
            )
        add(words.translate("Report", "Reviewed"), by)
    waiting = claim.awaiting_review
    if waiting is not None:
        verdict = fill(
            words.translate("Report", "%1 by %2, %3"),
            text.status_label(waiting.to_status, locale),
            waiting.reviewer,
            text.timestamp_text(waiting.created_at, locale),
        )
        add(words.translate("Report", "Awaiting confirmation"), verdict)
    if review is not None and review.rationale:
        add(words.translate("Report", "Rationale"), " ".join(review.rationale.split()))
    if review is not None and review.evidence:
        evidence = "\n".join(evidence_lines(claim, review, locale))
        add(words.translate("Report", "Evidence"), evidence)
    if len(" ".join(claim.statement.split())) > HEADING_LIMIT:
        add(words.translate("Report", "Statement"), claim.statement)
    credibility = text.credibility_text(claim.credibility, locale)
    grade = words.translate("Report", "%1 · credibility %2")
    add(words.translate("Report", "Grade"), fill(grade, text.grade_text(claim), credibility))
    if claim.claimant is not None:
        source = text.source_text(claim.claimant, locale)
        kind = text.kind_text(claim.claimant.kind, locale)
        add(words.translate("Report", "Claimant"), f"{source}, {kind}")
    if claim.quantity is not None:
        add(words.translate("Report", "Quantity"), text.quantity_text(claim.quantity, locale))
    if claim.quote:
        original = words.translate("Report", "Original")
        if claim.quote_language:
            original = fill(words.translate("Report", "Original (%1)"), claim.quote_language)
        add(original, quoted(claim.quote, claim.quote_language), "quote")
    if claim.hops:
        chain = " → ".join(hop_text(hop, locale) for hop in claim.hops)
        add(words.translate("Report", "Attribution"), chain)
    if claim.claimed_on is not None:
        add(words.translate("Report", "Claimed on"), text.dated_text(claim.claimed_on, locale))
    if claim.as_of is not None:
        add(words.translate("Report", "As of"), text.dated_text(claim.as_of, locale))
    if claim.tags:
        add(words.translate("Report", "Tags"), ", ".join(claim.tags))
    for label, value in text.text_fields(claim, locale):
        add(label, value)
    return fields


def citation_text(citation: CitationRecord, locale: str = "en") -> CitationText:
    words = words_for(locale)
    article = citation.article
    published = text.date_text(article.published_on, locale)
    publisher = article.publisher.name if article.publisher else None
    origin = ", ".join(part for part in (publisher, published) if part)
    captured = text.timestamp_text(article.captured_at, locale)
    state = citation.anchor_state
    role = text.role_text(citation.role, locale)
    note = warning = ""
    if state is AnchorState.MOVED:
        note = words.translate(
            "Report", "Note: the excerpt was found again after the article changed."
        )
    elif state is AnchorState.ORPHANED:
        warning = words.translate(
            "Report", "Warning: the excerpt was no longer found in the article text."
        )
    return CitationText(
        title=article.title,
        source=" · ".join(part for part in (role, origin) if part),
        url=article.url or "",
        captured=fill(words.translate("Report", "Captured %1"), captured) if captured else "",
        sha256=f"SHA-256 {article.sha256}" if article.sha256 else "",
        excerpt=quoted(citation.excerpt, article.language),
        note=note,
        warning=warning,
    )
