"""Edits of a claim that someone else may have saved first: which version an edit builds on,
and what differs when the desk refuses it. Plain Python: jobs use it on the worker thread,
the conflict dialog on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, fields, replace
from typing import Any

from PySide6.QtCore import QDate, QLocale

from claimdesk.core.desk import Desk
from claimdesk.core.errors import EditConflict
from claimdesk.core.model import ClaimChanges, ClaimKind, ClaimView, Status, Verdict
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.common.labels import label, not_rated

# The editable fields in form order, with their names as shown (through field_label()).
FIELD_LABELS = {
    "kind": tr_noop("ConflictCase", "kind"),
    "claimant": tr_noop("ConflictCase", "claimant"),
    "claim_text": tr_noop("ConflictCase", "claim text"),
    "verdict": tr_noop("ConflictCase", "verdict"),
    "explanation": tr_noop("ConflictCase", "explanation"),
    "status": tr_noop("ConflictCase", "status"),
    "notes": tr_noop("ConflictCase", "notes"),
    "tags": tr_noop("ConflictCase", "tags"),
}
_SHOWN_CHARS = 120


def field_label(name: str) -> str:
    """An editable field's name as the inspector shows it, in the UI language."""
    return translate("ConflictCase", FIELD_LABELS[name])


def claim_values(claim: ClaimView) -> dict[str, Any]:
    """The editable fields of ``claim`` as the inspector holds them ("" for none)."""
    return {
        "kind": claim.kind,
        "claimant": claim.claimant or "",
        "claim_text": claim.claim_text,
        "verdict": claim.verdict or "",
        "explanation": claim.explanation,
        "status": claim.status,
        "notes": claim.notes,
        "tags": claim.tags,
    }


def change_values(changes: ClaimChanges) -> dict[str, Any]:
    """The fields ``changes`` sets, in the inspector's form (enums, "" for none)."""
    values: dict[str, Any] = {}
    for item in fields(changes):
        value = getattr(changes, item.name)
        if item.name not in FIELD_LABELS or value is None:
            continue
        if item.name == "kind":
            value = ClaimKind(value)
        elif item.name == "status":
            value = Status(value)
        elif item.name == "verdict" and value != "":
            value = Verdict(value)
        values[item.name] = value
    return values


def shown_value(field: str, value: Any, limit: int | None = _SHOWN_CHARS) -> str:
    """A field's value in a line for the conflict dialog, cut at ``limit`` characters."""
    if field == "verdict" and value == "":
        return not_rated()
    if field == "tags":
        return ", ".join(value) if value else translate("ConflictCase", "(none)")
    text = label(value) if isinstance(value, ClaimKind | Status | Verdict) else str(value)
    text = " ".join(text.split())
    if not text:
        return translate("ConflictCase", "(empty)")
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One field of a conflict: its value now, and the value this desk tried to save."""

    field: str
    theirs: Any
    yours: Any
    they_changed: bool
    you_changed: bool

    @property
    def label(self) -> str:
        """The field's name as the inspector shows it."""
        return field_label(self.field)


