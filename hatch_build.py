"""Build hook: the wheel carries the compiled translations (.qm), made from the .ts files at
build time with Qt's lrelease, so that a stale compiled catalogue is never committed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> list[str]:
    """Qt's lrelease as PySide6 installs it (a build requirement)."""
    found = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if found:
        return [found]
    try:
        import PySide6
    except ImportError:
        raise RuntimeError("building Claimdesk needs PySide6 (its lrelease)") from None
    return [str(Path(PySide6.__file__).parent / "lrelease")]


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads resources/ of the checkout (make builds the .qm)
        out = Path(self.directory) / "translations"
        out.mkdir(parents=True, exist_ok=True)
        for catalogue in sorted((Path(self.root) / "resources" / "translations").glob("*.ts")):
            compiled = out / catalogue.with_suffix(".qm").name
            subprocess.run(
                [*lrelease(), "-silent", str(catalogue), "-qm", str(compiled)], check=True
            )
            build_data["force_include"][str(compiled)] = (
                f"claimdesk/resources/translations/{compiled.name}"
            )
