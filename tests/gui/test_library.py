"""The library pane's model, its filters, the empty state and the status bar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ArticleSummary, ClaimKind, LibraryChange, LibraryStats
from claimdesk.gui.library.article_table_model import (
    CLAIMS,
    DATE,
    ID_ROLE,
    ArticleFilterProxy,
    ArticleTableModel,
)
from claimdesk.gui.ops.library_snapshot import LibrarySnapshot
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


def test_the_list_takes_in_a_change_without_a_reset(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ArticleTableModel()
    model.set_articles(ROWS)
    model.sort(CLAIMS, Qt.SortOrder.DescendingOrder)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    more = summary(2, "Grain corridor", "AP", 14, 20)  # now first by claims
    new = summary(4, "New article", None, 3, 2)
    model.update_articles([more, new], {"id3"})
    order = [model.article(r).id for r in range(model.rowCount())]
    assert order == ["id2", "id1", "id4"] and not resets
    qtmodeltester.check(model)


def test_the_snapshot_counts_from_the_rows_it_holds() -> None:
    snapshot = LibrarySnapshot(LibraryStats(3, 15, 3, 0), list(ROWS), ["NATO", "Russia"])
    more = summary(2, "Grain corridor", "AP", 14, 20)
    change = LibraryChange(
        upto=9, articles=(more,), removed_articles=frozenset({"id3"}), claimants=("Mosca",)
    )
    assert snapshot.apply(change)  # a new claimant name
    assert snapshot.stats == LibraryStats(2, 23, 2, 0)  # 3+15 - (12+1 of id3) + (20-0 of id2)
    assert snapshot.claimants == ["Mosca", "NATO", "Russia"]
    assert not snapshot.apply(LibraryChange(upto=10, claimants=("nato",)))


def test_a_mark_updates_the_list_and_counts_without_reading_the_library(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    reads: list[bool] = []
    window.ops.run(lambda desk: setattr(desk, "list_articles", lambda: reads.append(True) or []))
    wait_idle(qtbot, window)
    window.library.select_article(article_id)
    wait_idle(qtbot, window)
    article = window.current_article()
    assert article is not None
    start = article.text.index(SEED_DENIAL)
    window.reader.text.select_span(start, start + len(SEED_DENIAL))
    window.claim_actions.mark(ClaimKind.DENIAL)
    wait_idle(qtbot, window)
    assert "0 claims · 1 denial" in window.status_library.text()
    row = window.library.model.row_of(article_id)
    assert row is not None and window.library.model.article(row).denials == 1
    assert not reads  # the list came from the change record, not from reading every article


def test_a_changed_count_announces_only_its_cell() -> None:
    model = ArticleTableModel()
    model.set_articles(ROWS)
    announced: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, *_: announced.append((a.row(), a.column(), b.row(), b.column()))
    )
    row = model.row_of("id1")
    assert row is not None
    model.update_articles([summary(1, "Stoltenberg", "Reuters", 22, 4)], ())
    assert announced == [(row, CLAIMS, row, CLAIMS)]  # not the whole row: no repaint of all
    assert model.article(row).claims == 4
    announced.clear()
    model.update_articles([summary(1, "Stoltenberg", "Reuters", 22, 4)], ())
    assert announced == []  # nothing reads differently


def test_rows_are_found_by_id_after_inserts_removals_and_sorts() -> None:
    model = ArticleTableModel()
    model.set_articles(ROWS)
    model.update_articles([summary(4, "New", None, 20, 0)], {"id2"})
    assert [model.row_of(f"id{n}") for n in (1, 2, 3, 4)] == [0, None, 2, 1]
    model.sort(CLAIMS, Qt.SortOrder.DescendingOrder)
    assert model.article(model.row_of("id3") or 0).id == "id3"
    assert model.row_of("id3") == 0
