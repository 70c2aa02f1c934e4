"""W3C Web Annotations whose target is an article of the library, imported as claims.

A target matches an article by its ``source``: the article's URL (ignoring a fragment and a
trailing slash) or its ``urn:uuid``. The span comes from the TextPositionSelector when it still
points at the quote, else from the TextQuoteSelector (the occurrence whose prefix and suffix
fit best). Bodies are read as ClaimDesk writes them (purpose per field, see
:mod:`claimdesk.core.exporters.webannotation`); bodies of other tools become notes.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimdesk.core.interchange.claimreview_import import verdict_from_label
from claimdesk.core.model import ClaimKind, Status
from claimdesk.core.model.results import MergeSummary
from claimdesk.core.services.claimants import claimant_for
from claimdesk.core.services.claims import CONTEXT
from claimdesk.core.services.history import record
from claimdesk.core.services.tags import tags_named
from claimdesk.core.services.views import claim_load_options, claim_snapshot, claim_view
from claimdesk.core.storage.orm import Article, Claim, utcnow

_ANNOTATION_TYPES = {"Annotation", "oa:Annotation"}


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("type", node.get("@type"))
    names = raw if isinstance(raw, list) else [raw]
    return {n for n in names if isinstance(n, str)}


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def annotations_in(data: Any) -> list[dict[str, Any]]:
    """Every Annotation in a document: one annotation, a list, a Collection or a Page."""
    return list(_walk(data, 0))


def _walk(node: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
    elif isinstance(node, dict):
        types = _types(node)
        if types & _ANNOTATION_TYPES:
            yield node
            return
        for key in ("first", "items", "@graph"):
            if isinstance(node.get(key), dict | list):
                yield from _walk(node[key], depth + 1)


@dataclass
class _Fields:
    """What the bodies of one annotation say, in ClaimDesk's terms."""

    kind: ClaimKind | None = None
    claimant: str | None = None
    verdict: str | None = None
    claim_text: str | None = None
    explanation: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def _fields(annotation: dict[str, Any]) -> _Fields:
    found = _Fields()
    ours = "ClaimDesk" in str(annotation.get("generator", ""))
    value = annotation.get("bodyValue")
    if isinstance(value, str) and value.strip():
        found.notes.append(value.strip())
    for body in _listed(annotation.get("body")):
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue
        text = body["value"].strip()
        purposes = [p for p in _listed(body.get("purpose")) if isinstance(p, str)]
        purpose = purposes[0] if purposes else None
        if purpose == "classifying" and text in {k.value for k in ClaimKind}:
            found.kind = ClaimKind(text)
        elif purpose == "identifying" and text:
            found.claimant = text
        elif purpose == "assessing" and (verdict := verdict_from_label(text)) is not None:
            found.verdict = verdict.value
        elif purpose == "describing" and text:
            found.claim_text = text
        elif purpose in ("tagging", "classifying") and text:
            found.tags.append(text)
        elif purpose == "commenting" and ours:
            found.explanation.append(text)
        elif text:
            found.notes.append(text)
    return found


