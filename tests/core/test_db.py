"""Opening databases: locations, URLs, SQLite settings and every way it can go wrong."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from claimdesk.core import db as dbmod
from claimdesk.core.db import open_database, resolve_url
from claimdesk.core.errors import (
    DatabaseOpenError,
    NotAClaimdeskDatabaseError,
    SchemaTooNewError,
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_default_location_is_in_the_user_data_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    url = resolve_url(None)
    assert url.get_backend_name() == "sqlite"
    assert Path(url.database) == tmp_path / "xdg" / "Claimdesk" / "claimdesk.sqlite3"
    assert (tmp_path / "xdg" / "Claimdesk").is_dir()


def test_paths_and_urls_resolve(tmp_path):
    assert resolve_url(str(tmp_path / "a.db")).database == str(tmp_path / "a.db")
    assert resolve_url(f"sqlite:///{tmp_path}/b.db").database == f"{tmp_path}/b.db"
    pg = resolve_url("postgresql://ana:secret@db.example/claims")
    assert pg.drivername == "postgresql+psycopg"
    assert "secret" not in dbmod.safe_url(pg)


@pytest.mark.parametrize(
    ("target", "code"),
    [
        ("mysql://u@h/db", "unsupported_backend"),
        ("postgresql+psycopg://:::", "bad_url"),
        ("postgresql://localhost", "url_no_database"),
        ("sqlite://", "url_no_file"),
    ],
)
def test_bad_urls_are_refused_with_one_clear_message(target, code):
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(target)
    assert raised.value.code == code


def test_missing_directory(tmp_path):
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(tmp_path / "nope" / "x.sqlite3")
    assert raised.value.code == "no_directory"
    assert raised.value.params["directory"] == str(tmp_path / "nope")


def test_directory_instead_of_file(tmp_path):
    with pytest.raises(DatabaseOpenError, match=r"^db_is_folder"):
        open_database(tmp_path)


def test_missing_file_without_create(tmp_path):
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(tmp_path / "x.sqlite3", create=False)
    assert (raised.value.code, raised.value.params) == (
        "no_database",
        {"path": str(tmp_path / "x.sqlite3")},
    )
    assert not (tmp_path / "x.sqlite3").exists()


def test_file_that_is_not_a_database_is_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("just some notes\n" * 20)
    before = sha256(path)
    with pytest.raises(DatabaseOpenError, match=r"^not_sqlite"):
        open_database(path)
    assert sha256(path) == before


def test_foreign_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (id INTEGER PRIMARY KEY)")
    before = sha256(path)
    with pytest.raises(NotAClaimdeskDatabaseError) as raised:
        open_database(path)
    assert (raised.value.code, raised.value.params) == ("not_claimdesk", {"location": str(path)})
    assert sha256(path) == before


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = sha256(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(SchemaTooNewError) as raised:
        open_database(path)
    assert raised.value.code == "schema_too_new"
    assert raised.value.params == {"location": str(path), "revision": "9999_from_the_future"}
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


@pytest.mark.postgresql
def test_newer_schema_on_postgresql_is_refused(postgres):
    url = postgres.create_database()
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(SchemaTooNewError):
        open_database(url)


def test_unreachable_server_gives_one_line(unused_port):
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(f"postgresql+psycopg://someone:pw@127.0.0.1:{unused_port}/claims")
    assert raised.value.code == "cannot_connect"
    assert "\n" not in raised.value.params["detail"]
    assert "pw@" not in str(raised.value)


def test_sqlite_settings(tmp_path):
    database = open_database(tmp_path / "p.sqlite3")
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    database.close()


def test_empty_file_becomes_a_database(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    database = open_database(path)
    assert database.upgrade is not None and database.upgrade.from_revision is None
    database.close()


def test_backup_api_copy_is_a_consistent_database(tmp_path, sqlite_project):
    from claimdesk.core.backup import write_backup
    from claimdesk.core.demo import create_demo

    create_demo(sqlite_project)
    source = Path(sqlite_project.database.location)
    copy = write_backup(source, tmp_path / "copy.sqlite3")
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM claims").fetchone()[0] == 17
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_probe_reports_without_touching_anything(tmp_path):
    from claimdesk.core import migrate
    from claimdesk.core.db import probe_database

    missing = tmp_path / "missing.sqlite3"
    with pytest.raises(DatabaseOpenError, match=r"^no_database"):
        probe_database(missing)
    assert not missing.exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert probe_database(empty).empty
    current = tmp_path / "current.sqlite3"
    open_database(current).close()
    before = sha256(current)
    probe = probe_database(current)
    assert probe.revision == migrate.head_revision() and not probe.needs_upgrade
    assert not probe.empty
    assert sha256(current) == before
