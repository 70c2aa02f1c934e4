"""schema.org ClaimReview JSON-LD: our own verdicts, and the fact-checks others published.

Our rated claims follow schema.org's ClaimReview and Google's fact-check markup:
``claimReviewed``, ``reviewRating`` with ``alternateName`` the verdict in the report's language
("Quasi vero", "Mostly true"), ``name`` our verdict's code ("mostly true"), and a 1-6 scale
whose worst value is false: false 1, mostly false 2, misleading 3, half true 4, mostly true 5,
true 6 (``worstRating`` 1, ``bestRating`` 6). **Unverifiable** is not a degree of truth, so
it is written with its ``alternateName`` ("Unverifiable", "Non verificabile") and the scale
but without ``ratingValue``: no reader can take it as worse than false. ``itemReviewed`` is a
``Claim`` with its claimant as author and the article as appearance. Unrated claims are left
out: a ClaimReview without a rating says nothing.

Published fact-checks imported from other outlets are written back as they came: their
reviewer, review date, URL, claimants and rating (label, value and scale) as written.
``resources/schemas/claimreview.schema.json`` checks our own.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.verdict_names import DEFAULT_LANGUAGE, verdict_name
from claimdesk.core.model import ArticleView, ClaimantKind, ClaimView, Verdict
from claimdesk.core.model.published import PublishedAgent, PublishedReviewView
from claimdesk.core.model.results import ReportInput

DEFAULT_REVIEWER = "ClaimDesk user"
BEST_RATING = 6
WORST_RATING = 1
CONTEXT = "https://schema.org"
# Our verdicts on the exported scale; unverifiable has no place on it (no ratingValue).
RATING_VALUES: dict[Verdict, int] = {
    Verdict.FALSE: 1,
    Verdict.MOSTLY_FALSE: 2,
    Verdict.MISLEADING: 3,
    Verdict.HALF_TRUE: 4,
    Verdict.MOSTLY_TRUE: 5,
    Verdict.TRUE: 6,
}


def claim_uri(ident: str, noun: str = "claim") -> str:
    """A URI for a ClaimDesk id: ``urn:uuid:`` for our 32-hex ids, else a ``urn:claimdesk:``."""
    try:
        return uuid.UUID(hex=ident).urn
    except ValueError:
        return f"urn:claimdesk:{noun}:{ident}"


def report_language(report: ReportInput) -> str:
    """The language most of the report's claims' articles are written in."""
    languages = {a.id: a.language for a in report.articles}
    counted = Counter(languages.get(c.article_id) for c in report.claims)
    counted.pop(None, None)
    if not counted:
        return DEFAULT_LANGUAGE
    return counted.most_common(1)[0][0] or DEFAULT_LANGUAGE


def rating_of(verdict: Verdict, language: str | None, explanation: str = "") -> dict[str, Any]:
    """The schema.org Rating we write for one of our verdicts."""
    rating: dict[str, Any] = {"@type": "Rating"}
    if verdict in RATING_VALUES:
        rating["ratingValue"] = RATING_VALUES[verdict]
    rating["bestRating"] = BEST_RATING
    rating["worstRating"] = WORST_RATING
    rating["alternateName"] = verdict_name(verdict, language)
    rating["name"] = verdict.value
    if explanation:
        rating["ratingExplanation"] = explanation
    return rating


def claimreview_documents(
    report: ReportInput,
    *,
    reviewer: str = DEFAULT_REVIEWER,
    claimant_kinds: Mapping[str, ClaimantKind] | None = None,
    url_base: str | None = None,
    language: str | None = None,
) -> list[dict[str, Any]]:
    """One ClaimReview per rated claim of the report.

    ``reviewer`` is the organisation publishing the reviews (there is no library setting for
    it yet); ``claimant_kinds`` maps claimant names to their kind (Person or Organization);
    ``url_base``, when given, is the address of the review pages (claim id appended),
    otherwise each review's ``url`` is the claim's ``urn:uuid``; ``language`` is the one of
    the rating names (by default the report's, see :func:`report_language`).
    """
    articles = {a.id: a for a in report.articles}
    kinds = claimant_kinds or {}
    names = language or report_language(report)
    return [
        _review(claim, articles.get(claim.article_id), reviewer, kinds, url_base, names)
        for claim in report.claims
        if claim.verdict is not None
    ]


def _review(
    claim: ClaimView,
    article: ArticleView | None,
    reviewer: str,
    kinds: Mapping[str, ClaimantKind],
    url_base: str | None,
    language: str,
) -> dict[str, Any]:
    assert claim.verdict is not None
    url = f"{url_base.rstrip('/')}/{claim.id}" if url_base else claim_uri(claim.id)
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.claimant:
        item["author"] = {"@type": _agent_type(kinds.get(claim.claimant)), "name": claim.claimant}
    if article is not None:
        if article.published:
            item["datePublished"] = article.published.isoformat()
        appearance = _appearance(article)
        item["appearance"] = appearance
        item["firstAppearance"] = appearance
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": claim.id,
        "url": url,
        "claimReviewed": claim.claim_text or claim.quote,
        "author": {"@type": "Organization", "name": reviewer},
        "datePublished": claim.updated.date().isoformat(),
        "reviewRating": rating_of(claim.verdict, language, claim.explanation),
        "itemReviewed": item,
        "inLanguage": article.language if article is not None else language,
    }
    if claim.explanation:
        review["reviewBody"] = claim.explanation
    return review


def _agent_type(kind: ClaimantKind | None) -> str:
    # schema.org's Claim author is a Person or an Organization; a state acts as one.
    return "Person" if kind == ClaimantKind.PERSON else "Organization"


def _appearance(article: ArticleView) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        work["url"] = article.url
    if article.published:
        work["datePublished"] = article.published.isoformat()
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.authors:
        work["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    work["inLanguage"] = article.language
    return work


# Published fact-checks, written back ---------------------------------------------------------


def _agent(agent: PublishedAgent, fallback: str) -> dict[str, Any]:
    kind = agent.type if agent.type in ("Person", "Organization") else fallback
    node: dict[str, Any] = {"@type": kind, "name": agent.name}
    if agent.url:
        node["url"] = agent.url
    return node


def _plain(number: float) -> int | float:
    return int(number) if float(number).is_integer() else number


def published_rating(review: PublishedReviewView) -> dict[str, Any]:
    """A published review's rating as the outlet wrote it."""
    rating: dict[str, Any] = {"@type": "Rating"}
    if review.rating_value is not None:
        rating["ratingValue"] = _plain(review.rating_value)
    if review.best_rating is not None:
        rating["bestRating"] = _plain(review.best_rating)
    if review.worst_rating is not None:
        rating["worstRating"] = _plain(review.worst_rating)
    label = review.rating_label or (review.verdict.value if review.verdict else "")
    if label:
        rating["alternateName"] = label
    if review.rating_explanation:
        rating["ratingExplanation"] = review.rating_explanation
    return rating


def published_review_document(review: PublishedReviewView) -> dict[str, Any]:
    """One imported fact-check as ClaimReview, with its own reviewer, date, URL and rating."""
    item: dict[str, Any] = {"@type": "Claim"}
    if review.claimants:
        authors = [_agent(c, "Person") for c in review.claimants]
        item["author"] = authors[0] if len(authors) == 1 else authors
    if review.claim_date:
        item["datePublished"] = review.claim_date.isoformat()
    if review.appearances:
        item["appearance"] = [{"@type": "CreativeWork", "url": u} for u in review.appearances]
        item["firstAppearance"] = item["appearance"][0]
    document: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "claimReviewed": review.claim_reviewed,
        "author": _agent(review.reviewer, "Organization"),
        "reviewRating": published_rating(review),
        "itemReviewed": item,
    }
    if review.url:
        document["url"] = review.url
    if review.published:
        document["datePublished"] = review.published.isoformat()
    if review.language:
        document["inLanguage"] = review.language
    if review.title:
        document["headline"] = review.title
    if review.body:
        document["reviewBody"] = review.body
    return document


def render_claimreview(reviews: list[dict[str, Any]]) -> bytes:
    """The reviews as a JSON-LD array (each review carries its own ``@context``)."""
    return (json.dumps(reviews, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_claimreview(
    report: ReportInput,
    path: Path,
    *,
    reviewer: str = DEFAULT_REVIEWER,
    claimant_kinds: Mapping[str, ClaimantKind] | None = None,
    url_base: str | None = None,
    language: str | None = None,
) -> int:
    """Write the report's rated claims as ClaimReview JSON-LD; returns how many were written."""
    reviews = claimreview_documents(
        report,
        reviewer=reviewer,
        claimant_kinds=claimant_kinds,
        url_base=url_base,
        language=language,
    )
    write_atomically(Path(path), render_claimreview(reviews))
    return len(reviews)


def export_published_reviews(reviews: Sequence[PublishedReviewView], path: Path) -> int:
    """Write imported fact-checks back as ClaimReview JSON-LD; returns how many."""
    documents = [published_review_document(r) for r in reviews]
    write_atomically(Path(path), render_claimreview(documents))
    return len(documents)
