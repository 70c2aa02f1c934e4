"""The interface in English and Italian: switching the language shows Italian on the window.

The Italian catalogue is built from ``claimdesk_it.ts`` (Qt's lrelease) as setup does; the
source must hold every string the GUI code marks, each one translated.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import Verdict
from claimdesk.gui.app import i18n_build
from claimdesk.gui.common.i18n import current_language, install_language, translate, ui_language
from claimdesk.gui.common.labels import label
from tests.gui.conftest import open_window
from tests.gui.translatable import all_offenders

TS = i18n_build.ts_sources()[0]


@pytest.fixture
def italian(qapp: QApplication) -> Iterator[None]:
    """The Italian interface for one test; English again afterwards."""
    i18n_build.build()
    assert install_language("it", qapp)
    yield
    install_language("en", qapp)


def test_switching_to_italian_translates_the_main_window(
    qtbot: QtBot, seeded_location: tuple[LibraryLocation, str], italian: None
) -> None:
    window = open_window(qtbot, seeded_location[0])
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&File", "&Modifica", "&Articolo"]
    assert "A&iuto" in menus
    assert "articolo" in window.statusBar().currentMessage() or any(
        "articol" in label_.text() for label_ in window.statusBar().findChildren(QLabel)
    )
    buttons = {button.text() for button in window.findChildren(QPushButton)}
    assert not {"Import", "Paste"} & buttons
    assert current_language() == "it"
    assert label(Verdict.MOSTLY_FALSE) == "in gran parte falso"


def test_english_is_back_after_switching(qtbot: QtBot, qapp: QApplication) -> None:
    i18n_build.build()
    assert install_language("it", qapp)
    assert translate("WindowActions", "&Edit") == "&Modifica"
    assert install_language("en", qapp)
    assert translate("WindowActions", "&Edit") == "&Edit"
    assert current_language() == "en"


def test_the_system_language_is_followed_when_we_speak_it() -> None:
    assert ui_language("system", QLocale(QLocale.Language.Italian, QLocale.Country.Italy)) == "it"
    assert ui_language("system", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert ui_language("it", QLocale(QLocale.Language.English)) == "it"
    assert ui_language("en", QLocale(QLocale.Language.Italian)) == "en"


def test_every_marked_string_is_in_the_source_and_translated(tmp_path: Path) -> None:
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    files = sorted(str(path) for path in i18n_build.GUI_DIR.rglob("*.py"))
    subprocess.run(
        [i18n_build.qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         "-tr-function-alias", i18n_build.LUPDATE_ALIASES, *files, "-ts", str(fresh)],
        check=True,
    )  # fmt: skip
    assert _messages(fresh) == _messages(TS), "run python -m claimdesk.gui.app.i18n_build --update"
    unfinished = [source for source, text in _messages(TS).items() if not text]
    assert unfinished == []
    assert len(_messages(TS)) > 500


def test_no_literal_reaches_a_qt_text_call_untranslated() -> None:
    assert all_offenders() == []


def test_translations_keep_placeholders_and_mnemonics() -> None:
    for (context, source), text in _messages(TS).items():
        for marker in ("{", "}", "&", "<", ">", "\t"):
            assert source.count(marker) == text.count(marker), (context, source, text)


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") != "unfinished"
            text = (translation.text or "") if finished and translation is not None else ""
            found[(name, message.findtext("source") or "")] = text
    return found
