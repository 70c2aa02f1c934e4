"""Search from the toolbar box: results drop down, Enter opens the claim selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.core.model import ClaimKind, SearchHit, SearchResults
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.search_view import snippet_html
from tests.conftest import SEED_DENIAL
from tests.gui.conftest import call, wait_idle


def test_search_finds_a_denial_and_opening_it_selects_it(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    def mark(desk):  # type: ignore[no-untyped-def]
        start, end = desk.find_quote(article_id, SEED_DENIAL)
        return desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")

    claim = call(qtbot, window, mark)
    window.refresh_library()
    wait_idle(qtbot, window)
    assert window.current_article() is None

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "negare")
    qtbot.waitUntil(window.search_results.isVisible, timeout=5000)
    hits = [
        window.search_results.model.data(window.search_results.model.index(row, 0), 257)
        for row in range(window.search_results.model.rowCount())
    ]
    assert any(isinstance(h, SearchHit) and h.id == claim.id for h in hits), hits
    # Put the claim's hit first in line, then Enter opens it.
    row = next(i for i, h in enumerate(hits) if h.id == claim.id)
    window.search_results.list.setCurrentIndex(window.search_results.model.index(row, 0))
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    wait_idle(qtbot, window)

    assert not window.search_results.isVisible()
    article = window.current_article()
    assert article is not None and article.id == article_id
    selected = window.reader.text.selected_claim()
    assert selected is not None and selected.id == claim.id
    inspected = window.inspector.claim()
    assert inspected is not None and inspected.claimant == "Russia"


def test_a_search_without_hits_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.search_box.setText("zzzqqqxxy")
    window.search_box.run_now()
    wait_idle(qtbot, window)
    assert window.search_results.isVisible()
    assert window.search_results.summary.text().startswith("0 results")


def test_snippets_keep_only_their_bold_markup() -> None:
    assert snippet_html("a <b>negato</b> <i>x</i> & y") == (
        "a <b>negato</b> &lt;i&gt;x&lt;/i&gt; &amp; y"
    )


def test_results_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from claimdesk.gui.search_view import SearchResultsModel

    model = SearchResultsModel()
    model.set_hits(
        SearchResults(
            "q", 2, [SearchHit("claim", "c1", "a1", 2.0, "<b>q</b>", "T", 1, 3),
                     SearchHit("article", "a2", "a2", 1.0, "more q", "U")]
        ).hits
    )  # fmt: skip
    qtmodeltester.check(model)
