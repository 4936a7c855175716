"""JSON-LD as published: the documents in a file's bytes, and the typed nodes inside them.

A file may be one JSON document, JSON Lines (or JSON documents simply one after another), or
an HTML page whose ``<script type="application/ld+json">`` blocks hold the documents. Nodes
are matched by their local type name, so "ClaimReview", "schema:ClaimReview" and
"http://schema.org/ClaimReview" are the same type, and properties are read in any of the
spellings schema.org data comes in. Nothing here knows ClaimReview itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any, NamedTuple

from ..errors import ExchangeError

MAX_BYTES = 50 * 1024 * 1024


class Place(NamedTuple):
    """Where in a file something was found, as data the UI words ("script block 2 (line 40)
    at /@graph/1"): the line a document starts on when the file holds several, the script
    block of an HTML page, and the JSON pointer inside the document. All empty: the top."""

    line: int | None = None
    block: int | None = None
    pointer: str = ""


class Rejection(NamedTuple):
    """Something in a file that was not imported: where it is and why (a code with params,
    worded by the UI)."""

    position: Place
    code: str
    params: dict[str, Any] = {}


_UTF8_BOM = b"\xef\xbb\xbf"


def decode(data: bytes) -> str:
    """The text of the bytes: UTF-8 (a byte-order mark is fine), not empty, at most 50 MB."""
    if len(data) > MAX_BYTES:
        raise ExchangeError("jsonld_too_large", megabytes=round(len(data) / 2**20), limit=50)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExchangeError("jsonld_utf16")
    try:
        text = data.removeprefix(_UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ExchangeError(
            "jsonld_not_utf8", line=line, byte=f"0x{data[error.start]:02x}"
        ) from None
    if not text.strip():
        raise ExchangeError("jsonld_empty")
    return text


class _BadJson(Exception):
    """JSON that cannot be read: "jsonld_invalid" (line, detail: the parser's own words),
    "jsonld_constant" (line, value) or "jsonld_too_deep" (line)."""

    def __init__(self, code: str, **params: Any):
        super().__init__(code)
        self.code = code
        self.params = params


class _Constant(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _Constant(name)


_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def _json_values(text: str, first_line: int = 1) -> list[tuple[int, Any]]:
    """Every JSON value in the text (one, or one per line, or concatenated) with the line it
    starts on."""
    values = []
    position = _skip_whitespace(text, 0)
    line, counted = first_line, 0
    while position < len(text):
        line += text.count("\n", counted, position)
        counted = position
        try:
            value, position = _DECODER.raw_decode(text, position)
        except json.JSONDecodeError as error:
            raise _BadJson(
                "jsonld_invalid", line=first_line + error.lineno - 1, detail=error.msg
            ) from None
        except _Constant as error:
            raise _BadJson("jsonld_constant", line=line, value=str(error)) from None
        except RecursionError:
            raise _BadJson("jsonld_too_deep", line=line) from None
        values.append((line, value))
        position = _skip_whitespace(text, position)
    return values


def _skip_whitespace(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\n\r":
        position += 1
    return position


def documents(text: str) -> tuple[list[tuple[Place, Any]], list[Rejection]]:
    """The JSON documents of a file, each with where it was found (an empty Place for a file
    that is one document, else its line, and its script block in a page); broken script
    blocks of a page are
    rejected, anything else that is not JSON raises ExchangeError naming the line."""
    start = text.lstrip()
    if start.startswith("<"):
        return _html_documents(text)
    if not start.startswith(("{", "[")):
        raise ExchangeError("jsonld_not_json", start=start[:20])
    try:
        values = _json_values(text)
    except _BadJson as error:
        raise ExchangeError(error.code, **error.params) from None
    if len(values) == 1:
        return [(Place(), values[0][1])], []
    return [(Place(line=line), value) for line, value in values], []


class _ScriptBlocks(HTMLParser):
    """Collects the text of <script type="application/ld+json"> blocks with their line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[tuple[int, str]] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            kind = (dict(attrs).get("type") or "").split(";")[0].strip().lower()
            if kind == "application/ld+json":
                self._open = []
                self.blocks.append((self.getpos()[0], ""))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._open is not None:
            line, _ = self.blocks[-1]
            self.blocks[-1] = (line, "".join(self._open))
            self._open = None


# Markers old pages wrap scripts in; blanked (not removed) so line numbers stay right.
_SCRIPT_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")


def _html_documents(text: str) -> tuple[list[tuple[Place, Any]], list[Rejection]]:
    scanner = _ScriptBlocks()
    scanner.feed(text)
    scanner.close()
    if not scanner.blocks:
        raise ExchangeError("jsonld_no_blocks")
    documents: list[tuple[Place, Any]] = []
    rejected: list[Rejection] = []
    for number, (line, raw) in enumerate(scanner.blocks, start=1):
        block = raw
        for _ in range(2):  # "//<![CDATA[" inside "<!--" and the like
            block = _SCRIPT_WRAPPERS.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), block)
        where = Place(line=line, block=number)
        try:
            values = _json_values(block, line)
        except _BadJson as error:
            rejected.append(Rejection(where, error.code, error.params))
            continue
        documents.extend((where, value) for _, value in values)
    return documents, rejected


