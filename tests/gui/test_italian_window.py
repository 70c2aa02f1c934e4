"""The Italian window says what went wrong in Italian, wherever the words come from: the
core's refusals (an import, a mark), the window's own checks (a date), the reasons the core
gives for similar claims; and a notice about one article goes when another one shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from claimdesk.core import messages
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ArticleView, ClaimKind
from claimdesk.gui.articles.article_properties_dialog import ArticlePropertiesDialog
from claimdesk.gui.common.i18n import install_language
from claimdesk.gui.shell.main_window import MainWindow
from tests.gui.conftest import call, open_window, wait_idle
from tests.gui.tracking_support import TrackingLibrary, fill_tracking_library


@pytest.fixture
def italian() -> Iterator[None]:
    """The interface in Italian for one test (windows made after it are Italian)."""
    assert QCoreApplication.instance() is not None
    assert install_language("it")
    assert messages.current_language() == "it"
    try:
        yield
    finally:
        install_language("en")
        assert messages.current_language() == "en"


@pytest.fixture
def library(location: LibraryLocation) -> TrackingLibrary:
    return fill_tracking_library(location)


@pytest.fixture
def window(qtbot: QtBot, italian: None, library: TrackingLibrary) -> MainWindow:
    return open_window(qtbot, library.location)


def _article(qtbot: QtBot, window: MainWindow, article_id: str) -> ArticleView:
    window.open_article(article_id)
    wait_idle(qtbot, window)
    article = window.current_article()
    assert article is not None and article.id == article_id
    return article


def _stoltenberg(qtbot: QtBot, window: MainWindow, library: TrackingLibrary) -> str:
    """The demo article the repeated claim comes from."""
    claim_id = library.original_claim
    return call(qtbot, window, lambda d: d.get_claim(claim_id).article_id)


def _bar(window: MainWindow) -> str:
    assert window.message_bar.isVisible()
    return window.message_bar.text()


def test_a_refused_import_says_why_in_italian(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    empty = tmp_path / "vuoto.txt"
    empty.write_text("  \n", encoding="utf-8")
    window.import_paths([empty])
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=10_000)
    wait_idle(qtbot, window)
    shown = _bar(window) + "\n" + "\n".join(window.message_bar.detail_lines())
    assert "vuoto.txt contiene solo spazi vuoti: non c'è testo da importare." in shown, shown
    assert "blank space" not in shown


def test_marking_marked_text_selects_its_claim_and_the_notice_goes_with_the_article(
    qtbot: QtBot, window: MainWindow, library: TrackingLibrary
) -> None:
    article = _article(qtbot, window, library.echo_article)
    claim = next(c for c in article.claims if c.id == library.echo_claim)
    window.reader.text.select_span(claim.start, claim.end)
    window.claim_actions.mark(ClaimKind.CLAIM)
    wait_idle(qtbot, window)
    text = _bar(window)
    assert text.startswith("Questo testo è già segnato"), text
    assert claim.id[:8] not in text  # no internal id
    selected = window.reader.text.selected_claim()
    assert selected is not None and selected.id == claim.id
    assert call(qtbot, window, lambda d: len(d.get_article(article.id).claims)) == len(
        article.claims
    )
    _article(qtbot, window, _stoltenberg(qtbot, window, library))
    assert not window.message_bar.isVisible()


def test_the_librarys_own_refusal_is_italian_without_an_id_and_goes_too(
    qtbot: QtBot, window: MainWindow, library: TrackingLibrary
) -> None:
    article = _article(qtbot, window, _stoltenberg(qtbot, window, library))
    # Marked behind the window's back: its copy of the article does not know the claim yet.
    sentence = article.sentences[-1]
    taken = call(
        qtbot,
        window,
        lambda d: d.mark_claim(article.id, sentence.start, sentence.end, ClaimKind.CLAIM).id,
    )
    window.reader.text.select_span(sentence.start, sentence.end)
    window.claim_actions.mark(ClaimKind.DENIAL)
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=5000)
    wait_idle(qtbot, window)
    text = _bar(window)
    assert text == (
        "Questo testo è già segnato: seleziona un altro testo, o modifica quell'affermazione."
    )
    assert taken[:8] not in text
    _article(qtbot, window, library.echo_article)
    assert not window.message_bar.isVisible()


def test_a_date_that_is_no_date_is_refused_in_italian(
    qtbot: QtBot, window: MainWindow, library: TrackingLibrary
) -> None:
    article = _article(qtbot, window, _stoltenberg(qtbot, window, library))
    dialog = ArticlePropertiesDialog(article, window)
    qtbot.addWidget(dialog)
    dialog.no_date.setChecked(False)
    dialog.published.setText("2023-13-45")
    problem = dialog.problem()
    assert problem is not None
    assert problem.startswith("'2023-13-45' non è una data"), problem


def test_similar_claims_give_their_reasons_in_italian(
    qtbot: QtBot, window: MainWindow, library: TrackingLibrary
) -> None:
    window.open_article(library.echo_article, claim_id=library.echo_claim)
    wait_idle(qtbot, window)
    panel = window.tracking.panel
    qtbot.waitUntil(lambda: panel.proposals.rowCount() > 0 and not panel.busy.isVisible())
    shown = panel.proposals.index(0, 0).data()
    assert "parole in comune:" in shown, shown
    assert "words shared" not in shown
    best = panel.proposals.item(0)
    assert best is not None and "words shared" in best.reason  # the core's own stays English
