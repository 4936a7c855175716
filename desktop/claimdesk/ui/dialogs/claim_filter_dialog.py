"""Every filter of the claims table in one form; the search box stays in the table's bar."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ...core.errors import FieldProblem, ValidationError
from ...core.filters import ClaimFilter
from ..forms import FormDialog
from ..widgets.filter_rows import ClaimFilterRows
from ..workspace import Workspace


class ClaimFilterDialog(FormDialog):
    def __init__(self, parent: QWidget | None, workspace: Workspace, current: ClaimFilter):
        super().__init__(parent, self.tr("Filter claims"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Apply"))
        self._current = current
        self.rows = ClaimFilterRows(self, workspace, more=True)
        self.rows.show(current)
        clear = self.buttons.addButton(self.tr("&Clear all"), QDialogButtonBox.ButtonRole.ResetRole)
        clear.clicked.connect(lambda: self.rows.show(ClaimFilter(search=current.search)))

    def collect(self) -> ClaimFilter:
        problems: list[FieldProblem] = []
        wanted = self.rows.read(problems, self._current)
        if problems:
            raise ValidationError(problems)
        return wanted
