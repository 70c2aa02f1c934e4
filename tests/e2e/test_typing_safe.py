"""Typing in any text field of the real window never marks a claim: the one-letter commands
(C, D, J, K, N, P, G, X, A, Delete) act only in the reader."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from tests.e2e.conftest import RunningApp, read_claims, wait_for
from tests.e2e.test_app_window import open_first_article_and_mark_denial

pytestmark = pytest.mark.e2e
# Every command letter, in words a fact-checker might type; the lists get letters only (a
# space would open a list's popup, which then takes the keys).
WORDS = "cd dc jk pn gx a Dnipro Kyiv Crimea"
LETTERS = "cdjkpngxa"


def test_typing_in_every_text_field_marks_nothing(
    start_app: Callable[[LibraryLocation], RunningApp],
    seeded_library: tuple[LibraryLocation, str],
) -> None:
    location, _ = seeded_library
    app = start_app(location)
    open_first_article_and_mark_denial(app)
    assert wait_for(lambda: len(read_claims(location)) == 1)
    before = read_claims(location)

    # The inspector has the keyboard after a mark: claimant, claim, then on with Tab.
    app.type("Russia " + WORDS)
    app.keys("Return")
    for field in ("claim", "verdict", "explanation", "status", "tags", "notes"):
        app.keys("Tab")
        app.type(LETTERS if field in ("verdict", "status") else WORDS)
    app.keys("ctrl+f")  # the search box
    app.type(WORDS)
    app.keys("Escape")
    app.keys("F2")  # the article's properties: its title field
    app.type(WORDS)
    app.keys("Escape")
    app.keys("ctrl+shift+v")  # paste an article: its text field
    app.type(WORDS)
    app.keys("Escape")
    app.screenshot("e2e-typing.png")

    # Nothing was marked or removed; the typing went into the fields it was meant for.
    assert wait_for(lambda: len(read_claims(location)) == 1, timeout=5)
    assert read_claims(location) == before
    with Desk.open(location) as desk:
        [claim] = desk.list_claims()
    assert claim.claimant is not None and claim.claimant.startswith("Russia cd dc")
    for typed in (claim.claim_text, claim.explanation, claim.notes, " ".join(claim.tags)):
        assert "dnipro kyiv" in typed.lower()
