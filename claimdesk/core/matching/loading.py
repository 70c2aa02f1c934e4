"""Filling the matching index from the database and keeping it in step through the history.

The index is derived data held in memory: built on first use (never when a library opens),
then brought up to date before each use by re-reading the claims that history entries newer
than its mark name. This follows edits made by this process and by any other on the same
library, and needs no call from the code that makes the edits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from claimdesk.core.matching.index import ClaimRecord, MatchingIndex
from claimdesk.core.storage.orm import Article, Claim, HistoryEntry

REFERENCE_FORMAT = "claimreview"
_BATCH = 500


def _records_query() -> Select[tuple[str, str, str, str, str, str | None, object, object, str]]:
    return select(
        Claim.id,
        Claim.article_id,
        Claim.claim_text,
        Claim.exact,
        Claim.kind,
        Claim.claimant_id,
        Claim.dates,
        Article.published,
        Article.source_format,
    ).join(Article, Article.id == Claim.article_id)


def _record(row: tuple[object, ...]) -> ClaimRecord:
    ident, article_id, claim_text, exact, kind, claimant_id, dates, published, fmt = row
    stored = dates if isinstance(dates, list) else []
    values = tuple(str(d.get("value", "")) for d in stored if isinstance(d, dict))
    return ClaimRecord(
        id=str(ident),
        article_id=str(article_id),
        text=str(claim_text or exact),
        kind=str(kind),
        claimant_id=None if claimant_id is None else str(claimant_id),
        published=published,  # type: ignore[arg-type]
        dates=values,
        reference=fmt == REFERENCE_FORMAT,
    )


def all_records(session: Session) -> Iterator[ClaimRecord]:
    """Every claim of the library as the matching index takes it."""
    for row in session.execute(_records_query()):
        yield _record(tuple(row))


def records_for(session: Session, ids: Iterable[str]) -> list[ClaimRecord]:
    """The claims among ``ids`` that exist."""
    wanted = sorted(set(ids))
    found: list[ClaimRecord] = []
    for i in range(0, len(wanted), _BATCH):
        batch = wanted[i : i + _BATCH]
        rows = session.execute(_records_query().where(Claim.id.in_(batch)))
        found.extend(_record(tuple(row)) for row in rows)
    return found


def history_mark(session: Session) -> int:
    """The newest history entry (0 for a library without history)."""
    return session.scalar(select(func.max(HistoryEntry.id))) or 0


def changed_claims(session: Session, since: int) -> tuple[set[str], int]:
    """The ids of claims touched by history entries newer than ``since``, and the new mark.

    A changed article brings its claims (their date comes from it); a changed claimant
    brings the claims it now makes.
    """
    rows = session.execute(
        select(HistoryEntry.id, HistoryEntry.entity, HistoryEntry.entity_id).where(
            HistoryEntry.id > since
        )
    ).all()
    mark = max((r[0] for r in rows), default=since)
    claims: set[str] = set()
    articles: set[str] = set()
    claimants: set[str] = set()
    for _id, entity, entity_id in rows:
        if entity == "claim":
            claims.add(entity_id)
        elif entity == "article":
            articles.add(entity_id)
        elif entity == "claimant":
            claimants.add(entity_id)
    if articles:
        claims.update(session.scalars(select(Claim.id).where(Claim.article_id.in_(articles))))
    if claimants:
        claims.update(session.scalars(select(Claim.id).where(Claim.claimant_id.in_(claimants))))
    return claims, mark


@dataclass(slots=True)
class LiveIndex:
    """A matching index and the history entry it has taken in."""

    index: MatchingIndex
    mark: int

    @classmethod
    def build(cls, session: Session) -> LiveIndex:
        """Index every claim of the library."""
        mark = history_mark(session)
        index = MatchingIndex()
        index.add_all(all_records(session))
        return cls(index, mark)

    def catch_up(self, session: Session) -> int:
        """Re-read the claims changed since the mark; returns how many were touched."""
        ids, mark = changed_claims(session, self.mark)
        if mark == self.mark:
            return 0
        present = records_for(session, ids)
        for record in present:
            self.index.add(record)
        for gone in ids - {r.id for r in present}:
            self.index.remove(gone)
        self.mark = mark
        return len(ids)
