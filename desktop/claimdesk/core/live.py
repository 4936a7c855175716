"""Live changes on a team server: every committed write says what it changed, and every open
window hears it within moments.

PostgreSQL's LISTEN/NOTIFY carries the news. While a transaction appends audit events,
``note()`` gathers what they touched (claims, sources, articles, saved views); when
``Database.write`` commits, ``announce()`` sends one ``pg_notify`` for the whole transaction.
NOTIFY is transactional: the server delivers it at commit and drops it on a rollback, so a
listener never hears of a change it cannot read yet. The payload says which rows changed, who
changed them, when, under which context (undo, redo) and from which open Database (its
``origin``); the server adds the writing connection's process id. Too many ids for
PostgreSQL's 8,000-byte limit become "everything changed".

A ``ChangeListener`` holds a dedicated autocommit connection that LISTENs, and yields a
``Notice`` for each notification until its cancel token is set. It reconnects when the
connection is lost, and then yields one "everything changed" notice, since whatever was
announced meanwhile never reached it. SQLite has one user at a time and needs none of this:
nothing is announced there.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from .jobs import CancelToken
from .records import Changes

if TYPE_CHECKING:
    from .db import Database

log = logging.getLogger(__name__)

CHANNEL = "claimdesk"
# PostgreSQL refuses a payload of 8,000 bytes or more; a margin for the server's own framing.
PAYLOAD_LIMIT = 7_900
# Ids gathered per transaction before it is simply "everything" (a bulk import, a demo).
MAX_IDS = 1_000
TOUCHED_KEY = "claimdesk.touched"
_VERSION = 1

# Rows that are their own kind of change; every other audited row belongs to its claim.
_KINDS = {"claims": "claims", "sources": "sources", "articles": "articles", "saved_views": "views"}
# Rows whose change may concern every view (the project's own settings, an import's origin).
_EVERYTHING = frozenset({"project_settings"})


@dataclass(frozen=True, slots=True)
class Notice:
    """One committed transaction as a listener heard it."""

    changes: Changes
    actor: str  # "" when unknown (after a reconnection)
    at: datetime  # when the writer committed (its clock)
    origin: str = ""  # the Database that wrote (Database.origin), "" when unknown
    pid: int = 0  # the server process of the writing connection
    context: str | None = None  # "undo", "redo", … as in the audit trail
    own: bool = False  # written through the listening Database itself
    reconnected: bool = False  # the connection was lost: anything may have changed

    def touches_claim(self, claim_id: int) -> bool:
        return self.changes.everything or claim_id in self.changes.claims


@dataclass(slots=True)
class Touched:
    """What one transaction's audit events touched, gathered as they are appended."""

    claims: set[int] = field(default_factory=set)
    sources: set[int] = field(default_factory=set)
    articles: set[int] = field(default_factory=set)
    views: set[int] = field(default_factory=set)
    everything: bool = False

    def add(self, events: Iterable[dict[str, Any]]) -> None:
        if self.everything:
            return
        for event in events:
            entity = event.get("entity")
            if entity in _EVERYTHING:
                self._all()
                return
            kind = _KINDS.get(entity)  # type: ignore[arg-type]
            if kind is not None:
                _add(getattr(self, kind), event.get("entity_id"))
            _add(self.claims, event.get("claim_id"))
            values = event.get("after") or event.get("before") or {}
            if entity == "claim_relations":
                _add(self.claims, values.get("to_claim_id"))
            elif entity == "article_captures":
                _add(self.articles, values.get("article_id"))
        if len(self.claims) + len(self.sources) + len(self.articles) + len(self.views) > MAX_IDS:
            self._all()

    def _all(self) -> None:
        self.everything = True
        self.claims.clear()
        self.sources.clear()
        self.articles.clear()
        self.views.clear()

    def __bool__(self) -> bool:
        return bool(self.everything or self.claims or self.sources or self.articles or self.views)

    def changes(self) -> Changes:
        return Changes(
            frozenset(self.claims),
            frozenset(self.sources),
            frozenset(self.articles),
            self.everything,
            frozenset(self.views),
        )


def _add(into: set[int], value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool):
        into.add(int(value))


def note(session: Session, events: Iterable[dict[str, Any]]) -> None:
    """Remember what audit events about to be written touched (core/audit.py calls this)."""
    touched = session.info.get(TOUCHED_KEY)
    if touched is None:
        touched = session.info[TOUCHED_KEY] = Touched()
    touched.add(events)


def announce(session: Session, origin: str, actor: str, context: str | None) -> None:
    """Queue one notification for what the session's transaction changed, sent by the
    server when it commits (Database.write calls this last thing in a write on PostgreSQL)."""
    session.flush()  # the events of whatever is still pending are gathered too
    touched = session.info.pop(TOUCHED_KEY, None)
    if not touched:
        return
    payload = encode(touched.changes(), origin, actor, datetime.now(UTC), context)
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
    )


