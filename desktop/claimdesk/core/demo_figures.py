"""The figures demo: a project of the Russian losses that Ukraine's General Staff claims day by
day, set against the losses Oryx has seen photo or video evidence of.

It is built from the folder ``ukraine-war-figures`` of the shared data (General Staff figures
from PetroIvaniuk/2022-Ukraine-Russia-War-Dataset, MIT; Oryx's list as scraped by
scarnecchia/oryx_data, CC BY 4.0). Only numbers and dates carry over: every statement is
worded here. Two claimants, each a source created once:

- the General Staff: one claim per day and category (tanks, aircraft, personnel), its
  cumulative figure as of that day; personnel keeps the qualifier the figure came with
  ("about", "more than");
- Oryx: from its item list, the items of a category counted cumulatively at the end of each
  week, as "at least" (Oryx counts only what it has seen, so its total is a lower bound). An
  item Oryx numbers counts once however many photos it has; an unnumbered one once per
  evidence link. The scraper dates an item by the day it first saw it.

So a timeline of "tanks" shows the General Staff's series above Oryx's. Everything is read
and checked before anything is written, then written in one transaction through the bulk
path: a missing or damaged file, a cancel or a failure leaves the project as it was.
"""

from __future__ import annotations

import csv
import io
import json
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .bounded import read_file
from .enums import Credibility, Qualifier, Reliability, SourceKind
from .errors import ExchangeError, FieldProblem, ValidationError
from .inputs import ClaimInput, SourceInput
from .jobs import CancelToken, Job
from .quantities import Quantity
from .records import Changes, Progress
from .resources import resources_dir
from .services.bulk import BATCH_SIZE, NewClaim

if TYPE_CHECKING:
    from .project import Project

FOLDER_NAME = "ukraine-war-figures"
GENERAL_STAFF_FOLDER = "general-staff-petroivaniuk"
ORYX_FOLDER = "oryx-scarnecchia"
_EQUIPMENT = "russia_losses_equipment.json"
_PERSONNEL = "russia_losses_personnel.json"
_ORYX_EVENTS = tuple(
    f"event_{status}.csv" for status in ("destroyed", "damaged", "abandoned", "captured")
)
_MAX_BYTES = 20 * 1024 * 1024  # the largest file is 3.6 MB

GENERAL_STAFF = SourceInput(
    "General Staff of the Armed Forces of Ukraine",
    SourceKind.GOVERNMENT,
    role="Publishes a daily tally of the losses it says Russia has suffered since 24 February 2022",
    country="Ukraine",
    reliability=Reliability.C,
    notes="Figures as collected in PetroIvaniuk/2022-Ukraine-Russia-War-Dataset (MIT). A party "
    "to the war counting its enemy's losses: consistent over time, not independently checked.",
)
ORYX = SourceInput(
    "Oryx",
    SourceKind.ORGANISATION,
    role="Open-source intelligence site listing equipment losses with photo or video evidence "
    "for each item",
    country="Netherlands",
    reliability=Reliability.B,
    notes="Counted by Claimdesk from Oryx's list as scraped by scarnecchia/oryx_data "
    "(CC BY 4.0): each numbered item once, an unnumbered one once per evidence link, dated by "
    "the day the scraper first saw it; Oryx's own headline totals may differ. A lower bound.",
)
CLAIMANTS = {"general_staff": GENERAL_STAFF, "oryx": ORYX}

# Category -> (the General Staff's key, the unit as our vocabulary knows it).
_GENERAL_STAFF_CATEGORIES = {"tanks": "tank", "aircraft": "aircraft", "personnel": "personnel"}
_UNITS = {"tanks": "tanks", "aircraft": "aircraft", "personnel": "personnel"}
_PERSONNEL_QUALIFIERS = {"about": Qualifier.ABOUT, "more": Qualifier.MORE_THAN}
# Which of Oryx's Russian items belong to a category, by the system's name as Oryx writes it
# (after the item number some names start with): "T-72B3 Obr. 2016", "Unknown tank",
# "Su-34 strike aircraft". Helicopters are left out: our vocabulary counts them as aircraft.
_ORYX_CATEGORIES = {
    "tanks": re.compile(r"(?:Unknown\s+)?(?:T-(?:54|55|62|64|72|80|90)|tank\b)"),
    "aircraft": re.compile(r"(?:Unknown\s+)?(?:Su|MiG|Tu|Il|Be|An|Yak)-\d|A-50\b"),
}
_NOT_AIRCRAFT = re.compile(r"UAV|drone", re.IGNORECASE)
_ITEM_NUMBER = re.compile(r"(\d+)\s+(.+)")


