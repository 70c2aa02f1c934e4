"""Alembic run from code: every library is brought to the newest schema when it opens."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

SCRIPT_LOCATION = "claimdesk.core.storage:migrations"


def alembic_config() -> Config:
    """An Alembic configuration pointing at the migrations shipped in the package."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str | None:
    """The newest migration shipped with this version of ClaimDesk."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration a database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, before: Callable[[str | None], object] | None = None) -> None:
    """Apply every migration the database lacks, in one transaction.

    ``before(revision)`` runs first when there is something to apply (the backup hook).
    """
    revision = current_revision(engine)
    if revision == head_revision():
        return
    if before is not None:
        before(revision)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
