"""ClaimReview export: schema.org JSON-LD, one ClaimReview per judged claim.

The file is one JSON-LD document, ``{"@context": "https://schema.org", "@graph": [...]}``:
a single context for every review (a bare array would need a context on each item), which
JSON-LD processors and the fact-check tools that read ClaimReview both accept.

Only claims with a verdict (verified, misleading, false, unproven, retracted) among those the
filter selects are written. Each review carries:

- ``claimReviewed``: the statement;
- ``reviewRating``: the status label as ``alternateName`` on Claimdesk's 1–5 scale
  (1 False, 2 Partly true / misleading, 3 Unproven or Retracted, 5 Verified; 4 unused; see
  ratings.py for why);
- ``itemReviewed``: a Claim with its claimant as ``author`` (a Person for people and
  anonymous sources, an Organization otherwise), ``datePublished`` at the precision known
  (2025, 2025-06 or 2025-06-10), and the cited articles as ``appearance`` (an article without
  a web address still appears, by headline) with the earliest of them as ``firstAppearance``;
- ``author``: the analyst's organisation, or the reviewer as a Person when none is set;
- ``datePublished``: the day of the latest review (UTC), ``reviewBody``: its rationale.

No ``url``: Claimdesk stores no published address for its own reviews. Nothing is invented:
a claim without claimant, date or citations simply lacks those properties.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import TYPE_CHECKING, Any, BinaryIO

from ..enums import SourceKind, Status
from ..jobs import CancelToken, Job
from ..records import ArticleRef, ClaimRecord, Progress, ReportOptions, SourceRef
from ..reports.text import STATUS_LABELS
from ..services.reports import ReportReader
from .ratings import BEST_RATING, RATING_VALUES, WORST_RATING

if TYPE_CHECKING:
    from ..project import Project

CHUNK = 500
_PEOPLE = (SourceKind.PERSON, SourceKind.ANONYMOUS)


def write_claimreview(
    project: Project, options: ReportOptions, out: BinaryIO, cancel: CancelToken
) -> Job[int]:
    """Stream the ClaimReview document of the judged claims the options select."""
    with project.reports.open(options, cancel) as report:
        ids = _judged(report, options)
        total = len(ids)
        yield Progress(0, total, "Writing ClaimReview")
        out.write(b'{\n"@context": "https://schema.org",\n"@graph": [')
        written = 0
        for chunk in report.claims(ids, CHUNK):
            cancel.raise_if_cancelled()
            parts = []
            for claim in chunk:
                separator = ",\n" if written else "\n"
                review = json.dumps(claim_review(claim, options), ensure_ascii=False)
                parts.append(separator + review)
                written += 1
            out.write("".join(parts).encode("utf-8"))
            yield Progress(written, total, "Writing ClaimReview")
    out.write(b"\n]\n}\n")
    return written


def _judged(report: ReportReader, options: ReportOptions) -> list[int]:
    """The claims the filter selects that carry a verdict, in report order."""
    verdicts = frozenset(status for status in Status if status.is_verdict)
    wanted = options.filter.statuses & verdicts if options.filter.statuses else verdicts
    if not wanted:
        return []
    return report.claim_ids(dataclasses.replace(options.filter, statuses=wanted))


def claim_review(claim: ClaimRecord, options: ReportOptions) -> dict[str, Any]:
    """One claim as a schema.org ClaimReview object (without @context)."""
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
    }
    latest = claim.latest_review
    if options.organisation:
        review["author"] = {"@type": "Organization", "name": options.organisation}
        if options.organisation_url:
            review["author"]["url"] = options.organisation_url
    elif latest is not None:
        review["author"] = {"@type": "Person", "name": latest.reviewer}
    if latest is not None:
        review["datePublished"] = latest.created_at.date().isoformat()
        if latest.rationale:
            review["reviewBody"] = latest.rationale
    return review


def _item_reviewed(claim: ClaimRecord) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.claimant is not None:
        item["author"] = _party(claim.claimant)
    if claim.claimed_on is not None:
        item["datePublished"] = claim.claimed_on.iso()
    articles = list({c.article.id: c.article for c in claim.citations}.values())
    if articles:
        item["appearance"] = [_creative_work(article) for article in articles]
        # Undated articles cannot be the first; among equals the first cited wins.
        earliest = min(articles, key=lambda a: (a.published_on is None, a.published_on or date.max))
        item["firstAppearance"] = _creative_work(earliest)
    return item


def _party(source: SourceRef) -> dict[str, str]:
    kind = "Person" if source.kind in _PEOPLE else "Organization"
    return {"@type": kind, "name": source.name}


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
