"""A claim and its citations in words, as the PDF and DOCX reports lay them out.

Both formats print the same labelled fields in the same order; only the typography differs,
so the wording lives here once and each renderer only decides how a field looks.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import snippets
from ..enums import AnchorState, HopMode
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
    """ "Made on 25 November 2026, 14:34 UTC by analyst from /…/x.sqlite3 (schema 0004)"."""
    schema = f" (schema {header.revision})" if header.revision else ""
    when = text.timestamp_text(header.made_at, header.locale)
    return f"Made on {when} by {header.made_by} from {header.database}{schema}"


def scope_fields(header: ReportHeader) -> list[tuple[str, str]]:
    """The filter in words, or one line saying that every claim is in the report."""
    return text.scope_lines(header.scope) or [("Scope", "All claims")]


def claim_heading(claim: ClaimRecord) -> str:
    return f"#{claim.id} {snippets.clip_end(claim.statement, HEADING_LIMIT)}"


def quoted(words: str, language: str | None) -> str:
    """Words in the quotation marks of their own language: „so“ in German, “so” otherwise."""
    if (language or "").lower().startswith("de"):
        return f"„{words}“"
    return f"“{words}”"


def hop_text(hop: HopRecord, locale: str = "en") -> str:
    """ "t-online (paraphrases, 10 June 2025)"."""
    details = [text.MODE_LABELS[HopMode(hop.mode)]]
    if hop.said_on is not None:
        details.append(text.partial_date_text(hop.said_on, locale))
    return f"{hop.label} ({', '.join(details)})"


def cited_evidence(claim: ClaimRecord, review: ReviewRecord) -> list[str]:
    """The cited excerpts a judgement rests on, as the article's title and the excerpt."""
    cited = {citation.id: citation for citation in claim.citations}
    lines = []
    for item in review.evidence:
        if item.url:
            continue
        citation = cited.get(item.citation_id) if item.citation_id is not None else None
        if citation is None:
            lines.append("An excerpt no longer cited by this claim")
            continue
        excerpt = snippets.clip_end(citation.excerpt, EVIDENCE_EXCERPT)
        lines.append(f"{citation.article.title}: {quoted(excerpt, citation.article.language)}")
    return lines


def evidence_lines(claim: ClaimRecord, review: ReviewRecord) -> list[str]:
    """What a judgement rests on: web addresses as given, then the cited excerpts."""
    return [*review.evidence_urls, *cited_evidence(claim, review)]


def claim_fields(claim: ClaimRecord, locale: str = "en") -> list[ClaimField]:
    """The labelled facts of one claim, empty ones left out."""
    fields = [ClaimField("Status", text.status_label(claim.status), "status")]
    review = claim.latest_review
    if review is not None:
        when = text.timestamp_text(review.created_at, locale)
        fields.append(ClaimField("Reviewed", f"by {review.reviewer}, {when}"))
    if review is not None and review.rationale:
        fields.append(ClaimField("Rationale", " ".join(review.rationale.split())))
    if review is not None and review.evidence:
        fields.append(ClaimField("Evidence", "\n".join(evidence_lines(claim, review))))
    if len(" ".join(claim.statement.split())) > HEADING_LIMIT:
        fields.append(ClaimField("Statement", claim.statement))
    credibility = text.credibility_text(claim.credibility)
    fields.append(ClaimField("Grade", f"{text.grade_text(claim)} · credibility {credibility}"))
    if claim.claimant is not None:
        kind = text.KIND_LABELS[claim.claimant.kind].lower()
        fields.append(ClaimField("Claimant", f"{text.source_text(claim.claimant)}, {kind}"))
    if claim.quantity is not None:
        fields.append(ClaimField("Quantity", text.quantity_text(claim.quantity, locale)))
    if claim.quote:
        language = f" ({claim.quote_language})" if claim.quote_language else ""
        quote = quoted(claim.quote, claim.quote_language)
        fields.append(ClaimField(f"Original{language}", quote, "quote"))
    if claim.hops:
        chain = " → ".join(hop_text(hop, locale) for hop in claim.hops)
        fields.append(ClaimField("Attribution", chain))
    if claim.claimed_on is not None:
        fields.append(ClaimField("Claimed on", text.dated_text(claim.claimed_on, locale)))
    if claim.as_of is not None:
        fields.append(ClaimField("As of", text.dated_text(claim.as_of, locale)))
    if claim.tags:
        fields.append(ClaimField("Tags", ", ".join(claim.tags)))
    fields.extend(ClaimField(label, value) for label, value in text.text_fields(claim))
    return fields


def citation_text(citation: CitationRecord, locale: str = "en") -> CitationText:
    article = citation.article
    published = text.date_text(article.published_on, locale)
    publisher = article.publisher.name if article.publisher else None
    origin = ", ".join(part for part in (publisher, published) if part)
    captured = text.timestamp_text(article.captured_at, locale)
    state = citation.anchor_state
    anchor = text.ANCHOR_LABELS[state]
    return CitationText(
        title=article.title,
        source=" · ".join(part for part in (text.ROLE_LABELS[citation.role], origin) if part),
        url=article.url or "",
        captured=f"Captured {captured}" if captured else "",
        sha256=f"SHA-256 {article.sha256}" if article.sha256 else "",
        excerpt=quoted(citation.excerpt, article.language),
        note=f"Note: the excerpt was {anchor}." if state is AnchorState.MOVED else "",
        warning=f"Warning: the excerpt was {anchor}." if state is AnchorState.ORPHANED else "",
    )
