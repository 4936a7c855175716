"""Claimdesk as a desktop application: the launcher, the AppStream metadata, the MIME type of
project files (and the application id it recognises them by), the icons and the command line
a launcher runs. The freedesktop tools skip the tests that need them when they are absent,
except under CI=true, where tools/system-deps.sh has installed them.
"""

from __future__ import annotations

import configparser
import hashlib
import importlib.util
import json
import os
import re
import shlex
import shutil
import sqlite3
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from claimdesk import APP_ID, __version__
from claimdesk.cli import _gui_target, parse_arguments
from claimdesk.core import migrate, project_file, revisions
from claimdesk.core.db import open_database, probe_database
from claimdesk.core.project import Project

from ..conftest import REPO, _in_ci

DESKTOP = REPO / "resources" / "desktop"
MIME_XML = DESKTOP / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PROJECT_TYPE = "application/x-claimdesk-project"
SQLITE_TYPE = "application/vnd.sqlite3"

# What appstreamcli may still say about the metadata, and why that is accepted.
APPSTREAM_ACCEPTED = {
    # Reverse-DNS ids conventionally end in the application's capitalised name
    # (org.gnome.Nautilus); the desktop file, the icon and the Wayland app id share it.
    "cid-contains-uppercase-letter": "pedantic",
    # AppStream >= 1.0 (Debian 13, Ubuntu 24.04) prefers <developer><name>, which 0.16
    # (Debian 12) does not know: either version has one info to say.
    "developer-name-tag-deprecated": "info",
    # AppStream >= 1.0 warns without a homepage; Claimdesk has no public one yet. Add
    # <url type="homepage"> when it has.
    "url-homepage-missing": "warning",
}


def required_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        message = f"{name} is not installed (tools/system-deps.sh installs it)"
        if _in_ci():
            pytest.fail(f"CI=true: {message}")
        pytest.skip(message)
    return found


