"""Full-text search: FTS5 on SQLite, tsvector + GIN on PostgreSQL, kept in sync by triggers.

Built from the data already in the database, so opening an existing project indexes it
(about a minute per million claims on SQLite).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 15:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from claimdesk.core.search import ddl

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ddl.create(op.get_bind())


def downgrade() -> None:
    ddl.drop(op.get_bind())
