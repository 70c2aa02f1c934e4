"""Plain data of the audit trail: what the inspector's history shows and what a restore did."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class VersionSide(StrEnum):
    """Which state of a history entry to restore: the one it left, or the one it replaced."""

    AFTER = "after"  # the version that change produced
    BEFORE = "before"  # the version the change replaced: restoring it undoes the change


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One change to an article, claim or claimant: who, when, before, after, in one line."""

    id: int
    at: dt.datetime
    actor: str
    entity: str  # "article" | "claim" | "claimant"
    entity_id: str
    action: str  # "create", "update", "delete", "restore", "revert", "edit_text", ...
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    summary: str  # e.g. "verdict: not rated → false"

    @property
    def restorable(self) -> bool:
        """True when the entry holds a version of an article or a claim to go back to."""
        return self.entity in ("article", "claim") and bool(self.before or self.after)


@dataclass(frozen=True, slots=True)
class RestoredVersion:
    """What :func:`restore_version` did; ``history_id`` is None when nothing had to change."""

    entity: str
    entity_id: str
    article_id: str
    history_id: int | None
    summary: str

    @property
    def changed(self) -> bool:
        """True when the restore changed the library (and left a history entry)."""
        return self.history_id is not None
