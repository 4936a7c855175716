"""Exchange formats: CSV, Claimdesk JSON and ClaimReview, out and in."""

from __future__ import annotations
