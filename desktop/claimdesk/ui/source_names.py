"""The live sources' names in memory, for the source pickers' type-ahead.

A project may hold tens of thousands of sources, and a query per keystroke put a database
round trip on the UI thread for every letter typed. Instead the names are read on the reader
thread when the first picker appears, read again after any change to sources and when a form
opens with names older than a minute (for what other analysts added meanwhile), and typing
filters them in memory.
"""

from __future__ import annotations

import logging
import time
from bisect import bisect_left
from collections.abc import Iterator
from itertools import islice

from PySide6.QtCore import QObject, Signal

from ..core.project import Project
from ..core.records import Changes, SourceRef
from .events import ChangeBus
from .workers import Reader

log = logging.getLogger(__name__)

#: Names read this many seconds ago are read again when another form opens.
FRESH_SECONDS = 60.0


class SourceNames(QObject):
    """One per open project (``Workspace.source_names``), shared by every picker."""

    #: A new list of names has arrived.
    loaded = Signal()

    def __init__(
        self, project: Project, reader: Reader, bus: ChangeBus, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._project = project
        self._reader = reader
        self._refs: list[SourceRef] | None = None
        self._folded: list[str] = []  # the names casefolded, in the same (sorted) order
        self._asked_at: float | None = None  # when the names held were asked for
        self._ticket: int | None = None
        self._stale = False
        bus.changed.connect(self._changed)

    @property
    def ready(self) -> bool:
        """Names are held, and no source has changed here since they were read."""
        return self._refs is not None and not self._stale

    def refresh(self, max_age: float = 0.0) -> None:
        """Read the names again on the reader thread, unless a read is under way or the names
        held are current and younger than ``max_age`` seconds."""
        if self._ticket is not None:
            return
        asked = time.monotonic()
        if self.ready and self._asked_at is not None and asked - self._asked_at < max_age:
            return
        project = self._project
        self._ticket = self._reader.submit(
            lambda: _read(project), lambda read: self._arrived(read, asked), self._failed
        )

    def matching(self, text: str, limit: int) -> list[SourceRef]:
        """Up to ``limit`` sources whose name contains the text in any case, those whose name
        starts with it first; none before the names have arrived."""
        needle = text.strip().casefold()
        if self._refs is None or not needle:
            return []
        found = list(islice(self._starting_with(needle), limit))
        if len(found) < limit:
            inside = (
                ref
                for ref, folded in zip(self._refs, self._folded, strict=True)
                if needle in folded and not folded.startswith(needle)
            )
            found.extend(islice(inside, limit - len(found)))
        return found

    def named(self, text: str) -> list[SourceRef]:
        """The sources called exactly that, in any case."""
        needle = text.strip().casefold()
        return [ref for ref in self._starting_with(needle) if ref.name.casefold() == needle]

    def _starting_with(self, needle: str) -> Iterator[SourceRef]:
        if self._refs is None:
            return
        # Sorted by the casefolded name, so the names that start with the needle are one run.
        index = bisect_left(self._folded, needle)
        while index < len(self._folded) and self._folded[index].startswith(needle):
            yield self._refs[index]
            index += 1

    def _arrived(self, read: tuple[list[SourceRef], list[str]], asked: float) -> None:
        self._ticket = None
        self._refs, self._folded = read
        self._asked_at = asked
        self._stale = False
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._ticket = None
        log.warning("could not read the source names: %s", error)

    def _changed(self, changes: Changes) -> None:
        if not changes.sources:
            return
        self._stale = True
        if self._ticket is not None:
            # That read may have started before this change: its answer would be old already.
            self._reader.cancel(self._ticket)
            self._ticket = None
        elif self._refs is None:
            return  # nobody has asked for the names yet
        self.refresh()


def _read(project: Project) -> tuple[list[SourceRef], list[str]]:
    """Runs on the reader thread: the names, and their folded forms sorted for bisect."""
    refs = sorted(project.sources.refs(), key=lambda ref: (ref.name.casefold(), ref.id))
    return refs, [ref.name.casefold() for ref in refs]
