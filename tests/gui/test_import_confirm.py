"""After an import through the window, a small step shows what was found (title, outlet,
date, language, URL and the dateline's place) to correct: Enter saves, Skip keeps what was
found, Skip the rest does so for the rest of a batch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ArticleView
from claimdesk.gui.imports.confirm_dialog import ConfirmMetadataDialog
from claimdesk.gui.shell.main_window import MainWindow
from tests.gui.conftest import call, open_window, wait_idle

WIRE = (
    "Il governo rinvia la manovra\n\n"
    "ROMA, 9 novembre (Redazione) - Il consiglio dei ministri ha rinviato l'esame della "
    "manovra. Lo scorso anno il deficit era cresciuto del due per cento, ha detto il ministro.\n"
)
AGENCY = (
    "Gas buyers brace for a long winter\n\n"
    "LONDON, Feb 22 (Reuters) - European gas buyers expect prices to stay high, traders said, "
    "after last year's record.\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> ConfirmMetadataDialog:
    window.import_paths(paths)
    return _next_dialog(qtbot, window)


def _next_dialog(qtbot: QtBot, window: MainWindow) -> ConfirmMetadataDialog:
    step = window.imports.confirm
    qtbot.waitUntil(lambda: step.dialog is not None and step.dialog.isVisible(), timeout=30_000)
    assert step.dialog is not None
    return step.dialog


def _article(qtbot: QtBot, window: MainWindow, article_id: str) -> ArticleView:
    return call(qtbot, window, lambda desk: desk.get_article(article_id))


def test_the_step_shows_what_was_found_and_enter_saves_a_new_date(
    qtbot: QtBot, location: LibraryLocation, tmp_path: Path
) -> None:
    path = _write(tmp_path / "in", "manovra.txt", WIRE)
    window = open_window(qtbot, location)
    dialog = _import(qtbot, window, [path])

    # Found: the headline, the dateline's day and place; "(Redazione)" names no outlet.
    year = (
        dt.date.today().year
        if dt.date.today() >= dt.date(dt.date.today().year, 11, 9)
        else (dt.date.today().year - 1)
    )
    assert dialog.title.text() == "Il governo rinvia la manovra"
    assert dialog.outlet.text() == ""
    assert dialog.published.day() == dt.date(year, 11, 9)
    assert dialog.language.language_code() == "it"
    assert dialog.url.text() == ""
    assert dialog.place.text() == "Roma"
    assert dialog.dateline.text() == "Dateline: ROMA, 9 novembre (Redazione)"
    assert dialog.heading.text() == "Imported from manovra.txt"
    assert not dialog.skip_rest_button.isVisible()  # a single article: nothing to skip after
    assert window.current_article() is not None  # the article is open behind the step

    # The date was wrong (an old story): type the right one and press Enter in the field.
    dialog.published.setFocus()
    dialog.published.selectAll()
    qtbot.keyClicks(dialog.published, "2019-11-09")
    dialog.outlet.setText("Il Notiziario")
    qtbot.keyClick(dialog.published, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.imports.confirm.dialog is None)
    wait_idle(qtbot, window)
    article_id = dialog.article_id()
    saved = _article(qtbot, window, article_id)
    assert saved.published == dt.date(2019, 11, 9)
    assert saved.outlet == "Il Notiziario"
    assert saved.notes == "Place: Roma"
    # "Lo scorso anno" now counts from the new date, in the reader too.
    assert "2018" in [d.value for d in saved.dates]
    shown = window.current_article()
    assert shown is not None and shown.published == dt.date(2019, 11, 9)

    # The correction is one undoable edit, as Article properties make.
    assert window.undo_stack.undoText() == "Edit article properties"
    window.undo_stack.undo()
    wait_idle(qtbot, window)
    undone = _article(qtbot, window, article_id)
    assert (undone.published, undone.outlet, undone.notes) == (dt.date(year, 11, 9), None, "")


def test_skip_keeps_what_was_found(qtbot: QtBot, location: LibraryLocation, tmp_path: Path) -> None:
    path = _write(tmp_path / "in", "gas.txt", AGENCY)
    window = open_window(qtbot, location)
    dialog = _import(qtbot, window, [path])
    assert dialog.outlet.text() == "Reuters"
    assert dialog.place.text() == "London"
    assert dialog.language.language_code() == "en"
    before = _article(qtbot, window, dialog.article_id())
    dialog.title.setText("Something else")  # typed, then thought better of
    undo_count = window.undo_stack.count()
    dialog.skip_button.click()
    qtbot.waitUntil(lambda: window.imports.confirm.dialog is None)
    wait_idle(qtbot, window)
    after = _article(qtbot, window, before.id)
    assert (after.title, after.outlet, after.published, after.language, after.notes) == (
        before.title, "Reuters", before.published, "en", ""
    )  # fmt: skip
    assert window.undo_stack.count() == undo_count

    # Esc is a skip too, and a bad date is refused in the step with one line.
    again = _import(qtbot, window, [_write(tmp_path / "in", "wire.txt", WIRE)])
    again.published.setText("9 novembre")
    again.save_button.click()
    assert again.isVisible() and again.error.isVisible()
    assert "is not a date" in again.error.text()
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.imports.confirm.dialog is None)
    wait_idle(qtbot, window)
    assert _article(qtbot, window, again.article_id()).notes == ""


def test_a_batch_of_three_with_skip_the_rest(
    qtbot: QtBot, location: LibraryLocation, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    _write(folder, "a-manovra.txt", WIRE)
    _write(folder, "b-gas.txt", AGENCY)
    _write(folder, "c-other.txt", "A third story\n\nThe council met on Tuesday and agreed.\n")
    window = open_window(qtbot, location)
    first = _import(qtbot, window, [folder])
    qtbot.waitUntil(lambda: not window.importer.is_running(), timeout=30_000)
    assert first.heading.text() == "Article 1 of 3: a-manovra.txt"
    assert first.skip_rest_button.isVisible()
    first.save_button.click()  # kept as found, with the place noted

    second = _next_dialog(qtbot, window)
    assert second is not first
    assert second.heading.text() == "Article 2 of 3: b-gas.txt"
    second.title.setText("Not saved")
    second.skip_rest_button.click()
    qtbot.waitUntil(lambda: not window.imports.confirm.is_active())
    wait_idle(qtbot, window)
    assert window.imports.confirm.dialog is None  # the third is never asked

    articles = call(qtbot, window, lambda desk: desk.list_articles())
    assert sorted(a.title for a in articles) == [
        "A third story", "Gas buyers brace for a long winter", "Il governo rinvia la manovra"
    ]  # fmt: skip
    notes = {a.title: _article(qtbot, window, a.id).notes for a in articles}
    assert notes == {
        "Il governo rinvia la manovra": "Place: Roma",
        "Gas buyers brace for a long winter": "",
        "A third story": "",
    }
