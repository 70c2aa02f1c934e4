"""The library as one JSON document: every field, enough to rebuild it (CLI.md, export json).

The same document is ``data.json`` inside a bundle. Articles, claims and claimants keep their
ids, so a document merges into another library by id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from claimdesk.core.serialise import claim_json
from claimdesk.core.services.views import claim_load_options, claim_view
from claimdesk.core.storage.orm import (
    Article,
    ArticleFile,
    Claim,
    Claimant,
    ClaimLink,
    EvidenceItem,
    HistoryEntry,
)

FORMAT = "claimdesk-library"
VERSION = 1
SCHEMA = "library.schema.json"


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def library_document(
    session: Session, article_ids: Collection[str] | None = None
) -> dict[str, Any]:
    """The whole library, or the chosen articles with their claims, claimants, links and
    history, as the JSON document of ``export --format json``."""
    article_query = select(Article).options(selectinload(Article.tags)).order_by(Article.imported)
    if article_ids is not None:
        article_query = article_query.where(Article.id.in_(list(article_ids)))
    articles = session.scalars(article_query).all()
    chosen = {a.id for a in articles}
    claim_query = (
        select(Claim).options(*claim_load_options()).order_by(Claim.article_id, Claim.start)
    )
    if article_ids is not None:
        claim_query = claim_query.where(Claim.article_id.in_(chosen))
    claims = session.scalars(claim_query).all()
    claim_ids = {c.id for c in claims}
    counts: dict[str, int] = {}
    for claim in claims:
        counts[claim.article_id] = counts.get(claim.article_id, 0) + 1

    claimant_query = select(Claimant).options(selectinload(Claimant.aliases)).order_by(Claimant.key)
    if article_ids is not None:
        used = {c.claimant_id for c in claims if c.claimant_id}
        claimant_query = claimant_query.where(Claimant.id.in_(used))
    claimants = session.scalars(claimant_query).all()

    links = [
        link
        for link in session.scalars(select(ClaimLink).order_by(ClaimLink.id))
        if link.source_id in claim_ids and link.target_id in claim_ids
    ]
    history = _history(session, article_ids is None, chosen, claim_ids, {c.id for c in claimants})
    files = _files(session, chosen)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": dt.datetime.now(dt.UTC).isoformat(),
        "articles": [_article_json(a, counts.get(a.id, 0), files.get(a.id, ())) for a in articles],
        "claims": [_claim_json(c) for c in claims],
        "claimants": [_claimant_json(c) for c in claimants],
        "links": [
            {
                "source": k.source_id,
                "target": k.target_id,
                "type": k.type,
                "created": k.created.isoformat(),
            }
            for k in links
        ],
        "history": [history_json(h) for h in history],
        **_published(session, article_ids is None),
    }


def _published(session: Session, everything: bool) -> dict[str, Any]:
    """The whole library's published fact-checks, as ClaimReview written back."""
    if not everything:
        return {}
    from claimdesk.core.exporters.claimreview import published_review_document
    from claimdesk.core.services.published import list_reviews

    reviews = list_reviews(session)
    return {"published_reviews": [published_review_document(r) for r in reviews]} if reviews else {}


def _history(
    session: Session,
    everything: bool,
    article_ids: set[str],
    claim_ids: set[str],
    claimant_ids: set[str],
) -> Sequence[HistoryEntry]:
    query = select(HistoryEntry).order_by(HistoryEntry.at, HistoryEntry.id)
    if not everything:
        query = query.where(
            or_(
                (HistoryEntry.entity == "article") & HistoryEntry.entity_id.in_(article_ids),
                (HistoryEntry.entity == "claim") & HistoryEntry.entity_id.in_(claim_ids),
                (HistoryEntry.entity == "claimant") & HistoryEntry.entity_id.in_(claimant_ids),
            )
        )
    return session.scalars(query).all()


def history_json(entry: HistoryEntry) -> dict[str, Any]:
    """One history entry as JSON."""
    return {
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "action": entry.action,
        "before": entry.before,
        "after": entry.after,
    }


def _files(session: Session, article_ids: set[str]) -> dict[str, list[ArticleFile]]:
    """The files kept beside the chosen articles, by article, in their order."""
    found: dict[str, list[ArticleFile]] = {}
    if not article_ids:
        return found
    query = (
        select(ArticleFile)
        .where(ArticleFile.article_id.in_(list(article_ids)))
        .order_by(
            ArticleFile.article_id, ArticleFile.role, ArticleFile.position, ArticleFile.created
        )
    )
    for row in session.scalars(query):
        found.setdefault(row.article_id, []).append(row)
    return found


def file_shas(document: dict[str, Any]) -> set[str]:
    """The SHA-256 of every file the document names: evidence files and articles' files."""
    shas = {
        str(e["file_sha256"])
        for claim in document.get("claims", ())
        for e in claim.get("evidence", ())
        if isinstance(e, dict) and e.get("file_sha256")
    }
    shas.update(
        str(f["sha256"])
        for article in document.get("articles", ())
        for f in article.get("files", ())
        if isinstance(f, dict) and f.get("sha256")
    )
    return shas


def _file_json(row: ArticleFile) -> dict[str, Any]:
    return {
        "id": row.id,
        "role": row.role,
        "position": row.position,
        "sha256": row.sha256,
        "size": row.size,
        "media_type": row.media_type,
        "name": row.name,
        "url": row.url,
        "captured": row.captured.isoformat() if row.captured else None,
        "layout": row.layout,
        "created": row.created.isoformat(),
    }


def _article_json(
    article: Article, claims: int, files: Sequence[ArticleFile] = ()
) -> dict[str, Any]:
    kept = {"files": [_file_json(f) for f in files]} if files else {}
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "language": article.language,
        "published": _day(article.published),
        "claims": claims,
        "text": article.text,
        "authors": list(article.authors),
        "source_name": article.source_name,
        "source_format": article.source_format,
        "notes": article.notes,
        "tags": sorted(t.name for t in article.tags),
        "imported": article.imported.isoformat(),
        "updated": article.updated.isoformat(),
        **kept,
    }


def _claim_json(claim: Claim) -> dict[str, Any]:
    data = claim_json(claim_view(claim))
    data.update(
        {
            "prefix": claim.prefix,
            "suffix": claim.suffix,
            "claimant_id": claim.claimant_id,
            "cue": claim.cue,
            "explanation": claim.explanation,
            "evidence": [_evidence_json(e) for e in sorted(claim.evidence, key=_evidence_key)],
        }
    )
    return data


def _evidence_key(item: EvidenceItem) -> tuple[int, dt.datetime, str]:
    return (item.position, item.created, item.id)


def _evidence_json(item: EvidenceItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "source": item.source,
        "title": item.title,
        "note": item.note,
        "consulted": _day(item.consulted),
        "created": item.created.isoformat(),
        "position": item.position,
        "file_sha256": item.file_sha256,
        "file_size": item.file_size,
    }


def _claimant_json(claimant: Claimant) -> dict[str, Any]:
    return {
        "id": claimant.id,
        "name": claimant.name,
        "kind": claimant.kind,
        "aliases": sorted(a.alias for a in claimant.aliases),
        "created": claimant.created.isoformat(),
    }
