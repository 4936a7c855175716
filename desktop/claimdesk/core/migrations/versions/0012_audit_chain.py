"""The audit trail becomes a hash chain (audit_events.seq, prev_hash, hash; audit_chain_head),
the project gets a random identity and its shared settings (project_settings: four eyes), and
a review can wait for a second person's confirmation.

An upgraded project's earlier events stay as they were, outside the chain: the chain begins
with an "origin" event naming the revision it was upgraded from and how many events came
before, instead of pretending that the earlier history was always chained.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 21:30:00
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from claimdesk.core.audit_chain import GENESIS, event_hash

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIONS_BEFORE = "'create', 'update', 'delete'"
ACTIONS_AFTER = ACTIONS_BEFORE + ", 'origin'"


def upgrade() -> None:
    # audit_events has no triggers: batch mode (a copy of the table on SQLite) is safe.
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("context", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("claim_id", sa.Integer(), nullable=True))
        batch_op.drop_constraint(op.f("ck_audit_events_action"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_audit_events_action"), f"action IN ({ACTIONS_AFTER})"
        )
        batch_op.create_index("ix_audit_events_seq", ["seq"], unique=True)
        batch_op.create_index("ix_audit_events_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_events_claim_id", ["claim_id"], unique=False)
    _claims_of_earlier_events()
    op.add_column(
        "reviews",
        sa.Column("awaiting_confirmation", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("reviews", sa.Column("confirmed_by", sa.String(length=200), nullable=True))
    op.add_column("reviews", sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True))
    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_chain_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    settings = op.create_table(
        "project_settings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("project_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("four_eyes", sa.Boolean(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_project_settings_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_settings")),
    )
    _start_chain(head, settings)


def _claims_of_earlier_events() -> None:
    """The claim each earlier event belongs to, where the row still says so."""
    op.execute("UPDATE audit_events SET claim_id = entity_id WHERE entity = 'claims'")
    for entity, column in (
        ("attribution_hops", "claim_id"),
        ("citations", "claim_id"),
        ("reviews", "claim_id"),
        ("published_reviews", "claim_id"),
        ("claim_relations", "from_claim_id"),
    ):
        op.execute(
            f"UPDATE audit_events SET claim_id = "
            f"(SELECT {column} FROM {entity} WHERE {entity}.id = audit_events.entity_id) "
            f"WHERE entity = '{entity}'"
        )
    op.execute(
        "UPDATE audit_events SET claim_id = (SELECT reviews.claim_id FROM review_evidence "
        "JOIN reviews ON reviews.id = review_evidence.review_id "
        "WHERE review_evidence.id = audit_events.entity_id) WHERE entity = 'review_evidence'"
    )


def _start_chain(head: sa.Table, settings: sa.Table) -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    now = datetime.now(UTC)
    stored_now = now.replace(tzinfo=None) if sqlite else now
    earlier = connection.execute(sa.text("SELECT count(*) FROM audit_events")).scalar_one()
    claims = connection.execute(sa.text("SELECT count(*) FROM claims")).scalar_one()
    project_id = uuid.uuid4().hex
    connection.execute(
        settings.insert().values(
            id=1, project_id=project_id, created_at=stored_now, four_eyes=False
        )
    )
    if earlier or claims:
        after = {"origin": "upgrade", "from_revision": "0011", "earlier_events": earlier}
    else:
        after = {"origin": "new"}
    after["project_id"] = project_id
    origin = {
        "seq": 1,
        "prev_hash": GENESIS,
        "at": now,
        "actor": "claimdesk",
        "action": "origin",
        "entity": "project_settings",
        "entity_id": 1,
        "before": None,
        "after": after,
        "context": None,
        "claim_id": None,
    }
    origin["hash"] = event_hash(origin)
    events = sa.table(
        "audit_events",
        *(sa.column(name) for name in ("seq", "prev_hash", "actor", "action", "entity")),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("entity_id"),
        sa.column("before", sa.JSON()),
        sa.column("after", sa.JSON()),
        sa.column("context"),
        sa.column("claim_id"),
        sa.column("hash"),
    )
    connection.execute(events.insert().values(**{**origin, "at": stored_now}))
    connection.execute(head.insert().values(id=1, seq=1, hash=origin["hash"]))


def downgrade() -> None:
    op.drop_table("project_settings")
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_column("confirmed_at")
        batch_op.drop_column("confirmed_by")
        batch_op.drop_column("awaiting_confirmation")
    op.execute("DELETE FROM audit_events WHERE action = 'origin'")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_claim_id")
        batch_op.drop_index("ix_audit_events_at")
        batch_op.drop_index("ix_audit_events_seq")
        batch_op.drop_constraint(op.f("ck_audit_events_action"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_audit_events_action"), f"action IN ({ACTIONS_BEFORE})"
        )
        batch_op.drop_column("claim_id")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
        batch_op.drop_column("context")
