"""The core knows no screen: it never imports Qt, directly or through anything it imports."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import claimdesk.core

REPO = Path(__file__).resolve().parents[2]


def core_modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(claimdesk.core.__path__, "claimdesk.core.")
        if ".migrations" not in info.name
    )


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--config", str(REPO / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken" in result.stdout


def test_importing_every_core_module_loads_no_qt():
    modules = core_modules()
    assert "claimdesk.core.services.claims" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
