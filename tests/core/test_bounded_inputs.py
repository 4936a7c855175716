"""Files and project files from anyone: read within limits, checked like typed input.

Every import command refuses a device, a FIFO with no writer and a folder at once, with one
line; a project file whose stored page inflates to gigabytes is refused in moments without
the memory; values the forms would refuse are refused in a project file too, naming the row.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from claimdesk import cli
from claimdesk.core.bounded import InputError, check_inflates, inflate, read_file
from claimdesk.core.demo import create_demo
from claimdesk.core.errors import Cancelled, ExchangeError
from claimdesk.core.exchange.project_json import import_project_json_job, write_project_json
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.models import Article
from claimdesk.core.project import Project
from claimdesk.core.records import ReportOptions
from claimdesk.core.reports.output import ExportFormat, export_job

JSON_FORMAT = ExportFormat("json", ".json", "Claimdesk JSON", write_project_json)
IMPORTS = ("article", "claims", "project", "claimreview")
GIB = 2**30


@pytest.fixture(autouse=True)
def quiet_log(cli_log: None) -> None:
    """Every test here may run cli.main."""


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], float]:
    """cli.main in this process: exit status, the lines on stderr, seconds taken."""
    started = time.monotonic()
    status = cli.main(list(args))
    taken = time.monotonic() - started
    return status, capsys.readouterr().err.strip().splitlines(), taken


def holds_nothing(database_url: str) -> bool:
    if not database_url.startswith("postgresql") and not Path(database_url).exists():
        return True
    with Project.open(database_url, create=False) as project:
        return project.project.is_empty()


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)  # nobody ever writes: opening it for reading would wait forever
    return path


@pytest.mark.parametrize("kind", IMPORTS)
@pytest.mark.parametrize("special", ["dev-zero", "fifo", "folder"])
def test_every_import_refuses_what_is_not_a_file_at_once(
    capsys, database_url, fifo, tmp_path, kind, special
):
    target = {"dev-zero": "/dev/zero", "fifo": str(fifo), "folder": str(tmp_path)}[special]
    status, lines, taken = run_cli(capsys, "import", kind, target, "--db", database_url)
    assert status == 1
    assert len(lines) == 1, lines
    what = {"dev-zero": "is a device", "fifo": "is a named pipe (FIFO)", "folder": "is a folder"}
    assert lines[0].startswith(f"claimdesk: {target} {what[special]}, not "), lines[0]
    assert taken < 2.0
    assert holds_nothing(database_url)


def test_bytes_are_counted_not_taken_from_the_size(tmp_path):
    # Files under /proc are regular files that say they hold 0 bytes.
    with pytest.raises(InputError) as raised:
        read_file("/proc/self/maps", 100, expected="json")
    assert raised.value.code == "file_too_large"
    assert raised.value.params == {"file": "maps", "limit": 0}
    small = tmp_path / "small.csv"
    small.write_bytes(b"statement\nA claim.\n")
    assert read_file(small, 100, expected="csv") == b"statement\nA claim.\n"


def test_reading_stops_at_the_deadline_and_at_a_cancel(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_bytes(b"statement\n" * 1000)
    with pytest.raises(InputError) as raised:
        read_file(path, 2**20, expected="csv", deadline_s=0)
    assert (raised.value.code, raised.value.params) == (
        "file_too_slow",
        {"file": "claims.csv", "seconds": 0},
    )
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        read_file(path, 2**20, expected="csv", cancel=token)


def gzip_bomb(gibibytes: int) -> bytes:
    """gzip members of 64 MiB of zeros each: valid gzip, ~1,000 times smaller than inflated."""
    member = gzip.compress(bytes(64 * 2**20), compresslevel=9, mtime=0)
    return member * (gibibytes * GIB // (64 * 2**20))


def test_inflating_stops_at_the_cap_without_the_memory():
    bomb = gzip_bomb(3)
    assert len(bomb) < 4 * 2**20
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(InputError) as raised:
            check_inflates(bomb, "gzip")
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert raised.value.code == "original_too_large"
    assert time.monotonic() - started < 2.0
    assert peak < 10 * 2**20
    assert inflate(gzip.compress(b"<p>page</p>"), "gzip") == b"<p>page</p>"
    with pytest.raises(InputError, match="original_damaged"):
        inflate(b"\x1f\x8b not really gzip", "gzip")
    with pytest.raises(InputError, match="original_unknown_compression"):
        inflate(b"abc", "brotli")


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    """The demo project as Claimdesk JSON with its captured page."""
    with Project.open(str(tmp_path / "source.sqlite3"), actor="exporter") as source:
        create_demo(source)
        path = tmp_path / "demo.json"
        options = ReportOptions(include_originals=True)
        run_to_end(export_job(source, options, JSON_FORMAT, path, CancelToken()))
    return json.loads(path.read_text(encoding="utf-8"))


def write(tmp_path: Path, document: dict[str, Any] | str) -> Path:
    path = tmp_path / "project.json"
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def import_file(project: Project, path: Path) -> Any:
    return run_to_end(import_project_json_job(project, path, CancelToken()))


def test_a_project_file_whose_page_inflates_to_3_gib_is_refused_quickly(
    project, exported, tmp_path
):
    article = exported["articles"][0]
    article["original"] = base64.b64encode(gzip_bomb(3)).decode("ascii")
    article["original_compression"] = "gzip"
    path = write(tmp_path, exported)
    assert path.stat().st_size < 5 * 2**20
    started = time.monotonic()
    with pytest.raises(ExchangeError) as raised:
        import_file(project, path)
    assert time.monotonic() - started < 10.0
    assert raised.value.code == "json_bad_value"
    assert raised.value.params["reason"] == "original_too_large"
    assert raised.value.params["where"] == ({"entity": "article", "id": article["id"]},)
    assert project.project.is_empty()


@pytest.mark.tampers  # writes rows behind the services
def test_a_stored_bomb_is_refused_when_its_page_is_read(sqlite_project):
    create_demo(sqlite_project)
    with sqlite_project.database.engine.begin() as connection:
        connection.execute(
            sa.update(Article).values(original=gzip_bomb(1), original_compression="gzip")
        )
        article_id = connection.scalar(sa.select(Article.id))
    started = time.monotonic()
    with pytest.raises(InputError) as raised:
        sqlite_project.articles.original(article_id)
    assert raised.value.code == "original_too_large"
    assert time.monotonic() - started < 2.0


def claim_of(document: dict[str, Any]) -> dict[str, Any]:
    return document["claims"][0]


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        (lambda d: d["articles"][0].update(url="javascript:alert(1)"), "url", "not_a_web_address"),
        (lambda d: claim_of(d).update(statement="x" * 200_000), "statement", "too_long"),
        (lambda d: claim_of(d).update(statement="Zahl\x00\x1b[2J"), "statement",
         "control_character"),
        (lambda d: claim_of(d).update(quote_language="klingonisch"), "quote_language",
         "unknown_language"),
        (lambda d: claim_of(d).update(statement="   "), "statement", "required"),
        (lambda d: claim_of(d).update(version=2**40), "version", "json_number_out_of_range"),
        (lambda d: claim_of(d).update(quantity_value=10**400), "quantity_value", "json_not_finite"),
        (lambda d: d["articles"][0].update(authors=["A" * 301]), "authors", "too_long"),
    ],
    ids=["javascript-url", "200k-statement", "control-characters", "language", "blank",
         "huge-integer", "huge-number", "long-author"],
)  # fmt: skip
def test_project_values_get_the_rules_of_the_forms(
    project, exported, tmp_path, change, field, reason
):
    change(exported)
    with pytest.raises(ExchangeError) as raised:
        import_file(project, write(tmp_path, exported))
    assert raised.value.code == "json_bad_value"
    assert (raised.value.params["field"], raised.value.params["reason"]) == (field, reason)
    assert raised.value.params["where"][0]["entity"] in ("claim", "article")
    assert project.project.is_empty()


def test_the_cli_names_the_row_and_the_rule(capsys, database_url, exported, tmp_path):
    claim = claim_of(exported)
    claim["statement"] = "x" * 200_000
    path = write(tmp_path, exported)
    status, lines, _taken = run_cli(capsys, "import", "project", str(path), "--db", database_url)
    assert status == 1 and len(lines) == 1
    assert lines[0] == (
        f"claimdesk: project.json: claim {claim['id']}: 'statement' is 200,000 characters long; "
        "at most 5,000 allowed"
    )
    assert holds_nothing(database_url)


def test_a_100000_digit_integer_is_a_clear_error(capsys, database_url, exported, tmp_path):
    text = json.dumps(exported).replace('"version": 1', '"version": ' + "9" * 100_000, 1)
    path = write(tmp_path, text)
    status, lines, _taken = run_cli(capsys, "import", "project", str(path), "--db", database_url)
    assert status == 1 and len(lines) == 1
    assert lines[0] == "claimdesk: project.json contains a number with more than 4,300 digits"
    assert holds_nothing(database_url)


def test_a_clean_export_still_imports(project, exported, tmp_path):
    result = import_file(project, write(tmp_path, exported))
    assert result.claims == len(exported["claims"]) and result.claims > 0
