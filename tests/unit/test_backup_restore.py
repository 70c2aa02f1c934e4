"""Listing a library's backups and restoring one: real SQLite files, a real index."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from claimdesk.core.backup_restore import (
    BackupKind,
    backups_folder,
    list_backups,
    resolve_backup,
    restore_backup,
)
from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused
from claimdesk.core.index_sync import read_mark
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimKind
from tests.conftest import SEED_DENIAL

LATER = "Tregua\n\nIl portavoce ha dichiarato che la tregua sul grano regge ancora.\n"


def _database(location: LibraryLocation) -> Path:
    assert location.folder is not None
    return location.folder / "library.sqlite"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _hit_ids(desk: Desk, query: str) -> set[str]:
    return {h.id for h in desk.search(query).hits}


@pytest.fixture
def backed_up(location: LibraryLocation, seed_path: Path, tmp_path: Path) -> Path:
    """A library with the seed article and one denial, backed up into its backups folder;
    then more work after the backup: another article and a claim (a longer history)."""
    with Desk.open(location) as desk:
        article_id = desk.import_file(seed_path).id
        assert article_id
        start, end = desk.find_quote(article_id, SEED_DENIAL)
        desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
        made = desk.backup(backups_folder(location) / "claimdesk-20260102-100000.sqlite")
        later = tmp_path / "tregua.txt"
        later.write_text(LATER, encoding="utf-8")
        later_id = desk.import_file(later).id
        assert later_id
        start, end = desk.find_quote(later_id, "la tregua sul grano regge ancora")
        desk.mark_claim(later_id, start, end, ClaimKind.CLAIM, claimant="Il portavoce")
        assert _hit_ids(desk, "grano")
    return made


def test_backups_are_listed_newest_first_with_what_they_hold(
    location: LibraryLocation, backed_up: Path
) -> None:
    folder = backups_folder(location)
    migration = folder / "before-migration-0002-20250101-080000.sqlite"
    migration.write_bytes(backed_up.read_bytes())
    (folder / "notes.sqlite").write_text("not a database", encoding="utf-8")
    (folder / ".library.sqlite.partial").write_text("half a copy", encoding="utf-8")

    found = {b.path.name: b for b in list_backups(location)}
    assert set(found) == {
        backed_up.name,
        migration.name,
        "notes.sqlite",
        *(p.name for p in folder.glob("library-*.sqlite")),
    }
    copy = found[backed_up.name]
    assert copy.kind is BackupKind.COPY
    assert (copy.articles, copy.claims) == (1, 1)
    assert copy.size == backed_up.stat().st_size
    assert copy.taken.strftime("%Y-%m-%d %H:%M") == "2026-01-02 10:00"
    assert copy.taken.tzinfo is not None
    assert found[migration.name].kind is BackupKind.BEFORE_MIGRATION
    [daily] = [b for b in found.values() if b.kind is BackupKind.DAILY]
    assert (daily.articles, daily.claims) == (0, 0)  # taken when the empty library opened
    junk = found["notes.sqlite"]
    assert not junk.readable and junk.articles is None
    assert junk.problem and "cannot be read" in junk.problem
    listed = list_backups(location)
    assert listed == sorted(listed, key=lambda b: b.taken, reverse=True)
    # Listing reads the copies without writing beside them.
    assert not list(folder.glob("*-wal")) and not list(folder.glob("*-shm"))


def test_restore_puts_the_backup_in_place_and_search_follows_it(
    location: LibraryLocation, backed_up: Path
) -> None:
    with sqlite3.connect(backed_up) as connection:
        backup_history = connection.execute("SELECT max(id) FROM history").fetchone()[0]
    mark = read_mark(location.index_dir)
    assert mark is not None and mark > backup_history  # the index has seen more than the copy

    done = restore_backup(location, backed_up)

    assert (done.articles, done.claims) == (1, 1)
    assert done.kept is not None and done.kept.name.startswith("before-restore-")
    with sqlite3.connect(done.kept) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    with Desk.open(location) as desk:
        assert [a.claims + a.denials for a in desk.list_articles()] == [1]
        denial = desk.list_claims()[0]
        assert denial.quote == SEED_DENIAL
        assert _hit_ids(desk, "grano") == set()  # only in the work after the backup
        assert denial.id in _hit_ids(desk, "separatisti")
        # New work gets history ids the old index had already passed: still indexed.
        article_id = desk.list_articles()[0].id
        start, end = desk.find_quote(article_id, "Stoltenberg")
        added = desk.mark_claim(article_id, start, end, ClaimKind.CLAIM, notes="zibaldone")
        assert added.id in _hit_ids(desk, "zibaldone")
    assert {b.kind for b in list_backups(location)} >= {BackupKind.BEFORE_RESTORE}


def test_the_before_restore_copy_can_be_restored_back(
    location: LibraryLocation, backed_up: Path
) -> None:
    kept = restore_backup(location, backed_up).kept
    assert kept is not None
    again = restore_backup(location, resolve_backup(location, kept.name))
    assert (again.articles, again.claims) == (2, 2)
    assert again.kept is not None and again.kept != kept
    with Desk.open(location) as desk:
        assert len(_hit_ids(desk, "grano")) >= 1


def test_a_damaged_backup_is_refused_and_the_library_left_alone(
    location: LibraryLocation, backed_up: Path
) -> None:
    damaged = backed_up.with_name("claimdesk-20260103-100000.sqlite")
    data = bytearray(backed_up.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[2 * page : 4 * page] = b"\xa5" * (2 * page)  # garbage over two pages of tables
    damaged.write_bytes(bytes(data))
    database = _database(location)
    before, mark = _digest(database), read_mark(location.index_dir)
    copies = sorted(p.name for p in backups_folder(location).iterdir())

    with pytest.raises(InputRefused, match="nothing was restored") as refused:
        restore_backup(location, damaged)

    assert "\n" not in refused.value.message
    assert _digest(database) == before
    assert read_mark(location.index_dir) == mark
    assert sorted(p.name for p in backups_folder(location).iterdir()) == copies
    with Desk.open(location) as desk:
        assert len(desk.list_articles()) == 2


@pytest.mark.parametrize("case", ["not sqlite", "other tables", "newer schema"])
def test_files_that_are_not_a_library_backup_are_refused(
    location: LibraryLocation, backed_up: Path, tmp_path: Path, case: str
) -> None:
    other = tmp_path / "other.sqlite"
    if case == "not sqlite":
        other.write_text("id,title\n1,hello\n", encoding="utf-8")
        expected = "cannot be read as a database"
    elif case == "other tables":
        with sqlite3.connect(other) as connection:
            connection.execute("CREATE TABLE recipes (name TEXT)")
        expected = "not a ClaimDesk library"
    else:
        other.write_bytes(backed_up.read_bytes())
        with sqlite3.connect(other) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
        expected = "newer ClaimDesk"
    database = _database(location)
    before = _digest(database)
    with pytest.raises(InputRefused, match=expected):
        restore_backup(location, other)
    assert _digest(database) == before
    assert not list(database.parent.glob(".*restoring"))


def test_restore_is_refused_while_the_library_is_open(
    location: LibraryLocation, backed_up: Path
) -> None:
    database = _database(location)
    with Desk.open(location) as keeper:
        assert keeper.writes_index
        with pytest.raises(InputRefused, match="has this library open"):
            restore_backup(location, backed_up)
    # A second desk without the index lock still has the database open.
    with Desk.open(location) as first, Desk.open(location) as second:
        assert not second.writes_index
        first.close()
        before = _digest(database)
        with pytest.raises(InputRefused, match="has this library open"):
            restore_backup(location, backed_up)
        assert _digest(database) == before
        assert len(second.list_articles()) == 2


def test_names_and_shared_databases(location: LibraryLocation, backed_up: Path) -> None:
    assert resolve_backup(location, backed_up.name) == backed_up
    assert resolve_backup(location, str(backed_up)) == backed_up
    with pytest.raises(InputRefused, match="no backup"):
        resolve_backup(location, "library-19990101-000000.sqlite")
    with pytest.raises(InputRefused, match="the library itself"):
        restore_backup(location, _database(location))
    shared = LibraryLocation("postgresql://desk@server/claimdesk", None, location.index_dir)
    with pytest.raises(InputRefused, match="server's tools"):
        list_backups(shared)
