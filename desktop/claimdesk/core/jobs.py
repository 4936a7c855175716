"""Long work as generators: they yield Progress, honour a cancel token, and return a result.

The caller (a UI worker thread, the CLI, a test) drives the generator; the work itself never
knows whether a progress bar or a terminal is watching.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from typing import TypeVar

from .errors import Cancelled
from .records import Progress

T = TypeVar("T")

Job = Generator[Progress, None, T]


class CancelToken:
    """Set by whoever started the work; checked by the work between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` (in the cancelling thread) when cancelled, at once if already;
        returns a function that forgets the callback again."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return lambda: self._forget(callback)
        callback()
        return lambda: None

    def _forget(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``, waking at once when cancelled; True when cancelled."""
        return self._event.wait(seconds)

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def run_to_end(job: Job[T], on_progress: Callable[[Progress], None] | None = None) -> T:
    """Drive a job in the calling thread and return its result."""
    while True:
        try:
            progress = next(job)
        except StopIteration as finished:
            return finished.value
        if on_progress is not None:
            on_progress(progress)
