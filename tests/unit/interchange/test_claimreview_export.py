"""ClaimReview written out: our verdicts in the report's language on a scale whose worst value
is false, and published fact-checks written back as they came (a round trip keeps them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.core.desk import Desk
from claimdesk.core.exporters.claimreview import (
    RATING_VALUES,
    WORST_RATING,
    export_claimreview,
    rating_of,
)
from claimdesk.core.exporters.verdict_names import LANGUAGES, verdict_name
from claimdesk.core.interchange.claimreview_read import read_reviews
from claimdesk.core.interchange.schemas import schema_errors
from claimdesk.core.interchange.verdict_labels import verdict_from_label, verdict_from_rating
from claimdesk.core.library import folder_location
from claimdesk.core.model import ArticleMeta, ClaimKind, Verdict
from claimdesk.core.model.published import PublishedReviewView
from tests.unit.interchange.library_samples import report_of
from tests.unit.interchange.test_claimreview_shapes import FIXTURES, SHAPES


@pytest.mark.parametrize("language", LANGUAGES)
def test_our_verdict_names_read_back_to_the_same_verdict(language: str) -> None:
    for verdict in Verdict:
        name = verdict_name(verdict, language)
        assert verdict_from_label(name) == verdict, (language, name)
        assert verdict_from_rating(rating_of(verdict, language)) == verdict


def test_the_worst_value_is_false_and_unverifiable_has_no_value() -> None:
    assert min(RATING_VALUES, key=RATING_VALUES.__getitem__) == Verdict.FALSE
    assert RATING_VALUES[Verdict.FALSE] == WORST_RATING
    unverifiable = rating_of(Verdict.UNVERIFIABLE, "it")
    assert "ratingValue" not in unverifiable
    assert unverifiable["alternateName"] == "Non verificabile"
    assert unverifiable["name"] == "unverifiable"


def test_an_italian_report_writes_italian_rating_names_and_valid_reviews(
    desk: Desk, tmp_path: Path
) -> None:
    text = "Il ministro ha detto che le bollette sono scese della metà da gennaio."
    article = desk.import_text(text, ArticleMeta(title="Bollette", language="it")).id
    assert article is not None
    start = text.index("le bollette")
    desk.mark_claim(article, start, len(text) - 1, ClaimKind.CLAIM, verdict=Verdict.UNVERIFIABLE)
    desk.mark_claim(article, 0, 11, ClaimKind.CLAIM, verdict=Verdict.MOSTLY_FALSE)
    out = tmp_path / "reviews.jsonld"
    assert export_claimreview(report_of(desk), out) == 2
    reviews = json.loads(out.read_text(encoding="utf-8"))
    names = sorted(r["reviewRating"]["alternateName"] for r in reviews)
    assert names == ["Non verificabile", "Quasi falso"]
    for review in reviews:
        assert schema_errors(review, "claimreview.schema.json") == []
    unverifiable = next(r for r in reviews if r["reviewRating"]["name"] == "unverifiable")
    assert "ratingValue" not in unverifiable["reviewRating"]
    unverifiable["reviewRating"]["ratingValue"] = 1  # would read as false: the schema refuses
    assert schema_errors(unverifiable, "claimreview.schema.json") != []


def _kept(review: PublishedReviewView) -> tuple[object, ...]:
    return (
        review.claim_reviewed,
        review.reviewer,
        review.published,
        review.url,
        review.rating_label,
        review.rating_value,
        review.best_rating,
        review.worst_rating,
        review.verdict,
        review.claimants,
        review.claim_date,
        review.appearances,
        review.language,
    )


def test_published_reviews_make_the_round_trip_whole(desk: Desk, tmp_path: Path) -> None:
    for name in SHAPES:
        if name.endswith(".html"):
            assert desk.import_file(FIXTURES / name).status == "merged"
        else:
            desk.interchange.import_interchange(FIXTURES / name)
    before = desk.published.list_published_reviews()
    assert len(before) == sum(SHAPES.values())
    out = tmp_path / "published.jsonld"
    assert desk.interchange.export_interchange("claimreview", out, published=True) == len(before)
    documents = json.loads(out.read_text(encoding="utf-8"))
    read, empty = read_reviews(documents)
    assert (len(read), empty) == (len(before), 0)
    with Desk.open(folder_location(tmp_path / "other")) as other:
        summary = other.interchange.import_interchange(out)
        assert summary.added == len(before)
        after = other.published.list_published_reviews()
    assert sorted(map(_kept, after), key=repr) == sorted(map(_kept, before), key=repr)
    # The reviewer, date and URL are the outlet's, never ours.
    assert not any(d["author"]["name"] == "ClaimDesk user" for d in documents)
    assert not any(d["url"].startswith("urn:") for d in documents)


def test_the_library_json_carries_the_published_reviews_to_another_library(
    desk: Desk, tmp_path: Path
) -> None:
    desk.interchange.import_interchange(FIXTURES / "graph.jsonld")
    out = tmp_path / "library.json"
    desk.interchange.export_interchange("json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["published_reviews"]) == 2
    with Desk.open(folder_location(tmp_path / "other")) as other:
        summary = other.interchange.import_interchange(out)
        assert any("2 published fact-checks added" in note for note in summary.notes)
        assert sorted(map(_kept, other.published.list_published_reviews()), key=repr) == sorted(
            map(_kept, desk.published.list_published_reviews()), key=repr
        )
