"""The migrations are the schema: built through them, a database equals the models exactly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from claimdesk.core import migrate, revisions, schema_check
from claimdesk.core.db import open_database
from claimdesk.core.models import Base
from claimdesk.core.search.ddl import is_search_object


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "fresh.sqlite3")
    return request.getfixturevalue("postgres").create_database(migrated=False)


def differences(engine: sa.Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        return compare_metadata(context, Base.metadata)


def include_name(name, kind, _parents):  # type: ignore[no-untyped-def]
    return not (kind in ("table", "index") and is_search_object(name))


def table_names(engine: sa.Engine) -> set[str]:
    return {name for name in sa.inspect(engine).get_table_names() if not is_search_object(name)}


def test_migrating_an_empty_database_gives_exactly_the_models(empty_url):
    database = open_database(empty_url)
    try:
        assert database.revision() == migrate.head_revision()
        assert differences(database.engine) == []
        assert table_names(database.engine) == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        database.close()


def test_constraint_names_follow_the_convention(empty_url):
    database = open_database(empty_url)
    try:
        inspector = sa.inspect(database.engine)
        for table in Base.metadata.tables:
            for fk in inspector.get_foreign_keys(table):
                assert fk["name"] is None or fk["name"].startswith(f"fk_{table}_")
            for unique in inspector.get_unique_constraints(table):
                assert unique["name"].startswith(f"uq_{table}_")
            for check in inspector.get_check_constraints(table):
                assert check["name"].startswith(f"ck_{table}_")
    finally:
        database.close()


def test_upgrade_downgrade_upgrade(empty_url):
    database = open_database(empty_url)
    try:
        migrate.downgrade(database.engine, "base")
        assert table_names(database.engine) <= {"alembic_version"}
        migrate.upgrade(database.engine)
        assert database.revision() == migrate.head_revision()
        assert differences(database.engine) == []
    finally:
        database.close()


def test_every_revision_downgrades_one_step_and_back(empty_url):
    database = open_database(empty_url)
    try:
        revisions = [script.revision for script in migrate._scripts().walk_revisions()]
        for revision in revisions:  # newest first
            migrate.downgrade(database.engine, "-1")
            migrate.upgrade(database.engine, revision)
            assert database.revision() == revision
    finally:
        database.close()


def _older_revisions() -> list[str]:
    return [
        s.revision
        for s in migrate._scripts().walk_revisions()
        if s.revision != migrate.head_revision()
    ]


@pytest.mark.parametrize("old_revision", _older_revisions())
def test_opening_an_older_sqlite_database_backs_it_up_then_upgrades(tmp_path, old_revision):
    path = tmp_path / "old.sqlite3"
    database = open_database(path)
    migrate.downgrade(database.engine, old_revision)
    database.close()
    with sqlite3.connect(path) as connection:
        tables_before = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()

    reopened = open_database(path)
    try:
        report = reopened.upgrade
        assert report is not None and report.from_revision == old_revision
        assert report.backup is not None and report.backup.exists()
        with sqlite3.connect(report.backup) as backup:
            revision = backup.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            tables = {row[0] for row in backup.execute("SELECT name FROM sqlite_master")}
        backup.close()
        assert revision == old_revision
        assert tables == tables_before
        assert reopened.revision() == migrate.head_revision()
    finally:
        reopened.close()


def test_an_up_to_date_database_is_not_backed_up_again(tmp_path):
    path = tmp_path / "p.sqlite3"
    open_database(path).close()
    reopened = open_database(path)
    assert reopened.upgrade is None
    reopened.close()
    assert [p.name for p in tmp_path.iterdir() if ".bak" in p.name] == []


def test_migrations_refuse_to_run_without_a_connection():
    from alembic import command

    with pytest.raises(RuntimeError, match="pass"):
        command.upgrade(migrate.alembic_config(None), "head")


def test_revision_ids_read_from_file_names_are_alembics():
    """Opening reads the head from the scripts' file names (core/revisions.py, no Alembic):
    every script must be named after its revision, and the highest number be Alembic's head."""
    scripts = list(migrate._scripts().walk_revisions())
    for script in scripts:
        assert Path(script.path).name.startswith(f"{script.revision}_"), script.path
    assert revisions.known_revisions() == {script.revision for script in scripts}
    assert revisions.head_revision() == migrate._scripts().get_current_head()


def test_head_schema_snapshot_is_what_the_migrations_create():
    """migrations/head_schema.json stands in for migrating a scratch database on every open;
    after adding or changing a migration, run tools/schema_snapshot.py."""
    head = migrate._scripts().get_current_head()
    assert head is not None
    expected = schema_check.snapshot_text(head) + "\n"
    assert schema_check.HEAD_SNAPSHOT.read_text(encoding="utf-8") == expected