def load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("desktop_files", REPO / "tools/desktop_files.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def plain_sqlite_file(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    return path


def set_application_id(path: Path, value: int) -> None:
    """What a file made before Claimdesk wrote its id (0), or by another program, carries."""
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {value}")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


# The MIME rule, read from the XML and applied as shared-mime-info applies it.


def magic_rules() -> list[ET.Element]:
    root = ET.parse(MIME_XML).getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    (magic,) = mime_type.findall(f"{MIME_NS}magic")
    return magic.findall(f"{MIME_NS}match")


def _expected_bytes(match: ET.Element) -> bytes:
    value = match.get("value", "")
    if match.get("type") == "string":
        return value.encode("ascii").decode("unicode_escape").encode("latin-1")
    assert match.get("type") == "big32"
    return int(value, 0).to_bytes(4, "big")


def rule_matches(match: ET.Element, data: bytes) -> bool:
    """A match and (any of) its nested matches, at a single offset as ours are."""
    offset = int(match.get("offset", ""))
    expected = _expected_bytes(match)
    if data[offset : offset + len(expected)] != expected:
        return False
    children = match.findall(f"{MIME_NS}match")
    return not children or any(rule_matches(child, data) for child in children)


def is_project_by_magic(path: Path) -> bool:
    data = path.read_bytes()[:4096]
    return any(rule_matches(match, data) for match in magic_rules())


# The launcher and the metadata.


def test_the_launcher_is_valid_and_names_the_app_id():
    validate = required_tool("desktop-file-validate")
    path = DESKTOP / f"{APP_ID}.desktop"
    result = subprocess.run([validate, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout == "" and result.stderr == "", result.stdout
    entry = desktop_entry(path)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "claimdesk %f"
    assert entry["MimeType"] == f"{PROJECT_TYPE};"
    assert entry["Comment[de]"] and entry["GenericName[de]"] and entry["Keywords[de]"]


def test_the_appstream_metadata_is_valid():
    appstreamcli = required_tool("appstreamcli")
    path = DESKTOP / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    issues = re.findall(r"^([EWIP]): [^:]+:[^:]*: (\S+)", result.stdout, re.MULTILINE)
    severity = {"E": "error", "W": "warning", "I": "info", "P": "pedantic"}
    unexplained = [
        (severity[level], tag)
        for level, tag in issues
        if APPSTREAM_ACCEPTED.get(tag) != severity[level]
    ]
    assert unexplained == [], result.stdout
    # Validation fails on errors and warnings; the only warning allowed is the homepage's.
    accepted_failure = {tag for level, tag in issues if level == "W"} == {"url-homepage-missing"}
    assert result.returncode == 0 or accepted_failure, result.stdout + result.stderr
    root = ET.parse(path).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__


# The project file's application id and the MIME rule that reads it.


def test_the_mime_rule_matches_the_sqlite_header_and_our_application_id():
    (rule,) = magic_rules()
    assert (int(rule.get("offset", "")), _expected_bytes(rule)) == (0, project_file.SQLITE_HEADER)
    (nested,) = rule.findall(f"{MIME_NS}match")
    assert int(nested.get("offset", "")) == project_file.APPLICATION_ID_OFFSET == 68
    assert int(nested.get("value", ""), 0) == project_file.APPLICATION_ID
    root = ET.parse(MIME_XML).getroot()
    comments = {
        comment.get("{http://www.w3.org/XML/1998/namespace}lang"): comment.text
        for comment in root.iter(f"{MIME_NS}comment")
    }
    assert comments == {None: "Claimdesk project", "de": "Claimdesk-Projekt"}
    assert root.find(f"{MIME_NS}mime-type").get("type") == PROJECT_TYPE


def test_a_new_project_carries_the_application_id_on_disk_while_open(tmp_path):
    path = tmp_path / "claims.sqlite3"
    with Project.open(path):
        # Read from the file as a file manager reads it, the -wal file beside it.
        assert Path(f"{path}-wal").exists()
        assert project_file.header_application_id(path) == project_file.APPLICATION_ID
        assert is_project_by_magic(path)
    assert project_file.is_project_file(path) and is_project_by_magic(path)
    assert not is_project_by_magic(plain_sqlite_file(tmp_path / "other.sqlite3"))


def test_an_older_project_gets_the_id_when_it_is_migrated(tmp_path):
    path = tmp_path / "old.sqlite3"
    database = open_database(path)
    older = sorted(revisions.known_revisions())[-2]
    migrate.downgrade(database.engine, older)
    database.close()
    set_application_id(path, 0)
    assert not is_project_by_magic(path)

    reopened = open_database(path)
    try:
        assert reopened.upgrade is not None and reopened.upgrade.from_revision == older
        assert is_project_by_magic(path)
    finally:
        reopened.close()
    # The backup taken before the upgrade is the file as it was.
    assert project_file.header_application_id(reopened.upgrade.backup) == 0


def test_an_up_to_date_project_without_the_id_gets_it_when_opened_but_not_when_probed(tmp_path):
    path = tmp_path / "made-before.sqlite3"
    open_database(path).close()
    set_application_id(path, 0)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert probe_database(path).needs_upgrade is False
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # a probe writes nothing

    with Project.open(path) as project:
        assert project.database.upgrade is None
        assert project_file.header_application_id(path) == project_file.APPLICATION_ID


def test_another_programs_application_id_is_kept(tmp_path):
    path = tmp_path / "stamped.sqlite3"
    open_database(path).close()
    geopackage = 0x47504B47  # "GPKG", as registered in SQLite's magic.txt
    set_application_id(path, geopackage)
    open_database(path).close()
    assert project_file.header_application_id(path) == geopackage


# The launcher's command line: `claimdesk FILE` from a double-click.


def test_a_project_file_alone_on_the_command_line_opens_it_in_the_window(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMDESK_DB", raising=False)
    path = tmp_path / "my claims.claimdesk"
    assert _gui_target(parse_arguments([str(path)])) == str(path)
    assert _gui_target(parse_arguments([path.as_uri()])) == str(path)  # %20 and all
    assert _gui_target(parse_arguments(["file://localhost" + str(path)])) == str(path)
    assert parse_arguments(["--user", "ana", str(path)]).user == "ana"
    # A command is still a command, with --db before or after it.
    assert parse_arguments(["info", "--json"]).command == "info"
    assert parse_arguments(["--db", str(path), "info"]).db == str(path)
    assert parse_arguments(["./info"]).db == "./info"  # a file named like a command
    # Commands' own positional arguments stay theirs.
    assert parse_arguments(["suggest", "5", "--db", str(path)]).article == "5"
    assert parse_arguments(["import", "article", "page.html"]).source == "page.html"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["a.sqlite3", "info"], "invalid choice: 'a.sqlite3'"),
        (["--db", "a.sqlite3", "b.sqlite3"], "either --db or a file"),
        (["file://elsewhere/a.sqlite3"], "not a local file"),
    ],
)
def test_ambiguous_command_lines_are_usage_errors(argv, message, capsys):
    with pytest.raises(SystemExit) as exited:
        parse_arguments(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


# make install-desktop into a folder of the test's own.


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make install-desktop DESKTOP_PREFIX=...`. -o venv: the tests run in the venv already,
    and make must not reinstall it (its stamp may be older than a fresh checkout's files)."""
    prefix = tmp_path_factory.mktemp("share")
    result = subprocess.run(
        ["make", "-C", str(REPO), "-o", "venv", "install-desktop", f"DESKTOP_PREFIX={prefix}"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return prefix


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    return struct.unpack(">II", data[16:24])


def test_make_install_desktop_installs_every_file_and_each_icon_size(installed):
    tool = load_tool()
    for name in tool.installed_files():
        assert (installed / name).is_file(), name
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon = installed / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert png_size(icon) == (size, size)
    # The launcher runs this checkout's claimdesk, whatever the desktop's PATH holds.
    entry = desktop_entry(installed / "applications" / f"{APP_ID}.desktop")
    command = str(REPO / ".venv" / "bin" / "claimdesk")
    assert entry["Exec"] == f"{tool.exec_argument(command)} %f" and entry["TryExec"] == command
    assert (installed / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == (
        DESKTOP / f"{APP_ID}.metainfo.xml"
    ).read_bytes()


def test_the_installed_launcher_is_valid_for_a_command_path_with_odd_characters(tmp_path):
    validate = required_tool("desktop-file-validate")
    tool = load_tool()
    command = '/opt/my tools/50% "claims"/claimdesk'
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(tool.desktop_entry(command), encoding="utf-8")
    result = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout == "", result.stdout
    exec_line = desktop_entry(entry)["Exec"]
    # The key file's escapes undone, %% is a %, and the quoting is the shell's.
    arguments = shlex.split(exec_line.replace("\\\\", "\\").replace("%%", "%"))
    assert arguments == [command, "%f"]


def test_the_installed_type_database_knows_a_project_by_its_content(installed, tmp_path):
    """Qt's QMimeDatabase (KDE, Qt's file dialogs) and GIO (GNOME), on the installed rule."""
    required_tool("update-mime-database")
    assert (installed / "mime" / "mime.cache").is_file()
    project = tmp_path / "claims.sqlite3"
    Project.open(project).close()
    files = {
        "claims.sqlite3": project,
        "claims.claimdesk": shutil.copyfile(project, tmp_path / "claims.claimdesk"),
        "claims.db": shutil.copyfile(project, tmp_path / "claims.db"),
        "claims": shutil.copyfile(project, tmp_path / "claims"),
        "plain.sqlite3": plain_sqlite_file(tmp_path / "plain.sqlite3"),
        "plain": shutil.copyfile(tmp_path / "plain.sqlite3", tmp_path / "plain"),
    }
    before = shutil.copyfile(project, tmp_path / "before.sqlite3")
    set_application_id(before, 0)  # a project made before Claimdesk wrote its id
    files["before.sqlite3"] = before
    expected = {name: PROJECT_TYPE for name in files}
    expected.update({"plain.sqlite3": SQLITE_TYPE, "plain": SQLITE_TYPE})
    expected["before.sqlite3"] = SQLITE_TYPE
    environment = {
        **os.environ,
        "LC_ALL": "C.UTF-8",  # gio's messages in English
        "XDG_DATA_HOME": str(installed),
        "XDG_DATA_DIRS": os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share",
    }
    qt = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys\n"
            "from PySide6.QtCore import QMimeDatabase\n"
            "types = QMimeDatabase()\n"
            "print(json.dumps({a: types.mimeTypeForFile(a).name() for a in sys.argv[1:]}))",
            *map(str, files.values()),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        check=False,
    )
    assert qt.returncode == 0, qt.stderr
    by_qt = json.loads(qt.stdout)
    assert {name: by_qt[str(path)] for name, path in files.items()} == expected

    gio = required_tool("gio")
    by_gio = {}
    for name, path in files.items():
        info = subprocess.run(
            [gio, "info", "-a", "standard::content-type", str(path)],
            capture_output=True,
            text=True,
            env=environment,
            check=True,
        )
        by_gio[name] = re.search(r"standard::content-type: (\S+)", info.stdout)[1]
    assert by_gio == expected
    # A double-click: the type's default application is the installed launcher.
    default = subprocess.run(
        [gio, "mime", PROJECT_TYPE], capture_output=True, text=True, env=environment, check=True
    )
    assert re.search(
        rf"Default application for \W*{PROJECT_TYPE}\W*: {APP_ID}\.desktop", default.stdout
    )


def test_make_uninstall_desktop_removes_what_it_installed(tmp_path):
    prefix = tmp_path / "share"
    for target in ("install-desktop", "uninstall-desktop"):
        subprocess.run(
            ["make", "-C", str(REPO), "-o", "venv", target, f"DESKTOP_PREFIX={prefix}"],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    left = sorted(str(path.relative_to(prefix)) for path in prefix.rglob("*") if path.is_file())
    assert not any(APP_ID in name for name in left), left
