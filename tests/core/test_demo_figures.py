"""The figures demo: the General Staff's daily claims against Oryx's confirmed losses, from the
shared folder ukraine-war-figures (skipped without it) and from a small folder made here."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.demo import create_demo
from claimdesk.core.demo_figures import figures_demo_job
from claimdesk.core.enums import Qualifier
from claimdesk.core.errors import Cancelled, ExchangeError, ValidationError
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.matching.figures import unit_key
from claimdesk.core.services.claim_list import ClaimQuery

GENERAL_STAFF = "General Staff of the Armed Forces of Ukraine"
_EVENT_COLUMNS = ["country", "origin", "system", "status", "url", "date_recorded"]


@pytest.fixture
def figures_folder(shared_data: Path) -> Path:
    folder = shared_data / "ukraine-war-figures"
    if not folder.is_dir():
        pytest.skip(f"third-party data not present at {folder}")
    return folder


def small_folder(root: Path, equipment: list[dict] | None = None) -> Path:
    """Three days of General Staff figures and a handful of Oryx items, written like the
    shared files."""
    folder = root / "ukraine-war-figures"
    staff = folder / "general-staff-petroivaniuk"
    oryx = folder / "oryx-scarnecchia"
    staff.mkdir(parents=True)
    oryx.mkdir()
    days = ["2024-06-01", "2024-06-02", "2024-06-09"]
    if equipment is None:
        equipment = [
            {"date": day, "day": 830 + n, "tank": 7800 + 5 * n, "aircraft": 359}
            for n, day in enumerate(days)
        ]
    (staff / "russia_losses_equipment.json").write_text(json.dumps(equipment), "utf-8")
    personnel = [
        {"date": day, "day": 830 + n, "personnel": 510000 + 1000 * n, "personnel*": "about"}
        for n, day in enumerate(days)
    ]
    (staff / "russia_losses_personnel.json").write_text(json.dumps(personnel), "utf-8")
    events = {
        "destroyed": [
            ["Russia", "Russia", "105 T-80BV", "destroyed", "u1", "2024-06-03"],
            ["Russia", "Russia", "105 T-80BV", "destroyed", "u2", "2024-06-12"],
            ["Russia", "Russia", "T-72B", "destroyed", "u3", "2024-06-04"],
            ["Russia", "Russia", "T-72B", "destroyed", "u4", "2024-06-11"],
            ["Russia", "Russia", "KamAZ 6x6 tanker", "destroyed", "u5", "2024-06-04"],
            ["Ukraine", "Soviet Union", "T-64BV", "destroyed", "u6", "2024-06-04"],
            ["Russia", "Russia", "Su-34 strike aircraft", "destroyed", "u7", "2024-06-05"],
        ],
        "damaged": [["Russia", "Russia", "Unknown tank", "damaged", "u8", "2024-06-16"]],
        "abandoned": [],
        "captured": [],
    }
    for status, rows in events.items():
        with (oryx / f"event_{status}.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([*_EVENT_COLUMNS, "sysID", "imageID", "statusID", "matID"])
            writer.writerows([[*row, "1", "1", "1", "7-111"] for row in rows])
    return folder


def series_of(project, unit: str) -> dict[str, list]:
    """The claims counting ``unit``, by claimant, oldest first."""
    query = ClaimQuery(ClaimFilter(units=frozenset({unit})), descending=False)
    by_claimant = defaultdict(list)
    for row in project.claim_list.rows(project.claim_list.ids(query)):
        by_claimant[row.claimant].append(row)
    return {
        name: sorted(rows, key=lambda row: row.as_of.value) for name, rows in by_claimant.items()
    }


def test_figures_demo_from_the_shared_folder(project, figures_folder):
    result = run_to_end(figures_demo_job(project, figures_folder, CancelToken()))

    days = json.loads(
        (figures_folder / "general-staff-petroivaniuk" / "russia_losses_equipment.json").read_text()
    )
    counts = project.project.info().counts
    assert counts["claims"] == result.claims == sum(result.series.values())
    assert counts["sources"] == result.sources_created == 2
    for category in ("tanks", "aircraft", "personnel"):
        assert result.series["general_staff", category] == len(days)
    assert result.series["oryx", "tanks"] == result.series["oryx", "aircraft"] >= 150  # weeks
    assert 4000 < result.claims < 6000

    tanks = series_of(project, "tanks")
    assert set(tanks) == {GENERAL_STAFF, "Oryx"}
    staff, oryx = tanks[GENERAL_STAFF], tanks["Oryx"]
    assert staff[-1].quantity.value == days[-1]["tank"]
    assert staff[-1].as_of.value == date.fromisoformat(days[-1]["date"])
    assert {row.quantity.qualifier for row in oryx} == {Qualifier.AT_LEAST}
    values = [row.quantity.value for row in oryx]
    assert values == sorted(values) and 3000 < values[-1] < 5000
    assert {unit_key(row.quantity.unit) for row in staff + oryx} == {"tanks"}
    # The timeline's two series: the General Staff claims more than Oryx has seen, every week.
    claimed = {row.as_of.value: row.quantity.value for row in staff}
    assert all(
        claimed[row.as_of.value] > row.quantity.value for row in oryx if row.as_of.value in claimed
    )
    personnel = series_of(project, "personnel")[GENERAL_STAFF]
    assert {row.quantity.qualifier for row in personnel} == {Qualifier.ABOUT, Qualifier.MORE_THAN}


def test_oryx_items_are_counted_once_and_weekly(sqlite_project, tmp_path):
    """A numbered item with two photos is one item; an unnumbered one counts per evidence
    link; a tanker truck is no tank; Ukraine's losses are not Russia's."""
    folder = small_folder(tmp_path)
    result = run_to_end(figures_demo_job(sqlite_project, folder, CancelToken()))

    assert result.series == {
        ("general_staff", "tanks"): 3,
        ("general_staff", "aircraft"): 3,
        ("general_staff", "personnel"): 3,
        ("oryx", "tanks"): 2,
        ("oryx", "aircraft"): 2,
    }
    oryx = series_of(sqlite_project, "tanks")["Oryx"]
    # Week to Sunday 9 June: item 105 (3 June) and one T-72B (4 June); to the last day seen,
    # Sunday 16 June: the second T-72B link and the unknown tank.
    assert [(row.as_of.value, row.quantity.value) for row in oryx] == [
        (date(2024, 6, 9), 2),
        (date(2024, 6, 16), 4),
    ]
    statement = sqlite_project.claims.get(oryx[-1].id).statement
    assert statement.startswith("Photos or videos show at least 4 Russian tanks")
    staff = series_of(sqlite_project, "personnel")["General Staff of the Armed Forces of Ukraine"]
    assert [row.quantity.value for row in staff] == [510000, 511000, 512000]
    assert "about 512,000" in sqlite_project.claims.get(staff[-1].id).statement


def test_figures_demo_refuses_a_project_with_data(sqlite_project, tmp_path):
    """Refused, like the built-in demo, rather than mixed into someone's work."""
    create_demo(sqlite_project)
    with pytest.raises(ValidationError) as raised:
        run_to_end(figures_demo_job(sqlite_project, small_folder(tmp_path), CancelToken()))
    assert raised.value.problems["database"].code == "demo_needs_empty"
    assert sqlite_project.project.info().counts["claims"] == 17


