"""The backups of a library folder, and putting one of them back in place of the library.

A restore touches nothing before the copy has proved sound: it is copied beside the library,
and the copy must pass SQLite's integrity check, hold ClaimDesk's tables and have a schema
this ClaimDesk knows. Only then is the library as it is now kept in ``backups/`` as a
before-restore copy, and the checked copy renamed over the database file in one step, so a
restore that fails midway leaves the library as it was. The search index's mark is dropped
and the index emptied first, so that the next desk rebuilds the index from the restored
database (whose history may be shorter than what the index had taken in).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from claimdesk.core.backup import BACKUP_FOLDER, ROLLING_PREFIX, copy_database, sqlite_path
from claimdesk.core.errors import InputRefused, LibraryError
from claimdesk.core.index_sync import SYNC_FILE, IndexLock
from claimdesk.core.library import LibraryLocation
from claimdesk.core.storage.migrate import alembic_config

BEFORE_RESTORE_PREFIX = "before-restore-"
BEFORE_MIGRATION_PREFIX = "before-migration-"
STAMP = "%Y%m%d-%H%M%S"
# Tables every schema since the first one has: a database without them is not a library.
LIBRARY_TABLES = ("alembic_version", "articles", "claimants", "claims", "history")
IN_USE = (
    "Another ClaimDesk window or command has this library open: close it, then restore the backup."
)
SHARED = (
    "Backups are kept for a library folder; a shared database is restored with its server's "
    "tools (pg_restore)."
)
LOCK_WAIT_S = 0.5


class BackupKind(StrEnum):
    """Why a copy was made."""

    DAILY = "daily"  # the rolling copy taken when a library opens
    BEFORE_MIGRATION = "before-migration"  # kept before a new ClaimDesk changed the schema
    BEFORE_RESTORE = "before-restore"  # the library as it was before a backup was restored
    COPY = "copy"  # any other copy in the folder (Back up now, or put there by hand)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup: where, when, why, how big, and what it holds (None: it cannot be read)."""

    path: Path
    taken: dt.datetime  # timezone-aware, in local time
    kind: BackupKind
    size: int  # bytes
    articles: int | None
    claims: int | None
    problem: str | None = None  # why it cannot be read, one line

    @property
    def readable(self) -> bool:
        """True when the copy opened as a ClaimDesk library."""
        return self.problem is None


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """What a restore did: the backup put in place, and where the replaced library went."""

    restored: Path
    kept: Path | None  # the before-restore copy (None: there was no library to keep)
    articles: int
    claims: int


# Listing
def backups_folder(location: LibraryLocation) -> Path:
    """The ``backups/`` folder of a library folder (it may not exist yet)."""
    return _database(location).parent / BACKUP_FOLDER


def list_backups(location: LibraryLocation) -> list[BackupInfo]:
    """Every copy in the library's ``backups/`` folder, newest first, read without writing."""
    folder = backups_folder(location)
    if not folder.is_dir():
        return []
    found = [
        backup_info(path)
        for path in folder.glob("*.sqlite")
        if path.is_file() and not path.name.startswith(".")
    ]
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def backup_info(path: Path) -> BackupInfo:
    """What ``path`` is: its kind and time from its name, its counts from the copy itself."""
    kind, taken = _kind_and_time(path)
    articles = claims = None
    problem = None
    try:
        with _read_only(path) as connection:
            _require_tables(connection, path)
            articles, claims = _counts(connection)
    except InputRefused as exc:
        problem = exc.message
    return BackupInfo(path, taken, kind, path.stat().st_size, articles, claims, problem)


def _kind_and_time(path: Path) -> tuple[BackupKind, dt.datetime]:
    name = path.stem
    kinds = (
        (ROLLING_PREFIX, BackupKind.DAILY),
        (BEFORE_RESTORE_PREFIX, BackupKind.BEFORE_RESTORE),
        (BEFORE_MIGRATION_PREFIX, BackupKind.BEFORE_MIGRATION),
    )
    kind = next((k for prefix, k in kinds if name.startswith(prefix)), BackupKind.COPY)
    # Every copy ClaimDesk makes ends in its local time, YYYYmmdd-HHMMSS.
    try:
        taken = dt.datetime.strptime(name[-15:], STAMP)
    except ValueError:
        taken = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return kind, taken.astimezone()


def resolve_backup(location: LibraryLocation, name: str | Path) -> Path:
    """A backup given as a path, or as the name of a file in the library's ``backups/``."""
    given = Path(name).expanduser()
    if given.is_file():
        return given
    in_folder = backups_folder(location) / given.name
    if given.parent == Path(".") and in_folder.is_file():
        return in_folder
    raise InputRefused(
        "There is no backup {name!r}: give a file, or a name listed by `claimdesk-cli backups`.",
        name=str(name),
    )


# Checking
@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    # immutable: nothing is written beside the copy (no -wal or -shm), nor locked; unless
    # the copy has a -wal file of its own, whose pages only a locking reader takes in.
    has_wal = path.with_name(path.name + "-wal").exists()
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if has_wal else "&immutable=1")
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            yield connection
    except sqlite3.Error as exc:
        raise InputRefused(
            "{name} cannot be read as a database ({reason}): choose another backup.",
            name=path.name,
            reason=_reason(exc),
        ) from None


