"""The demo project: one German report with its sources, claims, chain and citations.

It is loaded through the ordinary services, inside one batch, so the demo exercises exactly
the rules real data does and either appears whole or not at all.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import FieldProblem, ValidationError
from .inputs import ArticleInput, CitationInput, ClaimInput, HopInput, SourceInput
from .project import Project
from .quantities import Quantity, parse_quantity
from .records import Changes
from .resources import resource


def demo_data() -> dict[str, Any]:
    with resource("demo", "demo_project.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def create_demo(project: Project) -> Changes:
    """Fill an empty project with the demo. Refuses a project that already holds data."""
    if not project.project.is_empty():
        where = project.database.location
        raise ValidationError([FieldProblem("database", "demo_needs_empty", {"location": where})])
    data = demo_data()
    with project.batch():
        sources = {
            key: project.sources.create(SourceInput(**fields)).id
            for key, fields in data["sources"].items()
        }
        articles = {}
        for key, fields in data["articles"].items():
            values = dict(fields)
            publisher = values.pop("publisher", None)
            articles[key] = project.articles.create(
                ArticleInput(
                    **values
                    | {
                        "text": "\n".join(values["text"]),
                        "authors": tuple(values.get("authors", ())),
                        "publisher_id": sources[publisher] if publisher else None,
                    }
                )
            ).id
        for claim in data["claims"]:
            _create_claim(project, claim, data["chains"], sources, articles)
    return Changes(everything=True)


def _create_claim(
    project: Project,
    claim: dict[str, Any],
    chains: dict[str, list[dict[str, Any]]],
    sources: dict[str, int],
    articles: dict[str, int],
) -> None:
    hops = tuple(
        HopInput(
            source_id=sources.get(hop.get("source", "")),
            article_id=articles.get(hop.get("article", "")),
            said_on=hop.get("said_on"),
            mode=hop.get("mode", "paraphrase"),
            description=hop.get("description"),
        )
        for hop in chains.get(claim.get("chain", ""), [])
    )
    quote = claim["citations"][0]["excerpt"] if claim.get("citations") else None
    saved = project.claims.create(
        ClaimInput(
            statement=claim["statement"],
            quote=quote,
            quote_language="de" if quote else None,
            claimant_id=sources[claim["claimant"]],
            claimed_on=claim.get("claimed_on"),
            as_of=claim.get("as_of"),
            quantity=_quantity(claim.get("quantity")),
            credibility=claim.get("credibility", "6"),
            tags=tuple(claim.get("tags", ())),
            notes=claim.get("notes"),
            hops=hops,
        )
    )
    for citation in claim.get("citations", []):
        project.citations.link(
            CitationInput(saved.id, articles[citation["article"]], citation["excerpt"])
        )
    for review in claim.get("reviews", []):
        project.reviews.set_status([saved.id], review["status"], review.get("rationale"))


def _quantity(spec: dict[str, Any] | None) -> Quantity | None:
    if not spec:
        return None
    parsed = parse_quantity(spec["phrase"], spec.get("language"))
    if parsed is None:
        raise ValueError(f"demo quantity '{spec['phrase']}' does not parse")
    return Quantity(parsed.value, parsed.upper, spec.get("unit", parsed.unit), parsed.qualifier)
