"""The demo articles and their manifest (see README.md beside this file)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimdesk.core.model import ClaimKind, Status, Verdict

MANIFEST = "manifest.json"


@dataclass(frozen=True, slots=True)
class SeedClaim:
    """A claim pre-marked in a demo article; ``quote`` occurs exactly once in its text."""

    quote: str
    kind: ClaimKind
    claimant: str
    verdict: Verdict | None
    status: Status


@dataclass(frozen=True, slots=True)
class SeedArticle:
    """One demo article as the manifest describes it."""

    file: str
    title: str
    outlet: str | None
    url: str | None
    language: str
    published: dt.date
    source: str
    claims: tuple[SeedClaim, ...]


def seeds_dir() -> Path:
    """The folder that holds the demo files, in a checkout or an installed copy."""
    return Path(__file__).resolve().parent


def seed_path(file: str) -> Path:
    """The path of one demo file named in the manifest."""
    return seeds_dir() / file


def load_manifest() -> list[SeedArticle]:
    """Read ``manifest.json`` into typed records, in the order the demo should show them."""
    raw: list[dict[str, Any]] = json.loads(seed_path(MANIFEST).read_text(encoding="utf-8"))
    return [_article(entry) for entry in raw]


def _article(entry: dict[str, Any]) -> SeedArticle:
    return SeedArticle(
        file=entry["file"],
        title=entry["title"],
        outlet=entry.get("outlet"),
        url=entry.get("url"),
        language=entry["language"],
        published=dt.date.fromisoformat(entry["published"]),
        source=entry["source"],
        claims=tuple(_claim(c) for c in entry["claims"]),
    )


def _claim(entry: dict[str, Any]) -> SeedClaim:
    verdict = entry.get("verdict")
    return SeedClaim(
        quote=entry["quote"],
        kind=ClaimKind(entry["kind"]),
        claimant=entry["claimant"],
        verdict=Verdict(verdict) if verdict is not None else None,
        status=Status(entry["status"]),
    )
