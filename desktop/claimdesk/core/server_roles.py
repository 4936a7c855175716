"""The team's roles on a PostgreSQL server (`claimdesk server init`).

Three group roles, created when missing, granted what each needs on the project's database,
and kept so for tables later migrations create (default privileges of the role running this,
which should be the one that runs the migrations):

- claimdesk_reader: open, search, export — the server refuses every write;
- claimdesk_analyst: a reader who also enters and edits claims, sources, articles and gives
  verdicts;
- claimdesk_reviewer: an analyst who may also confirm a colleague's verdict when the project
  asks for four eyes (the server's trigger checks the membership once the role exists).

No team role may delete or rewrite audit events (only link new ones) or change the project's
settings (four eyes): that is the tables' owner's, who runs `claimdesk server init`.

People are login roles made members of one of these: ``claimdesk server grant ROLE USER``.
Running init again is harmless: it re-applies the grants (after an upgrade added tables).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from .errors import ClaimdeskError

READER = "claimdesk_reader"
ANALYST = "claimdesk_analyst"
REVIEWER = "claimdesk_reviewer"
ROLES = (READER, ANALYST, REVIEWER)
_SHORT = {"reader": READER, "analyst": ANALYST, "reviewer": REVIEWER}


@dataclass(frozen=True, slots=True)
class RolesReport:
    database: str
    created: tuple[str, ...]  # roles that did not exist before
    roles: tuple[str, ...]


def init_roles(connection: Connection) -> RolesReport:
    """Create the roles (when missing) and grant them their rights on this database."""
    if connection.dialect.name != "postgresql":
        raise ClaimdeskError("server_only")
    database = str(connection.exec_driver_sql("SELECT current_database()").scalar())
    existing = set(
        connection.exec_driver_sql(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(%(names)s)",
            {"names": list(ROLES)},
        ).scalars()
    )
    created = []
    for role in ROLES:
        if role not in existing:
            connection.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
            created.append(role)
    quoted = connection.dialect.identifier_preparer.quote(database)
    statements = [
        f"GRANT {ANALYST} TO {REVIEWER}",
        f"GRANT {READER} TO {ANALYST}",
        f"GRANT CONNECT ON DATABASE {quoted} TO {READER}",
        f"GRANT USAGE ON SCHEMA public TO {READER}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {ANALYST}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {ANALYST}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {READER}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {ANALYST}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {ANALYST}",
        # The schema's version table is the migrations' business, not a team member's.
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {ANALYST}",
        # The trail: events are added and linked (seq, prev_hash, hash: once, a trigger
        # sees to it), never deleted; the head only moves.
        f"REVOKE UPDATE, DELETE ON audit_events FROM {ANALYST}",
        f"GRANT UPDATE (seq, prev_hash, hash) ON audit_events TO {ANALYST}",
        f"REVOKE INSERT, DELETE ON audit_chain_head FROM {ANALYST}",
        # The project's shared rules (four eyes) are the owner's to change, not a member's.
        f"REVOKE INSERT, UPDATE, DELETE ON project_settings FROM {ANALYST}",
    ]
    for statement in statements:
        connection.exec_driver_sql(statement)
    return RolesReport(database, tuple(created), ROLES)


def grant_role(connection: Connection, role: str, users: list[str]) -> str:
    """Make login roles members of one of the team roles ("reader", "analyst", "reviewer")."""
    if connection.dialect.name != "postgresql":
        raise ClaimdeskError("server_only")
    name = _SHORT.get(role, role)
    if name not in ROLES:
        raise ClaimdeskError("unknown_role", role=role, allowed=sorted(_SHORT))
    quote = connection.dialect.identifier_preparer.quote
    known = set(
        connection.exec_driver_sql(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(%(names)s)",
            {"names": [name, *users]},
        ).scalars()
    )
    if name not in known:
        raise ClaimdeskError("roles_missing", role=name)
    for user in users:
        if user not in known:
            raise ClaimdeskError("unknown_user", user=user)
    for user in users:
        connection.exec_driver_sql(f"GRANT {name} TO {quote(user)}")
    return name
