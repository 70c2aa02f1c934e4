"""Linking any two claims from the window: the picker searches every claim as you type, says
what the link will mean, and the link is one undo step; right-clicking a claim offers it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from claimdesk.core.model import ClaimFilter, ClaimKind, Link, LinkType
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import REPO, SEED_DENIAL
from tests.gui.conftest import call, wait_idle
from tests.gui.test_marking import open_seed

CLAIM_QUOTE = "Georgia nel 2008"


def _two_claims(qtbot: QtBot, window: MainWindow, article_id: str) -> tuple[str, str]:
    def mark(desk):  # type: ignore[no-untyped-def]
        denial = desk.mark_claim(
            article_id, *desk.find_quote(article_id, SEED_DENIAL), ClaimKind.DENIAL
        )
        claim = desk.mark_claim(
            article_id, *desk.find_quote(article_id, CLAIM_QUOTE), ClaimKind.CLAIM,
            claimant="Stoltenberg",
        )  # fmt: skip
        return denial.id, claim.id

    ids = call(qtbot, window, mark)
    open_seed(qtbot, window, article_id)
    return ids


def test_the_picker_finds_any_claim_and_links_it_undoably(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    denial, claim = _two_claims(qtbot, window, article_id)
    window.select_claim(denial)
    dialog = window.tracking.pick_link()
    assert dialog is not None and dialog.isVisible()
    assert SEED_DENIAL in dialog.source_text.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing chosen yet
    qtbot.keyClicks(dialog.query, "Georgia")
    dialog.run_query()
    wait_idle(qtbot, window)
    hit = dialog.chosen()
    assert hit is not None and hit.id == claim  # the denial itself is never offered
    dialog.type.setCurrentIndex(dialog.type.findData(LinkType.DENIES.value))
    assert "This claim denies" in dialog.target_text.text()
    shots = REPO / "artifacts" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(shots / "link-picker.png"))
    ok.click()
    wait_idle(qtbot, window)

    def links() -> tuple[Link, ...]:
        claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
        return next(c for c in claims if c.id == denial).links

    assert links() == (Link(LinkType.DENIES, claim),)
    assert "Linked" in window.message_bar.text()
    window.actions_.undo.trigger()
    wait_idle(qtbot, window)
    assert links() == ()


def test_without_a_selected_claim_the_picker_says_what_to_do(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    open_seed(qtbot, window, article_id)
    window.select_claim(None)
    assert window.tracking.pick_link() is None
    assert "Ctrl+K" in window.message_bar.text()


# A menu on the offscreen platform cannot raise itself or grab the keyboard; it says so.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_right_click_on_a_claim_selects_it_and_offers_the_link(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    denial, _claim = _two_claims(qtbot, window, article_id)
    window.select_claim(None)
    text = window.reader.text
    article = window.current_article()
    assert article is not None
    where = article.text.index(SEED_DENIAL) + 3
    rect = text._span_rects(where, where + 1)[0]
    point = QPoint(int(rect.center().x()), int(rect.center().y()))
    seen: list[str] = []

    def look() -> None:
        menu = text.context_menu
        if menu is None or not menu.isVisible():
            QTimer.singleShot(20, look)
            return
        seen.extend(a.text() for a in menu.actions() if a.text())
        menu.close()

    QTimer.singleShot(20, look)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, text.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(text.viewport(), event)
    wait_idle(qtbot, window)
    assert window.inspector.claim() is not None and window.inspector.claim().id == denial
    assert seen[:2] == [
        window.tracking.actions.link_to.text(),
        window.tracking.actions.timeline.text(),
    ]
    assert any("Copy" in t for t in seen)  # the standard commands stay
