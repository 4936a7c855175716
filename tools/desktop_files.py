"""Install Claimdesk as a desktop application for one user (freedesktop.org layout).

    python tools/desktop_files.py install [--prefix DIR] [--command PATH]
    python tools/desktop_files.py uninstall [--prefix DIR]
    python tools/desktop_files.py icons --into DIR/icons/hicolor

`make install-desktop` and `make uninstall-desktop` run it with the prefix ~/.local/share
(DESKTOP_PREFIX=... for another) and the checkout's .venv/bin/claimdesk as the command.
Installed below the prefix: the launcher (applications/), the AppStream metadata (metainfo/),
the MIME type of project files (mime/packages/) and the icon, rendered from
resources/icons/claimdesk.svg with Qt's SVG renderer at the usual sizes (icons/hicolor/).
Then the desktop's caches are refreshed with update-mime-database, update-desktop-database
and gtk-update-icon-cache, each where it is installed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from claimdesk import APP_ID

REPO = Path(__file__).resolve().parent.parent
DESKTOP = REPO / "resources" / "desktop"
SVG = REPO / "resources" / "icons" / "claimdesk.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DEFAULT_PREFIX = Path.home() / ".local" / "share"

DESKTOP_ENTRY = f"applications/{APP_ID}.desktop"
METAINFO = f"metainfo/{APP_ID}.metainfo.xml"
MIME_PACKAGE = f"mime/packages/{APP_ID}.mime.xml"
# Characters the desktop entry spec reserves in Exec arguments: such an argument is quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def icon_files() -> list[str]:
    """The icon files install() writes, relative to the prefix."""
    return [
        *(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png" for size in ICON_SIZES),
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    ]


def installed_files() -> list[str]:
    """Everything install() writes, relative to the prefix."""
    return [DESKTOP_ENTRY, METAINFO, MIME_PACKAGE, *icon_files()]


def render_icons(hicolor: Path) -> list[Path]:
    """The SVG as PNGs of each size (NxN/apps/<id>.png) plus itself in scalable/apps/."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"desktop_files: cannot read {SVG}")
    written = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"desktop_files: cannot write {target}")
        written.append(target)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    return [*written, scalable]


def exec_argument(argument: str) -> str:
    """One argument of an Exec line: quoted when it holds a reserved character, with `"$\\
    escaped inside the quotes and % doubled (the desktop entry spec, "The Exec key")."""
    if any(char in argument for char in "\n\r"):
        raise ValueError(f"a command with a line break cannot go into a launcher: {argument!r}")
    if any(char in _RESERVED for char in argument):
        argument = '"' + re.sub(r'([`"$\\])', r"\\\1", argument) + '"'
    return argument.replace("%", "%%")


def _string_value(value: str) -> str:
    # The key file's own escape, applied after the Exec quoting: a backslash is written twice.
    return value.replace("\\", "\\\\")


def desktop_entry(command: str) -> str:
    """The launcher with Exec and TryExec naming ``command`` (a name on PATH or a path)."""
    text = (DESKTOP / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    text, tries = re.subn(r"(?m)^TryExec=.*$", lambda _: f"TryExec={_string_value(command)}", text)
    text, execs = re.subn(
        r"(?m)^Exec=\S+ %f$",
        lambda _: f"Exec={_string_value(exec_argument(command))} %f",
        text,
    )
    assert tries == execs == 1, "the launcher has one TryExec and one Exec=... %f line"
    return text


def install(prefix: Path, command: str) -> None:
    entry = prefix / DESKTOP_ENTRY
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(command), encoding="utf-8")
    for name, source in (
        (METAINFO, DESKTOP / f"{APP_ID}.metainfo.xml"),
        (MIME_PACKAGE, DESKTOP / f"{APP_ID}.mime.xml"),
    ):
        (prefix / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, prefix / name)
    render_icons(prefix / "icons" / "hicolor")
    refresh_caches(prefix)
    print(f"Installed Claimdesk's launcher, icons and project file type in {prefix}")
    print(f"  the launcher starts: {command}")


def uninstall(prefix: Path) -> None:
    for name in installed_files():
        (prefix / name).unlink(missing_ok=True)
    refresh_caches(prefix)
    print(f"Removed Claimdesk's launcher, icons and project file type from {prefix}")


def refresh_caches(prefix: Path) -> None:
    """Each desktop cache below the prefix, with the tool that builds it, where it exists."""
    for tool, arguments, folder in (
        ("update-mime-database", [], prefix / "mime"),
        ("update-desktop-database", ["-q"], prefix / "applications"),
        # -t: a user's hicolor folder has no index.theme of its own.
        ("gtk-update-icon-cache", ["-q", "-t", "-f"], prefix / "icons" / "hicolor"),
    ):
        found = shutil.which(tool)
        if found is None or not folder.is_dir():
            continue
        result = subprocess.run(
            [found, *arguments, str(folder)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            print(f"desktop_files: {tool} failed: {result.stderr.strip()}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    actions = parser.add_subparsers(dest="action", required=True)
    for name in ("install", "uninstall"):
        action = actions.add_parser(name)
        action.add_argument("--prefix", type=Path, default=DEFAULT_PREFIX)
    actions.choices["install"].add_argument(
        "--command",
        default="claimdesk",
        help="what the launcher runs: a path, or a name found on PATH (default: claimdesk)",
    )
    icons = actions.add_parser("icons")
    icons.add_argument("--into", type=Path, required=True, help="an icons/hicolor folder")
    args = parser.parse_args(argv)
    if args.action == "install":
        install(args.prefix.expanduser().absolute(), args.command)
    elif args.action == "uninstall":
        uninstall(args.prefix.expanduser().absolute())
    else:
        for path in render_icons(args.into):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
