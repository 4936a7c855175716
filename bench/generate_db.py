"""Generate a large, realistic Claimdesk database for benchmarks (cached between runs).

The schema is the product's: the real migrations build it up to revision 0004 (before the
full-text index), the rows go in with bulk Core inserts (SQLite) or COPY (PostgreSQL), and
then the remaining migrations run, so that revision 0005 builds the search index in one pass
as it does when a user's existing project is upgraded. The result is an ordinary project at
the head revision.

The text is synthetic but shaped like news text for full-text search: statements are built
from phrase pools in English and German around quantities, places and systems; article text,
quotes, notes and the extra words of statements draw from a vocabulary of real domain words
and 40,000 made-up words (syllables, a few with umlauts) with a Zipf-like distribution, plus a
long tail of 50,000 rare made-up words, so that there are very common terms, medium ones and
rare ones matching a handful of claims. Well-known actors make a fifth of the claims; some
claims carry a quote or a note. Everything is deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
import sys
import time
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "desktop"))

from claimdesk.core import migrate  # noqa: E402
from claimdesk.core.db import _make_engine, probe_database, resolve_url  # noqa: E402
from claimdesk.core.errors import DatabaseOpenError  # noqa: E402
from claimdesk.core.models import (  # noqa: E402
    Article,
    AttributionHop,
    Citation,
    Claim,
    Source,
    Tag,
    claim_tags,
)

GENERATOR_VERSION = 6
CACHE = REPO / "bench" / "cache"
# The last revision without the search index: rows are loaded there, the index is built after.
LOAD_REVISION = "0004"
INDEX_REVISION = "0005"

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
# The same things in German, aligned with SYSTEMS (the quantity unit stays the English one).
SYSTEMS_DE = [
    "Geschütze vom Typ M1989 Koksan",
    "Shahed-136-Drohnen",
    "Raketen vom Typ KN-23",
    "Kampfpanzer T-90",
    "Schützenpanzer BMP-3",
    "Lancet-Kamikazedrohnen",
    "Iskander-Raketen",
    "HIMARS-Raketenwerfer",
    "Leopard-2-Panzer",
    "Artilleriegranaten",
    "Gleitbomben",
    "Su-34-Kampfflugzeuge",
    "Soldaten",
    "nordkoreanische Soldaten",
    "Kriegsgefangene",
    "Zivilisten",
    "Flugabwehrsysteme",
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
WORDS_DE = [
    "Bericht",
    "Angaben",
    "Ministerium",
    "Sprecher",
    "Truppen",
    "Einheiten",
    "Front",
    "Angriff",
    "Verluste",
    "Munition",
    "Nachschub",
    "Stellungen",
    "Offensive",
    "Beschuss",
    "Aufklärung",
    "Satellitenbilder",
    "Geschütze",
    "Übergabe",
    "Kämpfe",
    "Brücke",
    "Führung",
    "Behörden",
    "Bevölkerung",
    "Flüchtlinge",
    "Grenzübergang",
    "Truppenstärke",
    "Lieferungen",
    "Gefechte",
    "Dörfer",
    "Städte",
]
# The most frequent words of running text, per language: in every document, as in real text.
FUNCTION_WORDS = {
    "en": [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "that",
        "said",
        "was",
        "for",
        "on",
        "with",
        "by",
        "from",
        "as",
        "at",
        "were",
        "has",
        "had",
        "not",
        "but",
        "after",
        "near",
        "their",
        "which",
        "also",
        "have",
        "been",
        "its",
        "they",
        "more",
        "than",
    ],
    "de": [
        "der",
        "die",
        "und",
        "das",
        "in",
        "den",
        "von",
        "zu",
        "mit",
        "sich",
        "des",
        "auf",
        "für",
        "ist",
        "im",
        "dem",
        "nicht",
        "ein",
        "eine",
        "als",
        "auch",
        "es",
        "an",
        "nach",
        "bei",
        "wurden",
        "seit",
        "noch",
        "nur",
        "wie",
    ],
}
FUNCTION_SHARE = 0.35  # of running text (articles, quotes); statements' extras have none
SYNTHETIC_WORDS = 40_000
ZIPF_EXPONENT = 1.05
# Real text is full of words seen once or twice (names, typos, jargon); Zipf alone has too
# few of them. This share of drawn content words is instead one of RARE_WORDS made-up words,
# uniformly, so that each of those is in a handful of claims (directly or through articles).
RARE_WORDS = 50_000
RARE_SHARE = 0.004
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
QUOTE_SHARE = 0.15
ACTOR_SHARE = 0.2
NOTE_SHARE = 0.08


# Vocabulary -------------------------------------------------------------------------------

_ONSETS = [
    "b",
    "br",
    "ch",
    "d",
    "dr",
    "f",
    "fr",
    "g",
    "gl",
    "gr",
    "h",
    "j",
    "k",
    "kl",
    "kr",
    "l",
    "m",
    "n",
    "p",
    "pl",
    "pr",
    "r",
    "s",
    "sch",
    "sk",
    "sl",
    "sp",
    "st",
    "str",
    "t",
    "tr",
    "v",
    "w",
    "z",
]
_NUCLEI = ("a", "e", "i", "o", "u", "ei", "au", "ie", "ou", "ia", "ä", "ö", "ü")
_NUCLEUS_WEIGHTS = (20, 18, 14, 14, 9, 4, 3, 3, 2, 2, 1.5, 1.2, 1.3)
_CODAS = ("", "n", "r", "s", "t", "l", "m", "nd", "rk", "st", "ck", "ng", "v", "sk", "tz", "k")
_CODA_WEIGHTS = (30, 9, 8, 7, 6, 6, 4, 3, 2, 3, 2, 3, 2, 1, 1, 3)
_SUFFIXES = ("", "er", "en", "ov", "ka", "ion", "ung", "ist", "ia", "ik", "ane", "enko", "ski")
_SUFFIX_WEIGHTS = (40, 6, 6, 3, 3, 3, 3, 2, 2, 2, 2, 1, 1)


def fold(word: str) -> str:
    """The word as the search index sees it: lower case, diacritics removed."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _real_words() -> set[str]:
    pools = (ACTORS, FIRST, LAST, OUTLETS, PLACES, SYSTEMS, SYSTEMS_DE, TAGS, WORDS, WORDS_DE)
    found = {fold(w) for pool in pools for text in pool for w in text.replace("-", " ").split()}
    for words in FUNCTION_WORDS.values():
        found.update(fold(w) for w in words)
    return found


