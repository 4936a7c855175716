"""Our article extraction against plain trafilatura on the 504 annotated German news pages.

Both run in the same test on the same pages (bench/article_bench.py prints the same figures):
ours must be at least as good on every figure, whatever trafilatura's figures are in the
installed version. The pages are third-party data in ../shared/data; without it the test is
skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.article_bench import QUALITY, load_pages, measure

from claimdesk.core.project import Project


@pytest.mark.shared_data
def test_on_the_german_pages_ours_is_at_least_as_good_as_plain_trafilatura(
    shared_data: Path, tmp_path: Path
):
    pages = load_pages(shared_data / "news-de-trafilatura")
    assert len(pages) == 504
    with Project.open(str(tmp_path / "pages.sqlite3"), actor="test") as project:
        results = measure(pages, project)
    ours, theirs = results["ours"].figures(), results["trafilatura"].figures()
    for name in QUALITY:
        assert ours[name] >= theirs[name], (name, ours[name], theirs[name])
    assert ours["with_recall"] >= theirs["with_recall"]
    assert ours["without_found"] <= theirs["without_found"]
