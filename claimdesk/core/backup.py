"""Consistent copies of a library's database: on demand, rolling, and before migrations.

SQLite's online backup API copies a consistent snapshot even while another connection
writes, so a backup can run while the app is open.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from claimdesk.core.errors import InputRefused, LibraryError

BACKUP_FOLDER = "backups"
ROLLING_PREFIX = "library-"
KEEP_ROLLING = 7
ROLLING_EVERY = dt.timedelta(days=1)


def sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL, or None for another database."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix:
        return None
    return Path(url[len(prefix) :])


def copy_database(source: Path, dest: Path) -> Path:
    """Write a consistent copy of the SQLite database ``source`` to ``dest`` (a file or folder).

    The copy is made beside the destination and renamed into place, so a failed backup
    never leaves a half-written file under the destination's name.
    """
    if dest.is_dir():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = dest / f"claimdesk-{stamp}.sqlite"
    if not dest.parent.is_dir():
        raise InputRefused(
            "The folder {folder} does not exist: create it or choose another.", folder=dest.parent
        )
    if dest.exists() and dest.resolve() == source.resolve():
        raise InputRefused("The backup would overwrite the library itself: choose another path.")
    scratch = dest.with_name(f".{dest.name}.partial")
    try:
        # closing(): a connection left to the garbage collector would keep the source's
        # WAL files, and a shared lock, after the copy.
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(scratch)) as out:
            src.backup(out)
        scratch.replace(dest)
    except (sqlite3.Error, OSError) as exc:
        scratch.unlink(missing_ok=True)
        raise LibraryError(
            "The backup to {dest} failed: {reason}.", dest=dest, reason=exc
        ) from None
    return dest


def rolling_backup(
    database: Path,
    now: dt.datetime | None = None,
    keep: int = KEEP_ROLLING,
    every: dt.timedelta = ROLLING_EVERY,
) -> Path | None:
    """A copy in the library's ``backups/`` folder every ``every`` (a day by default; zero:
    never), keeping the newest ``keep``.

    Returns the new backup, or None when the newest one is younger than ``every``, automatic
    copies are off, or the library is still empty.
    """
    if every <= dt.timedelta(0) or not database.exists() or database.stat().st_size == 0:
        return None
    folder = database.parent / BACKUP_FOLDER
    folder.mkdir(exist_ok=True)
    now = now or dt.datetime.now()
    taken = sorted(t for f in folder.glob(f"{ROLLING_PREFIX}*.sqlite") if (t := _taken(f)))
    if taken and now - taken[-1] < every:
        return None
    made = copy_database(database, folder / f"{ROLLING_PREFIX}{now:%Y%m%d-%H%M%S}.sqlite")
    for old in sorted(folder.glob(f"{ROLLING_PREFIX}*.sqlite"))[:-keep]:
        old.unlink(missing_ok=True)
    return made


def _taken(backup: Path) -> dt.datetime | None:
    # The time is in the name (library-YYYYmmdd-HHMMSS), which copying does not change.
    try:
        return dt.datetime.strptime(backup.stem[len(ROLLING_PREFIX) :], "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def backup_before_migration(database: Path, revision: str | None) -> Path | None:
    """A copy kept before the schema of an existing library is changed."""
    if revision is None or not database.exists():
        return None
    folder = database.parent / BACKUP_FOLDER
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return copy_database(database, folder / f"before-migration-{revision}-{stamp}.sqlite")