@cache
def synthetic_words() -> tuple[str, ...]:
    """Made-up words built from syllables: the ranked vocabulary (most frequent first), then
    the rare words; the same on every run."""
    rng = random.Random(f"claimdesk-vocabulary-v{GENERATOR_VERSION}")
    taken = _real_words()
    words: list[str] = []
    while len(words) < SYNTHETIC_WORDS + RARE_WORDS:
        syllables = rng.choices((1, 2, 3), weights=(4, 6, 2))[0]
        word = (
            "".join(
                rng.choice(_ONSETS)
                + rng.choices(_NUCLEI, _NUCLEUS_WEIGHTS)[0]
                + rng.choices(_CODAS, _CODA_WEIGHTS)[0]
                for _ in range(syllables)
            )
            + rng.choices(_SUFFIXES, _SUFFIX_WEIGHTS)[0]
        )
        folded = fold(word)
        if len(folded) < 4 or folded in taken:
            continue
        taken.add(folded)
        words.append(word.capitalize() if rng.random() < 0.12 else word)
    return tuple(words)


@cache
def content_words() -> tuple[str, ...]:
    """Content words by rank: domain words interleaved with the first made-up words (so they
    are common to medium), then the long tail of made-up words."""
    domain = [*WORDS, *WORDS_DE, *PLACES, *(t.lower() for t in TAGS)]
    made_up = iter(synthetic_words()[:SYNTHETIC_WORDS])
    ranked: list[str] = []
    for word in domain:
        ranked.extend(itertools.islice(made_up, 5))
        ranked.append(word)
    ranked.extend(made_up)
    return tuple(ranked)


def rare_words() -> tuple[str, ...]:
    return synthetic_words()[SYNTHETIC_WORDS:]


def _zipf_cumulative(count: int, share: float = 1.0, start: float = 0.0) -> list[float]:
    weights = [share / (rank + 3) ** ZIPF_EXPONENT for rank in range(count)]
    total = sum(weights)
    return list(itertools.accumulate((w / total * share for w in weights), initial=start))[1:]


