"""Nothing is ever lost, in the window: the inspector's History section and the article's
history restore versions; File > Restore from backup… puts a backup back and reopens the
library; a second process keeping the index is announced. Real libraries, real processes."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from claimdesk.core.backup_restore import backups_folder
from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ArticleChanges, ClaimChanges, ClaimKind, ClaimView, Verdict
from claimdesk.core.model.history import VersionSide
from claimdesk.gui.recovery.recovery_actions import IndexNotice
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED_DENIAL
from tests.gui.conftest import call, open_window, wait_idle
from tests.library_holder import hold_library


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    """Processes holding a library open; killed at the end."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        process.kill()
        process.wait(timeout=30)


def _hold(started: list[subprocess.Popen[str]], location: LibraryLocation) -> str:
    process, said = hold_library(location)
    started.append(process)
    return said


def _marked(qtbot: QtBot, window: MainWindow, article_id: str) -> ClaimView:
    def mark(desk: Desk) -> ClaimView:
        start, end = desk.find_quote(article_id, SEED_DENIAL)
        return desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")

    claim: ClaimView = call(qtbot, window, mark)
    window.open_article(article_id, claim.id)
    wait_idle(qtbot, window)
    return claim


def _verdict_in_library(qtbot: QtBot, window: MainWindow, claim_id: str) -> Verdict | None:
    claims = call(qtbot, window, lambda desk: desk.list_claims())
    return next(c for c in claims if c.id == claim_id).verdict


