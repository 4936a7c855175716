"""Many rows into one table in one go: executemany on SQLite, COPY on PostgreSQL.

SQLAlchemy's executemany sends psycopg one statement per row (in a pipeline), which for a
hundred thousand claims and their audit events is most of an import's time; COPY streams
them all. On SQLite, sqlite3's own executemany is fast, but SQLAlchemy builds a parameter
dictionary per row around it (a third of a bulk import's time): here the rows go to sqlite3
as tuples, each value through the column type's own bind processor, the Python-side column
defaults filled in as SQLAlchemy would fill them. Used by the bulk import
(services/bulk.py), the project transfer and the audit events both write.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from itertools import repeat
from typing import Any

from sqlalchemy import JSON, Connection, Table


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows that all name the same columns (the others take their defaults)."""
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        copy_rows(connection, table, rows)
    elif connection.dialect.name == "sqlite":
        sqlite_rows(connection, table, rows)
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        connection.execute(table.insert(), list(rows))


def sqlite_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """One sqlite3 executemany of positional rows: the values bound exactly as
    ``connection.execute(table.insert(), rows)`` binds them, without its per-row work."""
    dialect = connection.dialect
    given = [column for column in table.c if column.name in rows[0]]
    if len(given) != len(rows[0]):
        unknown = sorted(set(rows[0]) - {column.name for column in given})
        raise ValueError(f"{table.name} has no column {', '.join(unknown)}")
    defaults: list[tuple[str, Any]] = []
    for column in table.c:
        default = column.default
        if column.name in rows[0] or default is None or default.is_sequence:
            continue
        if default.is_scalar:
            defaults.append((column.name, default.arg))
        elif default.is_callable:
            # One value per batch: the rows of one insert are written at one moment.
            defaults.append((column.name, default.arg(None)))  # type: ignore[operator]
        else:  # a SQL expression as default: let SQLAlchemy render it
            connection.execute(table.insert(), list(rows))
            return
    columns = given + [table.c[name] for name, _value in defaults]
    quote = dialect.identifier_preparer.quote
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    # Column by column: map() and zip() run in C, a per-value loop in Python would not.
    values_by_column = [[row[column.name] for row in rows] for column in given]
    values_by_column += [[value] * len(rows) for _name, value in defaults]
    for index, column in enumerate(columns):
        processor = column.type._cached_bind_processor(dialect)
        if processor is None:
            continue
        given_values = values_by_column[index]
        first = given_values[0]
        if all(map(operator.is_, given_values, repeat(first))):  # one timestamp per batch
            values_by_column[index] = [processor(first)] * len(rows)
        else:
            values_by_column[index] = list(map(processor, given_values))
    values = list(zip(*values_by_column, strict=True))
    connection.exec_driver_sql(statement, values)


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
