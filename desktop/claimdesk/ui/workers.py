"""Database work off the UI thread.

- ``Reader``: one thread for short reads (table pages, counts, a claim's details). Requests
  are served newest first and a request the UI no longer needs is dropped before it runs.
- ``JobRunner``: long work (backups, imports, exports) as core generators on their own thread,
  with progress, cancel and a result.

Workers never touch widgets; results come back as signals delivered on the UI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ..core.errors import Cancelled
from ..core.jobs import CancelToken, Job

log = logging.getLogger(__name__)

ReadJob = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _ReaderThread(QThread):
    result = Signal(int, object, object)  # ticket, value, error

    def __init__(self, reader: Reader):
        super().__init__()
        self.setObjectName("claimdesk-reader")
        self._reader = reader

    def run(self) -> None:
        while True:
            item = self._reader._next_job()
            if item is None:
                return
            ticket, job = item
            try:
                value = job()
            except BaseException as error:  # handed to the UI thread, never swallowed
                self.result.emit(ticket, None, error)
            else:
                self.result.emit(ticket, value, None)


class Reader(QObject):
    """Runs read jobs on one database thread; callbacks run on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._queue: list[tuple[int, ReadJob]] = []
        self._callbacks: dict[int, tuple[Done, Failed | None]] = {}
        self._tokens: dict[int, CancelToken] = {}
        self._condition = threading.Condition()
        self._stopping = False
        self._thread = _ReaderThread(self)
        self._thread.result.connect(self._deliver)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            # A thread still running when Qt tears down aborts the process; stop it first.
            app.aboutToQuit.connect(self.stop)

    def submit(
        self,
        job: ReadJob,
        done: Done,
        failed: Failed | None = None,
        token: CancelToken | None = None,
    ) -> int:
        """Queue a read; ``done(value)`` or ``failed(error)`` is called on the UI thread.

        A job given the token it reads with is also stopped while it runs when cancelled.
        """
        ticket = next(self._tickets)
        with self._condition:
            self._callbacks[ticket] = (done, failed)
            if token is not None:
                self._tokens[ticket] = token
            self._queue.append((ticket, job))
            self._condition.notify()
        return ticket

    def cancel(self, ticket: int) -> None:
        """Forget a request: it is skipped if not started, stopped if running (when it has a
        token), and its result is dropped."""
        with self._condition:
            self._callbacks.pop(ticket, None)
            self._queue = [(t, job) for t, job in self._queue if t != ticket]
            token = self._tokens.pop(ticket, None)
        if token is not None:
            token.cancel()

    def pending(self) -> int:
        with self._condition:
            return len(self._queue)

    def _next_job(self) -> tuple[int, ReadJob] | None:
        with self._condition:
            while not self._queue and not self._stopping:
                self._condition.wait()
            if self._stopping:
                return None
            # Newest first: the page the user is looking at now beats the one scrolled past.
            return self._queue.pop()

    @Slot(int, object, object)
    def _deliver(self, ticket: int, value: Any, error: BaseException | None) -> None:
        with self._condition:
            callbacks = self._callbacks.pop(ticket, None)
            self._tokens.pop(ticket, None)
        if callbacks is None or isinstance(error, Cancelled):
            return
        done, failed = callbacks
        if error is None:
            done(value)
        elif failed is not None:
            failed(error)
        else:
            log.error("read failed", exc_info=error)

    def stop(self) -> None:
        if self._stopping:
            return
        with self._condition:
            self._stopping = True
            self._queue.clear()
            self._callbacks.clear()
            self._condition.notify_all()
        self._thread.wait(10_000)


class _JobThread(QThread):
    progress = Signal(object)  # Progress
    finished_with = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, job: Job[Any], token: CancelToken):
        super().__init__()
        self.setObjectName("claimdesk-job")
        self._job = job
        self._token = token

    def run(self) -> None:
        try:
            while True:
                try:
                    step = next(self._job)
                except StopIteration as finished:
                    self.finished_with.emit(finished.value)
                    return
                self.progress.emit(step)
                if self._token.cancelled:
                    self._job.close()
                    self.cancelled.emit()
                    return
        except Cancelled:
            self.cancelled.emit()
        except BaseException as error:
            self.failed.emit(error)


class RunningJob(QObject):
    """Handle on one long job: its signals, and cancel()."""

    progress = Signal(object)  # Progress
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()  # after any of finished / failed / cancelled

    def __init__(self, title: str, job_factory: Callable[[CancelToken], Job[Any]]):
        super().__init__()
        self.title = title
        self.token = CancelToken()
        self._thread = _JobThread(job_factory(self.token), self.token)
        self._thread.progress.connect(self.progress)
        self._thread.finished_with.connect(self._finish)
        self._thread.failed.connect(self._fail)
        self._thread.cancelled.connect(self._cancel)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.token.cancel()

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._thread.wait(milliseconds)

    def _ended(self) -> None:
        """The job's thread is done (its last signal was its last act): wait the moment it
        takes to return, so that whoever deletes this handle on ``ended`` never destroys a
        thread that still runs (Qt aborts the process then)."""
        self._thread.wait()
        self.ended.emit()

    def _finish(self, value: object) -> None:
        self._thread.wait()
        self.finished.emit(value)
        self._ended()

    def _fail(self, error: object) -> None:
        self._thread.wait()
        self.failed.emit(error)
        self._ended()

    def _cancel(self) -> None:
        self._thread.wait()
        self.cancelled.emit()
        self._ended()


class JobRunner(QObject):
    """Starts long jobs one at a time and tells the status bar about them."""

    started = Signal(object)  # RunningJob

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._current: RunningJob | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None

    def start(self, title: str, job_factory: Callable[[CancelToken], Job[Any]]) -> RunningJob:
        if self._current is not None:
            raise RuntimeError("another job is still running")
        running = RunningJob(title, job_factory)
        running.setParent(self)
        running.ended.connect(self._ended)
        self._current = running
        self.started.emit(running)
        running.start()
        return running

    def _ended(self) -> None:
        if self._current is not None:
            self._current.deleteLater()
        self._current = None

    def stop(self) -> None:
        if self._current is not None:
            self._current.cancel()
            self._current.wait()
