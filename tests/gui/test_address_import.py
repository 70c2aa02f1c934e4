"""Import from an address in the window: the dialog, the fetch on the worker against a real
local server, a refusal said in the dialog, Cancel during a slow answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from claimdesk.core.library import LibraryLocation
from claimdesk.core.services import article_files
from claimdesk.gui.imports.address_actions import AddressActions
from claimdesk.gui.imports.address_dialog import AddressDialog
from claimdesk.gui.shell.main_window import MainWindow
from tests.gui.conftest import call, open_window, wait_idle
from tests.web_server import PageServer, page_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PageServer]:
    with page_server(tmp_path_factory.mktemp("pages")) as running:
        yield running


def address_actions(window: MainWindow) -> AddressActions:
    # The window's controller, or one made here while the shell does not make it yet.
    found = window.findChild(AddressActions)
    return found if found is not None else AddressActions(window, window.imports.after_import)


def open_dialog(qtbot: QtBot, window: MainWindow) -> AddressDialog:
    actions = address_actions(window)
    window.actions_.import_address.trigger()
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible())
    assert actions.dialog is not None
    return actions.dialog


def press_import(dialog: AddressDialog, url: str) -> None:
    dialog.address.setText(url)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def stored(qtbot: QtBot, window: MainWindow) -> tuple[int, int]:
    """Articles and kept files in the window's library."""

    def count(desk: object) -> tuple[int, int]:
        articles = desk.list_articles()  # type: ignore[attr-defined]
        files = desk._read(  # type: ignore[attr-defined]
            lambda s: sum(len(article_files.article_file_rows(s, a.id)) for a in articles)
        )
        return len(articles), files

    return call(qtbot, window, count)


def test_a_page_by_its_address_is_imported_and_opened(
    qtbot: QtBot, location: LibraryLocation, server: PageServer
) -> None:
    window = open_window(qtbot, location)
    dialog = open_dialog(qtbot, window)
    assert window.actions_.import_address.shortcut().toString() == "Ctrl+Shift+O"
    press_import(dialog, server.url("/r1"))
    assert dialog.fetching() and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: address_actions(window).dialog is None, timeout=15_000)
    wait_idle(qtbot, window)
    assert window.message_bar.text() == "Imported “Bilancio, il sindaco e la corte dei conti”."
    article = window.state.current_article()
    assert article is not None and article.url == server.url("/article")
    assert stored(qtbot, window) == (1, 1)


def test_the_properties_say_when_the_page_was_captured_and_save_it(
    qtbot: QtBot,
    location: LibraryLocation,
    server: PageServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    from claimdesk.gui.articles.article_properties_dialog import ArticlePropertiesDialog

    window = open_window(qtbot, location)
    dialog = open_dialog(qtbot, window)
    press_import(dialog, server.url("/r1"))
    qtbot.waitUntil(lambda: window.state.current_article() is not None, timeout=15_000)
    wait_idle(qtbot, window)
    target = tmp_path / "saved.warc.gz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: dict[str, str] = {}

    def look() -> None:
        found = [d for d in window.findChildren(ArticlePropertiesDialog) if d.isVisible()]
        box = window.editing.snapshot_box
        if not found or box is None or not box.isVisible():
            QTimer.singleShot(20, look)
            return
        seen["line"] = box.label.text()
        box.save_button.click()
        qtbot.waitUntil(target.exists, timeout=10_000)
        found[-1].reject()

    QTimer.singleShot(0, look)
    window.editing.edit_properties()
    assert seen["line"].startswith("Captured on ")
    assert seen["line"].endswith(f"UTC from {server.url('/article')}")
    from claimdesk.core.importers.warc import read_capture

    assert read_capture(target.read_bytes()).url == server.url("/article")
    assert window.message_bar.text() == f"Saved the snapshot to {target}."


def test_a_refusal_is_said_in_the_dialog_and_stores_nothing(
    qtbot: QtBot, location: LibraryLocation, server: PageServer
) -> None:
    window = open_window(qtbot, location)
    dialog = open_dialog(qtbot, window)
    press_import(dialog, "not an address")
    assert dialog.message.text() == (
        "“not an address” is not a web address: give one that starts with https:// or http://."
    )
    assert not dialog.fetching()
    press_import(dialog, server.url("/missing"))
    qtbot.waitUntil(lambda: not dialog.fetching(), timeout=15_000)
    assert dialog.isVisible()
    assert dialog.message.text() == (
        f"{server.url('/missing')} answered 404 Not Found: there is no page there; check the "
        "address."
    )
    assert dialog.address.isEnabled() and dialog.import_button.isEnabled()
    assert stored(qtbot, window) == (0, 0)
    dialog.reject()


def test_cancel_during_a_slow_answer_stores_nothing(
    qtbot: QtBot, location: LibraryLocation, server: PageServer, tmp_path: Path
) -> None:
    window = open_window(qtbot, location)
    dialog = open_dialog(qtbot, window)
    press_import(dialog, server.url("/slow"))  # answers after two seconds
    assert dialog.fetching()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()  # at once, not when the server answers
    wait_idle(qtbot, window, timeout=15_000)
    assert stored(qtbot, window) == (0, 0)
    assert window.state.current_article() is None
