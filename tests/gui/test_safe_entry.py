"""Data entry that is never silently wrong: a claimant is stored only once its name is
complete, a whole-article selection is not marked by one stray key, Backspace deletes no claim."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from claimdesk.core.model import ClaimFilter, ClaimKind
from claimdesk.gui.claims.inspector_view import TYPING_DEBOUNCE_MS
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED_DENIAL
from tests.gui.conftest import call, wait_idle
from tests.gui.test_marking import click_offset, open_seed


def _claims(qtbot: QtBot, window: MainWindow, article_id: str) -> list:  # type: ignore[type-arg]
    return call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))


def _mark_denial(qtbot: QtBot, window: MainWindow, article_id: str) -> None:
    open_seed(qtbot, window, article_id)
    article = window.current_article()
    assert article is not None
    click_offset(qtbot, window, article.text.index(SEED_DENIAL) + 3)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_D)
    wait_idle(qtbot, window)
    assert window.inspector.claimant_edit.hasFocus()


def test_a_claimant_typed_with_pauses_is_stored_only_when_complete(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    _mark_denial(qtbot, window, article_id)
    field = window.inspector.claimant_edit
    for part in ("Ru", "ss", "ia"):
        qtbot.keyClicks(field, part)
        qtbot.wait(TYPING_DEBOUNCE_MS + 150)  # longer than any pause the debounce waits for
        wait_idle(qtbot, window)
        assert [c.claimant for c in _claims(qtbot, window, article_id)] == [None]
    names = call(qtbot, window, lambda d: d.claimant_names())
    assert not {"Ru", "Russ"} & set(names)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert [c.claimant for c in _claims(qtbot, window, article_id)] == ["Russia"]
    assert field.text() == "Russia"  # the refresh after the save kept what was typed
    names = call(qtbot, window, lambda d: d.claimant_names())
    assert "Russia" in names and not {"Ru", "Russ"} & set(names)


def test_leaving_the_claimant_field_stores_the_name(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    _mark_denial(qtbot, window, article_id)
    qtbot.keyClicks(window.inspector.claimant_edit, "Mosca")
    window.reader.text.setFocus()
    wait_idle(qtbot, window)
    assert [c.claimant for c in _claims(qtbot, window, article_id)] == ["Mosca"]


def _answer(window: MainWindow, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the long-selection question as soon as it shows."""

    def look() -> None:
        box = window.claim_actions.question
        if box is None or not box.isVisible():
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(20, look)


def test_select_all_then_a_letter_asks_before_marking_the_whole_article(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    open_seed(qtbot, window, article_id)
    text = window.reader.text
    qtbot.keyClick(text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    seen: list[str] = []
    _answer(window, QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(text, Qt.Key.Key_D)
    wait_idle(qtbot, window)
    assert seen and "as one denial?" in seen[0]
    assert _claims(qtbot, window, article_id) == []
    assert text.selected_span() is not None  # the selection is kept for another try

    # The offscreen platform leaves no window active after a modal question: the action the
    # C key triggers, triggered directly.
    _answer(window, QMessageBox.StandardButton.Yes, seen)
    window.actions_.mark_claim.trigger()
    wait_idle(qtbot, window)
    claims = _claims(qtbot, window, article_id)
    assert len(seen) == 2, window.message_bar.text()
    assert [c.kind for c in claims] == [ClaimKind.CLAIM], window.message_bar.text()


def test_one_sentence_is_marked_without_a_question(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    _mark_denial(qtbot, window, article_id)
    assert window.claim_actions.question is None
    assert len(_claims(qtbot, window, article_id)) == 1


def test_backspace_removes_no_claim_and_delete_does(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    _mark_denial(qtbot, window, article_id)
    window.reader.text.setFocus()
    wait_idle(qtbot, window)
    assert window.inspector.claim() is not None
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Backspace)
    wait_idle(qtbot, window)
    assert len(_claims(qtbot, window, article_id)) == 1
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert _claims(qtbot, window, article_id) == []


def test_a_typed_publication_date_is_taken_whole_or_refused(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    from claimdesk.gui.articles.article_properties_dialog import ArticlePropertiesDialog

    open_seed(qtbot, window, article_id)
    article = window.current_article()
    assert article is not None
    dialog = ArticlePropertiesDialog(article, window)
    qtbot.addWidget(dialog)
    dialog.no_date.setChecked(False)
    dialog.published.selectAll()
    qtbot.keyClicks(dialog.published, "2023-11-09")
    assert dialog.published_date() is not None
    assert dialog.published_date().isoformat() == "2023-11-09"  # type: ignore[union-attr]
    assert dialog.problem() is None

    dialog.published.selectAll()
    qtbot.keyClicks(dialog.published, "9 novembre")
    dialog.accept()
    assert dialog.isVisible() or dialog.result() == 0  # not accepted
    assert "is not a date" in dialog.error.text() and "2023-11-09" in dialog.error.text()
    _old, new = dialog.changes()
    assert new.published in (None, "")  # nothing typed wrong would be saved as a day


def test_every_arrow_press_in_the_verdict_list_counts(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    _mark_denial(qtbot, window, article_id)
    verdict = window.inspector.verdict
    verdict.setFocus()
    start = verdict.currentIndex()
    for _ in range(6):
        qtbot.keyClick(verdict, Qt.Key.Key_Down)
        qtbot.wait(40)  # quicker than a save and its refresh
    wait_idle(qtbot, window)
    assert verdict.currentIndex() == start + 6
    [claim] = _claims(qtbot, window, article_id)
    assert claim.verdict is not None and claim.verdict.value == verdict.currentData()


def test_a_notice_with_a_button_stays_until_dismissed(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimdesk.gui.shell import message_bar

    monkeypatch.setattr(message_bar, "INFO_TIMEOUT_MS", 50)
    bar = window.message_bar
    bar.show_info("Saved.")
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    bar.show_info("The language changes after a restart.", ("Restart now", lambda: None))
    qtbot.wait(300)
    assert bar.isVisible() and bar.text() == "The language changes after a restart."
    bar.close_button.click()
    assert not bar.isVisible()


def test_window_panes_and_article_come_back_after_a_restart(
    qtbot: QtBot, window: MainWindow, article_id: str, own_config_dir: Path
) -> None:
    from claimdesk.gui.shell.window_state import STATE_FILE
    from tests.gui.conftest import open_window

    open_seed(qtbot, window, article_id)
    window.resize(790, 790)  # the offscreen screen is 800 x 800
    sizes = [300, 500, 300]
    window.splitter.setSizes(sizes)
    kept = window.splitter.sizes()
    location = window.ops.location
    assert location is not None
    window.close()
    assert (own_config_dir / STATE_FILE).is_file()

    again = open_window(qtbot, location)
    qtbot.waitUntil(lambda: again.current_article() is not None, timeout=10_000)
    assert again.current_article().id == article_id  # type: ignore[union-attr]
    # Qt keeps a restored frame inside the screen's free area (the offscreen screen's is a
    # little shorter than the window asked for): the width comes back exactly.
    assert again.width() == window.width() and abs(again.height() - window.height()) <= 20
    assert again.splitter.sizes() == kept


def test_the_window_fits_a_small_laptop_screen_with_a_claim_open(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    # 960 x 640 beside a browser; a window manager's title bar takes about 30 pixels of it.
    _mark_denial(qtbot, window, article_id)
    assert window.inspector.claim() is not None
    hint = window.minimumSizeHint()
    assert hint.width() <= 960 and hint.height() <= 600, hint
