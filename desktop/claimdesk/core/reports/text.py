"""How a report words the domain: labels for grades and statuses, dates and quantities.

Reports are documents handed to others, worded in the language of the report's locale (the
claim texts stay in their own language): the labels come from the catalogue the window is
translated with (core/i18n.py), numbers and dates follow the same locale through babel. Every
function takes that locale ("en" when none is given); English is the source text itself.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import cache

from babel import Locale
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
from ..i18n import Words, fill, words_for
from ..quantities import Quantity, format_quantity
from ..records import CLAIM_TEXT_FIELDS, ClaimRecord, ReportSection, ScopePart, SourceRef


def status_label(status: Status, locale: str = "en") -> str:
    """The status as the window names it ("Partly true / misleading", "Ungeprüft")."""
    return _status_names(locale)[status]


# The tables of words are made once per locale: a report words every claim with them.
@cache
def _status_names(locale: str) -> dict[Status, str]:
    words = words_for(locale)
    return {
        Status.UNVERIFIED: words.translate("Status", "Unverified"),
        Status.IN_PROGRESS: words.translate("Status", "In progress"),
        Status.VERIFIED: words.translate("Status", "Verified"),
        Status.MISLEADING: words.translate("Status", "Partly true / misleading"),
        Status.FALSE: words.translate("Status", "False"),
        Status.UNPROVEN: words.translate("Status", "Unproven"),
        Status.RETRACTED: words.translate("Status", "Retracted"),
    }


# The English names of the statuses, as data formats carry them (ClaimReview's alternateName,
# the rating phrases an import recognises): never translated.
STATUS_LABELS = {status: status_label(status) for status in Status}


@cache
def _reliability_meanings(locale: str) -> dict[Reliability, str]:
    # The window's words (its context "Reliability"), in the case German gives them after
    # the grade: "A – völlig zuverlässig", but "F – Zuverlässigkeit nicht beurteilbar".
    words = words_for(locale)
    return {
        Reliability.A: words.translate("Report", "Completely reliable"),
        Reliability.B: words.translate("Report", "Usually reliable"),
        Reliability.C: words.translate("Report", "Fairly reliable"),
        Reliability.D: words.translate("Report", "Not usually reliable"),
        Reliability.E: words.translate("Report", "Unreliable"),
        Reliability.F: words.translate("Report", "Reliability cannot be judged"),
    }


@cache
def _credibility_meanings(locale: str) -> dict[Credibility, str]:
    words = words_for(locale)
    return {
        Credibility.CONFIRMED: words.translate("Report", "Confirmed by other sources"),
        Credibility.PROBABLY_TRUE: words.translate("Report", "Probably true"),
        Credibility.POSSIBLY_TRUE: words.translate("Report", "Possibly true"),
        Credibility.DOUBTFUL: words.translate("Report", "Doubtful"),
        Credibility.IMPROBABLE: words.translate("Report", "Improbable"),
        Credibility.CANNOT_BE_JUDGED: words.translate("Report", "Truth cannot be judged"),
    }


def kind_text(kind: SourceKind, locale: str = "en") -> str:
    """What kind of source, as it follows a name: "person", "staatliche Stelle"."""
    return _kind_names(locale)[kind]


@cache
def _kind_names(locale: str) -> dict[SourceKind, str]:
    words = words_for(locale)
    return {
        SourceKind.PERSON: words.translate("Report", "person"),
        SourceKind.ORGANISATION: words.translate("Report", "organisation"),
        SourceKind.GOVERNMENT: words.translate("Report", "government body"),
        SourceKind.MEDIA_OUTLET: words.translate("Report", "media outlet"),
        SourceKind.ANONYMOUS: words.translate("Report", "anonymous"),
    }


def mode_text(mode: HopMode, locale: str = "en") -> str:
    """How an intermediary passed the claim on: "paraphrases", "zitiert wörtlich"."""
    words = words_for(locale)
    if mode is HopMode.VERBATIM:
        return words.translate("Report", "quotes verbatim")
    return words.translate("Report", "paraphrases")


def role_text(role: CitationRole, locale: str = "en") -> str:
    """What a cited article does for the claim, as the window names it ("Reports")."""
    words = words_for(locale)
    return {
        CitationRole.REPORTS: words.translate("CitationRole", "Reports"),
        CitationRole.SUPPORTS: words.translate("CitationRole", "Supports"),
        CitationRole.CONTRADICTS: words.translate("CitationRole", "Contradicts"),
    }[role]


def anchor_note(state: AnchorState, locale: str = "en") -> str:
    """What became of a cited excerpt when it no longer sits where it was: "" while it does."""
    words = words_for(locale)
    if state is AnchorState.MOVED:
        return words.translate("Report", "Excerpt found again after the article changed")
    if state is AnchorState.ORPHANED:
        return words.translate("Report", "Excerpt no longer found in the article text")
    return ""


def credibility_text(grade: Credibility, locale: str = "en") -> str:
    """ "2 – Probably true", "2 – wahrscheinlich wahr"."""
    return f"{grade.value} – {_credibility_meanings(locale)[grade]}"


def reliability_text(grade: Reliability, locale: str = "en") -> str:
    """ "A – Completely reliable", "A – völlig zuverlässig"."""
    return f"{grade.value} – {_reliability_meanings(locale)[grade]}"


def source_text(source: SourceRef | None, locale: str = "en") -> str:
    """ "Kyrylo Budanov (C – Fairly reliable)"."""
    if source is None:
        return ""
    return f"{source.name} ({reliability_text(source.reliability, locale)})"


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
        return format_date(value.value, _day_pattern(locale), locale=locale)
    if value.precision is DatePrecision.MONTH:
        return format_date(value.value, "LLLL y", locale=locale)
    return str(value.value.year)


def dated_text(value: PartialDate | None, locale: str = "en") -> str:
    """The date with its precision spelt out where a reader might assume a day:
    "June 2025 (day unknown)", "2025 (month unknown)"."""
    if value is None:
        return ""
    shown = partial_date_text(value, locale)
    words = words_for(locale)
    if value.precision is DatePrecision.MONTH:
        return fill(words.translate("Report", "%1 (day unknown)"), shown)
    if value.precision is DatePrecision.YEAR:
        return fill(words.translate("Report", "%1 (month unknown)"), shown)
    return shown


def date_text(value: date | None, locale: str = "en") -> str:
    return format_date(value, _day_pattern(locale), locale=locale) if value else ""


def timestamp_text(value: datetime | None, locale: str = "en") -> str:
    """A UTC moment, marked as UTC so that readers elsewhere are not misled."""
    if value is None:
        return ""
    pattern = f"{_day_pattern(locale)}, HH:mm"
    return format_datetime(value.astimezone(UTC), pattern, locale=locale) + " UTC"


@cache
def _day_pattern(locale: str) -> str:
    """A day spelt out: "10 June 2025" in English (the house style), the locale's own long
    date elsewhere ("10. Juni 2025")."""
    parsed = Locale.parse(locale.replace("-", "_"))
    if parsed.language == "en":
        return "d MMMM y"
    return parsed.date_formats["long"].pattern


def quantity_text(value: Quantity | None, locale: str = "en") -> str:
    return format_quantity(value, locale) if value is not None else ""


def claims_text(count: int, locale: str = "en") -> str:
    """ "1 claim", "11,000 claims", "11.000 Behauptungen"."""
    words = words_for(locale)
    return words.plural(
        count, words.translate("Report", "%n claim"), words.translate("Report", "%n claims")
    )


def _text_field_label(name: str, words: Words) -> str:
    """The words for a claim's text fields (records.CLAIM_TEXT_FIELDS)."""
    return {"notes": words.translate("Report", "Notes")}[name]


