"""How values read in the user's language: labels for the vocabularies, dates at their
precision, numbers and quantities in the user's locale (babel)."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_skeleton
from PySide6.QtCore import QLocale

from ..core.dates import PartialDate
from ..core.enums import (
    AnchorState,
    CitationRole,
    Credibility,
    DatePrecision,
    HopMode,
    Qualifier,
    RelationKind,
    Reliability,
    SourceKind,
    Status,
)
from ..core.quantities import Quantity, format_number, format_quantity
from .translation import translate


def locale_name() -> str:
    """The babel locale for the user's Qt locale (en_US, de_DE …), falling back to en."""
    return _babel_locale(QLocale().name())


@cache
def _babel_locale(qt_name: str) -> str:
    # Cached: babel's lookup of an unknown name scans its whole locale list (~0.4 ms), and
    # table cells ask for the locale thousands of times per second.
    if qt_name == QLocale.c().name():
        # No locale set (LANG=C): babel 2.19 reads "C" as en_US_POSIX, which writes
        # 11,000 as 11000; the app's default is plain English.
        return "en"
    try:
        Locale.parse(qt_name)
    except (UnknownLocaleError, ValueError):
        return "en"
    return qt_name


def status_label(status: Status) -> str:
    return {
        Status.UNVERIFIED: translate("Status", "Unverified"),
        Status.IN_PROGRESS: translate("Status", "In progress"),
        Status.VERIFIED: translate("Status", "Verified"),
        Status.MISLEADING: translate("Status", "Partly true / misleading"),
        Status.FALSE: translate("Status", "False"),
        Status.UNPROVEN: translate("Status", "Unproven"),
        Status.RETRACTED: translate("Status", "Retracted"),
    }[status]


def reliability_meaning(grade: Reliability) -> str:
    return {
        Reliability.A: translate("Reliability", "Completely reliable"),
        Reliability.B: translate("Reliability", "Usually reliable"),
        Reliability.C: translate("Reliability", "Fairly reliable"),
        Reliability.D: translate("Reliability", "Not usually reliable"),
        Reliability.E: translate("Reliability", "Unreliable"),
        Reliability.F: translate("Reliability", "Reliability cannot be judged"),
    }[grade]


def credibility_meaning(grade: Credibility) -> str:
    return {
        Credibility.CONFIRMED: translate("Credibility", "Confirmed by other sources"),
        Credibility.PROBABLY_TRUE: translate("Credibility", "Probably true"),
        Credibility.POSSIBLY_TRUE: translate("Credibility", "Possibly true"),
        Credibility.DOUBTFUL: translate("Credibility", "Doubtful"),
        Credibility.IMPROBABLE: translate("Credibility", "Improbable"),
        Credibility.CANNOT_BE_JUDGED: translate("Credibility", "Truth cannot be judged"),
    }[grade]


def kind_label(kind: SourceKind) -> str:
    return {
        SourceKind.PERSON: translate("SourceKind", "Person"),
        SourceKind.ORGANISATION: translate("SourceKind", "Organisation"),
        SourceKind.GOVERNMENT: translate("SourceKind", "Government body"),
        SourceKind.MEDIA_OUTLET: translate("SourceKind", "Media outlet"),
        SourceKind.ANONYMOUS: translate("SourceKind", "Anonymous"),
    }[kind]


def mode_label(mode: HopMode) -> str:
    return {
        HopMode.VERBATIM: translate("HopMode", "Quotes verbatim"),
        HopMode.PARAPHRASE: translate("HopMode", "Paraphrases"),
    }[mode]


def role_label(role: CitationRole) -> str:
    return {
        CitationRole.REPORTS: translate("CitationRole", "Reports"),
        CitationRole.SUPPORTS: translate("CitationRole", "Supports"),
        CitationRole.CONTRADICTS: translate("CitationRole", "Contradicts"),
    }[role]


def relation_label(kind: RelationKind) -> str:
    return {
        RelationKind.CORROBORATES: translate("RelationKind", "corroborates"),
        RelationKind.CONTRADICTS: translate("RelationKind", "contradicts"),
        RelationKind.DUPLICATES: translate("RelationKind", "duplicates"),
        RelationKind.SUPERSEDES: translate("RelationKind", "supersedes"),
        RelationKind.INCOMPARABLE: translate("RelationKind", "is not comparable with"),
    }[kind]


def anchor_label(state: AnchorState) -> str:
    return {
        AnchorState.ANCHORED: translate("AnchorState", "anchored"),
        AnchorState.MOVED: translate("AnchorState", "found again after the text changed"),
        AnchorState.ORPHANED: translate("AnchorState", "orphaned: not found in the current text"),
    }[state]


def qualifier_label(qualifier: Qualifier) -> str:
    return {
        Qualifier.EXACT: translate("Qualifier", "exactly"),
        Qualifier.ABOUT: translate("Qualifier", "about"),
        Qualifier.AT_LEAST: translate("Qualifier", "at least"),
        Qualifier.MORE_THAN: translate("Qualifier", "more than"),
        Qualifier.AT_MOST: translate("Qualifier", "at most"),
        Qualifier.FEWER_THAN: translate("Qualifier", "fewer than"),
        Qualifier.RANGE: translate("Qualifier", "range"),
    }[qualifier]


def precision_label(precision: DatePrecision) -> str:
    return {
        DatePrecision.DAY: translate("DatePrecision", "day"),
        DatePrecision.MONTH: translate("DatePrecision", "month"),
        DatePrecision.YEAR: translate("DatePrecision", "year"),
    }[precision]


def partial_date_text(value: PartialDate | None, locale: str | None = None) -> str:
    """10 Jun 2025, June 2025 or 2025, as far as the date is known."""
    if value is None:
        return ""
    return _partial_date_text(value, locale or locale_name())


@lru_cache(maxsize=8192)
def _partial_date_text(value: PartialDate, where: str) -> str:
    # Cached: a table shows the same few thousand dates over and over, and babel's
    # formatting is the most expensive part of preparing a page of rows.
    if value.precision is DatePrecision.YEAR:
        return str(value.value.year)
    if value.precision is DatePrecision.MONTH:
        return format_skeleton("yMMMM", value.value, locale=where)
    return format_date(value.value, "medium", locale=where)


def date_text(value: date | None, locale: str | None = None) -> str:
    return "" if value is None else format_date(value, "medium", locale=locale or locale_name())


def datetime_text(value: datetime | None, locale: str | None = None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return format_datetime(local, "medium", locale=locale or locale_name())


def number_text(value: float | int, locale: str | None = None) -> str:
    return format_number(value, locale or locale_name())


def quantity_text(quantity: Quantity | None, locale: str | None = None) -> str:
    if quantity is None:
        return ""
    return format_quantity(quantity, locale or locale_name())
