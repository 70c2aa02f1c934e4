"""Our ClaimReview JSON Schema against hand-made good and bad reviews."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from claimdesk.core.interchange.schemas import schema_errors

SCHEMA = "claimreview.schema.json"

GOOD: dict[str, Any] = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://factcheck.example.org/2023/nato-pattern",
    "claimReviewed": "The invasion is part of a pattern that includes Georgia in 2008.",
    "datePublished": "2023-02-24",
    "author": {"@type": "Organization", "name": "Example Fact Check"},
    "reviewRating": {
        "@type": "Rating",
        "ratingValue": 6,
        "bestRating": 7,
        "worstRating": 1,
        "alternateName": "Mostly true",
    },
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Jens Stoltenberg"},
        "datePublished": "2023-02-22",
        "appearance": {"@type": "CreativeWork", "url": "https://www.reuters.com/x"},
        "firstAppearance": {"@type": "CreativeWork", "url": "https://www.reuters.com/x"},
    },
}


def _without(path: str) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    node = data
    for part in parents:
        node = node[part]
    del node[last]
    return data


def _with(path: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    node = data
    for part in parents:
        node = node[part]
    node[last] = value
    return data


def test_a_complete_review_is_valid() -> None:
    assert schema_errors(GOOD, SCHEMA) == []


@pytest.mark.parametrize(
    "good",
    [
        _without("itemReviewed.author"),  # a claim whose author is unknown
        _without("itemReviewed.appearance"),  # firstAppearance alone is enough
        _with("itemReviewed.appearance", "https://www.reuters.com/x"),  # a plain URL
        _with("itemReviewed.appearance", [{"@type": "NewsArticle", "headline": "NATO"}]),
        _with("@context", {"@vocab": "https://schema.org/"}),
        _with("datePublished", "2023-02-24T10:00:00+01:00"),
        _with("itemReviewed.author", {"@type": "Organization", "name": "Kremlin"}),
    ],
)
def test_documented_variants_are_valid(good: dict[str, Any]) -> None:
    assert schema_errors(good, SCHEMA) == []


@pytest.mark.parametrize(
    ("bad", "where"),
    [
        (_without("claimReviewed"), "$"),
        (_with("claimReviewed", "   "), "$.claimReviewed"),
        (_without("url"), "$"),
        (_with("url", "not a url"), "$.url"),
        (_without("author"), "$"),
        (_with("author", {"@type": "Organization"}), "$.author"),
        (_without("datePublished"), "$"),
        (_with("datePublished", "24/02/2023"), "$.datePublished"),
        (_without("reviewRating"), "$"),
        (_without("reviewRating.alternateName"), "$.reviewRating"),
        (_without("reviewRating.ratingValue"), "$.reviewRating"),
        (_without("reviewRating.bestRating"), "$.reviewRating"),
        (_without("reviewRating.worstRating"), "$.reviewRating"),
        (_with("reviewRating.ratingValue", "six"), "$.reviewRating.ratingValue"),
        (_with("@type", "Review"), "$.@type"),
        (_without("@context"), "$"),
        (_without("itemReviewed"), "$"),
        (_with("itemReviewed.@type", "CreativeWork"), "$.itemReviewed.@type"),
        (_with("itemReviewed.author", {"@type": "Thing", "name": "x"}), "$.itemReviewed"),
        (
            _without("itemReviewed.appearance") | {"itemReviewed": {"@type": "Claim"}},
            "$.itemReviewed",
        ),
    ],
)
def test_broken_reviews_are_invalid(bad: dict[str, Any], where: str) -> None:
    errors = schema_errors(bad, SCHEMA)
    assert errors
    assert any(e.startswith(where) for e in errors), errors