class Vocabulary:
    """Draws words: content words alone (statements' extras, titles, notes) or running text
    with function words (articles, quotes), both Zipf-distributed by rank."""

    def __init__(self) -> None:
        self.content = content_words()
        self.rare = rare_words()
        self._content_cum = _zipf_cumulative(len(self.content))
        self._text: dict[str, tuple[list[str], list[float]]] = {}
        for language, function in FUNCTION_WORDS.items():
            population = [*function, *self.content]
            cumulative = _zipf_cumulative(len(function), FUNCTION_SHARE)
            cumulative += _zipf_cumulative(
                len(self.content), 1 - FUNCTION_SHARE, start=cumulative[-1]
            )
            cumulative[-1] = 1.0
            self._text[language] = (population, cumulative)

    def words(self, rng: random.Random, k: int) -> list[str]:
        return self._with_rare(rng, rng.choices(self.content, cum_weights=self._content_cum, k=k))

    def sentence(self, rng: random.Random, language: str, k: int) -> str:
        population, cumulative = self._text[language]
        words = self._with_rare(rng, rng.choices(population, cum_weights=cumulative, k=k))
        roll = rng.random()
        if roll < 0.2:
            systems = SYSTEMS_DE if language == "de" else SYSTEMS
            words.insert(rng.randrange(len(words) + 1), rng.choice(systems))
        elif roll < 0.35:
            words.insert(rng.randrange(len(words) + 1), rng.choice(PLACES))
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def _with_rare(self, rng: random.Random, words: list[str]) -> list[str]:
        if words and rng.random() < RARE_SHARE * len(words):
            words[rng.randrange(len(words))] = rng.choice(self.rare)
        return words


# Rows -------------------------------------------------------------------------------------


def cache_path(claims: int) -> Path:
    return CACHE / f"claims-{claims}-v{GENERATOR_VERSION}.sqlite3"


def _statement(
    rng: random.Random, vocabulary: Vocabulary, number: int
) -> tuple[str, str, float, str, str]:
    """A statement around a figure: (text, language, value, qualifier, unit)."""
    system = rng.randrange(len(SYSTEMS))
    thing = SYSTEMS[system]
    place = rng.choice(PLACES)
    if rng.random() < 0.3:
        words, qualifier = rng.choice(QUALIFIERS_DE)
        formatted = f"{number:,}".replace(",", ".")
        text = f"{words} {formatted} {SYSTEMS_DE[system]} {rng.choice(VERBS_DE)} {place}".strip()
        extra = " ".join(vocabulary.words(rng, rng.randint(0, 4)))
        text = text[0].upper() + text[1:] + (f", {extra}" if extra else "") + "."
        return text, "de", number, qualifier, thing
    words, qualifier = rng.choice(QUALIFIERS)
    text = f"{words} {number:,} {thing} {rng.choice(VERBS_EN)} {place}".strip()
    extra = " ".join(vocabulary.words(rng, rng.randint(0, 6)))
    text = text[0].upper() + text[1:] + (f", {extra}" if extra else "") + "."
    return text, "en", number, qualifier, thing


def _article_text(
    rng: random.Random, vocabulary: Vocabulary, title: str, language: str
) -> tuple[str, int, str]:
    """The text (title first), and an excerpt from it with its offset."""
    paragraphs = [title]
    for _ in range(rng.randint(3, 7)):
        paragraphs.append(
            " ".join(
                vocabulary.sentence(rng, language, rng.randint(8, 18))
                for _ in range(rng.randint(2, 4))
            )
        )
    excerpt = paragraphs[1].split(". ")[0].rstrip(".") + "."
    return "\n\n".join(paragraphs), len(title) + 2, excerpt


Batch = tuple[sa.Table, list[dict[str, Any]]]


