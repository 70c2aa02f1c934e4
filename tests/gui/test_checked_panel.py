"""The "Checked before" panel: for the selected claim, the fact-checks other outlets already
published (the demo's archive), with outlet, rating as written, date and link."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from claimdesk.core.demo import fill_demo
from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ArticleMeta, ClaimFilter, ClaimKind, ImportOutcome
from claimdesk.gui.imports.import_controller import ImportSummary
from claimdesk.gui.tracking.checked_panel import URL_ROLE
from tests.gui.conftest import call, open_window, wait_idle
from tests.unit.interchange.test_claimreview_shapes import FIXTURES

SCREENSHOT = Path("/tmp/claimdesk-checked-before.png")


def test_selecting_a_demo_claim_lists_its_published_fact_check(
    qtbot: QtBot, location: LibraryLocation
) -> None:
    with Desk.open(location) as desk:
        fill_demo(desk)
        ships = next(
            c
            for c in desk.list_claims(ClaimFilter(claimant="Carla Menegazzi"))
            if "quaranta navi" in c.quote
        )
        unmatched = next(c for c in desk.list_claims(ClaimFilter(claimant="Jens Stoltenberg")))
    window = open_window(qtbot, location)
    panel, tabs = window.checked.panel, window.side_tabs
    assert panel.list.count() == 0 and "Select a claim" in panel.status.text()
    assert tabs.currentWidget() is window.tracking.panel  # similar claims in front
    window.open_article(ships.article_id, claim_id=ships.id)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10_000)
    assert tabs.tabText(tabs.indexOf(panel)) == "Checked before (1)"
    tabs.setCurrentWidget(panel)
    text = panel.list.item(0).text()
    assert "Verifica Adriatica" in text and "C'eri quasi" in text and "2023-03-10" in text
    assert panel.list.item(0).data(URL_ROLE) == (
        "https://verifica-adriatica.example.it/2023/03/navi-grano-mar-nero"
    )
    assert panel.isVisible() and panel.list.height() > 20
    wait_idle(qtbot, window)
    window.grab().save(str(SCREENSHOT))
    window.open_article(unmatched.article_id, claim_id=unmatched.id)
    qtbot.waitUntil(lambda: "No published fact-check" in panel.status.text(), timeout=10_000)
    assert panel.list.count() == 0 and tabs.tabText(tabs.indexOf(panel)) == "Checked before"
    # Ctrl+L (similar claims) brings the similar claims back in front.
    window.tracking.actions.similar.trigger()
    assert tabs.currentWidget() is window.tracking.panel


def test_the_import_message_counts_fact_check_files_merged() -> None:
    merged = ImportOutcome(
        path="/archive/page.html",
        status="merged",
        title="2 published fact-checks added, 0 updated, 0 unchanged",
    )
    one = ImportSummary(outcomes=(merged,), found=1)
    assert one.message() == "page.html: 2 published fact-checks added, 0 updated, 0 unchanged."
    article = ImportOutcome(path="/archive/a.txt", status="imported", id="a" * 32, title="A")
    both = ImportSummary(outcomes=(merged, article), found=2)
    assert both.message() == "2 files: 1 imported, 1 merged (interchange, fact-checks)."


def test_an_archive_imported_while_a_claim_is_shown_is_looked_at(
    qtbot: QtBot, location: LibraryLocation
) -> None:
    text = "Il sindaco: il video mostra il blackout di ieri sera a Milano, dicono su Telegram."
    with Desk.open(location) as desk:
        article = desk.import_text(text, ArticleMeta(title="Blackout", language="it")).id
        assert article is not None
        quote = "il video mostra il blackout di ieri sera a Milano"
        start, end = desk.find_quote(article, quote)
        claim = desk.mark_claim(article, start, end, ClaimKind.CLAIM)
    window = open_window(qtbot, location)
    panel = window.checked.panel
    window.open_article(article, claim_id=claim.id)
    qtbot.waitUntil(lambda: "No published fact-check" in panel.status.text(), timeout=10_000)
    page = FIXTURES / "page-jsonld.html"
    outcome = call(qtbot, window, lambda desk: desk.import_file(page))
    assert outcome.status == "merged"
    window.state.refresh_library()
    qtbot.waitUntil(lambda: panel.list.count() >= 1, timeout=10_000)
    assert "Fuori contesto" in panel.list.item(0).text()
