"""The command's parser with argparse's own words in the terminal's language.

argparse words its headings, its -h option and its error prefix through Python's gettext, for
which Python ships no German; these come from the "Cli" catalogue instead. Its messages about
a wrong command line ("the following arguments are required: …") stay Python's English: they
are made deep inside argparse, with no hook short of replacing its gettext for the process.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from .words import fill, translate


class HelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("Cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser worded in the terminal's language; the parsers of its subcommands are
    of this class too (add_subparsers makes them of the parent's type). Built inside
    ``terminal_language``, as every help text is read when the parser is built."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        # argparse titles its two default groups as it builds them; no argument sets them.
        self._positionals.title = translate("Cli", "positional arguments")
        self._optionals.title = translate("Cli", "options")
        self.add_argument(
            "-h", "--help", action="help", help=translate("Cli", "show this help message and exit")
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, fill(translate("Cli", "%1: error: %2"), self.prog, message) + "\n")
