"""The inspector's evidence: links, files and notes added through the dialog, listed in order,
moved, edited, removed; each an undo step; a bad date or address is said in the dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from claimdesk.core.model import ClaimFilter, EvidenceKind
from claimdesk.gui.claims.evidence_panel import EvidenceDialog
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import REPO
from tests.gui.conftest import call, wait_idle
from tests.gui.test_safe_entry import _mark_denial


def _answer(window: MainWindow, fill: Callable[[EvidenceDialog], None]) -> None:
    """Fill the evidence dialog as soon as it shows, then press OK."""

    def look() -> None:
        dialog = window.evidence.dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        fill(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():  # refused: say why in the test, then give up
            window.evidence.last_refusal = dialog.error.text()  # type: ignore[attr-defined]
            dialog.reject()

    QTimer.singleShot(20, look)


def _evidence(qtbot: QtBot, window: MainWindow, article_id: str) -> list[tuple[str, str]]:
    [claim] = call(qtbot, window, lambda d: d.list_claims(ClaimFilter(article_id=article_id)))
    return [(e.kind.value, e.title or e.source) for e in claim.evidence]


def test_evidence_added_ordered_and_undone_in_the_inspector(
    qtbot: QtBot, window: MainWindow, article_id: str, tmp_path: Path
) -> None:
    _mark_denial(qtbot, window, article_id)
    panel = window.inspector.evidence
    assert panel.empty.isVisible() and not panel.list.isVisible()

    def link(dialog: EvidenceDialog) -> None:
        dialog.source.setText("https://www.osce.org/files/report-2014.pdf")
        dialog.title.setText("OSCE report on the referendum")
        dialog.consulted.setText("2023-02-23")

    _answer(window, link)
    window.evidence.add(EvidenceKind.URL)
    wait_idle(qtbot, window)
    report = tmp_path / "referendum-crimea.pdf"
    report.write_bytes(b"%PDF-1.4 the text of the referendum")
    _answer(window, lambda d: d.title.setText("Referendum text"))
    window.evidence.add(EvidenceKind.FILE, report)
    wait_idle(qtbot, window)

    def note(dialog: EvidenceDialog) -> None:
        dialog.source.setText("Call with the Ukrainian ministry")
        dialog.note.setPlainText("Confirmed the 2014 figures.")

    _answer(window, note)
    window.evidence.add(EvidenceKind.NOTE)
    wait_idle(qtbot, window)
    assert _evidence(qtbot, window, article_id) == [
        ("url", "OSCE report on the referendum"),
        ("file", "Referendum text"),
        ("note", "Call with the Ukrainian ministry"),
    ]
    assert panel.list.count() == 3
    assert panel.list.item(0).text() == "1. OSCE report on the referendum — osce.org · 23 Feb 2023"

    panel.list.setCurrentRow(2)
    panel.up.click()
    wait_idle(qtbot, window)
    assert [k for k, _ in _evidence(qtbot, window, article_id)] == ["url", "note", "file"]
    shots = REPO / "artifacts" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    window.resize(1600, 1000)  # a desktop's window, the evidence list in view
    qtbot.wait(50)
    window.inspector._scroll.ensureWidgetVisible(panel)
    window.inspector.grab().save(str(shots / "evidence-editor.png"))

    panel.list.setCurrentRow(2)
    panel.remove.click()
    wait_idle(qtbot, window)
    assert [k for k, _ in _evidence(qtbot, window, article_id)] == ["url", "note"]
    window.actions_.undo.trigger()  # the file comes back, bytes and place
    wait_idle(qtbot, window)
    assert [k for k, _ in _evidence(qtbot, window, article_id)] == ["url", "note", "file"]
    window.actions_.undo.trigger()  # the move is taken back
    wait_idle(qtbot, window)
    assert [k for k, _ in _evidence(qtbot, window, article_id)] == ["url", "file", "note"]
    assert panel.list.count() == 3


def test_the_dialog_says_what_is_wrong_and_keeps_nothing(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    _mark_denial(qtbot, window, article_id)

    def bad(dialog: EvidenceDialog) -> None:
        dialog.source.setText("https://www.osce.org/")
        dialog.consulted.setText("22/02/2023")

    _answer(window, bad)
    window.evidence.add(EvidenceKind.URL)
    wait_idle(qtbot, window)
    assert "is not a date" in window.evidence.last_refusal  # type: ignore[attr-defined]
    _answer(window, lambda d: d.source.setText("osce.org"))
    window.evidence.add(EvidenceKind.URL)
    wait_idle(qtbot, window)
    assert "not a web address" in window.evidence.last_refusal  # type: ignore[attr-defined]
    assert _evidence(qtbot, window, article_id) == []
