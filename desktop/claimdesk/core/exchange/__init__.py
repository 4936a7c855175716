"""Exchange formats: CSV, Claimdesk JSON and ClaimReview, out and in."""

from __future__ import annotations

from ..errors import ClaimdeskError


class ExchangeError(ClaimdeskError):
    """A file cannot be imported; says why in one sentence."""
