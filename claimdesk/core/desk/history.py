"""The desk's history part: who changed what and when, and going back to a recorded version.

Restoring writes through the desk's transactions and is itself a new history entry, so the
index and the change record follow it like every other edit.
"""

from __future__ import annotations

from claimdesk.core.desk.store import DeskStore
from claimdesk.core.model.history import HistoryItem, RestoredVersion, VersionSide
from claimdesk.core.services import history_view


class HistoryPart:
    """``desk.history``: the audit trail of articles, claims and claimants."""

    def __init__(self, store: DeskStore) -> None:
        self._store = store

    def entries(self, entity_id: str) -> list[HistoryItem]:
        """Every change to an article, claim or claimant (id or unique prefix; a deleted
        claim's id too), newest first, each with who, when, before, after and a summary."""
        return self._store.read(lambda s: history_view.entity_history(s, entity_id))

    def restore_version(
        self, history_id: int, side: VersionSide = VersionSide.AFTER
    ) -> RestoredVersion:
        """Put the article or claim of history entry ``history_id`` back as that entry
        recorded it (``after`` the change by default; ``before`` undoes the change); a
        deleted claim comes back. The restore is itself a new history entry."""
        with self._store.transaction() as session:
            restored = history_view.restore_version(session, history_id, side)
        self._store.sync()
        return restored
