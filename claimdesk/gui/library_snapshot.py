"""The library-wide state the window shows, read in one go on the worker."""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.core.desk import Desk
from claimdesk.core.model import ArticleSummary, ClaimFilter, LibraryStats, Status


@dataclass(frozen=True, slots=True)
class LibrarySnapshot:
    """What the library pane, the status bar and the claimant field show."""

    stats: LibraryStats
    articles: list[ArticleSummary]
    to_check: frozenset[str]
    claimants: list[str]


def take_snapshot(desk: Desk) -> LibrarySnapshot:
    """Read the library-wide state in one go (runs on the worker)."""
    to_check = frozenset(
        claim.article_id
        for status in (Status.NEW, Status.RESEARCHING)
        for claim in desk.list_claims(ClaimFilter(status=status))
    )
    return LibrarySnapshot(
        stats=desk.stats(),
        articles=desk.list_articles(),
        to_check=to_check,
        claimants=sorted((c.name for c in desk.list_claimants()), key=str.casefold),
    )
