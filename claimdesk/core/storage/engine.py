"""Engine set-up: SQLite pragmas, and the schema brought to the newest migration on open."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from claimdesk.core.backup import backup_before_migration, sqlite_path
from claimdesk.core.errors import LibraryError
from claimdesk.core.storage.migrate import upgrade_to_head

BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Set on every new connection: SQLite forgets pragmas when a connection closes.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with ClaimDesk's connection settings."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def open_database(url: str) -> sessionmaker[Session]:
    """Connect, check the file is a database, migrate to the newest schema; a session factory.

    An existing SQLite library is copied to its ``backups/`` folder before a migration.
    """
    engine = make_engine(url)
    database = sqlite_path(url)

    def backup(revision: str | None) -> None:
        if database is not None:
            engine.dispose()  # no open connection while the file is copied
            backup_before_migration(database, revision)

    try:
        upgrade_to_head(engine, before=backup)
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", exc)).splitlines()[0]
        raise LibraryError(
            f"Cannot open the library database ({reason}): check the path, or restore a backup."
        ) from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise LibraryError(f"Cannot open the library database: {exc}.") from None
    return sessionmaker(engine, expire_on_commit=False)
