"""The library-wide state the window shows, read in one go on the worker."""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.core.desk import Desk
from claimdesk.core.model import ArticleSummary, LibraryStats


@dataclass(frozen=True, slots=True)
class LibrarySnapshot:
    """What the library pane, the status bar and the claimant field show."""

    stats: LibraryStats
    articles: list[ArticleSummary]
    to_check: frozenset[str]
    claimants: list[str]


def take_snapshot(desk: Desk) -> LibrarySnapshot:
    """Read the library-wide state in one go (runs on the worker)."""
    articles = desk.list_articles()
    return LibrarySnapshot(
        stats=desk.stats(),
        articles=articles,
        to_check=frozenset(a.id for a in articles if a.to_check),
        claimants=sorted((c.name for c in desk.list_claimants()), key=str.casefold),
    )
