"""A live index on (status, claimed_on, id): lists narrowed by status and a span of claim
dates are counted and paged from the index alone.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 09:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")
INDEX = "ix_claims_live_status_claimed_on"


def upgrade() -> None:
    op.create_index(
        INDEX,
        "claims",
        ["status", "claimed_on", "id"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="claims", sqlite_where=LIVE, postgresql_where=LIVE)
