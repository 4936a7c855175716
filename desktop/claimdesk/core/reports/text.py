"""How a report words the domain: labels for grades and statuses, dates and quantities.

Reports are documents handed to others, written in English labels (the claim texts stay in
their own language); numbers and dates follow the report's locale through babel.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from babel.dates import format_date, format_datetime

from ..dates import PartialDate
from ..enums import (
    AnchorState,
    CitationRole,
    Credibility,
    DatePrecision,
    Grouping,
    HopMode,
    Reliability,
    ScopeField,
    SourceKind,
    Status,
)
from ..quantities import Quantity, format_quantity
from ..records import CLAIM_TEXT_FIELDS, ClaimRecord, ReportSection, ScopePart, SourceRef

STATUS_LABELS = {
    Status.UNVERIFIED: "Unverified",
    Status.IN_PROGRESS: "In progress",
    Status.VERIFIED: "Verified",
    Status.MISLEADING: "Partly true / misleading",
    Status.FALSE: "False",
    Status.UNPROVEN: "Unproven",
    Status.RETRACTED: "Retracted",
}

RELIABILITY_LABELS = {
    Reliability.A: "Completely reliable",
    Reliability.B: "Usually reliable",
    Reliability.C: "Fairly reliable",
    Reliability.D: "Not usually reliable",
    Reliability.E: "Unreliable",
    Reliability.F: "Reliability cannot be judged",
}

CREDIBILITY_LABELS = {
    Credibility.CONFIRMED: "Confirmed by other sources",
    Credibility.PROBABLY_TRUE: "Probably true",
    Credibility.POSSIBLY_TRUE: "Possibly true",
    Credibility.DOUBTFUL: "Doubtful",
    Credibility.IMPROBABLE: "Improbable",
    Credibility.CANNOT_BE_JUDGED: "Truth cannot be judged",
}

KIND_LABELS = {
    SourceKind.PERSON: "Person",
    SourceKind.ORGANISATION: "Organisation",
    SourceKind.GOVERNMENT: "Government body",
    SourceKind.MEDIA_OUTLET: "Media outlet",
    SourceKind.ANONYMOUS: "Anonymous",
}

MODE_LABELS = {HopMode.VERBATIM: "quotes verbatim", HopMode.PARAPHRASE: "paraphrases"}
ROLE_LABELS = {
    CitationRole.REPORTS: "Reports",
    CitationRole.SUPPORTS: "Supports",
    CitationRole.CONTRADICTS: "Contradicts",
}
ANCHOR_LABELS = {
    AnchorState.ANCHORED: "",
    AnchorState.MOVED: "found again after the article changed",
    AnchorState.ORPHANED: "no longer found in the article text",
}


def status_label(status: Status) -> str:
    return STATUS_LABELS[status]


def credibility_text(grade: Credibility) -> str:
    """ "2 – Probably true"."""
    return f"{grade.value} – {CREDIBILITY_LABELS[grade]}"


def reliability_text(grade: Reliability) -> str:
    return f"{grade.value} – {RELIABILITY_LABELS[grade]}"


def source_text(source: SourceRef | None) -> str:
    """ "Kyrylo Budanov (C – Fairly reliable)"."""
    if source is None:
        return ""
    return f"{source.name} ({reliability_text(source.reliability)})"


def claimant_text(source: SourceRef | None) -> str:
    """ "Kyrylo Budanov (C)", or "" when nobody is named."""
    return f"{source.name} ({source.reliability.value})" if source is not None else ""


def grade_text(claim: ClaimRecord) -> str:
    """The Admiralty grade of the claim: source reliability plus credibility, "C2"."""
    reliability = claim.claimant.reliability.value if claim.claimant else Reliability.F.value
    return f"{reliability}{claim.credibility.value}"


def partial_date_text(value: PartialDate | None, locale: str = "en") -> str:
    """ "10 June 2025", "June 2025", "2025": as much as is known, nothing invented."""
    if value is None:
        return ""
    if value.precision is DatePrecision.DAY:
        return format_date(value.value, "d MMMM y", locale=locale)
    if value.precision is DatePrecision.MONTH:
        return format_date(value.value, "LLLL y", locale=locale)
    return str(value.value.year)


def dated_text(value: PartialDate | None, locale: str = "en") -> str:
    """The date with its precision spelt out where a reader might assume a day:
    "June 2025 (day unknown)", "2025 (month unknown)"."""
    if value is None:
        return ""
    shown = partial_date_text(value, locale)
    if value.precision is DatePrecision.MONTH:
        return f"{shown} (day unknown)"
    if value.precision is DatePrecision.YEAR:
        return f"{shown} (month unknown)"
    return shown


def date_text(value: date | None, locale: str = "en") -> str:
    return format_date(value, "d MMMM y", locale=locale) if value else ""


def timestamp_text(value: datetime | None, locale: str = "en") -> str:
    """A UTC moment, marked as UTC so that readers elsewhere are not misled."""
    if value is None:
        return ""
    return format_datetime(value.astimezone(UTC), "d MMMM y, HH:mm", locale=locale) + " UTC"


def quantity_text(value: Quantity | None, locale: str = "en") -> str:
    return format_quantity(value, locale) if value is not None else ""


# The words for a claim's text fields (records.CLAIM_TEXT_FIELDS).
TEXT_FIELD_LABELS = {"notes": "Notes"}


def text_fields(claim: ClaimRecord) -> list[tuple[str, str]]:
    """(label, text) for each text field the claim has filled in, in their order."""
    found = []
    for name in CLAIM_TEXT_FIELDS:
        value = getattr(claim, name)
        if value:
            found.append((TEXT_FIELD_LABELS[name], value))
    return found


def section_title(grouping: Grouping, section: ReportSection) -> str:
    """ "Status: False", "Tag: Kursk", "No tag"; "Claims" when the report is not grouped."""
    if grouping is Grouping.STATUS:
        return f"Status: {STATUS_LABELS[Status(section.key)]}"
    if grouping is Grouping.TAG:
        return f"Tag: {section.key}" if section.key else "No tag"
    return "Claims"


_SCOPE_LABELS = {
    ScopeField.SEARCH: "Search",
    ScopeField.STATUS: "Status",
    ScopeField.CREDIBILITY: "Credibility",
    ScopeField.CLAIMANT: "Claimant",
    ScopeField.RELIABILITY: "Source reliability",
    ScopeField.TAG: "Tag",
    ScopeField.ARTICLE: "Article",
    ScopeField.CLAIMED_ON: "Claim date",
    ScopeField.AS_OF: "As of",
    ScopeField.PUBLISHER: "Publisher",
    ScopeField.QUANTITY: "Quantity",
    ScopeField.UNIT: "Unit",
    ScopeField.ORPHANED: "Excerpts",
    ScopeField.CONFLICTED: "Conflicting figures",
}


def scope_lines(scope: tuple[ScopePart, ...]) -> list[tuple[str, str]]:
    """The filter a report was made with, a (label, words) pair per part, in the order the
    parts were read; empty when the report holds every claim."""
    return [(_SCOPE_LABELS[part.field], _scope_words(part)) for part in scope]


def _scope_words(part: ScopePart) -> str:
    values = part.values
    if part.field is ScopeField.SEARCH:
        return f"“{values[0]}”"
    if part.field is ScopeField.STATUS:
        return ", ".join(STATUS_LABELS[Status(value)] for value in values)
    if part.field is ScopeField.CREDIBILITY:
        return ", ".join(credibility_text(Credibility(value)) for value in values)
    if part.field is ScopeField.RELIABILITY:
        return ", ".join(reliability_text(Reliability(value)) for value in values)
    if part.field in (ScopeField.CLAIMED_ON, ScopeField.AS_OF):
        first, last = values
        return f"{first or '…'} to {last or '…'}"
    if part.field is ScopeField.QUANTITY:
        return "with a quantity" if values == ("yes",) else "without one"
    if part.field is ScopeField.ORPHANED:
        return "some no longer found in their article"
    if part.field is ScopeField.CONFLICTED:
        return "open conflicts only" if values == ("yes",) else "without open conflicts"
    return ", ".join(values)  # names: claimants, publishers, tags, units, the article
