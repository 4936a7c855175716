"""Colleagues' changes on a team server, as the window's own change signal.

core/live.py's ChangeListener runs on a thread of its own; each Notice it hears from another
window or user comes to the UI thread as ``noticed`` (for an open form that wants to know at
once) and, gathered, onto the change bus, so that tables, the detail pane and counts refresh
as they do after one's own edits. A burst (an import, someone's quick edits) is published at
most once every COALESCE_MS: the first change at once, the rest of the burst together after.
Notices of this window's own writes are dropped, since its commands already published them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from ..core.jobs import CancelToken
from ..core.live import ChangeListener, Notice
from ..core.records import Changes
from .events import ChangeBus

log = logging.getLogger(__name__)

COALESCE_MS = 250


class _ListenerThread(QThread):
    noticed = Signal(object)  # Notice

    def __init__(self, listener: ChangeListener, token: CancelToken):
        super().__init__()
        self.setObjectName("claimdesk-live")
        self._listener = listener
        self._token = token

    def run(self) -> None:
        try:
            for notice in self._listener.notices(self._token):
                self.noticed.emit(notice)
        except Exception:  # the window goes on without live updates, as on SQLite
            log.exception("live changes stopped")


class LiveUpdates(QObject):
    """Listens while a project on a server is open; ``stop()`` ends the thread."""

    #: A change committed by someone else (another window or user), as soon as it is heard.
    noticed = Signal(object)  # Notice

    def __init__(self, listener: ChangeListener, bus: ChangeBus, parent: QObject | None = None):
        super().__init__(parent)
        self.listener = listener
        self._bus = bus
        self._pending = Changes()
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(COALESCE_MS)
        self._quiet.timeout.connect(self._publish_pending)
        self._token = CancelToken()
        self._thread = _ListenerThread(listener, self._token)
        self._thread.noticed.connect(self._arrived)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            # A thread still running when Qt tears down aborts the process; stop it first.
            app.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def _arrived(self, notice: Notice) -> None:
        if notice.own or self._token.cancelled:
            return
        self.noticed.emit(notice)
        self._pending |= notice.changes
        if not self._quiet.isActive():
            self._publish_pending()

    def _publish_pending(self) -> None:
        changes, self._pending = self._pending, Changes()
        if changes:
            self._bus.publish(changes)
            self._quiet.start()  # what follows within COALESCE_MS waits and goes together

    def stop(self) -> None:
        """Stop listening: the thread closes its connection and ends (within the listener's
        poll interval)."""
        if self._token.cancelled:
            return
        self._token.cancel()
        self._quiet.stop()
        self._pending = Changes()
        if not self._thread.wait(10_000):
            log.warning("the live changes thread did not stop")
