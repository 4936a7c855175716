"""Exchange without loss: what an imported ClaimReview keeps through Claimdesk and back out.

tests/fixtures/claimreview_roundtrip.json holds 26 ClaimReview objects written for this
project in the shapes real fact-checkers publish (scales 1–5 and 0–6, words only, Portuguese,
Spanish, French and German ratings, one author or several, a publisher instead of an author,
missing properties, a review nested in an @graph). They are imported into an empty project,
exported as ClaimReview, and each published property is compared with what the export says
about the same claim (matched by claimReviewed). The reading of the fixture here is
independent of the importer's, so the figures say what a reader of the file would see.

- claimreview_export_survivors: imported reviews the export writes again (target: all);
- claimreview_keeps_rating_value, _alternate_name, _author, _date_published, _url: reviews
  whose export carries that property as published, out of those that publish it;
- csv_rows_rejected_for_verdicts: rows of tests/fixtures/checagens_pt.tsv (12 Brazilian-style
  fact-checks with Portuguese verdicts, our own words) the CSV import rejects because of their
  verdict column, mapped through the core import job (the old CLI cannot map columns).

Set BENCH_DESKTOP to measure another checkout (e.g. main before the change). An organisation
is given to the export, as the old export refused to run without one.

Prints one JSON object per line: {"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [os.environ.get("BENCH_DESKTOP") or str(REPO / "desktop")]

from claimdesk.core.exchange.claimreview_export import write_claimreview  # noqa: E402
from claimdesk.core.exchange.claimreview_import import import_claimreview_job  # noqa: E402
from claimdesk.core.exchange.csv_import import import_claims_job  # noqa: E402
from claimdesk.core.jobs import CancelToken, run_to_end  # noqa: E402
from claimdesk.core.project import Project  # noqa: E402
from claimdesk.core.records import ReportOptions  # noqa: E402

FIXTURE = REPO / "tests" / "fixtures" / "claimreview_roundtrip.json"
VERDICTS = REPO / "tests" / "fixtures" / "checagens_pt.tsv"
TSV_MAPPING = {
    "texto_checado": "statement", "autor": "claimant", "data": "claimed_on", "veredito": "status",
}  # fmt: skip
PROPERTIES = ("rating_value", "alternate_name", "author", "date_published", "url")


def claim_reviews(document: Any) -> list[dict[str, Any]]:
    """Every ClaimReview object in a document, with {"@id"} references resolved."""
    nodes: list[dict[str, Any]] = []
    index: dict[str, dict[str, Any]] = {}

    def walk(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            if "@id" in value and len(value) > 1:
                index[value["@id"]] = value
            if value.get("@type") == "ClaimReview":
                nodes.append(value)
            for item in value.values():
                walk(item)

    walk(document)

    def resolve(value: Any) -> Any:
        if isinstance(value, list):
            return [resolve(item) for item in value]
        if isinstance(value, dict) and set(value) == {"@id"} and value["@id"] in index:
            return index[value["@id"]]
        return value

    return [{key: resolve(value) for key, value in node.items()} for node in nodes]


def published(review: dict[str, Any]) -> dict[str, Any]:
    """The properties compared, as a reader would take them from the object."""
    rating = review.get("reviewRating")
    value = words = None
    if isinstance(rating, str):
        words = rating
    elif isinstance(rating, dict):
        value = rating.get("ratingValue")
        value = float(value) if value is not None else None
        words = rating.get("alternateName") or rating.get("name")
    authors = review.get("author") or review.get("publisher")
    authors = authors if isinstance(authors, list) else [authors] if authors else []
    people = sorted(
        (a.get("name"), a.get("url")) if isinstance(a, dict) else (a, None) for a in authors
    )
    date = review.get("datePublished")
    return {
        "rating_value": value,
        "alternate_name": words,
        "author": people or None,
        "date_published": date[:10] if isinstance(date, str) else None,
        "url": review.get("url"),
    }


def measure(data: bytes) -> dict[str, tuple[int, int]]:
    originals = {r["claimReviewed"]: published(r) for r in claim_reviews(json.loads(data))}
    with (
        tempfile.TemporaryDirectory() as folder,
        Project.open(Path(folder) / "bench.sqlite3", actor="bench") as project,
    ):
        run_to_end(import_claimreview_job(project, data, CancelToken()))
        out = io.BytesIO()
        options = ReportOptions(organisation="Bench Desk")
        run_to_end(write_claimreview(project, options, out, CancelToken()))
    exported = {r["claimReviewed"]: published(r) for r in claim_reviews(json.loads(out.getvalue()))}
    figures = {"survivors": (len(set(originals) & set(exported)), len(originals))}
    for name in PROPERTIES:
        given = [text for text, fields in originals.items() if fields[name] is not None]
        kept = [text for text in given if exported.get(text, {}).get(name) == originals[text][name]]
        figures[name] = (len(kept), len(given))
    return figures


def verdict_rejections() -> tuple[int, int]:
    """Rows rejected for a problem in the status column, and rows in the file."""
    with (
        tempfile.TemporaryDirectory() as folder,
        Project.open(Path(folder) / "bench.sqlite3", actor="bench") as project,
    ):
        job = import_claims_job(project, VERDICTS, TSV_MAPPING, CancelToken(), locale_hint="pt_BR")
        result = run_to_end(job)
    by_verdict = [rows for rows in result.rejected if any(p.field == "status" for p in rows[1])]
    return len(by_verdict), result.imported + len(result.rejected)


def main() -> None:
    figures = measure(FIXTURE.read_bytes())
    names = {"survivors": "claimreview_export_survivors"}
    for key, (value, target) in figures.items():
        metric = names.get(key, f"claimreview_keeps_{key}")
        print(json.dumps({"metric": metric, "value": value, "unit": "reviews", "target": target}))
    rejected, _rows = verdict_rejections()
    metric = "csv_rows_rejected_for_verdicts"
    print(json.dumps({"metric": metric, "value": rejected, "unit": "rows", "target": 0}))


if __name__ == "__main__":
    main()
