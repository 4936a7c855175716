"""Project settings: the project's identity and the rules the whole team shares (four eyes).

Unlike Preferences (this person, this computer), these live in the project and apply to
everyone who opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.records import ProjectSettingsRecord
from .. import formatting as fmt


class ProjectSettingsDialog(QDialog):
    def __init__(self, settings: ProjectSettingsRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("project_settings_dialog")
        self.setWindowTitle(self.tr("Project settings"))
        self.project_id = QLabel(settings.project_id)
        self.project_id.setObjectName("project_id")
        self.project_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.project_id.setToolTip(
            self.tr("A random identity: reports name it instead of a file path or server.")
        )
        self.four_eyes = QCheckBox(self.tr("Ask a second person to confirm every verdict"))
        self.four_eyes.setObjectName("four_eyes")
        self.four_eyes.setChecked(settings.four_eyes)
        explained = QLabel(
            self.tr(
                "Four eyes: a verdict (verified, false, …) waits until someone other than its "
                "reviewer and the claim's author and last editor confirms it. On a PostgreSQL "
                "server the server itself enforces it."
            )
        )
        explained.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Project id:"), self.project_id)
        form.addRow(self.tr("Created:"), QLabel(fmt.datetime_text(settings.created_at)))
        form.addRow(self.four_eyes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explained)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
