"""The results list pages: 200 hits at first, more as it scrolls, over ~2,000 claims."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from pytestqt.qtbot import QtBot

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation, folder_location
from claimdesk.core.model import ArticleMeta, ClaimKind
from claimdesk.gui.search.search_model import HIT_ROLE, PAGE_SIZE
from claimdesk.gui.shell.main_window import MainWindow
from tests.gui.conftest import open_window, wait_idle
from tests.gui.demo_fixtures import search_settled

CLAIMS = 2_000


def big_library(tmp_path: Path) -> LibraryLocation:
    """One article of 2,000 sentences, each marked as a claim, merged in as one JSON file
    (marking them one by one would take minutes)."""
    text = "\n".join(
        f"Report {i} says the ministry delayed the grain shipment number {i}."
        for i in range(CLAIMS)
    )
    template = folder_location(tmp_path / "template")
    with Desk.open(template) as desk:
        article_id = desk.import_text(text, ArticleMeta(title="Grain ledger", language="en")).id
        assert article_id is not None
        article = desk.get_article(article_id)
        first = article.sentences[0]
        desk.mark_claim(article_id, first.start, first.end, ClaimKind.CLAIM, claimant="Ministry")
        desk.interchange.export_interchange("json", tmp_path / "one.json")
    document = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    model = document["claims"][0]
    document["claims"] = [
        dict(
            model,
            id=uuid.uuid4().hex,
            start=s.start,
            end=s.end,
            quote=text[s.start : s.end],
            claim_text=text[s.start : s.end],
            prefix=text[max(0, s.start - 32) : s.start],
            suffix=text[s.end : s.end + 32],
        )
        for s in article.sentences[1:CLAIMS]
    ]
    (tmp_path / "many.json").write_text(json.dumps(document), encoding="utf-8")
    location = folder_location(tmp_path / "library")
    with Desk.open(location) as desk:
        desk.interchange.import_interchange(tmp_path / "one.json")
        desk.interchange.import_interchange(tmp_path / "many.json")
    return location


def test_the_list_fetches_more_hits_as_it_scrolls(qtbot: QtBot, tmp_path: Path) -> None:
    window: MainWindow = open_window(qtbot, big_library(tmp_path))
    search_settled(qtbot, window, "grain")
    panel = window.search_results
    model = panel.model
    assert model.total == CLAIMS + 1  # every claim and the article
    assert model.rowCount() == PAGE_SIZE
    assert panel.summary.text() == f"{CLAIMS + 1:,} results"

    panel.list.scrollToBottom()  # the view asks the model for more at the end
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE, timeout=10_000)
    wait_idle(qtbot, window)
    assert model.rowCount() == 2 * PAGE_SIZE

    while model.canFetchMore(model.index(-1, 0).parent()):
        model.fetchMore(model.index(-1, 0).parent())
        wait_idle(qtbot, window)
    assert model.rowCount() == CLAIMS + 1
    ids = [model.index(row, 0).data(HIT_ROLE).id for row in range(model.rowCount())]
    assert len(set(ids)) == len(ids)  # pages follow on, no hit twice

    # A new query drops the pages of the old one.
    search_settled(qtbot, window, "shipment 1999")
    assert model.rowCount() <= PAGE_SIZE
