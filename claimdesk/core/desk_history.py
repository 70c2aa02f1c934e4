"""The history of articles and claims, and restoring older versions.

A mixin of :class:`claimdesk.core.desk.Desk`: it uses the desk's transactions and keeps the
index in step the same way every other action does (through the history table).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm import Session

from claimdesk.core.history_model import HistoryItem, RestoredVersion, VersionSide
from claimdesk.core.services import history_view

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

T = TypeVar("T")


class HistoryActions:
    """Who changed what and when, and going back to any recorded version."""

    if TYPE_CHECKING:

        def _transaction(self) -> AbstractContextManager[Session]: ...
        def _read(self, action: Callable[[Session], T]) -> T: ...
        def catch_up(self) -> int: ...

    def history(self, entity_id: str) -> list[HistoryItem]:
        """Every change to an article, claim or claimant (id or unique prefix; a deleted
        claim's id too), newest first, each with who, when, before, after and a summary."""
        return self._read(lambda s: history_view.entity_history(s, entity_id))

    def restore_version(
        self, history_id: int, side: VersionSide = VersionSide.AFTER
    ) -> RestoredVersion:
        """Put the article or claim of history entry ``history_id`` back as that entry
        recorded it (``after`` the change by default; ``before`` undoes the change); a
        deleted claim comes back. The restore is itself a new history entry."""
        with self._transaction() as session:
            restored = history_view.restore_version(session, history_id, side)
        self.catch_up()
        return restored
