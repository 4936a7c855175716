"""Fetching a web page for capture: HTTP(S) only, with a timeout, a size cap, a redirect limit
and a user agent that says who is asking. Every failure is one FetchError sentence."""

from __future__ import annotations

import email.message
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import (
    HTTPError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    SSLError,
)
from urllib3.exceptions import (
    TimeoutError as UrllibTimeout,
)

from ... import __version__
from ..errors import ClaimdeskError
from ..jobs import CancelToken

USER_AGENT = f"Claimdesk/{__version__} (article capture for claim verification)"
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 30.0
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHUNK = 64 * 1024


class FetchError(ClaimdeskError):
    """The page could not be fetched; the code says why (with "host" and, for failures the
    network library describes, its own words as "detail")."""


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str  # after redirects
    content_type: str
    charset: str | None  # as the server declared it, which is not always right
    body: bytes


def check_address(url: str) -> str:
    """The address, stripped, if it is one Claimdesk will fetch."""
    cleaned = url.strip()
    parts = urlsplit(cleaned)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError("not_a_web_address", value=cleaned)
    return cleaned


def fetch_page(url: str, cancel: CancelToken | None = None) -> FetchedPage:
    """GET a web page. Raises FetchError for bad addresses, unreachable hosts, timeouts, HTTP
    errors, redirect loops, pages over MAX_BYTES and content that is not HTML."""
    address = check_address(url)
    host = urlsplit(address).hostname
    pool = urllib3.PoolManager(
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9"},
        timeout=urllib3.Timeout(connect=CONNECT_TIMEOUT_S, read=READ_TIMEOUT_S),
        retries=urllib3.Retry(
            total=None, connect=0, read=0, status=0, other=0,
            redirect=MAX_REDIRECTS, raise_on_redirect=True, raise_on_status=False,
        ),
    )  # fmt: skip
    try:
        response = pool.request("GET", address, preload_content=False, decode_content=True)
    except MaxRetryError as error:
        raise _failure(error.reason, host) from None
    except (HTTPError, OSError) as error:
        raise _failure(error, host) from None
    try:
        if response.status >= 400:
            answer = f"{response.status} {response.reason or ''}".strip()
            raise FetchError("http_status", status=response.status, answer=answer)
        content_type, charset = _content_type(response.headers.get("Content-Type", ""))
        if content_type not in HTML_TYPES:
            raise FetchError("not_html", address=address, content_type=content_type)
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > MAX_BYTES:
            raise _too_large()
        body = b"".join(_capped(response.stream(_CHUNK), cancel))
        final = _final_address(address, response)
        return FetchedPage(final, content_type, charset, body)
    except (HTTPError, OSError) as error:
        raise _failure(error, host) from None
    finally:
        response.release_conn()
        pool.clear()


def _final_address(address: str, response: urllib3.BaseHTTPResponse) -> str:
    """Where the redirects ended (the address the article is recorded under)."""
    final = address
    history = response.retries.history if response.retries is not None else ()
    for step in history:
        if step.redirect_location:
            final = urljoin(final, step.redirect_location)
    return final


def _capped(chunks: Iterator[bytes], cancel: CancelToken | None) -> Iterator[bytes]:
    received = 0
    for chunk in chunks:
        if cancel is not None:
            cancel.raise_if_cancelled()
        received += len(chunk)
        if received > MAX_BYTES:
            raise _too_large()
        yield chunk


def _too_large() -> FetchError:
    return FetchError("page_too_large", limit=MAX_BYTES // (1024 * 1024))


def _content_type(header: str) -> tuple[str, str | None]:
    message = email.message.Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return message.get_content_type() if header else "", str(charset) if charset else None


def _failure(error: BaseException | None, host: str | None) -> FetchError:
    """What went wrong underneath urllib3, as a FetchError."""
    if isinstance(error, MaxRetryError):
        return _failure(error.reason, host)
    name = type(error).__name__ if error is not None else ""
    if "TooManyRedirects" in name or (error is not None and "redirect" in str(error).lower()):
        return FetchError("too_many_redirects", limit=MAX_REDIRECTS)
    if isinstance(error, NameResolutionError):
        return FetchError("host_unknown", host=host)
    # Before the timeout case: urllib3 makes a refused connection a kind of connect timeout.
    if isinstance(error, NewConnectionError | ConnectionError):
        return FetchError("host_unreachable", host=host)
    if isinstance(error, UrllibTimeout):
        return FetchError("host_timeout", host=host)
    if isinstance(error, SSLError):
        return FetchError("tls_failed", host=host, detail=_first_line(error))
    if isinstance(error, ProtocolError):
        return FetchError("connection_broken", host=host)
    return FetchError("fetch_failed", host=host, detail=_first_line(error))


def _first_line(error: BaseException | None) -> str:
    text = str(error or "").strip()
    return text.splitlines()[0] if text else type(error).__name__
