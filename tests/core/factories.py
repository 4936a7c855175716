"""Small builders for test data, going through the real services."""

from __future__ import annotations

from typing import Any

from claimdesk.core.enums import Qualifier, SourceKind
from claimdesk.core.inputs import ArticleInput, ClaimInput, HopInput, SourceInput
from claimdesk.core.project import Project
from claimdesk.core.quantities import Quantity

ARTICLE_TEXT = (
    "Laut Budanow haben russische Einheiten bislang rund 120 Koksan-Geschütze erhalten. "
    "In der Region Kursk stehen nach seinen Angaben etwa 11.000 nordkoreanische Soldaten. "
    "Weitere Lieferungen seien wahrscheinlich."
)


def budanov(project: Project) -> int:
    return project.sources.create(
        SourceInput("Kyrylo Budanov", SourceKind.PERSON, "Chief of HUR", "Ukraine", "C")
    ).id


def outlet(project: Project, name: str = "t-online") -> int:
    return project.sources.create(SourceInput(name, SourceKind.MEDIA_OUTLET, reliability="B")).id


def article(project: Project, url: str | None = "https://example.org/report", **fields) -> int:
    values = {"title": "Budanow über Nordkorea", "url": url, "text": ARTICLE_TEXT, "language": "de"}
    values.update(fields)
    return project.articles.create(ArticleInput(**values)).id


def soldiers_claim(project: Project, claimant_id: int | None = None, **fields) -> ClaimInput:
    values = {
        "statement": "About 11,000 North Korean soldiers are in Russia's Kursk region.",
        "quote": "etwa 11.000 nordkoreanische Soldaten",
        "quote_language": "de",
        "claimant_id": claimant_id,
        "claimed_on": "2025-06",
        "as_of": "2025-06",
        "quantity": Quantity(11000, None, "soldiers", Qualifier.ABOUT),
        "credibility": "2",
        "tags": ("North Korea", "Kursk"),
    }
    values.update(fields)
    return ClaimInput(**values)


def chain(source_id: int, outlet_id: int, article_id: int) -> tuple[HopInput, ...]:
    return (
        HopInput(source_id=source_id, said_on="2025-06", mode="verbatim", description="interview"),
        HopInput(source_id=outlet_id, said_on="2025-06", mode="verbatim"),
        HopInput(article_id=article_id, said_on="2025-06-10", mode="paraphrase"),
    )


_CHAIN_FIELDS = ("id", "seq", "prev_hash", "hash")


def exported_content(document: dict[str, Any]) -> dict[str, Any]:
    """A Claimdesk JSON export without what differs between two exports of the same data:
    when and by whom, and the audit chain's own numbering. A project that was imported keeps
    the imported history outside its chain (no seq), between its own "origin" events: that
    history is what is compared with the exported one. The provenance names the project that
    wrote the file and its chain, so it is another project's after an import."""
    content = {
        key: value
        for key, value in document.items()
        if key not in ("exported_at", "exported_by", "audit_events", "provenance")
    }
    events = document["audit_events"]
    if any(event.get("seq") is None for event in events):
        events = [event for event in events if event.get("seq") is None]
    content["audit_events"] = [
        {key: value for key, value in event.items() if key not in _CHAIN_FIELDS} for event in events
    ]
    return content
