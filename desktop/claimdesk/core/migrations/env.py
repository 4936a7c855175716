"""Alembic environment: runs on the connection Claimdesk hands over, never opens its own."""

from __future__ import annotations

from alembic import context

from claimdesk.core.models import Base
from claimdesk.core.search.ddl import is_search_object

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
    # The full-text index is backend-specific SQL of its own (core/search/ddl.py), not models.
    include_name=lambda name, kind, _parents: (
        not (kind in ("table", "index") and is_search_object(name))
    ),
)
with context.begin_transaction():
    context.run_migrations()
