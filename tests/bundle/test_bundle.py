"""The PyInstaller bundle (dist/claimdesk/, `make bundle`) run as a user without Python runs it.

Each test starts dist/claimdesk/claimdesk as a process, in a scratch home, and checks one thing
the bundle must carry: the migrations, the demo data, the report templates and fonts, babel's
locale data, Qt's PDF writer, the sentence model inside wordllama's folder, article capture
(trafilatura, jusText, lxml), psycopg's binary driver, the German catalogue and the window with
its Qt plugins. Marked ``bundle`` and left out of `make test`; `make test-bundle` builds the
bundle when it is missing or older than the sources and runs them. Without a bundle they skip,
except under CI=true, where they fail.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import QTranslator

from claimdesk import __version__
from claimdesk.core.revisions import head_revision

from ..core.web_pages import REPORT_BODY, news_page

pytestmark = pytest.mark.bundle

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "claimdesk" / "claimdesk"
INTERNAL = BUNDLE.parent / "_internal"
DEMO_COUNTS = {"sources": 9, "articles": 1, "claims": 17, "citations": 7, "reviews": 2}
TIMEOUT_S = 120


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def bundle() -> Path:
    if not os.access(BUNDLE, os.X_OK):
        message = "no bundle in dist/claimdesk: `make test-bundle` builds it"
        if _in_ci():
            pytest.fail(f"CI=true: {message}")
        pytest.skip(message)
    return BUNDLE


@pytest.fixture(scope="session")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Settings, data and logs of the bundle's processes: never the user's."""
    return tmp_path_factory.mktemp("home")


def environment(home: Path, **extra: str) -> dict[str, str]:
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "CLAIMDESK_", "LC_", "LANG"))
    }
    environ.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        CLAIMDESK_USER="tester",
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
    )
    environ.update(extra)
    return environ


def log_file(home: Path) -> Path:
    """Where the bundle logs (platformdirs' user log folder below XDG_STATE_HOME)."""
    return home / "state" / "Claimdesk" / "log" / "claimdesk.log"


@pytest.fixture(scope="session")
def run(bundle: Path, home: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundle), *args],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            env=environment(home, **extra),
            cwd=home,
        )

    return run


