"""The change bus: one signal that tells every view what a service call changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.records import Changes


class ChangeBus(QObject):
    """Commands publish the Changes their service call returned; views refresh themselves.

    Views never call each other: a table, the detail pane and the window title all listen
    here and decide on their own what to reload.
    """

    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
