"""Four eyes enforced by PostgreSQL itself: triggers on reviews and claims refuse, from any
client, a verdict that skips confirmation, a confirmation by the verdict's reviewer or by the
claim's author or last editor, and a rewritten review. On SQLite (one user, one file) the
services enforce the same rules.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 22:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERDICT = "NOT IN ('unverified', 'in_progress')"

REVIEWS = f"""
CREATE FUNCTION claimdesk_four_eyes_reviews() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    required boolean;
    author text;
    editor text;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.claim_id <> OLD.claim_id OR NEW.to_status <> OLD.to_status
           OR NEW.from_status <> OLD.from_status OR NEW.reviewer <> OLD.reviewer
           OR NEW.created_at <> OLD.created_at
           OR NEW.rationale IS DISTINCT FROM OLD.rationale THEN
            RAISE EXCEPTION 'claimdesk: review % is never rewritten', OLD.id
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF OLD.awaiting_confirmation AND NOT NEW.awaiting_confirmation THEN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'claimdesk_reviewer')
               AND NOT pg_has_role(current_user, 'claimdesk_reviewer', 'MEMBER') THEN
                RAISE EXCEPTION 'claimdesk four eyes: confirming a verdict needs the '
                    'claimdesk_reviewer role' USING ERRCODE = 'check_violation';
            END IF;
            SELECT created_by, updated_by INTO author, editor
                FROM claims WHERE id = NEW.claim_id;
            IF NEW.confirmed_by IS DISTINCT FROM current_user::text
               OR current_user::text IN (NEW.reviewer, author, editor) THEN
                RAISE EXCEPTION 'claimdesk four eyes: review % must be confirmed by a '
                    'different user than its reviewer and the claim''s author and last editor',
                    NEW.id USING ERRCODE = 'check_violation';
            END IF;
        ELSIF NEW.awaiting_confirmation <> OLD.awaiting_confirmation
              OR NEW.confirmed_by IS DISTINCT FROM OLD.confirmed_by
              OR NEW.confirmed_at IS DISTINCT FROM OLD.confirmed_at THEN
            RAISE EXCEPTION 'claimdesk four eyes: review % cannot be confirmed so', NEW.id
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    SELECT four_eyes INTO required FROM project_settings WHERE id = 1;
    IF coalesce(required, false) AND NEW.confirmed_by IS NOT NULL THEN
        RAISE EXCEPTION 'claimdesk four eyes: a review is confirmed after it is given'
            USING ERRCODE = 'check_violation';
    END IF;
    IF coalesce(required, false) AND NEW.to_status {VERDICT} THEN
        IF NOT NEW.awaiting_confirmation THEN
            RAISE EXCEPTION 'claimdesk four eyes: a verdict awaits a second user''s confirmation'
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.reviewer <> current_user::text THEN
            RAISE EXCEPTION 'claimdesk four eyes: the reviewer is the server user (%)',
                current_user USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$
"""

CLAIMS = f"""
CREATE FUNCTION claimdesk_four_eyes_claims() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    required boolean;
BEGIN
    IF NEW.status {VERDICT} AND (TG_OP = 'INSERT' OR NEW.status <> OLD.status) THEN
        SELECT four_eyes INTO required FROM project_settings WHERE id = 1;
        IF coalesce(required, false) AND NOT EXISTS (
            SELECT 1 FROM reviews
            WHERE claim_id = NEW.id AND to_status = NEW.status AND NOT awaiting_confirmation
        ) THEN
            RAISE EXCEPTION 'claimdesk four eyes: claim % takes a verdict only once confirmed',
                NEW.id USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(REVIEWS)
    op.execute(CLAIMS)
    op.execute(
        "CREATE TRIGGER claimdesk_four_eyes BEFORE INSERT OR UPDATE ON reviews "
        "FOR EACH ROW EXECUTE FUNCTION claimdesk_four_eyes_reviews()"
    )
    op.execute(
        "CREATE TRIGGER claimdesk_four_eyes BEFORE INSERT OR UPDATE OF status ON claims "
        "FOR EACH ROW EXECUTE FUNCTION claimdesk_four_eyes_claims()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER claimdesk_four_eyes ON claims")
    op.execute("DROP TRIGGER claimdesk_four_eyes ON reviews")
    op.execute("DROP FUNCTION claimdesk_four_eyes_claims()")
    op.execute("DROP FUNCTION claimdesk_four_eyes_reviews()")
