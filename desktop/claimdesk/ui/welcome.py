"""The first thing a new user sees: the demo, a new project, open one, or a recent one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    demo_requested = Signal()
    new_requested = Signal()
    open_requested = Signal()
    server_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, recent: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Claimdesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Record claims from news reporting with who said them, through whom and when; "
                "link them to the exact excerpt in each article; grade and verify them."
            )
        )
        intro.setWordWrap(True)

        buttons = QVBoxLayout()
        for text, signal, name in (
            (self.tr("Open demo project"), self.demo_requested, "demo"),
            (self.tr("New project…"), self.new_requested, "new"),
            (self.tr("Open…"), self.open_requested, "open"),
            (self.tr("Connect to team server…"), self.server_requested, "server"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"welcome_{name}")
            button.setMinimumHeight(36)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent projects"))
        for target in recent:
            item = QListWidgetItem(target)
            item.setData(Qt.ItemDataRole.UserRole, target)
            self.recent.addItem(item)
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        recent_box = QVBoxLayout()
        recent_label = QLabel(self.tr("Recent projects"))
        recent_label.setBuddy(self.recent)
        recent_box.addWidget(recent_label)
        recent_box.addWidget(self.recent, 1)
        if not recent:
            empty = QLabel(self.tr("None yet."))
            empty.setStyleSheet("color: palette(mid);")
            recent_box.addWidget(empty)
            recent_box.addStretch(1)
            self.recent.hide()

        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addSpacing(32)
        columns.addLayout(recent_box, 2)

        # A readable column in the middle of however wide the window is.
        content = QWidget()
        content.setMaximumWidth(960)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(24)
        inner.addLayout(columns, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(content, 4)
        layout.addStretch(1)
