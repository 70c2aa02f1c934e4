"""Copying every table of one library database into another, row for row, ids kept.

Used to move a local library onto a team database and back. What differs between SQLite and
PostgreSQL (a consistent read snapshot, id sequences) is handled here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.engine import Engine

from claimdesk.core.errors import InputRefused, LibraryError
from claimdesk.core.storage.engine import open_database
from claimdesk.core.storage.orm import Base

BATCH = 500


def library_tables() -> list[Table]:
    """Every table of the library, parents before the tables that refer to them."""
    return list(Base.metadata.sorted_tables)


def row_counts(connection: Connection) -> dict[str, int]:
    """The number of rows of every library table."""
    return {
        table.name: connection.scalar(select(func.count()).select_from(table)) or 0
        for table in library_tables()
    }


def begin_snapshot(connection: Connection) -> None:
    """Start a read transaction that sees one moment of the database, whatever others write."""
    if connection.dialect.name == "postgresql":
        connection.execution_options(isolation_level="REPEATABLE READ")
        connection.begin()
    else:
        # The sqlite3 module starts no transaction for reads; a WAL reader inside BEGIN keeps
        # its snapshot until it ends.
        connection.exec_driver_sql("BEGIN")


def _rows(connection: Connection, table: Table) -> Iterator[Sequence[dict[str, Any]]]:
    query = select(table).order_by(*table.primary_key.columns)
    result = connection.execute(query).mappings()
    while batch := result.fetchmany(BATCH):
        yield [dict(row) for row in batch]


def _digest_update(digest: Any, rows: Sequence[dict[str, Any]]) -> None:
    for row in rows:
        digest.update(json.dumps(row, sort_keys=True, default=str).encode())


def copy_table(source: Connection, target: Connection, table: Table) -> tuple[int, str]:
    """Copy one table; returns its row count and a digest of every value copied."""
    digest = hashlib.sha256()
    count = 0
    for rows in _rows(source, table):
        target.execute(insert(table), list(rows))
        _digest_update(digest, rows)
        count += len(rows)
    return count, digest.hexdigest()


def table_digest(connection: Connection, table: Table) -> tuple[int, str]:
    """A table's row count and the digest of its values, in primary-key order."""
    digest = hashlib.sha256()
    count = 0
    for rows in _rows(connection, table):
        _digest_update(digest, rows)
        count += len(rows)
    return count, digest.hexdigest()


def restart_id_sequences(connection: Connection) -> None:
    """After rows came in with their ids, new rows must get ids after them.

    SQLite takes the next id from the largest one; PostgreSQL's sequences must be moved.
    """
    if connection.dialect.name != "postgresql":
        return
    for table in library_tables():
        key = list(table.primary_key.columns)
        if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
                f"COALESCE(MAX({key[0].name}), 1), MAX({key[0].name}) IS NOT NULL) "
                f"FROM {table.name}"
            )
        )


def _engine(url: str) -> Engine:
    engine = open_database(url).kw["bind"]
    assert isinstance(engine, Engine)
    return engine


def copy_database(source_url: str, target_url: str, target_name: str) -> dict[str, int]:
    """Copy every row of the database at ``source_url`` into the empty one at ``target_url``.

    Both are brought to the newest schema first. One transaction on the target, checked
    table by table (row count and a digest of every value) before it commits; returns the
    rows per table found in the target afterwards. ``target_name`` is how messages call it.
    """
    source = _engine(source_url)
    try:
        target = _engine(target_url)
    except BaseException:
        source.dispose()
        raise
    try:
        with target.connect() as check:
            present = {name: n for name, n in row_counts(check).items() if n}
        if present:
            held = ", ".join(f"{n} {name}" for name, n in sorted(present.items()))
            raise InputRefused(
                "{target_name} is not empty ({held}): copy into a new, empty library or database "
                "instead.",
                target_name=target_name,
                held=held,
            )
        with source.connect() as reader, target.begin() as writer:
            begin_snapshot(reader)
            for table in library_tables():
                copied = copy_table(reader, writer, table)
                found = table_digest(writer, table)
                if found != copied:
                    raise LibraryError(
                        "The copy of table {table} does not match the source "
                        "({found} rows of {copied}): nothing was kept in {target_name}; "
                        "report this with both databases' versions.",
                        table=table.name,
                        found=found[0],
                        copied=copied[0],
                        target_name=target_name,
                    )
            restart_id_sequences(writer)
        with target.connect() as check:
            return row_counts(check)
    finally:
        source.dispose()
        target.dispose()
