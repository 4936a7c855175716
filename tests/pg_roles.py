"""Team members on the test PostgreSQL server: login roles in the claimdesk team roles.

On PostgreSQL the people are the server's roles (Database.server_user), so tests that act
as two people connect as two roles."""

from __future__ import annotations

import sqlalchemy as sa

from claimdesk import cli


def login_role(admin_url: object, name: str) -> None:
    """A login role ``name`` on the server (roles are server-wide; kept between tests)."""
    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")  # type: ignore[arg-type]
    with engine.connect() as admin:
        exists = admin.exec_driver_sql(
            "SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": name}
        ).first()
        if not exists:
            admin.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
    engine.dispose()


def member(postgres: object, url: str, name: str, role: str = "analyst") -> str:
    """``name`` as a member of a team role on the database at ``url``; returns the URL that
    connects as ``name``. Memberships are server-wide and outlive the test database: give
    each role its own name across the suite."""
    login_role(postgres.admin_url, name)  # type: ignore[attr-defined]
    assert cli.main(["server", "init", "--db", url]) == 0
    assert cli.main(["server", "grant", role, name, "--db", url]) == 0
    return sa.engine.make_url(url).set(username=name).render_as_string(hide_password=False)
