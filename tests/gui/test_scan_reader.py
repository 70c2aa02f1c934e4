"""An image imported from the window: its pages read on the worker with progress and Cancel,
the reader showing the image beside the text with the claims outlined on it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimKind
from claimdesk.gui.imports.import_controller import ImportSummary
from tests.gui.conftest import call, open_window, wait_idle
from tests.ocr_images import ENGLISH, ITALIAN, screenshot


def test_an_imported_screenshot_shows_beside_its_text_with_its_claim_outlined(
    qtbot: QtBot, location: LibraryLocation, tmp_path: Path
) -> None:
    path = tmp_path / "post.png"
    screenshot(ENGLISH).save(path)
    window = open_window(qtbot, location)
    with qtbot.waitSignal(window.importer.finished, timeout=60_000) as done:
        window.import_paths([path])
    summary = done.args[0]
    assert summary.count("imported") == 1, summary.refusals()
    reader = window.reader
    qtbot.waitUntil(lambda: len(reader.scans.pages()) == 1, timeout=20_000)
    assert reader.scans.isVisible() and reader.image_button.isVisible()
    article = window.state.current_article()
    assert article is not None
    start = article.text.index("unemployment fell")
    claim = call(
        qtbot, window, lambda d: d.mark_claim(article.id, start, start + 17, ClaimKind.CLAIM)
    )
    window.open_article(article.id, claim.id)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: claim.id in reader.scans.outlined_claims(), timeout=10_000)
    # The Image button hides the pane and brings it back.
    reader.image_button.click()
    assert not reader.scans.isVisible()
    reader.image_button.click()
    assert reader.scans.isVisible()


def test_a_text_article_shows_no_image_pane(
    qtbot: QtBot, location: LibraryLocation, tmp_path: Path
) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Title\n\n" + ENGLISH + "\n")
    window = open_window(qtbot, location)
    with qtbot.waitSignal(window.importer.finished, timeout=30_000):
        window.import_paths([path])
    wait_idle(qtbot, window)
    assert window.state.current_article() is not None
    assert not window.reader.scans.isVisible()
    assert not window.reader.image_button.isVisible()


def test_cancel_stops_a_many_page_image_before_its_next_page(
    qtbot: QtBot, location: LibraryLocation, tmp_path: Path
) -> None:
    path = tmp_path / "pages.tiff"
    pages = [screenshot(ENGLISH), screenshot(ITALIAN), screenshot(ENGLISH[:80])]
    pages[0].save(path, save_all=True, append_images=pages[1:])
    window = open_window(qtbot, location)
    with qtbot.waitSignal(
        window.importer.progress,
        timeout=60_000,
        check_params_cb=lambda _n, _t, name: name == "pages.tiff, page 2 of 3",
    ):
        window.import_paths([path])
    assert "pages.tiff, page 2 of 3" in window.import_panel.label.text()
    with qtbot.waitSignal(window.importer.finished, timeout=60_000) as done:
        window.import_panel.cancel_button.click()
    summary = done.args[0]
    assert isinstance(summary, ImportSummary) and summary.cancelled
    assert summary.outcomes == ()
    wait_idle(qtbot, window)
    assert call(qtbot, window, lambda d: d.list_articles()) == []
