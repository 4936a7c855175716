"""On PostgreSQL the audit trail is append-only for every client: an event is never deleted,
and once linked into the chain never changed (the link itself — seq, prev_hash, hash — is
written once, at the commit of the event's transaction). A database owner who switches
triggers off can still rewrite it; `claimdesk audit verify` then finds the break.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 22:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = """
CREATE FUNCTION claimdesk_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'claimdesk trail: audit event % is never deleted', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.seq IS NOT NULL
       OR NEW.id <> OLD.id OR NEW.at <> OLD.at OR NEW.actor <> OLD.actor
       OR NEW.action <> OLD.action OR NEW.entity <> OLD.entity
       OR NEW.entity_id <> OLD.entity_id
       OR NEW.before::text IS DISTINCT FROM OLD.before::text
       OR NEW.after::text IS DISTINCT FROM OLD.after::text
       OR NEW.context IS DISTINCT FROM OLD.context
       OR NEW.claim_id IS DISTINCT FROM OLD.claim_id THEN
        RAISE EXCEPTION 'claimdesk trail: audit event % is never changed', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    op.execute(
        "CREATE TRIGGER claimdesk_trail_append_only BEFORE UPDATE OR DELETE ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION claimdesk_trail_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER claimdesk_trail_append_only ON audit_events")
    op.execute("DROP FUNCTION claimdesk_trail_append_only()")
