"""Tracking in the window: link from the proposals (undoable), unlink, the claimants view
(merge, aliases), the thread timeline and the overview's filter, on a real library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimFilter, Link, LinkType
from claimdesk.gui.shell.main_window import MainWindow
from claimdesk.gui.tracking.tracking_pane import CLAIMANTS, TIMELINE
from tests.gui.conftest import call, open_window, wait_idle
from tests.gui.tracking_support import TrackingLibrary, fill_tracking_library


@pytest.fixture
def library(location: LibraryLocation) -> TrackingLibrary:
    """The demo library with the repeating article."""
    return fill_tracking_library(location)


@pytest.fixture
def window(qtbot: QtBot, library: TrackingLibrary) -> MainWindow:
    """The window with the repeating claim selected and its proposals loaded."""
    window = open_window(qtbot, library.location)
    window.open_article(library.echo_article, claim_id=library.echo_claim)
    wait_idle(qtbot, window)
    panel = window.tracking.panel
    qtbot.waitUntil(lambda: panel.proposals.rowCount() > 0 and not panel.busy.isVisible())
    return window


def links_of(qtbot: QtBot, window: MainWindow, article_id: str, claim_id: str) -> tuple[Link, ...]:
    claims = call(qtbot, window, lambda desk: desk.list_claims(ClaimFilter(article_id=article_id)))
    return next(c for c in claims if c.id == claim_id).links


def test_enter_on_a_proposal_links_as_repeats_and_undo_unlinks(
    qtbot: QtBot, window: MainWindow, library: TrackingLibrary
) -> None:
    panel = window.tracking.panel
    best = panel.proposals.item(0)
    assert best is not None and best.id == library.original_claim
    assert "words shared" in best.reason
    window.tracking.actions.similar.trigger()
    assert panel.proposal_list.hasFocus()
    qtbot.keyClick(panel.proposal_list, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    repeat = Link(LinkType.REPEATS, library.original_claim)
    assert links_of(qtbot, window, library.echo_article, library.echo_claim) == (repeat,)
    # The panel lists the new link, and the proposal says it is linked already.
    qtbot.waitUntil(lambda: panel.links.rowCount() == 1)
    assert panel.links.item(0).other.id == library.original_claim  # type: ignore[union-attr]
    assert panel.proposals.item(0).linked == (LinkType.REPEATS,)  # type: ignore[union-attr]

    window.undo_stack.undo()
    wait_idle(qtbot, window)
    assert links_of(qtbot, window, library.echo_article, library.echo_claim) == ()
    qtbot.waitUntil(lambda: panel.links.rowCount() == 0)
    window.undo_stack.redo()
    wait_idle(qtbot, window)
    assert links_of(qtbot, window, library.echo_article, library.echo_claim) == (repeat,)


def test_denies_button_and_delete_in_the_links_list(
    qtbot: QtBot, window: MainWindow, library: TrackingLibrary
) -> None:
    panel = window.tracking.panel
    qtbot.mouseClick(panel.link_buttons[LinkType.DENIES], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    denial = Link(LinkType.DENIES, library.original_claim)
    assert links_of(qtbot, window, library.echo_article, library.echo_claim) == (denial,)
    qtbot.waitUntil(lambda: panel.links.rowCount() == 1)
    panel.link_list.setFocus()
    panel.link_list.setCurrentIndex(panel.links.index(0, 0))
    qtbot.keyClick(panel.link_list, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert links_of(qtbot, window, library.echo_article, library.echo_claim) == ()
    window.undo_stack.undo()  # undo the unlink: the link is back
    wait_idle(qtbot, window)
    assert links_of(qtbot, window, library.echo_article, library.echo_claim) == (denial,)


def test_thread_timeline_opens_with_ctrl_t_and_a_click_opens_the_claim(
    qtbot: QtBot, window: MainWindow, library: TrackingLibrary
) -> None:
    call(
        qtbot,
        window,
        lambda d: d.tracking.link_claims(library.echo_claim, library.original_claim, "repeats"),
    )
    window.tracking.actions.timeline.trigger()
    wait_idle(qtbot, window)
    pane = window.tracking.pane
    assert window.centre_stack.currentWidget() is pane and pane.current_tab() == TIMELINE
    model = pane.timeline.model
    assert [model.item(r).claim.id for r in range(model.rowCount())] == [  # type: ignore[union-attr]
        library.original_claim,
        library.echo_claim,
    ]
    assert "1 repetition" in pane.timeline.summary.text()
    pane.timeline.list.activated.emit(model.index(0, 0))
    wait_idle(qtbot, window)
    assert window.centre_stack.currentWidget() is window.reader
    assert window.inspector.claim() is not None
    assert window.inspector.claim().id == library.original_claim  # type: ignore[union-attr]


def _accept_next_question(qtbot: QtBot) -> list[str]:
    asked: list[str] = []

    def accept() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, accept)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(50, accept)
    return asked


def test_merge_a_suggested_pair_moves_the_claims(
    qtbot: QtBot, window: MainWindow, library: TrackingLibrary
) -> None:
    window.tracking.actions.claimants.trigger()
    wait_idle(qtbot, window)
    view = window.tracking.pane.claimants
    assert window.tracking.pane.current_tab() == CLAIMANTS
    suggestion = view.suggestions.item(0)
    assert suggestion is not None and (suggestion.keep, suggestion.other) == ("Russia", "Cremlino")
    asked = _accept_next_question(qtbot)
    qtbot.mouseClick(view.merge_suggested, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert asked and "Cremlino" in asked[0]
    names = [c.name for c in call(qtbot, window, lambda d: d.list_claimants())]
    assert "Cremlino" not in names
    russia = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(claimant="Russia")))
    assert library.echo_claim in {c.id for c in russia}
    qtbot.waitUntil(lambda: view.model.row_of("Cremlino") is None)
    qtbot.waitUntil(lambda: view.current_name() == "Russia" and "Cremlino" in view.counts.text())
    assert view.suggestions.rowCount() == 0


def test_add_and_remove_an_alias(qtbot: QtBot, window: MainWindow) -> None:
    window.tracking.actions.claimants.trigger()
    wait_idle(qtbot, window)
    view = window.tracking.pane.claimants
    view.select("Jens Stoltenberg")
    wait_idle(qtbot, window)
    assert view.current_name() == "Jens Stoltenberg"
    assert view.claims.rowCount() == 2
    qtbot.keyClicks(view.alias_edit, "il segretario generale")
    qtbot.keyClick(view.alias_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    registry = {c.name: c for c in call(qtbot, window, lambda d: d.list_claimants())}
    assert registry["Jens Stoltenberg"].aliases == ("il segretario generale",)
    assert [view.aliases.item(i).text() for i in range(view.aliases.count())] == [
        "il segretario generale"
    ]
    view.aliases.setCurrentRow(0)
    qtbot.mouseClick(view.remove_alias_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    registry = {c.name: c for c in call(qtbot, window, lambda d: d.list_claimants())}
    assert registry["Jens Stoltenberg"].aliases == ()
    assert view.aliases.count() == 0


def test_a_bar_of_the_overview_puts_its_filter_in_the_search_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.tracking.actions.overview.trigger()
    wait_idle(qtbot, window)
    chart = window.tracking.pane.overview.charts["kind"]
    qtbot.waitUntil(lambda: len(chart.bars()) == 2)
    denials = next(b for b in chart.bars() if b.count.label == "denial")
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=denials.bar.center().toPoint())
    assert window.search_box.text() == "kind:denial"
    wait_idle(qtbot, window)
