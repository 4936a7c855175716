"""Typed errors raised by the core.

The core never formats user-facing prose beyond a plain English message: the UI and CLI decide
how to present these (field highlights, dialogs, one line on stderr).
"""

from __future__ import annotations

from collections.abc import Mapping


class ClaimdeskError(Exception):
    """Base class: every error the core raises on purpose."""


class ValidationError(ClaimdeskError):
    """Input that cannot be saved. Names every bad field and why; nothing was written."""

    def __init__(self, problems: Mapping[str, str]):
        self.problems: dict[str, str] = dict(problems)
        listed = "; ".join(f"{field}: {why}" for field, why in self.problems.items())
        super().__init__(f"invalid input: {listed}")


class NotFoundError(ClaimdeskError):
    def __init__(self, entity: str, entity_id: int):
        self.entity = entity
        self.entity_id = entity_id
        super().__init__(f"{entity} {entity_id} does not exist")


class ConflictError(ClaimdeskError):
    """Someone changed the row since the caller read it; nothing was overwritten."""

    def __init__(
        self, entity: str, entity_id: int, expected_version: int, current_version: int | None
    ):
        self.entity = entity
        self.entity_id = entity_id
        self.expected_version = expected_version
        self.current_version = current_version
        if current_version is None:
            detail = "it has been deleted"
        else:
            detail = (
                f"it is now at version {current_version}, you edited version {expected_version}"
            )
        super().__init__(f"{entity} {entity_id} was changed by someone else: {detail}")


class DatabaseOpenError(ClaimdeskError):
    """The database could not be opened: bad path or URL, not a database, server unreachable."""


class StorageError(ClaimdeskError):
    """The database failed underneath an operation (disk full, server gone); nothing was kept."""


class NotAClaimdeskDatabaseError(DatabaseOpenError):
    pass


class SchemaTooNewError(DatabaseOpenError):
    """The database was written by a newer Claimdesk; it is left untouched."""

    def __init__(self, location: str, revision: str):
        self.revision = revision
        super().__init__(
            f"{location} has schema revision {revision}, which this version of Claimdesk does not "
            "know; it was written by a newer Claimdesk and has been left untouched"
        )


class Cancelled(ClaimdeskError):
    """Long work stopped because the caller asked it to; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled")


def problems_of(field: str, error: ValidationError) -> dict[str, str]:
    """Re-key a nested validation error under a parent field (e.g. hops.0.source_id)."""
    return {f"{field}.{key}": why for key, why in error.problems.items()}
