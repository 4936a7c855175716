"""Typed errors raised by the core, as data.

Every error carries a ``code`` naming what went wrong and ``params`` with the values a message
needs (a file name, a count, a field's length). The core writes no sentences for people: the UI
and the CLI word errors through ``ui/messages.py``, in the user's language. ``str()`` of an
error stays readable for developers (logs, tracebacks, test failures) and is never shown to a
user.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


def developer_text(code: str, params: Mapping[str, object]) -> str:
    """ "code (name=value, …)": how an error reads in a log; never shown to a user."""
    if not params:
        return code
    listed = ", ".join(f"{key}={value!r}" for key, value in params.items())
    return f"{code} ({listed})"


class ClaimdeskError(Exception):
    """Base class: every error the core raises on purpose."""

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params: dict[str, object] = params
        super().__init__(developer_text(code, params))


class BadValue(ValueError):
    """A value that cannot be read (a date, a number, a grade): ``code`` and ``params`` say why.

    A ValueError, so parsers keep their plain contract; checks that catch it turn it into a
    FieldProblem with the same code and params.
    """

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params: dict[str, object] = params
        super().__init__(developer_text(code, params))


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One bad field: which (dotted for nested input: "hops.1.source_id", "quantity.upper"),
    what is wrong with it (a code such as "required" or "too_long") and the values a message
    needs ({"length": 6000, "limit": 5000})."""

    field: str
    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.field}: {developer_text(self.code, self.params)}"

    def under(self, parent: str) -> FieldProblem:
        """The same problem keyed under a parent field ("said_on" → "hops.0.said_on")."""
        key = f"{parent}.{self.field}" if self.field else parent
        return FieldProblem(key, self.code, self.params)


class ValidationError(ClaimdeskError):
    """Input that cannot be saved. Names every bad field and why; nothing was written."""

    def __init__(self, problems: Iterable[FieldProblem]):
        found: dict[str, FieldProblem] = {}
        for problem in problems:
            found.setdefault(problem.field, problem)
        self.problems = found
        super().__init__("invalid")

    def __str__(self) -> str:
        return "invalid input: " + "; ".join(map(str, self.problems.values()))


class NotFoundError(ClaimdeskError):
    """The row asked for does not exist (or was deleted)."""

    def __init__(self, entity: str, entity_id: int):
        self.entity = entity
        self.entity_id = entity_id
        super().__init__("not_found", entity=entity, id=entity_id)


class ConflictError(ClaimdeskError):
    """Someone changed the row since the caller read it; nothing was overwritten.

    Code "deleted" when the row is gone, "changed" when it is at another version."""

    def __init__(
        self, entity: str, entity_id: int, expected_version: int, current_version: int | None
    ):
        self.entity = entity
        self.entity_id = entity_id
        self.expected_version = expected_version
        self.current_version = current_version
        super().__init__(
            "deleted" if current_version is None else "changed",
            entity=entity,
            id=entity_id,
            expected=expected_version,
            current=current_version,
        )


class DatabaseOpenError(ClaimdeskError):
    """The database could not be opened: bad path or URL, not a database, server unreachable."""


class StorageError(ClaimdeskError):
    """The database failed underneath an operation (disk full, server gone); nothing was kept."""


class NotAClaimdeskDatabaseError(DatabaseOpenError):
    """The database holds tables, but not Claimdesk's; it is left untouched."""

    def __init__(self, location: str):
        super().__init__("not_claimdesk", location=location)


class SchemaTooNewError(DatabaseOpenError):
    """The database was written by a newer Claimdesk; it is left untouched."""

    def __init__(self, location: str, revision: str):
        self.revision = revision
        super().__init__("schema_too_new", location=location, revision=revision)


class DamagedDatabaseError(DatabaseOpenError):
    """PRAGMA quick_check found the file damaged; it was neither changed nor copied."""

    def __init__(self, path: str, detail: str):
        super().__init__("database_damaged", path=path, detail=detail)


class Cancelled(ClaimdeskError):
    """Long work stopped because the caller asked it to; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class ExchangeError(ClaimdeskError):
    """A file cannot be imported (CSV, Claimdesk JSON, ClaimReview); the code says why."""


def problems_of(parent: str, error: ValidationError) -> list[FieldProblem]:
    """Re-key a nested validation error under a parent field (e.g. hops.0.source_id)."""
    return [problem.under(parent) for problem in error.problems.values()]
