"""The desk's tracking part: claims followed across articles and time.

Proposals come from an in-memory :class:`~claimdesk.core.matching.LiveIndex`, read back from
the copy another process kept (:mod:`claimdesk.core.matching.cache`) or built from the database
the first time they are asked for (never when the library opens), and brought up to date from
the history table before every use: edits made anywhere (this desk, another process, a bundle
import) are taken in without being announced. The window keeps its one index warm; a built
index is written to disk at once, and a command writes what it caught up
(``keep_matching_index``), for the next process to read back.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from claimdesk.core.desk.store import DeskStore
from claimdesk.core.matching import cache as matching_cache
from claimdesk.core.matching.loading import LiveIndex
from claimdesk.core.model import ClaimantView, ClaimView, LinkType
from claimdesk.core.model.tracking import (
    ClaimantActivity,
    ContestedClaim,
    MergeSuggestion,
    Overview,
    Proposal,
    Timeline,
)
from claimdesk.core.services import claimants as claimant_service
from claimdesk.core.services import links as link_service
from claimdesk.core.services import tracking_views
from claimdesk.core.services.lookup import by_id
from claimdesk.core.storage.orm import Claim, ClaimLink

log = logging.getLogger(__name__)


class TrackingPart:
    """``desk.tracking``: matching, links, the claimant registry and the tracking views."""

    def __init__(self, store: DeskStore) -> None:
        self._store = store
        self._matching: LiveIndex | None = None
        self._matching_unsaved = False

    # Matching
    def similar_claims(self, claim_id: str, limit: int = 5) -> list[Proposal]:
        """Other claims that may say the same thing as ``claim_id``, best first, with reasons."""
        return self._store.read(lambda s: self._propose(s, claim_id, limit))

    def _propose(self, session: Session, claim_id: str, limit: int) -> list[Proposal]:
        # A full id is looked up by key; a prefix needs by_id's scan of the table.
        exact = session.get(Claim, claim_id) if len(claim_id) == 32 else None
        claim = exact or by_id(session, Claim, claim_id)
        live = self._live_index(session)
        matches = live.index.similar(claim.id, limit=limit)
        refs = tracking_views.claim_refs(session, [m.id for m in matches])
        linked: dict[str, list[LinkType]] = {}
        if matches:
            ids = [m.id for m in matches]
            rows = session.execute(
                select(ClaimLink.source_id, ClaimLink.target_id, ClaimLink.type).where(
                    or_(
                        (ClaimLink.source_id == claim.id) & ClaimLink.target_id.in_(ids),
                        (ClaimLink.target_id == claim.id) & ClaimLink.source_id.in_(ids),
                    )
                )
            )
            for source, target, kind in rows:
                other = target if source == claim.id else source
                linked.setdefault(other, []).append(LinkType(kind))
        proposals = []
        for match in matches:
            ref = refs.get(match.id)
            if ref is None:  # deleted since the index last caught up
                continue
            proposals.append(
                Proposal(
                    id=match.id,
                    score=match.score,
                    reason=match.reason,
                    article_id=ref.article_id,
                    article_title=ref.article_title,
                    published=ref.published,
                    kind=ref.kind,
                    claimant=ref.claimant,
                    quote=ref.quote,
                    verdict=ref.verdict,
                    reference=ref.reference,
                    linked=tuple(linked.get(match.id, ())),
                )
            )
        return proposals

    def _live_index(self, session: Session) -> LiveIndex:
        if self._matching is None:
            kept = matching_cache.load(session, self._matching_path())
            if kept is None:
                self._matching = LiveIndex.build(session)
                log.info("matching index built: %d claims", len(self._matching.index))
                # Kept at once, so that the next window or command reads it back (a second
                # against the build's many); later changes are caught up from the history.
                path = self._matching_path()
                self._matching_unsaved = not matching_cache.save(session, self._matching, path)
            else:
                self._matching, touched = kept
                self._matching_unsaved = touched > 0
        elif self._matching.catch_up(session):
            self._matching_unsaved = True
        return self._matching

    def _matching_path(self) -> Path:
        return matching_cache.cache_path(self._store.location.index_dir)

    def keep_matching_index(self) -> bool:
        """Write the matching index for the next process, when this one built or changed it;
        True when it was written."""
        live = self._matching
        if live is None or not self._matching_unsaved:
            return False
        kept = self._store.read(lambda s: matching_cache.save(s, live, self._matching_path()))
        self._matching_unsaved = not kept
        return kept

    def drop_matching_index(self) -> None:
        """Forget the matching index, and the copy kept on disk; it is built again from the
        database when next needed."""
        self._matching = None
        self._matching_unsaved = False
        self._matching_path().unlink(missing_ok=True)

    # Links
    def link_claims(self, source_id: str, target_id: str, type: LinkType | str) -> ClaimView:
        """Link two claims ("source denies target"); returns the source claim."""
        with self._store.transaction() as session:
            view = link_service.link_claims(session, source_id, target_id, type)
        self._store.sync()
        return view

    def unlink_claims(
        self, source_id: str, target_id: str, type: LinkType | str | None = None
    ) -> ClaimView:
        """Remove the links (of one type, or all) from one claim to another."""
        with self._store.transaction() as session:
            view = link_service.unlink_claims(session, source_id, target_id, type)
        self._store.sync()
        return view

    # The claimant registry
    def add_alias(self, name: str, alias: str) -> ClaimantView:
        """Let ``alias`` name the claimant ``name``."""
        with self._store.transaction() as session:
            view = claimant_service.add_alias(session, name, alias)
        self._store.sync()
        return view

    def remove_alias(self, name: str, alias: str) -> ClaimantView:
        """Stop ``alias`` naming the claimant ``name``."""
        with self._store.transaction() as session:
            view = claimant_service.remove_alias(session, name, alias)
        self._store.sync()
        return view

    def merge_claimants(self, keep: str, merge_away: str) -> ClaimantView:
        """Merge ``merge_away`` into ``keep``: every claim follows, its names become aliases."""
        with self._store.transaction() as session:
            view = claimant_service.merge_claimants(session, keep, merge_away)
        self._store.sync()
        return view

    def suggested_merges(self) -> list[MergeSuggestion]:
        """Pairs of claimants that are probably one, with the reason."""
        return self._store.read(claimant_service.suggested_merges)

    # Views
    def timeline(self, claim_id: str) -> Timeline:
        """The thread of linked claims ``claim_id`` belongs to, in order of date."""
        return self._store.read(lambda s: tracking_views.timeline(s, claim_id))

    def contested(self) -> list[ContestedClaim]:
        """Claims next to the denials and contradictions answering them."""
        return self._store.read(tracking_views.contested)

    def overview(self) -> Overview:
        """Counts by claimant, kind, verdict and month, for charts."""
        return self._store.read(tracking_views.overview)

    def claimant_activity(self, name: str) -> ClaimantActivity:
        """One claimant's claims and denials over time."""
        return self._store.read(lambda s: tracking_views.claimant_activity(s, name))