def rows(claims: int, articles: int, sources: int, seed: int = 1) -> Iterator[Batch]:
    """Every row of the database, in batches in foreign-key order; deterministic per seed."""
    rng = random.Random(seed)
    vocabulary = Vocabulary()
    now = datetime(2026, 11, 1, tzinfo=UTC)
    yield Tag.__table__, [{"id": i + 1, "name": name} for i, name in enumerate(TAGS)]
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
    yield Source.__table__, source_rows
    excerpts: list[tuple[int, str]] = []
    article_rows = []
    for i in range(articles):
        language = rng.choice(["de", "en"])
        title = f"{rng.choice(PLACES)}: {' '.join(vocabulary.words(rng, 6))}"
        text, offset, excerpt = _article_text(rng, vocabulary, title, language)
        excerpts.append((offset, excerpt))
        article_rows.append(
            {
                "id": i + 1,
                "title": title,
                "url": f"https://news.example/{i + 1}",
                "publisher_id": rng.randint(1, min(len(OUTLETS), sources)),
                "authors": [],
                "language": language,
                "published_on": EPOCH + timedelta(days=rng.randint(0, 1700)),
                "captured_at": now,
                "text": text,
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
        if len(article_rows) == 5_000:
            yield Article.__table__, article_rows
            article_rows = []
    yield Article.__table__, article_rows
    batch: list[dict[str, Any]] = []
    tag_batch: list[dict[str, Any]] = []
    hop_batch: list[dict[str, Any]] = []
    cite_batch: list[dict[str, Any]] = []
    for i in range(claims):
        claim_id = i + 1
        number = rng.choice(
            [rng.randint(1, 200), rng.randint(100, 20_000), rng.randint(1, 900) * 1000]
        )
        statement, language, value, qualifier, unit = _statement(rng, vocabulary, number)
        claimed = EPOCH + timedelta(days=rng.randint(0, 1700))
        precision = rng.choice(["day", "day", "day", "month"])
        claimed_on = claimed.replace(day=1) if precision == "month" else claimed
        created = now - timedelta(minutes=claims - i)
        has_quantity = rng.random() < 0.8
        quote = None
        if rng.random() < QUOTE_SHARE:
            quote = " ".join(
                vocabulary.sentence(rng, language, rng.randint(6, 16))
                for _ in range(rng.randint(1, 2))
            )
        notes = None
        if rng.random() < NOTE_SHARE:
            notes = (
                f"Checked against {rng.choice(OUTLETS)}: "
                + " ".join(vocabulary.words(rng, rng.randint(4, 14)))
                + "."
            )
        claimant = rng.randint(1, sources)
        if rng.random() < ACTOR_SHARE and sources > len(OUTLETS) + len(ACTORS):
            # The well-known actors (Budanov, the ministries, ISW …) make many of the claims.
            claimant = len(OUTLETS) + 1 + rng.randrange(len(ACTORS))
        batch.append(
            {
                "id": claim_id,
                "statement": statement,
                "quote": quote,
                "quote_language": language,
                "claimant_id": claimant,
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
                "notes": notes,
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
            offset, excerpt = excerpts[article_id - 1]
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
                    "excerpt": excerpt,
                    "start_offset": offset,
                    "end_offset": offset + len(excerpt),
                    "context_before": "",
                    "context_after": "",
                    "anchor_state": "anchored",
                    "created_at": now,
                    "created_by": "generator",
                }
            )
        if len(batch) == 20_000 or claim_id == claims:
            yield Claim.__table__, batch
            yield claim_tags, tag_batch
            yield AttributionHop.__table__, hop_batch
            yield Citation.__table__, cite_batch
            batch, tag_batch, hop_batch, cite_batch = [], [], [], []


# Writing ----------------------------------------------------------------------------------


def _write_insert(connection: sa.Connection, table: sa.Table, batch: list[dict[str, Any]]) -> None:
    connection.execute(table.insert(), batch)


def _write_postgresql(
    connection: sa.Connection, table: sa.Table, batch: list[dict[str, Any]]
) -> None:
    """COPY through psycopg: several times faster than executemany inserts."""
    columns = list(batch[0])
    json_columns = {c.name for c in table.columns if isinstance(c.type, sa.JSON)}
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    statement = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    with cursor, cursor.copy(statement) as copy:
        for row in batch:
            copy.write_row([json.dumps(row[c]) if c in json_columns else row[c] for c in columns])


def _set_sequences(connection: sa.Connection) -> None:
    """Explicit ids do not advance PostgreSQL's sequences; new rows must not collide."""
    for table in ("tags", "sources", "articles", "claims", "attribution_hops", "citations"):
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table}"
        )


def _sqlite_bulk_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous = OFF")
    cursor.execute("PRAGMA cache_size = -1000000")  # 1 GB: the indexes stay in memory
    cursor.close()


