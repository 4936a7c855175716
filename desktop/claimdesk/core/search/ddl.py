"""The full-text index: its tables, the triggers that keep it in sync, and a full rebuild.

These objects are backend-specific and live outside the models (the migration-equals-models
check skips the names in SEARCH_TABLES). They are created by revision 0005.

Each live claim has one search document: its statement, original quote, notes, tags, the
names of its claimant and of the sources in its attribution chain, and the titles of (and
excerpts from) the articles it is cited in. Articles have their own index over title and text,
so that a claim is also found through the full text of the articles it appears in.

- SQLite: FTS5 tables with the unicode61 tokenizer folding case and diacritics. The claim
  index stores its document (SQLite 3.40 has no contentless delete); the article index reads
  its text from the articles table (external content), so article text is stored once.
- PostgreSQL: tsvector tables with GIN indexes, built with the ``claimdesk_search`` text
  search configuration (the simple dictionary after unaccent: no stemming, as in FTS5, since
  the claims are in many languages).

Triggers refresh a claim's document whenever anything in it changes, in the same transaction,
so an undo, a delete or a rename is searchable at once. A later revision that rebuilds one of
the indexed tables in SQLite batch mode (copy, drop, rename) drops that table's triggers with
it and must call ``create_triggers`` again (tests check that all triggers exist at head).
"""

from __future__ import annotations

import json

from sqlalchemy import Connection

CLAIM_INDEX = "claim_search"
ARTICLE_INDEX = "article_search"
PG_CONFIG = "claimdesk_search"
# FTS5 creates shadow tables named after the index (claim_search_data, _idx, _config, ...).
SEARCH_TABLES = (CLAIM_INDEX, ARTICLE_INDEX)


def is_search_object(name: str | None) -> bool:
    """Whether a table or index name belongs to the search index (and not to the models)."""
    return bool(name) and any(
        name == table or name.startswith(table + "_") or name.startswith(f"ix_{table}_")
        for table in SEARCH_TABLES
    )


# What a claim's document is made of, for the claims matching ``{where}`` (alias c).
_TAGS = (
    "coalesce((SELECT group_concat(t.name, ' ; ') FROM claim_tags ct "
    "JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id), '')"
)
_SOURCES = (
    "coalesce((SELECT group_concat(s.name, ' ; ') FROM sources s WHERE s.id IN "
    "(SELECT c.claimant_id UNION SELECT h.source_id FROM attribution_hops h "
    "WHERE h.claim_id = c.id)), '')"
)
_ARTICLES = (
    "coalesce((SELECT group_concat(a.title, ' ; ') FROM articles a WHERE a.id IN "
    "(SELECT ci.article_id FROM citations ci WHERE ci.claim_id = c.id "
    "UNION SELECT h.article_id FROM attribution_hops h WHERE h.claim_id = c.id)), '') "
    "|| ' ; ' || coalesce((SELECT group_concat(ci.excerpt, ' ; ') FROM citations ci "
    "WHERE ci.claim_id = c.id), '')"
)

# Which claims a change touches, per table (NEW or OLD row in a trigger).
_TOUCHED = {
    "tag": "SELECT claim_id FROM claim_tags WHERE tag_id = {row}.id",
    "source": (
        "SELECT id FROM claims WHERE claimant_id = {row}.id "
        "UNION SELECT claim_id FROM attribution_hops WHERE source_id = {row}.id"
    ),
    "article": (
        "SELECT claim_id FROM citations WHERE article_id = {row}.id "
        "UNION SELECT claim_id FROM attribution_hops WHERE article_id = {row}.id"
    ),
}


# SQLite ------------------------------------------------------------------------------------

_FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"