def test_history_section_undoes_and_restores_a_change(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    claim = _marked(qtbot, window, article_id)
    inspector, panel = window.inspector, window.inspector.history
    assert not panel.body.isVisible()
    inspector.verdict.setCurrentIndex(inspector.verdict.findData(Verdict.FALSE.value))
    wait_idle(qtbot, window)
    assert _verdict_in_library(qtbot, window, claim.id) is Verdict.FALSE

    panel.set_open(True)
    wait_idle(qtbot, window)
    assert panel.body.isVisible()
    assert [i.action for i in panel.items()] == ["update", "create"]
    first = panel.entries.item(0).text()
    assert "verdict: not rated → false" in first and " · " in first.splitlines()[0]
    assert "not rated" in panel.details.toPlainText()
    assert not panel.restore_button.isEnabled()  # the newest entry is the claim as it is
    assert panel.undo_button.isEnabled()

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert _verdict_in_library(qtbot, window, claim.id) is None
    assert inspector.verdict.currentData() == ""
    assert window.message_bar.text().startswith("Claim restored.")
    assert [i.action for i in panel.items()] == ["revert", "update", "create"]

    panel.select_entry(panel.items()[1].id)  # the change to "false": its version again
    assert panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert _verdict_in_library(qtbot, window, claim.id) is Verdict.FALSE
    assert inspector.verdict.currentData() == Verdict.FALSE.value
    assert len(panel.items()) == 4

    # The restores count as this window's own saves: undo builds on them, no conflict.
    window.undo_stack.undo()
    wait_idle(qtbot, window)
    assert window.claim_actions.refused.open_question(claim.id) is None
    assert _verdict_in_library(qtbot, window, claim.id) is None
    window.grab().save("/tmp/shots/d-test-history.png")


def test_article_history_restores_the_title(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    window.open_article(article_id)
    wait_idle(qtbot, window)
    history = window.history
    assert window.actions_.article_history.isEnabled()
    dialog = history.show_article_history()
    assert dialog is not None
    wait_idle(qtbot, window)
    assert [i.action for i in dialog.panel.items()] == ["create"]
    old_title = window.current_article().title  # type: ignore[union-attr]

    call(qtbot, window, lambda d: d.update_article(article_id, ArticleChanges(title="Renamed")))
    window.open_article(article_id)
    wait_idle(qtbot, window)
    assert [i.action for i in dialog.panel.items()] == ["update", "create"]
    assert "Renamed" in dialog.panel.details.toPlainText()

    dialog.panel.restore_requested.emit(dialog.panel.items()[0].id, VersionSide.BEFORE)
    wait_idle(qtbot, window)
    assert window.current_article().title == old_title  # type: ignore[union-attr]
    assert window.windowTitle().startswith(old_title)
    assert [i.action for i in dialog.panel.items()] == ["revert", "update", "create"]
    dialog.close()


def _confirm(qtbot: QtBot, window: MainWindow, name: str) -> None:
    backups = window.recovery.backups
    backups.show_backups()
    wait_idle(qtbot, window)
    dialog = backups.dialog
    assert dialog is not None and dialog.isVisible()
    listed = [dialog.table.item(r, 0).toolTip() for r in range(dialog.table.rowCount())]
    assert any(tip.endswith(name) for tip in listed)
    dialog.select_backup(backups_folder(window.ops.location) / name)  # type: ignore[arg-type]
    assert dialog.where.text().startswith(f"{name}: 1 article and ")
    box = dialog.confirmation or dialog.confirm_restore()
    assert box is not None and "Restore the library as it was" in box.text()
    [restore] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    restore.click()
    qtbot.waitUntil(lambda: window.ops.location is not None, timeout=20_000)
    wait_idle(qtbot, window)


def test_backup_dialog_restores_and_reopens_the_library(
    qtbot: QtBot, window: MainWindow, article_id: str, seeded_location: tuple[LibraryLocation, str]
) -> None:
    location = seeded_location[0]
    kept = _marked(qtbot, window, article_id)
    name = "claimdesk-20260102-100000.sqlite"
    window.recovery.backups.back_up_to(backups_folder(location) / name)
    wait_idle(qtbot, window)
    assert window.message_bar.text().startswith("Library backed up to")
    later = call(qtbot, window, lambda d: d.mark_claim(article_id, 0, 11, ClaimKind.CLAIM))
    call(qtbot, window, lambda d: d.update_claim(later.id, ClaimChanges(notes="zibaldone")))
    assert call(qtbot, window, lambda d: d.search("zibaldone").total) == 1

    _confirm(qtbot, window, name)

    assert window.message_bar.text().startswith(f"Library restored from {name}.")
    claims = call(qtbot, window, lambda d: d.list_claims())
    assert [c.id for c in claims] == [kept.id]
    # The restored library's index is rebuilt in the background, its progress in the status
    # bar; search answers from it once that is done.
    qtbot.waitUntil(
        lambda: not call(qtbot, window, lambda d: d.index_needs_rebuild), timeout=30_000
    )
    assert call(qtbot, window, lambda d: d.search("zibaldone").total) == 0
    assert call(qtbot, window, lambda d: d.search("separatisti").total) >= 1
    assert list(backups_folder(location).glob("before-restore-*.sqlite"))
    assert window.undo_stack.count() == 0
    window.open_article(article_id)
    wait_idle(qtbot, window)
    assert [c.id for c in window.current_article().claims] == [kept.id]  # type: ignore[union-attr]


def test_restore_is_refused_while_another_process_has_the_library(
    qtbot: QtBot,
    window: MainWindow,
    article_id: str,
    seeded_location: tuple[LibraryLocation, str],
    holder: list[subprocess.Popen[str]],
) -> None:
    location = seeded_location[0]
    name = "claimdesk-20260102-100000.sqlite"
    window.recovery.backups.back_up_to(backups_folder(location) / name)
    wait_idle(qtbot, window)
    kept = _marked(qtbot, window, article_id)
    assert _hold(holder, location) == "writes_index False"  # the window keeps the index

    _confirm(qtbot, window, name)

    assert window.message_bar.level() == "error"
    assert "Another ClaimDesk window or command has this library open" in (
        window.message_bar.text()
    )
    assert [c.id for c in call(qtbot, window, lambda d: d.list_claims())] == [kept.id]
    assert not list(backups_folder(location).glob("before-restore-*.sqlite"))


def test_a_second_process_keeping_the_index_is_announced(
    qtbot: QtBot, seeded_location: tuple[LibraryLocation, str], holder: list[subprocess.Popen[str]]
) -> None:
    location = seeded_location[0]
    assert _hold(holder, location) == "writes_index True"
    window = open_window(qtbot, location)
    bar = window.message_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.text() == IndexNotice.text(), timeout=10_000)
    assert bar.level() == "warning"
    assert "edits are saved" in bar.text()
    window.grab().save("/tmp/shots/d-index-notice.png")

    holder[0].kill()
    holder[0].wait(timeout=30)
    # The window takes the index over at its next look, and says so.
    qtbot.waitUntil(lambda: "keeps the search index now" in bar.text(), timeout=15_000)
    assert call(qtbot, window, lambda d: d.writes_index)
