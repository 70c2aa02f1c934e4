"""The order of one query's matches, kept so that its next pages are slices, not new rankings.

The first page needs only the best ``limit`` matches (a heap); asking for a later page sorts
every match once and keeps the order while the searcher and the query stay the same.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from operator import itemgetter
from typing import Any


class Ranking:
    """The last query's matches and, once a later page was asked for, their full order."""

    def __init__(self) -> None:
        """Nothing kept yet."""
        self._searcher: Any = None
        self._key: tuple[str, str] | None = None
        self._matched: dict[int, float] = {}
        self._ordered: list[int] | None = None

    def matches(self, searcher: Any, parsed: Any, order: str) -> dict[int, float] | None:
        """The kept ``{docnum: score}`` of this query on this searcher, or None."""
        if searcher is self._searcher and self._key == (repr(parsed), order):
            return self._matched
        return None

    def page(
        self,
        searcher: Any,
        parsed: Any,
        order: str,
        matched: dict[int, float],
        published: Sequence[int],
        count: int,
    ) -> list[int]:
        """The best ``count`` docnums of ``matched`` in ``order`` ("relevance" or "date")."""
        key = (repr(parsed), order)
        if searcher is not self._searcher or key != self._key or matched is not self._matched:
            self._searcher, self._key, self._matched, self._ordered = searcher, key, matched, None
        if self._ordered is not None:
            return self._ordered[:count]
        if count >= len(matched) or count > FIRST_PAGE_MAX:
            self._ordered = _best(matched, published, order, len(matched))
            return self._ordered[:count]
        return _best(matched, published, order, count)


# Beyond this many hits a full sort, kept for the next pages, beats a heap per page.
FIRST_PAGE_MAX = 200


def _best(matched: dict[int, float], published: Sequence[int], order: str, count: int) -> list[int]:
    if order == "date":
        return heapq.nlargest(count, matched, key=lambda d: (published[d], matched[d]))
    # Ties keep the order of the postings, as Whoosh's ranking does.
    return [d for d, _ in heapq.nlargest(count, matched.items(), key=itemgetter(1))]
