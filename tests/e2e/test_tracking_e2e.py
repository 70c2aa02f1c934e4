"""The real app: mark a claim that repeats a demo claim, confirm the proposed link with the
keyboard, open the thread timeline, and find the link in the library."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from claimdesk.core.demo import fill_demo
from claimdesk.core.desk import Desk
from claimdesk.core.library import DATABASE_FILE, LibraryLocation, folder_location
from claimdesk.core.model import ArticleMeta, ClaimFilter, Link, LinkType
from tests.e2e.conftest import RunningApp, read_claims, wait_for
from tests.gui.tracking_support import ECHO_TEXT, ECHO_TITLE, REPEATED

pytestmark = pytest.mark.e2e


def read_links(location: LibraryLocation) -> list[tuple[str, str, str]]:
    """(source, target, type) of every link, through a read-only connection."""
    assert location.folder is not None
    uri = f"file:{location.folder / DATABASE_FILE}?mode=ro"
    with sqlite3.connect(uri, uri=True, timeout=5) as connection:
        rows = connection.execute("SELECT source_id, target_id, type FROM claim_links").fetchall()
    connection.close()
    return [(str(s), str(t), str(k)) for s, t, k in rows]


@pytest.fixture
def demo_with_echo(tmp_path: Path) -> tuple[LibraryLocation, str]:
    """The demo library plus a text file, imported, whose second sentence repeats a demo claim."""
    location = folder_location(tmp_path / "library")
    echo = tmp_path / "cremlino.txt"
    echo.write_text(ECHO_TEXT, encoding="utf-8")
    with Desk.open(location) as desk:
        fill_demo(desk)
        meta = ArticleMeta(
            title=ECHO_TITLE, outlet="Test Wire", language="it", published=dt.date(2023, 4, 3)
        )
        outcome = desk.import_file(echo, meta)
    assert outcome.id is not None
    return location, outcome.id


def test_confirm_a_proposed_repeat_and_open_the_timeline(
    start_app: Callable[[LibraryLocation], RunningApp],
    demo_with_echo: tuple[LibraryLocation, str],
) -> None:
    location, echo_id = demo_with_echo
    marked_before = len(read_claims(location))
    app = start_app(location)
    # The newest article (the echo) is first in the list, and the list starts with its first
    # row current but not chosen: Down then Up opens it. Its second sentence repeats the claim.
    app.keys("ctrl+1", "Down", "Up")
    app.keys("ctrl+2", "j", "j", "c")
    assert wait_for(lambda: len(read_claims(location)) == marked_before + 1), "C never marked"
    time.sleep(3)  # the proposals are read on the worker (the first read builds the index)
    app.keys("ctrl+l", "Return")
    assert wait_for(lambda: len(read_links(location)) == 1), "Enter never linked the proposal"
    app.keys("ctrl+t")
    time.sleep(1.5)
    app.screenshot("e2e-timeline.png")
    app.process.terminate()
    app.process.wait(20)

    with Desk.open(location) as desk:
        (echo,) = desk.list_claims(ClaimFilter(article_id=echo_id))
        original = next(
            c for c in desk.list_claims(ClaimFilter(claimant="Russia")) if c.quote == REPEATED
        )
        thread = desk.tracking.timeline(echo.id)
    assert REPEATED in echo.quote
    assert echo.links == (Link(LinkType.REPEATS, original.id),)
    assert [e.claim.id for e in thread.entries] == [original.id, echo.id]
