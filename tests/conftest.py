"""Fixtures shared by every test: real libraries in tmp_path, the real seed article."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from claimdesk.core.library import LibraryLocation, folder_location

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "claimdesk" / "seeds" / "stoltenberg-reuters-it.txt"
SEED_DENIAL = "Ha negato di aver sostenuto i separatisti"


def shared_path(*parts: str) -> Path:
    """A file of ../shared; a test needing it fails when it is missing and CI is set."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is missing: check out ../shared beside the project"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def seed_path() -> Path:
    """The seed article as shipped in the package."""
    return SEED


@pytest.fixture
def location(tmp_path: Path) -> LibraryLocation:
    """A fresh, empty library folder."""
    return folder_location(tmp_path / "library")


@pytest.fixture
def desk(location: LibraryLocation) -> Iterator[Desk]:
    """An open desk on a fresh library (real SQLite file, real Whoosh index)."""
    from claimdesk.core.desk import Desk

    with Desk.open(location) as opened:
        yield opened
