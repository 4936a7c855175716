"""Fetching a web page for capture: HTTP(S) only, with a timeout, a size cap, a redirect limit,
a total deadline and a user agent that says who is asking. Every failure is one FetchError
sentence.

A fetch runs on the analyst's machine, inside their network: a page (or a link in a file from
someone else) must not make it ask the router, a printer or the cloud's metadata service
(169.254.169.254) for anything. So every connection, the first and each redirect's, is checked
where it is made: the host's addresses are resolved and refused when any is private, loopback,
link-local or otherwise not global, and the address actually connected to is checked again (a
name may resolve differently the second time). ``allow_private`` lifts this for analysts who
capture from their intranet. The deadline covers the whole fetch: a watchdog shuts the
connection when it passes, so a server sending one byte every two seconds cannot keep a
capture going, and a cancel does the same at once.
"""

from __future__ import annotations

import contextlib
import email.message
import ipaddress
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
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
DEADLINE_S = 60.0  # the whole fetch, redirects included
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
    try:
        parts = urlsplit(cleaned)
        host, _port = parts.hostname, parts.port  # .port raises for "host:99999"
    except ValueError:  # "https://[::1": the brackets of an IPv6 address do not close
        raise FetchError("address_invalid", value=cleaned) from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise FetchError("not_a_web_address", value=cleaned)
    return cleaned


def fetch_page(
    url: str,
    cancel: CancelToken | None = None,
    *,
    allow_private: bool = False,
    deadline_s: float = DEADLINE_S,
) -> FetchedPage:
    """GET a web page. Raises FetchError for bad addresses, private addresses (unless
    ``allow_private``), unreachable hosts, timeouts, a fetch over ``deadline_s`` in all, HTTP
    errors, redirect loops, pages over MAX_BYTES and content that is not HTML."""
    address = check_address(url)
    host = urlsplit(address).hostname
    guard = _Guard(allow_private, deadline_s, cancel)
    try:
        with guard:
            return _fetch(address, host, guard)
    except (FetchError, HTTPError, OSError) as error:
        # Whatever the shut connection raised, the deadline or the cancel is the reason.
        guard.raise_if_stopped(host)
        if isinstance(error, FetchError):
            raise
        raise _failure(error, host) from None


def _fetch(address: str, host: str | None, guard: _Guard) -> FetchedPage:
    pool = urllib3.PoolManager(
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9"},
        timeout=urllib3.Timeout(connect=CONNECT_TIMEOUT_S, read=READ_TIMEOUT_S),
        retries=urllib3.Retry(
            total=None, connect=0, read=0, status=0, other=0,
            redirect=MAX_REDIRECTS, raise_on_redirect=True, raise_on_status=False,
        ),
    )  # fmt: skip
    pool.pool_classes_by_scheme = guard.pool_classes()
    try:
        response = pool.request("GET", address, preload_content=False, decode_content=True)
    except MaxRetryError as error:
        raise _failure(error.reason, host) from None
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
        body = b"".join(_capped(response.stream(_CHUNK), guard.cancel))
        # A connection shut by the watchdog can read as a page that simply ended.
        guard.raise_if_stopped(host)
        final = _final_address(address, response)
        return FetchedPage(final, content_type, charset, body)
    finally:
        response.release_conn()
        pool.clear()


class _Guard:
    """One fetch's limits: which addresses it may connect to, and until when.

    Its connection classes check each address before and after connecting and hand every
    socket to the guard, which shuts them all when the deadline passes or the work is
    cancelled: a blocked read then returns at once, whatever the server does.
    """

    def __init__(self, allow_private: bool, deadline_s: float, cancel: CancelToken | None):
        self.allow_private = allow_private
        self.deadline_s = deadline_s
        self.cancel = cancel
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(deadline_s, self._expire)
        self._timer.daemon = True
        self._forget_cancel = lambda: None

    def __enter__(self) -> _Guard:
        self._timer.start()
        if self.cancel is not None:
            self._forget_cancel = self.cancel.on_cancel(self._shut_all)
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.cancel()
        self._forget_cancel()

    def raise_if_stopped(self, host: str | None) -> None:
        """FetchError when the deadline passed, Cancelled when the work was cancelled."""
        if self.expired:
            raise FetchError("fetch_too_slow", host=host, seconds=round(self.deadline_s))
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    def _expire(self) -> None:
        self.expired = True
        self._shut_all()

    def _shut_all(self) -> None:
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):  # already closed
                    sock.shutdown(socket.SHUT_RDWR)

    def check_host(self, host: str, port: int | None) -> None:
        """Refuse a host any of whose addresses is not global (unless allowed)."""
        if self.allow_private:
            return
        try:
            found = socket.getaddrinfo(host, port or 0, proto=socket.IPPROTO_TCP)
        except OSError:
            return  # urllib3 resolves again and words the failure
        for *_rest, sockaddr in found:
            self.check_address(host, str(sockaddr[0]))

    def check_address(self, host: str, address: str) -> None:
        if not self.allow_private and not is_public_address(address):
            raise FetchError("address_private", host=host, address=address)

    def watch(self, sock: socket.socket, host: str) -> None:
        """Keep the socket for the watchdog; check where it really connected."""
        with self._lock:
            self._sockets.append(sock)
            late = self.expired or (self.cancel is not None and self.cancel.cancelled)
        if late:
            self._shut_all()
        try:
            peer = sock.getpeername()[0]
        except OSError:
            return
        try:
            self.check_address(host, str(peer))
        except FetchError:
            sock.close()
            raise

    def pool_classes(self) -> dict[str, type[HTTPConnectionPool]]:
        guard = self

        class GuardedHTTPConnection(HTTPConnection):
            def _new_conn(self) -> socket.socket:
                guard.check_host(self._dns_host, self.port)
                sock = super()._new_conn()
                guard.watch(sock, self.host)
                return sock

        class GuardedHTTPSConnection(HTTPSConnection):
            def _new_conn(self) -> socket.socket:
                guard.check_host(self._dns_host, self.port)
                sock = super()._new_conn()
                guard.watch(sock, self.host)
                return sock

        class GuardedHTTPPool(HTTPConnectionPool):
            ConnectionCls = GuardedHTTPConnection

        class GuardedHTTPSPool(HTTPSConnectionPool):
            ConnectionCls = GuardedHTTPSConnection

        return {"http": GuardedHTTPPool, "https": GuardedHTTPSPool}


def is_public_address(address: str) -> bool:
    """Whether an IP address is one on the public internet (not private, loopback,
    link-local, shared, reserved or multicast); IPv4 inside IPv6 is judged as IPv4."""
    try:
        ip: Any = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    return bool(ip.is_global) and not ip.is_multicast


def _final_address(address: str, response: urllib3.BaseHTTPResponse) -> str:
    """Where the redirects ended (the address the article is recorded under)."""
    final = address
    history = response.retries.history if response.retries is not None else ()
    for step in history:
        if step.redirect_location:
            final = urljoin(final, step.redirect_location)
    return final


def _capped(chunks: Iterator[bytes], cancel: CancelToken | None) -> Iterator[bytes]:
    """The body's chunks until MAX_BYTES; stops at a cancel between chunks."""
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
