"""ClaimReview JSON-LD from other fact-checkers, kept as reference claims.

Each review becomes an article (``source_format`` "claimreview", text = ``claimReviewed``,
outlet = the reviewer, URL = the review) holding one claim over its whole text, with the
verdict mapped to our scale, the review as evidence and the tag "reference". Searching and
matching then find them like any other claim. The same review (same URL) imported again is
left unchanged, or updated when its rating changed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from claimdesk.core.importers import normalise_text
from claimdesk.core.importers.detect import detect_language, shorten
from claimdesk.core.interchange.summary import MergeSummary
from claimdesk.core.model import ArticleDraft, ClaimantKind, ClaimKind, Status, Verdict
from claimdesk.core.services.articles import add_article, find_duplicate
from claimdesk.core.services.claimants import claimant_for
from claimdesk.core.services.history import record
from claimdesk.core.services.tags import tags_named
from claimdesk.core.services.views import claim_load_options, claim_snapshot, claim_view
from claimdesk.core.storage.orm import Article, Claim, EvidenceItem

SOURCE_FORMAT = "claimreview"
REFERENCE_TAG = "reference"

# Ratings fact-checkers publish, folded (see _fold), mapped to our scale. Checked whole first,
# then as a substring in this order, so "mostly false" wins over "false".
_LABELS: tuple[tuple[str, Verdict], ...] = (
    ("pants on fire", Verdict.FALSE),
    ("mostly true", Verdict.MOSTLY_TRUE),
    ("mostly correct", Verdict.MOSTLY_TRUE),
    ("mostly accurate", Verdict.MOSTLY_TRUE),
    ("largely true", Verdict.MOSTLY_TRUE),
    ("quasi vero", Verdict.MOSTLY_TRUE),
    ("c eri quasi", Verdict.MOSTLY_TRUE),
    ("mostly false", Verdict.MOSTLY_FALSE),
    ("largely false", Verdict.MOSTLY_FALSE),
    ("partly false", Verdict.MOSTLY_FALSE),
    ("partially false", Verdict.MOSTLY_FALSE),
    ("quasi falso", Verdict.MOSTLY_FALSE),
    ("half true", Verdict.HALF_TRUE),
    ("half false", Verdict.HALF_TRUE),
    ("mixture", Verdict.HALF_TRUE),
    ("mixed", Verdict.HALF_TRUE),
    ("partly true", Verdict.HALF_TRUE),
    ("misleading", Verdict.MISLEADING),
    ("missing context", Verdict.MISLEADING),
    ("out of context", Verdict.MISLEADING),
    ("fuorviante", Verdict.MISLEADING),
    ("decontestualizzato", Verdict.MISLEADING),
    ("unverifiable", Verdict.UNVERIFIABLE),
    ("unverified", Verdict.UNVERIFIABLE),
    ("unproven", Verdict.UNVERIFIABLE),
    ("unsupported", Verdict.UNVERIFIABLE),
    ("non verificabile", Verdict.UNVERIFIABLE),
    ("incorrect", Verdict.FALSE),
    ("inaccurate", Verdict.FALSE),
    ("false", Verdict.FALSE),
    ("fake", Verdict.FALSE),
    ("wrong", Verdict.FALSE),
    ("falso", Verdict.FALSE),
    ("falsa", Verdict.FALSE),
    ("bufala", Verdict.FALSE),
    ("true", Verdict.TRUE),
    ("correct", Verdict.TRUE),
    ("accurate", Verdict.TRUE),
    ("vero", Verdict.TRUE),
    ("vera", Verdict.TRUE),
)
# ratingValue normalised to 0..1 between worstRating and bestRating, onto false..true; our 1
# (unverifiable) is not "worse than false", so it is never reached by a number.
_BY_FRACTION = (
    Verdict.FALSE,
    Verdict.MOSTLY_FALSE,
    Verdict.MISLEADING,
    Verdict.HALF_TRUE,
    Verdict.MOSTLY_TRUE,
    Verdict.TRUE,
)
_AGENT_KINDS = {
    "Person": ClaimantKind.PERSON,
    "GovernmentOrganization": ClaimantKind.STATE,
    "Country": ClaimantKind.STATE,
}


def _fold(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", bare).split())


def verdict_from_label(label: str) -> Verdict | None:
    """Our verdict for a published rating name ("False", "Pants on Fire!", "Fuorviante")."""
    folded = _fold(label)
    if not folded:
        return None
    for name, verdict in _LABELS:
        if folded == name:
            return verdict
    for name, verdict in _LABELS:
        if re.search(rf"\b{re.escape(name)}\b", folded):
            return verdict
    return None


def verdict_from_rating(rating: dict[str, Any]) -> Verdict | None:
    """The verdict of a schema.org Rating: its ``alternateName`` when it names one on our
    scale, else ``ratingValue`` placed between ``worstRating`` and ``bestRating``."""
    label = rating.get("alternateName") or rating.get("name")
    if isinstance(label, str):
        found = verdict_from_label(label)
        if found is not None:
            return found
    try:
        value = float(rating["ratingValue"])
        best = float(rating.get("bestRating", 5))
        worst = float(rating.get("worstRating", 1))
    except (KeyError, TypeError, ValueError):
        return None
    if best == worst:
        return None
    fraction = (value - worst) / (best - worst)
    if not 0 <= fraction <= 1:
        return None
    return _BY_FRACTION[round(fraction * (len(_BY_FRACTION) - 1))]


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type", node.get("type"))
    names = raw if isinstance(raw, list) else [raw]
    return {n.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for n in names if isinstance(n, str)}


def claimreviews_in(data: Any) -> list[dict[str, Any]]:
    """Every ClaimReview object in a JSON-LD document (object, array or ``@graph``)."""
    return list(_walk(data, 0))


def _walk(node: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
    elif isinstance(node, dict):
        if "ClaimReview" in _types(node):
            yield node
            return
        for key in ("@graph", "mainEntity", "review"):
            if key in node:
                yield from _walk(node[key], depth + 1)


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(value: Any) -> str:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    return " ".join(value.split()) if isinstance(value, str) else ""


def _date(value: Any) -> dt.date | None:
    value = _first(value)
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _url(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id")
    if isinstance(value, str) and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value.strip()):
        return value.strip()
    return None


def import_claimreviews(session: Session, data: Any, what: str = "The file") -> MergeSummary:
    """Add every ClaimReview in ``data`` as a reference claim; flushes only."""
    summary = MergeSummary()
    for review in claimreviews_in(data):
        _import_review(session, review, summary)
    session.flush()
    if not summary.added and not summary.updated and not summary.unchanged:
        summary.notes.append(f"{what} holds no ClaimReview with a claimReviewed text.")
    return summary


def _import_review(session: Session, review: dict[str, Any], summary: MergeSummary) -> None:
    text = normalise_text(_text(review.get("claimReviewed")))
    if not text:
        summary.skipped += 1
        summary.notes.append("A ClaimReview without claimReviewed was skipped.")
        return
    rating = _first(review.get("reviewRating"))
    rating = rating if isinstance(rating, dict) else {}
    verdict = verdict_from_rating(rating)
    reviewer = _text(review.get("author")) or "an unnamed fact-checker"
    published = _date(review.get("datePublished"))
    url = _url(review.get("url"))
    label = _text(rating.get("alternateName")) or _text(rating.get("ratingValue"))
    explanation = _explanation(review, rating, reviewer, label, published, url)

    existing = _existing(session, url, text, reviewer)
    if existing is not None:
        _refresh(session, existing, verdict, explanation, summary)
        return
    article = find_duplicate(session, text)
    if article is None:
        article = add_article(
            session,
            ArticleDraft(
                text=text,
                title=shorten(text),
                language=_language(review, text),
                outlet=reviewer[:300],
                url=url,
                published=published,
                source_format=SOURCE_FORMAT,
            ),
        )
        fresh = session.get(
            Article, article.id, options=[selectinload(Article.tags)], populate_existing=True
        )
        assert fresh is not None
        fresh.tags = tags_named(session, (REFERENCE_TAG,))
    item = _first(review.get("itemReviewed"))
    item = item if isinstance(item, dict) else {}
    claimant = _claimant(session, item)
    evidence = [
        EvidenceItem(
            source=url or reviewer,
            title=f"{reviewer}: {label}".strip(": "),
            note=_text(rating.get("ratingExplanation")),
            consulted=published,
        )
    ]
    appeared = _url(item.get("firstAppearance")) or _url(item.get("appearance"))
    if appeared:
        evidence.append(EvidenceItem(source=appeared, title="Where the claim appeared"))
    claim = Claim(
        article_id=article.id,
        kind=ClaimKind.CLAIM.value,
        start=0,
        end=len(text),
        exact=text,
        prefix="",
        suffix="",
        claimant=claimant,
        claim_text=text,
        verdict=verdict.value if verdict else None,
        explanation=explanation,
        status=Status.PUBLISHED.value,
        tags=tags_named(session, (REFERENCE_TAG,)),
        evidence=evidence,
        links=[],
    )
    session.add(claim)
    session.flush()
    record(session, "claim", claim.id, "create", None, claim_snapshot(claim_view(claim)))
    summary.added += 1
    summary.article_ids.add(article.id)
    summary.claim_ids.add(claim.id)


def _explanation(
    review: dict[str, Any],
    rating: dict[str, Any],
    reviewer: str,
    label: str,
    published: dt.date | None,
    url: str | None,
) -> str:
    when = f" on {published.isoformat()}" if published else ""
    text = f"Rated {label!r} by {reviewer}{when}" if label else f"Reviewed by {reviewer}{when}"
    if url:
        text += f" ({url})"
    detail = _text(rating.get("ratingExplanation")) or _text(review.get("reviewBody"))
    return f"{text}. {detail}".strip() if detail else text + "."


def _language(review: dict[str, Any], text: str) -> str:
    declared = _text(review.get("inLanguage")).lower()[:2]
    return declared if re.fullmatch(r"[a-z]{2}", declared) else detect_language(text)


def _claimant(session: Session, item: dict[str, Any]) -> Any:
    author = _first(item.get("author"))
    name = _text(author)
    if not name:
        return None
    claimant = claimant_for(session, name[:300])
    if claimant.kind == ClaimantKind.OTHER.value and isinstance(author, dict):
        types = _types(author)
        kind = next((_AGENT_KINDS[t] for t in types if t in _AGENT_KINDS), None)
        if kind is None and types & {"Organization", "NewsMediaOrganization"}:
            kind = ClaimantKind.ORGANISATION
        if kind is not None:
            claimant.kind = kind.value
    return claimant


def _existing(session: Session, url: str | None, text: str, reviewer: str) -> Claim | None:
    """The reference claim this review was imported as before, if any."""
    query = (
        select(Claim)
        .join(Article, Article.id == Claim.article_id)
        .where(Article.source_format == SOURCE_FORMAT)
        .options(*claim_load_options())
    )
    if url:
        query = query.join(EvidenceItem, EvidenceItem.claim_id == Claim.id).where(
            EvidenceItem.source == url
        )
    else:
        query = query.where(Claim.exact == text, Claim.explanation.contains(reviewer))
    return session.scalars(query).first()


def _refresh(
    session: Session,
    claim: Claim,
    verdict: Verdict | None,
    explanation: str,
    summary: MergeSummary,
) -> None:
    value = verdict.value if verdict else None
    if claim.verdict == value and claim.explanation == explanation:
        summary.unchanged += 1
        return
    before = claim_snapshot(claim_view(claim))
    claim.verdict = value
    claim.explanation = explanation
    claim.updated = dt.datetime.now(dt.UTC)
    session.flush()
    record(session, "claim", claim.id, "update", before, claim_snapshot(claim_view(claim)))
    summary.updated += 1
    summary.claim_ids.add(claim.id)
