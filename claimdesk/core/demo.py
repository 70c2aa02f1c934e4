"""The demo library: the seed articles, with a few claims already marked, and a small archive
of published fact-checks (``fact-checks.jsonld``) for "checked before"."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.library import LibraryLocation, folder_location
from claimdesk.core.model import ArticleMeta, ClaimChanges, ClaimKind, Status, Verdict

SEEDS_PACKAGE = "claimdesk.seeds"
# Fact-checks of the fictional articles' claims, by invented outlets: the demo's archive.
FACT_CHECKS = "fact-checks.jsonld"


def seed_manifest() -> list[dict[str, Any]]:
    """The demo articles and their pre-marked claims, as shipped in the package."""
    text = resources.files(SEEDS_PACKAGE).joinpath("manifest.json").read_text(encoding="utf-8")
    entries: list[dict[str, Any]] = json.loads(text)
    return entries


# Other names the demo articles use for a claimant: `claimant:mosca` finds Russia's claims.
DEMO_ALIASES = {"Russia": ("Mosca", "il Cremlino")}


def fill_demo(desk: Desk) -> list[str]:
    """Import every seed article and mark its claims; returns the article ids."""
    ids = []
    seeds = resources.files(SEEDS_PACKAGE)
    for entry in seed_manifest():
        meta = ArticleMeta(
            title=entry["title"],
            outlet=entry.get("outlet"),
            url=entry.get("url"),
            language=entry["language"],
            published=dt.date.fromisoformat(entry["published"]),
        )
        with resources.as_file(seeds.joinpath(entry["file"])) as path:
            outcome = desk.import_file(path, meta)
        if outcome.id is None:
            raise ClaimDeskError(
                "The demo article {file} was refused: {error}",
                file=entry["file"],
                error=outcome.error,
            )
        ids.append(outcome.id)
        if outcome.status != "imported":
            continue
        for item in entry.get("claims", []):
            start, end = desk.find_quote(outcome.id, item["quote"], item.get("occurrence", 1))
            claim = desk.mark_claim(
                outcome.id,
                start,
                end,
                ClaimKind(item["kind"]),
                claimant=item.get("claimant"),
                verdict=Verdict(item["verdict"]) if item.get("verdict") else None,
                status=Status(item.get("status", "new")),
            )
            if item.get("notes") or item.get("tags"):
                desk.update_claim(
                    claim.id,
                    ClaimChanges(notes=item.get("notes"), tags=tuple(item.get("tags", ()))),
                )
    names = {c.name for c in desk.list_claimants()}
    for name, aliases in DEMO_ALIASES.items():
        if name in names:
            for alias in aliases:
                desk.tracking.add_alias(name, alias)
    with resources.as_file(seeds.joinpath(FACT_CHECKS)) as path:
        desk.interchange.import_interchange(path)  # published reviews, for "checked before"
    return ids


def create_demo_library(folder: Path) -> LibraryLocation:
    """A fresh library in ``folder`` filled from the seed articles."""
    location = folder_location(folder)
    with Desk.open(location) as desk:
        fill_demo(desk)
    return location
