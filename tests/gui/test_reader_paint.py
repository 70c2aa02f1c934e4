"""The reader repaints only where claims changed, and the result is what painting the whole
text gives: the same formats at every character."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from claimdesk.core.model import ClaimKind
from claimdesk.gui.common.offsets import OffsetMap
from claimdesk.gui.reader.claim_highlighter import apply_claim_formats
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED_DENIAL
from tests.gui.conftest import wait_idle


def _formats(document: QTextDocument) -> list[tuple[str, int]]:
    cursor = QTextCursor(document)
    seen = []
    for position in range(1, document.characterCount()):
        cursor.setPosition(position)
        fmt = cursor.charFormat()
        seen.append((fmt.background().color().name(), int(fmt.underlineStyle().value)))
    return seen


def _whole(window: MainWindow) -> list[tuple[str, int]]:
    text = window.reader.text
    article = text.article()
    assert article is not None
    fresh = QTextDocument()
    fresh.setPlainText(article.text)
    selected = text.selected_claim()
    apply_claim_formats(
        fresh, text.claims(), OffsetMap(article.text), text.palette(),
        selected.id if selected else None,
    )  # fmt: skip
    return _formats(fresh)


def test_marks_and_selections_paint_as_a_whole_repaint_would(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    window.open_article(article_id)
    wait_idle(qtbot, window)
    text = window.reader.text
    article = text.article()
    assert article is not None
    start = article.text.index(SEED_DENIAL)
    spans = [
        (start, start + len(SEED_DENIAL), ClaimKind.DENIAL),
        (start + 4, start + 30, ClaimKind.CLAIM),  # overlapping the denial
        (10, 60, ClaimKind.CLAIM),
    ]
    for low, high, kind in spans:
        text.select_span(low, high)
        window.claim_actions.mark(kind)
        wait_idle(qtbot, window)
        assert _formats(text.document()) == _whole(window)
    claims = text.claims()
    assert len(claims) == 3
    for claim in [*claims, None]:
        text.select_claim(claim.id if claim else None)
        assert _formats(text.document()) == _whole(window)
    window.undo_stack.undo()  # the last mark goes: its span repainted plain
    wait_idle(qtbot, window)
    assert len(text.claims()) == 2
    assert _formats(text.document()) == _whole(window)