@dataclass(frozen=True, slots=True)
class Figure:
    """One claimant's cumulative figure of one category on one day."""

    claimant: str  # a key of CLAIMANTS
    category: str  # tanks, aircraft, personnel
    on: date
    value: int
    qualifier: Qualifier = Qualifier.EXACT


@dataclass(frozen=True, slots=True)
class FiguresDemoResult:
    claims: int
    sources_created: int
    series: dict[tuple[str, str], int]  # (claimant key, category) -> claims written
    changes: Changes


def default_figures_folder() -> Path:
    """Where a source checkout finds the shared data: ``../shared/data/ukraine-war-figures``
    beside the repository (whose resources/ folder this package uses)."""
    return resources_dir().parent.parent / "shared" / "data" / FOLDER_NAME


def read_figures(folder: str | Path, cancel: CancelToken | None = None) -> list[Figure]:
    """Every figure the demo writes, General Staff's first, each series by date. Raises
    ExchangeError (or InputError for a file) when the folder or a file is not as expected."""
    folder = check_figures_folder(folder)
    return [*read_general_staff(folder, cancel), *read_oryx(folder, cancel)]


def check_figures_folder(folder: str | Path) -> Path:
    """The folder, when it has the two sub-folders the demo reads; else ExchangeError
    "figures_folder_missing". A caller can ask before it creates a project to fill."""
    folder = Path(folder)
    if not (folder / GENERAL_STAFF_FOLDER).is_dir() or not (folder / ORYX_FOLDER).is_dir():
        raise ExchangeError("figures_folder_missing", path=str(folder))
    return folder


def figures_demo_job(
    project: Project, folder: str | Path, cancel: CancelToken
) -> Job[FiguresDemoResult]:
    """Fill an empty project with the figures demo; refuses a project that holds data, as the
    built-in demo does, so the two demos never mix with an analyst's work."""
    if not project.project.is_empty():
        where = project.database.location
        raise ValidationError([FieldProblem("database", "demo_needs_empty", {"location": where})])
    yield Progress(0, 0, "Reading figures")
    figures = read_figures(folder, cancel)
    cancel.raise_if_cancelled()
    total = len(figures)
    yield Progress(0, total, "Writing claims")
    series: dict[tuple[str, str], int] = {}
    with project.bulk.writer() as writer:
        for start in range(0, total, BATCH_SIZE):
            cancel.raise_if_cancelled()
            part = figures[start : start + BATCH_SIZE]
            for outcome in writer.write([new_claim(figure) for figure in part]):
                if isinstance(outcome, tuple):  # our own rows break a rule: a bug, not data
                    raise ValidationError(outcome)
            for figure in part:
                key = (figure.claimant, figure.category)
                series[key] = series.get(key, 0) + 1
            yield Progress(start + len(part), total, "Writing claims")
        cancel.raise_if_cancelled()  # the last chance to leave everything unwritten
    return FiguresDemoResult(
        len(writer.claim_ids), len(writer.created_sources), series, writer.changes()
    )


def new_claim(figure: Figure) -> NewClaim:
    """The claim a figure makes, worded by us."""
    count = f"{figure.value:,}"
    if figure.claimant == "oryx":
        statement = (
            f"Photos or videos show at least {count} Russian {figure.category} destroyed, "
            "damaged, abandoned or captured since 24 February 2022."
        )
        credibility = Credibility.PROBABLY_TRUE
    elif figure.category == "personnel":
        qualified = {Qualifier.ABOUT: "about ", Qualifier.MORE_THAN: "more than "}.get(
            figure.qualifier, ""
        )
        statement = (
            f"Russian personnel losses since 24 February 2022 stand at {qualified}{count}, "
            "according to Ukraine's General Staff."
        )
        credibility = Credibility.POSSIBLY_TRUE
    else:
        statement = (
            f"Russia has lost {count} {figure.category} since 24 February 2022, according to "
            "Ukraine's General Staff."
        )
        credibility = Credibility.POSSIBLY_TRUE
    quantity = Quantity(float(figure.value), None, _UNITS[figure.category], figure.qualifier)
    data = ClaimInput(
        statement=statement,
        claimed_on=figure.on,
        as_of=figure.on,
        quantity=quantity,
        credibility=credibility,
        tags=(figure.category,),
    )
    return NewClaim(data, CLAIMANTS[figure.claimant])


