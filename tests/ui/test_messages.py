"""ui/messages.py words every problem and error the core reports; nothing the core raises
reaches a user as a code or as English from the core."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from claimdesk.core.errors import (
    ConflictError,
    ExchangeError,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from claimdesk.core.exchange.csv_import import CsvImportResult, RejectedRow
from claimdesk.core.exchange.jsonld import Place
from claimdesk.core.inputs import ArticleInput
from claimdesk.core.records import Changes
from claimdesk.ui import messages
from claimdesk.ui.dialogs.article_dialog import ArticleDialog
from claimdesk.ui.dialogs.source_dialog import SourceDialog

CORE = Path(messages.__file__).resolve().parents[1] / "core"
# Every way the core names a code: ExchangeError("csv_empty", …), problems.add(field, "required"),
# BadValue("not_a_date", …), FieldProblem("name", "required"), Rejection(position, "cr_nul").
_CODE_SITES = re.compile(
    r"""(?<!NotFound)(?:Error|BadValue)\(\s*"([a-z][a-z0-9_]+)"|"""
    r"""(?:FieldProblem|Rejection)\(\s*[^,()]+,\s*"([a-z][a-z0-9_]+)"|"""
    r"""\.add\(\s*[^,()]+,\s*"([a-z][a-z0-9_]+)\""""
)


class _AnyParams(dict):
    """Params as a message may ask for them: any key answers with a plain value."""

    def __missing__(self, key: str) -> object:
        return 3


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def core_codes() -> set[str]:
    codes = set()
    for path in CORE.rglob("*.py"):
        for match in _CODE_SITES.finditer(path.read_text(encoding="utf-8")):
            codes.add(match[1] or match[2] or match[3])
    return codes


def test_every_code_the_core_raises_has_words():
    codes = core_codes()
    assert {"required", "csv_empty", "not_a_date", "cr_nul", "host_timeout"} <= codes
    fallback = messages.error_text(ExchangeError("no_such_code_anywhere"))
    unworded = sorted(
        code
        for code in codes
        if messages.problem_text(FieldProblem("x", code, _AnyParams()))
        == fallback.replace("no_such_code_anywhere", code)
    )
    assert unworded == []


def test_field_problems_are_worded_with_their_params():
    assert messages.problem_text(FieldProblem("statement", "required")) == "must not be empty"
    too_long = FieldProblem("text", "too_long", {"length": 60_000, "limit": 50_000})
    assert messages.problem_text(too_long) == "is 60,000 characters long; at most 50,000 allowed"
    future = FieldProblem("claimed_on", "in_future", {"date": "2999-01-01"})
    assert messages.problem_line(future) == "Claimed on: 2999-01-01 lies in the future"
    used = FieldProblem("source.4", "still_used", {"claims": 1, "hops": 2, "articles": 0})
    assert messages.problem_text(used) == "is still used by 1 claim as claimant, 2 attribution hops"
    cited = FieldProblem("article.2", "still_cited", {"claims": 1})
    assert messages.problem_text(cited) == "is still cited by 1 claim"


def test_errors_are_worded_and_unknown_ones_name_only_their_type():
    assert messages.error_text(NotFoundError("claim", 7)) == "claim 7 does not exist"
    assert messages.error_text(ConflictError("source", 3, 1, None)) == (
        "source 3 was changed by someone else: it has been deleted"
    )
    invalid = ValidationError([FieldProblem("statement", "required"), FieldProblem("row", "x")])
    assert messages.error_text(invalid).startswith("Statement: must not be empty; ")
    unexpected = messages.error_text(KeyError("secret internals"))
    assert unexpected == "Something went wrong (KeyError). Details are in the log file."


def test_a_claimdesk_json_problem_names_the_file_and_the_row():
    error = ExchangeError(
        "json_bad_value",
        where=({"entity": "claim", "id": 5}, {"entity": "citation", "index": 2}),
        field="status",
        reason="json_not_a_choice",
        value='"maybe"',
        allowed=["verified", "false"],
        file="broken.json",
    )
    assert messages.error_text(error) == (
        "broken.json: claim 5, citation #2: 'status' is \"maybe\", not one of verified, false"
    )


def test_csv_rejections_name_the_files_own_column():
    rejected = (
        RejectedRow(4, (FieldProblem("claimed_on", "no_such_date", {"text": "32.13.2025",
                                                                     "column": "Datum"}),)),
        RejectedRow(10, (FieldProblem("row", "too_many_cells", {"cells": 5, "headers": 4}),)),
    )  # fmt: skip
    result = CsvImportResult(1, rejected, 2, False, Changes(), "claims.csv")
    assert messages.import_summary(result) == (
        "Imported 1 claim; rejected 2 rows; created 2 sources."
    )
    assert messages.rejection_lines(result) == [
        "line 4: Datum: '32.13.2025' is not a date that exists",
        "line 10: has 5 cells, the header 4",
    ]


def test_a_form_shows_the_words_not_the_code_under_the_field(qtbot, demo_workspace):
    project = demo_workspace.project
    first = project.articles.create(ArticleInput("First", url="https://example.org/a")).id
    dialog = ArticleDialog(None, demo_workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_submit(project.articles.create)
    dialog.url.setText("https://example.org/a")
    dialog.title.setText("The same address again")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("url") == f"article {first} already has this address"
    assert "address_taken" not in dialog.error_text("url")


def test_a_problem_without_a_field_of_its_own_is_shown_on_top_with_its_label(qtbot):
    dialog = SourceDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_errors({"claims": FieldProblem("claims", "none_selected")})
    assert dialog.general_error.text() == "Claims: no claim selected"


def test_places_in_a_json_ld_file_are_worded():
    assert messages.place_text(12) == "line 12"
    assert messages.place_text(Place(line=40, block=2, pointer="/@graph/1")) == (
        "script block 2 (line 40) at /@graph/1"
    )
    assert messages.place_text(Place(pointer="/1")) == "/1"
    assert messages.place_text(Place()) == "top level"