def generate(
    target: str, claims: int, articles: int, sources: int, seed: int = 1, *, bulk: str = "auto"
) -> dict[str, float]:
    """Fill an empty SQLite file or PostgreSQL database; returns timings in seconds.

    The rows go in at revision 0004 (no search triggers), then the migrations to the head
    revision run as they would for a user, building the full-text index in one pass.
    ``bulk`` is "copy" or "insert" on PostgreSQL (auto: copy), for comparing the two.
    """
    url = resolve_url(target)
    sqlite = url.get_backend_name() == "sqlite"
    path = Path(url.database) if sqlite and url.database else None
    if path is None or (path.exists() and path.stat().st_size > 0):
        probe = probe_database(target)
        if not probe.empty or probe.revision is not None:
            raise DatabaseOpenError(f"{probe.location} is not empty; generate into a new one")
    started = time.perf_counter()
    engine = _make_engine(url)
    if sqlite:
        sa.event.listen(engine, "connect", _sqlite_bulk_pragmas)
    try:
        migrate.upgrade(engine, LOAD_REVISION)
        write = _write_insert if sqlite or bulk == "insert" else _write_postgresql
        done = 0
        with engine.begin() as connection:
            for table, batch in rows(claims, articles, sources, seed):
                if batch:
                    write(connection, table, batch)
                if table is Claim.__table__ and batch:
                    done += len(batch)
                    if done % 100_000 == 0 or done == claims:
                        elapsed = time.perf_counter() - started
                        print(f"  {done:,} claims ({elapsed:.0f} s)", file=sys.stderr)
            if not sqlite:
                _set_sequences(connection)
        # Statistics, as a database in use has them (autovacuum, or the previous ANALYZE).
        # Without them PostgreSQL plans the index build's sources subquery as a hash join
        # over every source per claim: about 40 minutes for a million claims instead of a few.
        _analyze(engine)
    finally:
        engine.dispose()
    loaded = time.perf_counter()
    # A fresh engine with the product's settings: the index is built as a user's upgrade would.
    engine = _make_engine(url)
    try:
        migrate.upgrade(engine, INDEX_REVISION)
        indexed = time.perf_counter()
        migrate.upgrade(engine)
        _analyze(engine)
    finally:
        engine.dispose()
    finished = time.perf_counter()
    timings = {
        "load_s": round(loaded - started, 1),
        "index_s": round(indexed - loaded, 1),
        "total_s": round(finished - started, 1),
    }
    print(
        f"  loaded in {timings['load_s']} s; the migration built the search index in "
        f"{timings['index_s']} s; {timings['total_s']} s in all",
        file=sys.stderr,
    )
    return timings


def _analyze(engine: sa.Engine) -> None:
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
        else:
            # VACUUM also sets the visibility map, as on a server that has been running a
            # while, so that index-only scans stay index-only.
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("VACUUM (ANALYZE)")


def ensure_head(target: str) -> None:
    """Bring a cached database written before the newest migration up to the head revision
    (cheap for additive revisions), so that opening it never has to upgrade."""
    probe = probe_database(target)
    if not probe.needs_upgrade:
        return
    print(
        f"upgrading the cached {probe.location} from {probe.revision} to {probe.head} …",
        file=sys.stderr,
    )
    started = time.perf_counter()
    engine = _make_engine(resolve_url(target))
    try:
        migrate.upgrade(engine)
        _analyze(engine)
    finally:
        engine.dispose()
    print(f"  upgraded in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def timings_path(cached: Path) -> Path:
    return cached.with_name(cached.name.split(".")[0] + ".json")


def read_timings(cached: Path) -> dict[str, Any]:
    try:
        return json.loads(timings_path(cached).read_text())
    except (OSError, ValueError):
        return {}


def write_timings(cached: Path, timings: dict[str, Any]) -> None:
    stamped = {**timings, "generated": datetime.now(UTC).isoformat(timespec="seconds")}
    timings_path(cached).write_text(json.dumps(stamped, indent=1) + "\n")


def remove_stale_caches() -> None:
    """Caches written by older versions of this generator are never read again (and big)."""
    current = f"-v{GENERATOR_VERSION}"
    for entry in CACHE.glob("*claims-*-v*"):
        version = entry.name.split("-v")[-1].split(".")[0]
        if not version.isdigit() or f"-v{version}" == current:
            continue
        print(f"removing stale cache {entry.name}", file=sys.stderr)
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def cached_sqlite(claims: int = 1_000_000, articles: int = 100_000, sources: int = 20_000) -> Path:
    """The cached benchmark database at the head revision, generated on first use."""
    path = cache_path(claims)
    if path.exists():
        try:
            ensure_head(str(path))
        except DatabaseOpenError as error:  # written by a newer checkout: start over
            print(f"{error}; generating it again", file=sys.stderr)
            path.unlink()
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        print(f"generating {path.name} (once; cached afterwards) …", file=sys.stderr)
        timings = generate(str(partial), claims, articles, sources)
        partial.rename(path)
        write_timings(path, {"backend": "sqlite", "claims": claims, **timings})
    remove_stale_caches()
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--sources", type=int, default=20_000)
    parser.add_argument("--db", help="generate into this path or URL instead of the cache")
    parser.add_argument(
        "--bulk", choices=["auto", "copy", "insert"], default="auto", help="PostgreSQL loading"
    )
    parser.add_argument(
        "--postgresql", action="store_true", help="build the cached PostgreSQL server instead"
    )
    args = parser.parse_args()
    if args.db:
        generate(args.db, args.claims, args.articles, args.sources, bulk=args.bulk)
    elif args.postgresql:
        sys.path.insert(0, str(REPO))
        from bench.pg_bench_server import cached_postgres

        with cached_postgres(args.claims, args.articles, args.sources) as server:
            print(server.url)
    else:
        print(cached_sqlite(args.claims, args.articles, args.sources))
