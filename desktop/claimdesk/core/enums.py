"""Closed vocabularies of the domain.

Stored as their string values (not database enum types) so that adding a member is a code
change plus, at most, a check-constraint migration, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from enum import StrEnum


class SourceKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    GOVERNMENT = "government"
    MEDIA_OUTLET = "media_outlet"
    ANONYMOUS = "anonymous"


class Reliability(StrEnum):
    """Admiralty (NATO) source reliability grade."""

    A = "A"  # completely reliable
    B = "B"  # usually reliable
    C = "C"  # fairly reliable
    D = "D"  # not usually reliable
    E = "E"  # unreliable
    F = "F"  # reliability cannot be judged


class Credibility(StrEnum):
    """Admiralty (NATO) information credibility grade."""

    CONFIRMED = "1"
    PROBABLY_TRUE = "2"
    POSSIBLY_TRUE = "3"
    DOUBTFUL = "4"
    IMPROBABLE = "5"
    CANNOT_BE_JUDGED = "6"


class Status(StrEnum):
    UNVERIFIED = "unverified"
    IN_PROGRESS = "in_progress"
    VERIFIED = "verified"
    MISLEADING = "misleading"  # partly true / misleading
    FALSE = "false"
    UNPROVEN = "unproven"
    RETRACTED = "retracted"

    @property
    def is_verdict(self) -> bool:
        """A final judgement: it must carry a written rationale."""
        return self not in (Status.UNVERIFIED, Status.IN_PROGRESS)


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Qualifier(StrEnum):
    EXACT = "exact"
    ABOUT = "about"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    FEWER_THAN = "fewer_than"
    RANGE = "range"


class HopMode(StrEnum):
    VERBATIM = "verbatim"
    PARAPHRASE = "paraphrase"


class CitationRole(StrEnum):
    REPORTS = "reports"
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"


class AnchorState(StrEnum):
    """Whether a citation's excerpt still sits where its offsets say."""

    ANCHORED = "anchored"
    MOVED = "moved"  # found again by its text and context after the article text changed
    ORPHANED = "orphaned"  # could not be found again; never silently re-pointed


class RelationKind(StrEnum):
    CORROBORATES = "corroborates"
    CONTRADICTS = "contradicts"
    DUPLICATES = "duplicates"
    SUPERSEDES = "supersedes"
    # Two figures that looked alike but count different things: a conflict set aside.
    INCOMPARABLE = "incomparable"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ORIGIN = "origin"  # where a segment of the audit chain begins, and from what


class Grouping(StrEnum):
    """How a report groups its claims."""

    NONE = "none"
    STATUS = "status"
    TAG = "tag"


class ScopeField(StrEnum):
    """A part of the filter a report was made with (see records.ScopePart)."""

    SEARCH = "search"
    STATUS = "status"
    CREDIBILITY = "credibility"
    CLAIMANT = "claimant"
    RELIABILITY = "reliability"
    TAG = "tag"
    ARTICLE = "article"
    CLAIMED_ON = "claimed_on"
    AS_OF = "as_of"
    PUBLISHER = "publisher"
    QUANTITY = "quantity"
    UNIT = "unit"
    ORPHANED = "orphaned"
    CONFLICTED = "conflicted"


def values(enum: type[StrEnum]) -> list[str]:
    """The stored values of an enum, in declaration order (for check constraints)."""
    return [member.value for member in enum]
