"""Similar claims (issue 17) on real projects, SQLite and PostgreSQL: across languages, by
figure, claimant and names, never deleted claims, vectors written with the claim, without the
model, the CLI's contract, and the model loading with no network."""

from __future__ import annotations

import json
import socket

import pytest
from bench.matching_bench import fill, load_pairs, quality, statements
from sqlalchemy import select

from claimdesk import cli
from claimdesk.core.enums import Qualifier
from claimdesk.core.inputs import ClaimInput
from claimdesk.core.matching import embedder, vectors
from claimdesk.core.matching.similar import DUPLICATE_SCORE
from claimdesk.core.models import ClaimEmbedding
from claimdesk.core.project import Project
from claimdesk.core.quantities import Quantity
from claimdesk.core.services import similar as similar_service

from .factories import budanov, soldiers_claim

GERMAN = "Etwa 11.000 nordkoreanische Soldaten sind in Kursk"
OTHERS = (
    "About 11,000 people attended the concert in Berlin.",
    "Wheat prices in Egypt rose by 40 percent within a year.",
    "The flood in Libya left about 4,000 people dead in Derna.",
    "North Korea has sent 3,000 workers to Russian building sites.",
)


def _create(project: Project, statement: str, **fields) -> int:
    return project.claims.create(ClaimInput(statement=statement, **fields)).id


def _stored_vector(project: Project, claim_id: int) -> bytes | None:
    with project.database.read() as session:
        return session.scalar(
            select(ClaimEmbedding.vector).where(ClaimEmbedding.claim_id == claim_id)
        )


