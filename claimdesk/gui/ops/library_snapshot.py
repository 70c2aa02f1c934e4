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
    """Read the library-wide state in one go (runs on the worker).

    The counts are summed from the article list, which holds them per article, instead of
    being counted again (on 100,000 claims the two extra queries took a third of start-up).
    """
    articles = desk.list_articles()
    stats = LibraryStats(
        articles=len(articles),
        claims=sum(a.claims for a in articles),
        denials=sum(a.denials for a in articles),
        to_check=sum(a.to_check for a in articles),
    )
    return LibrarySnapshot(
        stats=stats,
        articles=articles,
        to_check=frozenset(a.id for a in articles if a.to_check),
        claimants=sorted(desk.claimant_names(), key=str.casefold),
    )
