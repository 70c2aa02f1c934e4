"""The user guide in Italian: the window's guide follows its language, and the Italian guide
keeps step with the English one (the same sections, screenshots and keys)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from claimdesk.gui.common.i18n import install_language
from claimdesk.gui.settings.help_window import (
    GUIDE_FILE,
    HelpWindow,
    guide_file,
    guide_text,
    heading_anchor,
    help_folder,
)

IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")
HEADING = re.compile(r"^(#+) (.+)$", re.MULTILINE)
KEY_ROW = re.compile(r"^\| ([^|]+) \|", re.MULTILINE)


@pytest.fixture
def italian() -> Iterator[None]:
    assert install_language("it")
    try:
        yield
    finally:
        install_language("en")


def test_the_guide_opens_in_italian_with_the_italian_interface(qtbot: QtBot, italian: None) -> None:
    assert guide_file().name == "user-guide.it.md"
    guide = HelpWindow()
    qtbot.addWidget(guide)
    assert guide.first_heading() == "Guida di ClaimDesk"
    text = guide.browser.toPlainText()
    assert "Per cominciare" in text and "Getting started" not in text
    assert guide.windowTitle() != "ClaimDesk user guide"  # the window's own words too
    # Its screenshots are shown at the width of the text, not as thumbnails.
    guide.show()
    qtbot.waitExposed(guide)
    qtbot.waitUntil(lambda: min(guide.image_widths()) >= 500, timeout=3000)
    assert max(guide.image_widths()) <= guide.browser.viewport().width()


def test_the_english_interface_keeps_the_english_guide() -> None:
    assert guide_file("en").name == GUIDE_FILE
    assert guide_file("de").name == GUIDE_FILE  # no guide in that language: English
    assert guide_text("en").startswith("# ClaimDesk user guide")


def test_the_italian_guide_keeps_step_with_the_english_one() -> None:
    english, italian = guide_text("en"), guide_text("it")
    # The same sections at the same levels (a section added in English needs its Italian).
    levels = [len(marks) for marks, _ in HEADING.findall(english)]
    assert [len(marks) for marks, _ in HEADING.findall(italian)] == levels
    assert IMAGE_LINK.findall(italian) == IMAGE_LINK.findall(english)
    # The keyboard map lists the same keys, in the same order (names of keys in Italian).
    keys_en = [row.strip() for row in KEY_ROW.findall(english.split("## Keyboard map")[1])]
    keys_it = [row.strip() for row in KEY_ROW.findall(italian.split("## Mappa dei tasti")[1])]
    named = {
        "key": "tasto",
        "Delete": "Canc",
        "Enter / X": "Invio / X",
        "J / K, Down / Up": "J / K, Giù / Su",
    }
    assert [named.get(k, k).replace(" or ", " o ") for k in keys_en] == keys_it
    # Its contents links land on its own headings; its screenshots exist.
    anchors = {heading_anchor(title) for _, title in HEADING.findall(italian)}
    targets = re.findall(r"\]\(#([^)]+)\)", italian)
    assert len(targets) >= len(levels) - 2 and all(t in anchors for t in targets), targets
    for name in IMAGE_LINK.findall(italian):
        assert (help_folder() / name).is_file(), name