# Finding nodes -------------------------------------------------------------------------------

_PREFIXES = ("", "schema:", "https://schema.org/", "http://schema.org/")


def prop(node: dict[str, Any], name: str) -> Any:
    """A schema.org property in any spelling (plain, schema:, full IRI); expanded JSON-LD's
    [{"@value": x}] reads as x."""
    for prefix in _PREFIXES:
        if prefix + name in node:
            return _unwrap(node[prefix + name])
    return None


def _unwrap(value: Any) -> Any:
    if isinstance(value, list):
        return _unwrap(value[0]) if len(value) == 1 else [_unwrap(item) for item in value]
    if isinstance(value, dict) and "@value" in value:
        return value["@value"]
    return value


def types(node: dict[str, Any]) -> set[str]:
    """Local type names: "schema:Claim" and "http://schema.org/Claim" are both "Claim"."""
    given = node.get("@type")
    names = given if isinstance(given, list) else [given]
    return {re.split(r"[/#:]", name)[-1] for name in names if isinstance(name, str)}


def _pointer(parent: str, key: str | int) -> str:
    return f"{parent}/{str(key).replace('~', '~0').replace('/', '~1')}"


def typed_nodes(document: Any, type_name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The nodes of a type in document order, with their JSON Pointer; not looked into
    further. Walked without recursion: a published page may nest deeply."""
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            if type_name in types(node):
                yield pointer, node
                continue
            children = [(_pointer(pointer, key), value) for key, value in node.items()]
        elif isinstance(node, list):
            children = [(_pointer(pointer, index), value) for index, value in enumerate(node)]
        else:
            continue
        stack.extend(child for child in reversed(children) if isinstance(child[1], dict | list))


def id_index(document: Any) -> dict[str, dict[str, Any]]:
    """Nodes of a document that others may point to by "@id"."""
    index: dict[str, dict[str, Any]] = {}
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("@id"), str) and len(node) > 1:
                index.setdefault(node["@id"], node)
            stack.extend(reversed(node.values()))
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return index


def embedded(node: Any, index: dict[str, dict[str, Any]]) -> Any:
    """A copy with {"@id": …} references replaced by the nodes they name, so that a node
    of a @graph reads (and is kept) whole."""
    return _embed(node, index, set(), 0) if index else node


# References this deep stay references: a ClaimReview should not swallow the whole page.
_EMBED_DEPTH = 8


def _embed(node: Any, index: dict[str, dict[str, Any]], open_ids: set[str], depth: int) -> Any:
    if depth > 200:  # left as it is, well short of Python's recursion limit
        return node
    if isinstance(node, list):
        return [_embed(item, index, open_ids, depth + 1) for item in node]
    if not isinstance(node, dict):
        return node
    node_id = node.get("@id")
    if len(node) == 1 and isinstance(node_id, str) and node_id in index:
        if depth > _EMBED_DEPTH:
            return node
        if node_id in open_ids:
            return node
        node = index[node_id]
    inner = open_ids | {node_id} if isinstance(node_id, str) else open_ids
    return {key: _embed(value, index, inner, depth + 1) for key, value in node.items()}
