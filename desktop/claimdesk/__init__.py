"""Claimdesk: track, grade and verify claims made in news reporting."""

__version__ = "0.1.0"
