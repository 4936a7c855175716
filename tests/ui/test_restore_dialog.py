"""File → Restore backup…, and the offer of a good backup when a project is damaged."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from claimdesk.core.backup import suggested_backup_path, write_backup
from claimdesk.core.demo import create_demo
from claimdesk.core.inputs import ClaimInput
from claimdesk.core.project import Project
from claimdesk.core.restore import list_backups
from claimdesk.ui.dialogs.restore_dialog import RestoreBackupDialog
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.settings import Settings


def _claims_in(path: Path) -> int:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)) as db:
        return int(db.execute("SELECT count(*) FROM claims WHERE deleted_at IS NULL").fetchone()[0])


@pytest.fixture
def project_with_backups(tmp_path) -> tuple[Path, Path]:
    """The demo project (17 claims), a backup of it, then an 18th claim; and a broken file
    under a backup's name."""
    path = tmp_path / "desk.sqlite3"
    with Project.open(path, actor="analyst") as project:
        create_demo(project)
    backup = write_backup(path, suggested_backup_path(path))
    with Project.open(path, actor="analyst") as project:
        project.claims.create(ClaimInput(statement="Written after the backup."))
    broken = path.with_name("desk-backup-19990101-000000.sqlite3")
    broken.write_text("not a database")
    os.utime(broken, (946_684_800, 946_684_800))  # written in 2000, by its name
    return path, backup


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMDESK_USER", "analyst")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    made = MainWindow(settings)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()


def _answer(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_dialog_lists_each_backup_with_date_kind_size_and_claims(qtbot, project_with_backups):
    path, backup = project_with_backups
    dialog = RestoreBackupDialog(None, path, list_backups(path))
    qtbot.addWidget(dialog)
    rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
    assert [row.toolTip(0) for row in rows] == [
        str(backup),
        str(path.with_name("desk-backup-19990101-000000.sqlite3")),
    ]
    good, broken = rows
    assert good.text(0) and good.text(1) == "Backup copy"
    assert good.text(2).endswith("KB") and good.text(3) == "17"
    assert broken.text(3) == "unusable" and not broken.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.selected() is not None and dialog.selected().path == backup
    dialog.table.setCurrentItem(broken)  # a disabled row cannot be chosen
    assert dialog.selected().path == backup
    only_broken = RestoreBackupDialog(None, path, list_backups(path)[1:])
    qtbot.addWidget(only_broken)
    assert only_broken.selected() is None
    assert not only_broken.as_new_button.isEnabled()
    assert not only_broken.replace_button.isEnabled()


def test_restoring_as_a_new_file_needs_no_confirmation(qtbot, project_with_backups, monkeypatch):
    path, backup = project_with_backups
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog = RestoreBackupDialog(None, path, list_backups(path))
    qtbot.addWidget(dialog)
    dialog.as_new_button.click()
    assert asked == [] and dialog.result() == RestoreBackupDialog.DialogCode.Accepted
    assert dialog.choice() is not None and dialog.choice().replace is False
    assert dialog.choice().backup == backup


def test_replacing_asks_first_and_no_keeps_the_dialog_open(
    qtbot, project_with_backups, monkeypatch
):
    path, _backup = project_with_backups
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog = RestoreBackupDialog(None, path, list_backups(path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.replace_button.click()
    assert len(asked) == 1 and "desk.sqlite3" in asked[0]
    assert dialog.choice() is None and dialog.isVisible()
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.replace_button.click()
    assert dialog.choice() is not None and dialog.choice().replace is True


def test_the_window_replaces_the_open_project_and_reopens_it(qtbot, window, project_with_backups):
    path, backup = project_with_backups
    window.open_target(str(path))
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    assert window.restore_action.isEnabled()
    window.start_restore(backup, path, replace=True)
    qtbot.waitUntil(
        lambda: window.workspace is not None and window._restoring is None, timeout=15_000
    )
    assert window.workspace.location == str(path)
    assert window.workspace.project.claim_list.count(_all_claims()) == 17
    before_restore = list(path.parent.glob("desk.sqlite3.before-restore-*.bak"))
    assert len(before_restore) == 1 and _claims_in(before_restore[0]) == 18


def _all_claims():  # type: ignore[no-untyped-def]
    from claimdesk.core.services.claim_list import ClaimQuery

    return ClaimQuery()


def _damage_after_an_unclean_exit(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        pages = [row[0] for row in connection.execute("SELECT pageno FROM dbstat")]
    with path.open("r+b") as handle:
        for page in [p for p in pages if p > 1][-5:]:
            handle.seek((page - 1) * 4096)
            handle.write(random.Random(page).randbytes(4096))
    script = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA user_version = 15')\n"
        "print('written', flush=True)\n"
        "time.sleep(60)\n"
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "written"
    writer.send_signal(signal.SIGKILL)
    writer.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_damaged_project_is_offered_a_copy_of_its_newest_good_backup(
    qtbot, window, project_with_backups, monkeypatch
):
    path, backup = project_with_backups
    _damage_after_an_unclean_exit(path)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.open_target(str(path))
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    assert len(asked) == 1 and "is damaged" in asked[0] and "17 claims" in asked[0]
    opened = Path(window.workspace.location)
    assert opened.name.startswith("desk-restored-") and _claims_in(opened) == 17
    assert backup.exists() and path.exists()  # the damaged file is left for inspection
