"""Suggestions and dates in the reader, through the real window on a real library."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimChanges, ClaimFilter, ClaimKind, Suggestion
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED_DENIAL
from tests.gui.conftest import call, open_window, wait_idle


def open_seed(qtbot: QtBot, window: MainWindow, article_id: str) -> None:
    window.open_article(article_id)
    wait_idle(qtbot, window)
    assert window.current_article() is not None
    window.reader.text.setFocus()


def denial_suggestion(window: MainWindow) -> Suggestion:
    article = window.current_article()
    assert article is not None
    where = article.text.index(SEED_DENIAL)
    found = [s for s in window.reader.text.suggestions() if s.start == where]
    assert len(found) == 1, window.reader.text.suggestions()
    return found[0]


def go_to(qtbot: QtBot, window: MainWindow, target: Suggestion) -> None:
    """Press G until the reader's current suggestion is ``target``."""
    text = window.reader.text
    for _ in range(len(text.suggestions())):
        qtbot.keyClick(text, Qt.Key.Key_G)
        if text.current_suggestion() == target:
            return
    raise AssertionError(f"G never reached {target}")


def test_enter_accepts_the_suggested_denial_and_undo_offers_it_again(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    open_seed(qtbot, window, article_id)
    text = window.reader.text
    suggestion = denial_suggestion(window)
    assert (suggestion.kind, suggestion.claimant, suggestion.cue) == (
        ClaimKind.DENIAL,
        "Russia",
        "Ha negato",
    )
    count = len(text.suggestions())
    assert window.status_article.text().endswith(f"{count} suggestions")
    # A suggestion is never stored as a claim until accepted.
    assert call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id))) == []

    go_to(qtbot, window, suggestion)
    qtbot.keyClick(text, Qt.Key.Key_G, Qt.KeyboardModifier.ShiftModifier)
    assert text.current_suggestion() is not None
    assert text.current_suggestion() != suggestion
    qtbot.keyClick(text, Qt.Key.Key_G)
    assert text.current_suggestion() == suggestion
    qtbot.keyClick(text, Qt.Key.Key_Return)
    wait_idle(qtbot, window)

    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    assert len(claims) == 1
    claim = claims[0]
    assert (claim.kind, claim.claimant, claim.cue) == (ClaimKind.DENIAL, "Russia", "Ha negato")
    assert (claim.start, claim.end) == (suggestion.start, suggestion.end)
    assert [d.value for d in claim.dates] == ["2014"]
    assert suggestion not in text.suggestions()
    assert len(text.suggestions()) == count - 1
    assert [c.id for c in text.claims()] == [claim.id]
    # The inspector shows the new claim and its dates.
    shown = window.inspector.claim()
    assert shown is not None and shown.id == claim.id
    assert window.inspector.dates.text() == "2014 (year)"
    assert window.status_article.text().endswith(f"{count - 1} suggestions")

    window.actions_.undo.trigger()
    wait_idle(qtbot, window)
    assert call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id))) == []
    assert text.claims() == []
    assert suggestion in text.suggestions()

    window.actions_.redo.trigger()
    wait_idle(qtbot, window)
    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    assert [(c.id, c.cue) for c in claims] == [(claim.id, "Ha negato")]


def test_x_dismisses_for_good(
    qtbot: QtBot, seeded_location: tuple[LibraryLocation, str], window: MainWindow
) -> None:
    location, article_id = seeded_location
    open_seed(qtbot, window, article_id)
    text = window.reader.text
    first = text.suggestions()[0]
    before = len(text.suggestions())
    go_to(qtbot, window, first)
    qtbot.keyClick(text, Qt.Key.Key_X)
    wait_idle(qtbot, window)
    assert first not in text.suggestions()
    assert len(text.suggestions()) == before - 1
    assert window.message_bar.text() == "Suggestion dismissed."
    assert call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id))) == []

    window.close()
    again = open_window(qtbot, location)
    open_seed(qtbot, again, article_id)
    assert len(again.reader.text.suggestions()) == before - 1
    assert first not in again.reader.text.suggestions()


