"""Fixtures for the exporter tests: the sample articles and claims of report_samples."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.core.exporters import ReportInput
from claimdesk.core.model import (
    Anchor,
    ArticleView,
    ClaimKind,
    ClaimView,
    DateMention,
    Evidence,
    Link,
    LinkType,
    Status,
    Verdict,
)
from tests.unit.exporters.report_samples import (
    DENIAL_QUOTE,
    PLAIN_QUOTE,
    PLAIN_TEXT,
    SENTENCES,
    STOLTENBERG_QUOTE,
    TEXT,
    TRICKY_QUOTE,
    anchor_of,
    make_article,
    make_claim,
    sentence_spans,
)


@pytest.fixture
def seed_article() -> ArticleView:
    return make_article(
        "art-seed",
        "Stoltenberg: la NATO deve fermare il ciclo | Reuters",
        TEXT,
        sentence_spans(TEXT, SENTENCES),
    )


@pytest.fixture
def plain_article() -> ArticleView:
    return make_article(
        "art-plain",
        "La NATO rafforza il fianco orientale",
        PLAIN_TEXT,
        (),
        outlet="Agenzia Nova",
        url=None,
        published=None,
    )


@pytest.fixture
def stoltenberg_claim() -> ClaimView:
    return make_claim(
        "c-stolt",
        "art-seed",
        anchor_of(TEXT, STOLTENBERG_QUOTE),
        claimant="Jens Stoltenberg",
        cue="ha detto",
        claim_text="L'invasione del 2022 segue Georgia 2008 e Donbas/Crimea 2014",
        verdict=Verdict.MOSTLY_TRUE,
        explanation="Le date sono corrette.\nIl «modello» è un'interpretazione.",
        status=Status.REVIEWED,
        tags=("NATO", "Ucraina"),
        dates=(
            DateMention(0, 0, "nel 2008", "2008", "year"),
            DateMention(0, 0, "nel 2014", "2014", "year"),
        ),
        evidence=(
            Evidence(
                "ev-1",
                "https://example.org/georgia-2008",
                "Guerra in Georgia, 2008",
                "cronologia",
                dt.date(2023, 2, 23),
            ),
        ),
    )


@pytest.fixture
def russia_denial() -> ClaimView:
    return make_claim(
        "c-russia",
        "art-seed",
        anchor_of(TEXT, DENIAL_QUOTE),
        kind=ClaimKind.DENIAL,
        claimant="Russia",
        cue="Ha negato",
        verdict=Verdict.FALSE,
        explanation="Smentito da rapporti OSCE.\n\n# non è un titolo",
        status=Status.RESEARCHING,
        notes="# non è un titolo\n- nemmeno una lista\n| a | b |",
        tags=("Donbas", "separatisti"),
        dates=(DateMention(0, 0, "nel 2014", "2014", "year"),),
        evidence=(
            Evidence("ev-2", "Rapporto OSCE SMM, 2014, p. 12", "", "pagina 12"),
            Evidence("ev-3", "https://example.org/osce?a=1&b=2", "OSCE (sintesi)"),
        ),
        links=(Link(LinkType.DENIES, "c-stolt"), Link(LinkType.CONTRADICTS, "c-elsewhere")),
    )


@pytest.fixture
def tricky_claim() -> ClaimView:
    return make_claim(
        "c-tricky",
        "art-seed",
        anchor_of(TEXT, TRICKY_QUOTE),
        notes='=HYPERLINK("https://evil.example","clic")',
        tags=("-rischio", "@menzione"),
        claim_text="+39 numeri",
    )


@pytest.fixture
def plain_claim() -> ClaimView:
    return make_claim(
        "c-plain",
        "art-plain",
        anchor_of(PLAIN_TEXT, PLAIN_QUOTE),
        claimant="NATO | Alleanza",
        cue="ha detto",
        status=Status.PUBLISHED,
    )


@pytest.fixture
def orphan_claim() -> ClaimView:
    return make_claim(
        "c-orphan",
        "art-seed",
        Anchor(5, 20, "frase che non c'è più", "", ""),
        claimant="Jens Stoltenberg",
        orphaned=True,
    )


@pytest.fixture
def report(
    seed_article: ArticleView,
    plain_article: ArticleView,
    stoltenberg_claim: ClaimView,
    russia_denial: ClaimView,
    tricky_claim: ClaimView,
    plain_claim: ClaimView,
    orphan_claim: ClaimView,
) -> ReportInput:
    # Claims deliberately out of text order: the exporters must sort them.
    return ReportInput(
        title="Tutte le affermazioni",
        scope="All claims in the library",
        generated=dt.datetime(2023, 3, 1, 12, 0, tzinfo=dt.UTC),
        articles=(seed_article, plain_article),
        claims=(russia_denial, plain_claim, orphan_claim, stoltenberg_claim, tricky_claim),
    )


@pytest.fixture(autouse=True)
def in_utc(utc_clock: None) -> None:
    """Reports say when they were written in the machine's zone: these tests run in UTC."""
