"""The articles a desk read last, kept while the library does not change, and carried
forward across the desk's own edits of one claim.

Every change to an article, a claim or a claimant, by any process, adds a history entry, and
every dismissed suggestion and every file kept beside an article (a page captured again) a
row: a view read when the three marks were what they are now is the article as it is
(reopening an unchanged article costs three small queries; a 300-claim article
took 40-60 ms to read again). When the desk itself marks or edits one claim and its
transaction added exactly one history entry, the view kept before is the view after with
that claim put in: the window shows a mark without reading the article again.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict

from sqlalchemy.orm import Session

from claimdesk.core.model import ArticleView, ClaimView
from claimdesk.core.services import articles as article_service
from claimdesk.core.settings import suggestion_threshold

# Articles kept as last read (see get).
VIEWS_KEPT = 16
Marks = tuple[int, int, int]
# (article id, with dates, the suggestion threshold, history, dismissed and files marks)
Key = tuple[str, bool, float, int, int, int]


class ArticleViews:
    """Article views by (id, with dates, suggestion threshold, and the library's marks):
    a threshold changed in the settings shows the open article's marks again."""

    def __init__(self) -> None:
        self._views: OrderedDict[Key, ArticleView] = OrderedDict()

    def get(self, session: Session, article_id: str, *, dates: bool) -> ArticleView:
        """The article as it is now, read again only when the library changed."""
        key = (article_id, dates, suggestion_threshold(), *article_service.library_marks(session))
        view = self._views.get(key)
        undated = self._views.get((article_id, False, *key[2:])) if dates else None
        if view is None and undated is not None:
            # The reader showed it first without its dates: only they are left to find.
            found = article_service.article_dates(session, undated.id)
            view = dataclasses.replace(undated, dates=found)
            self._keep(key, view)
        elif view is None:
            view = article_service.article_view(session, article_id, dates=dates)
            self._keep(key, view)
        else:
            self._views.move_to_end(key)
        return view

    def follow(self, before: Marks, after: Marks, claim: ClaimView) -> None:
        """After one claim was written in a transaction that moved the marks from
        ``before`` to ``after``: carry its article's views forward when nothing else
        changed in between (one history entry, no dismissal, no file kept)."""
        if after != (before[0] + 1, *before[1:]):
            return
        floor = suggestion_threshold()
        for dates in (True, False):
            old = self._views.get((claim.article_id, dates, floor, *before))
            if old is not None:
                self._keep((claim.article_id, dates, floor, *after), with_claim(old, claim))

    def _keep(self, key: Key, view: ArticleView) -> None:
        self._views[key] = view
        while len(self._views) > VIEWS_KEPT:
            self._views.popitem(last=False)


def with_claim(view: ArticleView, claim: ClaimView) -> ArticleView:
    """``view`` with ``claim`` added or replaced, in text order; the suggestions it now
    covers are no longer open (as :func:`article_service.article_view` decides)."""
    claims = sorted(
        (*(c for c in view.claims if c.id != claim.id), claim), key=lambda c: (c.start, c.end)
    )
    suggestions = view.suggestions
    if not claim.orphaned:
        suggestions = tuple(
            s for s in suggestions if not (s.start < claim.end and s.end > claim.start)
        )
    return dataclasses.replace(view, claims=tuple(claims), suggestions=suggestions)
