"""Claim rows read on SQLite's driver connection equal those SQLAlchemy's types produce."""

from __future__ import annotations

from datetime import UTC

from bench.generate_db import generate

from claimdesk.core.enums import DatePrecision
from claimdesk.core.project import Project
from claimdesk.core.services import claim_rows


def test_driver_rows_equal_the_typed_rows(tmp_path):
    path = tmp_path / "rows.sqlite3"
    generate(str(path), claims=400, articles=30, sources=20)
    with Project.open(path) as project:
        ids = list(range(400, 0, -1))
        driver = project.claim_list.rows(ids)  # the SQLite path
        with project.database.read() as session:
            result = session.connection().execute(claim_rows.ROWS, {"ids": ids}).all()
        typed = {row[0]: claim_rows._row(*row) for row in result}
    assert driver == [typed[claim_id] for claim_id in ids]
    # Every kind of value went through the comparison.
    assert any(row.tags for row in driver) and any(row.citations for row in driver)
    assert any(row.quantity for row in driver) and any(row.reliability for row in driver)
    months = [
        row for row in driver if row.claimed_on and row.claimed_on.precision is DatePrecision.MONTH
    ]
    assert months and all(row.updated_at.tzinfo is UTC for row in driver)