@pytest.fixture
def without_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a damaged install: no model, so no vectors (the database is the real one)."""
    for module in (vectors, similar_service):
        monkeypatch.setattr(module, "shared_embedder", lambda: None)


def test_the_german_statement_finds_the_english_claim_first(project):
    for statement in OTHERS:
        _create(project, statement)
    english = project.claims.create(soldiers_claim(project)).id

    found = project.similar.similar(GERMAN)

    assert found[0].id == english
    assert found[0].score >= DUPLICATE_SCORE > found[1].score
    codes = {reason.code: reason.params for reason in found[0].reasons}
    assert codes["same_figure"] == {"value": 11000, "unit": "soldiers"}
    assert codes["shared_names"] == {"names": ["Kursk"]}
    assert codes["meaning"]["similarity"] > 0.5


def test_the_same_figure_and_claimant_rank_above_an_unrelated_claim(project):
    source = budanov(project)
    unrelated = _create(project, "Rents in Berlin rose by 3 percent last year.")
    guns = Quantity(120, None, "Koksan guns", Qualifier.ABOUT)
    same = _create(
        project,
        "Russian units have received about 120 Koksan guns.",
        claimant_id=source,
        quantity=guns,
    )
    asked = _create(
        project,
        "Budanov: North Korea gave Russia some 120 Koksan artillery pieces.",
        claimant_id=source,
        quantity=Quantity(120, None, "Koksan-Geschütze", Qualifier.EXACT),
    )

    found = project.similar.similar_to(asked)

    assert [claim.id for claim in found][:2] == [same, unrelated]
    assert found[0].score > found[1].score
    assert asked not in [claim.id for claim in found]
    reasons = {reason.code: reason.params for reason in found[0].reasons}
    assert reasons["same_figure"] == {"value": 120, "unit": "Koksan guns"}
    assert reasons["same_claimant"] == {"name": "Kyrylo Budanov"}
    assert "Koksan" in reasons["shared_names"]["names"]
    assert found[0].claimant == "Kyrylo Budanov" and found[0].quantity == guns


def test_a_disagreeing_figure_of_the_same_thing_is_named_as_such(project):
    other = _create(
        project,
        "12,000 North Korean troops are fighting in the Kursk region.",
        quantity=Quantity(12000, None, "troops"),
    )
    found = project.similar.similar(GERMAN)
    assert found[0].id == other
    assert ("same_unit", {"unit": "troops"}) in [(r.code, r.params) for r in found[0].reasons]


def test_deleted_claims_are_never_returned(project):
    english = project.claims.create(soldiers_claim(project)).id
    kept = _create(project, "North Korean soldiers were seen near Kursk.")
    assert english in [claim.id for claim in project.similar.similar(GERMAN)]

    project.claims.delete([english])

    assert [claim.id for claim in project.similar.similar(GERMAN)] == [kept]
    with pytest.raises(Exception, match="claim"):
        project.similar.similar_to(english)
    project.claims.restore([english])
    assert project.similar.similar(GERMAN)[0].id == english


def test_an_edited_statement_gets_its_vector_in_the_same_transaction(project):
    claim_id = _create(project, "Wheat prices in Egypt rose by 40 percent.")
    old = _stored_vector(project, claim_id)
    new_text = "About 11,000 North Korean soldiers are in Russia's Kursk region."
    record = project.claims.get(claim_id)

    with pytest.raises(RuntimeError), project.batch():
        project.claims.update(claim_id, ClaimInput(statement=new_text), record.version)
        raise RuntimeError("the analyst's batch fails after the edit")
    assert _stored_vector(project, claim_id) == old
    assert project.similar.similar(GERMAN)[0].score < 0.3

    project.claims.update(claim_id, ClaimInput(statement=new_text), record.version)

    assert _stored_vector(project, claim_id) == embedder.shared_embedder().quantised([new_text])[0]
    assert project.similar.similar(GERMAN)[0].id == claim_id
    assert project.similar.similar(GERMAN)[0].score > 0.5


def test_claims_added_by_another_connection_are_found(database_url):
    with (
        Project.open(database_url, actor="a") as first,
        Project.open(database_url, actor="b") as second,
    ):
        _create(first, "Wheat prices in Egypt rose by 40 percent.")
        assert second.similar.warm_up() == 1
        english = first.claims.create(soldiers_claim(first)).id
        assert second.similar.similar(GERMAN)[0].id == english
        first.claims.delete([english])
        assert english not in [claim.id for claim in second.similar.similar(GERMAN)]


def test_matching_works_without_the_model(project, without_model):
    for statement in OTHERS:
        _create(project, statement)
    english = project.claims.create(soldiers_claim(project)).id
    assert _stored_vector(project, english) is None

    found = project.similar.similar(GERMAN)

    assert found[0].id == english
    codes = [reason.code for reason in found[0].reasons]
    assert "same_figure" in codes and "shared_names" in codes and "meaning" not in codes


def test_the_model_loads_without_network(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    loaded = embedder.Embedder()
    vectors_ = loaded.embed([GERMAN, "About 11,000 North Korean soldiers are in Kursk."])
    assert vectors_.shape == (2, embedder.DIMENSIONS)
    assert float(vectors_[0] @ vectors_[1]) > 0.6


def test_quality_on_the_labelled_set(sqlite_project):
    """Loose: the bench measured precision@1 0.90 and recall@5 0.80 (both halves alike)."""
    pairs = load_pairs()
    assert len(pairs) >= 200
    result = quality(sqlite_project, pairs, fill(sqlite_project, statements(pairs)))
    assert result["precision_at_1_all"] >= 0.8
    assert result["precision_at_1_held_out"] >= 0.75
    assert result["recall_at_5_all"] >= 0.7


# The command line -------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.usefixtures("cli_log")
def test_cli_similar_prints_one_json_object_per_claim_best_first(database_url, capsys):
    with Project.open(database_url, actor="analyst") as project:
        english = project.claims.create(soldiers_claim(project)).id
        for statement in OTHERS:
            _create(project, statement)

    status, out, err = run(
        capsys, "similar", "--db", database_url, "--json", "--limit", "3", GERMAN
    )

    assert status == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 3 and lines[0]["id"] == english
    assert all(set(line) == {"id", "score", "reasons"} for line in lines)
    scores = [line["score"] for line in lines]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)
    assert all(round(s, 3) == s for s in scores)
    assert "same figure: 11,000 soldiers" in lines[0]["reasons"]
    assert "shared names: Kursk" in lines[0]["reasons"]


@pytest.mark.usefixtures("cli_log")
@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["  "], "TEXT must not be empty"),
        (["--limit", "0", "x"], "--limit must be a whole number from 1 to 1000"),
        (["--limit", "1001", "x"], "--limit must be a whole number from 1 to 1000"),
    ],
)
def test_cli_similar_refuses_bad_input_in_one_line(tmp_path, capsys, argv, message):
    Project.open(tmp_path / "p.sqlite3").close()
    status, out, err = run(capsys, "similar", "--db", str(tmp_path / "p.sqlite3"), *argv)
    assert status == 1 and out == ""
    assert err.strip() == f"claimdesk: {message}"


@pytest.mark.usefixtures("cli_log")
def test_cli_similar_on_a_missing_database_is_one_line(tmp_path, capsys):
    status, _out, err = run(capsys, "similar", "--db", str(tmp_path / "none.sqlite3"), "x")
    assert status == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.usefixtures("cli_log")
def test_cli_index_computes_the_missing_vectors(database_url, capsys, monkeypatch):
    with Project.open(database_url, actor="analyst") as project, monkeypatch.context() as off:
        for module in (vectors, similar_service):
            off.setattr(module, "shared_embedder", lambda: None)
        ids = [_create(project, statement) for statement in OTHERS]
    with Project.open(database_url, actor="analyst") as project:
        assert project.embeddings.unindexed() == len(ids)

    status, out, err = run(capsys, "index", "--db", database_url, "--json")

    assert status == 0, err
    assert json.loads(out) == {"indexed": len(ids), "remaining": 0}
    with Project.open(database_url, actor="analyst") as project:
        assert project.embeddings.unindexed() == 0
        assert _stored_vector(project, ids[0]) is not None
    status, out, _err = run(capsys, "index", "--db", database_url)
    assert status == 0 and out.strip() == "Indexed 0 claims."
