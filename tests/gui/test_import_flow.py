"""Importing from the window (dialog entry point, drag and drop, Cancel) and the whole flow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimFilter, ClaimKind, ImportOutcome, SearchHit
from claimdesk.gui.imports.import_controller import ImportSummary
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED, SEED_DENIAL
from tests.gui.conftest import call, open_window, wait_idle

TOPICS = (
    "The harbour authority reopened the northern quay after the storm damaged two cranes.",
    "A regional court postponed the hearing on the disputed wind farm until next spring.",
    "Farmers in the valley reported the earliest cherry harvest in forty years this week.",
    "The city council approved a new cycling lane along the river after a long debate.",
    "Researchers counted more nesting turtles on the southern beaches than last summer.",
    "The national library digitised its collection of nineteenth century newspapers.",
)


def write_articles(folder: Path, count: int) -> list[Path]:
    """``count`` distinct small English articles as .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        body = " ".join(TOPICS[(n + k) % len(TOPICS)] for k in range(3))
        path = folder / f"article-{n:02d}.txt"
        path.write_text(f"Story number {n}\n\n{body} Officials said so on day {n}.\n")
        paths.append(path)
    return paths


def wait_import(qtbot: QtBot, window: MainWindow, timeout: int = 30_000) -> None:
    """Wait until the import queue is empty and every follow-up call has run."""
    qtbot.waitUntil(lambda: not window.importer.is_running(), timeout=timeout)
    wait_idle(qtbot, window)


