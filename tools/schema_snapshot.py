"""Write desktop/claimdesk/core/migrations/head_schema.json after adding a migration.

    PYTHONPATH=desktop python tools/schema_snapshot.py

The file is what our migrations create at the head revision, as core/schema_check.py compares
a project file with it; opening an up-to-date project then needs no Alembic. The test
test_head_schema_snapshot_is_what_the_migrations_create fails until it is rewritten.
"""

from __future__ import annotations

from claimdesk.core.revisions import head_revision
from claimdesk.core.schema_check import HEAD_SNAPSHOT, snapshot_text


def main() -> None:
    HEAD_SNAPSHOT.write_text(snapshot_text(head_revision()) + "\n", encoding="utf-8")
    print(f"{HEAD_SNAPSHOT}: schema of revision {head_revision()}")


if __name__ == "__main__":
    main()
