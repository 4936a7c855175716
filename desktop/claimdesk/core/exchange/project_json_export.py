"""Writing Claimdesk JSON: the whole project (or a filtered part) as one UTF-8 document.

The layout is described in project_json_format.py. Rows come from ProjectTransferService as plain
values; here they are nested (tags, hops, citations and reviews inside their claim, evidence
inside its review) and encoded one row per line with the C encoder, a chunk at a time, so
100,000 claims are written in a few seconds and memory stays flat.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, BinaryIO

from ..enums import Grouping
from ..jobs import CancelToken, Job
from ..records import Progress, ReportOptions
from ..reports.text import scope_lines
from ..services.project_transfer import ProjectTransferService, TransferChunk
from .project_json_format import FORMAT, SECTION_OF_TABLE, VERSION, collection_paused

if TYPE_CHECKING:
    from ..project import Project

_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False, allow_nan=False).encode


def write_project_json(
    project: Project, options: ReportOptions, out: BinaryIO, cancel: CancelToken
) -> Job[int]:
    """Write the project as Claimdesk JSON; returns how many claims the document holds.

    An empty filter exports everything, deleted rows included; a filter exports the matching
    claims and the sources, articles and tags they refer to. Captured page bytes only when
    options.include_originals is set.
    """
    with collection_paused():
        return (yield from _write(project, options, out, cancel))


def _write(
    project: Project, options: ReportOptions, out: BinaryIO, cancel: CancelToken
) -> Job[int]:
    transfer = ProjectTransferService(project.database, project.actor)
    now = datetime.now(UTC)
    head = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now.isoformat(timespec="seconds"),
        # Who exported it, only when they asked to be named (as a report's header).
        "exported_by": options.name_in_report or None,
        "database_revision": project.database.revision(),
        "filter": _scope(project, options),
        "includes_originals": options.include_originals,
    }
    out.write(_encode(head)[:-1].encode("utf-8"))
    section: str | None = None
    first_row = True
    claims = 0
    yield Progress(0, None, "reading the project")
    claim_ids: list[int] = []
    with transfer.snapshot() as snapshot:
        for chunk in snapshot.rows(options.filter, options.include_originals):
            cancel.raise_if_cancelled()
            if SECTION_OF_TABLE[chunk.table] != section:
                if section is not None:
                    out.write(b"\n]" if not first_row else b"]")
                section = SECTION_OF_TABLE[chunk.table]
                out.write(f',\n"{section}": ['.encode())
                first_row = True
            rows: Iterable[dict[str, Any]] = chunk.rows
            if chunk.table == "claims":
                claim_ids.extend(row["id"] for row in chunk.rows)
                rows = nest_claims(chunk)
                claims += len(chunk.rows)
            if chunk.rows:
                text = ",\n".join(map(_encode, rows))
                out.write(("\n" if first_row else ",\n").encode() + text.encode("utf-8"))
                first_row = False
            yield Progress(chunk.claims_done, chunk.claims_total, f"writing {section}")
        # Read last, in the rows' snapshot: the audit head is the last change the file holds.
        provenance = snapshot.provenance(claim_ids, now)
    out.write(b"\n]" if not first_row else b"]")
    out.write(b',\n"provenance": ' + _encode(provenance.to_json()).encode("utf-8") + b"\n}\n")
    return claims


def nest_claims(chunk: TransferChunk) -> list[dict[str, Any]]:
    """Put each claim's tag names, hops, citations and reviews (with evidence) inside it."""
    evidence = _grouped(chunk.children["review_evidence"], "review_id")
    for review in chunk.children["reviews"]:
        review["evidence"] = evidence.get(review["id"], ())
    hops = _grouped(chunk.children["attribution_hops"], "claim_id")
    citations = _grouped(chunk.children["citations"], "claim_id")
    reviews = _grouped(chunk.children["reviews"], "claim_id")
    tags = chunk.tags
    for claim in chunk.rows:
        claim_id = claim["id"]
        # An empty tuple shared by many claims encodes as [] like a list of its own.
        claim["tags"] = tags.get(claim_id, ())
        claim["hops"] = hops.get(claim_id, ())
        claim["citations"] = citations.get(claim_id, ())
        claim["reviews"] = reviews.get(claim_id, ())
    return chunk.rows


def _grouped(rows: list[dict[str, Any]], parent: str) -> dict[int, list[dict[str, Any]]]:
    """Rows by their parent's id, the parent key removed (the nesting says it)."""
    grouped: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(row.pop(parent), []).append(row)
    return grouped


def _scope(project: Project, options: ReportOptions) -> list[dict[str, str]] | None:
    """The filter in words (as a report's scope line), or None for the whole project."""
    if options.filter.is_empty():
        return None
    header = project.reports.header(replace(options, grouping=Grouping.NONE))
    return [{"label": label, "value": value} for label, value in scope_lines(header.scope)]
