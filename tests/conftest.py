"""Shared fixtures: real SQLite files and a real PostgreSQL server, never a mocked database.

PostgreSQL: CLAIMDESK_TEST_PG_URL names a server to use; otherwise a throwaway server is started
from the local installation for the session. Without PostgreSQL the server-backed tests skip,
except under CI=true, where they fail instead: CI must prove both backends.
"""

from __future__ import annotations

import itertools
import logging
import os

# Qt must pick its platform before the first Qt import anywhere in the test session.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read the English wording unless they ask for another language: the command line and
# Qt's system locale follow these variables, whatever the developer's terminal says.
os.environ.update(LANG="C.UTF-8", LC_ALL="", LC_MESSAGES="", LANGUAGE="")
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from claimdesk.core.db import open_database
from claimdesk.core.project import Project

from .pg_server import ThrowawayPostgres, find_pg_bin
from .trail import trail_is_whole

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
SHARED_SEEDS = REPO.parent / "shared" / "seeds"
_database_numbers = itertools.count(1)


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


class PostgresServer:
    """A server we may create and drop databases on, with a migrated template for speed."""

    def __init__(self, admin_url: str):
        self.admin_url = make_url(admin_url)
        self._admin = sa.create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        self._template: str | None = None

    def url_for(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def create_database(self, migrated: bool = True) -> str:
        name = f"claimdesk_test_{os.getpid()}_{next(_database_numbers)}"
        with self._admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
            template = self._migrated_template() if migrated else "template0"
            connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url_for(name)

    def _migrated_template(self) -> str:
        if self._template is None:
            name = f"claimdesk_template_{os.getpid()}"
            with self._admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
                connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
            open_database(self.url_for(name)).close()
            self._template = name
        return self._template

    def dispose(self) -> None:
        self._admin.dispose()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    configured = os.environ.get("CLAIMDESK_TEST_PG_URL")
    throwaway = None
    if configured:
        url = configured
    else:
        bin_dir = find_pg_bin()
        if bin_dir is None:
            message = (
                "PostgreSQL is not installed (install postgresql or set CLAIMDESK_TEST_PG_URL)"
            )
            if _in_ci():
                pytest.fail(f"CI=true: {message}")
            pytest.skip(message)
        throwaway = ThrowawayPostgres(bin_dir).start()
        url = throwaway.url
    server = PostgresServer(url)
    yield server
    server.dispose()
    if throwaway is not None:
        throwaway.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, migrated database on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "project.sqlite3")
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database()


@pytest.fixture
def project(database_url: str, request: pytest.FixtureRequest) -> Iterator[Project]:
    with Project.open(database_url, actor="analyst") as opened:
        yield opened
        trail_is_whole(opened, request)


@pytest.fixture
def sqlite_project(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Project]:
    with Project.open(tmp_path / "project.sqlite3", actor="analyst") as opened:
        yield opened
        trail_is_whole(opened, request)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    report = yield
    if report.when == "call":
        item.call_failed = report.failed  # type: ignore[attr-defined]
    return report


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"third-party data not present at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def shared_seeds() -> Path:
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"third-party seed texts not present at {SHARED_SEEDS}")
    return SHARED_SEEDS


@pytest.fixture
def cli_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """cli.main logs to a file; here into tmp_path, and its handler is closed afterwards."""
    from claimdesk import cli

    monkeypatch.setattr(cli, "log_path", lambda: tmp_path / "log" / "claimdesk.log")
    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers[len(before) :]:
        logging.getLogger().removeHandler(handler)
        handler.close()
