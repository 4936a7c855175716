"""Helpers the bench scripts share: the JSON figure line, a percentile, stderr notes, timing.

Imported as ``bench.common`` once a script has put the repository on sys.path (as it does for
``bench.liar_corpus``); it imports nothing from claimdesk, so it works with any BENCH_DESKTOP.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def emit(
    metric: str, value: float, unit: str, target: float | None, digits: int | None = None
) -> None:
    """Print one figure as a JSON line {"metric", "value", "unit", "target"} on stdout; the
    value is rounded to `digits` decimals (None: as given)."""
    if digits is not None:
        value = round(value, digits)
    print(
        json.dumps({"metric": metric, "value": value, "unit": unit, "target": target}), flush=True
    )


def percentile(values: Sequence[float], share: float) -> float:
    """The value below which `share` (0…1) of the values lie, interpolated linearly between
    the two nearest values (numpy's default); 0.5 is the median."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def note(text: str) -> None:
    """A remark for the reader on stderr, as '# text' (stdout holds only the figures)."""
    print(f"# {text}", file=sys.stderr, flush=True)


def timed_ms(call: Callable[[], Any]) -> tuple[float, Any]:
    """The wall time of `call()` in milliseconds, and what it returned."""
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def scratch_home(home: Path) -> dict[str, str]:
    """Environment for a measured Claimdesk process: settings, data, logs and caches in a
    scratch `home`, Qt offscreen, a fixed user name."""
    return {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "CLAIMDESK_USER": "bench",
    }
