"""The analyst's path from article to claim, counted in actions (issue 14).

A scripted user captures an article from a .txt file and records its claims: select the
excerpt (1 action), New claim from selection (1), Save (1). Every claim must come out with a
claimant, the whole chain, a claim date, the quantity and unit where there is one, and the
citation; the counts are printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from claimdesk.core.resources import resource
from claimdesk.ui.dialogs.article_import_dialog import ArticleImportDialog
from claimdesk.ui.dialogs.claim_dialog import ClaimDialog

from .test_articles import reader_of, window  # noqa: F401  (fixture)
from .test_main_window import on_modal

DEMO = json.loads(resource("demo", "demo_project.json").read_text(encoding="utf-8"))
SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_4ad7493308ebd7cd.txt"
SEED_EXCERPTS = [
    ("Laut Budanow unterstützt Russland Nordkorea beim Aufbau einer Produktionslinie", None),
    ("Inzwischen sei die Zielgenauigkeit jedoch erheblich gesteigert worden.", None),
    ("Zuletzt gab es bereits Berichte über die russische Lieferung eines Flugabwehrsystems", None),
    (
        "Budanow zufolge haben russische Einheiten bislang rund 120 dieser Waffen erhalten",
        "weapons",
    ),
    ("befinden sich nach Budanows Angaben etwa 11.000 nordkoreanische Soldaten", "soldiers"),
    ("das die Entsendung nordkoreanischer Arbeitsmigranten nach Russland ermögliche", None),
    ("hilft Russland nach Einschätzung Budanows auch bei der Modernisierung", None),
]


def demo_file(tmp_path: Path) -> Path:
    article = DEMO["articles"]["report"]
    lines = [article["title"], "Von t-online", "10.06.2025", *article["text"][1:]]
    path = tmp_path / "bericht.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def capture(qtbot, window, path: Path):  # noqa: F811
    def accept(dialog: ArticleImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.capture is not None and not dialog.is_busy(), timeout=15_000)
        dialog.accept()

    on_modal(ArticleImportDialog, accept)
    window.data_actions.import_article(str(path))
    return reader_of(qtbot, window)


def record_claims(qtbot, window, reader, excerpts: list[str]) -> list[int]:  # noqa: F811
    """Select, New claim, Save for each excerpt; returns the actions each took."""
    counts = []
    for excerpt in excerpts:
        actions = 0
        text = reader.record.text
        start = text.index(excerpt)
        reader.select(start, start + len(excerpt))
        actions += 1  # the selection, one drag of the mouse

        def save(dialog: ClaimDialog, excerpt: str = excerpt) -> None:
            nonlocal actions
            assert dialog.statement.toPlainText().strip()
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            shown = [label.text() for label in dialog._errors.values() if label.isVisible()]
            assert not dialog.isVisible(), (excerpt, shown)
            actions += 1

        on_modal(ClaimDialog, save)
        reader.new_claim_button.click()
        actions += 1
        counts.append(actions)
    return counts


def check_claims(project, excerpts, units, publisher_name):
    for claim_id, (excerpt, unit) in enumerate(zip(excerpts, units, strict=True), start=1):
        claim = project.claims.get(claim_id)
        assert claim.citations[0].excerpt == excerpt
        assert claim.claimant is not None, excerpt
        assert claim.claimed_on is not None
        assert claim.hops[-1].article is not None
        if claim.claimant.name == publisher_name:
            assert len(claim.hops) == 1, excerpt  # the article's own voice
        else:
            names = [hop.source.name for hop in claim.hops[:-1]]
            assert names == ["Kyrylo Budanow", "The War Zone"], (excerpt, names)
        if unit is not None:
            assert claim.quantity is not None and claim.quantity.unit == unit, excerpt


def test_the_demo_article_takes_three_actions_per_claim(qtbot, window, tmp_path):  # noqa: F811
    reader = capture(qtbot, window, demo_file(tmp_path))
    claims = [claim for claim in DEMO["claims"] if claim.get("citations")]  # the article's
    excerpts = [claim["citations"][0]["excerpt"] for claim in claims]
    counts = record_claims(qtbot, window, reader, excerpts)
    print("\nactions per claim (demo article):", counts)
    assert counts[0] <= 6 and all(count <= 3 for count in counts[1:])
    units = [
        {"North Korean soldiers": "soldiers", "M1989 Koksan guns": "guns"}[c["quantity"]["unit"]]
        if c.get("quantity")
        else None
        for c in claims
    ]
    project = window.workspace.project
    check_claims(project, excerpts, units, "t-online")
    budanow = project.claims.get(1).claimant
    assert budanow.name == "Kyrylo Budanow"
    assert project.sources.get(budanow.id).role == "Chef des Geheimdienstes HUR"
    assert project.claims.get(3).claimant.name == "t-online"
    koksan = project.claims.get(4).quantity
    assert koksan.value == 120 and koksan.qualifier.value == "about"
    # Undo takes the claim and the sources made with it; redo brings both back.
    stack = window.workspace.undo_stack
    assert len(project.sources.refs()) == 3
    while stack.canUndo():
        stack.undo()
    assert [ref.name for ref in project.sources.refs()] == ["t-online"]


def test_the_seed_text_takes_three_actions_per_claim(qtbot, window, tmp_path):  # noqa: F811
    if not SEED.exists():
        pytest.skip("../shared/seeds is not present")
    reader = capture(qtbot, window, SEED)
    excerpts = [excerpt for excerpt, _ in SEED_EXCERPTS]
    counts = record_claims(qtbot, window, reader, excerpts)
    print("\nactions per claim (seed text):", counts)
    assert counts[0] <= 6 and all(count <= 3 for count in counts[1:])
    check_claims(
        window.workspace.project, excerpts, [unit for _, unit in SEED_EXCERPTS], "t-online"
    )
