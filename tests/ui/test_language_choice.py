"""Preferences → Language: the choice is kept, the window says when it applies, and a window
built after it speaks that language (the system's when nothing is chosen)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from claimdesk.ui.app import install_translations
from claimdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from claimdesk.ui.main_window import MainWindow

from .test_main_window import on_modal, settings, window  # noqa: F401  (fixtures)


def _choose(code: str):
    def choose(dialog: PreferencesDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        dialog.accept()

    return choose


def test_choosing_deutsch_is_kept_and_takes_effect_at_the_next_start(qtbot, window):  # noqa: F811
    assert window.settings.language() == ""
    notes = []
    on_modal(PreferencesDialog, _choose("de"))
    on_modal(QMessageBox, lambda box: (notes.append(box.text()), box.accept()))
    window.edit_preferences()
    qtbot.waitUntil(lambda: bool(notes))
    assert window.settings.language() == "de"
    assert "next time it starts" in notes[0]
    # Choosing the same language again changes nothing and says nothing.
    on_modal(PreferencesDialog, _choose("de"))
    window.edit_preferences()
    assert len(notes) == 1


def test_a_window_built_after_choosing_deutsch_is_german(qtbot, settings):  # noqa: F811
    settings.set_language("de")
    app = QApplication.instance()
    installed = install_translations(app, settings.language())
    try:
        assert installed, "the German catalogue (.qm) is missing: run make translations"
        made = MainWindow(settings)
        qtbot.addWidget(made)
        titles = [action.text() for action in made.menuBar().actions()]
        assert "&Datei" in titles and "&File" not in titles
    finally:
        for translator in installed:
            app.removeTranslator(translator)
