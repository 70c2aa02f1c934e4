"""The desk's published part: fact-checks other outlets published.

Published reviews are kept apart from the user's claims (their own table, not articles):
"checked before" finds, for a claim of the user's, the published fact-checks that say the
same thing, with the matcher's index (:class:`~claimdesk.core.matching.MatchingIndex`) built
over the reviews' claims and kept while the reviews do not change.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from claimdesk.core.desk.store import DeskStore
from claimdesk.core.matching import ClaimRecord, MatchingIndex, features
from claimdesk.core.model.published import CheckedBefore, PublishedReviewView
from claimdesk.core.services import published as published_service
from claimdesk.core.services.lookup import by_id
from claimdesk.core.storage.orm import Claim

PUBLISHED_ARTICLE = "published-reviews"  # the article id every review shares in the index
# Below this a published claim shares a word or two with the user's by chance: a judgement on
# the matcher's scores (one word of six shared scores about 0.08), not a measured threshold.
CHECKED_MIN_SCORE = 0.15


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
        query = features(claim.claim_text or claim.exact, dates)
        matches = [m for m in index.similar_to(query, limit=limit) if m.score >= CHECKED_MIN_SCORE]
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
                # Every entry is a published review: the reason need not say so each time.
                reference=False,
            )
            for ident, text, published in published_service.review_texts(session)
        )
        self._published_index = (mark, index)
        return index
