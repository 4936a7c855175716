"""The timeline of a number: series for a claim or a filter, drawn as SVG for documents and
the command line; reports carry the charts and the conflicting figures."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.enums import Qualifier, SourceKind
from claimdesk.core.filters import ClaimFilter
from claimdesk.core.inputs import ClaimInput, SourceInput
from claimdesk.core.jobs import CancelToken, run_to_end
from claimdesk.core.matching.timeline import UNATTRIBUTED
from claimdesk.core.project import Project
from claimdesk.core.quantities import Quantity
from claimdesk.core.records import ReportOptions
from claimdesk.core.reports.template_report import write_html
from claimdesk.core.reports.timeline_svg import timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def kursk(project: Project) -> list[int]:
    """Five figures for the North Korean soldiers in Kursk, and one about something else."""
    budanov = project.sources.create(SourceInput("Kyrylo Budanov", SourceKind.PERSON)).id
    pentagon = project.sources.create(SourceInput("Pentagon", SourceKind.GOVERNMENT)).id
    rows = [
        ("About 11,000 North Korean soldiers are in Russia's Kursk region.", budanov,
         "2024-11", Quantity(11000, None, "soldiers", Qualifier.ABOUT)),
        ("North Korea has sent 12,000 troops to Russia.", pentagon, "2024-11-20",
         Quantity(12000, None, "troops")),
        ("Etwa 10.000 nordkoreanische Soldaten sind in Kursk.", pentagon, "2024-10-25",
         Quantity(10000, None, "Soldaten", Qualifier.ABOUT)),
        ("At least 15,000 North Korean soldiers are in Kursk <now>.", budanov, "2025-01-15",
         Quantity(15000, None, "soldiers", Qualifier.AT_LEAST)),
        ("Between 11,000 and 13,000 North Korean soldiers are in Kursk.", None, "2025-03-01",
         Quantity(11000, 13000, "soldiers", Qualifier.RANGE)),
        ("The city of Lyon hired 300 soldiers as festival stewards.", None, "2025-02-01",
         Quantity(300, None, "soldiers")),
    ]  # fmt: skip
    return [
        project.claims.create(
            ClaimInput(statement=statement, claimant_id=claimant, claimed_on=on, quantity=q)
        ).id
        for statement, claimant, on, q in rows
    ]


def test_series_for_a_claim_holds_the_claims_about_the_same_thing(project: Project):
    ids = kursk(project)
    series = project.timeline.series_for(ids[0])
    assert series is not None and series.unit == "soldiers" and series.highlighted == ids[0]
    assert [p.claim_id for p in series.points] == [ids[2], ids[0], ids[1], ids[3], ids[4]]
    assert series.groups == ["Pentagon", "Kyrylo Budanov", UNATTRIBUTED]
    about, at_least, between = series.points[1], series.points[3], series.points[4]
    assert (about.low, about.high, about.qualifier) == (10450, 11550, Qualifier.ABOUT)
    assert (at_least.low, at_least.high) == (15000, None)
    assert (between.low, between.high) == (11000, 13000)


def test_series_for_needs_two_points(project: Project):
    ids = kursk(project)
    alone = project.claims.create(
        ClaimInput("Kenya exported 40 tonnes", quantity=Quantity(40), claimed_on="2025-01-01")
    ).id
    undated = project.claims.create(
        ClaimInput(statement="20,000 soldiers", quantity=Quantity(20000, None, "soldiers"))
    ).id
    assert project.timeline.series_for(alone) is None
    assert project.timeline.series_for(undated) is None
    project.claims.delete([ids[0]])
    assert project.timeline.series_for(ids[0]) is None


def test_series_for_a_filter_is_one_per_unit(project: Project):
    ids = kursk(project)
    [series] = project.timeline.series(ClaimFilter())
    assert series.unit == "soldiers" and len(series.points) == 6
    assert series.label == "soldiers" and series.highlighted is None
    only = project.timeline.series(ClaimFilter(search="Kursk"))
    assert [len(s.points) for s in only] == [4]
    assert project.timeline.series(ClaimFilter(claimant_ids=frozenset({999}))) == []
    del ids


def test_svg_is_well_formed_escaped_and_scriptless(project: Project):
    ids = kursk(project)
    svg = timeline_svg(project.timeline.series_for(ids[3]), "de", "Soldaten <Kursk>")
    root = ET.fromstring(svg.encode("utf-8"))
    texts = [element.text for element in root.iter(f"{SVG}text")]
    assert "Soldaten <Kursk>" in texts
    assert {"Nov. 2024", "Jan. 2025"} <= set(texts)  # German month names, babel
    assert "12.000" in texts  # grouped numbers in the locale
    assert {"Kyrylo Budanov", "Pentagon", "Nicht zugeordnet"} <= set(texts)  # the legend
    english = timeline_svg(project.timeline.series_for(ids[3]), "en", "Soldiers")
    assert f">{UNATTRIBUTED}<" in english and "Nicht zugeordnet" not in english
    assert not list(root.iter(f"{SVG}script")) and "script" not in svg.lower()
    assert "<now>" not in svg and "&lt;now&gt;" in svg  # statements escaped in tooltips
    assert root.get("font-family").startswith("DejaVu Sans")
    highlighted = [c for c in root.iter(f"{SVG}circle") if c.get("r") == "8"]
    assert len(highlighted) == 1


def test_html_report_inlines_the_chart_and_lists_conflicts(project: Project, tmp_path: Path):
    kursk(project)
    out = tmp_path / "report.html"
    with out.open("wb") as file:
        run_to_end(write_html(project, ReportOptions(), file, CancelToken()))
    html = out.read_text("utf-8")
    assert html.count("<svg") == 1 and "<?xml" not in html
    section = html[html.index('id="conflicting-figures"') :]
    assert "#1 and #2: soldiers" in section and "Open" in section


def test_cli_conflicts_json_contract(sqlite_project: Project, capsys):
    kursk(sqlite_project)
    url = sqlite_project.database.location
    assert main(["conflicts", "--db", url, "--json"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line) == {
        "claims": [1, 2],
        "unit": "soldiers",
        "values": [
            {"value": 11000, "upper": None, "qualifier": "about", "unit": "soldiers"},
            {"value": 12000, "upper": None, "qualifier": "exact", "unit": "troops"},
        ],
        "resolution": None,
        "relation_id": None,
    }
    sqlite_project.conflicts.resolve(2, 1, "supersedes")
    assert main(["conflicts", "--db", url, "--json", "--open"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["conflicts", "--db", url, "--json", "--detect"]) == 0
    assert json.loads(capsys.readouterr().out)["resolution"] == "supersedes"


def test_cli_timeline_writes_svg_or_refuses_cleanly(sqlite_project: Project, tmp_path, capsys):
    kursk(sqlite_project)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    url = sqlite_project.database.location
    out = tmp_path / "kursk.svg"
    assert main(["timeline", "--db", url, "--search", "Kursk", "--out", str(out)]) == 0
    ET.fromstring(out.read_bytes())
    assert main(["timeline", "--db", url, "--claim", "6", "--out", str(tmp_path / "a.svg")]) == 1
    assert "No timeline to draw" in capsys.readouterr().err
    assert main(["timeline", "--db", url, "--out", str(tmp_path / "a.gif")]) == 1
    assert "“.gif”" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kursk.svg"]


@pytest.mark.parametrize("flag", ["--conflicted", "--not-conflicted"])
def test_cli_search_conflicted(sqlite_project: Project, capsys, flag):
    kursk(sqlite_project)
    url = sqlite_project.database.location
    assert main(["search", "--db", url, "--json", flag]) == 0
    ids = sorted(claim["id"] for claim in json.loads(capsys.readouterr().out)["claims"])
    assert ids == ([1, 2] if flag == "--conflicted" else [3, 4, 5, 6])


def test_docx_report_lists_the_conflicting_figures(project: Project, tmp_path: Path):
    from docx import Document

    from claimdesk.core.reports.docx_report import write_docx

    kursk(project)
    out = tmp_path / "report.docx"
    with out.open("wb") as file:
        run_to_end(write_docx(project, ReportOptions(), file, CancelToken()))
    paragraphs = [p.text for p in Document(str(out)).paragraphs]
    start = paragraphs.index("Conflicting figures")
    assert paragraphs[start + 1] == "#1 and #2: soldiers"
    assert paragraphs[start + 2].startswith("#1 about 11,000 soldiers (Kyrylo Budanov")
    assert paragraphs[start + 4] == "Open"
