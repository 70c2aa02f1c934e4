"""The report dialog: scopes, what to include, the live preview and every format."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from claimdesk.core.model import ClaimChanges, ClaimFilter, Verdict
from claimdesk.gui.reports.report_dialog import PreviewBrowser, ReportDialog
from claimdesk.gui.reports.report_scope import ReportIncludes, ReportRequest
from claimdesk.gui.search.search_model import HIT_ROLE
from claimdesk.gui.shell.main_window import MainWindow
from tests.gui.conftest import call, wait_idle
from tests.gui.demo_fixtures import demo_folder, demo_window, search_settled

__all__ = ["demo_folder", "demo_window"]


def open_dialog(qtbot: QtBot, window: MainWindow, scope: str | None = None) -> ReportDialog:
    dialog = window.exports.open_dialog(scope)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not dialog.is_previewing(), timeout=10_000)
    return dialog


def settle(qtbot: QtBot, window: MainWindow, dialog: ReportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_previewing(), timeout=10_000)
    wait_idle(qtbot, window)


def test_claimant_scope_writes_only_that_claimants_claims(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    claims = call(qtbot, window, lambda d: d.list_claims())
    russia = [c for c in claims if c.claimant == "Russia"]
    others = [c for c in claims if c.claimant != "Russia"]
    assert len(russia) == 3 and others
    dialog = open_dialog(qtbot, window)
    assert window.exports.dialog is dialog and dialog.isVisible()
    assert not dialog.this_article.isChecked() or window.current_article() is not None
    dialog.choose_claimant("Russia")
    settle(qtbot, window, dialog)
    assert dialog.request().kind == "claimant" and dialog.request().value == "Russia"
    assert "Claims by Russia" in dialog.preview.toPlainText()
    assert dialog.preview_status.text() == "3 claims"

    path = tmp_path / "russia.md"
    window.exports.write(dialog.request(), "md", path)
    wait_idle(qtbot, window)
    assert window.message_bar.text() == "Wrote 3 claims to russia.md."
    text = path.read_text(encoding="utf-8")
    for claim in russia:
        assert claim.quote[:40] in text
    for claim in others:
        assert claim.quote[:40] not in text


def test_preview_follows_scope_and_includes(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window

    def annotate(desk):  # type: ignore[no-untyped-def]
        claim = desk.list_claims(ClaimFilter(claimant="Russia"))[0]
        return desk.update_claim(
            claim.id,
            ClaimChanges(notes="Checked against the OSCE archive", verdict=Verdict.FALSE,
                         explanation="The monitors recorded the opposite", tags=("crimea",)),
        )  # fmt: skip

    call(qtbot, window, annotate)
    dialog = open_dialog(qtbot, window)
    dialog.choose_scope("tag")
    assert dialog.tag_combo.currentText() == "crimea"
    settle(qtbot, window, dialog)
    shown = dialog.preview.toPlainText()
    assert "Claims tagged crimea" in shown
    assert "Checked against the OSCE archive" in shown
    assert "The monitors recorded the opposite" in shown
    assert dialog.preview_status.text() == "1 claim"

    dialog.part_boxes["notes"].setChecked(False)
    dialog.part_boxes["explanation"].setChecked(False)
    settle(qtbot, window, dialog)
    shown = dialog.preview.toPlainText()
    assert "Checked against the OSCE archive" not in shown
    assert "The monitors recorded the opposite" not in shown
    assert dialog.request().includes == ReportIncludes(notes=False, explanation=False)

    dialog.library_scope.setChecked(True)
    settle(qtbot, window, dialog)
    assert dialog.preview_status.text() == "15 claims"


def test_pdf_export_of_a_search_scope(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    search_settled(qtbot, window, "negato")
    model = window.search_results.model
    hits = [model.index(r, 0).data(HIT_ROLE) for r in range(model.rowCount())]
    hits = [h for h in hits if h.type == "claim"]
    assert hits
    dialog = open_dialog(qtbot, window, "search")
    assert dialog.search_scope.isEnabled() and dialog.search_scope.isChecked()
    assert dialog.request() == ReportRequest("search", "negato", language="en")
    assert "Claims of the search: negato" in dialog.preview.toPlainText()
    assert dialog.preview_status.text() == f"{len(hits)} claim" + ("s" if len(hits) != 1 else "")

    path = tmp_path / "search.pdf"
    window.exports.write(dialog.request(), "pdf", path)
    wait_idle(qtbot, window, timeout=60_000)
    assert path.read_bytes().startswith(b"%PDF")
    assert window.message_bar.text().startswith(f"Wrote {len(hits)} claim")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed: the PDF text is not checked")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Claims of the search: negato" in " ".join(text.split())


@pytest.mark.parametrize(("fmt", "key"), [("claimreview", "claimReviewed"), ("webannotation", "")])
def test_interchange_formats_hold_the_scope(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, fmt: str, key: str
) -> None:
    window = demo_window
    path = tmp_path / f"out.{fmt}.json"
    window.exports.write(ReportRequest("claimant", "Carla Menegazzi"), fmt, path)
    wait_idle(qtbot, window)
    data = json.loads(path.read_text(encoding="utf-8"))
    body = json.dumps(data, ensure_ascii=False)
    assert "Almeno quaranta navi" in body or fmt == "claimreview"  # ClaimReview: rated only
    assert "I tempi di attesa sono raddoppiati" in body
    assert "Stoltenberg" not in body
    assert key in body


def test_the_preview_loads_nothing() -> None:
    browser = PreviewBrowser()
    assert browser.loadResource(2, QUrl("https://example.org/track.png")) is None
    assert browser.loadResource(2, QUrl.fromLocalFile("/etc/passwd")) is None
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_an_empty_scope_disables_export(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    dialog = open_dialog(qtbot, window)
    assert not dialog.search_scope.isEnabled()  # no search is active
    assert not dialog.tag_scope.isEnabled()  # the demo tags no claim
    dialog.close()
    search_settled(qtbot, window, "zzzqqqxxy")
    dialog = open_dialog(qtbot, window, "search")
    assert dialog.preview_status.text() == "0 claims"
    assert not dialog.export_button.isEnabled()


def test_a_claimant_search_offers_that_claimant(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    search_settled(qtbot, window, 'claimant:"Granaria Levante" OR negato')
    dialog = open_dialog(qtbot, window)
    assert dialog.claimant_combo.currentText() == "Granaria Levante"
    assert window.search_results.facets.item_for('claimant:"Granaria Levante"') is not None


def test_the_file_name_says_what_the_report_is_and_when() -> None:
    import datetime as dt

    from claimdesk.gui.reports.export_actions import report_stem
    from claimdesk.gui.reports.report_formats import suggested_name
    from tests.unit.exporters.report_samples import make_article

    article = make_article(
        "art-1", "Stoltenberg: la NATO deve fermare l'aggressione russa", "x", ()
    )
    day = dt.date(2026, 12, 8)
    stem = report_stem(ReportRequest("article", "art-1"), article, day)
    assert (
        suggested_name("pdf", stem)
        == "stoltenberg-la-nato-deve-fermare-l-aggressione-2026-12-08.pdf"
    )
    assert report_stem(ReportRequest("library", None), None, day) == "claims-2026-12-08"
    searched = report_stem(ReportRequest("search", "claimant:russia negato"), None, day)
    assert searched == "search-claimant-russia-negato-2026-12-08"


def test_the_report_is_written_in_the_language_chosen(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    dialog = open_dialog(qtbot, window, "library")
    assert dialog.language() == "en"  # the interface's language, English in these tests
    assert "All claims in the library" in dialog.preview.toPlainText()
    dialog.set_language("it")
    settle(qtbot, window, dialog)
    shown = dialog.preview.toPlainText()
    assert "Tutte le affermazioni dell'archivio" in shown
    assert "Verdetto:" in shown and "AFFERMAZIONE 1" in shown
    assert "Verdict:" not in shown and "CLAIM 1" not in shown
    assert dialog.request().language == "it"
    path = tmp_path / "rapporto.html"
    window.exports.write(dialog.request(), "html", path)
    wait_idle(qtbot, window)
    page = path.read_text(encoding="utf-8")
    assert '<html lang="it">' in page and "AFFERMAZIONE 1" in page
    # Interchange files are for programs: no language to choose.
    dialog.set_fmt("claimreview")
    assert not dialog.language_combo.isEnabled()
    dialog.set_fmt("pdf")
    assert dialog.language_combo.isEnabled()


def test_the_italian_interface_chooses_italian_reports(
    qtbot: QtBot, demo_window: MainWindow, qapp: object
) -> None:
    from claimdesk.gui.common.i18n import install_language

    assert install_language("it")
    try:
        dialog = open_dialog(qtbot, demo_window, "library")
        assert dialog.language() == "it"
        assert "Tutte le affermazioni dell'archivio" in dialog.preview.toPlainText()
    finally:
        install_language("en")
