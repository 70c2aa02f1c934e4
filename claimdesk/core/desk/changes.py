"""The desk's change record: after a call that wrote, what it changed, for the window to
tell every view once (the library list, counts and claimant names refresh from it; nothing
reads the whole library again after an edit).

Every write goes through :meth:`DeskStore.transaction`, which notes that it wrote; every
change leaves history entries (see :mod:`claimdesk.core.services.history`), so the record is
read from the entries after the last one taken in: the call's own, and any another process
wrote meanwhile.
"""

from __future__ import annotations

import dataclasses

from claimdesk.core.desk.store import DeskStore
from claimdesk.core.index_sync import latest_history_id
from claimdesk.core.model import LibraryChange
from claimdesk.core.services.changes import read_change


class ChangeRecorder:
    """Hands out what changed since it last did."""

    def __init__(self, store: DeskStore) -> None:
        self._store = store
        self._mark: int | None = None

    def start(self) -> None:
        """Begin from the library as it is now."""
        self._mark = self._store.read(latest_history_id)
        self._store.wrote = False

    def look(self) -> None:
        """Let the next take read the history even if this desk wrote nothing (another
        process may have)."""
        self._store.wrote = True

    def take(self) -> LibraryChange | None:
        """What changed since the last take, or None when nothing did (or no call wrote)."""
        store = self._store
        if not store.wrote and not store.noted:
            return None
        noted, store.noted = store.noted, set()
        store.wrote = False
        if self._mark is None:
            self.start()
            return None
        change = self.since(self._mark)
        self._mark = change.upto
        if "published" in noted:
            change = dataclasses.replace(change, published=True)
        return None if change.empty else change

    def since(self, mark: int) -> LibraryChange:
        """What changed after history entry ``mark``."""
        return self._store.read(lambda session: read_change(session, mark))
