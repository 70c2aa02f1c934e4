"""Search from the toolbar box: results pane with snippets, facets, order, suggestions, saved
searches, and Enter opening a claim selected in its article."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.core.desk import Desk
from claimdesk.core.model import (
    ClaimChanges,
    ClaimFilter,
    ClaimKind,
    ClaimView,
    SearchHit,
    SearchResults,
)
from claimdesk.gui.claims.inspector_view import InspectorView
from claimdesk.gui.search.search_facets import add_term, facet_term, has_term, remove_term
from claimdesk.gui.search.search_model import HIT_ROLE, KIND_ROLE, RUNS_ROLE, snippet_runs
from claimdesk.gui.search.search_view import SearchResultsModel, snippet_html
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED_DENIAL
from tests.gui.conftest import call, wait_idle
from tests.gui.demo_fixtures import demo_folder, demo_window, search_settled

__all__ = ["demo_folder", "demo_window"]


def hits_of(window: MainWindow) -> list[SearchHit]:
    model = window.search_results.model
    return [model.data(model.index(row, 0), HIT_ROLE) for row in range(model.rowCount())]


def test_typing_shows_results_with_highlighted_snippets(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    assert not window.library.is_searching()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    search_settled(qtbot, window, "negato")
    assert window.library.is_searching() and window.search_results.isVisible()
    hits = hits_of(window)
    assert hits and window.search_results.model.total == len(hits)
    assert window.search_results.summary.text() == f"{len(hits)} result" + (
        "s" if len(hits) != 1 else ""
    )
    runs = window.search_results.model.index(0, 0).data(RUNS_ROLE)
    assert any(bold and "negat" in text.lower() for text, bold in runs), runs
    kinds = dict(t for t in window.search_results.facets.terms())
    assert "kind:denial" in kinds and not kinds["kind:denial"]


def test_a_quick_pass_runs_while_typing_then_a_full_one(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "ispez")  # the last word is still being typed
    qtbot.waitUntil(window.library.is_searching, timeout=3000)
    assert window.search_box.is_pending()  # the full pass has not run yet
    assert window.search_results.model.rowCount() > 0  # "ispez" read as "ispez*"
    assert not window.search_results.facets.isEnabled()
    qtbot.waitUntil(lambda: not window.search_box.is_pending(), timeout=3000)
    wait_idle(qtbot, window)
    assert window.search_results.facets.isEnabled()


def test_a_facet_click_narrows_the_search(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    search_settled(qtbot, window, "lang:it")
    before = window.search_results.model.total
    item = window.search_results.facets.item_for("kind:denial")
    assert item is not None
    count = int(item.text(1))
    item.setCheckState(0, Qt.CheckState.Checked)
    wait_idle(qtbot, window)
    assert window.search_box.text() == "lang:it kind:denial"
    assert window.search_results.model.total == count < before
    assert all(h.type == "claim" for h in hits_of(window))
    ticked = dict(window.search_results.facets.terms())
    assert ticked["kind:denial"] is True
    # Unticking takes the term out again.
    window.search_results.facets.item_for("kind:denial").setCheckState(0, Qt.CheckState.Unchecked)
    wait_idle(qtbot, window)
    assert window.search_box.text() == "lang:it"
    assert window.search_results.model.total == before


def test_a_claimant_facet_is_quoted_and_matches(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    search_settled(qtbot, window, "lang:it")
    item = window.search_results.facets.item_for('claimant:"Jens Stoltenberg"')
    assert item is not None
    item.setCheckState(0, Qt.CheckState.Checked)
    wait_idle(qtbot, window)
    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(claimant="Jens Stoltenberg")))
    assert {h.id for h in hits_of(window) if h.type == "claim"} == {c.id for c in claims}


def test_order_toggle_sorts_by_date(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    search_settled(qtbot, window, "kind:claim")
    relevance = [h.id for h in hits_of(window)]
    qtbot.mouseClick(window.search_results.newest, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    dated = hits_of(window)
    assert window.search_results.order() == "date"
    dates = [h.published for h in dated]
    assert all(d is not None for d in dates)
    assert dates == sorted(dates, reverse=True)  # type: ignore[type-var]
    assert sorted(h.id for h in dated) == sorted(relevance)
    qtbot.mouseClick(window.search_results.relevance, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert [h.id for h in hits_of(window)] == relevance


def test_did_you_mean_offers_the_spelling_and_runs_it(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    search_settled(qtbot, window, "negatto")
    label = window.search_results.did_you_mean
    assert label.isVisible()
    assert "negato" in label.text()
    label.linkActivated.emit("dym")
    wait_idle(qtbot, window)
    assert window.search_box.text() == "negato"
    assert window.search_results.model.total > 0
    assert not label.isVisible()


def test_saved_search_appears_in_the_sidebar_and_runs(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    assert window.library.saved_names() == []
    assert window.library.saved_hint.isVisible()
    search_settled(qtbot, window, "claimant:russia")
    qtbot.mouseClick(window.search_results.newest, Qt.MouseButton.LeftButton)
    window.searching.save_current("Russia, newest")
    wait_idle(qtbot, window)
    assert window.library.saved_names() == ["Russia, newest"]
    saved = call(qtbot, window, lambda d: d.saved_searches.list())
    assert [(s.query, s.order) for s in saved] == [("claimant:russia", "date")]

    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert not window.library.is_searching() and window.search_box.text() == ""
    window.search_results.set_order("relevance")
    item = window.library.saved.item(0)
    rect = window.library.saved.visualItemRect(item)
    qtbot.mouseClick(window.library.saved.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, window)
    assert window.library.is_searching()
    assert window.search_box.text() == "claimant:russia"
    assert window.search_results.order() == "date"
    russia = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(claimant="Russia")))
    assert {h.id for h in hits_of(window)} == {c.id for c in russia}

    window.searching.delete_saved("Russia, newest")
    wait_idle(qtbot, window)
    assert window.library.saved_names() == []


def _mark_the_denial(qtbot: QtBot, window: MainWindow, article_id: str) -> ClaimView:
    """Russia's denial in the seed, marked through the window's desk."""

    def mark(desk: Desk) -> ClaimView:
        start, end = desk.find_quote(article_id, SEED_DENIAL)
        return desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")

    return call(qtbot, window, mark)


def test_enter_on_a_claim_hit_opens_it_selected(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    claim = _mark_the_denial(qtbot, window, article_id)
    window.refresh_library()
    wait_idle(qtbot, window)
    assert window.current_article() is None
    search_settled(qtbot, window, "negare")
    hits = hits_of(window)
    row = next(i for i, h in enumerate(hits) if h.id == claim.id)
    # The hit itself says it is a denial: the list colours it so, with no second query.
    assert window.search_results.model.index(row, 0).data(KIND_ROLE) == "denial"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.search_results.list.hasFocus()
    window.search_results.list.setCurrentIndex(window.search_results.model.index(row, 0))
    qtbot.keyClick(window.search_results.list, Qt.Key.Key_Return)
    wait_idle(qtbot, window)

    article = window.current_article()
    assert article is not None and article.id == article_id
    selected = window.reader.text.selected_claim()
    assert selected is not None and selected.id == claim.id
    inspected = window.inspector.claim()
    assert inspected is not None and inspected.claimant == "Russia"
    assert window.library.is_searching()  # the results stay for the next hit


def test_a_hit_in_the_open_article_scrolls_to_its_claim(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    claim = _mark_the_denial(qtbot, window, article_id)
    window.resize(900, 420)  # the denial, low in the article, is out of view at the top
    window.open_article(article_id)
    wait_idle(qtbot, window)
    bar = window.reader.text.verticalScrollBar()
    bar.setValue(0)
    search_settled(qtbot, window, "negare")
    hit = next(h for h in hits_of(window) if h.id == claim.id)
    window.searching.open_hit(hit)
    wait_idle(qtbot, window)
    assert window.reader.text.selected_claim() is not None
    assert bar.value() > 0


def test_stale_answers_never_replace_newer_ones(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.search_box.setText("negato")
    window.searching.search("grano", settled=True)
    window.searching.search("negato", settled=True)
    window.searching.search("negat", settled=False)  # queued last, answered last: shown
    wait_idle(qtbot, window)
    assert window.searching.current_query() == "negat"
    window.searching.search("grano", settled=True)
    window.searching.leave()  # answers to a search left behind are dropped
    wait_idle(qtbot, window)
    assert not window.library.is_searching()
    assert window.search_results.model.rowCount() == 0


def test_a_search_without_hits_says_what_to_try(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.search_box.setText("zzzqqqxxy")
    window.search_box.run_now()
    wait_idle(qtbot, window)
    assert window.search_results.isVisible()
    assert window.search_results.summary.text() == "No results"
    assert window.search_results.empty.isVisible()
    assert window.search_results.empty.text().startswith("Nothing matches “zzzqqqxxy”.")
    assert not window.search_results.facets.isVisible()


def test_snippets_keep_only_their_bold_markup() -> None:
    assert snippet_html("a <b>negato</b> <i>x</i> & y") == (
        "a <b>negato</b> &lt;i&gt;x&lt;/i&gt; &amp; y"
    )
    assert snippet_runs("a <b>negato</b> b\nc") == (
        ("a ", False),
        ("negato", True),
        (" b c", False),
    )


def test_facet_terms_edit_the_query() -> None:
    assert facet_term("claimant", "Jens Stoltenberg") == 'claimant:"Jens Stoltenberg"'
    assert facet_term("kind", "denial") == "kind:denial"
    assert facet_term("verdict", "mostly false") == 'verdict:"mostly false"'
    query = add_term("nato", 'claimant:"Jens Stoltenberg"')
    assert query == 'nato claimant:"Jens Stoltenberg"'
    assert has_term(query, 'CLAIMANT:"jens stoltenberg"')
    assert not has_term("xkind:denial", "kind:denial")
    assert remove_term(query, 'claimant:"Jens Stoltenberg"') == "nato"


def test_results_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel()
    results = SearchResults(
        "q", 5, [SearchHit("claim", "c1", "a1", 2.0, "<b>q</b>", "T", 1, 3),
                 SearchHit("article", "a2", "a2", 1.0, "more q", "U")]
    )  # fmt: skip
    model.set_results(results, 1)
    asked: list[tuple[int, int]] = []
    model.more_wanted.connect(lambda generation, limit: asked.append((generation, limit)))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    if not asked:
        model.fetchMore(model.index(-1, 0).parent())
    assert asked and asked[0][0] == 1


def test_claimant_search_finds_the_other_names_of_a_claimant(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    # The guide's example: Mosca and il Cremlino are Russia in the demo library.
    window = demo_window
    for query in ("claimant:mosca", "claimant:cremlino"):
        found = call(qtbot, window, lambda d, q=query: d.search(q))
        russia = call(qtbot, window, lambda d: d.search("claimant:russia"))
        assert found.total == russia.total > 0


def test_no_pane_changes_width_by_itself(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.resize(1000, 780)  # a laptop's window beside a browser (the screen is 800 wide)
    # A long claimant name among those the claimant field completes from.
    long_name = "Ministero della Difesa della Federazione Russa, ufficio stampa di Mosca"
    some = call(qtbot, window, lambda d: d.list_claims())[-1]
    call(qtbot, window, lambda d: d.update_claim(some.id, ClaimChanges(claimant=long_name)))
    window.refresh_library()
    wait_idle(qtbot, window)
    qtbot.wait(50)
    before = window.splitter.sizes()
    search_settled(qtbot, window, "negato")
    assert window.search_results.model.total > 0
    assert window.splitter.sizes() == before  # the results take the list's place, same width
    window.searching.leave()
    claims = call(qtbot, window, lambda d: d.list_claims())
    window.open_article(claims[0].article_id, claims[0].id)
    wait_idle(qtbot, window)
    assert window.inspector.claim() is not None
    assert window.splitter.sizes() == before
    # The claimant field is sized to a few characters, not to the longest name it offers
    # (measured on a fresh inspector: a field's size is fixed when it first shows).
    fresh = InspectorView()
    qtbot.addWidget(fresh)
    fresh.set_claimants([long_name])
    fresh.show_claim(window.inspector.claim())
    fresh.show()
    assert fresh.claimant.minimumSizeHint().width() < 250
