"""What a search hit shows and where it leads: who said the claim and its quote in the row,
the article opened at the hit with the matched words marked, "did you mean" only when the
query finds little, and the core's notice about a query in the window's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from claimdesk.core.model import SearchHit
from claimdesk.gui.common.i18n import install_language
from claimdesk.gui.reader.reader_geometry import span_rects
from claimdesk.gui.search.search_model import HEADING_ROLE, HIT_ROLE
from claimdesk.gui.shell.main_window import MainWindow
from tests.gui.conftest import call, wait_idle
from tests.gui.demo_fixtures import demo_folder, demo_window, search_settled

__all__ = ["demo_folder", "demo_window"]


def _rows(window: MainWindow) -> list[tuple[SearchHit, str, tuple[str, str]]]:
    model = window.search_results.model
    rows = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        rows.append((index.data(HIT_ROLE), index.data(), index.data(HEADING_ROLE)))
    return rows


def _open(qtbot: QtBot, window: MainWindow, hit: SearchHit) -> None:
    window.searching.open_hit(hit)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.reader.text.matches()), timeout=3000)


def _marked_words(window: MainWindow) -> list[str]:
    article = window.current_article()
    assert article is not None
    return [article.text[start:end] for start, end in window.reader.text.matches()]


def _in_view(window: MainWindow, span: tuple[int, int]) -> bool:
    text = window.reader.text
    rects = span_rects(text, text._offsets, *span)
    height = text.viewport().height()
    return bool(rects) and all(r.top() >= 0 and r.bottom() <= height for r in rects)


def test_a_claim_row_names_its_kind_claimant_and_quote(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    search_settled(qtbot, window, "claimant:mosca")
    rows = _rows(window)
    assert rows and all(hit.type == "claim" for hit, _, _ in rows)
    for hit, line, (lead, rest) in rows:
        assert hit.claimant == "Russia"
        assert lead == "Russia" and rest == hit.title  # who says it, then where
        kind = "denial" if hit.kind == "denial" else "claim"
        assert line.startswith(f"{kind}: Russia: “"), line
        assert line.endswith(f"” — {hit.title}")
    # The quote is the row's text, not the article's opening.
    denial = next(hit for hit, _, _ in rows if hit.kind == "denial")
    assert "contestato" in denial.snippet


def test_an_article_row_shows_its_title(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    search_settled(qtbot, window, "presidenza statunitense")
    [(hit, line, heading)] = [row for row in _rows(window) if row[0].type == "article"]
    assert heading == (hit.title, "")
    assert line.startswith(f"article: {hit.title} — ")


def test_opening_an_article_hit_scrolls_to_its_words_and_marks_them(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.resize(1000, 560)  # the word is near the end of a long article: out of view
    search_settled(qtbot, window, "presidenza statunitense")
    hit = next(hit for hit, _, _ in _rows(window) if hit.type == "article")
    _open(qtbot, window, hit)
    article = window.current_article()
    assert article is not None and article.id == hit.article_id
    words = _marked_words(window)
    assert words and all(w.lower().startswith(("presiden", "statunitens")) for w in words), words
    assert window.reader.text.verticalScrollBar().value() > 0
    # In view: where both words stand together, not the first "Presidente" of the article.
    assert article is not None
    together = next(
        (s, e) for s, e in window.reader.text.matches() if article.text[s:e] == "presidenza"
    )
    assert _in_view(window, together)
    # Another article never shows them; leaving the search takes them off.
    articles = call(qtbot, window, lambda desk: desk.list_articles())
    other = next(a for a in articles if a.id != hit.article_id)
    window.open_article(other.id)
    wait_idle(qtbot, window)
    assert window.reader.text.matches() == []
    _open(qtbot, window, hit)
    window.searching.leave()
    assert window.reader.text.matches() == []


def test_opening_a_claim_hit_marks_the_words_inside_the_claim(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    search_settled(qtbot, window, "claimant:russia sicurezza")
    hit = next(hit for hit, _, _ in _rows(window) if hit.type == "claim" and hit.kind == "claim")
    assert hit.start is not None and hit.end is not None
    _open(qtbot, window, hit)
    selected = window.reader.text.selected_claim()
    assert selected is not None and selected.id == hit.id
    inside = [(s, e) for s, e in window.reader.text.matches() if hit.start <= s and e <= hit.end]
    article = window.current_article()
    assert article is not None
    assert [article.text[s:e].lower() for s, e in inside] == ["sicurezza"]
    # A field's value is not a word to mark: "Russia" in the text stays unmarked.
    assert all(w.lower() != "russia" for w in _marked_words(window))
    assert _in_view(window, inside[0])


def test_did_you_mean_only_when_the_query_finds_little(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    label = window.search_results.did_you_mean
    search_settled(qtbot, window, "navi OR negatto")  # two hits
    assert window.search_results.model.total <= 3 and label.isVisible()
    assert "negato" in label.text()
    search_settled(qtbot, window, "gas OR negatto")  # four hits: the user meant them
    assert window.search_results.model.total > 3
    assert not label.isVisible()


@pytest.fixture
def italian() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    assert install_language("it")
    try:
        yield
    finally:
        install_language("en")


def test_a_query_read_another_way_says_so_in_italian(
    qtbot: QtBot, demo_window: MainWindow, italian: None
) -> None:
    window = demo_window
    search_settled(qtbot, window, 'published:[ieri to domani] "guerra')
    notice = window.search_results.notice
    assert notice.isVisible()
    assert "Virgolette senza chiusura" in notice.text(), notice.text()
    assert "searched" not in notice.text()
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
