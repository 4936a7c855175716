"""A live index on (id, status, claimed_on): a list narrowed by status and claim dates is
read newest first from the index alone, stopping as soon as the page is full.

The (status, claimed_on, id) index of 0007 finds every match and sorts them; for a list
holding a tenth of all claims that is 100,000 entries for a page of 100. Walking this one
from the newest claim reads about 1,000.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 18:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")
INDEX = "ix_claims_live_id_status_claimed_on"


def upgrade() -> None:
    op.create_index(
        INDEX,
        "claims",
        ["id", "status", "claimed_on"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="claims", sqlite_where=LIVE, postgresql_where=LIVE)
