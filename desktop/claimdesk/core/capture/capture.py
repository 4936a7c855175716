"""Capturing an article from a saved HTML or text file, a web address or the clipboard.

Capture reads and extracts; it writes nothing. The analyst checks (and may correct) what was
extracted, and only then does CaptureService save it. The same code path serves the window,
the command line and the benchmark.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from ..bounded import read_file
from ..errors import ClaimdeskError
from ..inputs import ArticleInput
from ..jobs import CancelToken, Job
from ..records import Progress
from .extract import ExtractedArticle, ExtractionError, extract_article
from .fetch import MAX_BYTES, check_address, fetch_page
from .plain_text import extract_plain_text, read_plain_text

__all__ = [
    "Capture",
    "CaptureError",
    "capture_bytes",
    "capture_clipboard",
    "capture_file",
    "capture_job",
    "capture_url",
    "is_web_address",
]


class CaptureError(ClaimdeskError):
    """The article cannot be taken in (file, page or clipboard); the code says why. A page that
    cannot be read keeps the ExtractionError's code, with "source" (file name or address) or
    "clipboard" (True) saying where it came from."""


@dataclass(frozen=True, slots=True)
class Capture:
    """What was captured and extracted, before the analyst saves it."""

    extracted: ExtractedArticle
    original: bytes | None  # the bytes as captured (pasted text as UTF-8)
    content_type: str | None
    url: str | None
    captured_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def to_input(
        self,
        *,
        title: str | None = None,
        authors: tuple[str, ...] | None = None,
        published_on: date | str | None = None,
        language: str | None = None,
        url: str | None = None,
        publisher_id: int | None = None,
    ) -> ArticleInput:
        """The article to save: what was extracted, with the analyst's corrections."""
        found = self.extracted
        return ArticleInput(
            title=title if title is not None else (found.title or ""),
            url=url if url is not None else (self.url or found.url),
            publisher_id=publisher_id,
            authors=authors if authors is not None else found.authors,
            language=language if language is not None else found.language,
            published_on=published_on if published_on is not None else found.published,
            captured_at=self.captured_at,
            text=found.text,
            original=self.original,
            content_type=self.content_type,
            charset=found.charset if self.original is not None else None,
        )


def is_web_address(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://"))


# Files read as plain text rather than as a web page.
PLAIN_TEXT_TYPES = ("text/plain", "text/markdown")


def capture_file(path: Path, cancel: CancelToken | None = None) -> Capture:
    """A saved web page (HTML) or a text file (.txt, .md) from disk: a regular file of at
    most MAX_BYTES, counted while read."""
    path = Path(path).expanduser()
    raw = read_file(path, MAX_BYTES, expected="page", cancel=cancel)
    guessed = mimetypes.guess_type(path.name)[0] or "text/html"
    return capture_bytes(raw, name=path.name, content_type=guessed)


def capture_url(
    url: str, cancel: CancelToken | None = None, *, allow_private: bool = False
) -> Capture:
    """Fetch and extract a page; private and local addresses only with ``allow_private``."""
    page = fetch_page(url, cancel, allow_private=allow_private)
    return capture_bytes(
        page.body, name=page.url, url=page.url, content_type=page.content_type,
        charset=page.charset,
    )  # fmt: skip


def capture_bytes(
    raw: bytes,
    *,
    name: str,
    url: str | None = None,
    content_type: str | None = "text/html",
    charset: str | None = None,
) -> Capture:
    """A page's bytes as read from a file or the network; `name` says where they came from
    in the error. A URL given here wins over the one the page names itself. Plain text
    (content_type text/plain) is read as text, keeping the bytes as they are."""
    plain = (content_type or "").split(";")[0].strip().lower() in PLAIN_TEXT_TYPES
    try:
        if plain:
            extracted = extract_plain_text(raw, declared_charset=charset)
        else:
            extracted = extract_article(raw, url=url, declared_charset=charset)
    except ExtractionError as error:
        raise CaptureError(error.code, source=name, **error.params) from None
    return Capture(extracted, raw, content_type, url or extracted.url)


def capture_clipboard(text: str | None, html: str | None) -> Capture:
    """Pasted HTML is extracted like a page; pasted plain text is read like a text file
    (headline, date, byline, page furniture left out and listed), and kept as UTF-8 bytes
    exactly as pasted. A web address alone is for capture_url."""
    if html and html.strip():
        raw = html.encode("utf-8")
        try:
            extracted = extract_article(raw, declared_charset="utf-8")
        except ExtractionError as error:
            raise CaptureError(error.code, clipboard=True, **error.params) from None
        return Capture(extracted, raw, "text/html", extracted.url)
    pasted = text or ""
    if not pasted.strip():
        raise CaptureError("clipboard_empty")
    if "\x00" in pasted:
        raise CaptureError("clipboard_binary")
    try:
        extracted = read_plain_text(pasted, "utf-8")
    except ExtractionError as error:
        raise CaptureError(error.code, clipboard=True, **error.params) from None
    original = pasted.encode("utf-8", errors="replace")
    return Capture(extracted, original, "text/plain", extracted.url)


def capture_job(source: str, cancel: CancelToken, *, allow_private: bool = False) -> Job[Capture]:
    """Capture from a web address or a file path, reporting steps; for the UI's job runner."""
    if is_web_address(source):
        check_address(source)
        yield Progress(0, 2, "Fetching")
        page = capture_url(source, cancel, allow_private=allow_private)
        yield Progress(2, 2, "Extracted")
        return page
    yield Progress(0, 1, "Reading")
    captured = capture_file(Path(source), cancel)
    yield Progress(1, 1, "Extracted")
    return captured