def read_general_staff(folder: Path, cancel: CancelToken | None = None) -> list[Figure]:
    """The General Staff's daily figures, one per day and category."""
    base = folder / GENERAL_STAFF_FOLDER
    equipment = _json_rows(base / _EQUIPMENT, cancel)
    personnel = {
        _date(row, _PERSONNEL, index): (index, row)
        for index, row in enumerate(_json_rows(base / _PERSONNEL, cancel), 1)
    }
    figures: list[Figure] = []
    for index, row in enumerate(equipment, 1):
        on = _date(row, _EQUIPMENT, index)
        for category, key in _GENERAL_STAFF_CATEGORIES.items():
            if category == "personnel":
                figure = _personnel_figure(personnel.get(on), on)
            else:
                figure = Figure("general_staff", category, on, _count(row, key, _EQUIPMENT, index))
            if figure is not None:
                figures.append(figure)
    figures.sort(key=lambda figure: (figure.category, figure.on))
    return figures


def _personnel_figure(found: tuple[int, dict[str, Any]] | None, on: date) -> Figure | None:
    if found is None:
        return None
    index, row = found
    qualifier = _PERSONNEL_QUALIFIERS.get(row.get("personnel*"), Qualifier.EXACT)
    value = _count(row, "personnel", _PERSONNEL, index)
    return Figure("general_staff", "personnel", on, value, qualifier)


def read_oryx(folder: Path, cancel: CancelToken | None = None) -> list[Figure]:
    """Oryx's confirmed Russian losses per category, cumulative at the end of each week."""
    first_seen: dict[str, dict[tuple[str, ...], date]] = {name: {} for name in _ORYX_CATEGORIES}
    last = None
    for name in _ORYX_EVENTS:
        for number, row in _csv_rows(folder / ORYX_FOLDER / name, cancel):
            seen = _date(row, name, number, key="date_recorded")
            last = seen if last is None or seen > last else last
            category = _oryx_category(row)
            if category is None:
                continue
            item = _oryx_item(row)
            known = first_seen[category].get(item)
            if known is None or seen < known:
                first_seen[category][item] = seen
    if last is None:
        raise ExchangeError("figures_bad_file", file=_ORYX_EVENTS[0], row=None, field=None)
    figures = []
    for category, items in first_seen.items():
        figures.extend(
            Figure("oryx", category, on, count, Qualifier.AT_LEAST)
            for on, count in _weekly_totals(sorted(items.values()), last)
        )
    return figures


def _oryx_category(row: dict[str, str]) -> str | None:
    if row.get("country") != "Russia":
        return None
    name = _system(row)
    match = _ITEM_NUMBER.fullmatch(name)
    model = match.group(2) if match else name
    for category, pattern in _ORYX_CATEGORIES.items():
        if pattern.match(model) and not (category == "aircraft" and _NOT_AIRCRAFT.search(model)):
            return category
    return None


def _oryx_item(row: dict[str, str]) -> tuple[str, ...]:
    """What identifies one lost item: its number in Oryx's list when it has one (several
    photos of item 105 are one item), else its evidence link."""
    name = _system(row)
    return (name,) if _ITEM_NUMBER.fullmatch(name) else (name, row.get("url") or "")


def _system(row: dict[str, str]) -> str:
    return " ".join((row.get("system") or "").split())


def _weekly_totals(days: list[date], last: date) -> Iterator[tuple[date, int]]:
    """(end of week, items seen by then) for every week from the first item to ``last``;
    the last week ends on ``last``."""
    if not days:
        return
    end = days[0] + timedelta(days=6 - days[0].weekday())  # the Sunday of its week
    while True:
        on = min(end, last)
        yield on, bisect_right(days, on)
        if on >= last:
            return
        end += timedelta(days=7)


def _json_rows(path: Path, cancel: CancelToken | None) -> list[dict[str, Any]]:
    raw = read_file(path, _MAX_BYTES, expected="figures", cancel=cancel)
    try:
        rows = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ExchangeError("figures_bad_file", file=path.name, row=None, field=None) from None
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ExchangeError("figures_bad_file", file=path.name, row=None, field=None)
    return rows


def _csv_rows(path: Path, cancel: CancelToken | None) -> Iterator[tuple[int, dict[str, str]]]:
    """(number, row) of each row of a CSV file with the columns the demo reads, counted
    from 1 after the header."""
    raw = read_file(path, _MAX_BYTES, expected="figures", cancel=cancel)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExchangeError("figures_bad_file", file=path.name, row=None, field=None) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    for column in ("country", "system", "url", "date_recorded"):
        if column not in (reader.fieldnames or ()):
            raise ExchangeError("figures_bad_file", file=path.name, row=None, field=column)
    yield from enumerate(reader, 1)


def _date(row: dict[str, Any], file: str, where: object, key: str = "date") -> date:
    try:
        return date.fromisoformat(row[key])
    except (KeyError, TypeError, ValueError):
        raise ExchangeError("figures_bad_file", file=file, row=where, field=key) from None


def _count(row: dict[str, Any], key: str, file: str, where: object) -> int:
    value = row.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ExchangeError("figures_bad_file", file=file, row=where, field=key)
    return value
