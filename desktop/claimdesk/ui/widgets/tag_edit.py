"""Comma-separated tags, completing the tag being typed from those already in the project, so
that "north korea" does not become a second tag next to "North Korea"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ..workspace import Workspace


class TagEdit(QLineEdit):
    """Tags as "a, b, c"; the token under the cursor completes from project.claims.tags()."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Comma-separated, e.g. North Korea, drones"))
        # Most used first, as the service orders them.
        known = [name for name, _uses in workspace.project.claims.tags()]
        self.tag_completer = QCompleter(known, self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_completer.setWidget(self)
        self.tag_completer.activated[str].connect(self._insert)
        self.textEdited.connect(self._complete_token)

    def tags(self) -> tuple[str, ...]:
        """The tags typed, blank ones dropped and repeats (ignoring case) kept once."""
        seen: dict[str, str] = {}
        for part in self.text().split(","):
            name = " ".join(part.split())
            if name:
                seen.setdefault(name.casefold(), name)
        return tuple(seen.values())

    def set_tags(self, tags: Iterable[str]) -> None:
        self.setText(", ".join(tags))

    def _token_span(self) -> tuple[int, int]:
        text, cursor = self.text(), self.cursorPosition()
        start = text.rfind(",", 0, cursor) + 1
        end = text.find(",", cursor)
        return start, len(text) if end < 0 else end

    def _complete_token(self) -> None:
        start, end = self._token_span()
        prefix = self.text()[start:end].strip()
        if not prefix:
            self.tag_completer.popup().hide()
            return
        self.tag_completer.setCompletionPrefix(prefix)
        if self.tag_completer.completionCount():
            self.tag_completer.complete()
        else:
            self.tag_completer.popup().hide()

    def _insert(self, tag: str) -> None:
        start, end = self._token_span()
        text = self.text()
        head, tail = text[:start], text[end:]
        lead = " " if head else ""
        if tail:
            self.setText(f"{head}{lead}{tag}{tail}")
            self.setCursorPosition(len(head) + len(lead) + len(tag))
        else:
            # Ready for the next tag.
            self.setText(f"{head}{lead}{tag}, ")
            self.setCursorPosition(len(self.text()))
