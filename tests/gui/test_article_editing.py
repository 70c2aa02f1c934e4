"""Article properties, text correction with orphaned claims, re-attaching, export dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from claimdesk.core.model import ArticleView, ClaimFilter, ClaimKind, ClaimView
from claimdesk.gui.articles.article_properties_dialog import ArticlePropertiesDialog
from claimdesk.gui.articles.text_edit_dialog import TextEditDialog
from claimdesk.gui.reader.orphans_view import OrphanListModel
from claimdesk.gui.reports.report_dialog import ReportDialog
from claimdesk.gui.reports.report_formats import with_suffix
from claimdesk.gui.shell.main_window import MainWindow
from tests.conftest import SEED_DENIAL
from tests.gui.conftest import call, wait_idle


def open_seed(qtbot: QtBot, window: MainWindow, article_id: str) -> ArticleView:
    window.open_article(article_id)
    wait_idle(qtbot, window)
    article = window.current_article()
    assert article is not None
    return article


def when_dialog_opens(window: MainWindow, kind: type[QDialog], act: Callable[..., None]) -> None:
    """Run ``act(dialog)`` as soon as a dialog of ``kind`` is up (exec() blocks the test)."""

    def poll() -> None:
        found = window.findChildren(kind)
        if found and found[-1].isVisible():
            act(found[-1])
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def article_from_desk(qtbot: QtBot, window: MainWindow, article_id: str) -> ArticleView:
    return call(qtbot, window, lambda d: d.get_article(article_id))


def test_properties_dialog_saves_and_undo_restores(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    before = open_seed(qtbot, window, article_id)

    def fill(dialog: ArticlePropertiesDialog) -> None:
        dialog.title.setText("Stoltenberg: NATO must break the cycle")
        dialog.outlet.setText("Reuters")
        dialog.set_language("en")
        dialog.no_date.setChecked(False)
        dialog.published.setText("2023-02-22")
        dialog.authors.setText("Andrew Gray; Sabine Siebold")
        dialog.tags.setText("nato, ukraine, nato")
        dialog.notes.setPlainText("checked against the English original")
        dialog.accept()

    when_dialog_opens(window, ArticlePropertiesDialog, fill)
    window.edit_article_properties()
    wait_idle(qtbot, window)

    after = article_from_desk(qtbot, window, article_id)
    assert after.title == "Stoltenberg: NATO must break the cycle"
    assert (after.outlet, after.language, after.published) == (
        "Reuters",
        "en",
        dt.date(2023, 2, 22),
    )
    assert after.authors == ("Andrew Gray", "Sabine Siebold")
    assert set(after.tags) == {"nato", "ukraine"}
    assert after.notes == "checked against the English original"
    assert window.reader.title.text() == after.title
    assert window.reader.byline.text().startswith("Reuters · 22 Feb 2023 · en")
    assert window.library.model.article(0).title == after.title

    window.actions_.undo.trigger()
    wait_idle(qtbot, window)
    undone = article_from_desk(qtbot, window, article_id)
    assert (undone.title, undone.outlet, undone.language, undone.published) == (
        before.title,
        before.outlet,
        before.language,
        before.published,
    )
    assert (undone.authors, undone.tags, undone.notes) == (before.authors, before.tags, "")
    assert window.reader.title.text() == before.title

    window.actions_.redo.trigger()
    wait_idle(qtbot, window)
    assert article_from_desk(qtbot, window, article_id).outlet == "Reuters"


def test_properties_dialog_refuses_a_bad_language_and_clears_a_date(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    article = open_seed(qtbot, window, article_id)
    dialog = ArticlePropertiesDialog(article, window)
    dialog.language.setEditText("italiano")
    dialog.accept()
    assert dialog.isVisible() is False and dialog.result() != QDialog.DialogCode.Accepted
    assert "two-letter" in dialog.error.text()
    dialog.language.setEditText("IT")
    dialog.no_date.setChecked(True)
    assert not dialog.published.isEnabled()
    old, new = dialog.changes()
    expected_old = article.published or ""
    if article.published is None:
        assert new.published is None  # nothing changed, nothing to save
    else:
        assert (old.published, new.published) == (expected_old, "")
    assert new.language is None  # "IT" is the same language


def seed_claims(qtbot: QtBot, window: MainWindow, article_id: str) -> list[ClaimView]:
    """Mark the denial and the first sentence, through the desk."""

    def mark(desk):  # type: ignore[no-untyped-def]
        article = desk.get_article(article_id)
        start = article.text.index(SEED_DENIAL)
        first = article.sentences[0]
        return [
            desk.mark_claim(article_id, start, start + len(SEED_DENIAL), ClaimKind.DENIAL),
            desk.mark_claim(article_id, first.start, first.end, ClaimKind.CLAIM),
        ]

    claims: list[ClaimView] = call(qtbot, window, mark)
    window.open_article(article_id)
    wait_idle(qtbot, window)
    return claims


def test_text_correction_orphans_claims_that_can_be_attached_again(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    denial, first = seed_claims(qtbot, window, article_id)
    article = window.current_article()
    assert article is not None
    denial_sentence = next(s for s in article.sentences if s.start <= denial.start < s.end)
    first_sentence = article.sentences[0]
    new_text = article.text.replace(denial_sentence.text, "Negò tutto.").replace(
        first_sentence.text, "Un'intervista."
    )

    def correct(dialog: TextEditDialog) -> None:
        assert dialog.text() == article.text
        dialog.editor.setPlainText(new_text)
        dialog.accept()

    when_dialog_opens(window, TextEditDialog, correct)
    window.edit_article_text()
    wait_idle(qtbot, window)
    # The offscreen platform does not hand the focus back to the window by itself.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    assert window.message_bar.text() == (
        "2 claims could not be placed in the corrected text: they are listed under Orphaned "
        "claims; select new text and press A to attach one."
    )
    assert window.orphans.isVisible()
    assert window.orphans.model.rowCount() == 2
    assert window.orphans.heading.text() == "ORPHANED CLAIMS (2)"
    shown = window.current_article()
    assert shown is not None and shown.text.startswith("Un'intervista.")

    # Choose the denial, select its new words, press A.
    row = window.orphans.model.row_of(denial.id)
    assert row is not None
    window.orphans.list.setCurrentIndex(window.orphans.model.index(row))
    inspected = window.inspector.claim()
    assert inspected is not None and inspected.id == denial.id and inspected.orphaned
    start = shown.text.index("Negò tutto.")
    window.reader.text.setFocus()
    window.reader.text.select_span(start, start + len("Negò tutto."))
    qtbot.keyClick(window.reader.text, Qt.Key.Key_A)
    wait_idle(qtbot, window)

    claims = {c.id: c for c in call(qtbot, window, lambda d: d.list_claims(ClaimFilter()))}
    assert not claims[denial.id].orphaned
    assert claims[denial.id].quote == "Negò tutto."
    assert claims[first.id].orphaned
    assert window.orphans.model.rowCount() == 1
    selected = window.reader.text.selected_claim()
    assert selected is not None and selected.id == denial.id

    # Undo the attach: orphaned again; undo the correction: the old text, both claims placed.
    window.actions_.undo.trigger()
    wait_idle(qtbot, window)
    claims = {c.id: c for c in call(qtbot, window, lambda d: d.list_claims(ClaimFilter()))}
    assert claims[denial.id].orphaned and claims[denial.id].quote == denial.quote
    window.actions_.undo.trigger()
    wait_idle(qtbot, window)
    restored = article_from_desk(qtbot, window, article_id)
    assert restored.text == article.text
    placed = {c.id: c for c in restored.claims}
    assert not placed[denial.id].orphaned and not placed[first.id].orphaned
    assert (placed[denial.id].start, placed[denial.id].quote) == (denial.start, denial.quote)
    assert not window.orphans.isVisible()
    assert window.message_bar.text() == "The article's text is back as it was."


def test_a_without_an_orphan_or_a_selection_explains(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    open_seed(qtbot, window, article_id)
    window.reader.text.setFocus()
    qtbot.keyClick(window.reader.text, Qt.Key.Key_A)
    assert window.message_bar.text().startswith("No orphaned claim to attach")
    assert call(qtbot, window, lambda d: d.list_claims(ClaimFilter())) == []


def test_orphan_model_passes_the_model_tester(
    qtmodeltester, qtbot: QtBot, window: MainWindow, article_id: str
) -> None:  # type: ignore[no-untyped-def]
    claims = seed_claims(qtbot, window, article_id)
    model = OrphanListModel()
    model.set_claims(claims)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert str(model.index(0).data()).startswith("Denial: “Ha negato")


def test_export_dialog_scope_and_format(
    qtbot: QtBot, window: MainWindow, article_id: str, tmp_path: Path
) -> None:
    article = open_seed(qtbot, window, article_id)
    dialog = ReportDialog(window.ops, article, parent=window)
    qtbot.addWidget(dialog)
    request = dialog.request()
    assert (dialog.fmt(), request.kind, request.value) == ("md", "article", article_id)
    dialog.set_fmt("csv")
    dialog.library_scope.setChecked(True)
    assert (dialog.fmt(), dialog.request().kind) == ("csv", "library")
    empty = ReportDialog(window.ops, None, parent=window)
    qtbot.addWidget(empty)
    assert empty.request().kind == "library"
    assert not empty.this_article.isEnabled()
    wait_idle(qtbot, window)
    assert with_suffix(Path("r"), "csv") == Path("r.csv")
    assert with_suffix(Path("r.CSV"), "csv") == Path("r.CSV")

    seed_claims(qtbot, window, article_id)
    path = tmp_path / "all.csv"
    window.export_to(path, "csv")
    wait_idle(qtbot, window)
    rows = path.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 3  # a header and two claims
    assert window.message_bar.text() == "Wrote 2 claims to all.csv."


def test_window_fits_the_screen_and_demo_title_opens(
    qtbot: QtBot, window: MainWindow, article_id: str
) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    assert window.width() >= screen.width() * 0.8
    window.open_article_titled("No such title")  # falls back to the newest article
    wait_idle(qtbot, window)
    article = window.current_article()
    assert article is not None and article.id == article_id
    assert window.actions_.article_properties.isEnabled()


def test_the_byline_says_when_a_page_taken_by_its_address_was_captured() -> None:
    from claimdesk.gui.reader.reader_view import article_byline
    from tests.unit.exporters.report_samples import make_article

    captured = dt.datetime(2026, 12, 8, 2, 6, tzinfo=dt.UTC)
    taken = make_article(
        "a1", "Pagina", "Una pagina presa dal suo indirizzo.", (), captured=captured
    )
    assert article_byline(taken).endswith("· captured on 8 Dec 2026, 02:06 UTC")
    assert "captured" not in article_byline(make_article("a2", "File", "Un testo.", ()))
