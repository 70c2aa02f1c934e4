"""The desk's search index kept in step with the database: catching up after every change
(through the history table, see :mod:`claimdesk.core.index_sync`), rebuilding it when broken,
and answering searches, offline or mid-rebuild included."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Collection
from typing import Any

from claimdesk.core import index_sync
from claimdesk.core.desk.store import DeskStore
from claimdesk.core.errors import DatabaseUnreachable, LibraryError
from claimdesk.core.index_rebuild import IndexRebuildJob
from claimdesk.core.index_sync import IndexLock, read_mark
from claimdesk.core.messages import Message
from claimdesk.core.model import SearchResults
from claimdesk.core.search import SearchIndex
from claimdesk.core.services import articles as article_service
from claimdesk.core.services.search_docs import docs_for
from claimdesk.core.storage.orm import Article, Claim

log = logging.getLogger(__name__)
OFFLINE_SEARCH = Message(
    "The team database cannot be reached: these results come from this computer's index "
    "and may miss the latest changes."
)
REBUILDING_SEARCH = Message(
    "The search index is being rebuilt: these results may miss records until it is done."
)


class IndexKeeper:
    """The index of one library, written only by the process holding its lock."""

    def __init__(self, store: DeskStore, index: SearchIndex, lock: IndexLock) -> None:
        self._store = store
        self.index = index
        self.lock = lock
        self._stale = False
        # A rebuild left for the caller (Desk.open's rebuild_later), or one running now:
        # until it ends, catching up would only start another.
        self.rebuild_waiting = False
        self._rebuilding = False
        # Deferred (the window): a write leaves the index to catch up a moment later, after
        # the answer the user waits for; a search catches up first all the same.
        self.deferred = False
        self.pending = False

    def search(
        self,
        query: str,
        limit: int = 50,
        *,
        offset: int = 0,
        order: str = "relevance",
        facets: bool = False,
        partial: bool = False,
    ) -> SearchResults:
        """Full-text and field search over articles and claims.

        ``offset`` skips that many best hits (the next page); ``order`` is "relevance" or
        "date"; ``facets`` adds counts per kind, verdict, status, claimant, outlet, language
        and year; ``partial`` reads the last word as still being typed (search as you type).
        """
        options: dict[str, Any] = {
            "offset": offset, "order": order, "facets": facets, "partial": partial,
        }  # fmt: skip
        if not partial or self.pending:  # a deferred write is searchable at once
            try:
                self.catch_up()
            except DatabaseUnreachable:
                # Offline, this computer's index still answers, and says what it is.
                found = self.index.search(query, limit, **options)
                return dataclasses.replace(found, notice=OFFLINE_SEARCH)
        try:
            found = self.index.search(query, limit, **options)
        except LibraryError:
            if not self.lock.held or self._rebuilding or self.rebuild_waiting:
                raise
            # The index is derived data: found broken, it is rebuilt from the database.
            log.warning("search index unreadable; rebuilding it")
            self.reindex()
            return self.index.search(query, limit, **options)
        if (self._rebuilding or self.rebuild_waiting) and found.notice is None:
            return dataclasses.replace(found, notice=REBUILDING_SEARCH)
        return found

    def reindex(self, progress: Callable[[int], None] | None = None) -> int:
        """Rebuild the search index from the database; returns the number of documents."""
        job = self.prepare_rebuild()
        if job is None:
            raise LibraryError(
                "Another ClaimDesk window keeps this library's search index: "
                "rebuild it from there, or close it first."
            )
        try:
            return job.run(progress)
        finally:
            self.finish_rebuild(job)

    def prepare_rebuild(self) -> IndexRebuildJob | None:
        """A rebuild of the index to run on any thread (see :mod:`claimdesk.core.index_rebuild`),
        or None when another process keeps the index; searches say they may be partial until
        :meth:`finish_rebuild`."""
        if not self.lock.held and not self.lock.try_acquire():
            return None
        stats = self._store.read(article_service.library_stats)
        self._rebuilding = True
        return IndexRebuildJob(
            self._store.sessions,
            self.index,
            self._store.location.index_dir,
            stats.articles + stats.claims + stats.denials,
        )

    def finish_rebuild(self, job: IndexRebuildJob) -> None:
        """After ``job`` ran, or stopped: the index is whole again when it was built."""
        self._rebuilding = False
        if job.built:
            self._stale = False
            self.rebuild_waiting = False

    @property
    def needs_rebuild(self) -> bool:
        """True when this desk keeps the index and it must be rebuilt (see :meth:`open`)."""
        return self.lock.held and (self.rebuild_waiting or self._stale or self.index.needs_rebuild)

    def catch_up(self) -> int:
        """Bring the index in step with every change in the database, this process's or
        another's; returns how many records were re-indexed (0 when not the index keeper)."""
        self.pending = False
        if not self.lock.held and not self.lock.try_acquire():
            return 0
        if self._rebuilding or self.rebuild_waiting:
            return 0
        if self._stale or self.index.needs_rebuild:
            return self.reindex()
        mark = read_mark(self._store.location.index_dir)
        if mark is None:
            return self.reindex()
        with self._store.sessions() as session:
            changes = index_sync.pending_changes(session, mark)
            if changes.upto == mark:
                return 0
            articles = index_sync.existing_ids(session, Article, changes.article_ids)
            claims = index_sync.existing_ids(session, Claim, changes.claim_ids)
            article_docs, claim_docs = docs_for(session, articles, claims)
        try:
            self.index.update(
                article_docs,
                claim_docs,
                delete_articles=sorted(changes.article_ids - articles),
                delete_claims=sorted(changes.claim_ids - claims),
            )
        except Exception:
            # The database has committed: it is the truth. A failing index is rebuilt
            # before the next search, never allowed to undo or block the edit.
            log.exception("search index update failed; it will be rebuilt")
            self._stale = True
            return 0
        index_sync.write_mark(self._store.location.index_dir, changes.upto)
        return len(article_docs) + len(claim_docs)

    def sync(self) -> None:
        """After a commit of our own: take it (and anything else new) into the index, now or,
        deferred, at the next :meth:`catch_up`."""
        if self.deferred:
            self.pending = True
            return
        self._sync_now()

    def _sync_now(self) -> None:
        # After a commit of our own: take it (and anything else new) into the index.
        try:
            self.catch_up()
        except DatabaseUnreachable:
            # The edit has committed; the index takes it in at the next catch-up.
            log.warning("team database lost right after a save; the index will catch up")

    def reindex_records(self, article_ids: Collection[str], claim_ids: Collection[str]) -> None:
        """Re-index these records, then catch up: imported history entries may be older than
        the index's mark, so the ids a merge touched are indexed by name."""
        if self.lock.held and (article_ids or claim_ids):
            articles, claims = self._store.read(
                lambda s: docs_for(s, set(article_ids), set(claim_ids))
            )
            self.index.update(articles, claims)
        self.catch_up()
