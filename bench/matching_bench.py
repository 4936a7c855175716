"""Similar claims: quality on our labelled set, and speed and memory at a million claims.

The labelled set, tests/fixtures/matching_pairs.jsonl, one JSON object a line, written in our
own words (facts and figures of news reporting carry over, no text does):

- ``a``, ``b``: two statements (English or German);
- ``kind``: "paraphrase" (the same claim in other words, same or other language),
  "same_subject_other_number" (the same thing counted, another figure: a claim one would
  want to see next to the other), "same_number_other_subject" (the same figure about
  something else), "unrelated";
- ``similar``: true for the first two kinds;
- ``languages``: "en-de" and so on, a's language first;
- ``topic``: the group of statements about one subject (five statements each);
- ``split``: "tune" (even topics: the weights and DUPLICATE_SCORE were fitted there) or
  "held_out" (odd topics: reported separately, to show what overfitting there is).

Quality: all statements of the set are claims of one project. Every statement of a similar
pair is a query; its *relevant* statements are those joined to it by similar pairs (directly
or through another statement: its topic's statements but the same-number one).
``similar(query, exclude=itself)`` ranks the project's other claims:

- precision@1: the share of queries whose first hit is relevant;
- recall@5: the mean over queries of the share of their relevant statements in the first 5.

Scale (1M claims, the cached bench database of bench/generate_db.py): the index job's rate
(``project.embeddings.index_job`` on the cached database when it still lacks vectors, the
time kept with the cache; ``--index-sample N`` times it afresh on a copy of N claims), the
in-memory meaning index's build time and RSS growth, and the p95 of ``similar()`` for new
statements (the labelled set's, none of which is in that database).

``--fit`` prints the weights a logistic regression finds on the tuning half, and the
DUPLICATE_SCORE it suggests; they are copied into core/matching/similar.py by hand.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "desktop"))
sys.path.insert(0, str(REPO))

from bench.common import emit, note, percentile, timed_ms  # noqa: E402

PAIRS = REPO / "tests" / "fixtures" / "matching_pairs.jsonl"
TARGET_P95_MS = 50
TARGET_INDEX_RATE = 20_000
TARGET_MEMORY_MB = 300
# Weight of a relevant pair in the fit: the pool holds about 80 others per relevant one.
BALANCE = 5.0
# The target score of a same-subject, other-figure pair: ranked above strangers, below
# the same claim in other words.
SAME_SUBJECT = 0.0


def load_pairs(path: Path = PAIRS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def statements(pairs: list[dict[str, Any]]) -> list[str]:
    """Every statement of the set once, in order of first appearance."""
    return list(dict.fromkeys(text for pair in pairs for text in (pair["a"], pair["b"])))


def relevant(pairs: list[dict[str, Any]], kinds: tuple[str, ...] = ()) -> dict[str, set[str]]:
    """For each statement of a similar pair (of one of ``kinds``, default all), the
    statements joined to it by such pairs, directly or through others."""
    edges: dict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        if pair["similar"] and (not kinds or pair["kind"] in kinds):
            edges[pair["a"]].add(pair["b"])
            edges[pair["b"]].add(pair["a"])
    groups: dict[str, set[str]] = {}
    for start in edges:
        seen, todo = {start}, [start]
        while todo:
            for other in edges[todo.pop()] - seen:
                seen.add(other)
                todo.append(other)
        groups[start] = seen - {start}
    return groups


def split_of(pairs: list[dict[str, Any]]) -> dict[str, str]:
    return {text: pair["split"] for pair in pairs for text in (pair["a"], pair["b"])}


def fill(project: Any, texts: list[str]) -> dict[str, int]:
    """The statements as claims (with the figures the claim form would read from them)."""
    from claimdesk.core.inputs import ClaimInput
    from claimdesk.core.quantities import parse_quantity

    ids = {}
    with project.batch():
        for text in texts:
            ids[text] = project.claims.create(
                ClaimInput(statement=text, quantity=parse_quantity(text))
            ).id
    return ids


def quality(project: Any, pairs: list[dict[str, Any]], ids: dict[str, int]) -> dict[str, float]:
    """precision@1 and recall@5 on all queries and on the held-out ones (see the docstring)."""
    groups = relevant(pairs)
    splits = split_of(pairs)
    by_id = {claim_id: text for text, claim_id in ids.items()}
    scores: dict[str, list[tuple[float, float]]] = {"all": [], "held_out": [], "tune": []}
    for query, wanted in groups.items():
        hits = project.similar.similar(query, exclude=ids[query], limit=5)
        found = [by_id[hit.id] for hit in hits]
        first = 1.0 if found and found[0] in wanted else 0.0
        recall = len(wanted & set(found)) / len(wanted)
        for name in ("all", splits[query]):
            scores[name].append((first, recall))
    result = {}
    for name, values in scores.items():
        result[f"precision_at_1_{name}"] = sum(v[0] for v in values) / len(values)
        result[f"recall_at_5_{name}"] = sum(v[1] for v in values) / len(values)
    return result


def measure_quality() -> None:
    from claimdesk.core.project import Project

    pairs = load_pairs()
    with (
        tempfile.TemporaryDirectory() as folder,
        Project.open(Path(folder) / "pairs.sqlite3", actor="bench") as project,
    ):
        ids = fill(project, statements(pairs))
        result = quality(project, pairs, ids)
    note(f"labelled set: {len(pairs)} pairs, {len(ids)} statements")
    for name in ("all", "held_out"):
        emit(f"similar precision@1 ({name})", result[f"precision_at_1_{name}"], "share", 0.8, 3)
        emit(f"similar recall@5 ({name})", result[f"recall_at_5_{name}"], "share", 0.8, 3)


# Fitting ----------------------------------------------------------------------------------


def fit() -> None:
    """Logistic regression of relevant-or-not on the signals of every (query, statement) of
    the tuning topics, the statements of the whole set as the pool."""
    import numpy as np

    from claimdesk.core.matching import names
    from claimdesk.core.matching.embedder import quantise, shared_embedder
    from claimdesk.core.matching.similar import Candidate, Probe, content_words, signals
    from claimdesk.core.quantities import parse_quantity

    pairs = load_pairs()
    texts = statements(pairs)
    groups = relevant(pairs)
    splits = split_of(pairs)
    embedder = shared_embedder()
    vectors = quantise(embedder.embed(texts)) if embedder else [None] * len(texts)
    quantities = [parse_quantity(text) for text in texts]
    candidates = [
        Candidate(i, text, None, None, quantities[i], None, "unverified", vectors[i])
        for i, text in enumerate(texts)
    ]
    paraphrases = relevant(pairs, ("paraphrase",))
    rows, labels, duplicates, pool_pairs = [], [], [], []
    for i, query in enumerate(texts):
        if query not in groups or splits[query] != "tune":
            continue
        probe = Probe(
            query, vectors[i], quantities[i], None, names.names_in(query), content_words(query)
        )
        for candidate in candidates:
            if candidate.id == i:
                continue
            found = signals(probe, candidate)
            rows.append(list(found.features().values()))
            labels.append(_label(candidate.statement, groups[query], paraphrases.get(query, set())))
            duplicates.append(candidate.statement in paraphrases.get(query, ()))
            pool_pairs.append((query, candidate.statement))
    x, y = np.array(rows), np.array(labels)
    weights, bias = _logistic(x, y)
    feature_names = list(found.features())
    fitted = dict(zip(feature_names, np.round(weights, 2).tolist(), strict=True))
    print(json.dumps({"weights": fitted, "bias": round(float(bias), 2)}))
    scores = 1 / (1 + np.exp(-(x @ weights + bias)))
    flags = np.array(duplicates)
    if "--show" in sys.argv:
        for k in np.argsort(-scores)[:40]:
            if not flags[k]:
                print(round(float(scores[k]), 2), labels[k], pool_pairs[k], rows[k])
    for threshold in np.arange(0.3, 0.99, 0.05):
        above = scores >= threshold
        share = flags[above].mean() if above.any() else float("nan")
        caught = above[flags].mean()
        print(f"score >= {threshold:.2f}: {share:.2f} of {above.sum()} are paraphrases, "
              f"{caught:.2f} of paraphrases caught")  # fmt: skip


def _label(text: str, wanted: set[str], same_claim: set[str]) -> float:
    """What the score should say: 1 for the same claim in other words, SAME_SUBJECT for
    the same thing counted with another figure (related, not a duplicate), 0 otherwise."""
    if text in same_claim:
        return 1.0
    return SAME_SUBJECT if text in wanted else 0.0


def _logistic(x: Any, y: Any, steps: int = 4_000, rate: float = 0.5, l2: float = 1e-3) -> Any:
    """Weights and bias by gradient descent, positives weighted up to balance the classes."""
    import numpy as np

    balance = np.where(y > 0, BALANCE, 1.0)
    weights, bias = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ weights + bias)))
        error = (p - y) * balance / balance.sum()
        weights -= rate * (x.T @ error + l2 * weights)
        bias -= rate * error.sum()
    return weights, bias


# Scale ------------------------------------------------------------------------------------


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure_index_rate(path: Path, sample: int | None) -> None:
    """Claims indexed a second by the index job: on the cached database when it still lacks
    vectors (the time is kept with the cache), else the kept time; ``sample`` times it on a
    fresh copy of that many claims instead."""
    from bench.generate_db import cached_sqlite, read_timings, write_timings
    from claimdesk.core.jobs import CancelToken, run_to_end
    from claimdesk.core.project import Project

    if sample:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "sample.sqlite3"
            shutil.copy(cached_sqlite(sample, sample // 10, 2_000), copy)
            with Project.open(copy, actor="bench", create=False) as project:
                project.embeddings.unindexed()
                started = time.perf_counter()
                done = run_to_end(project.embeddings.index_job(CancelToken()))
                seconds = time.perf_counter() - started
        note(f"index job: {done:,} claims of a fresh {sample:,}-claim copy in {seconds:.1f} s")
        emit("similar index claims/s", done / seconds, "claims/s", TARGET_INDEX_RATE, 0)
        return
    timings = read_timings(path)
    with Project.open(path, actor="bench", create=False) as project:
        missing = project.embeddings.unindexed()
        if missing:
            note(f"indexing {missing:,} claims of the cached database (once) …")
            started = time.perf_counter()
            done = run_to_end(project.embeddings.index_job(CancelToken()))
            seconds = time.perf_counter() - started
            timings = {**timings, "vectors_claims": done, "vectors_s": round(seconds, 1)}
            write_timings(path, timings)
    if not timings.get("vectors_s"):
        note("the cached database was indexed without timing: pass --index-sample")
        return
    rate = timings["vectors_claims"] / timings["vectors_s"]
    note(f"index job: {timings['vectors_claims']:,} claims in {timings['vectors_s']} s")
    emit("similar index claims/s", rate, "claims/s", TARGET_INDEX_RATE, 0)


def measure_scale(claims: int, sample: int | None) -> None:
    from bench.generate_db import cached_sqlite
    from claimdesk.core.matching.embedder import shared_embedder
    from claimdesk.core.project import Project

    path = cached_sqlite(claims, max(claims // 10, 1_000), 20_000)
    if not sample:  # the cached database needs its vectors before anything is measured
        measure_index_rate(path, None)
    shared_embedder()  # the model is the embedder's, not the index's
    queries = statements(load_pairs())
    with Project.open(path, actor="bench", create=False) as project:
        project.claims.get(1)
        before = rss_mb()
        build_ms, held = timed_ms(project.similar.warm_up)
        grown = rss_mb() - before
        arrays = sum(array.nbytes for array in project.similar.index_arrays()) / 2**20
        note(f"meaning index: {held:,} claims built in {build_ms / 1000:.1f} s, {arrays:.0f} MB")
        emit(f"similar index memory at {claims:,} claims", grown, "MB", TARGET_MEMORY_MB, 1)
        project.similar.similar(queries[0])
        times = [timed_ms(lambda q=q: project.similar.similar(q))[0] for q in queries]
    note(f"similar(): median {percentile(times, 0.5):.1f} ms over {len(times)} new statements")
    emit(f"similar p95 at {claims:,} claims", percentile(times, 0.95), "ms", TARGET_P95_MS, 1)
    if sample:  # after the memory figure: this job's freed memory would hide the index's
        measure_index_rate(path, sample)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fit", action="store_true", help="fit the weights on the tuning half")
    parser.add_argument("--show", action="store_true", help="with --fit: the best-scored others")
    parser.add_argument("--claims", type=int, default=1_000_000, help="size of the scale test")
    parser.add_argument("--index-sample", type=int, help="time the index job on N fresh claims")
    parser.add_argument("--no-scale", action="store_true", help="quality only")
    args = parser.parse_args()
    if args.fit:
        fit()
        return
    measure_quality()
    if not args.no_scale:
        measure_scale(args.claims, args.index_sample)


if __name__ == "__main__":
    main()
