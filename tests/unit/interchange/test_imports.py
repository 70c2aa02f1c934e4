"""Importing ClaimReview from other fact-checkers and W3C annotations into a real library."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters.webannotation import export_webannotation
from claimdesk.core.interchange.claimreview_import import verdict_from_label, verdict_from_rating
from claimdesk.core.interchange.json_import import import_json_file
from claimdesk.core.library import folder_location
from claimdesk.core.model import ArticleMeta, ClaimKind, Verdict
from claimdesk.core.model.results import MergeSummary
from tests.unit.interchange.library_samples import SEED_CLAIM, SEED_URL, fill, report_of

FOREIGN: list[dict[str, Any]] = [
    {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://factcheck.example.org/2023/ukraine-biolabs",
        "claimReviewed": "The United States runs secret biological weapons labs in Ukraine.",
        "author": {"@type": "Organization", "name": "Example Fact Check"},
        "datePublished": "2023-03-10",
        "inLanguage": "en",
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 1,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "Pants on Fire!",
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "GovernmentOrganization", "name": "Russian Ministry of Defence"},
            "firstAppearance": {"@type": "CreativeWork", "url": "https://example.com/briefing"},
        },
    },
    {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://pagella.example.it/2023/gas",
        "claimReviewed": "I prezzi del gas resteranno alti fino al prossimo inverno.",
        "author": {"@type": "Organization", "name": "Pagella Esempio"},
        "datePublished": "2023-03-05T09:00:00+01:00",
        "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1},
    },
]


def _import(desk: Desk, path: Path) -> MergeSummary:
    with desk._store.sessions() as session, session.begin():
        summary = import_json_file(session, path)
    desk.reindex()
    return summary


@pytest.mark.parametrize(
    ("label", "verdict"),
    [
        ("False", Verdict.FALSE),
        ("Pants on Fire!", Verdict.FALSE),
        ("Mostly False", Verdict.MOSTLY_FALSE),
        ("HALF TRUE", Verdict.HALF_TRUE),
        ("Fuorviante", Verdict.MISLEADING),
        ("Missing context", Verdict.MISLEADING),
        ("Unproven", Verdict.UNVERIFIABLE),
        ("mostly true", Verdict.MOSTLY_TRUE),
        ("Vero", Verdict.TRUE),
        ("Four Pinocchios", Verdict.FALSE),
        ("Satire", None),
    ],
)
def test_published_ratings_map_onto_our_scale(label: str, verdict: Verdict | None) -> None:
    assert verdict_from_label(label) == verdict


def test_a_numeric_rating_is_placed_between_worst_and_best() -> None:
    assert verdict_from_rating({"ratingValue": 5, "bestRating": 5, "worstRating": 1}) == (
        Verdict.TRUE
    )
    assert verdict_from_rating({"ratingValue": 1, "bestRating": 5, "worstRating": 1}) == (
        Verdict.FALSE
    )
    assert verdict_from_rating({"ratingValue": "3", "bestRating": 5, "worstRating": 1}) in (
        Verdict.MISLEADING,
        Verdict.HALF_TRUE,
    )
    assert verdict_from_rating({"ratingValue": 9, "bestRating": 5, "worstRating": 1}) is None
    # Our own export reads back to the verdict it was made from.
    for verdict in Verdict:
        rating = {"ratingValue": verdict.rating_value, "bestRating": 7, "worstRating": 1}
        assert verdict_from_rating(dict(rating, alternateName=verdict.value)) == verdict


def test_claimreviews_become_published_reviews_apart_from_the_claims(
    desk: Desk, tmp_path: Path
) -> None:
    path = tmp_path / "reviews.jsonld"
    path.write_text(json.dumps({"@graph": FOREIGN}), encoding="utf-8")
    summary = _import(desk, path)
    assert (summary.added, summary.skipped) == (2, 0)
    assert desk.list_claims() == [] and desk.list_articles() == []
    reviews = {r.url: r for r in desk.published.list_published_reviews()}
    biolabs = reviews["https://factcheck.example.org/2023/ukraine-biolabs"]
    assert biolabs.verdict == Verdict.FALSE and biolabs.rating_label == "Pants on Fire!"
    assert [c.name for c in biolabs.claimants] == ["Russian Ministry of Defence"]
    assert biolabs.claimants[0].type == "GovernmentOrganization"
    assert biolabs.reviewer.name == "Example Fact Check"
    assert biolabs.appearances == ("https://example.com/briefing",)
    gas = reviews["https://pagella.example.it/2023/gas"]
    assert gas.verdict == Verdict.MOSTLY_TRUE  # 4 of 1..5, no alternateName
    assert gas.published is not None and gas.published.isoformat() == "2023-03-05"
    again = _import(desk, path)
    assert (again.added, again.unchanged) == (0, 2)
    FOREIGN[0]["reviewRating"]["alternateName"] = "Mostly false"
    try:
        path.write_text(json.dumps(FOREIGN), encoding="utf-8")
        changed = _import(desk, path)
    finally:
        FOREIGN[0]["reviewRating"]["alternateName"] = "Pants on Fire!"
    assert changed.updated == 1
    reviews = {r.url: r for r in desk.published.list_published_reviews()}
    assert reviews["https://factcheck.example.org/2023/ukraine-biolabs"].verdict == (
        Verdict.MOSTLY_FALSE
    )


def test_our_annotations_import_into_a_library_holding_the_article(
    desk: Desk, seed_path: Path, tmp_path: Path
) -> None:
    sample = fill(desk, seed_path)
    out = tmp_path / "claims.jsonld"
    export_webannotation(report_of(desk), out)
    with Desk.open(folder_location(tmp_path / "other")) as other:
        seed = other.import_file(seed_path, ArticleMeta(url=SEED_URL + "#top")).id
        summary = _import(other, out)
        # The gas article is not in this library: its annotation is skipped, not guessed.
        assert (summary.added, summary.skipped) == (2, 1)
        claims = {c.id: c for c in other.list_claims()}
        claim = claims[sample.claim]
        assert claim.article_id == seed and claim.quote == SEED_CLAIM
        assert claim.claimant == "Jens Stoltenberg" and claim.verdict == Verdict.MOSTLY_TRUE
        assert claim.tags == ("nato", "russia")
        assert claim.explanation.startswith("Georgia 2008")
        assert claims[sample.denial].kind == ClaimKind.DENIAL
        assert _import(other, out).added == 0


def test_a_foreign_annotation_is_placed_by_its_quote(
    desk: Desk, seed_path: Path, tmp_path: Path
) -> None:
    seed = desk.import_file(seed_path, ArticleMeta(url=SEED_URL)).id
    assert seed is not None
    text = desk.get_article(seed).text
    start = text.index(SEED_CLAIM)
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://hypothes.is/a/abc123",
        "type": "Annotation",
        "motivation": "commenting",
        "body": {"type": "TextualBody", "value": "Needs a source for 2008."},
        "target": {
            "source": "http://www.reuters.com/world/europe/stoltenberg-nato-2023-02-22",
            "selector": [
                {"type": "TextPositionSelector", "start": start + 5, "end": start + 20},
                {
                    "type": "TextQuoteSelector",
                    "exact": SEED_CLAIM,
                    "prefix": text[start - 10 : start],
                },
            ],
        },
    }
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps([annotation]), encoding="utf-8")
    summary = _import(desk, path)
    assert summary.added == 1
    (claim,) = desk.list_claims()
    assert (claim.start, claim.end, claim.quote) == (start, start + len(SEED_CLAIM), SEED_CLAIM)
    assert claim.notes == "Needs a source for 2008." and claim.kind == ClaimKind.CLAIM


def test_json_that_is_none_of_the_formats_is_refused(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"hello": "world"}', encoding="utf-8")
    with pytest.raises(InputRefused, match="no ClaimDesk library, ClaimReview"):
        _import(desk, path)
    path.write_text('{"format": "claimdesk-library", "version": 1', encoding="utf-8")
    with pytest.raises(InputRefused, match="not valid JSON"):
        _import(desk, path)
    assert desk.stats().articles == 0