def _sqlite_refresh(where: str) -> str:
    """Statements (for a trigger body) that rewrite the documents of the claims ``where``."""
    ids = f"SELECT c.id FROM claims c WHERE {where}"
    return (
        f"DELETE FROM {CLAIM_INDEX} WHERE rowid IN ({ids});\n"
        f"INSERT INTO {CLAIM_INDEX} (rowid, statement, quote, notes, tags, sources, articles) "
        f"SELECT c.id, c.statement, coalesce(c.quote, ''), coalesce(c.notes, ''), "
        f"{_TAGS}, {_SOURCES}, {_ARTICLES} "
        f"FROM claims c WHERE ({where}) AND c.deleted_at IS NULL;"
    )


def _sqlite_triggers() -> dict[str, str]:
    one = "c.id = {row}.claim_id"
    triggers = {
        "claims_search_insert": ("AFTER INSERT ON claims", _sqlite_refresh("c.id = NEW.id")),
        "claims_search_update": (
            "AFTER UPDATE OF statement, quote, notes, claimant_id, deleted_at ON claims",
            _sqlite_refresh("c.id = NEW.id"),
        ),
        "claims_search_delete": (
            "AFTER DELETE ON claims",
            f"DELETE FROM {CLAIM_INDEX} WHERE rowid = OLD.id;",
        ),
        "tags_search_rename": (
            "AFTER UPDATE OF name ON tags",
            _sqlite_refresh(f"c.id IN ({_TOUCHED['tag'].format(row='NEW')})"),
        ),
        "sources_search_rename": (
            "AFTER UPDATE OF name ON sources",
            _sqlite_refresh(f"c.id IN ({_TOUCHED['source'].format(row='NEW')})"),
        ),
        "articles_search_retitle": (
            "AFTER UPDATE OF title ON articles",
            _sqlite_refresh(f"c.id IN ({_TOUCHED['article'].format(row='NEW')})"),
        ),
        "articles_search_insert": (
            "AFTER INSERT ON articles",
            f"INSERT INTO {ARTICLE_INDEX} (rowid, title, text) "
            "VALUES (NEW.id, NEW.title, NEW.text);",
        ),
        "articles_search_update": (
            "AFTER UPDATE OF title, text ON articles",
            f"INSERT INTO {ARTICLE_INDEX} ({ARTICLE_INDEX}, rowid, title, text) "
            "VALUES ('delete', OLD.id, OLD.title, OLD.text);\n"
            f"INSERT INTO {ARTICLE_INDEX} (rowid, title, text) "
            "VALUES (NEW.id, NEW.title, NEW.text);",
        ),
        "articles_search_delete": (
            "AFTER DELETE ON articles",
            f"INSERT INTO {ARTICLE_INDEX} ({ARTICLE_INDEX}, rowid, title, text) "
            "VALUES ('delete', OLD.id, OLD.title, OLD.text);",
        ),
    }
    for table in ("claim_tags", "attribution_hops", "citations"):
        triggers[f"{table}_search_insert"] = (
            f"AFTER INSERT ON {table}",
            _sqlite_refresh(one.format(row="NEW")),
        )
        triggers[f"{table}_search_delete"] = (
            f"AFTER DELETE ON {table}",
            _sqlite_refresh(one.format(row="OLD")),
        )
    triggers["attribution_hops_search_update"] = (
        "AFTER UPDATE OF source_id, article_id ON attribution_hops",
        _sqlite_refresh("c.id IN (NEW.claim_id, OLD.claim_id)"),
    )
    triggers["citations_search_update"] = (
        "AFTER UPDATE OF excerpt, article_id ON citations",
        _sqlite_refresh("c.id IN (NEW.claim_id, OLD.claim_id)"),
    )
    return {
        name: f"CREATE TRIGGER {name} {when} FOR EACH ROW BEGIN\n{body}\nEND"
        for name, (when, body) in triggers.items()
    }


SQLITE_TRIGGERS = tuple(_sqlite_triggers())


# PostgreSQL --------------------------------------------------------------------------------

