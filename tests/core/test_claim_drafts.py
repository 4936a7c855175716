"""Drafting a claim from a sentence: claimant, chain, date, quantity (issue 14)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from claimdesk import cli
from claimdesk.core.attribution import Known, Named, find_attribution, fold, match
from claimdesk.core.claim_drafts import ArticleText, Voice, draft_all, draft_at
from claimdesk.core.demo import create_demo
from claimdesk.core.enums import Qualifier, SourceKind
from claimdesk.core.project import Project
from claimdesk.core.suggestions import suggest_claims
from claimdesk.core.units import lemma_of, split_unit

# Our own words, in the way German reports attribute.
TEXT = (
    "Moskau liefert Waffen\n"
    "Nach Angaben des ukrainischen Militärgeheimdienstchefs, Kyrylo Budanow, hilft Russland "
    'beim Bau von Drohnen, wie Budanow im Gespräch mit dem US-Portal "The War Zone" erklärt.\n'
    "Budanow zufolge haben russische Einheiten bislang rund 120 dieser Waffen erhalten.\n"
    "Zudem stehen nach Budanows Angaben etwa 11.000 nordkoreanische Soldaten in Kursk.\n"
    "In der Region seien nach seinen Angaben mehr als 40 Kamikaze-Drohnen abgeschossen worden.\n"
    "Bereits früher war über die Lieferung eines Flugabwehrsystems berichtet worden.\n"
)
ARTICLE = ArticleText(
    7, "Moskau liefert Waffen", TEXT, "de", date(2025, 6, 10), Named("Tagblatt", 3)
)
BUDANOV = Known(1, "Kyrylo Budanov", SourceKind.PERSON)


def at(sentence_start: str, known=(), voice=None):
    start = TEXT.index(sentence_start)
    return draft_at(ARTICLE, start, start + len(sentence_start), list(known), voice)


def test_a_new_claimant_comes_with_the_role_from_the_apposition_and_the_outlet():
    draft = at("Nach Angaben")
    assert draft.claimant == Named(
        "Kyrylo Budanow", None, SourceKind.PERSON, "ukrainischer Militärgeheimdienstchef"
    )
    assert [hop.name for hop in draft.chain] == [
        "Kyrylo Budanow",
        "The War Zone",
        "Moskau liefert Waffen",
    ]
    assert draft.chain[1].source.kind == SourceKind.MEDIA_OUTLET
    assert draft.chain[2].article_id == 7
    assert str(draft.claimed_on) == "2025-06-10" or draft.claimed_on.value == date(2025, 6, 10)
    assert draft.statement.startswith("Nach Angaben des ukrainischen")


def test_inflected_and_transliterated_names_find_the_existing_source():
    for opening in ("Budanow zufolge", "Zudem stehen"):
        draft = at(opening, [BUDANOV])
        assert draft.claimant.source_id == 1
        assert draft.chain[0].source.source_id == 1
    assert match("Budanow", [BUDANOV]) == BUDANOV
    assert match("Selenskyj", [Known(2, "Volodymyr Zelensky", SourceKind.PERSON)]) is not None
    assert match("Putin", [BUDANOV]) is None
    assert fold("Budanow") == fold("Budanov")


def test_quantities_carry_the_lemma_and_keep_the_modifier_apart():
    soldiers = at("Zudem stehen").quantity
    assert soldiers.quantity.value == 11000 and soldiers.quantity.qualifier == Qualifier.ABOUT
    assert (soldiers.unit, soldiers.unit_lemma_en, soldiers.modifier) == (
        "Soldaten",
        "soldiers",
        "nordkoreanische",
    )
    assert soldiers.quantity.unit == "soldiers" and soldiers.modifier_en == "North Korean"
    weapons = at("Budanow zufolge").quantity
    assert (weapons.quantity.value, weapons.unit_lemma_en) == (120, "weapons")
    assert weapons.phrase == "rund 120 dieser Waffen"
    drones = at("In der Region").quantity
    assert drones.unit_lemma_en == "drones" and drones.quantity.qualifier == Qualifier.MORE_THAN
    assert lemma_of("Artilleriegranaten") == "shells" and lemma_of("Kanone") == "guns"
    assert split_unit("North Korean soldiers").modifier == "North Korean"
    assert split_unit("russische Kampfjets").modifier_en == "Russian"
    assert split_unit("mysteriöse Drohnen").modifier_en is None  # no guessing
    assert split_unit("alte Panzer").modifier_en is None


def test_a_pronoun_takes_the_voice_of_the_previous_claim_and_the_own_voice_the_publisher():
    voice = Voice(Named("Kyrylo Budanov", 1), Named("The War Zone", 2))
    draft = at("In der Region", [BUDANOV], voice)
    assert [hop.name for hop in draft.chain] == ["Kyrylo Budanov", "The War Zone", ARTICLE.title]
    # Without a remembered voice the nearest attribution before it speaks.
    assert at("In der Region").claimant.name == "Kyrylo Budanow"
    own = at("Bereits früher")
    assert own.claimant == Named("Tagblatt", 3)
    assert [hop.article_id for hop in own.chain] == [7]


def test_english_attribution():
    for sentence, name in [
        ("According to Ukraine's defence ministry, 1,200 drones were launched.", None),
        ("Kyrylo Budanov told The War Zone that 11,000 troops are in Kursk.", "Kyrylo Budanov"),
        ("About 120 guns arrived, Budanov said.", "Kyrylo Budanov"),
    ]:
        found = find_attribution(sentence, sentence, [BUDANOV])
        if name:
            assert found.claimant.name == name


def test_glued_reading_time_is_no_suggestion():
    assert (
        suggest_claims("10.06.2025Lesedauer: 2 Min.\nEs kamen 300 Soldaten.\n", "de")[0].phrase
        == "300 Soldaten"
    )


def test_draft_all_lists_the_attributed_sentences_in_order():
    drafts = draft_all(ARTICLE, [BUDANOV])
    assert [d.quantity.unit_lemma_en if d.quantity else None for d in drafts] == [
        None,
        "weapons",
        "soldiers",
        "drones",
    ]
    assert all(d.claimant.source_id == 1 for d in drafts)


def test_cli_suggest_prints_one_object_per_claim(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    with Project.open(str(db), actor="analyst") as project:
        create_demo(project)
    assert cli.main(["suggest", "--db", str(db), "1", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    soldiers = next(
        line for line in lines if line["quantity"] and line["quantity"]["value"] == 11000
    )
    assert soldiers["claimant"] == {
        "name": "Kyrylo Budanov",
        "source": 1,
        "kind": "person",
        "role": None,
    }
    assert [hop["name"] for hop in soldiers["chain"]][:2] == ["Kyrylo Budanov", "The War Zone"]
    assert soldiers["chain"][2]["article"] == 1
    assert soldiers["claimed_on"] == {"date": "2025-06-10", "precision": "day"}
    assert soldiers["quantity"]["unit_lemma_en"] == "soldiers"
    assert soldiers["quantity"]["qualifier"] == "about"
    assert soldiers["language"] == "de"
    text = tmp_path / "report.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert cli.main(["suggest", "--db", str(db), str(text), "--json"]) == 0
    from_file = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert from_file and from_file[0]["chain"][-1]["article"] is None
    assert cli.main(["suggest", "--db", str(db), "99"]) == 1
    assert "article 99" in capsys.readouterr().err


def test_seed_text_from_the_shared_data(shared_seeds):
    path = shared_seeds / "000_4ad7493308ebd7cd.txt"
    if not path.exists():
        pytest.skip("seed text absent")
    text = path.read_text(encoding="utf-8")
    article = ArticleText(None, "Seed", text, "de", date(2025, 6, 10))
    drafts = draft_all(article, [BUDANOV])
    assert not any("Lesedauer" in d.sentence for d in drafts)
    soldiers = [d for d in drafts if d.quantity and d.quantity.unit_lemma_en == "soldiers"]
    assert soldiers and soldiers[0].claimant.source_id == 1
    assert [hop.name for hop in soldiers[0].chain][:2] == ["Kyrylo Budanov", "The War Zone"]
