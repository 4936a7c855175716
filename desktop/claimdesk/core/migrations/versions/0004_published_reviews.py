"""Published reviews: fact-checks imported from ClaimReview, kept with their own rating scale.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 14:30:59.800963
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# JSON on SQLite, JSONB on PostgreSQL, as in 0001.
JSON_DOCUMENT = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
STATUSES = "'unverified', 'in_progress', 'verified', 'misleading', 'false', 'unproven', 'retracted'"


def upgrade() -> None:
    op.create_table(
        "published_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("review_url", sa.String(length=2000), nullable=True),
        sa.Column("review_author", sa.String(length=300), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("rating_text", sa.String(length=500), nullable=True),
        sa.Column("rating_value", sa.Float(), nullable=True),
        sa.Column("best_rating", sa.Float(), nullable=True),
        sa.Column("worst_rating", sa.Float(), nullable=True),
        sa.Column("mapped_status", sa.String(length=12), nullable=True),
        sa.Column("appearances", JSON_DOCUMENT, nullable=False),
        sa.Column("original", JSON_DOCUMENT, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            f"mapped_status IN ({STATUSES})", name=op.f("ck_published_reviews_mapped_status")
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_published_reviews_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_reviews")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_published_reviews_fingerprint")),
    )
    with op.batch_alter_table("published_reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_published_reviews_claim_id"), ["claim_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("published_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_published_reviews_claim_id"))
    op.drop_table("published_reviews")
