"""What tells a Claimdesk project file from any other SQLite file: its application id.

SQLite keeps a 32-bit "application id" in the file header at offset 68 (``PRAGMA
application_id``). Claimdesk writes its own into every project file it creates or opens, so
that a desktop recognises a project by its content whatever its name: the shared-mime-info
rule in resources/desktop/ matches the SQLite header at offset 0 and this number at offset 68,
and a double-click opens the file in Claimdesk. The id is no part of the schema, so it needs no
migration; a file made before it existed gets it the next time Claimdesk opens it.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

log = logging.getLogger(__name__)

APPLICATION_ID = 0x4344736B  # the bytes "CDsk", big-endian as the header stores it
SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID_OFFSET = 68


def header_application_id(path: Path) -> int | None:
    """The application id in an SQLite file's header as it is on disk (what a file manager
    reads), or None when the file is no SQLite database. Changes still in the write-ahead
    log are not seen: stamp() checkpoints, so its own change is."""
    try:
        with path.open("rb") as handle:
            header = handle.read(APPLICATION_ID_OFFSET + 4)
    except OSError:
        return None
    if len(header) < APPLICATION_ID_OFFSET + 4 or not header.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(header[APPLICATION_ID_OFFSET:], "big")


def is_project_file(path: Path) -> bool:
    """Whether the file carries Claimdesk's application id, checked as the MIME rule checks."""
    return header_application_id(path) == APPLICATION_ID


def stamp(engine: Engine) -> bool:
    """Write Claimdesk's application id into an open, checked SQLite project whose header has
    none (0), and checkpoint so that the header on disk shows it at once. A file that carries
    another program's id keeps it. True when the id was written.

    Best effort: a file we may read but not write (a read-only copy) opens without it.
    """
    # On the driver's connection each statement is its own transaction (autocommit, set in
    # core/db.py): a checkpoint inside an open one fails with "database table is locked".
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        if connection.execute("PRAGMA application_id").fetchone()[0] != 0:
            return False
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        # Without it the new header would sit in the -wal file until the last connection
        # closes, and a file manager would see a plain SQLite file meanwhile.
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        return True
    except sqlite3.OperationalError as error:
        log.info("could not write the application id into %s: %s", engine.url.database, error)
        return False
    finally:
        raw.close()
