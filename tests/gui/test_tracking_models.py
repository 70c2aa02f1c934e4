"""The tracking views' models on real desk data: qtmodeltester, thread order, contested pairs,
overview counts and the filter a click on a bar asks for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import LinkType
from claimdesk.gui.tracking.links_panel import read_claim_links
from claimdesk.gui.tracking.overview_view import OverviewView, filter_query
from claimdesk.gui.tracking.tracking_models import (
    ClaimantsTableModel,
    ClaimRefsModel,
    ContestedModel,
    CountsModel,
    LinksModel,
    MergeSuggestionsModel,
    ProposalsModel,
    TimelineModel,
)
from tests.gui.tracking_support import TrackingLibrary, fill_tracking_library


@pytest.fixture
def library(location: LibraryLocation) -> TrackingLibrary:
    """The demo library with the repeating article."""
    return fill_tracking_library(location)


def test_every_model_passes_the_model_tester(qtmodeltester, library: TrackingLibrary) -> None:  # type: ignore[no-untyped-def]
    with Desk.open(library.location) as desk:
        desk.tracking.link_claims(library.echo_claim, library.original_claim, LinkType.REPEATS)
        desk.tracking.link_claims(library.russia_denial, library.original_claim, LinkType.DENIES)
        links = read_claim_links(desk, library.echo_claim, library.echo_article)
        timeline = desk.tracking.timeline(library.echo_claim)
        contested = desk.tracking.contested()
        overview = desk.tracking.overview()
        claimants = desk.list_claimants()
        suggestions = desk.tracking.suggested_merges()
        activity = desk.tracking.claimant_activity("Russia")
    proposals = ProposalsModel()
    proposals.set_items(links.proposals)
    links_model = LinksModel()
    links_model.set_items(links.links)
    refs = ClaimRefsModel()
    refs.set_items(activity.claims)
    merges = MergeSuggestionsModel()
    merges.set_items(suggestions)
    thread = TimelineModel()
    thread.set_items(timeline.entries)
    counts = CountsModel("claimant")
    counts.set_counts(overview.by_claimant)
    registry = ClaimantsTableModel()
    registry.set_claimants(claimants)
    answered = ContestedModel()
    answered.set_contested(contested)
    models = (proposals, links_model, refs, merges, thread, counts, registry, answered)
    for model in models:
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model, force_py=True)


def test_the_thread_is_ordered_by_article_date(library: TrackingLibrary) -> None:
    with Desk.open(library.location) as desk:
        desk.tracking.link_claims(library.echo_claim, library.original_claim, LinkType.REPEATS)
        desk.tracking.link_claims(library.russia_denial, library.original_claim, LinkType.DENIES)
        timeline = desk.tracking.timeline(library.echo_claim)
    model = TimelineModel()
    model.set_items(timeline.entries)
    ids = [model.item(row).claim.id for row in range(model.rowCount())]  # type: ignore[union-attr]
    # The Stoltenberg article (22 Feb) holds the original and the denial; the echo is April's.
    assert ids[-1] == library.echo_claim
    assert set(ids[:2]) == {library.original_claim, library.russia_denial}
    roles = {model.item(r).claim.id: model.item(r).role for r in range(3)}  # type: ignore[union-attr]
    assert roles[library.echo_claim] == "repetition"
    assert roles[library.russia_denial] == "denial"
    text = model.data(model.index(2, 0))
    assert isinstance(text, str) and "3 Apr 2023" in text and "Cremlino" in text


def test_the_contested_model_pairs_claims_with_their_answers(library: TrackingLibrary) -> None:
    with Desk.open(library.location) as desk:
        desk.tracking.link_claims(library.russia_denial, library.original_claim, LinkType.DENIES)
        desk.tracking.link_claims(library.echo_claim, library.original_claim, LinkType.CONTRADICTS)
        rows = desk.tracking.contested()
    model = ContestedModel()
    model.set_contested(rows)
    pairs = model.pairs()
    assert [(p.claim.id, p.answer.claim.id) for p in pairs] == [
        (library.original_claim, library.russia_denial),
        (library.original_claim, library.echo_claim),
    ]
    assert [p.first for p in pairs] == [True, False]
    assert model.data(model.index(0, 1)) == "denied by"
    assert model.data(model.index(1, 1)) == "contradicted by"


def test_overview_counts_and_a_click_on_a_bar_filters(
    qtbot: QtBot, library: TrackingLibrary
) -> None:
    with Desk.open(library.location) as desk:
        overview = desk.tracking.overview()
        view = OverviewView()
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.set_overview(overview)
        view.show()
        qtbot.waitExposed(view)
        claimants = view.models["claimant"].counts()
        russia = claimants[0]
        assert (russia.label, russia.claims, russia.denials) == ("Russia", 2, 1)
        assert sum(c.total for c in view.models["month"].counts()) == overview.total == 16
        chart = view.charts["claimant"]
        bar = chart.bars()[0]
        with qtbot.waitSignal(view.filter_requested) as emitted:
            qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=bar.bar.center().toPoint())
        assert emitted.args == ['claimant:"Russia"']
        assert desk.search(emitted.args[0]).total == 3
        # The month histogram filters by the article's month.
        month = view.charts["month"]
        april = next(b for b in month.bars() if b.count.label == "2023-04")
        with qtbot.waitSignal(view.filter_requested) as emitted:
            qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=april.hit.center().toPoint())
        assert emitted.args == ["type:claim published:2023-04"]
        assert desk.search(emitted.args[0]).total == 1
        unrated = next(c for c in view.models["verdict"].counts() if c.label == "not rated")
        assert desk.search(filter_query("verdict", "not rated")).total == unrated.total
    assert chart.bar_at(QPoint(-5, -5).toPointF()) == -1
