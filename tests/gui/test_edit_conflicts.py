"""Two desks on one library: a save over a change the user has not seen asks first, and a
change made at the other desk shows up here with the live refresh."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimChanges, ClaimKind, ClaimView, Verdict
from claimdesk.core.settings import ENV_USER
from claimdesk.gui.claims.conflict_dialog import ConflictDialog
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED_DENIAL
from tests.gui.conftest import open_window, wait_idle


@pytest.fixture
def claim(seeded_location: tuple[LibraryLocation, str]) -> ClaimView:
    """A denial marked in the seed article before the window opens."""
    location, article_id = seeded_location
    with Desk.open(location) as desk:
        start, end = desk.find_quote(article_id, SEED_DENIAL)
        return desk.mark_claim(article_id, start, end, ClaimKind.DENIAL)


@pytest.fixture
def desks(
    qtbot: QtBot,
    seeded_location: tuple[LibraryLocation, str],
    claim: ClaimView,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[MainWindow, Desk]]:
    """Alice's window with the claim in the inspector, and Bob's desk on the same library."""
    monkeypatch.setenv(ENV_USER, "alice")
    window = open_window(qtbot, seeded_location[0])
    window.open_article(claim.article_id, claim.id)
    wait_idle(qtbot, window)
    assert window.inspector.claim() is not None
    with Desk.open(seeded_location[0]) as other:
        yield window, other


def as_bob(monkeypatch: pytest.MonkeyPatch, other: Desk, claim_id: str, **changes: object) -> None:
    """Bob saves a change (signed with his name, as his settings would)."""
    monkeypatch.setenv(ENV_USER, "bob")
    try:
        other.update_claim(claim_id, ClaimChanges(**changes))  # type: ignore[arg-type]
    finally:
        monkeypatch.setenv(ENV_USER, "alice")


def type_notes(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type into the notes field and commit it (as the debounce would)."""
    window.inspector.notes.setFocus()
    qtbot.keyClicks(window.inspector.notes, text)
    window.inspector.flush()


def question(qtbot: QtBot, window: MainWindow, claim_id: str) -> ConflictDialog:
    """The conflict dialog, once it is up."""
    refused = window.claim_actions.refused
    qtbot.waitUntil(lambda: refused.open_question(claim_id) is not None, timeout=10_000)
    dialog = refused.open_question(claim_id)
    assert dialog is not None and dialog.isVisible()
    return dialog


def stored(other: Desk, claim_id: str) -> ClaimView:
    """The claim as the library holds it."""
    return next(c for c in other.list_claims() if c.id == claim_id)


