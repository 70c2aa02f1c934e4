"""GUI tests: pytest-qt on the offscreen platform, a real desk on a real library."""

from __future__ import annotations

import os

# Before anything imports Qt: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pytestqt.qtbot import QtBot

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED

T = TypeVar("T")


@pytest.fixture(autouse=True)
def own_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's settings and window state in a folder of its own, never the user's."""
    folder = tmp_path / "config"
    monkeypatch.setenv("CLAIMDESK_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def seed_file() -> Path:
    """The Stoltenberg seed article as shipped with the demo."""
    return SEED


@pytest.fixture
def seeded_location(location: LibraryLocation, seed_file: Path) -> tuple[LibraryLocation, str]:
    """A library holding the seed article; returns it and the article id."""
    with Desk.open(location) as desk:
        outcome = desk.import_file(seed_file)
    assert outcome.status == "imported", outcome.error
    assert outcome.id is not None
    return location, outcome.id


def open_window(qtbot: QtBot, location: LibraryLocation) -> MainWindow:
    """A shown, active main window on ``location`` with the library open."""
    window = MainWindow(lambda: Desk.open(location))
    qtbot.addWidget(window, before_close_func=lambda w: w.ops.shutdown())
    assert window.wait_until_open() is None
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    wait_idle(qtbot, window)
    return window


def wait_idle(qtbot: QtBot, window: MainWindow, timeout: int = 10_000) -> None:
    """Wait until every queued desk call (and the follow-ups they queue) has finished."""
    qtbot.waitUntil(window.ops.is_idle, timeout=timeout)
    # Callbacks may queue more work (a mark queues a refresh): settle twice.
    qtbot.wait(20)
    qtbot.waitUntil(window.ops.is_idle, timeout=timeout)


def call(qtbot: QtBot, window: MainWindow, work: Callable[[Desk], T]) -> T:
    """Run ``work`` on the window's desk (through its worker) and return the result."""
    box: list[Any] = []
    window.ops.run(work, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    result: T = box[0]
    return result


@pytest.fixture
def window(qtbot: QtBot, seeded_location: tuple[LibraryLocation, str]) -> Iterator[MainWindow]:
    """The main window on a library holding the seed article."""
    yield open_window(qtbot, seeded_location[0])


@pytest.fixture
def article_id(seeded_location: tuple[LibraryLocation, str]) -> str:
    """The seed article's id."""
    return seeded_location[1]
