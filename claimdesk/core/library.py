"""Where a library lives: resolution of ``--db``, ``--library``, ``$CLAIMDESK_LIBRARY``, default."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from claimdesk.core.errors import LibraryError

APP_NAME = "ClaimDesk"
DATABASE_FILE = "library.sqlite"
ENV_LIBRARY = "CLAIMDESK_LIBRARY"


@dataclass(frozen=True, slots=True)
class LibraryLocation:
    """A resolved library: the database URL and the folders for derived data."""

    url: str
    folder: Path | None  # the library folder, None for a shared database given by URL
    index_dir: Path

    @property
    def display(self) -> str:
        """A short human description for the status bar and messages."""
        if self.folder is not None:
            home = Path.home()
            try:
                return "~/" + str(self.folder.relative_to(home))
            except ValueError:
                return str(self.folder)
        return _hide_password(self.url)

    @property
    def is_sqlite(self) -> bool:
        """True for a local SQLite library."""
        return self.url.startswith("sqlite")


def _hide_password(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return url


def folder_location(folder: Path) -> LibraryLocation:
    """The location of a library folder (created if missing)."""
    folder = folder.expanduser().resolve()
    if folder.exists() and not folder.is_dir():
        raise LibraryError(
            "{folder} is a file, not a library folder: give a folder with --library.", folder=folder
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            "Cannot create the library folder {folder}: {reason}.",
            folder=folder,
            reason=exc.strerror or exc,
        ) from None
    return LibraryLocation(
        url=f"sqlite:///{folder / DATABASE_FILE}", folder=folder, index_dir=folder / "index"
    )


def url_location(url: str) -> LibraryLocation:
    """The location of a database given by URL; its index lives in the user cache folder."""
    digest = hashlib.sha256(url.encode()).hexdigest()[:16]
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    return LibraryLocation(url=url, folder=None, index_dir=cache / "indexes" / digest)


def resolve_location(
    library: str | None = None, db: str | None = None, environ: dict[str, str] | None = None
) -> LibraryLocation:
    """Resolve the library to open; first match wins: db, library, environment, default."""
    env = os.environ if environ is None else environ
    if db:
        return url_location(db)
    if library:
        return folder_location(Path(library))
    if env.get(ENV_LIBRARY):
        return folder_location(Path(env[ENV_LIBRARY]))
    return folder_location(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