def encode(
    changes: Changes, origin: str, actor: str, at: datetime, context: str | None = None
) -> str:
    """The notification's JSON text, under PAYLOAD_LIMIT bytes: the ids when they fit,
    else "everything changed"."""
    head = {"v": _VERSION, "origin": origin, "actor": actor[:200], "at": at.isoformat()}
    if context:
        head["context"] = context[:40]
    body = {
        "claims": sorted(changes.claims),
        "sources": sorted(changes.sources),
        "articles": sorted(changes.articles),
        "views": sorted(changes.views),
        "everything": changes.everything,
    }
    payload = json.dumps(head | body, separators=(",", ":"))
    if len(payload.encode("utf-8")) > PAYLOAD_LIMIT:
        payload = json.dumps(head | {"everything": True}, separators=(",", ":"))
    return payload


def decode(payload: str, pid: int = 0, own_origin: str = "") -> Notice | None:
    """A Notice from a notification's payload; None for one that is not ours."""
    try:
        data = json.loads(payload)
        if not isinstance(data, dict) or data.get("v") != _VERSION:
            return None
        changes = Changes(
            _ids(data.get("claims")),
            _ids(data.get("sources")),
            _ids(data.get("articles")),
            bool(data.get("everything")),
            _ids(data.get("views")),
        )
        at = datetime.fromisoformat(str(data["at"]))
        origin = str(data.get("origin") or "")
        context = data.get("context")
        return Notice(
            changes,
            str(data.get("actor") or ""),
            at if at.tzinfo else at.replace(tzinfo=UTC),
            origin,
            pid,
            str(context) if context else None,
            own=bool(origin) and origin == own_origin,
        )
    except (ValueError, TypeError, KeyError):
        log.warning("ignored a notification on %r that is not Claimdesk's", CHANNEL)
        return None


def _ids(values: Any) -> frozenset[int]:
    if not isinstance(values, list):
        return frozenset()
    return frozenset(v for v in values if isinstance(v, int) and not isinstance(v, bool))


class ChangeListener:
    """Hears what other connections commit to a PostgreSQL database.

    ``notices(cancel)`` is a generator to drive on a thread of its own: it connects, LISTENs,
    yields each Notice, reconnects after a lost connection, and returns within
    ``poll_seconds`` of the token being cancelled (closing its connection).
    """

    def __init__(
        self,
        database: Database,
        *,
        poll_seconds: float = 0.2,
        check_seconds: float = 30.0,
        retry_seconds: tuple[float, float] = (0.5, 10.0),
    ):
        if database.is_sqlite:
            raise ValueError("live changes need a PostgreSQL database")
        engine = database.engine
        self._args, self._params = engine.dialect.create_connect_args(engine.url)
        self._origin = database.origin
        self._poll = poll_seconds
        self._check = check_seconds
        self._retry = retry_seconds
        #: The server process of the listening connection while it is connected (for tests
        #: and diagnostics), else None.
        self.backend_pid: int | None = None
        #: How often the connection was lost and made again.
        self.reconnections = 0

    def notices(self, cancel: CancelToken) -> Iterator[Notice]:
        delay = self._retry[0]
        connected_before = False
        while not cancel.cancelled:
            try:
                with self._connect() as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.backend_pid = connection.info.backend_pid
                    delay = self._retry[0]
                    if connected_before:
                        self.reconnections += 1
                        log.info("live changes: listening again")
                        yield Notice(
                            Changes(everything=True), "", datetime.now(UTC), reconnected=True
                        )
                    connected_before = True
                    yield from self._serve(connection, cancel)
            except _psycopg().Error as error:
                log.info("live changes: connection lost (%s); retrying in %.1f s", error, delay)
            finally:
                self.backend_pid = None
            if cancel.wait(delay):
                return
            delay = min(delay * 2, self._retry[1])

    def _connect(self) -> Any:
        psycopg = _psycopg()
        params = {"connect_timeout": 5, **self._params}
        # A silently dropped network is noticed by the kernel's keepalives, not only by the
        # next liveness check.
        params.setdefault("keepalives", 1)
        params.setdefault("keepalives_idle", 30)
        params.setdefault("keepalives_interval", 10)
        params.setdefault("keepalives_count", 3)
        params.setdefault("tcp_user_timeout", 15_000)  # ms: a liveness check that hangs ends
        params.setdefault("application_name", "claimdesk-live")
        return psycopg.connect(*self._args, autocommit=True, **params)

    def _serve(self, connection: Any, cancel: CancelToken) -> Iterator[Notice]:
        quiet_since = time.monotonic()
        while not cancel.cancelled:
            for notify in connection.notifies(timeout=self._poll):
                quiet_since = time.monotonic()
                if notify.channel != CHANNEL:
                    continue
                notice = decode(notify.payload, notify.pid, self._origin)
                if notice is not None:
                    yield notice
                if cancel.cancelled:
                    return
            if time.monotonic() - quiet_since > self._check:
                connection.execute("SELECT 1")  # raises when the server has gone
                quiet_since = time.monotonic()


def _psycopg() -> Any:
    import psycopg  # installed wherever a PostgreSQL database can be opened (core/db.py)

    return psycopg
