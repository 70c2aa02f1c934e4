"""Edit > Settings…: saving every field, refusing a file as library, appearance at once."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimKind
from claimdesk.core.nlp.attribution import suggest_claims
from claimdesk.core.nlp.threshold import THRESHOLD
from claimdesk.core.settings import Settings, load_settings, save_settings
from claimdesk.gui.common.appearance import apply_appearance
from claimdesk.gui.common.palette import KIND_COLOURS, kind_fill
from claimdesk.gui.settings.relaunch import relaunch_command
from claimdesk.gui.settings.settings_dialog import SettingsDialog
from claimdesk.gui.shell.main_window import MainWindow
from tests.gui.conftest import open_window, wait_idle
from tests.ocr_images import ITALIAN, screenshot


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private settings folder; the app's look put back to the system's afterwards."""
    folder = tmp_path / "config"
    monkeypatch.setenv("CLAIMDESK_CONFIG_DIR", str(folder))
    yield folder
    apply_appearance("system")


def _window_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Window)


def _open_settings(window: MainWindow) -> SettingsDialog:
    window.actions_.settings.trigger()
    dialog = window.preferences.settings_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_save_writes_every_field_and_says_what_waits_for_a_restart(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, config_dir: Path
) -> None:
    dialog = _open_settings(window)
    dialog.user_name.setText("  Giulia R. ")
    dialog.library.setText(str(tmp_path / "elsewhere"))
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    dialog.backup_days.setCurrentIndex(dialog.backup_days.findData("7"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert load_settings() == Settings(
        user_name="Giulia R.",
        language="it",
        appearance="system",
        library=str(tmp_path / "elsewhere"),
        backup_days=7,
    )
    assert (config_dir / "settings.json").exists()
    message = window.message_bar.text()
    assert "library folder and the language" in message and "next time" in message
    # A new language offers to start again at once.
    assert window.message_bar.action_button.isVisibleTo(window.message_bar)
    assert window.message_bar.action_button.text() == "Restart now"


def test_a_restart_runs_the_same_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    argv = ["claimdesk", "--library", "/tmp/desk", "--smoke-test"]
    program, args = relaunch_command(argv)
    assert program == sys.executable
    assert args == ["-m", "claimdesk", "--library", "/tmp/desk"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the built program
    assert relaunch_command(argv) == (sys.executable, ["--library", "/tmp/desk"])


def test_a_file_as_library_is_refused_in_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, config_dir: Path
) -> None:
    save_settings(Settings(user_name="Marco"))
    before = (config_dir / "settings.json").read_text(encoding="utf-8")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    dialog = _open_settings(window)
    assert dialog.user_name.text() == "Marco"
    dialog.library.setText(str(a_file))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog)
    assert "is a file, not a folder" in dialog.error.text()
    assert (config_dir / "settings.json").read_text(encoding="utf-8") == before
    dialog.reject()


def test_apply_appearance_changes_the_window_colour(qtbot: QtBot) -> None:
    assert apply_appearance("dark") is True
    dark = _window_colour()
    assert dark.lightness() < 80
    assert apply_appearance("light") is False
    light = _window_colour()
    assert light.lightness() > 180
    assert apply_appearance("dark") is True
    assert _window_colour() == dark


def test_the_appearance_applies_at_once_and_cancel_puts_it_back(
    qtbot: QtBot, seeded_location: tuple[LibraryLocation, str]
) -> None:
    location, article_id = seeded_location
    with Desk.open(location) as desk:
        article = desk.get_article(article_id)
        first = article.sentences[0]
        claim = desk.mark_claim(article_id, first.start, first.end, ClaimKind.CLAIM)
    apply_appearance("light")
    window = open_window(qtbot, location)
    window.open_article(article_id)
    wait_idle(qtbot, window)
    light = _window_colour()

    def fill_alpha() -> int:
        cursor = QTextCursor(window.reader.text.document())
        cursor.setPosition(claim.start + 2)
        return cursor.charFormat().background().color().alpha()

    assert fill_alpha() == kind_fill(ClaimKind.CLAIM, window.palette()).alpha()
    light_alpha = fill_alpha()

    dialog = _open_settings(window)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    wait_idle(qtbot, window)
    assert _window_colour().lightness() < 80
    # The claim highlights are painted again for the dark base.
    assert fill_alpha() == kind_fill(ClaimKind.CLAIM, window.palette()).alpha() != light_alpha

    dialog.reject()
    wait_idle(qtbot, window)
    assert _window_colour() == light
    assert fill_alpha() == light_alpha
    assert load_settings().appearance == "system"  # nothing saved by Cancel


def _contrast(first: QColor, second: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _over(fill: QColor, base: QColor) -> QColor:
    alpha = fill.alphaF()
    return QColor.fromRgbF(
        *(alpha * f + (1 - alpha) * b for f, b in
          ((fill.redF(), base.redF()), (fill.greenF(), base.greenF()),
           (fill.blueF(), base.blueF())))
    )  # fmt: skip


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_claim_highlights_keep_text_readable(qtbot: QtBot, appearance: str) -> None:
    apply_appearance(appearance)
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    for kind in ClaimKind:
        for strong in (False, True):
            shown = _over(kind_fill(kind, palette, strong=strong), base)
            assert _contrast(text, shown) >= 4.5, (appearance, kind, strong)
        # The solid kind colour (underlines, legend) stays visible against the base.
        assert _contrast(QColor(KIND_COLOURS[kind]), base) >= 2.0, (appearance, kind)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    assert _contrast(muted, base) >= 4.5


def test_the_suggestion_threshold_is_saved_and_the_reader_follows_it(
    qtbot: QtBot, seeded_location: tuple[LibraryLocation, str], config_dir: Path
) -> None:
    location, article_id = seeded_location
    window = open_window(qtbot, location)
    dialog = _open_settings(window)
    assert dialog.suggestion_threshold.currentData() == THRESHOLD
    labels = [dialog.suggestion_threshold.itemText(i) for i in range(5)]
    assert labels[2] == f"{round(THRESHOLD * 100)}%: a few worth a look (the default)"
    dialog.suggestion_threshold.setCurrentIndex(dialog.suggestion_threshold.findData(0.8))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert load_settings().suggestion_threshold == 0.8
    assert window.message_bar.text() == "Settings saved."

    # A window opened now shows only the suggestions of 0.8 or more, as analyze finds them.
    window.close()
    window = open_window(qtbot, location)
    window.open_article(article_id)
    wait_idle(qtbot, window)
    article = window.current_article()
    assert article is not None
    sure = suggest_claims(article.text, "it", list(article.sentences), {}, min_confidence=0.8)
    shown = window.reader.text.suggestions()
    assert [(s.start, s.end) for s in shown] == [(s.start, s.end) for s in sure]
    every = suggest_claims(article.text, "it", list(article.sentences), {})
    assert 0 < len(shown) < len(every)
    assert window.status_article.text().endswith(f"{len(shown)} suggestions")


def test_a_threshold_set_by_hand_is_offered_as_it_is(qtbot: QtBot, config_dir: Path) -> None:
    dialog = SettingsDialog(Settings(suggestion_threshold=0.33))
    qtbot.addWidget(dialog)
    combo = dialog.suggestion_threshold
    assert combo.count() == 6
    assert combo.currentData() == 0.33
    assert combo.currentText() == "33%: set in the settings file"
    assert dialog.current().suggestion_threshold == 0.33


def test_the_ocr_language_is_saved_and_the_windows_imports_read_in_it(
    qtbot: QtBot, location: LibraryLocation, config_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, location)
    dialog = _open_settings(window)
    combo = dialog.ocr_languages
    assert combo.currentData() == "detect"
    assert [combo.itemData(i) for i in range(combo.count())] == ["detect", "en", "it"]
    combo.setCurrentIndex(combo.findData("it"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert load_settings().ocr_languages == "it"

    path = tmp_path / "inoltrato.png"
    screenshot(ITALIAN).save(path)
    with qtbot.waitSignal(window.importer.finished, timeout=60_000) as done:
        window.import_paths([path])
    assert done.args[0].count("imported") == 1, done.args[0].refusals()
    scans = window.reader.scans
    qtbot.waitUntil(lambda: len(scans.pages()) == 1, timeout=20_000)
    assert scans.pages()[0].layout["languages"] == ["ita"]
    # Opened again, the dialog shows what was saved.
    assert _open_settings(window).ocr_languages.currentData() == "it"
