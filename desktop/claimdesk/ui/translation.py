"""``translate``: Qt's translation, which the command line can point at a language of its own.

The window installs its translators on the application (ui/app.py) and every string goes
through ``QCoreApplication.translate``. The command line has no application to install
translators on: ``console_language`` loads the catalogue for the user's language into this
module for the length of a ``with`` block, so that the same wording functions (ui/messages.py,
ui/formatting.py) give the same German in a terminal as in the window. lupdate finds
``translate("Context", "text")`` calls by this name.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..core.resources import resource

_console: list[QTranslator] = []


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    for translator in _console:
        found = translator.translate(context, source, disambiguation, n)
        if found:
            # QCoreApplication.translate fills %n itself; a bare translator does not.
            return found.replace("%n", str(n)) if n >= 0 else found
    return QCoreApplication.translate(context, source, disambiguation, n)


def console_locale() -> str | None:
    """The locale of the language ``console_language`` put in place ("de_DE"), None when none is
    (English, or a language without a catalogue): numbers are written as the words are."""
    return QLocale().name() if _console else None


@contextmanager
def console_language(language: str) -> Iterator[None]:
    """Word everything in ``language`` ("de", "de_DE", "en"): the catalogue and the locale of
    numbers. English, or a language without a catalogue, leaves everything as it is."""
    locale = QLocale(language)
    translator = QTranslator()
    if locale.language() is QLocale.Language.English or not translator.load(
        locale, "claimdesk", "_", str(resource("translations"))
    ):
        yield
        return
    before = QLocale()
    _console.insert(0, translator)
    QLocale.setDefault(locale)
    try:
        yield
    finally:
        _console.remove(translator)
        QLocale.setDefault(before)
