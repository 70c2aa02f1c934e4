"""Fixtures for the search and report tests: the demo library, and a window on a copy of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from claimdesk.core.demo import create_demo_library
from claimdesk.core.library import folder_location
from claimdesk.gui.shell.main_window import MainWindow
from tests.gui.conftest import open_window, wait_idle


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo library, built once a module (marking its claims takes seconds)."""
    folder = tmp_path_factory.mktemp("demo") / "library"
    create_demo_library(folder)
    return folder


@pytest.fixture
def demo_window(qtbot: QtBot, demo_folder: Path, tmp_path: Path) -> MainWindow:
    """The main window on a fresh copy of the demo library."""
    folder = tmp_path / "library"
    shutil.copytree(demo_folder, folder)
    return open_window(qtbot, folder_location(folder))


def search_settled(qtbot: QtBot, window: MainWindow, query: str) -> None:
    """Type ``query`` into the box and wait for the full (faceted) answer."""
    window.search_box.setFocus()
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, query)
    qtbot.waitUntil(lambda: not window.search_box.is_pending(), timeout=5000)
    wait_idle(qtbot, window)
