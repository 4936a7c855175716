"""Conflicting figures are stored (claim_conflicts, with claim_figures: each claim's unit key
and date span, the index the detection reads its candidates from); both are derived data
written with every claim write, and filled for an older project by ConflictService.detect_job.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 05:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "claim_conflicts",
        sa.Column("claim_a", sa.Integer(), nullable=False),
        sa.Column("claim_b", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("claim_a < claim_b", name=op.f("ck_claim_conflicts_ordered")),
        sa.ForeignKeyConstraint(
            ["claim_a"],
            ["claims.id"],
            name=op.f("fk_claim_conflicts_claim_a_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["claim_b"],
            ["claims.id"],
            name=op.f("fk_claim_conflicts_claim_b_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("claim_a", "claim_b", name=op.f("pk_claim_conflicts")),
    )
    op.create_index("ix_claim_conflicts_claim_b", "claim_conflicts", ["claim_b"])
    op.create_table(
        "claim_figures",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("starts", sa.Date(), nullable=False),
        sa.Column("ends", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_figures_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_claim_figures")),
    )
    op.create_index("ix_claim_figures_unit_starts", "claim_figures", ["unit", "starts"])


def downgrade() -> None:
    op.drop_index("ix_claim_figures_unit_starts", table_name="claim_figures")
    op.drop_table("claim_figures")
    op.drop_index("ix_claim_conflicts_claim_b", table_name="claim_conflicts")
    op.drop_table("claim_conflicts")
