"""Reading Claimdesk JSON back: a whole project into an empty database, all or nothing.

The file is checked completely before a single row is written: that it is a regular file of
at most 200 MB (counted while read, see core/bounded), its encoding, the JSON itself (an error
names line and column), the format and version, every field of every row (present when
required, of the right type, one of the allowed values, and within the rules the services
apply to the same field when it is typed into a form: lengths, web addresses, languages, no
control characters, numbers the database can hold, stored pages that inflate within their
cap) and every reference between rows (a citation naming an article the file does not hold
is an error naming the claim). Only then does ProjectTransferService insert the rows with
their original ids in one transaction. Every problem is one ExchangeError; a row's place is
the param "where": a list of {"entity": "claim", "id": 5} or {"entity": …, "index": 2}.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import String

from ..bounded import InputError, check_inflates, read_file
from ..errors import BadValue, ExchangeError, FieldProblem
from ..jobs import CancelToken, Job
from ..models import Base
from ..records import Changes, Progress
from ..services.field_rules import author_rule, text_rule
from ..services.project_transfer import TABLE_ORDER, ProjectTransferService, not_empty_error
from .project_json_format import (
    CHOICES,
    CLAIM_PARTS,
    FORMAT,
    LISTS_OF_TEXT,
    MAX_BYTES,
    REVIEW_PARTS,
    SECTIONS,
    VERSION,
    collection_paused,
    kind_of,
    value_reader,
)

if TYPE_CHECKING:
    from ..project import Project

_CHECK_CHUNK = 2_000

# A row's place in the document, outermost first: ({"entity": "claim", "id": 5},
# {"entity": "citation", "index": 2}) is the second citation of claim 5.
Where = tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class JsonImportResult:
    path: Path
    counts: dict[str, int]  # rows written per table, parents first
    changes: Changes = field(default_factory=lambda: Changes(everything=True))

    @property
    def claims(self) -> int:
        return self.counts.get("claims", 0)


def import_project_json_job(
    project: Project, path: Path, cancel: CancelToken
) -> Job[JsonImportResult]:
    """Import a Claimdesk JSON file into an empty project (see the module docstring)."""
    with collection_paused():
        return (yield from _import(project, Path(path), cancel))


def _import(project: Project, path: Path, cancel: CancelToken) -> Job[JsonImportResult]:
    transfer = ProjectTransferService(project.database, project.actor)
    occupied = transfer.stored_rows()
    if occupied:
        raise not_empty_error(project.database.location, occupied)
    yield Progress(0, None, f"reading {path.name}")
    document = read_document(path, cancel)
    cancel.raise_if_cancelled()
    try:
        tables = yield from check_document(document, cancel)
    except ExchangeError as error:
        error.params.setdefault("file", path.name)
        raise
    del document  # only the checked rows are needed while writing
    counts = yield from transfer.write(tables, cancel)
    return JsonImportResult(path, counts)


def read_document(path: Path | str, cancel: CancelToken | None = None) -> dict[str, Any]:
    """The parsed file, or an error naming why it cannot be read as JSON."""
    path = Path(path)
    raw = read_file(path, MAX_BYTES, expected="json", cancel=cancel)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        byte = f"0x{raw[error.start]:02x}"
        raise ExchangeError("json_not_utf8", file=path.name, byte=byte, line=line) from None
    del raw
    if not text.strip():
        raise ExchangeError("json_empty", file=path.name)
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except _NotJsonNumber as error:
        raise ExchangeError("json_constant", file=path.name, value=str(error)) from None
    except json.JSONDecodeError as error:
        raise ExchangeError(
            "json_invalid", file=path.name, line=error.lineno, column=error.colno, detail=error.msg
        ) from None
    except RecursionError:
        raise ExchangeError("json_too_deep", file=path.name) from None
    except ValueError:
        # Python refuses to turn a run of more than this many digits into an int.
        digits = sys.get_int_max_str_digits()
        raise ExchangeError("json_number_too_long", file=path.name, digits=digits) from None
    if not isinstance(document, dict):
        raise ExchangeError("json_not_an_export", file=path.name, found=kind_of(document))
    return document


class _NotJsonNumber(Exception):
    pass


def _no_constant(name: str) -> Any:
    raise _NotJsonNumber(name)


def check_document(document: Mapping[str, Any], cancel: CancelToken) -> Job[dict[str, list]]:
    """Every row of the document as Python values per table, ready to insert; ExchangeError
    at the first problem, naming the row and the field."""
    kind = document.get("format")
    if kind != FORMAT:
        if kind is None:
            raise ExchangeError("json_no_format", expected=FORMAT)
        raise ExchangeError("json_wrong_format", found=json.dumps(kind), expected=FORMAT)
    version = document.get("version")
    if type(version) is not int:
        raise ExchangeError("json_no_version")
    if version > VERSION:
        raise ExchangeError("json_version_too_new", version=version, supported=VERSION)
    if version < 1:
        raise ExchangeError("json_version_unknown", version=version)
    for section in SECTIONS:
        if not isinstance(document.get(section), list):
            found = "nothing" if section not in document else kind_of(document[section])
            raise ExchangeError("json_section_not_list", section=section, found=found)
    return (yield from _DocumentChecker().run(document, cancel))


class _RowSpec:
    """The columns of one table as the document carries them, with a converter each."""

    def __init__(
        self, table: str, label: str, parent: str | None = None, parts: tuple[str, ...] = ()
    ):
        self.label = label
        columns = [c for c in Base.metadata.tables[table].c if c.name != parent]
        self.fields = [(c.name, value_reader(table, c), not c.nullable) for c in columns]
        self.allowed = frozenset(c.name for c in columns) | frozenset(parts)
        # The services' rules, checked after the type: texts, author names, stored pages.
        self.rules: dict[str, Callable[[Any], FieldProblem | None]] = {
            c.name: text_rule(table, c.name)
            for c in columns
            if isinstance(c.type, String) and (table, c.name) not in CHOICES
        }
        if (table, "authors") in LISTS_OF_TEXT:
            self.rules["authors"] = _each(author_rule)
        self.originals = "original" in self.allowed

    def rows(self, items: list[Any], outer: Where = ()) -> list[tuple[Where, dict[str, Any], Any]]:
        """(where, converted row, item as found) for each item of a list."""
        return [self.row(item, index, outer) for index, item in enumerate(items)]

    def row(self, item: Any, index: int, outer: Where = ()) -> tuple[Where, dict[str, Any], Any]:
        row_id = item.get("id") if isinstance(item, dict) else None
        place = (
            {"entity": self.label, "id": row_id}
            if type(row_id) is int
            else {"entity": self.label, "index": index + 1}
        )
        where = (*outer, place)
        if not isinstance(item, dict):
            raise ExchangeError("json_row_not_object", where=where, found=kind_of(item))
        unknown = item.keys() - self.allowed
        if unknown:
            raise ExchangeError("json_unknown_field", where=where, field=sorted(unknown)[0])
        row: dict[str, Any] = {}
        for name, convert, required in self.fields:
            value = item.get(name)
            if value is None:
                if required:
                    raise ExchangeError("json_missing_field", where=where, field=name)
                row[name] = None
                continue
            try:
                row[name] = convert(value)
            except BadValue as problem:
                raise _bad_value(where, name, problem.code, problem.params) from None
            rule = self.rules.get(name)
            broken = rule(row[name]) if rule is not None else None
            if broken is not None:
                raise _bad_value(where, name, broken.code, broken.params)
        if self.originals and row.get("original") is not None:
            try:
                check_inflates(row["original"], row.get("original_compression"))
            except InputError as problem:
                raise _bad_value(where, "original", problem.code, problem.params) from None
        return where, row, item


def _bad_value(
    where: Where, field: str, reason: str, params: Mapping[str, object]
) -> ExchangeError:
    return ExchangeError("json_bad_value", where=where, field=field, reason=reason, **params)


def _each(rule: Callable[[str], FieldProblem | None]) -> Callable[[list[str]], FieldProblem | None]:
    def check_all(values: list[str]) -> FieldProblem | None:
        return next((found for value in values if (found := rule(value)) is not None), None)

    return check_all


class _DocumentChecker:
    """Checks the sections in the order rows will be inserted, so that every reference can
    be looked up among rows already checked (evidence, which may name a citation of any
    claim, is looked up once all claims are read)."""

    def __init__(self) -> None:
        self.tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_ORDER}
        self.ids: dict[str, set[int]] = {name: set() for name in TABLE_ORDER}
        self.specs = {
            "sources": _RowSpec("sources", "source"),
            "articles": _RowSpec("articles", "article"),
            "article_captures": _RowSpec("article_captures", "article version"),
            "tags": _RowSpec("tags", "tag"),
            "claims": _RowSpec("claims", "claim", parts=CLAIM_PARTS),
            "attribution_hops": _RowSpec("attribution_hops", "hop", parent="claim_id"),
            "citations": _RowSpec("citations", "citation", parent="claim_id"),
            "reviews": _RowSpec("reviews", "review", parent="claim_id", parts=REVIEW_PARTS),
            "review_evidence": _RowSpec("review_evidence", "evidence", parent="review_id"),
            "claim_relations": _RowSpec("claim_relations", "relation"),
            "published_reviews": _RowSpec("published_reviews", "published review"),
            "audit_events": _RowSpec("audit_events", "audit event"),
        }
        # Where each reference of a table points: (column, table it names, what to call it).
        self.references: dict[str, tuple[tuple[str, str, str], ...]] = {
            "articles": (("publisher_id", "sources", "source"),),
            "article_captures": (("article_id", "articles", "article"),),
            "claims": (("claimant_id", "sources", "source"),),
            "attribution_hops": (
                ("source_id", "sources", "source"),
                ("article_id", "articles", "article"),
            ),
            "citations": (("article_id", "articles", "article"),),
            "claim_relations": (
                ("from_claim_id", "claims", "claim"),
                ("to_claim_id", "claims", "claim"),
            ),
            "published_reviews": (("claim_id", "claims", "claim"),),
            "review_evidence": (("citation_id", "citations", "citation"),),
        }

    def run(self, document: Mapping[str, Any], cancel: CancelToken) -> Job[dict[str, list]]:
        for section in ("sources", "articles", "article_captures", "tags"):
            for where, row, _item in self.specs[section].rows(document[section]):
                self.add(section, where, row)
        names = [row["name"] for row in self.tables["tags"]]
        tags = dict(zip(names, (row["id"] for row in self.tables["tags"]), strict=True))
        if len(tags) != len(names):
            twice = next(name for name in names if names.count(name) > 1)
            raise ExchangeError("json_tag_twice", tag=json.dumps(twice))
        yield from self.claims(document["claims"], tags, cancel)
        for section in ("relations", "published_reviews", "audit_events"):
            table = SECTIONS[section]
            for where, row, _item in self.specs[table].rows(document[section]):
                self.add(table, where, row)
        return self.tables

    def add(self, table: str, where: Where, row: dict[str, Any]) -> None:
        """Keep a checked row: its id must be new and its references must resolve."""
        ids = self.ids[table]
        if row["id"] in ids:
            raise ExchangeError("json_row_twice", where=where)
        for key, target, what in self.references.get(table, ()):
            value = row[key]
            if value is not None and value not in self.ids[target]:
                raise ExchangeError(
                    "json_dangling_reference", where=where, field=key, entity=what, id=value
                )
        ids.add(row["id"])
        self.tables[table].append(row)

    def claims(self, items: list[Any], tags: Mapping[str, int], cancel: CancelToken) -> Job[None]:
        spec = self.specs["claims"]
        evidence: list[tuple[Where, dict[str, Any]]] = []
        for index, item in enumerate(items):
            if index % _CHECK_CHUNK == 0:
                cancel.raise_if_cancelled()
                yield Progress(index, len(items), "checking claims")
            where, claim, _item = spec.row(item, index)
            claim_id = claim["id"]
            self.add("claims", where, claim)
            names = _list(item, "tags", where)
            for name in names:
                if type(name) is not str:
                    raise ExchangeError("json_tag_not_name", where=where, found=kind_of(name))
                if name not in tags:
                    raise ExchangeError("json_tag_unknown", where=where, tag=json.dumps(name))
            for name in dict.fromkeys(names):
                self.tables["claim_tags"].append({"claim_id": claim_id, "tag_id": tags[name]})
            for table, part in (("attribution_hops", "hops"), ("citations", "citations")):
                for inner, row, _item in self.specs[table].rows(_list(item, part, where), where):
                    row["claim_id"] = claim_id
                    self.add(table, inner, row)
            for inner, review, found in self.specs["reviews"].rows(
                _list(item, "reviews", where), where
            ):
                review["claim_id"] = claim_id
                self.add("reviews", inner, review)
                for deeper, proof, _item in self.specs["review_evidence"].rows(
                    _list(found, "evidence", inner), inner
                ):
                    proof["review_id"] = review["id"]
                    evidence.append((deeper, proof))
        for deeper, proof in evidence:
            self.add("review_evidence", deeper, proof)
        yield Progress(len(items), len(items), "checking claims")


def _list(item: Mapping[str, Any], key: str, where: Where) -> list[Any]:
    value = item.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ExchangeError("json_part_not_list", where=where, field=key, found=kind_of(value))
    return value
