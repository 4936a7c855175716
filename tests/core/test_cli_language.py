"""The command line speaks the terminal's language: help, summaries and progress in German under
a German LANG; the --json output the same in every language; English as it was."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import claimdesk
from claimdesk import cli
from claimdesk.cli.exchange import step_text
from claimdesk.cli.words import terminal_language

REPO = Path(__file__).resolve().parents[2]
DESKTOP = Path(claimdesk.__file__).resolve().parents[1]
CATALOGUE = REPO / "resources" / "translations" / "claimdesk_de.ts"
# Every subcommand's help, and the top level's.
HELPS = [
    [],
    ["demo"],
    ["info"],
    ["import"],
    ["import", "article"],
    ["import", "claims"],
    ["import", "project"],
    ["import", "claimreview"],
    ["export"],
    ["search"],
    ["conflicts"],
    ["timeline"],
    ["suggest"],
    ["similar"],
    ["index"],
    ["backup"],
    ["backup", "create"],
    ["backup", "list"],
    ["backup", "restore"],
    ["migrate"],
    ["licences"],
]


def cli_messages() -> dict[str, str]:
    """The "Cli" context of the shipped catalogue: English source → German."""
    found = {}
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        if context.findtext("name") == "Cli":
            for message in context.iter("message"):
                found[message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


def english_fragments() -> list[str]:
    """The English words of the "Cli" strings that German words differently: whole strings, and
    of strings with placeholders the pieces between them; of two words at least, as a single
    word ("figures") may be an option's name (--figures)."""
    fragments = []
    for source, german in cli_messages().items():
        if source == german:
            continue  # "Schema", "%1 KB": the same in both languages
        for piece in re.split(r"%\d", source):
            piece = " ".join(piece.split())
            if " " in piece:
                fragments.append(piece)
    return fragments


