"""The check every test on a project ends with: the audit chain holds and the rows are what
the trail says (core/audit_verify.py)."""

from __future__ import annotations

import pytest

from claimdesk.core.project import Project


def trail_is_whole(project: Project, request: pytest.FixtureRequest) -> None:
    """After every test on a project: whatever the test did through the services left an
    audit chain that holds and rows that are what the trail says (tests that change rows
    behind the services' back on purpose are marked ``tampers``)."""
    if request.node.get_closest_marker("tampers") or getattr(request.node, "call_failed", False):
        return
    report = project.project.verify_audit()
    if not report.intact:
        found = report.to_json()
        pytest.fail(f"the audit trail does not hold: {found['broken']} {found['differences']}")
