"""What every part of a desk shares: the library's place, its database sessions and the
step that brings the search index in line after a write."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from claimdesk.core.errors import InputRefused
from claimdesk.core.library import LibraryLocation

T = TypeVar("T")


class DeskStore:
    """One library's database, for the desk and its parts (one worker thread at a time)."""

    def __init__(
        self,
        location: LibraryLocation,
        sessions: sessionmaker[Session],
        sync: Callable[[], None],
    ) -> None:
        self.location = location
        self.sessions = sessions
        self._sync = sync
        # Set by every transaction: the desk's change record reads the history only after
        # calls that wrote (see Desk.take_changes); ``noted`` holds what changed beside the
        # history ("published": fact-checks of other outlets, kept apart from it).
        self.wrote = False
        self.noted: set[str] = set()

    def note(self, what: str) -> None:
        """Tell the change record of a change the history does not hold."""
        self.noted.add(what)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction, committed on leaving; a concurrent edit of the same row is refused."""
        self.wrote = True
        try:
            with self.sessions() as session, session.begin():
                yield session
        except StaleDataError:
            # Another desk saved or removed the same claim between our read and our write.
            raise InputRefused(
                "Someone else changed this claim at the same moment: nothing was saved; "
                "look at it again and repeat your change."
            ) from None

    def read(self, action: Callable[[Session], T]) -> T:
        """Run ``action`` in a session that writes nothing."""
        with self.sessions() as session:
            return action(session)

    def sync(self) -> None:
        """After a commit: bring the search index in step with it (and with others')."""
        self._sync()
