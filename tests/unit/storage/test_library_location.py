"""Library resolution, first match wins: --db, --library, $CLAIMDESK_LIBRARY, the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.core.errors import LibraryError
from claimdesk.core.library import resolve_location


def test_db_wins_over_everything(tmp_path: Path) -> None:
    env = {"CLAIMDESK_LIBRARY": str(tmp_path / "env")}
    loc = resolve_location(library=str(tmp_path / "lib"), db="sqlite:///x.db", environ=env)
    assert loc.url == "sqlite:///x.db"
    assert loc.folder is None


def test_library_wins_over_environment(tmp_path: Path) -> None:
    env = {"CLAIMDESK_LIBRARY": str(tmp_path / "env")}
    loc = resolve_location(library=str(tmp_path / "lib"), environ=env)
    assert loc.folder == (tmp_path / "lib").resolve()
    assert loc.url.endswith("lib/library.sqlite")
    assert loc.index_dir == loc.folder / "index"


def test_environment_wins_over_default(tmp_path: Path) -> None:
    loc = resolve_location(environ={"CLAIMDESK_LIBRARY": str(tmp_path / "env")})
    assert loc.folder == (tmp_path / "env").resolve()


def test_default_is_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    loc = resolve_location(environ={})
    assert loc.folder == (tmp_path / "data" / "ClaimDesk").resolve()


def test_a_file_is_not_a_library_folder(tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("x")
    with pytest.raises(LibraryError, match="is a file, not a library folder"):
        resolve_location(library=str(file), environ={})


def test_password_is_hidden_in_display() -> None:
    loc = resolve_location(db="postgresql://desk:s3cret@db.local/claims", environ={})
    assert "s3cret" not in loc.display
    assert loc.display == "postgresql://desk@db.local/claims"
