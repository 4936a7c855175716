"""`claimdesk export` and `claimdesk import` end to end, as a user runs them in a terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.core.enums import Status
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.project import Project

from .factories import exported_content

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "CLAIMDESK_USER": "analyst", **env}
    environment.pop("CLAIMDESK_ORGANISATION", None)
    return subprocess.run(
        [sys.executable, "-m", "claimdesk", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=environment,
    )


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite3"
    assert cli("demo", "--db", str(db)).returncode == 0
    with Project.open(db, actor="analyst") as project:
        project.reviews.set_status([1], Status.FALSE, "Contradicted by later imagery.")
        project.reviews.set_status([5], Status.VERIFIED, "Confirmed by South Korean intelligence.")
    return db


def count_claims(db: Path) -> int:
    with Project.open(db, actor="analyst", create=False) as project:
        return project.project.info().counts["claims"]


def test_csv_exported_by_claimdesk_imports_back(demo, tmp_path):
    table = tmp_path / "claims.csv"
    done = cli("export", "--db", str(demo), "-f", "csv", "-o", str(table))
    assert done.returncode == 0, done.stderr
    target = tmp_path / "copy.sqlite3"
    imported = cli("import", "claims", str(table), "--db", str(target))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("Imported 17 claims; rejected 0 rows")
    assert count_claims(target) == 17
    broken = tmp_path / "broken.csv"
    broken.write_bytes("Aussage;Datum\nGeschütze;10.06.2025\n;2025-13\n".encode("cp1252"))
    refused = cli("import", "claims", str(broken), "--db", str(target))
    assert refused.returncode == 1 and "UTF-8" in refused.stderr
    assert "Traceback" not in refused.stderr and count_claims(target) == 17


def test_claimreview_round_trip_counts_duplicates(demo, tmp_path):
    reviews = tmp_path / "reviews.jsonld"
    done = cli(
        "export", "--db", str(demo), "-f", "claimreview", "-o", str(reviews),
        "--organisation", "Prüfdesk Nord",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    graph = json.loads(reviews.read_text(encoding="utf-8"))["@graph"]
    assert len(graph) == 2 and graph[0]["author"]["name"] == "Prüfdesk Nord"
    target = tmp_path / "reviews.sqlite3"
    first = cli("import", "claimreview", str(reviews), "--db", str(target))
    assert first.returncode == 0, first.stderr
    assert "2" in first.stdout.splitlines()[0]
    again = cli("import", "claimreview", str(reviews), "--db", str(target))
    assert again.returncode == 0 and "duplicate" in again.stdout
    assert count_claims(target) == 2
    missing = tmp_path / "missing.json"
    missing.write_text('[{"@type": "ClaimReview", "reviewRating": {"alternateName": "False"}}]')
    rejected = cli("import", "claimreview", str(missing), "--db", str(target))
    assert rejected.returncode == 0 and "rejected" in rejected.stdout
    assert "claimReviewed" in rejected.stdout


def preferences(folder: Path, organisation: str = "") -> dict[str, str]:
    """An environment whose Preferences (QSettings, as the window saves them) name this
    organisation, or none."""
    settings = folder / "config" / "Claimdesk" / "Claimdesk.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(
        f"[reports]\norganisation={organisation}\norganisation_url=https://desk.example\n"
    )
    return {"XDG_CONFIG_HOME": str(folder / "config")}


def test_claimreview_export_names_the_organisation_from_preferences(demo, tmp_path):
    out = tmp_path / "reviews.jsonld"
    args = ("export", "--db", str(demo), "-f", "claimreview", "-o", str(out))
    done = cli(*args, **preferences(tmp_path, "Desk Nord"))
    assert done.returncode == 0, done.stderr
    authors = [r["author"] for r in json.loads(out.read_text(encoding="utf-8"))["@graph"]]
    assert authors == [{"@type": "Organization", "name": "Desk Nord",
                        "url": "https://desk.example"}] * 2  # fmt: skip

    overridden = cli(*args, "--organisation", "Andere Redaktion", **preferences(tmp_path, "X"))
    assert overridden.returncode == 0, overridden.stderr
    graph = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    assert {r["author"]["name"] for r in graph} == {"Andere Redaktion"}

    out.unlink()
    refused = cli(*args, **preferences(tmp_path))
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "Preferences (Organisation)" in refused.stderr
    assert "--organisation" in refused.stderr and not out.exists()


def test_import_csv_maps_columns_and_reads_portuguese_verdicts(tmp_path):
    target = tmp_path / "checagens.sqlite3"
    done = cli(
        "import", "csv", str(FIXTURES / "checagens_pt.tsv"), "--db", str(target),
        "--map", "statement=texto_checado,claimed_on=data", "--map", "status=veredito",
        "--map", "claimant=autor", "--locale", "pt_BR",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Imported 12 claims; rejected 0 rows")
    with Project.open(target, actor="analyst", create=False) as project:
        false = ClaimFilter(statuses=frozenset({Status.FALSE}))
        assert len(project.reports.claim_ids(false)) == 4


@pytest.mark.parametrize(
    ("mapping", "named"),
    [
        ("statment=texto_checado", "'statment' is not a field"),
        ("statement=claimReviewed", "no column 'claimReviewed'"),
        ("statement", "--map: 'statement' is not FIELD=COLUMN"),
    ],
)
def test_a_bad_map_is_named_and_nothing_is_written(tmp_path, mapping, named):
    target = tmp_path / "never.sqlite3"
    refused = cli(
        "import", "csv", str(FIXTURES / "checagens_pt.tsv"), "--db", str(target), "--map", mapping
    )
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and named in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr and not target.exists()


def test_pdf_and_docx_from_the_command_line(demo, tmp_path):
    for name in ("pdf", "docx"):
        out = tmp_path / f"report.{name}"
        done = cli(
            "export", "--db", str(demo), "-f", name, "-o", str(out), "--group-by", "status",
            "--title", "Lagebild Nordkorea",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("Wrote 17 claims")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Lagebild Nordkorea" in text and "Status: False" in text


def test_project_json_round_trip_and_refusal(demo, tmp_path):
    first = tmp_path / "project.json"
    assert cli("export", "--db", str(demo), "-f", "json", "-o", str(first)).returncode == 0
    copy = tmp_path / "copy.sqlite3"
    imported = cli("import", "project", str(first), "--db", str(copy))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("Imported 17 claims")
    second = tmp_path / "again.json"
    assert cli("export", "--db", str(copy), "-f", "json", "-o", str(second)).returncode == 0

    def content(path: Path) -> dict:
        return exported_content(json.loads(path.read_text(encoding="utf-8")))

    assert content(first) == content(second)
    refused = cli("import", "project", str(first), "--db", str(copy))
    assert refused.returncode == 1 and "empty project" in refused.stderr
