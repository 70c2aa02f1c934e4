"""schema.org ClaimReview JSON-LD: one review per rated claim, as fact-checkers publish them.

Follows schema.org's ClaimReview and Google's fact-check markup: ``claimReviewed``,
``reviewRating`` (1-7 scale of DOMAIN.md, the verdict as ``alternateName``), ``itemReviewed``
as a ``Claim`` with its claimant as author and the article as appearance, and the review's
``url``, ``author`` and ``datePublished``. Unrated claims are left out: a ClaimReview without
a rating says nothing. ``claimdesk/resources/schemas/claimreview.schema.json`` checks the result.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.report import ReportInput
from claimdesk.core.model import ArticleView, ClaimantKind, ClaimView

DEFAULT_REVIEWER = "ClaimDesk user"
BEST_RATING = 7
WORST_RATING = 1
CONTEXT = "https://schema.org"


def claim_uri(ident: str, noun: str = "claim") -> str:
    """A URI for a ClaimDesk id: ``urn:uuid:`` for our 32-hex ids, else a ``urn:claimdesk:``."""
    try:
        return uuid.UUID(hex=ident).urn
    except ValueError:
        return f"urn:claimdesk:{noun}:{ident}"


def claimreview_documents(
    report: ReportInput,
    *,
    reviewer: str = DEFAULT_REVIEWER,
    claimant_kinds: Mapping[str, ClaimantKind] | None = None,
    url_base: str | None = None,
) -> list[dict[str, Any]]:
    """One ClaimReview per rated claim of the report.

    ``reviewer`` is the organisation publishing the reviews (there is no library setting for
    it yet); ``claimant_kinds`` maps claimant names to their kind (Person or Organization);
    ``url_base``, when given, is the address of the review pages (claim id appended),
    otherwise each review's ``url`` is the claim's ``urn:uuid``.
    """
    articles = {a.id: a for a in report.articles}
    kinds = claimant_kinds or {}
    return [
        _review(claim, articles.get(claim.article_id), reviewer, kinds, url_base)
        for claim in report.claims
        if claim.verdict is not None
    ]


def _review(
    claim: ClaimView,
    article: ArticleView | None,
    reviewer: str,
    kinds: Mapping[str, ClaimantKind],
    url_base: str | None,
) -> dict[str, Any]:
    assert claim.verdict is not None
    url = f"{url_base.rstrip('/')}/{claim.id}" if url_base else claim_uri(claim.id)
    rating: dict[str, Any] = {
        "@type": "Rating",
        "ratingValue": claim.verdict.rating_value,
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": claim.verdict.value,
    }
    if claim.explanation:
        rating["ratingExplanation"] = claim.explanation
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
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if claim.explanation:
        review["reviewBody"] = claim.explanation
    if article is not None:
        review["inLanguage"] = article.language
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
) -> int:
    """Write the report's rated claims as ClaimReview JSON-LD; returns how many were written."""
    reviews = claimreview_documents(
        report, reviewer=reviewer, claimant_kinds=claimant_kinds, url_base=url_base
    )
    write_atomically(Path(path), render_claimreview(reviews))
    return len(reviews)
