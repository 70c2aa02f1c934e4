"""W3C Web Annotation JSON-LD: one annotation per claim, in an AnnotationCollection.

Each annotation targets its article (the article's URL, else its ``urn:uuid``) with a
TextQuoteSelector and a TextPositionSelector (code points of the normalised text). Its bodies
are TextualBodies told apart by ``purpose``: ``classifying`` the kind, ``identifying`` the
claimant, ``assessing`` the verdict, ``describing`` the claim text, ``commenting`` the
explanation and ``tagging`` each tag. The motivation follows the kind: a claim is marked to be
assessed (``assessing``), a denial to be identified and linked to the claim it answers
(``identifying``).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.claimreview import DEFAULT_REVIEWER, claim_uri
from claimdesk.core.model import ArticleView, ClaimKind, ClaimView
from claimdesk.core.model.results import ReportInput

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MOTIVATION = {ClaimKind.CLAIM: "assessing", ClaimKind.DENIAL: "identifying"}
GENERATOR = {"id": "urn:claimdesk:software", "type": "Software", "name": "ClaimDesk"}


def timestamp(value: dt.datetime) -> str:
    """An xsd:dateTime in UTC ending in ``Z``, as the model recommends."""
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def article_source(article: ArticleView | None, article_id: str) -> str:
    """The IRI an annotation targets for an article: its URL, else its ``urn:uuid``."""
    if article is not None and article.url:
        return article.url
    return claim_uri(article_id, "article")


def annotation(claim: ClaimView, article: ArticleView | None, creator: str) -> dict[str, Any]:
    """The Web Annotation for one claim."""
    bodies: list[dict[str, Any]] = [_body("classifying", claim.kind.value)]
    if claim.claimant:
        bodies.append(_body("identifying", claim.claimant))
    if claim.verdict is not None:
        bodies.append(_body("assessing", claim.verdict.value))
    if claim.claim_text:
        bodies.append(_body("describing", claim.claim_text))
    if claim.explanation:
        bodies.append(_body("commenting", claim.explanation))
    bodies.extend(_body("tagging", tag) for tag in claim.tags)
    target: dict[str, Any] = {
        "type": "SpecificResource",
        "source": article_source(article, claim.article_id),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": claim.quote,
                "prefix": claim.anchor.prefix,
                "suffix": claim.anchor.suffix,
            },
            {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
        ],
    }
    return {
        "@context": CONTEXT,
        "id": claim_uri(claim.id),
        "type": "Annotation",
        "motivation": MOTIVATION[claim.kind],
        "created": timestamp(claim.created),
        "modified": timestamp(claim.updated),
        "creator": {"type": "Organization", "name": creator},
        "generator": dict(GENERATOR),
        "body": bodies,
        "target": target,
    }


def _body(purpose: str, value: str) -> dict[str, Any]:
    return {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}


def annotation_collection(
    report: ReportInput, *, creator: str = DEFAULT_REVIEWER
) -> dict[str, Any]:
    """Every claim of the report as an AnnotationCollection with one page of items.

    Orphaned claims are left out: their selectors no longer point at their quote.
    """
    articles = {a.id: a for a in report.articles}
    items = [
        annotation(c, articles.get(c.article_id), creator) for c in report.claims if not c.orphaned
    ]
    collection_id = uuid.uuid4().urn
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": report.title,
        "total": len(items),
        "first": {
            "id": f"{collection_id}:page1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def export_webannotation(
    report: ReportInput, path: Path, *, creator: str = DEFAULT_REVIEWER
) -> int:
    """Write the report's claims as Web Annotations; returns how many were written."""
    collection = annotation_collection(report, creator=creator)
    data = json.dumps(collection, ensure_ascii=False, indent=2) + "\n"
    write_atomically(Path(path), data.encode("utf-8"))
    return int(collection["total"])
