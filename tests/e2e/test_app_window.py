"""The real app in a real window: open an article, mark a denial by keyboard, survive a kill."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

import pytest

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimFilter, ClaimKind
from tests.e2e.conftest import RunningApp, read_claims, wait_for

pytestmark = pytest.mark.e2e


def open_first_article_and_mark_denial(app: RunningApp) -> None:
    # Ctrl+1: the library list; Down: its first article opens; Ctrl+2: the reader.
    app.keys("ctrl+1", "Down")
    app.keys("ctrl+2", "j", "d")


def test_mark_a_sentence_as_denial_with_the_keyboard(
    start_app: Callable[[LibraryLocation], RunningApp],
    seeded_library: tuple[LibraryLocation, str],
) -> None:
    location, article_id = seeded_library
    app = start_app(location)
    open_first_article_and_mark_denial(app)
    assert wait_for(lambda: len(read_claims(location)) == 1), "the mark never reached the database"
    app.screenshot("e2e-mark.png")

    app.process.terminate()
    app.process.wait(20)
    with Desk.open(location) as desk:
        article = desk.get_article(article_id)
        claims = desk.list_claims(ClaimFilter(article_id=article_id))
    assert [c.kind for c in claims] == [ClaimKind.DENIAL]
    first = article.sentences[0]
    assert (claims[0].start, claims[0].end) == (first.start, first.end)
    assert claims[0].quote == article.text[first.start : first.end]


def test_a_saved_mark_survives_a_kill(
    start_app: Callable[[LibraryLocation], RunningApp],
    seeded_library: tuple[LibraryLocation, str],
) -> None:
    location, article_id = seeded_library
    app = start_app(location)
    open_first_article_and_mark_denial(app)
    # Kill the moment the claim is committed: nothing may depend on a clean shutdown.
    assert wait_for(lambda: len(read_claims(location)) == 1, timeout=15)
    os.kill(app.process.pid, signal.SIGKILL)
    app.process.wait(10)

    with Desk.open(location) as desk:
        claims = desk.list_claims(ClaimFilter(article_id=article_id))
        assert [c.kind for c in claims] == [ClaimKind.DENIAL]
        assert desk.search("kind:denial").total >= 1


def test_accept_a_suggestion_with_g_and_enter(
    start_app: Callable[[LibraryLocation], RunningApp],
    seeded_library: tuple[LibraryLocation, str],
) -> None:
    location, article_id = seeded_library
    app = start_app(location)
    app.keys("ctrl+1", "Down")
    app.keys("ctrl+2", "g", "Return")
    assert wait_for(lambda: len(read_claims(location)) == 1), "Enter never accepted a suggestion"
    app.screenshot("e2e-suggestion.png")
    app.process.terminate()
    app.process.wait(20)
    with Desk.open(location) as desk:
        article = desk.get_article(article_id)
        (claim,) = desk.list_claims(ClaimFilter(article_id=article_id))
    earliest = min((s.start, s.end) for s in article.suggestions)
    # G went to the first suggestion in the text; Enter marked it as suggested.
    assert (claim.start, claim.end) < earliest
    assert claim.cue and claim.claimant
