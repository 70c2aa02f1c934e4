"""Marking, editing, undo and redo through the real window and a real desk."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from claimdesk.core.model import ClaimFilter, ClaimKind, Status
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED_DENIAL
from tests.gui.conftest import call, wait_idle


def open_seed(qtbot: QtBot, window: MainWindow, article_id: str) -> None:
    window.open_article(article_id)
    wait_idle(qtbot, window)
    assert window.current_article() is not None
    window.reader.text.setFocus()


def click_offset(qtbot: QtBot, window: MainWindow, offset: int) -> None:
    """Click the reader at the character ``offset``."""
    text = window.reader.text
    rect = text._span_rects(offset, offset + 1)[0]
    point = QPoint(int(rect.center().x()), int(rect.center().y()))
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_click_selects_sentence_and_d_marks_a_denial(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    open_seed(qtbot, window, article_id)
    article = window.current_article()
    assert article is not None
    where = article.text.index(SEED_DENIAL)
    sentence = next(s for s in article.sentences if s.start <= where < s.end)

    click_offset(qtbot, window, where + 3)
    assert window.reader.text.selected_span() == (sentence.start, sentence.end)

    qtbot.keyClick(window.reader.text, Qt.Key.Key_D)
    wait_idle(qtbot, window)
    assert window.inspector.claimant_edit.hasFocus()
    qtbot.keyClicks(window.inspector.claimant_edit, "Russia")
    window.reader.text.setFocus()  # leaving the field commits it at once
    wait_idle(qtbot, window)

    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    assert len(claims) == 1
    claim = claims[0]
    assert claim.kind is ClaimKind.DENIAL
    assert claim.claimant == "Russia"
    assert (claim.start, claim.end) == (sentence.start, sentence.end)
    assert claim.quote == article.text[claim.start : claim.end]
    assert SEED_DENIAL in claim.quote
    assert window.reader.text.selected_claim() is not None
    assert window.inspector.claim() is not None and window.inspector.claim().id == claim.id

    # Undo the claimant edit, then the mark; redo brings both back with the same id.
    window.actions_.undo.trigger()
    wait_idle(qtbot, window)
    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    assert [c.claimant for c in claims] == [None]
    window.actions_.undo.trigger()
    wait_idle(qtbot, window)
    assert call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id))) == []
    assert window.reader.text.claims() == []

    window.actions_.redo.trigger()
    window.actions_.redo.trigger()
    wait_idle(qtbot, window)
    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    assert [(c.id, c.kind, c.claimant) for c in claims] == [(claim.id, ClaimKind.DENIAL, "Russia")]

    # Clicking the claim selects it; Delete removes it; Ctrl+Z puts it back.
    window.reader.text.setFocus()
    click_offset(qtbot, window, where + 3)
    assert window.inspector.claim() is not None and window.inspector.claim().id == claim.id
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id))) == []
    assert window.inspector.claim() is None
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    assert [(c.id, c.claimant) for c in claims] == [(claim.id, "Russia")]


def test_keyboard_moves_by_sentence_and_c_marks_a_claim(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    open_seed(qtbot, window, article_id)
    article = window.current_article()
    assert article is not None
    text = window.reader.text
    qtbot.keyClick(text, Qt.Key.Key_J)
    assert text.selected_span() == (article.sentences[0].start, article.sentences[0].end)
    qtbot.keyClick(text, Qt.Key.Key_J)
    qtbot.keyClick(text, Qt.Key.Key_Down)
    assert text.selected_span() == (article.sentences[2].start, article.sentences[2].end)
    qtbot.keyClick(text, Qt.Key.Key_K)
    assert text.selected_span() == (article.sentences[1].start, article.sentences[1].end)
    qtbot.keyClick(text, Qt.Key.Key_C)
    wait_idle(qtbot, window)
    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    assert [(c.kind, c.start) for c in claims] == [(ClaimKind.CLAIM, article.sentences[1].start)]


def test_letters_typed_in_the_inspector_do_not_mark(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    open_seed(qtbot, window, article_id)
    text = window.reader.text
    qtbot.keyClick(text, Qt.Key.Key_J)
    qtbot.keyClick(text, Qt.Key.Key_C)
    wait_idle(qtbot, window)
    qtbot.keyClick(text, Qt.Key.Key_J)  # a selection exists that a stray D could mark
    window.inspector.notes.setFocus()
    qtbot.keyClicks(window.inspector.notes, "dcdc")
    window.inspector.tags.setFocus()
    wait_idle(qtbot, window)
    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    assert len(claims) == 1
    assert claims[0].notes == "dcdc"


def test_typing_bursts_are_one_undo_step_each(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    open_seed(qtbot, window, article_id)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_J)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_C)
    wait_idle(qtbot, window)
    before = window.undo_stack.count()
    notes = window.inspector.notes
    notes.setFocus()
    for chunk in ("first ", "burst"):
        qtbot.keyClicks(notes, chunk)
        qtbot.wait(450)  # past the debounce: each chunk is committed on its own
        wait_idle(qtbot, window)
    window.inspector.status.setFocus()  # ends the burst
    window.inspector.status.setCurrentIndex(window.inspector.status.findData("reviewed"))
    wait_idle(qtbot, window)
    assert window.undo_stack.count() == before + 2  # the notes burst, the status change

    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    assert (claims[0].notes, claims[0].status) == ("first burst", Status.REVIEWED)
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    wait_idle(qtbot, window)
    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    assert (claims[0].notes, claims[0].status) == ("", Status.NEW)
    assert window.inspector.notes.toPlainText() == ""


def test_a_refused_mark_shows_one_line_in_the_message_bar(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    open_seed(qtbot, window, article_id)
    window.undo_stack.push(
        __import__("claimdesk.gui.ops.undo_commands", fromlist=["x"]).MarkClaimCommand(
            window.ops, article_id, 10, 10_000_000, ClaimKind.CLAIM, lambda *_: None
        )
    )
    wait_idle(qtbot, window)
    assert window.message_bar.isVisible()
    assert window.message_bar.level() == "error"
    assert "\n" not in window.message_bar.text() and "Traceback" not in window.message_bar.text()
    window.message_bar.close_button.click()
    assert not window.message_bar.isVisible()
