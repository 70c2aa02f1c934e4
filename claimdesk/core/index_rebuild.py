"""A rebuild of the search index that runs beside the desk, not through it.

The desk prepares the job on its own thread (:meth:`Desk.prepare_rebuild`: it takes the
index's lock and marks searches as partial), any thread runs it (its own database session,
and the index swaps generations under its lock, replaying what the desk wrote meanwhile), and
the desk's thread finishes it (:meth:`Desk.finish_rebuild`). So a window can rebuild a large
library's index on a thread of its own while its worker keeps answering, and no thread but the
worker ever touches the desk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from claimdesk.core import index_sync
from claimdesk.core.search import SearchIndex
from claimdesk.core.services.search_docs import all_docs


class IndexRebuildJob:
    """Everything a rebuild needs, and nothing of the desk."""

    def __init__(
        self, sessions: sessionmaker[Session], index: SearchIndex, index_dir: Path, total: int
    ) -> None:
        self._sessions = sessions
        self._index = index
        self._index_dir = index_dir
        self.total = total  # records to index, as counted when the job was prepared
        self.built = False

    def run(self, progress: Callable[[int], None] | None = None) -> int:
        """Read every article and claim, build the index, record where it stands; the count
        of documents. ``progress`` may raise to stop it (the current index then stays)."""
        with self._sessions() as session:
            mark = index_sync.latest_history_id(session)
            article_docs, claim_docs = all_docs(session)
        self._index.rebuild(article_docs, claim_docs, progress)
        index_sync.write_mark(self._index_dir, mark)
        self.built = True
        return len(article_docs) + len(claim_docs)
