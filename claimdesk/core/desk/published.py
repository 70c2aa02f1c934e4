"""The desk's published part: fact-checks other outlets published.

Published reviews are kept apart from the user's claims (their own table, not articles):
"checked before" finds, for a claim of the user's, the published fact-checks that say the
same thing, with the matcher's index (:class:`~claimdesk.core.matching.MatchingIndex`) built
over the reviews' claims and kept while the reviews do not change.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from claimdesk.core.desk.store import DeskStore
from claimdesk.core.matching import ClaimRecord, MatchingIndex
from claimdesk.core.model.published import CheckedBefore, PublishedReviewView
from claimdesk.core.services import published as published_service
from claimdesk.core.services.lookup import by_id
from claimdesk.core.storage.orm import Claim

PUBLISHED_ARTICLE = "published-reviews"  # the article id every review shares in the index
# Measured on the CheckThat 2020 dev tweets against its 10,375 Snopes fact-checks (claim and
# title, as published reviews are indexed; bench/matching.py prints it): a best proposal that
# scores about 0.40 is right 77% of the time (0.88 at 0.45, 0.65 at 0.35; train 0.78, 0.88,
# 0.68), and of the best proposals scoring 0.40 or more 95% are right (train 93%), 132 of 197
# tweets having one. Proposals after the first score lower or restate the same fact-check.
CHECKED_MIN_SCORE = 0.40


class PublishedPart:
    """``desk.published``: listing published fact-checks and finding those a claim was
    checked by before."""

    def __init__(self, store: DeskStore) -> None:
        self._store = store
        self._published_index: tuple[object, MatchingIndex] | None = None

    def list_published_reviews(self) -> list[PublishedReviewView]:
        """Every published fact-check imported, newest first."""
        return self._store.read(published_service.list_reviews)

    def checked_before(self, claim_id: str, limit: int = 10) -> list[CheckedBefore]:
        """The published fact-checks matching a claim (id or unique prefix), best first."""
        return self._store.read(lambda s: self._checked_before(s, claim_id, limit))

    def _checked_before(self, session: Session, claim_id: str, limit: int) -> list[CheckedBefore]:
        exact = session.get(Claim, claim_id) if len(claim_id) == 32 else None
        claim = exact or by_id(session, Claim, claim_id)
        index = self._reviews_index(session)
        if not len(index):
            return []
        dates = tuple(str(d.get("value", "")) for d in claim.dates or [] if isinstance(d, dict))
        text = claim.claim_text or claim.exact
        found = index.propose(text, dates=dates, limit=limit)
        matches = [m for m in found if m.score >= CHECKED_MIN_SCORE]
        views = {v.id: v for v in published_service.list_reviews(session, [m.id for m in matches])}
        return [CheckedBefore(views[m.id], m.score, m.reason) for m in matches if m.id in views]

    def _reviews_index(self, session: Session) -> MatchingIndex:
        mark = published_service.reviews_mark(session)
        if self._published_index is not None and self._published_index[0] == mark:
            return self._published_index[1]
        index = MatchingIndex()
        index.add_all(
            ClaimRecord(
                id=ident,
                article_id=PUBLISHED_ARTICLE,
                text=text,
                published=published,  # type: ignore[arg-type]
                title=title,
                # Every entry is a published review: the reason need not say so each time.
                reference=False,
            )
            for ident, text, published, title in published_service.review_texts(session)
        )
        self._published_index = (mark, index)
        return index
