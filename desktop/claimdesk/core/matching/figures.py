"""When two figures agree: a quantity as the interval its qualifier allows, compared by the
English lemma of what it counts.

"about 11,000 soldiers" allows 10,500–11,500: "about" rounds a figure, so it stretches by half
the figure's last rounded place (11,000 -> 500; 120 -> 5), and by at least ABOUT_SHARE of it;
"at least 11,000" allows 11,000 and up; "12,000 troops" allows exactly 12,000, so the two
disagree. Two figures agree when their intervals meet; they count the same thing when their
unit keys are equal: the English lemma (units.py: "Soldaten" and "soldiers" are *soldiers*),
with near-synonyms folded (*troops* are *soldiers*). A unit outside the vocabulary compares by
its head word.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..enums import Qualifier
from ..quantities import Quantity
from ..units import split_unit

ABOUT_SHARE = 0.02  # the least an "about" stretches: 2 % either side
# Lemmas that count the same thing in reporting.
_SAME_AS: dict[str, str] = {"troops": "soldiers", "casualties": "dead"}
# The open side of "more than"/"fewer than": strictly beyond the figure, by a hair.
_STRICT = 1e-9


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float

    def meets(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high


def interval(quantity: Quantity) -> Interval:
    """The values a figure allows, as its qualifier reads."""
    value = quantity.value
    match quantity.qualifier:
        case Qualifier.ABOUT:
            spread = max(rounding_place(value) / 2, abs(value) * ABOUT_SHARE)
            return Interval(value - spread, value + spread)
        case Qualifier.AT_LEAST:
            return Interval(value, math.inf)
        case Qualifier.MORE_THAN:
            return Interval(value + _STRICT * max(1.0, abs(value)), math.inf)
        case Qualifier.AT_MOST:
            return Interval(-math.inf, value)
        case Qualifier.FEWER_THAN:
            return Interval(-math.inf, value - _STRICT * max(1.0, abs(value)))
        case Qualifier.RANGE:
            return Interval(value, quantity.upper if quantity.upper is not None else value)
        case _:
            return Interval(value, value)


def rounding_place(value: float) -> float:
    """The place a figure was rounded to: 11,000 -> 1,000; 12,500 -> 100; 120 -> 10; 7 -> 1;
    2.5 -> 0.1."""
    if value == 0 or not math.isfinite(value):
        return 1.0
    place = 10.0 ** math.floor(math.log10(abs(value)))
    while place > 1e-6 and abs(value / place - round(value / place)) > 1e-9:
        place /= 10
    return place


@lru_cache(maxsize=50_000)
def unit_key(unit: str | None) -> str | None:
    """What a figure counts, comparable across languages: the English lemma, else the unit's
    head word folded ("Koksan-Geschütze" -> "guns"; "widgets" -> "widgets"). Cached: a
    lemma lookup tries every known ending, and similar claims compare hundreds of units."""
    if not unit or not unit.strip():
        return None
    split = split_unit(unit.strip())
    if split.lemma:
        return _SAME_AS.get(split.lemma, split.lemma)
    return split.head.casefold()


def same_thing(a: Quantity, b: Quantity) -> bool:
    key = unit_key(a.unit)
    return key is not None and key == unit_key(b.unit)


def agree(a: Quantity, b: Quantity) -> bool:
    """The two figures can both be true (their intervals meet)."""
    return interval(a).meets(interval(b))
