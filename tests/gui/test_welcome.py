"""The first-run welcome: when it shows, and that each choice does what it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from claimdesk.core.library import LibraryLocation
from claimdesk.core.settings import Settings, save_settings
from claimdesk.gui.app.welcome_dialog import WelcomeDialog, is_first_run, offer_welcome
from claimdesk.gui.shell.main_window import DEMO_TITLE, MainWindow
from tests.gui.conftest import open_window, wait_idle


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh settings folder, with no settings file yet."""
    folder = tmp_path / "config"
    monkeypatch.setenv("CLAIMDESK_CONFIG_DIR", str(folder))
    monkeypatch.delenv("CLAIMDESK_LIBRARY", raising=False)
    return folder


@pytest.fixture
def empty_window(qtbot: QtBot, location: LibraryLocation) -> MainWindow:
    """The window on an empty library, as the default one is on a first start."""
    return open_window(qtbot, location)


def _welcome(window: MainWindow) -> WelcomeDialog:
    dialog = offer_welcome(window)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_first_run_only_without_settings_and_without_a_chosen_library(
    config_dir: Path,
) -> None:
    assert is_first_run(explicit_library=False, environ={})
    # --library, --db, --demo, --smoke-test, or $CLAIMDESK_LIBRARY: never.
    assert not is_first_run(explicit_library=True, environ={})
    assert not is_first_run(explicit_library=False, environ={"CLAIMDESK_LIBRARY": "/x"})
    save_settings(Settings())
    assert not is_first_run(explicit_library=False, environ={})


def test_the_welcome_offers_three_ways_to_begin(qtbot: QtBot, empty_window: MainWindow) -> None:
    dialog = _welcome(empty_window)
    assert [b.text() for b in (dialog.demo_button, dialog.import_button, dialog.empty_button)] == [
        "Open the demo library",
        "Import articles…",
        "Start with an empty desk",
    ]
    assert dialog.demo_button.isDefault()
    dialog.empty_button.click()


def test_no_welcome_over_a_library_with_articles(qtbot: QtBot, window: MainWindow) -> None:
    # ``window`` holds the seed article: someone has been here before.
    assert offer_welcome(window) is None
    assert window.findChild(WelcomeDialog) is None


def test_demo_opens_the_demo_library_and_the_welcome_is_not_offered_again(
    qtbot: QtBot, empty_window: MainWindow, config_dir: Path
) -> None:
    dialog = _welcome(empty_window)
    QTest.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: empty_window.current_article() is not None, timeout=20_000)
    wait_idle(qtbot, empty_window)
    article = empty_window.current_article()
    assert article is not None and article.title.startswith(DEMO_TITLE)
    location = empty_window.ops.location
    assert location is not None and location.folder is not None
    assert location.folder.name.startswith("claimdesk-demo-")
    qtbot.waitUntil(lambda: empty_window.findChild(WelcomeDialog) is None)
    assert (config_dir / "settings.json").exists()
    assert not is_first_run(explicit_library=False, environ={})


def test_an_empty_desk_stays_empty(
    qtbot: QtBot, empty_window: MainWindow, config_dir: Path
) -> None:
    dialog = _welcome(empty_window)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    wait_idle(qtbot, empty_window)
    qtbot.waitUntil(lambda: empty_window.findChild(WelcomeDialog) is None)
    assert empty_window.current_article() is None
    assert empty_window.centre_stack.currentWidget() is empty_window.empty_state
    assert empty_window.empty_state.title.text() == "Your library is empty"
    assert (config_dir / "settings.json").exists()


def test_import_runs_file_import(qtbot: QtBot, empty_window: MainWindow) -> None:
    # The file chooser itself belongs to File > Import files… (tested with the import flow);
    # here only that the choice starts it.
    triggered: list[bool] = []
    empty_window.actions_.import_files.triggered.disconnect()
    empty_window.actions_.import_files.triggered.connect(lambda: triggered.append(True))
    dialog = _welcome(empty_window)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(triggered), timeout=5_000)
    assert triggered == [True]
