"""An installed wheel finds its resources and migrations, not only an editable checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("claimdesk-*.whl")
    return built


def test_wheel_carries_resources_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "claimdesk/resources/demo/demo_project.json" in names
    # The German catalogue compiled at build time (hatch_build.py), not a committed copy.
    assert "claimdesk/resources/translations/claimdesk_de.qm" in names
    # The texts of the LGPL and GPL go with Qt (core/licences.py).
    assert "claimdesk/resources/licences/LGPL-3.0.txt" in names
    assert "claimdesk/core/migrations/env.py" in names
    assert "claimdesk/core/migrations/script.py.mako" in names
    assert any(n.startswith("claimdesk/core/migrations/versions/0001_") for n in names)
    assert not any(n.startswith("tests/") for n in names)


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed (without its dependencies, which the test environment has) into
    a folder of its own, to be put on PYTHONPATH."""
    target = tmp_path_factory.mktemp("site")
    install = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "install", "--no-deps", "-q"),
            *("--target", str(target), str(wheel)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    return target


def test_installed_wheel_runs_demo_from_its_own_files(installed, tmp_path):
    target = installed
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "import claimdesk, claimdesk.core.resources as r; print(claimdesk.__file__); "
            "print(r.resources_dir())",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=tmp_path,
    )
    module_file, resources = where.stdout.split()
    assert module_file.startswith(str(target))
    assert resources.startswith(str(target))
    db = tmp_path / "demo.sqlite3"
    demo = subprocess.run(
        [sys.executable, "-m", "claimdesk", "demo", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert demo.returncode == 0, demo.stderr
    info = subprocess.run(
        [sys.executable, "-m", "claimdesk", "info", "--db", str(db), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert json.loads(info.stdout)["counts"]["claims"] == 17


def test_installed_wheel_lists_the_licences_of_what_it_runs_on(installed, tmp_path):
    """Help → About and `claimdesk licences` follow the installed wheel's own metadata."""
    target = installed
    env = {**os.environ, "PYTHONPATH": str(target)}
    root = subprocess.run(
        [
            sys.executable,
            "-c",
            "import importlib.metadata as m; print(m.distribution('claimdesk').locate_file(''))",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=tmp_path,
    )
    assert Path(root.stdout.strip()) == target
    listed = subprocess.run(
        [sys.executable, "-m", "claimdesk", "licences", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert listed.returncode == 0, listed.stderr
    packages = {entry["name"]: entry for entry in map(json.loads, listed.stdout.splitlines())}
    assert {"SQLAlchemy", "babel", "Jinja2", "Qt", "packaging"} <= set(packages)
    assert "claimdesk" not in packages
    assert packages["Qt"]["licence"] == "LGPL-3.0-only"


WINDOW_PROBE = """
import sys
from PySide6.QtCore import QTimer
from claimdesk.ui.app import application, start
window = start(sys.argv[1])
app = application()
QTimer.singleShot(8000, app.quit)  # a project that never opens ends the probe
def check():
    if window.workspace is not None:
        print(window.menuBar().actions()[0].text())
        print(window.windowTitle())
        app.quit()
    else:
        QTimer.singleShot(50, check)
check()
app.exec()
"""


def test_python_m_build_makes_an_sdist_whose_wheel_installs_into_a_fresh_venv_and_runs(
    tmp_path,
):
    """`python -m build`: the sdist, and the wheel built from that sdist (so the sdist holds
    all a build needs), installed with its dependencies into a new virtual environment, runs
    `claimdesk --version`, `claimdesk demo` and the window (offscreen, in German)."""
    out = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    (sdist,) = out.glob("claimdesk-*.tar.gz")
    (wheel,) = out.glob("claimdesk-*.whl")
    assert "claimdesk/resources/translations/claimdesk_de.qm" in zipfile.ZipFile(wheel).namelist()

    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    install = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")},
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    claimdesk = str(venv / "bin" / "claimdesk")

    def run(*argv: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            argv, capture_output=True, text=True, env={**env, **extra}, timeout=180, cwd=tmp_path
        )

    version = run(claimdesk, "--version")
    assert version.returncode == 0 and version.stdout.startswith("claimdesk "), version.stderr
    db = tmp_path / "demo.sqlite3"
    demo = run(claimdesk, "demo", "--db", str(db), "--json")
    assert demo.returncode == 0, demo.stderr
    assert json.loads(demo.stdout)["counts"]["claims"] == 17
    window = run(str(venv / "bin" / "python"), "-c", WINDOW_PROBE, str(db), LANG="de_DE.UTF-8")
    assert window.returncode == 0, window.stderr[-2000:]
    menu, title = window.stdout.splitlines()[:2]
    assert menu == "&Datei"  # the wheel's own compiled catalogue
    assert "demo.sqlite3" in title
    assert sdist.stat().st_size > 0
