"""ClaimReview from other fact-checkers, kept as published reviews apart from the user's claims.

Every review found (see :mod:`claimreview_read` for the shapes) becomes one row of
``published_reviews`` with its reviewer, date, URL, claimant and rating as written; our verdict
is set only when the rating's label (or an explicit numeric scale) says one, and an unknown
label is kept verbatim. A review is known again by its URL, claim and reviewer: imported
again it is left unchanged, or updated when the outlet changed it; several claims checked on
one page stay several reviews. ``claim checked`` finds them for a claim of the user's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import normalise_text
from claimdesk.core.importers.detect import detect_language
from claimdesk.core.interchange.claimreview_html import page_documents, page_holds_claimreview
from claimdesk.core.interchange.claimreview_read import ReadReview, read_reviews, review_nodes
from claimdesk.core.interchange.verdict_labels import (
    fold,
    verdict_from_label,
    verdict_from_rating,
)
from claimdesk.core.messages import Message
from claimdesk.core.model.results import MergeSummary
from claimdesk.core.storage.orm import PublishedReview

__all__ = [
    "claimreviews_in",
    "import_claimreview_page",
    "import_claimreviews",
    "import_page_file",
    "page_file_holds_claimreview",
    "review_key",
    "verdict_from_label",
    "verdict_from_rating",
]

UNNAMED_REVIEWER = "an unnamed fact-checker"
MAX_PAGE_BYTES = 64 * 1024 * 1024
PUBLISHED_NOUN = Message("published fact-checks")
_SHOWN_LABELS = 5


def claimreviews_in(data: Any) -> list[dict[str, Any]]:
    """Every ClaimReview node (or Fact Check Tools claim) in a parsed JSON document."""
    return [node for node, _context in review_nodes(data)]


def review_key(url: str | None, claim: str, reviewer: str) -> str:
    """What tells one published review from another: URL, claim and reviewer, folded."""
    text = "\n".join((url or "", fold(claim), fold(reviewer)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def import_claimreviews(
    session: Session, data: Any, what: str = "The file", *, source_name: str | None = None
) -> MergeSummary:
    """Add or refresh every review in ``data`` as a published review; flushes only.

    Refused (nothing added) when ``data`` holds ClaimReview nodes none of which names the
    claim it reviews.
    """
    reviews, empty = read_reviews(data)
    if not reviews:
        if empty:
            raise InputRefused(
                "{what} holds {empty} ClaimReview but none says which claim it reviews (no "
                "claimReviewed, itemReviewed text or name): add claimReviewed and import it again.",
                what=what,
                empty=empty,
            )
        raise InputRefused(
            "{what} holds no ClaimReview: export the fact-checks as ClaimReview JSON-LD, a "
            "DataFeed of them, or a saved fact-check page carrying their markup.",
            what=what,
        )
    summary = MergeSummary(noun=PUBLISHED_NOUN)
    seen: set[str] = set()
    kept_as_written: Counter[str] = Counter()
    for review in reviews:
        row = _store(session, review, source_name or what, seen, summary)
        if row is not None and row.verdict is None and row.rating_label:
            kept_as_written[row.rating_label] += 1
    session.flush()
    if empty:
        summary.skipped += empty
        summary.notes.append(
            f"{empty} ClaimReview in {what} said no claim (no claimReviewed) and were skipped."
        )
    if kept_as_written:
        shown = ", ".join(repr(label) for label, _ in kept_as_written.most_common(_SHOWN_LABELS))
        more = len(kept_as_written) - _SHOWN_LABELS
        summary.notes.append(
            f"{sum(kept_as_written.values())} ratings have no verdict on our scale and are kept "
            f"as written: {shown}" + (f" and {more} more." if more > 0 else ".")
        )
    summary.notes.append(
        f"{summary.added + summary.updated + summary.unchanged} published fact-checks, kept "
        "apart from your claims: `claim checked CLAIM` lists those matching a claim."
    )
    return summary


def import_claimreview_page(
    session: Session, source: str, what: str, *, source_name: str | None = None
) -> MergeSummary:
    """Import the ClaimReview markup of a saved page (JSON-LD and microdata)."""
    return import_claimreviews(session, page_documents(source), what, source_name=source_name)


def read_page_file(path: Path, limit: int = MAX_PAGE_BYTES) -> str:
    """A saved page's text (its declared charset, else UTF-8, else a guess)."""
    from claimdesk.core.importers.html import decode_html

    try:
        size = path.stat().st_size
        if size > limit:
            raise InputRefused(
                "{name} is {size} MB, more than the {limit} MB a saved page may be: save the page "
                "alone.",
                name=path.name,
                size=size // (1024 * 1024),
                limit=limit // (1024 * 1024),
            )
        return decode_html(path.read_bytes(), path.name)
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        raise InputRefused(
            "Cannot read {path}: {reason}; check the path.", path=path, reason=reason
        ) from None


def page_file_holds_claimreview(path: Path) -> bool:
    """Whether a saved page carries ClaimReview markup (False when it cannot be read)."""
    try:
        return page_holds_claimreview(read_page_file(Path(path)))
    except InputRefused:
        return False


def import_page_file(session: Session, path: Path) -> MergeSummary:
    """Import the ClaimReview markup of a saved fact-check page."""
    path = Path(path)
    return import_claimreview_page(session, read_page_file(path), path.name, source_name=path.name)


def _fields(review: ReadReview, source_name: str) -> dict[str, Any]:
    claim = normalise_text(review.claim)
    reviewer = review.reviewer
    rating = review.rating
    verdict = rating.verdict
    return {
        "claim_reviewed": claim,
        "claimants": [
            {"name": a.name[:300], "type": a.type, "url": a.url} for a in review.claimants
        ],
        "claim_date": review.claim_date,
        "appearances": list(review.appearances),
        "reviewer": (reviewer.name if reviewer else UNNAMED_REVIEWER)[:300],
        "reviewer_type": (reviewer.type if reviewer else "Organization")[:60],
        "reviewer_url": reviewer.url if reviewer else None,
        "url": review.url,
        "published": review.published,
        "language": review.language or detect_language(claim),
        "title": review.title,
        "body": review.body,
        "rating_label": rating.label,
        "rating_value": rating.value,
        "best_rating": rating.best,
        "worst_rating": rating.worst,
        "rating_explanation": rating.explanation,
        "verdict": verdict.value if verdict else None,
        "source_name": source_name,
        "raw": review.raw,
    }


def _store(
    session: Session,
    review: ReadReview,
    source_name: str,
    seen: set[str],
    summary: MergeSummary,
) -> PublishedReview | None:
    fields = _fields(review, source_name)
    key = review_key(review.url, fields["claim_reviewed"], fields["reviewer"])
    if key in seen:
        summary.unchanged += 1  # the same review twice in one file (JSON-LD and microdata)
        return None
    seen.add(key)
    row = session.scalars(select(PublishedReview).where(PublishedReview.key == key)).first()
    if row is None:
        row = PublishedReview(key=key, **fields)
        session.add(row)
        summary.added += 1
        return row
    compared = {k: v for k, v in fields.items() if k not in ("raw", "source_name")}
    if all(getattr(row, k) == v for k, v in compared.items()):
        summary.unchanged += 1
        return row
    for name, value in fields.items():
        setattr(row, name, value)
    row.updated = dt.datetime.now(dt.UTC)
    summary.updated += 1
    return row
