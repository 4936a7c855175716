"""Importing ClaimReview fact-checks as published in the wild.

Accepted: one JSON document (a single object, an array, an ``@graph``), JSON Lines or several
concatenated JSON documents, and HTML pages with ``<script type="application/ld+json">``
blocks. ClaimReviews are found wherever they sit (inside a NewsArticle's ``review`` or
``hasPart`` too), typed plainly, as ``schema:ClaimReview`` or by full IRI, with or without
``@context``; ``{"@id": …}`` references to other nodes of the same document are embedded.

Each accepted ClaimReview becomes a claim (tagged "ClaimReview import") with its claimant, and
a stored published review keeping the rating exactly as published. Only where the rating
clearly names one of our statuses (see ratings.py) does the claim also get a review moving it
there, citing the publisher. The whole import is one transaction: a failure or a cancel keeps
nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..bounded import read_file
from ..dates import PartialDate
from ..enums import DatePrecision, SourceKind, Status
from ..errors import ExchangeError, ValidationError
from ..inputs import ClaimInput, EvidenceInput, SourceInput
from ..jobs import CancelToken, Job
from ..records import Progress
from ..services.bulk import BATCH_SIZE, BulkClaimWriter, NewClaim
from ..services.published_reviews import PublishedReviewInput, ReviewAuthor
from . import jsonld
from .jsonld import MAX_BYTES, Rejection, prop, types
from .ratings import RatingReading, read_rating

if TYPE_CHECKING:
    from ..project import Project

IMPORT_TAG = "ClaimReview import"
MAX_STATEMENT = 5000  # as ClaimService allows


@dataclass(frozen=True, slots=True)
class ParsedClaimReview:
    """One ClaimReview as read from a file, before anything is written (for a preview)."""

    position: jsonld.Place
    original: dict[str, Any]  # as published, references embedded
    fingerprint: str
    statement: str
    claimant: str | None
    claimant_kind: SourceKind | None
    claimed_on: PartialDate | None
    rating: RatingReading
    review_url: str | None
    review_author: str | None  # the authors' names, for people to read
    published_on: date | None
    appearances: tuple[str, ...]
    published_on_precision: DatePrecision = DatePrecision.DAY
    authors: tuple[ReviewAuthor, ...] = ()  # as published, to be written out again

    @property
    def mapped_status(self) -> Status | None:
        return self.rating.status


@dataclass(frozen=True, slots=True)
class ClaimReviewImportResult:
    imported: int
    duplicates: int
    rejected: tuple[Rejection, ...]
    claim_ids: tuple[int, ...] = ()


def read_claimreviews(data: bytes) -> tuple[list[dict[str, Any]], list[Rejection]]:
    """The ClaimReview objects in a file's bytes, and what was rejected (pure parsing).

    Raises ExchangeError when the bytes are not UTF-8 JSON, JSON Lines or an HTML page with
    JSON-LD, are empty, or hold no ClaimReview at all."""
    parsed, rejected = parse_claimreviews(data)
    return [item.original for item in parsed], rejected


def parse_claimreviews(data: bytes) -> tuple[list[ParsedClaimReview], list[Rejection]]:
    """Like read_claimreviews, with each review's fields read out."""
    documents, rejected = jsonld.documents(jsonld.decode(data))
    parsed: list[ParsedClaimReview] = []
    for where, document in documents:
        index = jsonld.id_index(document)
        for pointer, node in jsonld.typed_nodes(document, "ClaimReview"):
            position = where._replace(pointer=pointer)
            read = _parse(position, jsonld.embedded(node, index))
            if isinstance(read, Rejection):
                rejected.append(read)
            else:
                parsed.append(read)
    if not parsed and not rejected:
        raise ExchangeError("cr_none_found")
    return parsed, rejected


def read_input(source: str | os.PathLike[str] | bytes, cancel: CancelToken | None = None) -> bytes:
    """The bytes of a regular file (at most 50 MB, counted while read) or the bytes given."""
    if isinstance(source, bytes | bytearray):
        return bytes(source)
    return read_file(source, MAX_BYTES, expected="claimreview", cancel=cancel)