def text_fields(claim: ClaimRecord, locale: str = "en") -> list[tuple[str, str]]:
    """(label, text) for each text field the claim has filled in, in their order."""
    words = words_for(locale)
    found = []
    for name in CLAIM_TEXT_FIELDS:
        value = getattr(claim, name)
        if value:
            found.append((_text_field_label(name, words), value))
    return found


def section_title(grouping: Grouping, section: ReportSection, locale: str = "en") -> str:
    """ "Status: False", "Tag: Kursk", "No tag"; "Claims" when the report is not grouped."""
    words = words_for(locale)
    if grouping is Grouping.STATUS:
        label = status_label(Status(section.key), locale)
        return fill(words.translate("Report", "Status: %1"), label)
    if grouping is Grouping.TAG:
        if section.key:
            return fill(words.translate("Report", "Tag: %1"), section.key)
        return words.translate("Report", "No tag")
    return words.translate("Report", "Claims")


def _scope_label(field: ScopeField, words: Words) -> str:
    return {
        ScopeField.SEARCH: words.translate("Report", "Search"),
        ScopeField.STATUS: words.translate("Report", "Status"),
        ScopeField.CREDIBILITY: words.translate("Report", "Credibility"),
        ScopeField.CLAIMANT: words.translate("Report", "Claimant"),
        ScopeField.RELIABILITY: words.translate("Report", "Source reliability"),
        ScopeField.TAG: words.translate("Report", "Tag"),
        ScopeField.ARTICLE: words.translate("Report", "Article"),
        ScopeField.CLAIMED_ON: words.translate("Report", "Claim date"),
        ScopeField.AS_OF: words.translate("Report", "As of"),
        ScopeField.PUBLISHER: words.translate("Report", "Publisher"),
        ScopeField.QUANTITY: words.translate("Report", "Quantity"),
        ScopeField.UNIT: words.translate("Report", "Unit"),
        ScopeField.ORPHANED: words.translate("Report", "Excerpts"),
        ScopeField.CONFLICTED: words.translate("Report", "Conflicting figures"),
    }[field]


def scope_lines(scope: tuple[ScopePart, ...], locale: str = "en") -> list[tuple[str, str]]:
    """The filter a report was made with, a (label, words) pair per part, in the order the
    parts were read; empty when the report holds every claim."""
    words = words_for(locale)
    return [(_scope_label(part.field, words), _scope_words(part, locale)) for part in scope]


def _scope_words(part: ScopePart, locale: str) -> str:
    values = part.values
    words = words_for(locale)
    if part.field is ScopeField.SEARCH:
        return fill(words.translate("Report", "“%1”"), values[0])
    if part.field is ScopeField.STATUS:
        return ", ".join(status_label(Status(value), locale) for value in values)
    if part.field is ScopeField.CREDIBILITY:
        return ", ".join(credibility_text(Credibility(value), locale) for value in values)
    if part.field is ScopeField.RELIABILITY:
        return ", ".join(reliability_text(Reliability(value), locale) for value in values)
    if part.field in (ScopeField.CLAIMED_ON, ScopeField.AS_OF):
        first, last = values
        return fill(words.translate("Report", "%1 to %2"), first or "…", last or "…")
    if part.field is ScopeField.QUANTITY:
        if values == ("yes",):
            return words.translate("Report", "with a quantity")
        return words.translate("Report", "without one")
    if part.field is ScopeField.ORPHANED:
        return words.translate("Report", "some no longer found in their article")
    if part.field is ScopeField.CONFLICTED:
        if values == ("yes",):
            return words.translate("Report", "open conflicts only")
        return words.translate("Report", "without open conflicts")
    return ", ".join(values)  # names: claimants, publishers, tags, units, the article
