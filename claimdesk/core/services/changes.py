"""What changed in a library after a history entry, read from the history itself.

Every change to an article, claim, claimant or piece of evidence leaves a history entry (see
:mod:`claimdesk.core.services.history`); this turns the entries after a mark into a
:class:`~claimdesk.core.model.LibraryChange`: the changed articles' library rows, the claims
touched, the claimants they name, and the registry when it changed. Its cost grows with the
number of entries, not with the library.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimdesk.core.model import LibraryChange
from claimdesk.core.services.articles import list_articles
from claimdesk.core.services.claimants import claimant_names
from claimdesk.core.storage.orm import Claim, Claimant, HistoryEntry

LINK_ACTIONS = frozenset({"link", "unlink"})


def read_change(session: Session, since: int) -> LibraryChange:
    """Everything the history entries newer than ``since`` changed."""
    rows = session.execute(
        select(
            HistoryEntry.id,
            HistoryEntry.entity,
            HistoryEntry.entity_id,
            HistoryEntry.action,
            HistoryEntry.before,
            HistoryEntry.after,
        )
        .where(HistoryEntry.id > since)
        .order_by(HistoryEntry.id)
    ).all()
    upto = max((r[0] for r in rows), default=since)
    article_ids: set[str] = set()
    claim_ids: set[str] = set()
    # The article a claim or a piece of evidence was in, as the history recorded it: a
    # removed claim is no longer there to ask.
    recorded_article: dict[str, str] = {}
    registry = links = False
    for _id, entity, entity_id, action, before, after in rows:
        if entity == "article":
            article_ids.add(entity_id)
        elif entity == "claim":
            claim_ids.add(entity_id)
            links = links or action in LINK_ACTIONS
            article = _field(after, before, "article_id")
            if article:
                recorded_article[entity_id] = article
        elif entity == "claimant":
            registry = True
        elif entity == "evidence":
            claim = _field(after, before, "claim_id")
            if claim:
                claim_ids.add(claim)
    present: dict[str, tuple[str, str | None]] = {}
    if claim_ids:
        for claim_id, article_id, name in session.execute(
            select(Claim.id, Claim.article_id, Claimant.name)
            .outerjoin(Claimant, Claimant.id == Claim.claimant_id)
            .where(Claim.id.in_(claim_ids))
        ):
            present[claim_id] = (article_id, name)
    article_ids.update(article for article, _name in present.values())
    article_ids.update(
        recorded_article[c] for c in claim_ids - present.keys() if c in recorded_article
    )
    summaries = tuple(list_articles(session, article_ids)) if article_ids else ()
    found = {s.id for s in summaries}
    return LibraryChange(
        upto=upto,
        articles=summaries,
        removed_articles=frozenset(article_ids - found),
        claims=frozenset(claim_ids),
        removed_claims=frozenset(claim_ids - present.keys()),
        claimants=tuple(sorted({n for _a, n in present.values() if n}, key=str.casefold)),
        registry=tuple(claimant_names(session)) if registry else None,
        links=links,
    )


def _field(after: Any, before: Any, key: str) -> str | None:
    for side in (after, before):
        if isinstance(side, dict) and isinstance(side.get(key), str):
            return str(side[key])
    return None
