"""Exchange formats: CSV, Claimdesk JSON and ClaimReview, out and in."""

from __future__ import annotations

from ..errors import ClaimdeskError


class ExchangeError(ClaimdeskError):
    """A file cannot be imported; says why in one sentence."""


def where_text(where: object) -> str:
    """A rejected item's place: CSV rows are line numbers, JSON-LD items name their place."""
    return f"line {where}" if isinstance(where, int) else str(where)
