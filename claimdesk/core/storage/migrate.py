"""Alembic run from code: every library is brought to the newest schema when it opens.

Opening a library that is already up to date reads its revision with one query and never
imports Alembic (0.12 s of a 1.5 s start-up); Alembic comes in only to migrate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "claimdesk.core.storage:migrations"
# The newest migration shipped (tests check it is the head of the migration scripts).
HEAD_REVISION = "0006"
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    """An Alembic configuration pointing at the migrations shipped in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str | None:
    """The newest migration shipped with this version of ClaimDesk (read from the scripts)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration a database is at, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        versions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    return str(versions[0][0]) if len(versions) == 1 else None


def upgrade_to_head(engine: Engine, before: Callable[[str | None], object] | None = None) -> None:
    """Apply every migration the database lacks, in one transaction.

    ``before(revision)`` runs first when there is something to apply (the backup hook).
    """
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    from alembic import command

    if before is not None:
        before(revision)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