_PG_DOCUMENT = f"""
    setweight(to_tsvector('{PG_CONFIG}', c.statement), 'A')
    || setweight(to_tsvector('{PG_CONFIG}', coalesce(c.quote, '')), 'B')
    || setweight(to_tsvector('{PG_CONFIG}', coalesce((
        SELECT string_agg(t.name, ' ; ') FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
        WHERE ct.claim_id = c.id), '')), 'B')
    || setweight(to_tsvector('{PG_CONFIG}', coalesce((
        SELECT string_agg(s.name, ' ; ') FROM sources s WHERE s.id IN (
            SELECT c.claimant_id UNION SELECT h.source_id FROM attribution_hops h
            WHERE h.claim_id = c.id)), '')), 'B')
    || setweight(to_tsvector('{PG_CONFIG}', coalesce(c.notes, '')), 'C')
    || setweight(to_tsvector('{PG_CONFIG}', coalesce((
        SELECT string_agg(a.title, ' ; ') FROM articles a WHERE a.id IN (
            SELECT ci.article_id FROM citations ci WHERE ci.claim_id = c.id
            UNION SELECT h.article_id FROM attribution_hops h WHERE h.claim_id = c.id)), '')
        || ' ; ' || coalesce((SELECT string_agg(ci.excerpt, ' ; ') FROM citations ci
        WHERE ci.claim_id = c.id), '')), 'D')
"""

_PG_ARTICLE_DOCUMENT = (
    f"setweight(to_tsvector('{PG_CONFIG}', a.title), 'A') "
    f"|| setweight(to_tsvector('{PG_CONFIG}', a.text), 'D')"
)

PG_FUNCTIONS = ("claimdesk_search_refresh", "claimdesk_search_changed")


def _pg_statements() -> list[str]:
    statements = [
        f"CREATE TABLE {CLAIM_INDEX} (claim_id integer PRIMARY KEY "
        "REFERENCES claims (id) ON DELETE CASCADE, document tsvector NOT NULL)",
        f"CREATE INDEX ix_{CLAIM_INDEX}_document ON {CLAIM_INDEX} USING gin (document)",
        f"CREATE TABLE {ARTICLE_INDEX} (article_id integer PRIMARY KEY "
        "REFERENCES articles (id) ON DELETE CASCADE, document tsvector NOT NULL)",
        f"CREATE INDEX ix_{ARTICLE_INDEX}_document ON {ARTICLE_INDEX} USING gin (document)",
        f"""CREATE FUNCTION claimdesk_search_refresh(ids integer[]) RETURNS void
        LANGUAGE sql AS $$
            DELETE FROM {CLAIM_INDEX} WHERE claim_id = ANY(ids);
            INSERT INTO {CLAIM_INDEX} (claim_id, document)
            SELECT c.id, {_PG_DOCUMENT} FROM claims c
            WHERE c.id = ANY(ids) AND c.deleted_at IS NULL;
        $$""",
        f"""CREATE FUNCTION claimdesk_search_changed() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
            row_data record;
        BEGIN
            IF TG_OP = 'DELETE' THEN row_data := OLD; ELSE row_data := NEW; END IF;
            IF TG_TABLE_NAME = 'claims' THEN
                PERFORM claimdesk_search_refresh(ARRAY[row_data.id]);
            ELSIF TG_TABLE_NAME IN ('claim_tags', 'attribution_hops', 'citations') THEN
                IF TG_OP = 'UPDATE' THEN
                    PERFORM claimdesk_search_refresh(ARRAY[OLD.claim_id, NEW.claim_id]);
                ELSE
                    PERFORM claimdesk_search_refresh(ARRAY[row_data.claim_id]);
                END IF;
            ELSIF TG_TABLE_NAME = 'tags' THEN
                PERFORM claimdesk_search_refresh(ARRAY({_TOUCHED["tag"].format(row="NEW")}));
            ELSIF TG_TABLE_NAME = 'sources' THEN
                PERFORM claimdesk_search_refresh(ARRAY({_TOUCHED["source"].format(row="NEW")}));
            ELSIF TG_TABLE_NAME = 'articles' THEN
                DELETE FROM {ARTICLE_INDEX} WHERE article_id = row_data.id;
                IF TG_OP <> 'DELETE' THEN
                    INSERT INTO {ARTICLE_INDEX} (article_id, document)
                    SELECT a.id, {_PG_ARTICLE_DOCUMENT} FROM articles a WHERE a.id = NEW.id;
                END IF;
                IF TG_OP = 'UPDATE' AND NEW.title IS DISTINCT FROM OLD.title THEN
                    PERFORM claimdesk_search_refresh(
                        ARRAY({_TOUCHED["article"].format(row="NEW")}));
                END IF;
            END IF;
            RETURN NULL;
        END
        $$""",
    ]
    watched = {
        "claims": "INSERT OR DELETE OR UPDATE OF statement, quote, notes, claimant_id, deleted_at",
        "claim_tags": "INSERT OR DELETE",
        "attribution_hops": "INSERT OR DELETE OR UPDATE OF source_id, article_id",
        "citations": "INSERT OR DELETE OR UPDATE OF excerpt, article_id",
        "tags": "UPDATE OF name",
        "sources": "UPDATE OF name",
        "articles": "INSERT OR UPDATE OF title, text",
    }
    for table, events in watched.items():
        statements.append(
            f"CREATE TRIGGER {table}_search AFTER {events} ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION claimdesk_search_changed()"
        )
    return statements


