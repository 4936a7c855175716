"""Initial schema: sources, articles, claims with hops, citations, reviews, relations, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 11:04:41.878038
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# JSON on SQLite, JSONB on PostgreSQL (indexable, compact).
JSON_DOCUMENT = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=6), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("before", JSON_DOCUMENT, nullable=True),
        sa.Column("after", JSON_DOCUMENT, nullable=True),
        sa.CheckConstraint(
            "action IN ('create', 'update', 'delete')", name=op.f("ck_audit_events_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index(
        "ix_audit_events_entity_entity_id", "audit_events", ["entity", "entity_id"], unique=False
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=300), nullable=True),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("reliability", sa.String(length=1), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('person', 'organisation', 'government', 'media_outlet', 'anonymous')",
            name=op.f("ck_sources_kind"),
        ),
        sa.CheckConstraint(
            "reliability IN ('A', 'B', 'C', 'D', 'E', 'F')", name=op.f("ck_sources_reliability")
        ),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_sources_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    op.create_index(op.f("ix_sources_name"), "sources", ["name"], unique=False)
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("publisher_id", sa.Integer(), nullable=True),
        sa.Column("authors", JSON_DOCUMENT, nullable=False),
        sa.Column("language", sa.String(length=20), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("original", sa.LargeBinary(), nullable=True),
        sa.Column("content_type", sa.String(length=200), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_articles_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["publisher_id"], ["sources.id"], name=op.f("fk_articles_publisher_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("url", name=op.f("uq_articles_url")),
    )
    op.create_index(op.f("ix_articles_published_on"), "articles", ["published_on"], unique=False)
    op.create_index(op.f("ix_articles_publisher_id"), "articles", ["publisher_id"], unique=False)
    op.create_index(op.f("ix_articles_sha256"), "articles", ["sha256"], unique=False)
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("quote_language", sa.String(length=20), nullable=True),
        sa.Column("claimant_id", sa.Integer(), nullable=True),
        sa.Column("claimed_on", sa.Date(), nullable=True),
        sa.Column("claimed_on_precision", sa.String(length=5), nullable=True),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("as_of_precision", sa.String(length=5), nullable=True),
        sa.Column("quantity_value", sa.Float(), nullable=True),
        sa.Column("quantity_upper", sa.Float(), nullable=True),
        sa.Column("quantity_unit", sa.String(length=100), nullable=True),
        sa.Column("quantity_qualifier", sa.String(length=10), nullable=True),
        sa.Column("credibility", sa.String(length=1), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "as_of_precision IN ('day', 'month', 'year')", name=op.f("ck_claims_as_of_precision")
        ),
        sa.CheckConstraint(
            "claimed_on_precision IN ('day', 'month', 'year')",
            name=op.f("ck_claims_claimed_on_precision"),
        ),
        sa.CheckConstraint(
            "credibility IN ('1', '2', '3', '4', '5', '6')", name=op.f("ck_claims_credibility")
        ),
        sa.CheckConstraint(
            "quantity_qualifier IN ('exact', 'about', 'at_least', 'more_than', 'at_most', 'fewer_than', 'range')",
            name=op.f("ck_claims_quantity_qualifier"),
        ),
        sa.CheckConstraint(
            "status IN ('unverified', 'in_progress', 'verified', 'misleading', 'false', 'unproven', 'retracted')",
            name=op.f("ck_claims_status"),
        ),
        sa.CheckConstraint("length(statement) > 0", name=op.f("ck_claims_statement_not_empty")),
        sa.CheckConstraint(
            "quantity_upper IS NULL OR quantity_upper >= quantity_value",
            name=op.f("ck_claims_quantity_range"),
        ),
        sa.ForeignKeyConstraint(
            ["claimant_id"], ["sources.id"], name=op.f("fk_claims_claimant_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    op.create_index(op.f("ix_claims_as_of"), "claims", ["as_of"], unique=False)
    op.create_index(op.f("ix_claims_claimant_id"), "claims", ["claimant_id"], unique=False)
    op.create_index(op.f("ix_claims_claimed_on"), "claims", ["claimed_on"], unique=False)
    op.create_index("ix_claims_status_updated_at", "claims", ["status", "updated_at"], unique=False)
    op.create_table(
        "attribution_hops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("said_on", sa.Date(), nullable=True),
        sa.Column("said_on_precision", sa.String(length=5), nullable=True),
        sa.Column("mode", sa.String(length=10), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=True),
        sa.CheckConstraint(
            "mode IN ('verbatim', 'paraphrase')", name=op.f("ck_attribution_hops_mode")
        ),
        sa.CheckConstraint(
            "said_on_precision IN ('day', 'month', 'year')",
            name=op.f("ck_attribution_hops_said_on_precision"),
        ),
        sa.CheckConstraint(
            "source_id IS NOT NULL OR article_id IS NOT NULL",
            name=op.f("ck_attribution_hops_source_or_article"),
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_attribution_hops_article_id_articles")
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_attribution_hops_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_attribution_hops_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attribution_hops")),
        sa.UniqueConstraint(
            "claim_id", "position", name=op.f("uq_attribution_hops_claim_id_position")
        ),
    )
    op.create_index(
        op.f("ix_attribution_hops_article_id"), "attribution_hops", ["article_id"], unique=False
    )
    op.create_index(
        op.f("ix_attribution_hops_source_id"), "attribution_hops", ["source_id"], unique=False
    )
    op.create_table(
        "citations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("context_before", sa.Text(), nullable=False),
        sa.Column("context_after", sa.Text(), nullable=False),
        sa.Column("anchor_state", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "anchor_state IN ('anchored', 'moved', 'orphaned')",
            name=op.f("ck_citations_anchor_state"),
        ),
        sa.CheckConstraint(
            "role IN ('reports', 'supports', 'contradicts')", name=op.f("ck_citations_role")
        ),
        sa.CheckConstraint(
            "start_offset >= 0 AND end_offset > start_offset", name=op.f("ck_citations_offsets")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_citations_article_id_articles")
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_citations_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citations")),
    )
    op.create_index(op.f("ix_citations_article_id"), "citations", ["article_id"], unique=False)
    op.create_index(op.f("ix_citations_claim_id"), "citations", ["claim_id"], unique=False)
    op.create_table(
        "claim_relations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_claim_id", sa.Integer(), nullable=False),
        sa.Column("to_claim_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "kind IN ('corroborates', 'contradicts', 'duplicates', 'supersedes')",
            name=op.f("ck_claim_relations_kind"),
        ),
        sa.CheckConstraint(
            "from_claim_id <> to_claim_id", name=op.f("ck_claim_relations_not_self")
        ),
        sa.ForeignKeyConstraint(
            ["from_claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_relations_from_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_relations_to_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_relations")),
        sa.UniqueConstraint(
            "from_claim_id",
            "to_claim_id",
            "kind",
            name=op.f("uq_claim_relations_from_claim_id_to_claim_id_kind"),
        ),
    )
    op.create_index(
        op.f("ix_claim_relations_to_claim_id"), "claim_relations", ["to_claim_id"], unique=False
    )
    op.create_table(
        "claim_tags",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_tags_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_claim_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("claim_id", "tag_id", name=op.f("pk_claim_tags")),
    )
    op.create_index(op.f("ix_claim_tags_tag_id"), "claim_tags", ["tag_id"], unique=False)
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=12), nullable=False),
        sa.Column("to_status", sa.String(length=12), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=True),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "from_status IN ('unverified', 'in_progress', 'verified', 'misleading', 'false', 'unproven', 'retracted')",
            name=op.f("ck_reviews_from_status"),
        ),
        sa.CheckConstraint(
            "to_status IN ('unverified', 'in_progress', 'verified', 'misleading', 'false', 'unproven', 'retracted')",
            name=op.f("ck_reviews_to_status"),
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_reviews_claim_id_claims"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    op.create_index("ix_reviews_claim_id_id", "reviews", ["claim_id", "id"], unique=False)
    op.create_table(
        "review_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("citation_id", sa.Integer(), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "citation_id IS NOT NULL OR url IS NOT NULL",
            name=op.f("ck_review_evidence_citation_or_url"),
        ),
        sa.ForeignKeyConstraint(
            ["citation_id"],
            ["citations.id"],
            name=op.f("fk_review_evidence_citation_id_citations"),
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_review_evidence_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_evidence")),
    )
    op.create_index(
        op.f("ix_review_evidence_citation_id"), "review_evidence", ["citation_id"], unique=False
    )
    op.create_index(
        op.f("ix_review_evidence_review_id"), "review_evidence", ["review_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_review_evidence_review_id"), table_name="review_evidence")
    op.drop_index(op.f("ix_review_evidence_citation_id"), table_name="review_evidence")
    op.drop_table("review_evidence")
    op.drop_index("ix_reviews_claim_id_id", table_name="reviews")
    op.drop_table("reviews")
    op.drop_index(op.f("ix_claim_tags_tag_id"), table_name="claim_tags")
    op.drop_table("claim_tags")
    op.drop_index(op.f("ix_claim_relations_to_claim_id"), table_name="claim_relations")
    op.drop_table("claim_relations")
    op.drop_index(op.f("ix_citations_claim_id"), table_name="citations")
    op.drop_index(op.f("ix_citations_article_id"), table_name="citations")
    op.drop_table("citations")
    op.drop_index(op.f("ix_attribution_hops_source_id"), table_name="attribution_hops")
    op.drop_index(op.f("ix_attribution_hops_article_id"), table_name="attribution_hops")
    op.drop_table("attribution_hops")
    op.drop_index("ix_claims_status_updated_at", table_name="claims")
    op.drop_index(op.f("ix_claims_claimed_on"), table_name="claims")
    op.drop_index(op.f("ix_claims_claimant_id"), table_name="claims")
    op.drop_index(op.f("ix_claims_as_of"), table_name="claims")
    op.drop_table("claims")
    op.drop_index(op.f("ix_articles_sha256"), table_name="articles")
    op.drop_index(op.f("ix_articles_publisher_id"), table_name="articles")
    op.drop_index(op.f("ix_articles_published_on"), table_name="articles")
    op.drop_table("articles")
    op.drop_table("tags")
    op.drop_index(op.f("ix_sources_name"), table_name="sources")
    op.drop_table("sources")
    op.drop_index("ix_audit_events_entity_entity_id", table_name="audit_events")
    op.drop_table("audit_events")