def _reason(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0].rstrip(".")


def _require_tables(connection: sqlite3.Connection, path: Path) -> None:
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    missing = [t for t in LIBRARY_TABLES if t not in names]
    if missing:
        raise InputRefused(
            "{name} is not a ClaimDesk library (no {names} table): choose another backup.",
            name=path.name,
            names=", ".join(missing),
        )


def _counts(connection: sqlite3.Connection) -> tuple[int, int]:
    articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    claims = connection.execute("SELECT count(*) FROM claims").fetchone()[0]
    return int(articles), int(claims)


@functools.cache
def _known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory  # only when a backup is checked

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(r.revision for r in script.walk_revisions())


def check_backup(path: Path, *, shown_as: str | None = None) -> tuple[int, int]:
    """Refuse ``path`` unless it is a sound ClaimDesk library this version can open;
    its article and claim counts. Reads the file only."""
    name = shown_as or path.name
    with _read_only(path) as connection:
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            verdict = [_reason(exc)]
        if verdict != ["ok"]:
            raise InputRefused(
                "{name} is damaged ({verdict}): nothing was restored; choose another backup.",
                name=name,
                verdict=verdict[0],
            )
        _require_tables(connection, path)
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] not in _known_revisions():
            raise InputRefused(
                "{name} was made by a newer ClaimDesk (schema {schema}): "
                "update ClaimDesk to restore it.",
                name=name,
                schema=revision and revision[0],
            )
        return _counts(connection)


# Restoring
def restore_backup(location: LibraryLocation, backup: Path) -> RestoreOutcome:
    """Put ``backup`` in place of the library's database; the current one is kept in
    ``backups/`` first. Refused, with the library unchanged, when the backup is not sound or
    another process has the library open. The library must be closed in this process too."""
    database = _database(location)
    backup = Path(backup).expanduser()
    if not backup.is_file():
        raise InputRefused(
            "There is no backup file {backup}: choose an existing one.", backup=backup
        )
    if database.exists() and backup.resolve() == database.resolve():
        raise InputRefused("That file is the library itself: choose a backup of it.")
    lock = IndexLock(location.index_dir)
    if not lock.try_acquire():
        raise InputRefused(IN_USE)
    scratch = database.with_name(f".{database.name}.restoring")
    try:
        _copy_into(backup, scratch)
        articles, claims = check_backup(scratch, shown_as=backup.name)
        kept = _keep_current(database)
        # From here on the index no longer matches: forget what it had taken in first, so
        # that even a restore stopped right after the rename ends in a rebuild; and empty
        # it, so that no search answers with records the restored library does not hold.
        (location.index_dir / SYNC_FILE).unlink(missing_ok=True)
        shutil.rmtree(location.index_dir, ignore_errors=True)
        os.replace(scratch, database)
    except OSError as exc:
        raise LibraryError(
            "The backup could not be put in place ({reason}): the library is unchanged; check the "
            "free space and the folder's permissions.",
            reason=exc.strerror or exc,
        ) from None
    finally:
        scratch.unlink(missing_ok=True)
        lock.release()
    return RestoreOutcome(backup, kept, articles, claims)


def _copy_into(backup: Path, scratch: Path) -> None:
    scratch.unlink(missing_ok=True)
    try:
        with _read_only(backup) as source, closing(sqlite3.connect(scratch)) as copy:
            source.backup(copy)
    except sqlite3.Error as exc:
        raise InputRefused(
            "{name} cannot be read as a database ({reason}): nothing was restored; choose another"
            " backup.",
            name=backup.name,
            reason=_reason(exc),
        ) from None


def _keep_current(database: Path) -> Path | None:
    """Make sure no one else has the database open, then keep a copy of it in ``backups/``."""
    if not database.exists():
        return None
    try:
        with closing(sqlite3.connect(database, timeout=LOCK_WAIT_S)) as connection:
            # Leaving WAL mode needs the only connection: it fails while anyone else has the
            # library open, and it folds the -wal file into the database (none is left over
            # to be read into the restored one).
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        raise InputRefused(IN_USE) from None
    except sqlite3.DatabaseError:
        mode = "damaged"  # a library too broken to open is what restores are for
    if str(mode).lower() not in ("delete", "damaged"):
        raise InputRefused(IN_USE)
    folder = database.parent / BACKUP_FOLDER
    folder.mkdir(exist_ok=True)
    kept = _free_name(folder, BEFORE_RESTORE_PREFIX)
    if mode == "damaged":
        shutil.copyfile(database, kept)  # kept as the file it is: SQLite may not read it
    else:
        copy_database(database, kept)
    # Nothing of the replaced database may be read into the restored one.
    for suffix in ("-wal", "-shm", "-journal"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    return kept


def _free_name(folder: Path, prefix: str) -> Path:
    # Two restores within a second must not overwrite the first one's copy.
    now = dt.datetime.now()
    while (path := folder / f"{prefix}{now.strftime(STAMP)}.sqlite").exists():
        now += dt.timedelta(seconds=1)
    return path


def _database(location: LibraryLocation) -> Path:
    database = sqlite_path(location.url)
    if database is None or location.folder is None:
        raise InputRefused(SHARED)
    return database
