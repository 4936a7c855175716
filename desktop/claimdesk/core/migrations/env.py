"""Alembic environment: runs on the connection Claimdesk hands over, never opens its own."""

from __future__ import annotations

from alembic import context

from claimdesk.core.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Claimdesk migrations run through claimdesk.core.migrate (or 'claimdesk migrate'), "
        "which passes the database connection in"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
