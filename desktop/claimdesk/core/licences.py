"""The third-party software Claimdesk runs on, and the licences it comes under.

The list is the dependency closure of the installed ``claimdesk`` distribution as
importlib.metadata sees it: each ``Requires-Dist`` whose environment marker holds here (and
whose extra was asked for) is followed to the distribution installed under that name, which
is what the interpreter imports, in an editable checkout and in an installed wheel alike.
Qt itself is added: it comes inside the PySide6-Essentials wheel and is used under the GNU
LGPL version 3.

Reading the list costs the metadata only (a few hundredths of a second); a package's licence
texts are looked up and read when someone asks for them.
"""

from __future__ import annotations

import importlib.metadata as metadata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath

from packaging.markers import InvalidMarker, UndefinedComparison, UndefinedEnvironmentName
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from .resources import resource

APPLICATION = "claimdesk"
# The developers' tools (pytest, ruff, …) are installed beside Claimdesk, never run by it.
TOOLING_EXTRAS = frozenset({"dev"})
# Names a licence file starts with, in the distribution's metadata folder.
LICENCE_FILE_PREFIXES = ("LICENSE", "LICENCE", "COPYING", "NOTICE")
# A License field longer than this, or on several lines, is a licence text, not a name.
SHORT_LICENCE = 100
# A licence file is a few kilobytes; GPL texts about 35. Nothing sensible is larger.
MAX_LICENCE_BYTES = 512 * 1024

QT_NAME = "Qt"
QT_LICENCE = "LGPL-3.0-only"
QT_HOMEPAGE = "https://www.qt.io/"
QT_WHEEL = "pyside6-essentials"
# The LGPL is the GPL's text plus additional permissions: a copy of both goes with Qt.
LGPL_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")


@dataclass(frozen=True, slots=True)
class LicenceText:
    """One licence file: its name (as the distribution lists it) and its text."""

    file: str
    text: str


@dataclass(frozen=True, slots=True)
class ThirdPartyPackage:
    """A distribution Claimdesk runs on: what it is, which version, under which licence."""

    name: str
    version: str
    #: An SPDX expression when the package gives one, else its License field or classifiers;
    #: "" when it names none.
    licence: str
    homepage: str | None
    read_texts: Callable[[], tuple[LicenceText, ...]] = field(repr=False, compare=False)

    def licence_texts(self) -> tuple[LicenceText, ...]:
        """The package's licence files, read now (empty when it ships none)."""
        return self.read_texts()


def third_party_packages(root: str = APPLICATION) -> tuple[ThirdPartyPackage, ...]:
    """Every distribution ``root`` depends on, directly or not, plus Qt; sorted by name.

    Empty when ``root`` is not installed (Claimdesk run from a checkout that was never
    installed knows no metadata to follow).
    """
    packages = [_package(dist) for dist in dependency_closure(root)]
    wheel = next((p for p in packages if canonicalize_name(p.name) == QT_WHEEL), None)
    if wheel is not None:
        packages.append(_qt_package(wheel.version))
    return tuple(sorted(packages, key=lambda package: package.name.casefold()))


def dependency_closure(root: str) -> list[metadata.Distribution]:
    """The installed distributions ``root`` requires, recursively, without ``root`` itself.

    A requirement counts when its marker holds in this interpreter, for the base package or
    for one of the extras asked of it; one whose distribution is not installed is skipped
    (an optional extra nobody installed). ``root``'s own extras count when installed, except
    the developers' tools.
    """
    try:
        start = metadata.distribution(root)
    except metadata.PackageNotFoundError:
        return []
    own_extras = {
        canonicalize_name(extra) for extra in start.metadata.get_all("Provides-Extra") or ()
    }
    root_key = canonicalize_name(root)
    dists = {root_key: start}
    asked = {root_key: own_extras - TOOLING_EXTRAS}
    pending = [(start, asked[root_key])]
    while pending:
        dist, extras = pending.pop()
        for requirement in _requirements(dist, extras):
            key = canonicalize_name(requirement.name)
            wanted = {canonicalize_name(extra) for extra in requirement.extras}
            if key in dists:
                new = wanted - asked[key]
                if new:  # the same package again, now with more of its extras
                    asked[key] |= new
                    pending.append((dists[key], new))
                continue
            dependency = _installed(requirement.name)
            if dependency is None:
                continue
            dists[key], asked[key] = dependency, wanted
            pending.append((dependency, wanted))
    del dists[root_key]
    return list(dists.values())


def _requirements(dist: metadata.Distribution, extras: Iterable[str]) -> list[Requirement]:
    """The requirements of ``dist`` that apply here, for its base and the given extras."""
    environments = [{"extra": ""}, *({"extra": extra} for extra in extras)]
    applying = []
    for line in dist.requires or ():
        try:
            requirement = Requirement(line)
            if requirement.marker is None or any(
                requirement.marker.evaluate(environment) for environment in environments
            ):
                applying.append(requirement)
        except (InvalidRequirement, InvalidMarker, UndefinedComparison, UndefinedEnvironmentName):
            continue  # a line this packaging cannot read names nothing we could follow
    return applying