def test_a_damaged_file_writes_nothing(sqlite_project, tmp_path):
    folder = small_folder(tmp_path, equipment=[{"date": "2024-06-01", "aircraft": 359}])
    with pytest.raises(ExchangeError) as raised:
        run_to_end(figures_demo_job(sqlite_project, folder, CancelToken()))
    assert raised.value.code == "figures_bad_file"
    assert raised.value.params == {
        "file": "russia_losses_equipment.json",
        "row": 1,
        "field": "tank",
    }
    assert sqlite_project.project.is_empty()


def test_cancel_while_writing_leaves_the_project_empty(sqlite_project, tmp_path):
    token = CancelToken()
    seen = []
    with pytest.raises(Cancelled):
        for progress in figures_demo_job(sqlite_project, small_folder(tmp_path), token):
            seen.append(progress.message)
            if progress.message == "Writing claims":
                token.cancel()
    assert seen == ["Reading figures", "Writing claims"]
    assert sqlite_project.project.is_empty()


def test_cli_figures_demo_prints_counts(tmp_path, capsys, cli_log):
    db = tmp_path / "figures.sqlite3"
    folder = small_folder(tmp_path)
    assert main(["demo", "--from", str(folder), "--db", str(db), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == {
        "database": str(db),
        "claims": 13,
        "sources_created": 2,
        "series": {
            "general_staff": {"aircraft": 3, "personnel": 3, "tanks": 3},
            "oryx": {"aircraft": 2, "tanks": 2},
        },
    }
    assert main(["demo", "--figures", "--from", str(folder), "--db", str(db)]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert error == [f"claimdesk: {db} already holds data; the demo needs it empty"]


def test_cli_missing_folder_is_one_line_and_creates_nothing(tmp_path, capsys, cli_log):
    db = tmp_path / "figures.sqlite3"
    missing = tmp_path / "nowhere"
    assert main(["demo", "--figures", "--from", str(missing), "--db", str(db)]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "Traceback" not in error[0]
    assert error[0].startswith(f"claimdesk: there is no folder of Ukraine war figures at {missing}")
    assert not db.exists()
