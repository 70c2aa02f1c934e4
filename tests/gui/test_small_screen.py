"""At 960 x 640 and 1024 x 640 (a laptop beside a browser) with a claim selected, the similar
claims keep a card and a third of room with their link buttons in view, the inspector's form
scrolls instead, and a long quote scrolls inside its own field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimKind
from claimdesk.gui.shell.main_window import MainWindow
from claimdesk.gui.tracking.claim_card import card_height
from tests.gui.conftest import call, open_window, wait_idle
from tests.gui.tracking_support import TrackingLibrary, fill_tracking_library

# A window manager's title bar takes about 30 pixels of a 640-pixel screen.
ROOM = 600


@pytest.fixture
def library(location: LibraryLocation) -> TrackingLibrary:
    """The demo library with an article repeating a demo claim."""
    return fill_tracking_library(location)


def _open_with_proposals(qtbot: QtBot, library: TrackingLibrary) -> MainWindow:
    window = open_window(qtbot, library.location)
    window.open_article(library.echo_article, claim_id=library.echo_claim)
    wait_idle(qtbot, window)
    panel = window.tracking.panel
    qtbot.waitUntil(lambda: panel.proposals.rowCount() > 0 and not panel.busy.isVisible())
    return window


def _in_view(widget: QWidget, viewport: QWidget) -> bool:
    """True when the whole of ``widget`` shows inside ``viewport``."""
    corner = widget.mapTo(viewport, QPoint(0, 0))
    inside = corner.x() >= 0 and corner.x() + widget.width() <= viewport.width()
    return inside and corner.y() >= 0 and corner.y() + widget.height() <= viewport.height()


def _one_card(window: MainWindow) -> int:
    return card_height(QFontMetrics(window.tracking.panel.proposal_list.font()), 2)


@pytest.mark.parametrize("width", [960, 1024])
def test_the_similar_claims_keep_their_room_on_a_small_screen(
    qtbot: QtBot, library: TrackingLibrary, width: int
) -> None:
    window = _open_with_proposals(qtbot, library)
    panel = window.tracking.panel
    assert window.minimumSizeHint().height() <= ROOM, window.minimumSizeHint()
    assert window.minimumSizeHint().width() <= width
    window.resize(width, ROOM)
    qtbot.waitUntil(lambda: window.height() == ROOM)
    wait_idle(qtbot, window)
    qtbot.wait(50)

    # The list shows a card and a third at least (it was 11 px high), all inside the panel,
    # with the link buttons under it; the first link button is in view too.
    assert panel.proposal_list.height() >= _one_card(window) * 4 // 3
    viewport = panel.scroll_area.viewport()
    assert _in_view(panel.proposal_list, viewport)
    # Every link button whole, its word unclipped: in one row, or two in a narrow column.
    for button in panel.link_buttons.values():
        assert _in_view(button, viewport), button.text()
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) + 8
    # The inspector keeps the claimant and the claim's wording in view; the rest scrolls.
    inspector = window.inspector
    form_view = inspector._scroll.viewport()
    assert _in_view(inspector.claimant, form_view)
    assert _in_view(inspector.claim_text, form_view)
    assert inspector._scroll.verticalScrollBar().maximum() > 0

    # With links too, the window still fits: the links scroll into view below.
    qtbot.keyClick(panel.proposal_list, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.links.rowCount() == 1)
    assert panel.link_list.isVisible() and panel.remove_button.isVisible()
    assert window.minimumSizeHint().height() <= ROOM, window.minimumSizeHint()
    assert panel.proposal_list.height() >= _one_card(window) * 4 // 3
    assert panel.scroll_area.verticalScrollBar().maximum() > 0


def test_a_long_quote_scrolls_inside_its_field(qtbot: QtBot, location: LibraryLocation) -> None:
    sentence = (
        "Il ministro ha detto che il piano costerà quaranta miliardi in cinque anni, che i fondi "
        "arriveranno dall'Europa e che nessuna tassa sarà aumentata per pagarlo"
    )
    text = "Il piano del governo\n\n" + ", e ".join([sentence] * 8) + ".\n"

    def mark(desk: object) -> tuple[str, str]:
        outcome = desk.import_text(text)  # type: ignore[attr-defined]
        start = text.index(sentence)
        end = text.rindex(sentence) + len(sentence)
        claim = desk.mark_claim(outcome.id, start, end, ClaimKind.CLAIM)  # type: ignore[attr-defined]
        return outcome.id, claim.id

    window = open_window(qtbot, location)
    article_id, claim_id = call(qtbot, window, mark)
    window.open_article(article_id, claim_id=claim_id)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.inspector.claim() is not None)
    window.resize(960, ROOM)
    qtbot.waitUntil(lambda: window.height() == ROOM)
    quote = window.inspector.quote
    assert quote.text().startswith("“Il ministro") and len(quote.text()) > 1000
    # A few lines tall, scrolling inside itself; the window's minimum is not raised by it.
    assert quote.height() <= quote.line_height() * 4 + 12
    assert quote.verticalScrollBar().maximum() > 0
    assert window.minimumSizeHint().height() <= ROOM
    # A short quote takes the lines it needs, and no scroll bar.
    window.inspector.quote.set_quote("“Poche parole.”")
    assert quote.height() <= quote.line_height() + 12
    assert quote.verticalScrollBar().maximum() == 0