def _installed(name: str) -> metadata.Distribution | None:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None


def _package(dist: metadata.Distribution) -> ThirdPartyPackage:
    fields = dist.metadata
    return ThirdPartyPackage(
        name=fields["Name"] or "",
        version=dist.version,
        licence=licence_name(fields),
        homepage=homepage(fields),
        read_texts=partial(_distribution_texts, dist),
    )


def licence_name(fields: metadata.PackageMetadata) -> str:
    """License-Expression; else a short License field; else the License :: classifiers."""
    expression = (fields.get("License-Expression") or "").strip()
    if expression:
        return expression
    text = (fields.get("License") or "").strip()
    if text and _is_short(text):
        return text
    classified = [
        parts[-1]
        for classifier in fields.get_all("Classifier") or ()
        if (parts := [part.strip() for part in classifier.split("::")])[0] == "License"
        and len(parts) > 1
        and parts[-1] != "OSI Approved"
    ]
    if classified:
        return "; ".join(dict.fromkeys(classified))
    # A License field holding the whole text usually starts with its name ("MIT License").
    first_line = text.splitlines()[0].strip() if text else ""
    return first_line if len(first_line) <= SHORT_LICENCE // 2 else ""


def homepage(fields: metadata.PackageMetadata) -> str | None:
    """Home-page, else the Project-URL labelled as the home page, else the source's."""
    if fields.get("Home-page"):
        return fields["Home-page"].strip()
    urls: dict[str, str] = {}
    for entry in fields.get_all("Project-URL") or ():
        label, _, url = entry.partition(",")
        key = "".join(char for char in label.casefold() if char.isalnum())
        urls.setdefault(key, url.strip())
    for key in ("homepage", "home", "source", "sourcecode", "repository", "code"):
        if urls.get(key):
            return urls[key]
    return None


def _is_short(text: str) -> bool:
    return len(text) <= SHORT_LICENCE and "\n" not in text


def _distribution_texts(dist: metadata.Distribution) -> tuple[LicenceText, ...]:
    files = licence_files(dist)
    texts = tuple(
        LicenceText(name, text) for name, path in files if (text := _read(path)) is not None
    )
    if texts:
        return texts
    field_text = (dist.metadata.get("License") or "").strip()
    if field_text and not _is_short(field_text):
        return (LicenceText("License", field_text),)
    if "LGPL-3.0" in licence_name(dist.metadata):
        # PySide6 and shiboken6 ship no licence file; the LGPL asks for its text to go along.
        return _bundled_lgpl()
    return ()


def licence_files(dist: metadata.Distribution) -> list[tuple[str, Path]]:
    """The licence files a distribution installed: its License-File entries and the
    LICENSE*, LICENCE*, COPYING* and NOTICE* files in its metadata folder."""
    entries = [PurePosixPath(entry) for entry in dist.metadata.get_all("License-File") or ()]
    chosen: list[tuple[str, Path]] = []
    for file in dist.files or ():
        path = PurePosixPath(file.as_posix())
        in_metadata = bool(path.parts) and path.parts[0].endswith((".dist-info", ".egg-info"))
        if not in_metadata:
            continue
        inside = PurePosixPath(*path.parts[1:])
        # Metadata 2.4 keeps them under licenses/ by their path in the source tree.
        relative = PurePosixPath(*inside.parts[1:]) if inside.parts[:1] == ("licenses",) else inside
        if (
            relative in entries
            or inside in entries
            or path.name.upper().startswith(LICENCE_FILE_PREFIXES)
        ):
            chosen.append((str(relative), Path(str(file.locate()))))
    order = {entry: index for index, entry in enumerate(entries)}
    chosen.sort(key=lambda item: (order.get(PurePosixPath(item[0]), len(order)), item[0]))
    return chosen


def _read(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_LICENCE_BYTES)
    except OSError:
        return None
    return data.decode("utf-8", errors="replace")


def _bundled_lgpl() -> tuple[LicenceText, ...]:
    texts = []
    for name in LGPL_TEXTS:
        text = _read(resource("licences", name))
        if text is not None:
            texts.append(LicenceText(name, text))
    return tuple(texts)


def _qt_package(pyside_version: str) -> ThirdPartyPackage:
    # PySide6's wheels carry the Qt of their own version (a fourth part is a rebuild).
    version = ".".join(pyside_version.split(".")[:3])
    return ThirdPartyPackage(QT_NAME, version, QT_LICENCE, QT_HOMEPAGE, _bundled_lgpl)
