"""A real Whoosh index in tmp_path for every search test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk.core.search import SearchIndex


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    """Where the index lives (not created yet)."""
    return tmp_path / "library" / "index"


@pytest.fixture
def index(index_dir: Path) -> Iterator[SearchIndex]:
    """A fresh, empty, open index."""
    opened = SearchIndex.open(index_dir)
    yield opened
    opened.close()
