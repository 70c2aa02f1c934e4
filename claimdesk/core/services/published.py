"""Published fact-checks (imported ClaimReview) read out of the library."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimdesk.core.model import Verdict
from claimdesk.core.model.published import PublishedAgent, PublishedReviewView
from claimdesk.core.storage.orm import PublishedReview


def review_view(row: PublishedReview) -> PublishedReviewView:
    """One stored review as plain data."""
    return PublishedReviewView(
        id=row.id,
        claim_reviewed=row.claim_reviewed,
        reviewer=PublishedAgent(row.reviewer, row.reviewer_type, row.reviewer_url),
        url=row.url,
        published=row.published,
        language=row.language,
        rating_label=row.rating_label,
        rating_value=row.rating_value,
        best_rating=row.best_rating,
        worst_rating=row.worst_rating,
        rating_explanation=row.rating_explanation,
        verdict=Verdict(row.verdict) if row.verdict else None,
        claimants=tuple(
            PublishedAgent(str(c.get("name", "")), str(c.get("type") or "Person"), c.get("url"))
            for c in row.claimants
            if isinstance(c, dict) and c.get("name")
        ),
        claim_date=row.claim_date,
        appearances=tuple(str(a) for a in row.appearances),
        title=row.title,
        body=row.body,
    )


def list_reviews(session: Session, ids: Sequence[str] | None = None) -> list[PublishedReviewView]:
    """Every published review (or those of ``ids``), newest first."""
    query = select(PublishedReview).order_by(
        PublishedReview.published.desc(), PublishedReview.reviewer, PublishedReview.id
    )
    if ids is not None:
        query = query.where(PublishedReview.id.in_(list(ids)))
    return [review_view(r) for r in session.scalars(query)]


def reviews_mark(session: Session) -> tuple[int, object]:
    """Changes when a review is added, updated or removed: (count, newest update)."""
    count, newest = session.execute(
        select(func.count(PublishedReview.id), func.max(PublishedReview.updated))
    ).one()
    return int(count), newest


def review_texts(session: Session) -> list[tuple[str, str, object, str]]:
    """(id, claim reviewed, review date, title) of every review, for the matching index."""
    rows = session.execute(
        select(
            PublishedReview.id,
            PublishedReview.claim_reviewed,
            PublishedReview.published,
            PublishedReview.title,
        )
    )
    return [(str(i), str(t), p, str(h or "")) for i, t, p, h in rows]
