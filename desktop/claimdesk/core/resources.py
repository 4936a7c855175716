"""Where the plain-file resources (templates, icons, translations, demo data) are.

An installed wheel carries them inside the package (claimdesk/resources); a source checkout
keeps them at the top of the repository. Both are found without configuration.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def resources_dir() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent.parent / "resources"):
        if (candidate / "demo").is_dir():
            return candidate
    raise FileNotFoundError(
        f"Claimdesk resources are missing: looked in {_PACKAGE / 'resources'} and "
        f"{_PACKAGE.parent.parent / 'resources'}; reinstall Claimdesk"
    )


def resource(*parts: str) -> Path:
    """A file below the resources directory, e.g. resource("templates", "report.html.j2")."""
    return resources_dir().joinpath(*parts)