def test_keep_theirs_shows_their_verdict_and_drops_the_edit(
    qtbot: QtBot,
    desks: tuple[MainWindow, Desk],
    claim: ClaimView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, other = desks
    steps = window.undo_stack.count()
    window.inspector.notes.setFocus()  # Alice is at it: the live refresh waits
    as_bob(monkeypatch, other, claim.id, verdict="false")
    type_notes(qtbot, window, "checked twice")
    dialog = question(qtbot, window, claim.id)

    assert dialog.headline.text().startswith("Changed by bob at ")
    assert dialog.headline.text().endswith(" while you were editing.")
    assert dialog.lines() == [
        "verdict: false (you did not change it)",
        "notes: (empty) ← yours: checked twice",
    ]
    assert stored(other, claim.id).notes == ""  # nothing of Alice's saved behind her back
    dialog.keep_button.click()
    wait_idle(qtbot, window)

    mine = stored(other, claim.id)
    assert (mine.verdict, mine.notes) == (Verdict.FALSE, "")
    assert window.inspector.verdict.currentText() == "false"
    assert window.inspector.notes.toPlainText() == ""
    assert window.undo_stack.count() == steps  # the refused step is gone
    # What Alice typed is still in sight, not lost unseen.
    assert "Your notes: checked twice" in window.message_bar.detail_lines()


def test_save_mine_writes_over_theirs_and_the_history_holds_both(
    qtbot: QtBot,
    desks: tuple[MainWindow, Desk],
    claim: ClaimView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, other = desks
    window.inspector.notes.setFocus()
    as_bob(monkeypatch, other, claim.id, notes="bob was here", verdict="false")
    type_notes(qtbot, window, "alice checked")
    dialog = question(qtbot, window, claim.id)
    assert "notes: bob was here ← yours: alice checked" in dialog.lines()
    dialog.save_button.click()
    wait_idle(qtbot, window)

    saved = stored(other, claim.id)
    assert (saved.notes, saved.verdict) == ("alice checked", Verdict.FALSE)
    assert window.inspector.notes.toPlainText() == "alice checked"
    inspected = window.inspector.claim()
    assert inspected is not None and inspected.version == saved.version
    updates = [
        (h.actor, (h.after or {}).get("notes"))
        for h in other.history.entries(claim.id)
        if h.action == "update"
    ]
    assert updates[:2] == [("alice", "alice checked"), ("bob", "bob was here")]

    # Undo takes Alice's save back to what it replaced: Bob's notes, not an empty field.
    window.actions_.undo.trigger()
    wait_idle(qtbot, window)
    assert stored(other, claim.id).notes == "bob was here"


def test_undo_over_another_desks_change_asks_too(
    qtbot: QtBot,
    desks: tuple[MainWindow, Desk],
    claim: ClaimView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, other = desks
    type_notes(qtbot, window, "mine")
    wait_idle(qtbot, window)
    assert stored(other, claim.id).notes == "mine"  # no conflict with its own saves

    window.reader.text.setFocus()
    window.live.set_active(False)  # Alice has not seen Bob's change on screen yet
    as_bob(monkeypatch, other, claim.id, notes="bob's notes")
    window.actions_.undo.trigger()
    dialog = question(qtbot, window, claim.id)
    assert "notes: bob's notes ← yours: (empty)" in dialog.lines()
    assert stored(other, claim.id).notes == "bob's notes"
    dialog.keep_button.click()
    wait_idle(qtbot, window)
    assert stored(other, claim.id).notes == "bob's notes"
    assert window.inspector.notes.toPlainText() == "bob's notes"

    # A redo of the dropped step does nothing: it never reached the library.
    window.actions_.redo.trigger()
    wait_idle(qtbot, window)
    assert stored(other, claim.id).notes == "bob's notes"


def test_bursts_of_own_edits_never_conflict_with_each_other(
    qtbot: QtBot, desks: tuple[MainWindow, Desk], claim: ClaimView
) -> None:
    window, other = desks
    inspector = window.inspector
    # Queued before the first answer comes back: each builds on the one before.
    inspector.verdict.setCurrentIndex(inspector.verdict.findData("misleading"))
    inspector.status.setCurrentIndex(inspector.status.findData("reviewed"))
    inspector.kind_buttons[ClaimKind.CLAIM].setChecked(True)
    type_notes(qtbot, window, "one")
    type_notes(qtbot, window, " two")
    wait_idle(qtbot, window)
    assert window.claim_actions.refused.open_question(claim.id) is None
    saved = stored(other, claim.id)
    assert (saved.verdict, saved.status.value, saved.kind, saved.notes) == (
        Verdict.MISLEADING,
        "reviewed",
        ClaimKind.CLAIM,
        "one two",
    )
    for _ in range(5):
        window.actions_.undo.trigger()
    wait_idle(qtbot, window)
    assert window.claim_actions.refused.open_question(claim.id) is None
    back = stored(other, claim.id)
    assert (back.verdict, back.kind, back.notes) == (None, ClaimKind.DENIAL, "")


def test_another_desks_change_appears_within_a_tick(
    qtbot: QtBot,
    desks: tuple[MainWindow, Desk],
    claim: ClaimView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, other = desks
    window.reader.text.setFocus()
    as_bob(monkeypatch, other, claim.id, explanation="per the NATO transcript")
    version = stored(other, claim.id).version
    qtbot.waitUntil(
        lambda: window.inspector.explanation.toPlainText() == "per the NATO transcript",
        timeout=2_500,  # the timer looks every two seconds
    )
    shown = window.inspector.claim()
    assert shown is not None and shown.version == version
    # Seen on screen: Alice's next edit builds on it, no question asked.
    window.inspector.verdict.setCurrentIndex(window.inspector.verdict.findData("true"))
    wait_idle(qtbot, window)
    assert window.claim_actions.refused.open_question(claim.id) is None
    assert stored(other, claim.id).verdict == Verdict.TRUE


def test_screenshot_of_the_conflict_dialog(
    qtbot: QtBot,
    desks: tuple[MainWindow, Desk],
    claim: ClaimView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, other = desks
    window.inspector.notes.setFocus()
    as_bob(monkeypatch, other, claim.id, verdict="false", explanation="Kremlin transcript")
    window.inspector.verdict.setCurrentIndex(window.inspector.verdict.findData("misleading"))
    type_notes(qtbot, window, "The quote is accurate; the context is missing.")
    dialog = question(qtbot, window, claim.id)
    qtbot.wait(100)
    assert "verdict: false ← yours: misleading" in dialog.lines()
    assert not dialog.grab().isNull()
    dialog.grab().save("/tmp/shots8/conflict-dialog.png")
    window.grab().save("/tmp/shots8/conflict-window.png")
    dialog.keep_button.click()
    wait_idle(qtbot, window)
