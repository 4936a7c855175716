"""`claimdesk suggest`: the claims an article suggests, drafted as the claim form fills them."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .filters import MAX_ID, whole_number
from .words import fill, translate

if TYPE_CHECKING:
    from ..core.claim_drafts import ClaimDraft


def add_suggest_parser(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    suggest = commands.add_parser(
        "suggest",
        help=translate("Cli", "draft the claims an article suggests"),
        description=translate(
            "Cli",
            "Draft a claim for every sentence of an article that holds a quantity or "
            "names its source: statement, claimant (matched to the project's sources), "
            "attribution chain, claim date and quantity. Writes nothing.",
        ),
    )
    suggest.add_argument(
        "article",
        metavar="ARTICLE_ID|FILE",
        help=translate("Cli", "an article of the project, or a saved page or text file"),
    )
    db_option(suggest)
    suggest.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object per line")
    )
    suggest.set_defaults(handler=run_suggest)


def run_suggest(args: argparse.Namespace) -> int:
    from . import open_project

    article_id = _article_id(args.article)
    with open_project(args, create=False) as project:
        if article_id is not None:
            drafts = project.drafts.for_article(article_id)
        else:
            drafts = project.drafts.for_text(_file_text(Path(args.article)))
    for draft in drafts:
        if args.json:
            print(json.dumps(as_json(draft), ensure_ascii=False))
        else:
            print(_line(draft))
    return 0


def _article_id(given: str) -> int | None:
    """The article id ARTICLE_ID|FILE names, or None for a file; an id no database can hold
    (10**30) is refused with a message."""
    if not given.isdecimal():
        return None
    return whole_number("ARTICLE_ID", 1, MAX_ID)(given)


def _file_text(path: Path):  # type: ignore[no-untyped-def]
    from ..core.attribution import Named
    from ..core.capture.capture import capture_file
    from ..core.claim_drafts import ArticleText
    from ..core.enums import SourceKind

    found = capture_file(path).extracted
    publisher = Named(found.site_name, None, SourceKind.MEDIA_OUTLET) if found.site_name else None
    return ArticleText(
        None, found.title or path.name, found.text, found.language, found.published, publisher
    )


def as_json(draft: ClaimDraft) -> dict[str, object]:
    claimant = draft.claimant
    quantity = draft.quantity
    ranged = quantity is not None and quantity.quantity.upper is not None
    return {
        "sentence": draft.sentence,
        "start": draft.start,
        "end": draft.end,
        "statement": draft.statement,
        "claimant": None
        if claimant is None
        else {"name": claimant.name, "source": claimant.source_id, "kind": str(claimant.kind),
              "role": claimant.role},
        "chain": [
            {"name": hop.name, "source": hop.source.source_id if hop.source else None,
             "article": hop.article_id if hop.source is None else None}
            for hop in draft.chain
        ],
        "claimed_on": None
        if draft.claimed_on is None
        else {"date": draft.claimed_on.value.isoformat(),
              "precision": str(draft.claimed_on.precision)},
        "quantity": None
        if quantity is None
        else {
            "value": None if ranged else quantity.quantity.value,
            "low": quantity.quantity.value if ranged else None,
            "high": quantity.quantity.upper,
            "qualifier": str(quantity.quantity.qualifier),
            "unit": quantity.unit,
            "unit_lemma_en": quantity.unit_lemma_en,
            "modifier": quantity.modifier,
            "modifier_en": quantity.modifier_en,
            "phrase": quantity.phrase,
        },
        "language": draft.language,
    }  # fmt: skip


def _line(draft: ClaimDraft) -> str:
    who = draft.claimant.name if draft.claimant else "?"
    chain = " → ".join(hop.name for hop in draft.chain)
    how_much = f" [{draft.quantity.phrase}]" if draft.quantity else ""
    via = fill(translate("Cli", "via %1"), chain)
    return f"{draft.start}-{draft.end} {who}{how_much}: {draft.statement}\n    {via}"
