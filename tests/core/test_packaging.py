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


def test_installed_wheel_runs_demo_from_its_own_files(wheel, tmp_path):
    target = tmp_path / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
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


def test_installed_wheel_lists_the_licences_of_what_it_runs_on(wheel, tmp_path):
    """Help → About and `claimdesk licences` follow the installed wheel's own metadata."""
    target = tmp_path / "site"
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
