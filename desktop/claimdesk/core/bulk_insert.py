"""Many rows into one table in one go: executemany on SQLite, COPY on PostgreSQL.

SQLAlchemy's executemany sends psycopg one statement per row (in a pipeline), which for a
hundred thousand claims and their audit events is most of an import's time; COPY streams
them all. Used by the bulk import (services/bulk.py), the project transfer and the audit
events both write.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Connection, Table


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows that all name the same columns (the others take their defaults)."""
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        copy_rows(connection, table, rows)
    else:
        connection.execute(table.insert(), list(rows))


def copy_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """COPY on PostgreSQL. Values go to psycopg as they are (aware datetimes, dates, bytes);
    JSON columns are wrapped as SQLAlchemy's JSON type would store them, None included (as
    JSON null). Raises psycopg's own errors (IntegrityError, DataError) for the caller."""
    from psycopg.types.json import Jsonb

    quote = connection.dialect.identifier_preparer.quote
    names = [column.name for column in table.c if column.name in rows[0]]
    documents = {column.name for column in table.c if isinstance(column.type, JSON)}
    wrap = [name in documents for name in names]
    statement = f"COPY {quote(table.name)} ({', '.join(map(quote, names))}) FROM STDIN"
    cursor = connection.connection.cursor()
    try:
        with cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(
                    [
                        Jsonb(row[name]) if wrapped else row[name]
                        for name, wrapped in zip(names, wrap, strict=True)
                    ]
                )
    finally:
        cursor.close()
