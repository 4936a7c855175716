"""The timeline of a number: the figures claims give for the same thing, over time.

A series holds the claims counting the same unit (figures.unit_key) that have a date (as-of,
else claim date) and a quantity; ``series_for`` narrows it to the claims that mean the same
as one claim (close vectors or shared names, as conflicts.py), ``series`` takes every claim a
filter matches, one series per unit. Points are grouped for colour by who says it: the
claimant, else the first source of the attribution chain, else UNATTRIBUTED.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..enums import DatePrecision, Qualifier, Status

UNATTRIBUTED = "unattributed"


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    claim_id: int
    on: date  # the first day of what is known (PartialDate.value)
    precision: DatePrecision
    value: float
    low: float | None  # the qualifier's interval (figures.interval); None where open
    high: float | None
    qualifier: Qualifier
    group: str  # claimant name, else first source of its chain, else UNATTRIBUTED
    statement: str
    status: Status


@dataclass(frozen=True, slots=True)
class TimelineSeries:
    unit: str  # the unit key
    label: str  # the unit as most claims of the series write it
    points: tuple[TimelinePoint, ...]  # by date, then claim id
    highlighted: int | None = None  # the claim the series was asked for

    @property
    def groups(self) -> list[str]:
        """The groups in the order they first appear."""
        return list(dict.fromkeys(point.group for point in self.points))
