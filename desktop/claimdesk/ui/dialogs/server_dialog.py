"""Connect to a PostgreSQL team server: where it is, who you are, and a connection test.

The password is part of the URL handed to the window for this session only; what is kept in
the recent-projects list is display_url(), which never carries it. An empty password lets
libpq look in the user's password file (~/.pgpass).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ...core.db import Probe, probe_database
from ...core.errors import FieldProblem, ValidationError
from ...core.jobs import CancelToken, Job
from ...core.records import Progress
from .. import messages
from ..forms import FormDialog
from ..workers import JobRunner, RunningJob

DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"
SSL_MODES = ("prefer", "require", "disable")


def connection_check(url: str, _token: CancelToken) -> Job[Probe]:
    """Connect and look at the schema without changing anything: a connection test must
    never create tables on, or migrate, a shared server."""
    yield Progress(0, None, "connecting")
    return probe_database(url)


def one_line(error: BaseException) -> str:
    """The error worded for the user, on one line (a server's message may span several)."""
    text = messages.error_text(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


class ServerDialog(FormDialog):
    """Where the team server is; collect() returns the connection URL (with password)."""

    def __init__(self, parent: QWidget | None = None, url: str | None = None):
        super().__init__(parent, self.tr("Connect to team server"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Connect"))
        self._runner = JobRunner(self)
        self._running: RunningJob | None = None

        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText("db.example.org")
        self.add_row(self.tr("&Host:"), self.host_edit, "host")
        self.port_edit = QLineEdit(str(DEFAULT_PORT))
        self.port_edit.setMaxLength(5)
        self.add_row(self.tr("&Port:"), self.port_edit, "port")
        self.database_edit = QLineEdit()
        self.add_row(self.tr("&Database:"), self.database_edit, "database")
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("Your login name when empty"))
        self.add_row(self.tr("&User:"), self.user_edit, "user")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(
            self.tr("Pass&word:"),
            self.password_edit,
            "password",
            # One line: a wrapped hint in a form row gets clipped (FormDialog sizes it early).
            self.tr("Kept for this session only, never saved. Empty: ~/.pgpass is used."),
        )
        self.password_edit.setAccessibleDescription(
            self.tr(
                "The password is kept only while Claimdesk runs and is never saved. Leave it "
                "empty to use your PostgreSQL password file (~/.pgpass)."
            )
        )
        self.ssl_combo = QComboBox()
        for mode, label in zip(SSL_MODES, self._ssl_labels(), strict=True):
            self.ssl_combo.addItem(label, mode)
        self.add_row(self.tr("&Encryption:"), self.ssl_combo, "sslmode")

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        test_row = QWidget()
        row_layout = QHBoxLayout(test_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.test_button)
        row_layout.addStretch(1)
        self.form.addRow("", test_row)
        # A row of its own, across the form: server errors are long single lines.
        self.form.addRow(self.test_result)
        self.test_button.clicked.connect(self.test_connection)

        for edit in (self.host_edit, self.port_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._forget_test_result)
        self.password_edit.textChanged.connect(self._forget_test_result)
        self.ssl_combo.currentIndexChanged.connect(self._forget_test_result)
        if url:
            self._fill_from(url)
        self.host_edit.setFocus()
        # Wrapped hints need their height worked out at the width the dialog opens with.
        width = 560
        self.resize(width, max(self.sizeHint().height(), self.heightForWidth(width)))

    def url(self) -> str:
        """The connection URL including the password (for this session only)."""
        return self._url(with_password=True).render_as_string(hide_password=False)

    def display_url(self) -> str:
        """The URL without the password: what may be shown and remembered."""
        return self._url(with_password=False).render_as_string(hide_password=False)

    def collect(self) -> str:
        problems = []
        if not self.host_edit.text().strip():
            problems.append(FieldProblem("host", "name_the_server"))
        if self._port() is None:
            problems.append(FieldProblem("port", "port_number"))
        if not self.database_edit.text().strip():
            problems.append(FieldProblem("database", "name_the_database"))
        if problems:
            raise ValidationError(problems)
        return self.url()

    def test_connection(self) -> None:
        """Try the connection off the UI thread; the outcome appears next to the button."""
        if self._running is not None:
            return
        self.clear_errors()
        try:
            url = self.collect()
        except ValidationError as error:
            self.show_errors(error.problems)
            return
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Connecting…"))
        self._running = self._runner.start(
            self.tr("Test connection"), lambda token: connection_check(url, token)
        )
        self._running.finished.connect(self._test_succeeded)
        self._running.failed.connect(self._test_failed)
        self._running.ended.connect(self._test_ended)

    def is_testing(self) -> bool:
        return self._running is not None

    def done(self, result: int) -> None:
        self._let_test_finish_alone()
        super().done(result)

    def _test_succeeded(self, probe: Probe) -> None:
        if probe.empty:
            text = self.tr("Connected: an empty database; Claimdesk will set it up when opened")
        elif probe.needs_upgrade:
            text = self.tr("Connected: schema %1 will be upgraded to %2 when opened")
            text = text.replace("%1", str(probe.revision)).replace("%2", probe.head)
        else:
            text = self.tr("Connected: schema %1, up to date").replace("%1", str(probe.revision))
        self.test_result.setStyleSheet("")
        self.test_result.setText(text)

    def _test_failed(self, error: object) -> None:
        message = one_line(error if isinstance(error, BaseException) else RuntimeError(error))
        self.test_result.setStyleSheet("color: #b00020;")
        self.test_result.setText(message)

    def _test_ended(self) -> None:
        self._running = None
        self.test_button.setEnabled(True)

    def _forget_test_result(self) -> None:
        if self._running is None:
            self.test_result.clear()

    def _let_test_finish_alone(self) -> None:
        """A test still waiting for a slow server must not hold the closing dialog up, nor be
        destroyed with it: its runner moves to the application and cleans up after itself."""
        running = self._running
        if running is None:
            return
        for signal, slot in (
            (running.finished, self._test_succeeded),
            (running.failed, self._test_failed),
            (running.ended, self._test_ended),
        ):
            signal.disconnect(slot)
        running.cancel()
        runner = self._runner
        runner.setParent(QCoreApplication.instance())
        running.ended.connect(runner.deleteLater)
        self._runner = JobRunner(self)
        self._running = None
        self.test_button.setEnabled(True)

    def _port(self) -> int | None:
        text = self.port_edit.text().strip()
        if not text.isdigit():
            return None
        port = int(text)
        return port if 1 <= port <= 65535 else None

    def _url(self, *, with_password: bool) -> URL:
        return URL.create(
            DRIVER,
            username=self.user_edit.text().strip() or None,
            password=(self.password_edit.text() or None) if with_password else None,
            host=self.host_edit.text().strip() or None,
            port=self._port(),
            database=self.database_edit.text().strip() or None,
            query={"sslmode": self.ssl_combo.currentData()},
        )

    def _fill_from(self, text: str) -> None:
        try:
            url = make_url(text)
        except ArgumentError:
            return
        self.host_edit.setText(url.host or "")
        self.port_edit.setText(str(url.port or DEFAULT_PORT))
        self.database_edit.setText(url.database or "")
        self.user_edit.setText(url.username or "")
        self.password_edit.setText(url.password or "")
        mode = url.query.get("sslmode")
        index = self.ssl_combo.findData(mode if isinstance(mode, str) else "prefer")
        self.ssl_combo.setCurrentIndex(max(index, 0))

    def _ssl_labels(self) -> list[str]:
        return [
            self.tr("Encrypt when the server offers it (prefer)"),
            self.tr("Always encrypt (require)"),
            self.tr("Never encrypt (disable)"),
        ]
