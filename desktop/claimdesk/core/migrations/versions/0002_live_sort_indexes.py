"""Partial indexes over live claims for every sortable column, so deep pages stay index-only.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 11:39:26.503899
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")
UNJUDGED = sa.text("deleted_at IS NULL AND status IN ('in_progress', 'unverified')")


def upgrade() -> None:
    op.drop_index(op.f("ix_claims_as_of"), table_name="claims")
    op.drop_index(op.f("ix_claims_claimed_on"), table_name="claims")
    op.create_index(
        "ix_claims_live_as_of",
        "claims",
        ["as_of", "id"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )
    op.create_index(
        "ix_claims_live_claimant",
        "claims",
        ["claimant_id", "id"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )
    op.create_index(
        "ix_claims_live_claimed_on",
        "claims",
        ["claimed_on", "id"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )
    op.create_index(
        "ix_claims_live_credibility",
        "claims",
        ["credibility", "id"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )
    op.create_index(
        "ix_claims_live_id",
        "claims",
        ["id"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )
    op.create_index(
        "ix_claims_live_quantity",
        "claims",
        ["quantity_value", "id"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )
    op.create_index(
        "ix_claims_review_queue",
        "claims",
        ["created_at", "id"],
        unique=False,
        sqlite_where=UNJUDGED,
        postgresql_where=UNJUDGED,
    )
    op.create_index(
        "ix_claims_live_status",
        "claims",
        ["status", "id"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )
    op.create_index(
        "ix_claims_live_updated",
        "claims",
        ["updated_at", "id"],
        unique=False,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )


def downgrade() -> None:
    op.drop_index(
        "ix_claims_live_updated", table_name="claims", sqlite_where=LIVE, postgresql_where=LIVE
    )
    op.drop_index(
        "ix_claims_live_status", table_name="claims", sqlite_where=LIVE, postgresql_where=LIVE
    )
    op.drop_index(
        "ix_claims_review_queue",
        table_name="claims",
        sqlite_where=UNJUDGED,
        postgresql_where=UNJUDGED,
    )
    op.drop_index(
        "ix_claims_live_quantity", table_name="claims", sqlite_where=LIVE, postgresql_where=LIVE
    )
    op.drop_index(
        "ix_claims_live_id", table_name="claims", sqlite_where=LIVE, postgresql_where=LIVE
    )
    op.drop_index(
        "ix_claims_live_credibility", table_name="claims", sqlite_where=LIVE, postgresql_where=LIVE
    )
    op.drop_index(
        "ix_claims_live_claimed_on", table_name="claims", sqlite_where=LIVE, postgresql_where=LIVE
    )
    op.drop_index(
        "ix_claims_live_claimant", table_name="claims", sqlite_where=LIVE, postgresql_where=LIVE
    )
    op.drop_index(
        "ix_claims_live_as_of", table_name="claims", sqlite_where=LIVE, postgresql_where=LIVE
    )
    op.create_index(op.f("ix_claims_claimed_on"), "claims", ["claimed_on"], unique=False)
    op.create_index(op.f("ix_claims_as_of"), "claims", ["as_of"], unique=False)
