"""The status bar's view of long work: what is running, how far it is, and a cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ..core.records import Progress
from .workers import RunningJob


class JobStatus(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._job: RunningJob | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def follow(self, job: RunningJob) -> None:
        self._job = job
        self.label.setText(job.title)
        self.bar.setRange(0, 0)  # busy until the first progress with a total arrives
        self.cancel_button.setEnabled(True)
        job.progress.connect(self._progress)
        job.ended.connect(self._ended)
        self.show()

    def _progress(self, step: Progress) -> None:
        # The core's step messages are not translated; the label keeps the job's own title.
        if step.total:
            self.bar.setRange(0, step.total)
            self.bar.setValue(step.done)

    def _cancel(self) -> None:
        if self._job is not None:
            self.cancel_button.setEnabled(False)
            self._job.cancel()

    def _ended(self) -> None:
        self._job = None
        self.hide()
