"""A window on a team database that goes away: it says so, keeps what it shows, refuses
edits without losing them, and carries on when the server is back.

The database really goes away: a PostgreSQL server of the test's own is stopped and started
again, as a lost network would look to the desk (nothing is mocked)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimKind
from claimdesk.gui.shell.connection_watch import BACK, OFFLINE
from tests.conftest import SEED, SEED_DENIAL
from tests.gui.conftest import open_window, wait_idle
from tests.postgres_server import ThrowawayPostgres


def test_offline_banner_refused_edit_and_back_again(
    qtbot: QtBot, own_postgres_server: ThrowawayPostgres, tmp_path: Path
) -> None:
    server = own_postgres_server
    location = LibraryLocation(server.url(server.create_database()), None, tmp_path / "index")
    with Desk.open(location) as desk:
        article_id = desk.import_file(SEED).id
        assert article_id
        start, end = desk.find_quote(article_id, SEED_DENIAL)
        claim = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL)
    window = open_window(qtbot, location)
    window.open_article(article_id, claim.id)
    wait_idle(qtbot, window)
    steps = window.undo_stack.count()
    text = window.reader.text.toPlainText()

    server.stop()
    window.inspector.notes.setFocus()
    qtbot.keyClicks(window.inspector.notes, "written offline")
    window.inspector.flush()
    wait_idle(qtbot, window)

    bar = window.connection_bar
    assert bar.isVisible() and bar.level() == "warning" and bar.text() == OFFLINE
    assert not bar.close_button.isVisible()  # a state, not a notice to dismiss
    # The edit is refused plainly: the field shows the saved value, the typed text is listed.
    assert window.inspector.notes.toPlainText() == ""
    assert window.message_bar.level() == "error"
    assert window.message_bar.detail_lines() == ["Your notes: written offline"]
    assert window.undo_stack.count() == steps
    # Everything already loaded stays readable.
    assert window.reader.text.toPlainText() == text
    inspected = window.inspector.claim()
    assert inspected is not None and inspected.id == claim.id
    assert window.library.table.model().rowCount() == 1
    window.grab().save("/tmp/shots8/offline-window.png")

    window.live.tick()  # still out: the banner stays
    wait_idle(qtbot, window)
    assert bar.isVisible() and bar.text() == OFFLINE

    server.start()
    window.live.tick()
    wait_idle(qtbot, window)
    assert bar.text() == BACK and bar.level() == "info"
    window.grab().save("/tmp/shots8/back-online-window.png")

    qtbot.keyClicks(window.inspector.notes, "written online")
    window.inspector.flush()
    wait_idle(qtbot, window)
    with Desk.open(location) as desk:
        assert [c.notes for c in desk.list_claims()] == ["written online"]
    assert window.undo_stack.count() == steps + 1
