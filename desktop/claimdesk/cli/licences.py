"""`claimdesk licences`: the third-party software Claimdesk runs on and its licences."""

from __future__ import annotations

import argparse
import json
from typing import Any

from .words import translate


def add_licences_parser(commands: Any) -> None:
    licences = commands.add_parser(
        "licences",
        help=translate("Cli", "list the third-party packages Claimdesk runs on and their licences"),
        description=translate(
            "Cli",
            "List the installed packages Claimdesk depends on, directly or not, and "
            "Qt, with their versions and licences. Reads no database.",
        ),
    )
    licences.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", "print one JSON object per line: name, version, licence, homepage"),
    )
    licences.add_argument(
        "--full",
        action="store_true",
        help=translate("Cli", "also print each package's licence texts"),
    )
    licences.set_defaults(handler=run_licences)


def run_licences(args: argparse.Namespace) -> int:
    from ..core.licences import third_party_packages

    packages = third_party_packages()
    if args.json:
        for package in packages:
            data: dict[str, object] = {
                "name": package.name,
                "version": package.version,
                "licence": package.licence,
                "homepage": package.homepage,
            }
            if args.full:
                data["texts"] = [
                    {"file": text.file, "text": text.text} for text in package.licence_texts()
                ]
            print(json.dumps(data, ensure_ascii=False))
        return 0
    if args.full:
        for index, package in enumerate(packages):
            if index:
                print()
            _print_texts(package)
        return 0
    rows = [(translate("Cli", "Name"), translate("Cli", "Version"), translate("Cli", "Licence"))]
    unstated = translate("Cli", "(not stated)")
    rows += [(p.name, p.version, p.licence or unstated) for p in packages]
    name_width = max(len(row[0]) for row in rows)
    version_width = max(len(row[1]) for row in rows)
    for name, version, licence in rows:
        print(f"{name:<{name_width}}  {version:<{version_width}}  {licence}".rstrip())
    return 0


def _print_texts(package) -> None:  # type: ignore[no-untyped-def]
    licence = package.licence or translate("Cli", "(licence not stated)")
    heading = f"{package.name} {package.version}: {licence}"
    print(heading)
    print("=" * len(heading))
    if package.homepage:
        print(package.homepage)
    texts = package.licence_texts()
    if not texts:
        print(translate("Cli", "(no licence text ships with this package)"))
    for text in texts:
        print(f"\n--- {text.file} ---")
        print(text.text.rstrip())
