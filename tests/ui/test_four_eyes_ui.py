"""Four eyes in the window: the project setting, the queue "Awaiting my confirmation", and
the claim pane saying a verdict waits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

from claimdesk.core.enums import Status
from claimdesk.core.inputs import ClaimInput
from claimdesk.core.project import Project
from claimdesk.ui.dialogs.confirm_dialog import ConfirmDialog
from claimdesk.ui.dialogs.project_settings_dialog import ProjectSettingsDialog
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.project_view import Section
from claimdesk.ui.settings import Settings

from ..pg_roles import member


@pytest.fixture
def project_file(tmp_path):
    """A project where alice entered two claims and gave one a verdict under four eyes."""
    path = tmp_path / "team.sqlite3"
    with Project.open(path, actor="alice") as alice:
        alice.project.set_four_eyes(True)
        first = alice.claims.create(ClaimInput("About 11,000 soldiers are in Kursk.")).id
        alice.claims.create(ClaimInput("Russia received about 120 Koksan guns."))
        alice.reviews.set_status([first], Status.VERIFIED, "Three sources agree.")
    return path


def window_as(qtbot, tmp_path, monkeypatch, user: str, path) -> MainWindow:
    monkeypatch.setenv("CLAIMDESK_USER", user)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings = Settings(QSettings(str(tmp_path / f"{user}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_target(str(path))
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    return window


def queue(window: MainWindow) -> ConfirmDialog:
    window.data_actions.awaiting_action.trigger()
    dialog = window.findChild(ConfirmDialog, "confirm_dialog")
    assert dialog is not None
    return dialog


def test_a_colleague_confirms_from_the_queue(qtbot, tmp_path, monkeypatch, project_file):
    window = window_as(qtbot, tmp_path, monkeypatch, "bob", project_file)
    dialog = queue(window)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert dialog.table.item(0, 2).text() == "alice"
    assert "Three sources agree." in dialog.table.item(0, 4).text()
    assert not dialog.empty.isVisible()
    dialog.table.selectRow(0)
    assert dialog.confirm_button.isEnabled()
    asked: list[str] = []

    def answer(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.confirm_button.click()
    assert asked and "Undo does not take it back" in asked[0]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert dialog.empty.isVisible()
    project = window.workspace.project
    claim = project.claims.get(1)
    assert claim.status is Status.VERIFIED and claim.reviews[-1].confirmed_by == "bob"
    # A confirmation is a signature: Undo does not take it back.
    assert not window.workspace.undo_stack.canUndo()
    window.close()


def test_the_reviewer_sees_the_verdict_waiting_but_cannot_confirm_it(
    qtbot, tmp_path, monkeypatch, project_file
):
    window = window_as(qtbot, tmp_path, monkeypatch, "alice", project_file)
    dialog = queue(window)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    dialog.table.selectRow(0)
    assert not dialog.confirm_button.isEnabled()
    assert dialog.empty.isVisible()  # nothing awaits *her* confirmation
    window.view.show_section(Section.CLAIMS)
    window.view.pages[Section.CLAIMS].select_id(1)
    details = window.view.claim_detail
    qtbot.waitUntil(lambda: "awaiting a second person" in details.toPlainText(), timeout=5000)
    assert "Unverified" in details.toPlainText()  # the claim keeps its status meanwhile
    window.close()


def test_four_eyes_is_a_project_setting_and_undoable(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "solo.sqlite3"
    Project.open(path, actor="alice").close()
    window = window_as(qtbot, tmp_path, monkeypatch, "alice", path)

    def answer() -> None:
        dialog = window.findChild(ProjectSettingsDialog, "project_settings_dialog")
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        assert len(dialog.project_id.text()) == 32
        dialog.four_eyes.setChecked(True)
        dialog.accept()

    QTimer.singleShot(50, answer)
    window.data_actions.project_settings_action.trigger()
    project = window.workspace.project
    qtbot.waitUntil(lambda: project.project.settings().four_eyes, timeout=5000)
    window.workspace.undo_stack.undo()
    assert not project.project.settings().four_eyes
    window.close()


@pytest.mark.postgresql
def test_a_reader_role_is_offered_no_changes(qtbot, tmp_path, monkeypatch, postgres):
    url = postgres.create_database()
    as_rita = member(postgres, url, "rita", "reader")
    with Project.open(url, actor="admin") as admin_project:
        admin_project.claims.create(ClaimInput("A depot burned."))
    window = window_as(qtbot, tmp_path, monkeypatch, "ignored", as_rita)
    assert window.workspace.project.actor == "rita"
    window.view.pages[Section.CLAIMS].select_id(1)
    actions = window.data_actions
    assert not actions.new_claim.isEnabled() and not actions.edit.isEnabled()
    assert not actions.set_status.isEnabled() and not actions.delete.isEnabled()
    # Saving a view is a write too: the server's refusal is said, not a traceback.
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Kursk", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    window.view.save_view()
    assert warned and "may read this project but not change it" in warned[0]
    window.close()


def test_the_status_dialog_says_a_verdict_will_wait(qtbot, tmp_path, monkeypatch, project_file):
    from PySide6.QtWidgets import QApplication

    window = window_as(qtbot, tmp_path, monkeypatch, "bob", project_file)
    window.view.show_section(Section.CLAIMS)
    window.view.pages[Section.CLAIMS].select_id(2)
    seen: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        seen.append(dialog.findChild(type(dialog.summary), "four_eyes_note").isVisible())
        dialog.reject()

    QTimer.singleShot(50, look)
    window.data_actions.set_status.trigger()
    assert seen == [True]
    window.close()


def test_a_colleague_sends_a_verdict_back_from_the_queue(
    qtbot, tmp_path, monkeypatch, project_file
):
    window = window_as(qtbot, tmp_path, monkeypatch, "bob", project_file)
    dialog = queue(window)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    dialog.table.selectRow(0)
    assert dialog.send_back_button.isEnabled()
    dialog.send_back_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert window.workspace.project.claims.get(1).status is Status.UNVERIFIED
    assert window.workspace.project.reviews.awaiting() == []
    window.close()
