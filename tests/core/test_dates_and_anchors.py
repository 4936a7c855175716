"""Partial dates and excerpt anchors."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdesk.core.anchors import anchor_at, locate, reanchor
from claimdesk.core.dates import PartialDate
from claimdesk.core.enums import AnchorState, DatePrecision
from claimdesk.core.errors import BadValue


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("2025", date(2025, 1, 1), DatePrecision.YEAR),
        ("2025-06", date(2025, 6, 1), DatePrecision.MONTH),
        ("2025-06-10", date(2025, 6, 10), DatePrecision.DAY),
        ("06.2025", date(2025, 6, 1), DatePrecision.MONTH),
        (" 10.06.2025 ", date(2025, 6, 10), DatePrecision.DAY),
    ],
)
def test_partial_dates_parse(text, value, precision):
    parsed = PartialDate.parse(text)
    assert (parsed.value, parsed.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2025-02-30", "no_such_date"),
        ("31.04.2025", "no_such_date"),
        ("2025-13", "no_such_date"),
        ("June 2025", "not_a_date"),
        ("25", "not_a_date"),
        ("", "not_a_date"),
    ],
)
def test_impossible_or_unknown_dates_are_refused(text, code):
    with pytest.raises(BadValue) as raised:
        PartialDate.parse(text)
    assert (raised.value.code, raised.value.params) == (code, {"text": text})


def test_a_month_date_forgets_its_day():
    assert PartialDate(date(2025, 6, 17), "month") == PartialDate(
        date(2025, 6, 1), DatePrecision.MONTH
    )
    assert PartialDate(date(2025, 6, 17), DatePrecision.YEAR).iso() == "2025"


@given(st.dates(min_value=date(1, 1, 1)), st.sampled_from(list(DatePrecision)))
def test_iso_text_parses_back(value, precision):
    partial = PartialDate(value, precision)
    assert PartialDate.parse(partial.iso()) == partial


TEXT = "Alpha sagt: rund 120 Geschütze. Beta sagt: rund 120 Geschütze. Gamma schweigt."


def test_locate_uses_offsets_when_given():
    second = TEXT.rindex("rund 120")
    anchor = locate(TEXT, "rund 120", second, second + 8)
    assert anchor.start == second and anchor.context_before.endswith("Beta sagt: ")
    assert locate(TEXT, "rund 120", second + 1, second + 9) is None
    assert locate(TEXT, "rund 121") is None


def test_reanchor_states():
    second = TEXT.rindex("rund 120")
    stored = anchor_at(TEXT, second, second + 8)
    args = ("rund 120", stored.start, stored.end, stored.context_before, stored.context_after)
    assert reanchor(TEXT, *args)[1] is AnchorState.ANCHORED
    shifted = "Neu: " + TEXT
    anchor, state = reanchor(shifted, *args)
    assert state is AnchorState.MOVED and anchor.start == second + 5  # the right occurrence
    assert reanchor(TEXT.replace("rund 120", "etwa 100"), *args) == (None, AnchorState.ORPHANED)
    ambiguous = "x rund 120 y rund 120 z"
    assert reanchor(ambiguous, *args) == (None, AnchorState.ORPHANED)
