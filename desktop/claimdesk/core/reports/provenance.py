"""A report's provenance in words (the section that ends every report), as data in an HTML
page, and read back from a report file for `claimdesk report verify`.

The facts are core/provenance.py's; the words here are shared by the PDF, DOCX, HTML and
Markdown reports, in the report's language. The HTML report embeds the same object as
``<script type="application/json" id="claimdesk-provenance">``; the Claimdesk JSON export
carries it under its "provenance" key. A PDF, a Word file or a Markdown text only shows it:
verify reads the HTML report or the JSON export.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import ijson
from markupsafe import Markup

from ..bounded import BoundedReader, open_file
from ..i18n import fill, words_for
from ..jobs import CancelToken
from ..provenance import CaptureStamp, Provenance, ProvenanceError, from_json
from . import text

SCRIPT_ID = "claimdesk-provenance"
# Reports of 100,000 claims run to a few hundred megabytes of HTML; the provenance in them
# to a few megabytes.
MAX_REPORT_BYTES = 4 * 1024**3
MAX_PROVENANCE_BYTES = 256 * 1024**2
_READ = 1024 * 1024
# The script element as Claimdesk writes it, and as a browser's "save page" may rewrite it
# (other attributes, another order, other quotes).
_SCRIPT_START = re.compile(
    rb"<script\b[^>]*?\bid\s*=\s*[\"']?" + SCRIPT_ID.encode() + rb"[\"'\s>][^>]*>", re.IGNORECASE
)
_SCRIPT_END = re.compile(rb"</script", re.IGNORECASE)
_KEEP = 512  # bytes kept between reads, so that a start tag cut in two is still found


@dataclass(frozen=True, slots=True)
class ProvenanceWords:
    heading: str
    fields: list[tuple[str, str]]  # label, value
    cited: str  # "Cited captures (2)", above the captures' lines
    captures: list[str]  # one line per cited capture
    note: str


def provenance_heading(locale: str) -> str:
    return words_for(locale).translate("Report", "Provenance")


def provenance_words(provenance: Provenance, locale: str) -> ProvenanceWords:
    """The section's words: the project, schema, audit head, export time and every capture
    the report cites, with its SHA-256 and capture time."""
    words = words_for(locale)
    head = fill(
        words.translate("Report", "last event %1 · SHA-256 %2"),
        provenance.head_seq,
        provenance.head_hash,
    )
    fields = [(words.translate("Report", "Project"), provenance.project_id)]
    if provenance.revision:
        fields.append((words.translate("Report", "Schema"), provenance.revision))
    fields += [
        (words.translate("Report", "Audit trail"), head),
        (words.translate("Report", "Exported"), text.timestamp_text(provenance.made_at, locale)),
    ]
    if provenance.captures:
        cited = fill(words.translate("Report", "Cited captures (%1)"), len(provenance.captures))
    else:
        cited = words.translate("Report", "No captures cited")
    note = words.translate(
        "Report",
        "The SHA-256 of the audit trail's last event covers every change recorded before this "
        "report was made; that of a capture is the SHA-256 of the page as it was captured.",
    )
    return ProvenanceWords(
        provenance_heading(locale),
        fields,
        cited,
        [capture_line(capture, locale) for capture in provenance.captures],
        note,
    )


def capture_line(capture: CaptureStamp, locale: str) -> str:
    """ "Title (article 1) · captured 10 June 2025, 12:00 UTC · SHA-256 b08d…"."""
    words = words_for(locale)
    if capture.captured_at is None:
        line = fill(
            words.translate("Report", "%1 (article %2) · SHA-256 %3"),
            capture.title,
            capture.article_id,
            capture.sha256,
        )
    else:
        line = fill(
            words.translate("Report", "%1 (article %2) · captured %3 · SHA-256 %4"),
            capture.title,
            capture.article_id,
            text.timestamp_text(capture.captured_at, locale),
            capture.sha256,
        )
    if capture.basis == "text":
        line += " " + words.translate("Report", "(of the text: no captured page is stored)")
    return line


def html_note(locale: str) -> str:
    return words_for(locale).translate(
        "Report",
        "This page also holds these facts as data: claimdesk report verify compares a "
        "project with them.",
    )


def script_json(provenance: Provenance) -> Markup:
    """The provenance as the text of an HTML script element: JSON in ASCII with "<", ">"
    and "&" escaped, so no text inside it (an article's title) can close the element."""
    data = json.dumps(provenance.to_json(), ensure_ascii=True, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(data)


def read_report_provenance(path: Path, cancel: CancelToken | None = None) -> Provenance:
    """The provenance an HTML report or a Claimdesk JSON export states. Raises
    ProvenanceError (none found, or not as Claimdesk writes it) or InputError (the file
    cannot be read)."""
    path = Path(path)
    with open_file(path, MAX_REPORT_BYTES, expected="report", cancel=cancel) as reader:
        start = reader.read(4096)
    if start.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        found = _from_json_file(path, cancel)
    else:
        found = _from_html_file(path, cancel)
    if found is None:
        raise ProvenanceError("provenance_missing", file=path.name)
    return from_json(found, path.name)


def _from_json_file(path: Path, cancel: CancelToken | None) -> object | None:
    """The top-level "provenance" of a JSON document, read as a stream (the sections of a
    Claimdesk JSON export are skipped, not built)."""
    with open_file(path, MAX_REPORT_BYTES, expected="report", cancel=cancel) as reader:
        head = reader.read(3)
        stream = _Prefixed(b"" if head == b"\xef\xbb\xbf" else head, reader)
        try:
            return next(iter(ijson.items(stream, "provenance")), None)
        except ijson.JSONError:
            return None  # not JSON, or broken before a provenance was found


class _Prefixed:
    """A reader that gives ``head`` first, then the rest of ``reader``."""

    def __init__(self, head: bytes, reader: BoundedReader):
        self._head, self._reader = head, reader

    def read(self, size: int = _READ) -> bytes:
        if size == 0:  # ijson asks for nothing first, to see whether it reads bytes or text
            return b""
        if self._head:
            head, self._head = self._head, b""
            return head
        return self._reader.read(size)


def _from_html_file(path: Path, cancel: CancelToken | None) -> object | None:
    """The JSON of the first claimdesk-provenance script element, read in pieces."""
    with open_file(path, MAX_REPORT_BYTES, expected="report", cancel=cancel) as reader:
        buffer = b""
        body: bytearray | None = None
        while chunk := reader.read(_READ):
            if body is None:
                buffer += chunk
                start = _SCRIPT_START.search(buffer)
                if start is None:
                    buffer = buffer[-_KEEP:]
                    continue
                body = bytearray(buffer[start.end() :])
            else:
                body += chunk
            end = _SCRIPT_END.search(body)
            if end is not None:
                return _parsed(bytes(body[: end.start()]), path)
            if len(body) > MAX_PROVENANCE_BYTES:
                raise ProvenanceError("provenance_invalid", file=path.name, detail="script")
    if body is not None:  # the element never ends: a cut-off file
        raise ProvenanceError("provenance_invalid", file=path.name, detail="script")
    return None


def _parsed(data: bytes, path: Path) -> object:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ProvenanceError("provenance_invalid", file=path.name, detail="script") from None