@dataclass(frozen=True, slots=True)
class ConflictCase:
    """An edit the desk refused because another desk saved the claim first."""

    known: ClaimView  # the claim as this desk last knew it (seen or saved by itself)
    current: ClaimView  # the claim as it is now
    changed_by: str
    changed_at: dt.datetime
    attempted: ClaimChanges

    @classmethod
    def from_error(cls, conflict: EditConflict, known: ClaimView | None) -> ConflictCase:
        """The case of ``conflict``; ``known`` defaults to the claim as it is now."""
        return cls(
            known=known or conflict.current,
            current=conflict.current,
            changed_by=conflict.changed_by,
            changed_at=conflict.changed_at,
            attempted=replace(conflict.attempted, expected_version=None),
        )

    @property
    def claim_id(self) -> str:
        """The claim both desks edited."""
        return self.current.id

    @property
    def who(self) -> str:
        """Who saved first, never an empty name."""
        return self.changed_by.strip() or translate("ConflictCase", "someone else")

    def when(self, now: dt.datetime | None = None) -> str:
        """The other save's local time: "14:02", with the date when not today."""
        local = self.changed_at.astimezone()
        today = (now or dt.datetime.now().astimezone()).date()
        if local.date() == today:
            return f"{local:%H:%M}"
        day = QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
        return f"{day} {local:%H:%M}"

    def with_later(self, later: ConflictCase) -> ConflictCase:
        """This case and a later refusal of the same claim as one decision."""
        attempted = replace(self.attempted, **change_values(later.attempted))
        return replace(later, known=self.known, attempted=replace(attempted, expected_version=None))

    def differences(self) -> list[FieldDifference]:
        """The fields the other desk changed or this desk tried to save, in form order."""
        known, current = claim_values(self.known), claim_values(self.current)
        yours = change_values(self.attempted)
        rows: list[FieldDifference] = []
        for name in FIELD_LABELS:
            they_changed = current[name] != known[name]
            you_changed = name in yours
            if they_changed or (you_changed and yours[name] != current[name]):
                rows.append(
                    FieldDifference(name, current[name], yours.get(name), they_changed, you_changed)
                )
        return rows


class VersionBook:
    """The versions this desk produced itself, so that a burst of edits queued before the
    first one's answer builds on it rather than conflicting with itself.

    An edit names the claim as the user saw it; following this desk's own saves from that
    version gives the version to expect. A save by anyone else breaks the chain, so an edit
    over it is refused by the desk instead of overwriting it. A claim this desk deleted and
    put back (undo, redo) starts a new chain: its versions start again.
    """

    def __init__(self) -> None:
        self._after: dict[tuple[str, int], ClaimView] = {}
        self._restarts: dict[str, tuple[int, ClaimView]] = {}
        self._count = 0
        self._lock = threading.Lock()

    def mark(self) -> int:
        """A point in this desk's history: edits made now know of the restarts before it."""
        with self._lock:
            return self._count

    def saved(self, before: int, view: ClaimView) -> None:
        """This desk saved the claim at version ``before``; ``view`` is the result."""
        if view.version != before:
            with self._lock:
                self._after[(view.id, before)] = view

    def restarted(self, view: ClaimView) -> None:
        """This desk created or put back the claim: ``view`` is its first version."""
        with self._lock:
            self._count += 1
            self._restarts[view.id] = (self._count, view)
            for key in [key for key in self._after if key[0] == view.id]:
                del self._after[key]

    def latest(self, seen: ClaimView, since: int | None = None) -> ClaimView:
        """The claim as this desk last knew it, starting from the version the user saw (at
        :meth:`mark` ``since``; a claim put back after that starts from the put-back one)."""
        view = seen
        with self._lock:
            restart = self._restarts.get(seen.id)
            if restart is not None and since is not None and restart[0] > since:
                view = restart[1]
            for _ in range(len(self._after) + 1):
                later = self._after.get((view.id, view.version))
                if later is None:
                    break
                view = later
        return view


@dataclass(frozen=True, slots=True)
class Saved:
    """The desk took the edit."""

    view: ClaimView


@dataclass(frozen=True, slots=True)
class Refused:
    """Someone else saved the claim first; nothing was saved."""

    case: ConflictCase


def save_edit(
    desk: Desk,
    book: VersionBook,
    claim_id: str,
    changes: ClaimChanges,
    seen: ClaimView | None,
    since: int | None = None,
) -> Saved | Refused:
    """Save ``changes`` over the claim the user saw (at book mark ``since``); runs on the
    worker thread. Without ``seen`` the save is unconditional, as before team databases.
    """
    known = book.latest(seen, since) if seen is not None else None
    expected = known.version if known is not None else None
    try:
        view = desk.update_claim(claim_id, replace(changes, expected_version=expected))
    except EditConflict as conflict:
        return Refused(ConflictCase.from_error(conflict, known))
    if known is not None:
        book.saved(known.version, view)
    return Saved(view)
