"""The reader shows an article first and its dates (for the hover tooltips) right after."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from claimdesk.core.library import LibraryLocation
from tests.gui.conftest import open_window, wait_idle


def test_the_dates_of_an_opened_article_follow_it(
    qtbot: QtBot, seeded_location: tuple[LibraryLocation, str]
) -> None:
    location, article_id = seeded_location
    window = open_window(qtbot, location)
    window.open_article(article_id)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.reader.text.dates()), timeout=5_000)
    values = {d.value for d in window.reader.text.dates()}
    assert {"2008", "2014"} <= values  # Georgia 2008, Donbas and Crimea 2014
    article = window.current_article()
    assert article is not None
    window.reader.text.set_dates("another-article", ())  # a late answer for another one
    assert window.reader.text.dates()
