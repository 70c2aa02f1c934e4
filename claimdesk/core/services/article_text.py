"""Editing an article's text (to fix extraction errors) without losing a single claim.

Every claim is re-anchored in the new text (see :mod:`claimdesk.core.anchoring`); a claim
that cannot be placed is kept, flagged ``orphaned`` with its last quote, and can be attached
again to a new selection with :func:`attach_claim`. Each change goes into the history with its
before and after, the old text included, so an edit can always be traced and undone.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimdesk.core.anchoring import anchor_at, reanchor
from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import content_hash, normalise_text
from claimdesk.core.model import Anchor, ClaimView
from claimdesk.core.model.results import TextReplaced
from claimdesk.core.services.articles import article_view
from claimdesk.core.services.claims import trimmed_span
from claimdesk.core.services.history import record
from claimdesk.core.services.lookup import by_id
from claimdesk.core.services.views import claim_load_options, claim_snapshot, claim_view
from claimdesk.core.storage.orm import Article, Claim, utcnow


def replace_article_text(session: Session, article_id: str, new_text: str) -> TextReplaced:
    """Replace an article's text, re-anchor each of its claims and record it all.

    Refused: an empty text, and a text another article already holds. A text equal to the
    current one changes nothing.
    """
    article = by_id(session, Article, article_id)
    text = normalise_text(new_text)
    if not text.strip():
        raise InputRefused("The new text is empty: an article needs its text; paste it again.")
    if text == article.text:
        view = article_view(session, article.id)
        return TextReplaced(view, tuple(c.id for c in view.claims if c.orphaned), ())
    digest = content_hash(text)
    other = session.scalars(
        select(Article).where(Article.content_hash == digest, Article.id != article.id)
    ).first()
    if other is not None:
        raise InputRefused(
            "The article {title!r} already holds exactly this text: open that one, or change "
            "the text.",
            title=other.title,
        )
    claims = session.scalars(
        select(Claim)
        .where(Claim.article_id == article.id)
        .options(*claim_load_options())
        .order_by(Claim.start, Claim.end)
    ).all()
    old_text = article.text
    placed = reanchor(old_text, text, [_anchor(c) for c in claims])
    record(
        session,
        "article",
        article.id,
        "edit_text",
        {"text": old_text, "content_hash": article.content_hash},
        {"text": text, "content_hash": digest},
    )
    article.text = text
    article.content_hash = digest
    article.updated = utcnow()
    moved: list[str] = []
    for claim, anchor in zip(claims, placed, strict=True):
        before = _snapshot(claim_view(claim))
        if anchor is None:
            claim.orphaned = True
        else:
            _move(claim, anchor)
            claim.orphaned = False
        after = _snapshot(claim_view(claim))
        if after != before:
            claim.updated = utcnow()
            moved.append(claim.id)
            record(session, "claim", claim.id, "reanchor", before, after)
    session.flush()
    view = article_view(session, article.id)
    orphaned = tuple(c.id for c in view.claims if c.orphaned)
    return TextReplaced(view, orphaned, tuple(moved))


def attach_claim(session: Session, claim_id: str, start: int, end: int) -> ClaimView:
    """Anchor a claim (an orphaned one, or any) to ``[start, end)`` of its article's text.

    The quote, prefix and suffix are taken from the text and the claim is no longer orphaned.
    Refused: a span outside the text or only white space, and a span another claim marks.
    """
    claim = by_id(session, Claim, claim_id, *claim_load_options())
    article = session.get_one(Article, claim.article_id)
    start, end = trimmed_span(article.text, start, end)
    taken = session.scalars(
        select(Claim.id).where(
            Claim.article_id == article.id,
            Claim.start == start,
            Claim.end == end,
            Claim.id != claim.id,
            Claim.orphaned.is_(False),
        )
    ).first()
    if taken is not None:
        raise InputRefused(
            "That text is already marked by another claim: select other text, or delete one of "
            "the two."
        )
    before = _snapshot(claim_view(claim))
    _move(claim, anchor_at(article.text, start, end))
    claim.orphaned = False
    after = _snapshot(claim_view(claim))
    if after != before:
        claim.updated = utcnow()
        session.flush()
        record(session, "claim", claim.id, "attach", before, after)
    return claim_view(claim)


def _anchor(claim: Claim) -> Anchor:
    return Anchor(claim.start, claim.end, claim.exact, claim.prefix, claim.suffix)


def _move(claim: Claim, anchor: Anchor) -> None:
    # A claim text still equal to the old quote was never reworded: it follows the quote.
    if claim.claim_text == " ".join(claim.exact.split()):
        claim.claim_text = " ".join(anchor.exact.split())
    claim.start, claim.end = anchor.start, anchor.end
    claim.exact, claim.prefix, claim.suffix = anchor.exact, anchor.prefix, anchor.suffix


def _snapshot(view: ClaimView) -> dict[str, Any]:
    return {**claim_snapshot(view), "orphaned": view.orphaned}
