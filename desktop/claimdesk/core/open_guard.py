"""Opening a database never hangs: a deadline and the caller's cancel bound every statement.

SQLite runs a statement to its end inside one C call, so a file that makes a query expensive
(a recursive view, say) would otherwise hold the opening thread for as long as it likes, the
GUI unable to quit and Ctrl+C unheard in the CLI. A progress handler, called every few
thousand virtual-machine steps, stops the statement once the time is up or the user cancels.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .errors import Cancelled, DatabaseOpenError
from .jobs import CancelToken

DEFAULT_OPEN_SECONDS = 10.0
# Steps between checks: a millisecond of work at most, a negligible share of any query.
_STEPS = 2000


@dataclass(slots=True)
class OpenBudget:
    """How long inspecting a file on open may take, and the token that cancels the open.

    The deadline bounds the look at the file before it is trusted (its schema, its revision);
    an upgrade, whose time grows with the data (about a minute per million claims for the
    search index), is bounded by cancel alone: it runs only on a schema already checked.
    """

    seconds: float = DEFAULT_OPEN_SECONDS
    cancel: CancelToken | None = None
    started: float = field(default_factory=time.monotonic)

    @property
    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.cancelled

    @property
    def over_time(self) -> bool:
        return time.monotonic() - self.started > self.seconds

    def raise_if_spent(self, location: str) -> None:
        """Cancelled or DatabaseOpenError("open_too_slow") when the budget stopped the work."""
        if self.cancelled:
            raise Cancelled()
        if self.over_time:
            raise DatabaseOpenError("open_too_slow", location=location, seconds=self.seconds)


@contextmanager
def bounded(connection: sqlite3.Connection, budget: OpenBudget, location: str) -> Iterator[None]:
    """Run the block's statements under the budget's deadline and cancel."""
    connection.set_progress_handler(lambda: budget.cancelled or budget.over_time, _STEPS)
    try:
        budget.raise_if_spent(location)
        yield
    except sqlite3.OperationalError:
        budget.raise_if_spent(location)  # "interrupted" is ours: say why
        raise
    finally:
        connection.set_progress_handler(None, 0)


@contextmanager
def cancellable(connection: sqlite3.Connection, cancel: CancelToken | None) -> Iterator[None]:
    """Run the block's statements so that cancelling stops them (no deadline)."""
    if cancel is None:
        yield
        return
    connection.set_progress_handler(lambda: cancel.cancelled, _STEPS)
    try:
        cancel.raise_if_cancelled()
        yield
    except Exception as error:  # the driver's error, or SQLAlchemy's wrapping of it
        if cancel.cancelled:
            raise Cancelled() from error
        raise
    finally:
        connection.set_progress_handler(None, 0)
