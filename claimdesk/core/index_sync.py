"""Keeping the search index in step with the database through the history table.

Every change to the database leaves a history entry. The index remembers the last entry
it has taken in (a small file beside it); catching up means re-reading the articles and
claims named by newer entries. This works the same for this process's own edits, for
another process on the same library (the GUI and the CLI at once) and, later, for other
desks on a shared database.

Only one process writes the index at a time: the one holding :class:`IndexLock`, an
operating-system lock released even when the process is killed.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimdesk.core.storage.orm import Article, Claim, HistoryEntry

SYNC_FILE = "synced.json"
LOCK_FILE = "index.lock"


class IndexLock:
    """An exclusive, non-blocking lock on a library's index (one writer process at a time)."""

    def __init__(self, index_dir: Path) -> None:
        self._path = index_dir.parent / f"{index_dir.name}.lock"
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        """True while this process holds the lock."""
        return self._handle is not None

    def try_acquire(self) -> bool:
        """Take the lock if no other process has it; True when held afterwards."""
        if self._handle is not None:
            return True
        self._path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self._path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            _lock_file(handle)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        """Give the lock up (closing the file releases it)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _lock_file(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def read_mark(index_dir: Path) -> int | None:
    """The last history entry the index has taken in, or None when unknown."""
    try:
        data = json.loads((index_dir / SYNC_FILE).read_text(encoding="utf-8"))
        mark = data["history_id"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return mark if isinstance(mark, int) else None


def write_mark(index_dir: Path, history_id: int) -> None:
    """Remember the last history entry taken in (atomically: write then rename)."""
    target = index_dir / SYNC_FILE
    scratch = index_dir / f".{SYNC_FILE}.{os.getpid()}"
    scratch.write_text(json.dumps({"history_id": history_id}), encoding="utf-8")
    os.replace(scratch, target)


def latest_history_id(session: Session) -> int:
    """The newest history entry of the database (0 for an empty library)."""
    return session.scalar(select(func.max(HistoryEntry.id))) or 0


@dataclass(slots=True)
class PendingChanges:
    """What changed since a mark: ids to re-read, and the entry to mark afterwards."""

    upto: int
    article_ids: set[str] = field(default_factory=set)
    claim_ids: set[str] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        """True when nothing needs re-indexing."""
        return not (self.article_ids or self.claim_ids)


def pending_changes(session: Session, since: int) -> PendingChanges:
    """The articles and claims touched by history entries newer than ``since``.

    A changed article brings its claims along (they inherit its title, date and outlet);
    a changed claimant brings every claim it makes (they carry its names).
    """
    rows = session.execute(
        select(HistoryEntry.id, HistoryEntry.entity, HistoryEntry.entity_id).where(
            HistoryEntry.id > since
        )
    ).all()
    changes = PendingChanges(upto=max((r[0] for r in rows), default=since))
    claimant_ids: set[str] = set()
    for _id, entity, entity_id in rows:
        if entity == "article":
            changes.article_ids.add(entity_id)
        elif entity == "claim":
            changes.claim_ids.add(entity_id)
        elif entity == "claimant":
            claimant_ids.add(entity_id)
    if changes.article_ids:
        changes.claim_ids.update(
            session.scalars(select(Claim.id).where(Claim.article_id.in_(changes.article_ids)))
        )
    if claimant_ids:
        changes.claim_ids.update(
            session.scalars(select(Claim.id).where(Claim.claimant_id.in_(claimant_ids)))
        )
    return changes


def existing_ids(session: Session, model: type[Article] | type[Claim], ids: set[str]) -> set[str]:
    """Which of ``ids`` still exist in the table of ``model``."""
    if not ids:
        return set()
    return set(session.scalars(select(model.id).where(model.id.in_(ids))))
