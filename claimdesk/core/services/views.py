"""Turning rows into the plain data of :mod:`claimdesk.core.model` (and into history snapshots)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import selectinload
from sqlalchemy.orm.interfaces import ORMOption

from claimdesk.core.model import (
    Anchor,
    ClaimKind,
    ClaimView,
    DateMention,
    Evidence,
    Link,
    LinkType,
    Status,
    Verdict,
)
from claimdesk.core.storage.orm import Claim


def claim_load_options() -> tuple[ORMOption, ...]:
    """What to load with a claim so that :func:`claim_view` touches no lazy relationship."""
    return (
        selectinload(Claim.claimant),
        selectinload(Claim.tags),
        selectinload(Claim.evidence),
        selectinload(Claim.links),
    )


def claim_view(claim: Claim) -> ClaimView:
    """A claim row (loaded with :func:`claim_load_options`) as plain data."""
    return ClaimView(
        id=claim.id,
        article_id=claim.article_id,
        kind=ClaimKind(claim.kind),
        anchor=Anchor(claim.start, claim.end, claim.exact, claim.prefix, claim.suffix),
        claimant=claim.claimant.name if claim.claimant is not None else None,
        cue=claim.cue,
        claim_text=claim.claim_text,
        verdict=Verdict(claim.verdict) if claim.verdict else None,
        explanation=claim.explanation,
        status=Status(claim.status),
        notes=claim.notes,
        tags=tuple(sorted(t.name for t in claim.tags)),
        dates=tuple(DateMention(**d) for d in claim.dates),
        evidence=tuple(
            Evidence(
                e.id,
                e.source,
                e.title,
                e.note,
                e.consulted,
                e.position,
                e.file_sha256,
                e.file_size,
            )
            for e in sorted(claim.evidence, key=lambda e: (e.position, e.created, e.id))
        ),
        links=tuple(Link(LinkType(k.type), k.target_id) for k in claim.links),
        orphaned=claim.orphaned,
        created=claim.created,
        updated=claim.updated,
        version=claim.version or 0,
    )


def claim_snapshot(view: ClaimView) -> dict[str, Any]:
    """The fields of a claim a user can change, as JSON for the history."""
    return {
        "article_id": view.article_id,
        "kind": view.kind.value,
        "start": view.start,
        "end": view.end,
        "exact": view.quote,
        "claimant": view.claimant,
        "claim_text": view.claim_text,
        "verdict": view.verdict.value if view.verdict else None,
        "explanation": view.explanation,
        "status": view.status.value,
        "notes": view.notes,
        "tags": list(view.tags),
    }