def test_enter_with_no_suggestion_says_how_to_find_one(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    open_seed(qtbot, window, article_id)
    text = window.reader.text
    # The title sentence (the start of the text) holds no suggestion.
    text.select_span(0, 5)
    assert text.current_suggestion() is None
    qtbot.keyClick(text, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert "press G" in window.message_bar.text()
    assert call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id))) == []


def test_tooltips_of_a_suggestion_and_a_date(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    open_seed(qtbot, window, article_id)
    text = window.reader.text
    suggestion = denial_suggestion(window)
    tip = text.tooltip_at(suggestion.start + 3)
    assert tip is not None
    percent = round(suggestion.confidence * 100)
    assert (
        f"Suggested denial by Russia (cue: &quot;Ha negato&quot;, {percent}%) — "
        "Enter accepts, X dismisses"
    ) in tip

    date = next(d for d in text.dates() if suggestion.start <= d.start < suggestion.end)
    tip = text.tooltip_at(date.start)
    assert tip is not None
    assert "“2014” = 2014 (year)" in tip
    assert "Suggested denial" in tip  # the date sits inside the suggestion
    article = window.current_article()
    assert article is not None
    # Plain prose outside any suggestion, claim or date has no tooltip.
    quiet = next(
        offset
        for offset in range(len(article.text))
        if not any(s.start <= offset < s.end for s in text.suggestions())
        and not any(d.start <= offset < d.end for d in text.dates())
    )
    assert text.tooltip_at(quiet) is None


def test_a_claim_added_by_another_process_appears(
    qtbot: QtBot, seeded_location: tuple[LibraryLocation, str], window: MainWindow
) -> None:
    location, article_id = seeded_location
    open_seed(qtbot, window, article_id)
    text = window.reader.text
    text.select_span(10, 20)
    scrolled = text.verticalScrollBar().value()
    window.live.tick()  # the baseline
    wait_idle(qtbot, window)

    # As the command line would: its own desk on the same library, in its own connection.
    with Desk.open(location) as other:
        article = other.get_article(article_id)
        where = article.text.index(SEED_DENIAL)
        other.mark_claim(
            article_id, where, where + len(SEED_DENIAL), ClaimKind.DENIAL, claimant="Russia"
        )
    assert text.claims() == []

    window.live.tick()  # what the 2-second timer does
    wait_idle(qtbot, window)
    assert [c.quote for c in text.claims()] == [SEED_DENIAL]
    assert text.selected_span() == (10, 20)
    assert text.verticalScrollBar().value() == scrolled
    assert "1 denial" in window.status_library.text()


def test_live_refresh_waits_while_the_inspector_is_typed_in(
    qtbot: QtBot, seeded_location: tuple[LibraryLocation, str], window: MainWindow
) -> None:
    location, article_id = seeded_location
    open_seed(qtbot, window, article_id)
    suggestion = denial_suggestion(window)
    go_to(qtbot, window, suggestion)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    claim = window.inspector.claim()
    assert claim is not None
    window.live.tick()
    wait_idle(qtbot, window)

    notes = window.inspector.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "checking")
    with Desk.open(location) as other:
        other.update_claim(claim.id, ClaimChanges(explanation="from the command line"))
    window.live.tick()
    wait_idle(qtbot, window)
    assert notes.toPlainText() == "checking"
    assert notes.textCursor().position() == len("checking")
    assert window.inspector.explanation.toPlainText() == ""  # not yet: the user is typing

    window.reader.text.setFocus()  # leaving the field commits it...
    # ...over a version another desk has replaced: the user is asked, and saves theirs.
    qtbot.waitUntil(lambda: window.claim_actions.refused.open_question(claim.id) is not None)
    question = window.claim_actions.refused.open_question(claim.id)
    assert question is not None
    question.save_button.click()
    wait_idle(qtbot, window)
    window.live.tick()
    wait_idle(qtbot, window)
    assert window.inspector.explanation.toPlainText() == "from the command line"
    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    assert [(c.notes, c.explanation) for c in claims] == [("checking", "from the command line")]
