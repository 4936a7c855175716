"""Article captures: earlier versions of re-captured articles; compressed originals, charset.

Existing originals keep original_compression NULL, which means stored as captured.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 13:26:24.017630
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "article_captures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("original", sa.LargeBinary(), nullable=True),
        sa.Column("original_compression", sa.String(length=10), nullable=True),
        sa.Column("content_type", sa.String(length=200), nullable=True),
        sa.Column("charset", sa.String(length=40), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_captures_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_captures")),
    )
    with op.batch_alter_table("article_captures", schema=None) as batch_op:
        batch_op.create_index(
            "ix_article_captures_article_id_id", ["article_id", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_article_captures_sha256"), ["sha256"], unique=False)

    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("original_compression", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("charset", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_column("changed_at")
        batch_op.drop_column("charset")
        batch_op.drop_column("original_compression")

    with op.batch_alter_table("article_captures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_captures_sha256"))
        batch_op.drop_index("ix_article_captures_article_id_id")

    op.drop_table("article_captures")