PG_TRIGGERS = (
    "claims_search",
    "claim_tags_search",
    "attribution_hops_search",
    "citations_search",
    "tags_search",
    "sources_search",
    "articles_search",
)


def _pg_configuration(connection: Connection) -> None:
    """The text search configuration; without the unaccent extension (not installed on the
    server, or not ours to create) it still works, only without folding diacritics."""
    accents = True
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except Exception:
        accents = False
    connection.exec_driver_sql(f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = simple)")
    if accents:
        connection.exec_driver_sql(
            f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} "
            "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"
        )


# Both --------------------------------------------------------------------------------------


def create(connection: Connection) -> None:
    """Create the index tables and triggers, then fill them from the data already there."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {CLAIM_INDEX} USING fts5("
            f"statement, quote, notes, tags, sources, articles, {_FTS_OPTIONS})"
        )
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {ARTICLE_INDEX} USING fts5(title, text, "
            f"content = 'articles', content_rowid = 'id', {_FTS_OPTIONS})"
        )
    else:
        _pg_configuration(connection)
        for statement in _pg_statements():
            connection.exec_driver_sql(statement)
    create_triggers(connection)
    rebuild(connection)


def create_triggers(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for sql in _sqlite_triggers().values():
            connection.exec_driver_sql(sql)
    # On PostgreSQL the triggers are created with the tables (tables are never rebuilt there).


def drop(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        for table in SEARCH_TABLES:
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
        return
    for table, name in zip(
        ("claims", "claim_tags", "attribution_hops", "citations", "tags", "sources", "articles"),
        PG_TRIGGERS,
        strict=True,
    ):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS claimdesk_search_changed()")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS claimdesk_search_refresh(integer[])")
    for table in SEARCH_TABLES:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
    connection.exec_driver_sql(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}")


def rebuild(connection: Connection) -> None:
    """Rewrite every document from the data (after a bulk load, or to repair the index)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"DELETE FROM {CLAIM_INDEX}")
        connection.exec_driver_sql(
            f"INSERT INTO {CLAIM_INDEX} (rowid, statement, quote, notes, tags, sources, articles) "
            f"SELECT c.id, c.statement, coalesce(c.quote, ''), coalesce(c.notes, ''), "
            f"{_TAGS}, {_SOURCES}, {_ARTICLES} FROM claims c WHERE c.deleted_at IS NULL"
        )
        connection.exec_driver_sql(
            f"INSERT INTO {ARTICLE_INDEX} ({ARTICLE_INDEX}) VALUES ('rebuild')"
        )
        connection.exec_driver_sql(f"INSERT INTO {CLAIM_INDEX} ({CLAIM_INDEX}) VALUES ('optimize')")
        return
    # Without statistics (a freshly loaded or restored database) the planner reads all
    # sources for every claim: about 37 minutes per million claims instead of a minute.
    connection.exec_driver_sql(
        "ANALYZE claims, sources, attribution_hops, citations, claim_tags, tags, articles"
    )
    connection.exec_driver_sql(f"TRUNCATE {CLAIM_INDEX}, {ARTICLE_INDEX}")
    connection.exec_driver_sql(
        f"INSERT INTO {CLAIM_INDEX} (claim_id, document) "
        f"SELECT c.id, {_PG_DOCUMENT} FROM claims c WHERE c.deleted_at IS NULL"
    )
    connection.exec_driver_sql(
        f"INSERT INTO {ARTICLE_INDEX} (article_id, document) "
        f"SELECT a.id, {_PG_ARTICLE_DOCUMENT} FROM articles a"
    )