def drop_on(widget: QWidget, paths: list[Path]) -> None:
    """Drag ``paths`` over ``widget`` and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(
        QPoint(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def test_the_whole_foundation_flow_from_an_empty_library(
    qtbot: QtBot, location: LibraryLocation, tmp_path: Path
) -> None:
    window = open_window(qtbot, location)
    assert window.empty_state.title.text() == "Your library is empty"
    assert "· 0 articles ·" in window.status_library.text()

    # Import the seed through the method the file dialog calls; a single file opens.
    window.import_paths([SEED])
    wait_import(qtbot, window)
    article = window.current_article()
    assert article is not None and SEED_DENIAL in article.text
    assert window.library.model.rowCount() == 1
    assert window.message_bar.text() == f"Imported “{article.title}”."
    assert "· 1 article ·" in window.status_library.text()
    # The step after the import shows what was found; Enter keeps it.
    step = window.imports.confirm
    qtbot.waitUntil(lambda: step.dialog is not None and step.dialog.isVisible(), timeout=10_000)
    assert step.dialog is not None and step.dialog.title.text() == article.title
    qtbot.keyClick(step.dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: step.dialog is None)
    qtbot.waitUntil(window.isActiveWindow)  # the keyboard is back in the window

    # Select the denial's words and press D; the claimant field takes the focus.
    start = article.text.index(SEED_DENIAL)
    window.reader.text.setFocus()
    window.reader.text.select_span(start, start + len(SEED_DENIAL))
    qtbot.keyClick(window.reader.text, Qt.Key.Key_D)
    wait_idle(qtbot, window)
    assert window.inspector.claimant_edit.hasFocus()
    qtbot.keyClicks(window.inspector.claimant_edit, "Russia")
    window.reader.text.setFocus()
    wait_idle(qtbot, window)
    claims = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article.id)))
    assert [(c.kind, c.quote, c.claimant) for c in claims] == [
        (ClaimKind.DENIAL, SEED_DENIAL, "Russia")
    ]

    # Search "negare" (the stem finds "negato") and open the claim's hit.
    window.search_box.setText("negare")
    window.search_box.run_now()
    wait_idle(qtbot, window)
    assert window.search_results.isVisible()
    model = window.search_results.model
    hits = [model.data(model.index(r, 0), 257) for r in range(model.rowCount())]
    hit = next(h for h in hits if isinstance(h, SearchHit) and h.id == claims[0].id)
    window.select_claim(None)
    window.open_hit(hit)
    wait_idle(qtbot, window)
    selected = window.reader.text.selected_claim()
    assert selected is not None and selected.id == claims[0].id

    # Export this article's claims as Markdown through the export entry point.
    report = tmp_path / "report.md"
    window.export_to(report, "md", article.id)
    wait_idle(qtbot, window)
    assert SEED_DENIAL in report.read_text(encoding="utf-8")
    assert window.message_bar.text() == "Wrote 1 claim to report.md."
    assert window.message_bar.action_button.text() == "Open folder"


def test_dropping_a_folder_imports_the_good_files_and_lists_the_refused_one(
    qtbot: QtBot, location: LibraryLocation, tmp_path: Path
) -> None:
    folder = tmp_path / "drop"
    write_articles(folder, 3)
    (folder / "broken.pdf").write_bytes(b"this is not a PDF at all")
    window = open_window(qtbot, location)

    drop_on(window.library, [folder])
    wait_import(qtbot, window)
    assert not window.drops.hint_shown()
    assert window.message_bar.text() == "4 files: 3 imported, 1 refused."
    assert window.message_bar.level() == "warning"
    details = window.message_bar.detail_lines()
    assert len(details) == 1 and details[0].startswith("broken.pdf")
    assert "\n" not in details[0] and "Traceback" not in details[0]
    assert window.message_bar.details_button.isVisible()
    assert not window.message_bar.details.isVisible()
    window.message_bar.details_button.click()
    assert window.message_bar.details.isVisible()
    assert window.library.model.rowCount() == 3
    assert window.current_article() is None  # several files: nothing opened by itself
    assert not window.import_panel.isVisible()

    # The same folder again, dropped on the reader this time: all duplicates now.
    window.open_article(window.library.model.article(0).id)
    wait_idle(qtbot, window)
    viewport = window.reader.text.viewport()
    drop_on(viewport, [folder / "article-00.txt", folder / "article-01.txt"])
    wait_import(qtbot, window)
    assert window.message_bar.text() == "2 files: 0 imported, 2 duplicates."
    assert window.library.model.rowCount() == 3


def test_a_drag_shows_the_hint_and_leaving_hides_it(qtbot: QtBot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SEED))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.empty_state, enter)
    assert window.drops.hint_shown()
    QApplication.sendEvent(window.empty_state, QDragLeaveEvent())
    assert not window.drops.hint_shown()
    # Plain text is not an import: the drag is left to the widget.
    text_only = QMimeData()
    text_only.setText("some words")
    refused = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        text_only,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    refused.ignore()
    QApplication.sendEvent(window.library, refused)
    assert not window.drops.hint_shown()


def test_cancel_stops_a_folder_import_after_the_current_file(
    qtbot: QtBot, location: LibraryLocation, tmp_path: Path
) -> None:
    write_articles(tmp_path / "many", 12)
    window = open_window(qtbot, location)
    with qtbot.waitSignal(window.importer.progress, timeout=10_000) as first:
        window.import_paths([tmp_path / "many"])
    assert first.args == [1, 12, "article-00.txt"]
    assert window.import_panel.isVisible()
    assert window.import_panel.label.text() == "Importing 1 of 12 — article-00.txt"
    with qtbot.waitSignal(window.importer.finished, timeout=10_000) as done:
        window.import_panel.cancel_button.click()
    summary = done.args[0]
    assert isinstance(summary, ImportSummary) and summary.cancelled
    assert summary.count("imported") == 1
    wait_idle(qtbot, window)
    assert window.message_bar.text() == "Import cancelled after 1 of 12 files: 1 imported."
    assert window.library.model.rowCount() == 1
    assert not window.import_panel.isVisible()
    assert window.import_panel.cancel_button.isEnabled()


def test_summary_wording() -> None:
    def outcome(status: str, name: str = "a.txt") -> ImportOutcome:
        return ImportOutcome(path=f"/x/{name}", status=status, id="i", title="T", error="Bad.")

    many = ImportSummary(
        tuple(
            [outcome("imported")] * 180
            + [outcome("duplicate")] * 12
            + [outcome("refused", "b.pdf")] * 8
        ),
        200,
    )
    assert many.message() == "200 files: 180 imported, 12 duplicates, 8 refused."
    assert many.refusals()[0] == "b.pdf: Bad."
    assert many.article_to_open() is None
    one_dup = ImportSummary((outcome("imported"), outcome("duplicate")), 2)
    assert one_dup.message() == "2 files: 1 imported, 1 duplicate."
    assert ImportSummary((outcome("refused", "c.eml"),), 1).message() == "c.eml: Bad."
    assert ImportSummary((), 0).message().startswith("No importable files found")
    assert ImportSummary((outcome("duplicate"),), 1).message() == (
        "“T” is already in the library: it is open now."
    )
    again = ImportOutcome(path="https://example.org/news", status="duplicate", id="i", title="T")
    assert ImportSummary((again,), 1).message() == (
        "“T” is already in the library: this capture is kept as its latest snapshot, and the "
        "article is open now."
    )
