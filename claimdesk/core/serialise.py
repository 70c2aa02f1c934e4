"""The JSON shapes of CLI.md, built from plain data (shared by the CLI and the exporters)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from claimdesk.core.model import (
    Analysis,
    ArticleSummary,
    ClaimantView,
    ClaimView,
    DateMention,
    Evidence,
    ImportOutcome,
    SearchResults,
)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def date_json(d: DateMention) -> dict[str, Any]:
    """A date mention: span, text, TimeML value, granularity and modifier."""
    return {
        "start": d.start,
        "end": d.end,
        "text": d.text,
        "value": d.value,
        "granularity": d.granularity,
        "mod": d.mod,
    }


def analysis_json(a: Analysis) -> dict[str, Any]:
    """``analyze --json``."""
    return {
        "language": a.language,
        "published": _day(a.published),
        "sentences": [{"start": s.start, "end": s.end, "text": s.text} for s in a.sentences],
        "dates": [date_json(d) for d in a.dates],
        "suggestions": [
            {
                "start": s.start,
                "end": s.end,
                "kind": s.kind.value,
                "claimant": s.claimant,
                "cue": s.cue,
                "confidence": round(s.confidence, 3),
            }
            for s in a.suggestions
        ],
    }


def import_json(o: ImportOutcome) -> dict[str, Any]:
    """One entry of ``import --json``."""
    return {
        "path": o.path,
        "status": o.status,
        "id": o.id,
        "title": o.title,
        "language": o.language,
        "published": _day(o.published),
        "error": o.error,
    }


def article_summary_json(a: ArticleSummary) -> dict[str, Any]:
    """One entry of ``articles --json``."""
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "language": a.language,
        "published": _day(a.published),
        "claims": a.claims + a.denials,
    }


def claim_json(c: ClaimView) -> dict[str, Any]:
    """One entry of ``claims --json``."""
    return {
        "id": c.id,
        "article_id": c.article_id,
        "kind": c.kind.value,
        "start": c.start,
        "end": c.end,
        "quote": c.quote,
        "claimant": c.claimant,
        "claim_text": c.claim_text,
        "verdict": c.verdict.value if c.verdict else None,
        "status": c.status.value,
        "notes": c.notes,
        "dates": [date_json(d) for d in c.dates],
        "tags": list(c.tags),
        "links": [{"type": k.type.value, "target": k.target} for k in c.links],
        "evidence": [evidence_json(e) for e in c.evidence],
        "orphaned": c.orphaned,
        "created": c.created.isoformat(),
        "updated": c.updated.isoformat(),
    }


def evidence_json(e: Evidence) -> dict[str, Any]:
    """One piece of a claim's evidence, in the order the fact-checker chose."""
    return {
        "id": e.id,
        "kind": e.kind.value,
        "source": e.source,
        "title": e.title,
        "note": e.note,
        "consulted": e.consulted.isoformat() if e.consulted else None,
        "file_sha256": e.file_sha256,
        "file_size": e.file_size,
    }


def claimant_json(c: ClaimantView) -> dict[str, Any]:
    """One entry of ``claimants --json``."""
    return {
        "id": c.id,
        "name": c.name,
        "kind": c.kind.value,
        "aliases": list(c.aliases),
        "claims": c.claims,
        "denials": c.denials,
    }


def search_json(r: SearchResults) -> dict[str, Any]:
    """``search --json``."""
    data: dict[str, Any] = {
        "query": r.query,
        "total": r.total,
        "hits": [
            {
                "type": h.type,
                "id": h.id,
                "article_id": h.article_id,
                "score": round(h.score, 3),
                "snippet": h.snippet,
            }
            for h in r.hits
        ],
    }
    if r.notice:
        data["notice"] = r.notice
    if r.did_you_mean:
        data["did_you_mean"] = r.did_you_mean
    if r.facets:
        data["facets"] = r.facets
    return data
