"""The third-party packages Claimdesk runs on: the installed closure of its requirements, each
with a version, a licence and, when it ships one, the licence's text; and `claimdesk licences`."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from packaging.utils import canonicalize_name

from claimdesk.core.licences import QT_NAME, dependency_closure, third_party_packages


@pytest.fixture(scope="module")
def packages():
    return {package.name: package for package in third_party_packages()}


def test_the_closure_holds_what_claimdesk_imports_and_qt(packages):
    keys = {canonicalize_name(name) for name in packages}
    direct = {"sqlalchemy", "alembic", "babel", "jinja2", "pyside6-essentials", "numpy"}
    assert direct <= keys
    # Requirements of requirements, and Qt's own bindings.
    assert {"markupsafe", "mako", "shiboken6"} <= keys
    assert QT_NAME in packages
    # Claimdesk itself is no third party; the developers' tools are installed, never run.
    assert "claimdesk" not in keys
    assert not {"pytest", "ruff", "hypothesis", "pytest-qt"} & keys


def test_every_package_has_a_version_and_the_list_is_sorted_by_name(packages):
    listed = list(packages.values())
    assert all(package.version for package in listed)
    names = [package.name.casefold() for package in listed]
    assert names == sorted(names)
    # Nearly every package names its licence; the list is not just names.
    assert sum(bool(package.licence) for package in listed) >= len(listed) - 2


def test_licence_texts_are_read_from_the_distributions(packages):
    (jinja,) = packages["Jinja2"].licence_texts()
    assert jinja.file.startswith("LICENSE")
    assert "Redistribution and use in source and binary forms" in jinja.text
    sqlalchemy = packages["SQLAlchemy"]
    assert sqlalchemy.licence == "MIT"
    assert "Permission is hereby granted" in sqlalchemy.licence_texts()[0].text


def test_qt_and_its_bindings_come_with_the_lgpl(packages):
    qt = packages[QT_NAME]
    pyside = next(p for p in packages.values() if canonicalize_name(p.name) == "pyside6-essentials")
    assert qt.licence == "LGPL-3.0-only"
    assert qt.version == ".".join(pyside.version.split(".")[:3])
    assert "LGPL-3.0" in pyside.licence
    for package in (qt, pyside):
        texts = {text.file: text.text for text in package.licence_texts()}
        # The LGPL is a set of permissions on top of the GPL: both texts go along.
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in texts["LGPL-3.0.txt"]
        assert "GNU GENERAL PUBLIC LICENSE" in texts["GPL-3.0.txt"]


# Distributions made for the test: real .dist-info folders on sys.path, read by importlib.


def make_dist(site: Path, name: str, version: str = "1.0", *, headers=(), files=None) -> Path:
    """A .dist-info folder with METADATA (the given headers) and a RECORD of its files."""
    folder = site / f"{name.replace('-', '_')}-{version}.dist-info"
    folder.mkdir(parents=True)
    lines = ["Metadata-Version: 2.4", f"Name: {name}", f"Version: {version}"]
    lines += [f"{key}: {value}" for key, value in headers]
    (folder / "METADATA").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    record = [f"{folder.name}/METADATA,,", f"{folder.name}/RECORD,,"]
    for relative, text in (files or {}).items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        record.append(f"{folder.name}/{relative},,")
    (folder / "RECORD").write_text("\n".join(record) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    importlib.invalidate_caches()
    return folder


def test_markers_and_extras_decide_what_is_followed(site):
    make_dist(
        site,
        "cdt-app",
        headers=[
            ("Requires-Dist", "cdt-base>=1"),
            ("Requires-Dist", 'cdt-windows; sys_platform == "win32-never"'),
            ("Requires-Dist", "cdt-server[fast]; extra == 'server'"),
            ("Requires-Dist", "cdt-absent; extra == 'server'"),
            ("Requires-Dist", "cdt-pytest; extra == 'dev'"),
            ("Provides-Extra", "server"),
            ("Provides-Extra", "dev"),
        ],
    )
    make_dist(site, "cdt-base", headers=[("Requires-Dist", "cdt-app")])  # a cycle back
    make_dist(site, "cdt-windows")
    make_dist(
        site,
        "cdt-server",
        headers=[
            ("Requires-Dist", "cdt-speedups; extra == 'fast'"),
            ("Requires-Dist", "cdt-docs; extra == 'docs'"),
            ("Provides-Extra", "fast"),
            ("Provides-Extra", "docs"),
        ],
    )
    make_dist(site, "cdt-speedups")
    make_dist(site, "cdt-docs")
    make_dist(site, "cdt-pytest")
    names = sorted(dist.metadata["Name"] for dist in dependency_closure("cdt-app"))
    # The marker for another platform, the extra nobody asked for (docs), the developers'
    # extra and a requirement that is not installed (cdt-absent) are all left out.
    assert names == ["cdt-base", "cdt-server", "cdt-speedups"]
    assert dependency_closure("cdt-not-installed") == []


def test_licence_names_and_texts_follow_the_metadata(site):
    mit = "MIT License\n\nCopyright (c) 2024 Someone\n\nPermission is hereby granted …"
    make_dist(
        site,
        "cdt-app",
        headers=[
            ("Requires-Dist", f"cdt-{name}")
            for name in ("expression", "field", "classified", "long", "none", "plain")
        ],
    )
    make_dist(
        site,
        "cdt-expression",
        headers=[
            ("License-Expression", "Apache-2.0 OR BSD-2-Clause"),
            ("License", "ignored when an expression is given"),
            ("License-File", "LICENSE.APACHE"),
            ("License-File", "vendor/thing/COPYING"),
            ("Project-URL", "Source, https://example.org/source"),
            ("Project-URL", "Homepage, https://example.org/"),
        ],
        files={
            "licenses/LICENSE.APACHE": "Apache text",
            "licenses/vendor/thing/COPYING": "vendored text",
        },
    )
    make_dist(
        site,
        "cdt-field",
        headers=[("License", "BSD 3-Clause"), ("Home-page", "https://field.example.org")],
        files={"LICENSE.txt": "BSD text", "NOTICE": "notice text", "README": "not a licence"},
    )
    make_dist(
        site,
        "cdt-classified",
        headers=[
            ("Classifier", "License :: OSI Approved :: MIT License"),
            ("Classifier", "License :: OSI Approved"),
            ("Classifier", "Programming Language :: Python"),
        ],
    )
    # A whole licence in the License field (folded continuation lines, as email headers are).
    make_dist(site, "cdt-long", headers=[("License", mit.replace("\n", "\n        "))])
    make_dist(site, "cdt-none")
    make_dist(site, "cdt-plain", headers=[("License", "LGPL-3.0-only")])
    found = {package.name: package for package in third_party_packages("cdt-app")}
    assert list(found) == [
        "cdt-classified",
        "cdt-expression",
        "cdt-field",
        "cdt-long",
        "cdt-none",
        "cdt-plain",
    ]  # no Qt: this application does not run on PySide6

    expression = found["cdt-expression"]
    assert expression.licence == "Apache-2.0 OR BSD-2-Clause"
    assert expression.homepage == "https://example.org/"
    assert [(t.file, t.text) for t in expression.licence_texts()] == [
        ("LICENSE.APACHE", "Apache text"),
        ("vendor/thing/COPYING", "vendored text"),
    ]
    field = found["cdt-field"]
    assert (field.licence, field.homepage) == ("BSD 3-Clause", "https://field.example.org")
    assert [t.file for t in field.licence_texts()] == ["LICENSE.txt", "NOTICE"]
    assert found["cdt-classified"].licence == "MIT License"
    assert found["cdt-classified"].licence_texts() == ()
    long = found["cdt-long"]
    assert long.licence == "MIT License"
    assert "Permission is hereby granted" in long.licence_texts()[0].text
    assert (found["cdt-none"].licence, found["cdt-none"].homepage) == ("", None)
    # LGPL without a text of its own gets the texts Claimdesk carries.
    plain = [t.file for t in found["cdt-plain"].licence_texts()]
    assert plain == ["LGPL-3.0.txt", "GPL-3.0.txt"]


def test_licence_texts_are_read_when_asked_for(site):
    make_dist(site, "cdt-app", headers=[("Requires-Dist", "cdt-lib")])
    folder = make_dist(site, "cdt-lib", headers=[("License", "MIT")], files={"LICENSE": "old"})
    (package,) = third_party_packages("cdt-app")
    (folder / "LICENSE").write_text("new", encoding="utf-8")
    assert package.licence_texts()[0].text == "new"


# The command line, in process.


def test_cli_lists_name_version_and_licence(capsys, cli_log, packages):
    from claimdesk.cli import main

    assert main(["licences"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Name", "Version", "Licence"]
    assert len(lines) == len(packages) + 1
    jinja = next(line for line in lines if line.startswith("Jinja2 "))
    assert jinja.split()[:2] == ["Jinja2", packages["Jinja2"].version]
    assert packages["Jinja2"].licence in jinja


def test_cli_json_prints_one_object_per_package(capsys, cli_log, packages):
    from claimdesk.cli import main

    assert main(["licences", "--json"]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [entry["name"] for entry in printed] == list(packages)
    assert all(set(entry) == {"name", "version", "licence", "homepage"} for entry in printed)
    qt = next(entry for entry in printed if entry["name"] == QT_NAME)
    assert qt == {
        "name": "Qt",
        "version": packages[QT_NAME].version,
        "licence": "LGPL-3.0-only",
        "homepage": "https://www.qt.io/",
    }


def test_cli_full_prints_the_licence_texts(capsys, cli_log):
    from claimdesk.cli import main

    assert main(["licences", "--full"]) == 0
    out = capsys.readouterr().out
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in out
    assert "Redistribution and use in source and binary forms" in out
    assert main(["licences", "--json", "--full"]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    jinja = next(entry for entry in printed if entry["name"] == "Jinja2")
    assert "Redistribution and use" in jinja["texts"][0]["text"]