def help_text(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    with pytest.raises(SystemExit) as ended:
        cli.main([*argv, "--help"])
    assert ended.value.code == 0
    out, _ = capsys.readouterr()
    return " ".join(out.split())


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse wraps help to $COLUMNS, breaking at hyphens; a wide terminal keeps every
    sentence on one line, whole for the comparison."""
    monkeypatch.setenv("COLUMNS", "1000")


@pytest.mark.usefixtures("wide")
@pytest.mark.parametrize("argv", HELPS, ids=lambda argv: " ".join(argv) or "claimdesk")
def test_german_help_holds_no_english_help_sentence(capsys, monkeypatch, argv):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    shown = help_text(capsys, argv)
    assert shown.startswith("Aufruf: claimdesk")
    assert "-h, --help diese Hilfe anzeigen und beenden" in shown
    assert "Optionen:" in shown and "options:" not in shown
    english = [piece for piece in english_fragments() if piece in shown]
    assert not english, english


@pytest.mark.usefixtures("wide")
def test_english_help_is_found_by_the_same_comparison(capsys):
    """The control: the comparison above sees English when there is English to see."""
    top, search = help_text(capsys, []), help_text(capsys, ["search"])
    assert top.startswith("usage: claimdesk")
    assert "-h, --help show this help message and exit" in top
    found = [piece for piece in english_fragments() if piece in top or piece in search]
    assert "Track, grade and verify claims made in news reporting." in found
    assert "find claims by words and filters" in found
    assert "Repeat an option to allow several values; different options all apply." in found
    assert len(found) >= 30


def test_a_wrong_command_line_is_refused_in_german(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    with pytest.raises(SystemExit) as ended:
        cli.main(["export"])
    assert ended.value.code == cli.EXIT_USAGE
    _, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert lines[0].startswith("Aufruf: claimdesk export ")
    # argparse's own message stays Python's English (cli/parser.py says why).
    assert lines[-1].startswith("claimdesk export: Fehler: the following arguments are required")


def test_demo_info_and_migrate_speak_german(capsys, monkeypatch, tmp_path, cli_log):
    db = str(tmp_path / "demo.sqlite3")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    status, out, _ = run(capsys, "demo", "--db", db)
    assert status == 0
    summary = f"Demoprojekt in {db} angelegt: 9 Quellen, 1 Artikel, 17 Behauptungen, 7 Belege."
    assert out == summary + "\n"
    status, out, _ = run(capsys, "info", "--db", db)
    assert out.splitlines()[0] == f"Datenbank:    {db} (SQLite)"
    assert "(aktuell)" in out and "Behauptungen: 17" in out and "Prüfungen:    2" in out
    status, out, _ = run(capsys, "migrate", "--db", db)
    assert out.startswith(f"{db} ist aktuell (Schema ")


def test_search_export_and_conflicts_speak_german(capsys, monkeypatch, tmp_path, cli_log):
    db = str(tmp_path / "demo.sqlite3")
    run(capsys, "demo", "--db", db)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    status, out, _ = run(capsys, "search", "soldiers", "--db", db)
    assert status == 0 and out.endswith("(1–4 von 4 Behauptungen)\n")
    status, out, _ = run(capsys, "search", "zzzznothing", "--db", db)
    assert out == "Keine Behauptungen gefunden.\n(0 Behauptungen)\n"
    target = tmp_path / "claims.csv"
    status, out, _ = run(capsys, "export", "-f", "csv", "-o", str(target), "--db", db)
    size = f"{target.stat().st_size / 1024:.1f}".replace(".", ",")
    assert out == f"17 Behauptungen nach {target} geschrieben ({size} KB).\n"
    status, out, _ = run(capsys, "conflicts", "--detect", "--db", db)
    assert "#9 etwa 11.000 North Korean soldiers" in out  # numbers as German writes them


def test_option_errors_speak_german(capsys, monkeypatch, tmp_path, cli_log):
    db = str(tmp_path / "demo.sqlite3")
    run(capsys, "demo", "--db", db)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    status, _, err = run(capsys, "search", "--limit", "ten", "--db", db)
    assert status == 1 and err == "claimdesk: --limit: „ten“ ist keine ganze Zahl\n"
    status, _, err = run(capsys, "search", "--claimant", "Nobody", "--db", db)
    assert err == "claimdesk: --claimant: keine Quelle heißt „Nobody“\n"


@pytest.mark.parametrize(
    "argv",
    [["info", "--json"], ["search", "soldiers", "--json"], ["search", "--json", "--limit", "3"]],
    ids=" ".join,
)
def test_json_is_the_same_in_every_language(capsys, monkeypatch, tmp_path, cli_log, argv):
    db = str(tmp_path / "demo.sqlite3")
    run(capsys, "demo", "--db", db)
    outputs = []
    for language in ("C.UTF-8", "de_DE.UTF-8"):
        monkeypatch.setenv("LANG", language)
        status, out, err = run(capsys, *argv, "--db", db)
        assert status == 0, err
        outputs.append(out.encode("utf-8"))
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[1])


def test_demo_json_is_the_same_in_every_language(capsys, monkeypatch, tmp_path, cli_log):
    db = tmp_path / "demo.sqlite3"
    outputs = []
    for language in ("C.UTF-8", "de_DE.UTF-8"):
        db.unlink(missing_ok=True)
        monkeypatch.setenv("LANG", language)
        status, out, err = run(capsys, "demo", "--json", "--db", str(db))
        assert status == 0, err
        outputs.append(out.encode("utf-8"))
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["counts"]["claims"] == 17


def core_progress_messages() -> list[str]:
    """The fixed progress messages the core's jobs give (Progress(done, total, "…"))."""
    messages = set()
    for path in (DESKTOP / "claimdesk" / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        messages.update(re.findall(r'Progress\([^()"]*,\s*"([^"]+)"\)', text))
    return sorted(messages)


def test_every_progress_step_of_the_core_has_german_words():
    messages = core_progress_messages()
    assert "Writing claims" in messages and "Backing up" in messages
    with terminal_language("de_DE"):
        untranslated = [message for message in messages if step_text(message) == message]
        assert step_text("writing claim_relations") == "Beziehungen werden geschrieben"
        assert step_text("reading project.json") == "project.json wird gelesen"
    assert not untranslated, untranslated
    assert [step_text(message) for message in messages] == messages  # English as it was


def test_a_real_german_terminal_gets_german_help():
    environment = {
        **os.environ,
        "LANG": "de_DE.UTF-8",
        "LC_ALL": "",
        "LC_MESSAGES": "",
        "LANGUAGE": "",
        "PYTHONPATH": str(DESKTOP),
        "QT_QPA_PLATFORM": "offscreen",
    }
    finished = subprocess.run(
        [sys.executable, "-m", "claimdesk", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.startswith("Aufruf: claimdesk")
    described = "Behauptungen aus der Berichterstattung erfassen, bewerten und prüfen."
    assert described in finished.stdout
    assert "show this help message" not in finished.stdout


def test_a_report_without_a_title_is_titled_in_its_language(capsys, monkeypatch, tmp_path):
    db = tmp_path / "demo.sqlite3"
    assert cli.main(["demo", "--db", str(db)]) == 0
    for locale, title in (("de", "Bericht zu Behauptungen"), ("en", "Claims report")):
        out = tmp_path / f"report-{locale}.html"
        argv = ["export", "--db", str(db), "-f", "html", "-o", str(out), "--locale", locale]
        assert cli.main(argv) == 0
        assert f"<title>{title}</title>" in out.read_text(encoding="utf-8")
    capsys.readouterr()


def test_a_mistyped_command_is_named_as_one(capsys, tmp_path):
    """`claimdesk serch --db x` is a command nobody has, not a project given twice."""
    with pytest.raises(SystemExit) as ended:
        cli.main(["serch", "--db", str(tmp_path / "x.sqlite3")])
    assert ended.value.code == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "invalid choice: 'serch'" in err and "--db" not in err.splitlines()[-1]
