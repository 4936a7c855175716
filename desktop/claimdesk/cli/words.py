"""The command line's words in the user's language: the window's catalogue, without a window.

A terminal says its language through the environment (``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
then ``LANGUAGE`` for a list of preferences), as gettext reads it; the window's Preferences →
Language is the window's. ``terminal_language`` puts the catalogue in place for a command's
length (ui/translation.py); English needs none, so an English command line never loads Qt for
its words. lupdate finds ``translate("Cli", "text")`` calls by this name.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from ..core.i18n import fill

__all__ = ["environment_language", "fill", "number_locale", "terminal_language", "translate"]

_active = 0


def environment_language(environ: dict[str, str] | None = None) -> str:
    """The language the environment asks for ("de_DE", "en"): "en" for the C locale."""
    environ = dict(os.environ) if environ is None else environ
    chosen = ""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            chosen = environ[name]
            break
    if chosen.split(".")[0] in ("", "C", "POSIX"):
        return "en"
    preferred = [part for part in environ.get("LANGUAGE", "").split(":") if part]
    return (preferred[0] if preferred else chosen).split(".")[0].split("@")[0]


def _english(language: str) -> bool:
    return language.split("_")[0].lower() in ("", "en", "c")


@contextmanager
def terminal_language(language: str | None = None) -> Iterator[None]:
    """Word the command's output and errors in ``language`` (default: the environment's)."""
    global _active
    language = environment_language() if language is None else language
    if _english(language):
        yield
        return
    from ..ui.translation import console_language

    with console_language(language):
        _active += 1
        try:
            yield
        finally:
            _active -= 1


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _active:
        from ..ui.translation import translate as qt_translate

        return qt_translate(context, source, disambiguation, n)
    return source.replace("%n", str(n)) if n >= 0 else source


def number_locale() -> str:
    """The locale the command writes numbers in: the one of its words ("de_DE"), else "en"."""
    if _active:
        from ..ui.translation import console_locale

        return console_locale() or "en"
    return "en"
