"""Generate a large, realistic Claimdesk database for benchmarks (cached between runs).

Rows are written with bulk Core inserts into a database built by the real migrations, so the
schema, indexes and constraints are exactly the product's. The text is synthetic: statements
are assembled from phrase pools in English and German around quantities, places and systems,
so that full-text search, sorting and filtering see realistic variety.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "desktop"))

from claimdesk.core.db import open_database  # noqa: E402
from claimdesk.core.models import (  # noqa: E402
    Article,
    AttributionHop,
    Citation,
    Claim,
    Source,
    Tag,
    claim_tags,
)

GENERATOR_VERSION = 5
CACHE = REPO / "bench" / "cache"

ACTORS = [
    "Kyrylo Budanov",
    "General Staff of Ukraine",
    "Russian Ministry of Defence",
    "ISW",
    "Oryx",
    "NIS South Korea",
    "Pentagon spokesperson",
    "Kremlin spokesperson",
    "UK Defence Intelligence",
    "Wagner channel",
    "Rybar",
    "DeepState",
    "OSCE monitor",
]
FIRST = [
    "Anna",
    "Oleksii",
    "Mariia",
    "Jonas",
    "Sophie",
    "Dmytro",
    "Lukas",
    "Iryna",
    "Tomasz",
    "Ji-woo",
    "Hannah",
    "Pavlo",
    "Katarzyna",
    "Felix",
    "Olena",
    "Min-jun",
    "Yulia",
    "Max",
]
LAST = [
    "Kovalenko",
    "Schmidt",
    "Shevchenko",
    "Nowak",
    "Müller",
    "Bondarenko",
    "Kim",
    "Weber",
    "Tkachenko",
    "Fischer",
    "Lee",
    "Melnyk",
    "Wagner",
    "Park",
    "Hoffmann",
    "Kravchuk",
]
OUTLETS = [
    "t-online",
    "The War Zone",
    "Kyiv Independent",
    "Der Spiegel",
    "Reuters",
    "BBC",
    "Meduza",
    "Ukrainska Pravda",
    "Yonhap",
    "Frankfurter Allgemeine",
    "Tagesschau",
    "Le Monde",
    "Novaya Gazeta",
    "Defense News",
    "Die Zeit",
    "NZZ",
]
PLACES = [
    "Kursk",
    "Donetsk",
    "Pokrovsk",
    "Bakhmut",
    "Kharkiv",
    "Zaporizhzhia",
    "Kherson",
    "Avdiivka",
    "Crimea",
    "Belgorod",
    "Sumy",
    "Chasiv Yar",
    "Toretsk",
    "Vuhledar",
    "Pjöngjang",
    "Kupiansk",
    "Lyman",
    "Mariupol",
    "Odesa",
    "Dnipro",
]
SYSTEMS = [
    "M1989 Koksan guns",
    "Shahed-136 drones",
    "KN-23 missiles",
    "T-90 tanks",
    "BMP-3 vehicles",
    "Lancet loitering munitions",
    "Iskander missiles",
    "HIMARS launchers",
    "Leopard 2 tanks",
    "artillery shells",
    "glide bombs",
    "Su-34 aircraft",
    "soldiers",
    "North Korean soldiers",
    "prisoners of war",
    "civilians",
    "air-defence systems",
]
VERBS_EN = [
    "have been delivered to",
    "were destroyed near",
    "are deployed in",
    "were lost around",
    "were sighted near",
    "have been moved to",
    "were captured near",
    "are stationed in",
]
VERBS_DE = [
    "wurden geliefert nach",
    "wurden zerstört bei",
    "sind stationiert in",
    "gingen verloren bei",
    "wurden gesichtet bei",
    "wurden verlegt nach",
]
QUALIFIERS = [
    ("about", "about"),
    ("more than", "more_than"),
    ("at least", "at_least"),
    ("up to", "at_most"),
    ("", "exact"),
    ("nearly", "at_most"),
    ("fewer than", "fewer_than"),
]
QUALIFIERS_DE = [
    ("etwa", "about"),
    ("mehr als", "more_than"),
    ("mindestens", "at_least"),
    ("rund", "about"),
    ("bis zu", "at_most"),
]
TAGS = [
    "North Korea",
    "drones",
    "artillery",
    "missiles",
    "troops",
    "losses",
    "air defence",
    "arms transfers",
    "Kursk",
    "Donbas",
    "naval",
    "sanctions",
    "casualties",
    "logistics",
    "Russia–DPRK cooperation",
    "Iran",
    "energy",
    "prisoners",
    "mobilisation",
    "disinformation",
]
WORDS = [
    "report",
    "analysts",
    "claim",
    "figure",
    "region",
    "front",
    "units",
    "brigade",
    "convoy",
    "satellite",
    "imagery",
    "statement",
    "interview",
    "source",
    "ministry",
    "officials",
    "estimate",
    "confirmed",
    "denied",
    "footage",
    "observers",
    "channel",
    "losses",
    "supply",
    "depot",
    "strike",
    "frontline",
    "village",
    "offensive",
    "defence",
]
STATUSES = (
    ["unverified"] * 50
    + ["in_progress"] * 15
    + ["verified"] * 15
    + ["false"] * 8
    + ["misleading"] * 6
    + ["unproven"] * 5
    + ["retracted"]
)
EPOCH = date(2022, 2, 24)


def cache_path(claims: int) -> Path:
    return CACHE / f"claims-{claims}-v{GENERATOR_VERSION}.sqlite3"


def _statement(rng: random.Random, number: int) -> tuple[str, str, float, str, str]:
    """A statement around a figure: (text, language, value, qualifier, unit)."""
    thing = rng.choice(SYSTEMS)
    place = rng.choice(PLACES)
    if rng.random() < 0.3:
        words, qualifier = rng.choice(QUALIFIERS_DE)
        formatted = f"{number:,}".replace(",", ".")
        text = f"{words} {formatted} {thing} {rng.choice(VERBS_DE)} {place}".strip()
        return text[0].upper() + text[1:] + ".", "de", number, qualifier, thing
    words, qualifier = rng.choice(QUALIFIERS)
    text = f"{words} {number:,} {thing} {rng.choice(VERBS_EN)} {place}".strip()
    extra = " ".join(rng.choices(WORDS, k=rng.randint(0, 6)))
    return (
        (text[0].upper() + text[1:] + (f", {extra}" if extra else "") + "."),
        "en",
        number,
        qualifier,
        thing,
    )


def _article_text(rng: random.Random, title: str) -> str:
    paragraphs = [title]
    for _ in range(rng.randint(3, 7)):
        paragraphs.append(" ".join(rng.choices(WORDS + PLACES + TAGS, k=rng.randint(25, 60))) + ".")
    return "\n\n".join(paragraphs)


def generate(target: str, claims: int, articles: int, sources: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    database = open_database(target)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    started = time.perf_counter()
    with database.engine.begin() as connection:
        tags = [{"id": i + 1, "name": name} for i, name in enumerate(TAGS)]
        connection.execute(Tag.__table__.insert(), tags)
        source_rows = []
        for i in range(sources):
            if i < len(OUTLETS):
                name, kind = OUTLETS[i], "media_outlet"
            elif i < len(OUTLETS) + len(ACTORS):
                name, kind = ACTORS[i - len(OUTLETS)], "organisation"
            else:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
                kind = rng.choice(["person", "person", "government", "organisation", "anonymous"])
            source_rows.append(
                {
                    "id": i + 1,
                    "kind": kind,
                    "name": name,
                    "role": rng.choice(WORDS),
                    "country": rng.choice(["Ukraine", "Russia", "Germany", "United States", None]),
                    "reliability": rng.choice("ABCDEF"),
                    "notes": None,
                    "created_at": now,
                    "updated_at": now,
                    "deleted_at": None,
                    "version": 1,
                }
            )
        _insert(connection, Source, source_rows)
        article_rows = []
        for i in range(articles):
            title = f"{rng.choice(PLACES)}: {' '.join(rng.choices(WORDS, k=6))}"
            published = EPOCH + timedelta(days=rng.randint(0, 1700))
            article_rows.append(
                {
                    "id": i + 1,
                    "title": title,
                    "url": f"https://news.example/{i + 1}",
                    "publisher_id": rng.randint(1, len(OUTLETS)),
                    "authors": [],
                    "language": rng.choice(["de", "en"]),
                    "published_on": published,
                    "captured_at": now,
                    "text": _article_text(rng, title),
                    "original": None,
                    "content_type": "text/html",
                    "sha256": f"{i:064x}",
                    "notes": None,
                    "created_at": now,
                    "updated_at": now,
                    "deleted_at": None,
                    "version": 1,
                }
            )
            if len(article_rows) == 10_000:
                _insert(connection, Article, article_rows)
                article_rows = []
        _insert(connection, Article, article_rows)
        batch: list[dict[str, object]] = []
        tag_batch: list[dict[str, int]] = []
        hop_batch: list[dict[str, object]] = []
        cite_batch: list[dict[str, object]] = []
        for i in range(claims):
            claim_id = i + 1
            number = rng.choice(
                [rng.randint(1, 200), rng.randint(100, 20_000), rng.randint(1, 900) * 1000]
            )
            statement, language, value, qualifier, unit = _statement(rng, number)
            claimed = EPOCH + timedelta(days=rng.randint(0, 1700))
            precision = rng.choice(["day", "day", "day", "month"])
            claimed_on = claimed.replace(day=1) if precision == "month" else claimed
            created = now - timedelta(minutes=claims - i)
            has_quantity = rng.random() < 0.8
            batch.append(
                {
                    "id": claim_id,
                    "statement": statement,
                    "quote": None,
                    "quote_language": language,
                    "claimant_id": rng.randint(1, sources),
                    "claimed_on": claimed_on,
                    "claimed_on_precision": precision,
                    "as_of": claimed,
                    "as_of_precision": "day",
                    "quantity_value": float(value) if has_quantity else None,
                    "quantity_upper": None,
                    "quantity_unit": unit if has_quantity else None,
                    "quantity_qualifier": qualifier if has_quantity else None,
                    "credibility": rng.choice("123456"),
                    "status": rng.choice(STATUSES),
                    "notes": None,
                    "created_by": "generator",
                    "updated_by": "generator",
                    "created_at": created,
                    "updated_at": created,
                    "deleted_at": None,
                    "version": 1,
                }
            )
            for tag in rng.sample(range(1, len(TAGS) + 1), rng.randint(0, 3)):
                tag_batch.append({"claim_id": claim_id, "tag_id": tag})
            if articles and rng.random() < 0.3:
                article_id = rng.randint(1, articles)
                hop_batch.append(
                    {
                        "claim_id": claim_id,
                        "position": 0,
                        "source_id": None,
                        "article_id": article_id,
                        "said_on": claimed,
                        "said_on_precision": "day",
                        "mode": "paraphrase",
                        "description": None,
                    }
                )
                cite_batch.append(
                    {
                        "claim_id": claim_id,
                        "article_id": article_id,
                        "role": "reports",
                        "excerpt": "report",
                        "start_offset": 0,
                        "end_offset": 6,
                        "context_before": "",
                        "context_after": "",
                        "anchor_state": "anchored",
                        "created_at": now,
                        "created_by": "generator",
                    }
                )
            if len(batch) == 20_000:
                _flush(connection, batch, tag_batch, hop_batch, cite_batch)
                print(
                    f"  {claim_id:,} claims ({time.perf_counter() - started:.0f} s)",
                    file=sys.stderr,
                )
        _flush(connection, batch, tag_batch, hop_batch, cite_batch)
    with database.engine.connect() as connection:
        if database.is_sqlite:
            connection.exec_driver_sql("ANALYZE")
        else:
            connection.execute(sa.text("COMMIT"))
            connection.exec_driver_sql("ANALYZE")
    database.close()


def _insert(connection: sa.Connection, model: type, rows: list[dict[str, object]]) -> None:
    if rows:
        connection.execute(model.__table__.insert(), rows)


def _flush(connection, claims, tags, hops, citations) -> None:  # type: ignore[no-untyped-def]
    _insert(connection, Claim, claims)
    if tags:
        connection.execute(claim_tags.insert(), tags)
    _insert(connection, AttributionHop, hops)
    _insert(connection, Citation, citations)
    for batch in (claims, tags, hops, citations):
        batch.clear()


def cached_sqlite(claims: int = 1_000_000, articles: int = 100_000, sources: int = 20_000) -> Path:
    """The cached benchmark database, generated on first use."""
    path = cache_path(claims)
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        print(f"generating {path.name} (once; cached afterwards) …", file=sys.stderr)
        generate(str(partial), claims, articles, sources)
        partial.rename(path)
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--sources", type=int, default=20_000)
    parser.add_argument("--db", help="generate into this path or URL instead of the cache")
    args = parser.parse_args()
    if args.db:
        generate(args.db, args.claims, args.articles, args.sources)
    else:
        print(cached_sqlite(args.claims, args.articles, args.sources))