@pytest.fixture(scope="session")
def demo(run, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project, created once by the bundle: migrations, demo data, sentence vectors."""
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    created = run("demo", "--db", str(db), "--json")
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout) == {"database": str(db), "counts": DEMO_COUNTS}
    return db


def test_version(run):
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"claimdesk {__version__}"


def test_info_reads_the_demo_at_the_head_revision(run, demo):
    result = run("info", "--db", str(demo), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "database": str(demo),
        "revision": head_revision(),
        "counts": DEMO_COUNTS,
    }


def test_search_finds_a_german_word_of_the_demo(run, demo):
    result = run("search", "Soldaten", "--db", str(demo), "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["total"] >= 1
    assert any("North Korean soldiers" in claim["statement"] for claim in found["claims"])


def test_similar_matches_by_meaning_with_the_bundled_model(run, demo):
    """A match's reasons include "similar meaning" only when the sentence model was loaded
    from the wordllama folder inside the bundle."""
    result = run("similar", "11.000 nordkoreanische Soldaten in Kursk", "--db", str(demo), "--json")
    assert result.returncode == 0, result.stderr
    matches = [json.loads(line) for line in result.stdout.splitlines()]
    assert matches
    assert any(
        reason.startswith("similar meaning") for match in matches for reason in match["reasons"]
    ), matches


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_template_reports_format_for_german_readers(run, demo, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    result = run("export", "--db", str(demo), "-f", fmt, "-o", str(out), "--locale", "de")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "11.000 North Korean soldiers" in text  # babel's German number format
    assert "Dezember" in text  # and its German month names


def test_pdf_report_is_painted_by_qt_with_fonts(run, demo, tmp_path):
    out = tmp_path / "report.pdf"
    result = run("export", "--db", str(demo), "-f", "pdf", "-o", str(out), "--group-by", "status")
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    assert reader.pages[0]["/Resources"]["/Font"]  # text, not boxes: a font was embedded
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Kursk" in text and "17 claims" in text


def test_word_report_carries_python_docx_templates(run, demo, tmp_path):
    out = tmp_path / "report.docx"
    result = run("export", "--db", str(demo), "-f", "docx", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = "\n".join(paragraph.text for paragraph in Document(str(out)).paragraphs)
    assert "North Korean soldiers" in text


def test_article_capture_from_a_saved_page(run, tmp_path):
    page = tmp_path / "kursk.html"
    page.write_text(news_page("Tausende Soldaten in Kursk", REPORT_BODY), encoding="utf-8")
    db = tmp_path / "capture.sqlite3"
    result = run("import", "article", str(page), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["title"] == "Tausende Soldaten in Kursk"
    assert article["language"] == "de"
    assert article["authors"] == ["Anna Schmidt"]
    assert "11.000 nordkoreanische Soldaten" in article["text"]
    assert "Impressum" not in article["text"]  # the page's furniture was left out


@pytest.mark.postgresql
def test_demo_on_postgresql_through_the_bundled_driver(run, postgres):
    url = postgres.create_database(migrated=False)
    result = run("demo", "--db", url, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"] == DEMO_COUNTS


def test_the_german_catalogue_is_where_the_bundle_looks(bundle):
    qm = INTERNAL / "claimdesk" / "resources" / "translations" / "claimdesk_de.qm"
    translator = QTranslator()
    assert translator.load(str(qm)), f"no German catalogue at {qm}"
    assert translator.translate("Messages", "line %1") == "Zeile %1"
    assert translator.translate("MainWindow", "Cannot open project") == (
        "Projekt kann nicht geöffnet werden"
    )


def test_a_german_terminal_reads_the_same_error_as_from_python(run, tmp_path):
    """The bundle words an error as the installed code does, in the terminal's language."""
    missing = str(tmp_path / "missing.sqlite3")
    german = {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"}
    frozen = run("info", "--db", missing, **german)
    from_python = subprocess.run(
        [sys.executable, "-m", "claimdesk", "info", "--db", missing],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        env=environment(tmp_path, PYTHONPATH=str(REPO / "desktop"), **german),
    )
    assert frozen.returncode == from_python.returncode == 1
    assert frozen.stderr == from_python.stderr
    assert frozen.stderr.startswith("claimdesk: ") and "Traceback" not in frozen.stderr


def test_window_opens_the_demo_offscreen_and_stays_up(bundle, demo, tmp_path):
    home = tmp_path / "window-home"
    db = tmp_path / "window.sqlite3"
    shutil.copy(demo, db)
    log = log_file(home)
    process = subprocess.Popen(
        [str(bundle), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(home, LANG="de_DE.UTF-8"),
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while f"opened {db}" not in (log.read_text(encoding="utf-8") if log.exists() else ""):
            assert process.poll() is None, "the window closed before it opened the project"
            assert time.monotonic() < deadline, "the window did not open the project"
            time.sleep(0.05)
        time.sleep(3)  # the model warms up and the first pages are read meanwhile
        assert process.poll() is None, "the window closed by itself"
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert "Traceback" not in err and "claimdesk:" not in err, err
    problems = [
        line
        for line in log.read_text(encoding="utf-8").splitlines()
        if " WARNING " in line or " ERROR " in line or " CRITICAL " in line
    ]
    assert not problems


def test_bundle_leaves_out_what_claimdesk_does_not_use(bundle):
    qt = INTERNAL / "PySide6" / "Qt"
    platforms = {path.name for path in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= platforms
    assert not platforms & {"libqeglfs.so", "libqlinuxfb.so", "libqvnc.so"}
    assert (qt / "plugins" / "imageformats" / "libqsvg.so").exists()
    assert (qt / "plugins" / "iconengines" / "libqsvgicon.so").exists()
    assert not (qt / "plugins" / "platformthemes" / "libqgtk3.so").exists()
    languages = {path.stem.rpartition("_")[2] for path in (qt / "translations").glob("*.qm")}
    assert languages <= {"de", "en"}
    assert not list(INTERNAL.glob("**/tkinter")) and not list(INTERNAL.glob("**/_tkinter*"))
