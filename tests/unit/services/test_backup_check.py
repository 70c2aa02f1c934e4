"""Backups (on demand, rolling, before a migration) and the library check."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from claimdesk.core.backup import copy_database, rolling_backup
from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimKind
from claimdesk.core.storage.engine import open_database
from claimdesk.core.storage.migrate import head_revision
from tests.conftest import SEED_DENIAL


def _marked(desk: Desk, seed_path: Path) -> str:
    article_id = desk.import_file(seed_path).id
    assert article_id
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    return desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia").id


def _claim_quotes(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        return [row[0] for row in connection.execute("SELECT exact FROM claims")]


def test_opening_a_library_takes_the_daily_backup(location: LibraryLocation) -> None:
    assert location.folder is not None
    Desk.open(location).close()
    Desk.open(location).close()
    assert len(list((location.folder / "backups").glob("library-*.sqlite"))) == 1


def test_backup_while_open_is_a_consistent_copy(
    desk: Desk, seed_path: Path, tmp_path: Path
) -> None:
    _marked(desk, seed_path)
    made = desk.backup(tmp_path)
    assert made.parent == tmp_path and made.suffix == ".sqlite"
    assert _claim_quotes(made) == [SEED_DENIAL]
    assert not list(tmp_path.glob(".*partial"))
    with pytest.raises(InputRefused, match="does not exist"):
        desk.backup(tmp_path / "missing" / "copy.sqlite")


def test_rolling_backups_are_daily_and_keep_seven(location: LibraryLocation) -> None:
    assert location.folder is not None
    open_database(location.url)  # a desk would take today's backup itself
    database = location.folder / "library.sqlite"
    start = dt.datetime(2026, 1, 1, 9, 0)
    made = [rolling_backup(database, now=start + dt.timedelta(days=d)) for d in range(9)]
    assert all(made)
    assert rolling_backup(database, now=start + dt.timedelta(days=8, hours=1)) is None
    kept = sorted((location.folder / "backups").glob("library-*.sqlite"))
    assert len(kept) == 7
    assert kept[-1].name == "library-20260109-090000.sqlite"


def test_the_settings_backup_frequency_spaces_the_copies_or_turns_them_off(
    location: LibraryLocation,
) -> None:
    assert location.folder is not None
    open_database(location.url)
    database = location.folder / "library.sqlite"
    start = dt.datetime(2026, 1, 1, 9, 0)
    weekly = dt.timedelta(days=7)
    assert rolling_backup(database, now=start, every=weekly)
    assert rolling_backup(database, now=start + dt.timedelta(days=6), every=weekly) is None
    assert rolling_backup(database, now=start + dt.timedelta(days=7), every=weekly)
    assert (
        rolling_backup(database, now=start + dt.timedelta(days=30), every=dt.timedelta(0)) is None
    )
    Desk.open(location, backup_every=dt.timedelta(0)).close()
    assert len(list((location.folder / "backups").glob("library-*.sqlite"))) == 2


def test_a_migration_is_preceded_by_a_backup(location: LibraryLocation, seed_path: Path) -> None:
    assert location.folder is not None
    with Desk.open(location) as desk:
        _marked(desk, seed_path)
    database = location.folder / "library.sqlite"
    with sqlite3.connect(database) as connection:  # pretend the library is one schema older
        connection.execute("DROP TABLE dismissed_suggestions")
        for column in ("version", "created_by", "updated_by"):  # added by 0003
            connection.execute(f"ALTER TABLE claims DROP COLUMN {column}")
        connection.execute("DROP TABLE published_reviews")  # added by 0004
        connection.execute("DROP TABLE evidence_files")  # added by 0005, with these columns
        for column in ("position", "file_sha256", "file_size"):
            connection.execute(f"ALTER TABLE evidence DROP COLUMN {column}")
        connection.execute("DROP TABLE article_files")  # added by 0006
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    sessions = open_database(f"sqlite:///{database}")
    with sessions() as session:
        version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head_revision()
    [backup] = (location.folder / "backups").glob("before-migration-0001-*.sqlite")
    assert _claim_quotes(backup) == [SEED_DENIAL]


def test_check_repairs_anchors_and_the_index(location: LibraryLocation, seed_path: Path) -> None:
    assert location.folder is not None
    with Desk.open(location) as desk:
        claim_id = _marked(desk, seed_path)
        assert desk.check().ok
    with sqlite3.connect(location.folder / "library.sqlite") as connection:
        connection.execute('UPDATE claims SET start = start + 5, "end" = "end" + 5')
    with Desk.open(location) as desk:
        [article] = desk.list_articles()
        desk._keeper.index.update(delete_articles=[article.id])  # the index loses records
        report = desk.check()
        assert report.ok
        assert any("anchor moved" in line for line in report.repaired)
        assert any("search index: rebuilt" in line for line in report.repaired)
        [claim] = desk.list_claims()
        assert desk.get_article(claim.article_id).text[claim.start : claim.end] == SEED_DENIAL
        assert [h.id for h in desk.search("kind:denial").hits] == [claim_id]


def test_copy_refuses_to_overwrite_the_library(location: LibraryLocation) -> None:
    assert location.folder is not None
    Desk.open(location).close()
    database = location.folder / "library.sqlite"
    with pytest.raises(InputRefused, match="overwrite the library"):
        copy_database(database, database)
