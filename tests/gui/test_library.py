"""The library pane's model, its filters, the empty state and the status bar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ArticleSummary, ClaimKind
from claimdesk.gui.library.article_table_model import (
    CLAIMS,
    DATE,
    ID_ROLE,
    ArticleFilterProxy,
    ArticleTableModel,
)
from claimdesk.gui.shell.live_refresh import take_pulse
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED_DENIAL
from tests.gui.conftest import open_window, wait_idle

NOW = dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)


def summary(n: int, title: str, outlet: str | None, day: int | None, claims: int) -> ArticleSummary:
    published = dt.date(2023, 2, day) if day else None
    return ArticleSummary(f"id{n}", title, outlet, None, "it", published, NOW, claims, 1)


ROWS = [
    summary(1, "Stoltenberg", "Reuters", 22, 3),
    summary(2, "Grain corridor", "AP", 14, 0),
    summary(3, "Undated", None, None, 12),
]


def test_article_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ArticleTableModel()
    model.set_articles(ROWS)
    qtmodeltester.check(model)
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(DATE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_proxy_sorts_numbers_as_numbers_and_filters_by_text_and_category() -> None:
    model = ArticleTableModel()
    model.set_articles(ROWS)
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(CLAIMS, Qt.SortOrder.DescendingOrder)
    order = [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
    assert order == ["id3", "id1", "id2"]  # 13 > 4 > 1, not "13" < "4"
    proxy.setFilterFixedString("reut")
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())] == ["id1"]
    proxy.setFilterFixedString("")
    proxy.set_allowed_ids(frozenset({"id2", "id3"}))
    assert {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())} == {"id2", "id3"}


def test_an_empty_library_says_what_to_do(qtbot: QtBot, location: LibraryLocation) -> None:
    window = open_window(qtbot, location)
    assert window.centre_stack.currentWidget() is window.empty_state
    assert window.empty_state.title.text() == "Your library is empty"
    for button in (
        window.empty_state.import_button,
        window.empty_state.paste_button,
        window.empty_state.demo_button,
    ):
        assert button.isVisible()
    assert "0 articles" in window.status_library.text()


def test_status_bar_and_sidebar_count_the_library(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    assert "· 1 article ·" in window.status_library.text()
    assert "0 claims · 0 denials" in window.status_library.text()
    assert window.library.model.rowCount() == 1
    assert window.centre_stack.currentWidget() is window.empty_state
    assert window.empty_state.title.text() == "Choose an article"
    window.library.select_article(article_id)
    wait_idle(qtbot, window)
    article = window.current_article()
    assert article is not None and article.id == article_id
    assert window.status_article.text().startswith("it ·")
    assert window.reader.title.text() == article.title


def test_a_look_at_an_unchanged_library_reads_nothing_more(
    seeded_location: tuple[LibraryLocation, str],
) -> None:
    location, article_id = seeded_location
    with Desk.open(location) as desk:
        first = take_pulse(desk, article_id, None)
        assert first is not None and first.stats.articles == 1
        assert take_pulse(desk, article_id, first.mark) is None  # nothing changed
        start, end = desk.find_quote(article_id, SEED_DENIAL)
        desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
        changed = take_pulse(desk, article_id, first.mark)
        assert changed is not None and changed.mark > first.mark
        assert changed.differs(first) and changed.stats.denials == 1