def _timestamp(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed.astimezone(dt.UTC) if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _id_of(annotation: dict[str, Any]) -> str | None:
    """Our claim id when the annotation's id is a ``urn:uuid``."""
    ident = annotation.get("id", annotation.get("@id"))
    if isinstance(ident, str) and ident.lower().startswith("urn:uuid:"):
        try:
            return uuid.UUID(ident[9:]).hex
        except ValueError:
            return None
    return None


def _url_key(url: str) -> str:
    url = url.strip().split("#", 1)[0].rstrip("/")
    return re.sub(r"^https?://", "", url, flags=re.IGNORECASE).lower()


class _Articles:
    """Finding the article a target's source names, by URL or ``urn:uuid``."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_url: dict[str, str] = {}
        for ident, url in session.execute(select(Article.id, Article.url)):
            if url:
                self.by_url.setdefault(_url_key(url), ident)

    def find(self, source: str) -> Article | None:
        if source.lower().startswith(("urn:uuid:", "urn:claimdesk:article:")):
            tail = source.rsplit(":", 1)[-1]
            try:
                return self.session.get(Article, uuid.UUID(tail).hex)
            except ValueError:
                return None
        ident = self.by_url.get(_url_key(source))
        return self.session.get(Article, ident) if ident else None


def _selectors(target: dict[str, Any]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    quote = position = None
    for selector in _listed(target.get("selector")):
        if not isinstance(selector, dict):
            continue
        types = _types(selector)
        if "TextQuoteSelector" in types and isinstance(selector.get("exact"), str):
            quote = selector
        elif "TextPositionSelector" in types:
            position = selector
    return quote, position


def place(
    text: str, quote: dict[str, Any] | None, position: dict[str, Any] | None
) -> tuple[int, int] | None:
    """Where the selectors point in ``text``: the position when it holds the quote, else the
    quote's best occurrence (prefix and suffix fit, then nearest the position)."""
    span: tuple[int, int] | None = None
    if position is not None:
        s, e = position.get("start"), position.get("end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
            span = (s, e)
    if quote is None:
        return span
    exact = quote["exact"]
    if span is not None and text[span[0] : span[1]] == exact:
        return span
    start = span[0] if span is not None else None
    if not exact:
        return None
    prefix = quote["prefix"] if isinstance(quote.get("prefix"), str) else ""
    suffix = quote["suffix"] if isinstance(quote.get("suffix"), str) else ""
    best: tuple[int, int, int] | None = None
    found = text.find(exact)
    while found >= 0:
        after = text[found + len(exact) :]
        fit = _common_suffix(text[:found], prefix) + _common_prefix(after, suffix)
        distance = abs(found - start) if start is not None else 0
        candidate = (-fit, distance, found)
        if best is None or candidate < best:
            best = candidate
        found = text.find(exact, found + 1)
    if best is None:
        return None
    return best[2], best[2] + len(exact)


def _common_prefix(text: str, wanted: str) -> int:
    count = 0
    for a, b in zip(text, wanted, strict=False):
        if a != b:
            break
        count += 1
    return count


def _common_suffix(text: str, wanted: str) -> int:
    return _common_prefix(text[::-1], wanted[::-1])


def import_annotations(session: Session, data: Any, what: str = "The file") -> MergeSummary:
    """Add each annotation whose target is an article here as a claim; flushes only."""
    summary = MergeSummary()
    articles = _Articles(session)
    for annotation in annotations_in(data):
        _import_one(session, annotation, articles, summary)
    session.flush()
    if summary.skipped and not (summary.added or summary.updated or summary.unchanged):
        summary.notes.append(f"No annotation of {what} targets an article of this library.")
    return summary


def _target_span(
    annotation: dict[str, Any], articles: _Articles
) -> tuple[Article, int, int] | None:
    for target in _listed(annotation.get("target")):
        if not isinstance(target, dict):
            continue
        source = target.get("source")
        if not isinstance(source, str):
            continue
        article = articles.find(source)
        if article is None:
            continue
        span = place(article.text, *_selectors(target))
        if span is not None:
            return article, span[0], span[1]
    return None


def _import_one(
    session: Session, annotation: dict[str, Any], articles: _Articles, summary: MergeSummary
) -> None:
    found = _target_span(annotation, articles)
    if found is None:
        summary.skipped += 1
        summary.notes.append(
            f"Annotation {annotation.get('id', '(no id)')} targets no text of this library."
        )
        return
    article, start, end = found
    fields = _fields(annotation)
    modified = _timestamp(annotation.get("modified")) or _timestamp(annotation.get("created"))
    ident = _id_of(annotation)
    existing = session.get(Claim, ident, options=list(claim_load_options())) if ident else None
    if existing is None:
        same_span = session.scalars(
            select(Claim)
            .where(Claim.article_id == article.id, Claim.start == start, Claim.end == end)
            .options(*claim_load_options())
        ).first()
        if same_span is not None:
            existing = same_span
    if existing is not None:
        if modified is not None and modified > existing.updated:
            _apply(session, existing, fields, modified, summary)
        else:
            summary.unchanged += 1
        return
    exact = article.text[start:end]
    kind = fields.kind or ClaimKind.CLAIM
    claim = Claim(
        id=ident,
        article_id=article.id,
        kind=kind.value,
        start=start,
        end=end,
        exact=exact,
        prefix=article.text[max(0, start - CONTEXT) : start],
        suffix=article.text[end : end + CONTEXT],
        claimant=claimant_for(session, fields.claimant[:300]) if fields.claimant else None,
        claim_text=fields.claim_text or " ".join(exact.split()),
        verdict=fields.verdict,
        explanation="\n\n".join(fields.explanation),
        status=Status.NEW.value,
        notes="\n\n".join(fields.notes),
        tags=tags_named(session, tuple(fields.tags)),
        evidence=[],
        links=[],
    )
    created = _timestamp(annotation.get("created"))
    if created is not None:
        claim.created = created
        claim.updated = modified or created
    session.add(claim)
    session.flush()
    record(session, "claim", claim.id, "create", None, claim_snapshot(claim_view(claim)))
    summary.added += 1
    summary.claim_ids.add(claim.id)


def _apply(
    session: Session, claim: Claim, fields: _Fields, modified: dt.datetime, summary: MergeSummary
) -> None:
    before = claim_snapshot(claim_view(claim))
    if fields.kind is not None:
        claim.kind = fields.kind.value
    if fields.claimant:
        claim.claimant = claimant_for(session, fields.claimant[:300])
    if fields.verdict:
        claim.verdict = fields.verdict
    if fields.claim_text:
        claim.claim_text = fields.claim_text
    if fields.explanation:
        claim.explanation = "\n\n".join(fields.explanation)
    if fields.notes:
        claim.notes = "\n\n".join(fields.notes)
    if fields.tags:
        claim.tags = tags_named(session, tuple(fields.tags))
    after = claim_snapshot(claim_view(claim))
    if after == before:
        summary.unchanged += 1
        return
    claim.updated = min(modified, utcnow())
    session.flush()
    record(session, "claim", claim.id, "update", before, after)
    summary.updated += 1
    summary.claim_ids.add(claim.id)
