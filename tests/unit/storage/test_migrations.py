"""Alembic: one head, and the migrations build exactly the schema the models describe, on
SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from claimdesk.core.library import LibraryLocation
from claimdesk.core.storage.engine import make_engine, open_database
from claimdesk.core.storage.migrate import alembic_config, current_revision, head_revision
from claimdesk.core.storage.orm import Base


def test_there_is_exactly_one_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1


def test_migrations_build_the_schema_of_the_models(location: LibraryLocation) -> None:
    url = location.url
    open_database(url)
    engine = make_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    assert current_revision(engine) == head_revision()
    columns = {c["name"] for c in inspect(engine).get_columns("claims")}
    assert {"version", "created_by", "updated_by"} <= columns
    assert set(inspect(engine).get_table_names()) >= {
        "articles",
        "claims",
        "claimants",
        "claimant_aliases",
        "claim_links",
        "tags",
        "claim_tags",
        "article_tags",
        "evidence",
        "history",
    }


def test_every_connection_gets_the_settings(location: LibraryLocation) -> None:
    engine = make_engine(location.url)
    with engine.connect() as connection:
        if location.is_sqlite:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        else:
            assert engine.pool._pre_ping  # a connection dropped while idle is replaced
            assert connection.execute(text("SHOW application_name")).scalar() == "ClaimDesk"


def test_a_version_0002_library_is_upgraded_with_its_claims(location: LibraryLocation) -> None:
    engine = make_engine(location.url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(
            text(
                "INSERT INTO articles (id, title, text, language, authors, source_format, "
                "content_hash, notes, imported, updated) VALUES ('a1', 't', 'Il testo.', 'it', "
                "'[]', 'text', 'h1', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                'INSERT INTO claims (id, article_id, kind, start, "end", exact, prefix, suffix, '
                "orphaned, claim_text, explanation, status, notes, dates, created, updated) "
                "VALUES ('c1', 'a1', 'claim', 0, 2, 'Il', '', '', false, 'Il', '', 'new', '', "
                "'[]', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
    open_database(location.url)
    with engine.connect() as connection:
        row = connection.execute(text("SELECT version, created_by FROM claims")).one()
    assert tuple(row) == (1, "")
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_opening_twice_migrates_once(location: LibraryLocation) -> None:
    url = location.url
    open_database(url)
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE marker (x INTEGER)"))
    open_database(url)  # already at head: nothing is re-run, nothing dropped
    assert "marker" in inspect(engine).get_table_names()


def test_the_head_known_without_alembic_is_the_head_of_the_scripts() -> None:
    from claimdesk.core.storage.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION
