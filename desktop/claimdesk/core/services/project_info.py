"""What is in a project: where it lives, its schema revision, how many of each thing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, exc, func, select

from .. import server_roles
from ..audit_verify import ChainReport, verify
from ..db import Database
from ..errors import ClaimdeskError, NotFoundError
from ..jobs import CancelToken
from ..models import Article, AuditEvent, Citation, Claim, ProjectSettings, Review, Source
from ..records import AuditRecord, ProjectInfo, ProjectSettingsRecord
from ..revisions import stored_revision
from ..server_roles import RolesReport
from .base import Service
from .convert import audit_record


class ProjectService(Service):
    def info(self) -> ProjectInfo:
        # Counted on the tables, not the mapped classes: `claimdesk info` then never pays for
        # configuring the ORM's mappers (a twentieth of a second), which nothing else it does needs.
        sources, articles, claims, citations, reviews = (
            model.__table__.c for model in (Source, Article, Claim, Citation, Review)
        )
        with self._db.read() as session:
            live_claims = select(claims.id).where(claims.deleted_at.is_(None))
            counts = {
                "sources": _count(session, select(sources.id).where(sources.deleted_at.is_(None))),
                "articles": _count(
                    session, select(articles.id).where(articles.deleted_at.is_(None))
                ),
                "claims": _count(session, live_claims),
                "citations": _count(
                    session, select(citations.id).where(citations.claim_id.in_(live_claims))
                ),
                "reviews": _count(
                    session, select(reviews.id).where(reviews.claim_id.in_(live_claims))
                ),
            }
            revision = stored_revision(session.connection())
        return ProjectInfo(self._db.location, self._db.dialect, revision, counts)

    def is_empty(self) -> bool:
        """No sources, articles or claims, not even deleted ones."""
        with self._db.read() as session:
            return not any(
                session.scalar(select(model.id).limit(1)) is not None
                for model in (Source, Article, Claim)
            )

    def settings(self) -> ProjectSettingsRecord:
        """The project's identity and shared rules."""
        with self._db.read() as session:
            row = session.get(ProjectSettings, 1)
            if row is None:
                raise NotFoundError("project_settings", 1)
            return ProjectSettingsRecord(row.project_id, row.created_at, row.four_eyes)

    def set_four_eyes(self, on: bool) -> ProjectSettingsRecord:
        """Ask (or stop asking) for a second person's confirmation of every verdict. Turning
        it off leaves verdicts already waiting as they are: they still need confirming."""
        with self._db.write(self._actor) as session:
            row = session.get(ProjectSettings, 1)
            if row is None:
                raise NotFoundError("project_settings", 1)
            row.four_eyes = bool(on)
            session.flush()
            return ProjectSettingsRecord(row.project_id, row.created_at, row.four_eyes)

    def init_server_roles(self) -> RolesReport:
        """Create the team roles on the PostgreSQL server and grant them their rights."""
        with _server_admin(self._db) as connection:
            return server_roles.init_roles(connection)

    def grant_server_role(self, role: str, users: list[str]) -> str:
        with _server_admin(self._db) as connection:
            return server_roles.grant_role(connection, role, users)

    def verify_audit(
        self, cancel: CancelToken | None = None, progress: Callable[[int, int], None] | None = None
    ) -> ChainReport:
        """Check the audit chain and the project's rows against it (core/audit_verify.py)."""
        with self._db.read(cancel) as session:
            return verify(session.connection(), cancel, progress)

    def audit_trail(self, entity: str, entity_id: int) -> list[AuditRecord]:
        """Every recorded change to one row, oldest first."""
        with self._db.read() as session:
            events = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
                .order_by(AuditEvent.id)
            )
            return [audit_record(event) for event in events]


@contextmanager
def _server_admin(database: Database) -> Iterator[Connection]:
    """A transaction for role administration; the server's refusal (no CREATEROLE) as data."""
    try:
        with database.engine.begin() as connection:
            yield connection
    except exc.ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) == "42501":
            raise ClaimdeskError(
                "roles_not_permitted", user=database.server_user or "", detail=str(error.orig)
            ) from None
        raise


def _count(session, query) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0