def import_claimreview_job(
    project: Project, source: str | os.PathLike[str] | bytes, cancel: CancelToken
) -> Job[ClaimReviewImportResult]:
    """Import every ClaimReview of a file (path or bytes) in one transaction.

    Duplicates (a fingerprint already stored, or repeated in the file) are skipped and
    counted; ClaimReviews that cannot be used are listed with their position and reason."""
    yield Progress(0, None, "Reading")
    parsed, rejected = parse_claimreviews(read_input(source, cancel))
    cancel.raise_if_cancelled()
    seen = project.published_reviews.known_fingerprints([item.fingerprint for item in parsed])
    fresh = []
    for item in parsed:
        if item.fingerprint not in seen:
            seen.add(item.fingerprint)
            fresh.append(item)
    total, claim_ids = len(parsed), []
    # The caller drives this job on one thread and does nothing else with the database between
    # steps, so the transaction may stay open across the progress yields below.
    with project.bulk.writer() as writer:
        for start in range(0, len(fresh), BATCH_SIZE):
            cancel.raise_if_cancelled()
            yield Progress(start, total, "Importing ClaimReviews")
            claim_ids.extend(_write(writer, fresh[start : start + BATCH_SIZE]))
        # Last step before the commit: a cancel here still keeps nothing, and none comes after.
        yield Progress(total, total, "Importing ClaimReviews")
        cancel.raise_if_cancelled()
    duplicates = total - len(fresh)
    return ClaimReviewImportResult(len(claim_ids), duplicates, tuple(rejected), tuple(claim_ids))


def _write(writer: BulkClaimWriter, items: list[ParsedClaimReview]) -> list[int]:
    """Write a batch through the bulk path: each review a claim (tagged IMPORT_TAG) with its
    claimant, a review where the rating maps to a status, and the published review itself.
    A claim the services refuse fails the whole import, as a form's refusal always has."""
    written = writer.write([_new_claim(item) for item in items])
    for result in written:
        if isinstance(result, tuple):
            raise ValidationError(result)
    return [result for result in written if isinstance(result, int)]


def _new_claim(item: ParsedClaimReview) -> NewClaim:
    described = _described(item)
    claimant = None
    if item.claimant:
        claimant = SourceInput(item.claimant, item.claimant_kind or SourceKind.PERSON)
    evidence: tuple[EvidenceInput, ...] = ()
    if item.mapped_status is not None and item.review_url:
        evidence = (EvidenceInput(url=item.review_url, note="published ClaimReview"),)
    rating = item.rating
    return NewClaim(
        ClaimInput(
            statement=item.statement,
            claimed_on=item.claimed_on,
            tags=(IMPORT_TAG,),
            notes=f"Imported from a published fact-check. {described}",
        ),
        claimant=claimant,
        status=item.mapped_status,
        rationale=f"Status taken over from the publisher's rating. {described}",
        evidence=evidence,
        published=PublishedReviewInput(
            fingerprint=item.fingerprint,
            original=item.original,
            review_url=item.review_url,
            review_author=item.review_author,
            published_on=item.published_on,
            published_on_precision=item.published_on_precision,
            rating_text=_cut(rating.text, 500),
            rating_value=rating.value,
            best_rating=rating.best,
            worst_rating=rating.worst,
            mapped_status=rating.status,
            appearances=item.appearances,
            authors=item.authors,
        ),
    )


def _described(item: ParsedClaimReview) -> str:
    """'Rated "Falsch" by Correctiv on 2024-05-02 (rating 1 on a scale …): https://…'."""
    text = f'Rated "{_cut(item.rating.text, 500)}"' if item.rating.text else "Rated"
    if item.review_author:
        text += f" by {item.review_author}"
    if item.published_on:
        text += f" on {item.published_on.isoformat()}"
    if item.rating.scale_text:
        text += f" ({item.rating.scale_text})"
    return text + (f": {item.review_url}" if item.review_url else ".")


