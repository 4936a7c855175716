"""Claims get sentence vectors (claim_embeddings, filled with every write and by a background
job for the claims saved before), and a conflict can be set aside as "incomparable".

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS_BEFORE = "'corroborates', 'contradicts', 'duplicates', 'supersedes'"
KINDS_AFTER = KINDS_BEFORE + ", 'incomparable'"


def upgrade() -> None:
    op.create_table(
        "claim_embeddings",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.String(length=60), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_embeddings_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_claim_embeddings")),
    )
    # claim_relations has no triggers: batch mode (a copy of the table on SQLite) is safe.
    with op.batch_alter_table("claim_relations", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_claim_relations_kind"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_claim_relations_kind"), f"kind IN ({KINDS_AFTER})"
        )


def downgrade() -> None:
    op.execute("DELETE FROM claim_relations WHERE kind = 'incomparable'")
    with op.batch_alter_table("claim_relations", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_claim_relations_kind"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_claim_relations_kind"), f"kind IN ({KINDS_BEFORE})"
        )
    op.drop_table("claim_embeddings")
