"""Engine set-up: SQLite pragmas, PostgreSQL connection settings, and the schema brought to
the newest migration on open.

Everything that differs between a local SQLite library and a team's PostgreSQL database is
settled here, so that the services above run the same SQL on both.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Engine, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from claimdesk.core.backup import backup_before_migration, sqlite_path
from claimdesk.core.errors import DatabaseUnreachable, LibraryError
from claimdesk.core.storage.migrate import upgrade_to_head
from claimdesk.core.storage.orm import HistoryEntry
from claimdesk.core.storage.text_guard import clean_parameters, repair_before_flush

BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 5  # an unreachable team server is reported after this, not after minutes
# Any fixed number: the key of the PostgreSQL advisory lock that orders history entries.
HISTORY_LOCK_KEY = 0x436C_6169_6D44  # "ClaimD"
UNREACHABLE = (
    "The team database cannot be reached ({reason}): your edit was not saved; "
    "check the connection and try again."
)


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


def driver_url(url: str) -> str:
    """``url`` with the driver ClaimDesk uses: a bare ``postgresql://`` means psycopg 3."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise LibraryError(
            "{url!r} is not a database URL: give one like postgresql://user@host/claimdesk.",
            url=url,
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _unreachable(context: ExceptionContext) -> None:
    # A lost or refused connection becomes one plain sentence instead of a driver traceback.
    # A failed pre-ping is not reported: the pool reconnects, and reports if that fails.
    if context.is_pre_ping:
        return
    lost = context.is_disconnect
    refused = context.connection is None and isinstance(context.sqlalchemy_exception, DBAPIError)
    if lost or refused:
        lines = str(context.original_exception).strip().splitlines() or ["connection lost"]
        reason = lines[0].strip().rstrip(".")
        if len(reason) > 160:
            reason = reason[:157] + "..."
        raise DatabaseUnreachable(UNREACHABLE, reason=reason)


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with ClaimDesk's connection settings."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        _guard_text(engine)
        return engine
    full = driver_url(url)
    connect_args: dict[str, Any] = {}
    if full.startswith("postgresql+psycopg"):
        connect_args = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "ClaimDesk",
            # A dropped network (no reset from the server) is noticed within about 20 s.
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 2,
        }
    try:
        engine = create_engine(full, pool_pre_ping=True, connect_args=connect_args)
    except (NoSuchModuleError, ImportError) as exc:
        raise LibraryError(
            "This ClaimDesk cannot talk to that database ({reason}): "
            "install the PostgreSQL support with pip install 'claimdesk[postgres]'.",
            reason=exc,
        ) from None
    event.listen(engine, "handle_error", _unreachable)
    _guard_text(engine)
    return engine


def _guard_text(engine: Engine) -> None:
    event.listen(engine, "before_cursor_execute", clean_parameters, retval=True)


def _serialise_history_writes(session: Session, _flush: UOWTransaction, _objects: Any) -> None:
    # Desks follow the history by id ("everything after the last id I took in"). PostgreSQL
    # hands out ids when rows are inserted, not when they commit, so a slow transaction could
    # commit id 10 after id 11 was taken in, and be missed. Holding one lock from the history
    # insert to the commit makes ids commit in order. SQLite writers are serial already.
    if any(isinstance(row, HistoryEntry) for row in session.new):
        session.execute(select(func.pg_advisory_xact_lock(HISTORY_LOCK_KEY)))


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
            "Cannot open the library database ({reason}): check the path, or restore a backup.",
            reason=reason,
        ) from None
    except LibraryError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise LibraryError("Cannot open the library database: {reason}.", reason=exc) from None
    sessions = sessionmaker(engine, expire_on_commit=False)
    event.listen(sessions, "before_flush", repair_before_flush)
    if engine.dialect.name == "postgresql":
        event.listen(sessions, "before_flush", _serialise_history_writes)
    return sessions