def _parse(position: jsonld.Place, node: dict[str, Any]) -> ParsedClaimReview | Rejection:
    statement = _text(prop(node, "claimReviewed"))
    if statement is None:
        return Rejection(position, "cr_no_claim")
    if len(statement) > MAX_STATEMENT:
        return Rejection(
            position, "cr_claim_too_long", {"length": len(statement), "limit": MAX_STATEMENT}
        )
    try:
        canonical = json.dumps(node, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    except RecursionError:
        return Rejection(position, "cr_too_deep")
    if "\\u0000" in canonical:
        return Rejection(position, "cr_nul")
    item = _first_object(prop(node, "itemReviewed")) or {}
    claimant, kind = _party(prop(item, "author"))
    if claimant is not None and len(claimant) > 300:
        return Rejection(position, "cr_author_too_long", {"limit": 300})
    claimed_on = _partial_date(prop(item, "datePublished"))
    if claimed_on is not None and claimed_on.value > datetime.now(UTC).date() + timedelta(days=1):
        claimed_on = None  # a claim cannot have been made in the future; keep it undated
    published_on = _partial_date(prop(node, "datePublished"))
    authors = review_authors(node)
    return ParsedClaimReview(
        position=position,
        original=node,
        fingerprint=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
        statement=statement,
        claimant=claimant,
        claimant_kind=kind,
        claimed_on=claimed_on,
        rating=read_rating(prop(node, "reviewRating"), prop),
        review_url=_web_url(prop(node, "url")) or _web_url(node.get("@id")),
        review_author=_cut(", ".join(author.name for author in authors), 300),
        published_on=published_on.value if published_on else None,
        published_on_precision=published_on.precision if published_on else DatePrecision.DAY,
        appearances=tuple(
            dict.fromkeys(_urls(prop(item, "firstAppearance")) + _urls(prop(item, "appearance")))
        ),
        authors=authors,
    )


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str) and item.strip()), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _cut(value: str | None, length: int) -> str | None:
    if not value:
        return None
    return value if len(value) <= length else value[: length - 1] + "…"


def _first_object(value: Any) -> dict[str, Any] | None:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, dict)), None)
    return value if isinstance(value, dict) else None


_GOVERNMENT = {"GovernmentOrganization", "GovernmentOffice"}
_MEDIA = {"NewsMediaOrganization"}
_ORGANISATION = {"Organization", "Corporation", "NGO", "PoliticalParty", "Consortium"}


def _party(value: Any) -> tuple[str | None, SourceKind | None]:
    """Name and kind of an author: a Person, an Organization, or plain words (read as a
    person, Claimdesk's default kind, since nothing says otherwise)."""
    for candidate in value if isinstance(value, list) else [value]:
        if isinstance(candidate, str) and candidate.strip():
            return " ".join(candidate.split()), SourceKind.PERSON
        name = _text(prop(candidate, "name")) if isinstance(candidate, dict) else None
        if name:
            return " ".join(name.split()), _kind(types(candidate))
    return None, None


def _kind(type_names: set[str]) -> SourceKind:
    if type_names & _GOVERNMENT:
        return SourceKind.GOVERNMENT
    if type_names & _MEDIA:
        return SourceKind.MEDIA_OUTLET
    if "Person" not in type_names and (
        type_names & _ORGANISATION or any(name.endswith("Organization") for name in type_names)
    ):
        return SourceKind.ORGANISATION
    return SourceKind.PERSON


def review_authors(node: dict[str, Any]) -> tuple[ReviewAuthor, ...]:
    """Who published a review: its authors, else its publisher; each once, in file order,
    with the type and web address given (plain words read as an organisation, as a
    fact-check is published by one)."""
    found: dict[str, ReviewAuthor] = {}
    for key in ("author", "publisher"):
        value = prop(node, key)
        for candidate in value if isinstance(value, list) else [value]:
            author = _review_author(candidate)
            if author is not None and len(author.name) <= 300:
                found.setdefault(author.name, author)
        if found:
            break
    return tuple(found.values())


def _review_author(candidate: Any) -> ReviewAuthor | None:
    if not isinstance(candidate, dict):
        name = _text(candidate)
        return ReviewAuthor(" ".join(name.split())) if name else None
    name = _text(prop(candidate, "name"))
    if name is None:
        return None
    named = types(candidate)
    kind = "Person" if "Person" in named else min(named, default="Organization")
    url = _web_url(prop(candidate, "url")) or _web_url(candidate.get("@id"))
    return ReviewAuthor(" ".join(name.split()), kind, url)


_DATE_START = re.compile(r"^\s*(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?:$|[T\s])")


def _partial_date(value: Any) -> PartialDate | None:
    """ "2024-05-02T10:00:00+02:00", "2024-05" or "2024" at the precision given."""
    match = _DATE_START.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return PartialDate.parse(match.group(1))
    except ValueError:
        return None


def _web_url(value: Any) -> str | None:
    text = _text(value)
    if text is None or len(text) > 2000:
        return None
    parts = urlsplit(text)
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _urls(value: Any) -> list[str]:
    found: list[str] = []
    for candidate in value if isinstance(value, list) else [value]:
        if isinstance(candidate, dict):
            url = _web_url(prop(candidate, "url")) or _web_url(candidate.get("@id"))
        else:
            url = _web_url(candidate)
        if url:
            found.append(url)
    return found
