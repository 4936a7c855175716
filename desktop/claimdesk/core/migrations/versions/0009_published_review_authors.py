"""Published reviews keep their authors (name, kind, web address), the precision of their date
("2024-07") and the review they moved the claim with, so that an export writes them as
published and tells the publisher's verdict from the analyst's own.

Rows imported before keep authors NULL (the export reads them from the stored original) and
their date precision NULL (read as a day, as it was stored); their
review is found again as the claim's first review to the status their rating mapped to, which
is the one the import wrote.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# JSON on SQLite, JSONB on PostgreSQL, as in 0001.
JSON_DOCUMENT = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
PRECISIONS = "'day', 'month', 'year'"
TAKEN_OVER = sa.text(
    "UPDATE published_reviews SET review_id = ("
    " SELECT min(reviews.id) FROM reviews"
    " WHERE reviews.claim_id = published_reviews.claim_id"
    " AND reviews.to_status = published_reviews.mapped_status)"
    " WHERE mapped_status IS NOT NULL"
)


def upgrade() -> None:
    # published_reviews has no triggers: batch mode (a copy of the table on SQLite) is safe.
    with op.batch_alter_table("published_reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("authors", JSON_DOCUMENT, nullable=True))
        batch_op.add_column(sa.Column("review_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_published_reviews_review_id_reviews"),
            "reviews",
            ["review_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.add_column(sa.Column("published_on_precision", sa.String(length=5), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f("ck_published_reviews_published_on_precision"),
            f"published_on_precision IN ({PRECISIONS})",
        )
    op.execute(TAKEN_OVER)


def downgrade() -> None:
    with op.batch_alter_table("published_reviews", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("ck_published_reviews_published_on_precision"), type_="check"
        )
        batch_op.drop_column("published_on_precision")
        batch_op.drop_constraint(
            batch_op.f("fk_published_reviews_review_id_reviews"), type_="foreignkey"
        )
        batch_op.drop_column("review_id")
        batch_op.drop_column("authors")
