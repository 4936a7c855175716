"""Reading Claimdesk JSON back: a whole project into an empty database, all or nothing.

The file is streamed (ijson), so memory stays bounded by a batch of rows however large the
export: it must be a regular file of at most 200 MB (counted while read, see core/bounded).
Every row is checked before it is written: every field (present when required, of the right
type, one of the allowed values, and within the rules the services apply to the same field
when it is typed into a form: lengths, web addresses, languages, no control characters,
numbers the database can hold, stored pages that inflate within their cap) and every
reference to rows before it (a citation naming an article the file does not hold is an error
naming the claim). ProjectTransferService writes the checked rows with their original ids a
batch at a time, all in one transaction: the first problem anywhere in the file rolls back
everything written so far, so a bad file still leaves the project empty. The sections must
come in the order Claimdesk writes them (parents first), the format and version before them.
A file that is not JSON at all is read once more whole, only to name the line and column of
the mistake as json.loads does. Every problem is one ExchangeError; a row's place is the
param "where": a list of {"entity": "claim", "id": 5} or {"entity": …, "index": 2}.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ijson
from ijson.common import ObjectBuilder
from sqlalchemy import String

from ..bounded import BoundedReader, InputError, check_inflates, open_file, read_file
from ..errors import BadValue, ExchangeError, FieldProblem
from ..jobs import CancelToken, Job
from ..models import Base
from ..records import Changes, Progress
from ..services.field_rules import author_rule, text_rule
from ..services.project_transfer import (
    TABLE_ORDER,
    ProjectTransferService,
    TransferWriter,
    not_empty_error,
)
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

WRITE_BATCH = 2_000  # rows checked, then written, at a time: bounds the memory used

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
    parser = _parser_for(path, cancel)
    try:
        with (
            open_file(path, MAX_BYTES, expected="json", cancel=cancel) as reader,
            transfer.writer() as writer,
        ):
            size = path.stat().st_size
            events = parser.parse(_WithoutBom(reader))
            streamed = _StreamedImport(events, reader, writer, size, cancel)
            counts = yield from streamed.run()
            writer.origin(
                {
                    "file": path.name,
                    "file_sha256": _file_sha256(path),
                    "database_revision": streamed.header.get("database_revision"),
                    "exported_at": streamed.header.get("exported_at"),
                }
            )
    except ijson.JSONError as error:
        raise _not_json(path, error) from None
    except ExchangeError as error:
        error.params.setdefault("file", path.name)
        raise
    return JsonImportResult(path, counts)


def _file_sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _parser_for(path: Path, cancel: CancelToken) -> Any:
    """ijson's C parser, unless the file holds a run of more digits than Python turns into
    an int: the C parser (ijson 3.6) then crashes the process instead of raising, so such a
    file is read by ijson's pure Python parser (a number that long is refused as not JSON,
    and worded as json.loads words it; the same digits inside a text are read as text)."""
    limit = sys.get_int_max_str_digits()
    if not limit:
        return ijson
    too_long = re.compile(rb"[0-9]{%d,}" % (limit + 1))
    tail = b""
    with open_file(path, MAX_BYTES, expected="json", cancel=cancel) as reader:
        while chunk := reader.read(1 << 20):
            if too_long.search(tail + chunk):
                return ijson.get_backend("python")
            tail = chunk[-limit:]
    return ijson


def _not_json(path: Path, error: Exception) -> ExchangeError:
    """What is wrong with a file the streaming parser refused, worded as json.loads finds it
    (line and column): the whole file is read again for that, on this error path only."""
    try:
        read_document(path)
    except ExchangeError as found:
        return found
    return ExchangeError("json_invalid", file=path.name, line=0, column=0, detail=str(error))


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


class _StreamedImport:
    """Reads the document's sections in the order rows are inserted, checks each row, and
    writes a batch at a time, so that every reference can be looked up among the ids of rows
    already written (evidence naming a citation of a later claim waits for it)."""

    def __init__(
        self,
        events: Iterator[Any],
        reader: BoundedReader,
        writer: TransferWriter,
        size: int,
        cancel: CancelToken,
    ):
        self.events = events
        self.reader = reader
        self.writer = writer
        self.size = size
        self.header: dict[str, Any] = {}
        self.cancel = cancel
        self.pending: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_ORDER}
        self.ids: dict[str, set[int]] = {name: set() for name in TABLE_ORDER}
        self.tags: dict[str, int] = {}
        self.waiting: list[tuple[Where, dict[str, Any]]] = []  # evidence before its citation
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

    def run(self) -> Job[dict[str, int]]:
        header = self.header
        seen: list[str] = []
        first = next(self.events, None)
        if first is None:
            raise ijson.IncompleteJSONError("no JSON value in the file")
        if first[1] != "start_map":
            raise ExchangeError("json_not_an_export", found=_kind_of_event(first))
        for prefix, event, key in self.events:
            if event == "end_map" and prefix == "":
                break
            value_event = next(self.events)
            if key not in SECTIONS:
                header[key] = self.build(value_event)
                continue
            if not seen:
                _check_header(header)
            if seen and list(SECTIONS).index(key) <= list(SECTIONS).index(seen[-1]):
                raise ExchangeError("json_section_out_of_order", section=key, after=seen[-1])
            _no_section_missing(seen, before=key)
            seen.append(key)
            if value_event[1] != "start_array":
                found = kind_of(self.build(value_event))
                raise ExchangeError("json_section_not_list", section=key, found=found)
            yield from self.section(key)
        for _rest in self.events:  # nothing may follow the object but white space
            pass
        if not seen:
            _check_header(header)
        _no_section_missing(seen)
        for where, proof in self.waiting:
            self.add("review_evidence", where, proof)
        self.flush()
        return self.writer.counts

    def section(self, name: str) -> Job[None]:
        """Check and write the rows of one section, a batch at a time."""
        table = SECTIONS[name]
        spec = self.specs[table]
        table_words = table.replace("_", " ")
        for index, item in enumerate(self.items()):
            if name == "claims":
                self.claim(item, index)
            else:
                where, row, _item = spec.row(item, index)
                self.add(table, where, row)
                if table == "tags":
                    self.tag(row)
            if (index + 1) % WRITE_BATCH == 0:
                self.flush()
                yield Progress(self.reader.received, self.size, f"writing {table_words}")
        self.flush()
        yield Progress(self.reader.received, self.size, f"writing {table_words}")

    def items(self) -> Iterator[Any]:
        """The items of the list just opened, each built as it is reached."""
        for event in self.events:
            if event[1] == "end_array":
                return
            yield self.build(event)

    def build(self, first: tuple[str, str, Any]) -> Any:
        """The whole value that starts with this event."""
        _prefix, event, value = first
        if event not in ("start_map", "start_array"):
            return float(value) if type(value) is Decimal else value
        builder = ObjectBuilder()
        builder.event(event, value)
        depth = 1
        for _prefix, event, value in self.events:
            # Numbers with a fraction or exponent come as Decimal; json.loads reads floats.
            builder.event(event, float(value) if type(value) is Decimal else value)
            if event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
                if depth == 0:
                    return builder.value
        raise ijson.IncompleteJSONError("the file ends inside a value")

    def tag(self, row: dict[str, Any]) -> None:
        if row["name"] in self.tags:
            raise ExchangeError("json_tag_twice", tag=json.dumps(row["name"]))
        self.tags[row["name"]] = row["id"]

    def add(self, table: str, where: Where, row: dict[str, Any]) -> None:
        """Keep a checked row for the next write: its id must be new and its references
        must resolve."""
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
        self.pending[table].append(row)

    def claim(self, item: Any, index: int) -> None:
        """A claim with its tags, hops, citations, reviews and their evidence."""
        where, claim, _item = self.specs["claims"].row(item, index)
        claim_id = claim["id"]
        self.add("claims", where, claim)
        names = _list(item, "tags", where)
        for name in names:
            if type(name) is not str:
                raise ExchangeError("json_tag_not_name", where=where, found=kind_of(name))
            if name not in self.tags:
                raise ExchangeError("json_tag_unknown", where=where, tag=json.dumps(name))
        for name in dict.fromkeys(names):
            self.pending["claim_tags"].append({"claim_id": claim_id, "tag_id": self.tags[name]})
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
                cited = proof["citation_id"]
                if cited is None or cited in self.ids["citations"]:
                    self.add("review_evidence", deeper, proof)
                else:
                    self.waiting.append((deeper, proof))

    def flush(self) -> None:
        """Write what is pending, parents first; then index the claims just written."""
        self.cancel.raise_if_cancelled()
        claims = [row["id"] for row in self.pending["claims"]]
        for table in TABLE_ORDER:
            rows = self.pending[table]
            if rows:
                self.writer.insert(table, rows)
                self.pending[table] = []
        self.writer.index_claims(claims)


def _no_section_missing(seen: list[str], before: str | None = None) -> None:
    """Refuse a document without one of the sections (before ``before`` when given)."""
    for name in SECTIONS:
        if name == before:
            return
        if name not in seen:
            raise ExchangeError("json_section_not_list", section=name, found="nothing")


def _check_header(header: Mapping[str, Any]) -> None:
    kind = header.get("format")
    if kind != FORMAT:
        if kind is None:
            raise ExchangeError("json_no_format", expected=FORMAT)
        raise ExchangeError("json_wrong_format", found=json.dumps(kind), expected=FORMAT)
    version = header.get("version")
    if type(version) is not int:
        raise ExchangeError("json_no_version")
    if version > VERSION:
        raise ExchangeError("json_version_too_new", version=version, supported=VERSION)
    if version < 1:
        raise ExchangeError("json_version_unknown", version=version)


def _kind_of_event(event: tuple[str, str, Any]) -> str:
    return "list" if event[1] == "start_array" else kind_of(event[2])


class _WithoutBom:
    """A reader that skips a UTF-8 byte order mark at the start, as utf-8-sig decoding does."""

    def __init__(self, reader: Any):
        self._reader = reader
        head = reader.read(3)
        self._head = b"" if head == codecs.BOM_UTF8 else head

    @property
    def received(self) -> int:
        return self._reader.received

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson asks for nothing first, to learn whether it gets bytes
            return b""
        if self._head:
            head, self._head = self._head, b""
            return head + self._reader.read(max(size - len(head), 0) if size > 0 else size)
        return self._reader.read(size)


def _list(item: Mapping[str, Any], key: str, where: Where) -> list[Any]:
    value = item.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ExchangeError("json_part_not_list", where=where, field=key, found=kind_of(value))
    return value
