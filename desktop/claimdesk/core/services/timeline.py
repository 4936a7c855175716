"""The timeline of a number (core/matching/timeline.py) for a claim or a filter."""

from __future__ import annotations

from ..filters import ClaimFilter
from ..matching.timeline import TimelineSeries
from .base import Service


class TimelineService(Service):
    def series_for(self, claim_id: int) -> TimelineSeries | None:
        """The figures of the claims about the same thing as this one (same unit, close
        meaning or shared names), this one highlighted; None when fewer than two points."""
        raise NotImplementedError

    def series(self, filter: ClaimFilter) -> list[TimelineSeries]:
        """One series per unit among the claims the filter matches with a date and a
        quantity, where the unit has at least two points."""
        raise NotImplementedError