# Bulk writes -------------------------------------------------------------------------------

# The triggers that rewrite a claim's document when the claim or one of its parts is
# inserted: a bulk import suspends them and fills the documents a batch at a time instead.
_SQLITE_INSERT_TRIGGERS = (
    "claims_search_insert",
    "claim_tags_search_insert",
    "attribution_hops_search_insert",
    "citations_search_insert",
)
_PG_INSERT_TRIGGERS = (
    ("claims", "claims_search"),
    ("claim_tags", "claim_tags_search"),
    ("attribution_hops", "attribution_hops_search"),
    ("citations", "citations_search"),
)


_SUSPENDED = "claimdesk.claim_triggers_suspended"


def suspend_claim_triggers(connection: Connection) -> None:
    """Stop the claim triggers for the rest of this transaction (until resume_claim_triggers).

    Each tag link of a new claim would otherwise rewrite its whole document, three or four
    full-text writes per imported claim. The change is transactional on both backends: a
    rollback brings the triggers back. On SQLite the triggers are dropped and created again
    (the writer holds the only write lock meanwhile); on PostgreSQL they are disabled, which
    locks the four tables against other writers (not readers) until the commit, and the
    project's own role owns them."""
    if connection.dialect.name == "sqlite":
        for name in _SQLITE_INSERT_TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER {name}")
        return
    # Only the tables' owner may disable their triggers; a team member working through a
    # claimdesk_analyst role imports with the triggers running (slower, the same result).
    owner = connection.exec_driver_sql(
        "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = 'claims'"
    ).scalar()
    connection.info[_SUSPENDED] = bool(owner)
    if not owner:
        return
    for table, name in _PG_INSERT_TRIGGERS:
        connection.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER {name}")


def resume_claim_triggers(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        triggers = _sqlite_triggers()
        for name in _SQLITE_INSERT_TRIGGERS:
            connection.exec_driver_sql(triggers[name])
        return
    if not connection.info.pop(_SUSPENDED, False):
        return
    for table, name in _PG_INSERT_TRIGGERS:
        connection.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER {name}")


def refresh_claims(connection: Connection, claim_ids: list[int]) -> None:
    """Rewrite the documents of these claims with the same statements the triggers run, so
    that a claim written in bulk is found exactly as one saved from the form."""
    if not claim_ids:
        return
    if connection.dialect.name == "sqlite":
        ids = json.dumps(claim_ids)
        delete, insert = _sqlite_refresh("c.id IN (SELECT value FROM json_each(?))").split(";\n")
        connection.exec_driver_sql(delete, (ids,))
        connection.exec_driver_sql(insert.rstrip(";"), (ids,))
        return
    connection.exec_driver_sql("SELECT claimdesk_search_refresh(%(ids)s)", {"ids": claim_ids})
