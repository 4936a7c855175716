"""ClaimReview export: schema.org JSON-LD, the published reviews we hold and our own verdicts.

The file is one JSON-LD document, ``{"@context": "https://schema.org", "@graph": [...]}``:
a single context for every review (a bare array would need a context on each item), which
JSON-LD processors and the fact-check tools that read ClaimReview both accept.

Among the claims the filter selects, those with a verdict (verified, misleading, false,
unproven, retracted) or with published reviews (imported ClaimReview) are written, as:

- each **published review** as its publisher published it: the rating with its own
  ``ratingValue``, ``bestRating``, ``worstRating`` and ``alternateName`` (whether or not it
  maps to one of our statuses), its ``author`` (each with type and ``url``; one object, or a
  list when there were several), ``url`` and ``datePublished``;
- our **own verdict**, where the claim's status comes from a review of ours (not from the
  review an import took over from a publisher): the status label as ``alternateName`` on
  Claimdesk's 1–5 scale (1 False, 2 Partly true / misleading, 3 Unproven or Retracted,
  5 Verified; 4 unused; see ratings.py for why), the organisation of the options as
  ``author`` (an ExchangeError naming the setting when none is given), the day of the latest
  review (UTC) as ``datePublished`` and its rationale as ``reviewBody``; no ``url``, as
  Claimdesk stores no published address for its own reviews.

Both carry the claim as it stands now as ``claimReviewed`` and ``itemReviewed``: a Claim with
its claimant as ``author`` (a Person for people and anonymous sources, a
GovernmentOrganization, NewsMediaOrganization or Organization otherwise), ``datePublished`` at
the precision known (2025, 2025-06 or 2025-06-10), and the cited articles as ``appearance``
(an article without a web address still appears, by headline) with the earliest of them as
``firstAppearance``, followed by the addresses a published review named. Nothing is invented:
what is not known is left out. A re-import of the file gives the same claims, ratings,
authors, dates and addresses.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, BinaryIO

from ..dates import PartialDate
from ..enums import SourceKind
from ..errors import ExchangeError
from ..jobs import CancelToken, Job
from ..records import ArticleRef, ClaimRecord, Progress, ReportOptions, SourceRef
from ..reports.text import STATUS_LABELS
from ..services.published_reviews import PublishedReviewRecord, ReviewAuthor
from .claimreview_import import review_authors
from .ratings import BEST_RATING, RATING_VALUES, WORST_RATING

if TYPE_CHECKING:
    from ..project import Project

CHUNK = 500
# The schema.org type of a claimant, as the import reads it back (claimreview_import._kind).
_SCHEMA_TYPES = {
    SourceKind.GOVERNMENT: "GovernmentOrganization",
    SourceKind.MEDIA_OUTLET: "NewsMediaOrganization",
    SourceKind.ORGANISATION: "Organization",
}


def write_claimreview(
    project: Project, options: ReportOptions, out: BinaryIO, cancel: CancelToken
) -> Job[int]:
    """Stream the ClaimReview document of the claims the options select; returns how many
    claims it holds."""
    with project.reports.open(options, cancel) as report:
        ids = report.reviewed_ids(options.filter)
        total = len(ids)
        yield Progress(0, total, "Writing ClaimReview")
        out.write(b'{\n"@context": "https://schema.org",\n"@graph": [')
        written = reviews = 0
        for chunk in report.claims(ids, CHUNK):
            cancel.raise_if_cancelled()
            published = report.published_reviews([claim.id for claim in chunk])
            parts = []
            for claim in chunk:
                for review in claim_reviews(claim, published.get(claim.id, ()), options):
                    separator = ",\n" if reviews else "\n"
                    parts.append(separator + json.dumps(review, ensure_ascii=False))
                    reviews += 1
                written += 1
            out.write("".join(parts).encode("utf-8"))
            yield Progress(written, total, "Writing ClaimReview")
    out.write(b"\n]\n}\n")
    return written


def claim_reviews(
    claim: ClaimRecord, published: Sequence[PublishedReviewRecord], options: ReportOptions
) -> list[dict[str, Any]]:
    """A claim's ClaimReview objects (without @context): its published reviews as published,
    then our own verdict if the claim carries one of ours."""
    reviews = [published_review(claim, item) for item in published]
    taken_over = {item.review_id for item in published if item.review_id is not None}
    latest = claim.latest_review
    if claim.status.is_verdict and (latest is None or latest.id not in taken_over):
        reviews.append(claim_review(claim, options))
    return reviews


def published_review(claim: ClaimRecord, item: PublishedReviewRecord) -> dict[str, Any]:
    """A review someone else published, with their rating, authors, address and date."""
    review: dict[str, Any] = {"@type": "ClaimReview"}
    if item.review_url:
        review["url"] = item.review_url
    review["claimReviewed"] = claim.statement
    rating: dict[str, Any] = {"@type": "Rating"}
    for key, value in (
        ("ratingValue", item.rating_value),
        ("bestRating", item.best_rating),
        ("worstRating", item.worst_rating),
    ):
        if value is not None:
            rating[key] = int(value) if value.is_integer() else value
    if item.rating_text:
        rating["alternateName"] = item.rating_text
    review["reviewRating"] = rating
    review["itemReviewed"] = _item_reviewed(claim, item.appearances)
    authors = item.authors if item.authors is not None else review_authors(item.original)
    if authors:
        people = [_author(author) for author in authors]
        review["author"] = people[0] if len(people) == 1 else people
    if item.published_on is not None:
        published = PartialDate(item.published_on, item.published_on_precision)
        review["datePublished"] = published.iso()
    return review


def claim_review(claim: ClaimRecord, options: ReportOptions) -> dict[str, Any]:
    """Our own verdict on a claim as a schema.org ClaimReview object (without @context).

    Raises ExchangeError when the options name no organisation to publish it."""
    if not options.organisation:
        raise ExchangeError("claimreview_no_organisation")
    author = {"@type": "Organization", "name": options.organisation}
    if options.organisation_url:
        author["url"] = options.organisation_url
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "claimReviewed": claim.statement,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING_VALUES[claim.status],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": STATUS_LABELS[claim.status],
        },
        "itemReviewed": _item_reviewed(claim),
        "author": author,
    }
    latest = claim.latest_review
    if latest is not None:
        review["datePublished"] = latest.created_at.date().isoformat()
        if latest.rationale:
            review["reviewBody"] = latest.rationale
    return review


def _item_reviewed(claim: ClaimRecord, addresses: Sequence[str] = ()) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.claimant is not None:
        item["author"] = _party(claim.claimant)
    if claim.claimed_on is not None:
        item["datePublished"] = claim.claimed_on.iso()
    articles = list({c.article.id: c.article for c in claim.citations}.values())
    appearances = [_creative_work(article) for article in articles]
    cited = {article.url for article in articles}
    appearances += [{"@type": "CreativeWork", "url": url} for url in addresses if url not in cited]
    if appearances:
        item["appearance"] = appearances
    if articles:
        # Undated articles cannot be the first; among equals the first cited wins.
        earliest = min(articles, key=lambda a: (a.published_on is None, a.published_on or date.max))
        item["firstAppearance"] = _creative_work(earliest)
    return item


def _party(source: SourceRef) -> dict[str, str]:
    return {"@type": _SCHEMA_TYPES.get(source.kind, "Person"), "name": source.name}


def _author(author: ReviewAuthor) -> dict[str, str]:
    person = {"@type": author.type, "name": author.name}
    return person | ({"url": author.url} if author.url else {})


def _creative_work(article: ArticleRef) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if article.url:
        work["url"] = article.url
    work["headline"] = article.title
    if article.published_on is not None:
        work["datePublished"] = article.published_on.isoformat()
    if article.publisher:
        work["publisher"] = {"@type": "Organization", "name": article.publisher.name}
    return work
