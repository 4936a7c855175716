"""On SQLite, a page of a list narrowed by status and claim dates, in id order, read from
near the end it starts at instead of from all of the list.

SQLite keeps no statistics on value ranges (this build has no STAT4), so for "status in S,
claimed between a and b, newest first" its planner always reads every match from the
(status, claimed_on, id) index and sorts them all: 15-20 ms for a list of 140,000 claims in a
million, 6 ms for one of 30,000 at row 2,000.

Here the matches among the SAMPLE newest claims are counted first (a fifth of a millisecond):
as they spread there, the page lies within a bound of the newest claim. Then, whichever is
cheaper for that density:
- walk: read the (id, status, claimed_on) index newest first and stop when the page is full
  (a dense list: a few thousand entries);
- sort: read the matches from the status/date index as the planner does, but sort only those
  within the bound (a sparse list: the sort was the larger half of the cost).
Where matches bunch up away from the newest claims (claims of 2023 in a desk that has worked
since), the bound holds too few, the page comes back short and the planner's plan runs after
all. The rows never depend on the choice, only the time taken.
"""

from __future__ import annotations

import math
import sqlite3
from typing import Any

from ..filters import ClaimFilter

WALK_INDEX = "ix_claims_live_id_status_claimed_on"
# The filters the walk index answers alone (its columns).
WALKED = frozenset({"statuses", "claimed_from", "claimed_to"})
# Ids sampled at the end a page is counted from.
SAMPLE = 2_000
# How far the sampled spacing of matches may be off: standard deviations of a Poisson count.
DEVIATIONS = 3
# Relative costs per entry, measured on a million claims: testing an entry of the walk index
# (0.10 µs), reading a match from the status/date index (0.045 µs), sorting one (0.65 µs).
WALKED_ENTRY, INDEXED_MATCH, SORTED_MATCH = 1.0, 0.45, 6.5
# The index whose entries are the matches, by (statuses given, dates given).
_SORT_INDEXES = {
    (True, True): "ix_claims_live_status_claimed_on",
    (True, False): "ix_claims_live_status",
    (False, True): "ix_claims_live_claimed_on",
}


def walkable(wanted: ClaimFilter) -> bool:
    given = wanted.given().keys()
    return bool(given) and given <= WALKED


def newest_first_ids(
    connection: sqlite3.Connection,
    wanted: ClaimFilter,
    offset: int,
    limit: int,
    descending: bool,
) -> list[int] | None:
    """The ids of rows offset … offset+limit-1 in id order (newest first when descending);
    None when the planner's own plan is the one to run."""
    conditions, parameters = _conditions(wanted)
    end = "newest" if descending else "oldest"
    sample = (
        f"SELECT ends.newest, ends.oldest, (SELECT count(*) FROM claims INDEXED BY "
        f"{WALK_INDEX} WHERE {_within(descending, f'ends.{end}', ':sample')} AND "
        f"{conditions}) FROM (SELECT (SELECT max(id) FROM claims) AS newest, "
        "(SELECT min(id) FROM claims) AS oldest) AS ends"
    )
    newest, oldest, sampled = connection.execute(
        sample, {**parameters, "sample": SAMPLE}
    ).fetchone()
    if newest is None:
        return []
    if not sampled:
        return None  # none near this end: a small list (the plain sort is cheap), or far off
    reach = offset + limit  # matches to pass or keep
    spacing = SAMPLE / sampled  # ids per match, as sampled
    ids_in_use = newest - oldest + 1
    # The page lies within this many ids of the end, allowing for the sample's error and for
    # chance in how many matches the span holds (each sorted match beyond the page costs).
    slack = 1 + DEVIATIONS * math.sqrt(1 / sampled + 1 / reach)
    span = int(slack * reach * spacing) + 1
    walking = reach * spacing * WALKED_ENTRY
    sorting = ids_in_use / spacing * INDEXED_MATCH + slack * reach * SORTED_MATCH
    if walking <= sorting:
        # Straight down the walk index: INDEXED BY, or SQLite would take the rowid range of
        # the bound and read whole table rows.
        source = f"claims INDEXED BY {WALK_INDEX} WHERE {_within(descending, ':end', ':span')}"
    else:
        # The planner's own index, named: "+id" keeps the bound from steering it onto the
        # rowid range (whole table rows), and without dates it would scan the table.
        index = _SORT_INDEXES[bool(wanted.statuses), _has_dates(wanted)]
        where = _within(descending, ":end", ":span", unindexed=True)
        source = f"claims INDEXED BY {index} WHERE {where}"
    page = (
        f"SELECT id FROM {source} AND {conditions} "
        f"ORDER BY id {'DESC' if descending else 'ASC'} LIMIT :limit OFFSET :offset"
    )
    parameters.update(end=newest if descending else oldest, span=span, limit=limit, offset=offset)
    ids = [row[0] for row in connection.execute(page, parameters)]
    if len(ids) == limit or span >= ids_in_use:
        return ids
    return None  # short: the list may go on past the bound


# Statements written out, run on the driver's connection: SQLAlchemy renders neither
# INDEXED BY nor the unary "+" that keeps SQLite from using an index for a term, and in
# process its handling of a statement costs more than this one takes to run.


def _within(descending: bool, end: str, span: str, unindexed: bool = False) -> str:
    """Live claims among the ``span`` ids next to ``end`` (the newest or the oldest id)."""
    claim_id = "+id" if unindexed else "id"
    if descending:
        return f"deleted_at IS NULL AND {claim_id} > {end} - {span}"
    return f"deleted_at IS NULL AND {claim_id} < {end} + {span}"


def _has_dates(wanted: ClaimFilter) -> bool:
    return wanted.claimed_from is not None or wanted.claimed_to is not None


def _conditions(wanted: ClaimFilter) -> tuple[str, dict[str, Any]]:
    """The filter as SQL over the walk index's columns: those of filters.conditions (dates
    as SQLAlchemy stores them on SQLite, ISO text)."""
    where, parameters = ["1 = 1"], {}
    if wanted.statuses:
        statuses = sorted(status.value for status in wanted.statuses)
        marks = ", ".join(f":status{number}" for number in range(len(statuses)))
        where.append(f"status IN ({marks})")
        parameters.update((f"status{number}", value) for number, value in enumerate(statuses))
    if wanted.claimed_from is not None:
        where.append("claimed_on >= :claimed_from")
        parameters["claimed_from"] = wanted.claimed_from.isoformat()
    if wanted.claimed_to is not None:
        where.append("claimed_on <= :claimed_to")
        parameters["claimed_to"] = wanted.claimed_to.isoformat()
    return " AND ".join(where), parameters
