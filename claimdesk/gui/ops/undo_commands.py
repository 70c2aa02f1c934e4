"""Undoable edits. Each command runs its desk calls through :class:`Ops`, so they stay in order.

State a command needs later (the claim as the desk returned it) is stored by the job itself,
on the worker thread: an undo queued right behind a mark then sees the mark's result even
before the GUI thread has heard of it. Claim edits name the version they build on (see
:mod:`claimdesk.gui.ops.edit_conflicts`), so a save by another desk is never overwritten unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import shiboken6
from PySide6.QtGui import QUndoCommand

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError, DatabaseUnreachable
from claimdesk.core.model import ClaimChanges, ClaimKind, ClaimView, Suggestion
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.ops.edit_conflicts import (
    FIELD_LABELS,
    ConflictCase,
    Refused,
    Saved,
    VersionBook,
    claim_values,
    save_edit,
)
from claimdesk.gui.ops.ops import Ops

# Called on the GUI thread after a command's desk call: the article touched and the claim to
# select there (None: no claim, e.g. after the claim went away).
Changed = Callable[[str, str | None], None]

# Fields typed into: consecutive edits of one burst become one undo step.
TYPED_FIELDS = frozenset({"claimant", "claim_text", "explanation", "notes", "tags"})
_MERGE_IDS = {name: 1000 + i for i, name in enumerate(sorted(FIELD_LABELS))}
# The undo step's name per field (Edit > Undo "Edit claimant"), translated where shown.
_EDIT_TEXTS = {
    "kind": tr_noop("UndoCommands", "Edit kind"),
    "claimant": tr_noop("UndoCommands", "Edit claimant"),
    "claim_text": tr_noop("UndoCommands", "Edit claim text"),
    "verdict": tr_noop("UndoCommands", "Edit verdict"),
    "explanation": tr_noop("UndoCommands", "Edit explanation"),
    "status": tr_noop("UndoCommands", "Edit status"),
    "notes": tr_noop("UndoCommands", "Edit notes"),
    "tags": tr_noop("UndoCommands", "Edit tags"),
}


@dataclass(frozen=True, slots=True)
class FieldEdit:
    """One inspector change: ``field`` of a claim goes from ``old`` to ``new``."""

    claim_id: str
    article_id: str
    field: str
    old: Any
    new: Any
    burst: int
    seen: ClaimView | None = None  # the claim as the user saw it when editing


class MarkClaimCommand(QUndoCommand):
    """Mark a span; undo deletes the claim, redo restores it with the same id."""

    def __init__(
        self,
        ops: Ops,
        article_id: str,
        start: int,
        end: int,
        kind: ClaimKind,
        changed: Changed,
        book: VersionBook | None = None,
    ) -> None:
        super().__init__(
            translate("UndoCommands", "Mark denial")
            if kind is ClaimKind.DENIAL
            else translate("UndoCommands", "Mark claim")
        )
        self._ops = ops
        self._book = book
        self._article_id = article_id
        self._span = (start, end)
        self._kind = kind
        self._changed = changed
        self._claim: ClaimView | None = None
        self._failed = False

    def redo(self) -> None:
        """Mark the first time, restore the saved claim after an undo."""
        self._ops.run(self._redo_job, self._after, on_error=self._on_error)

    def undo(self) -> None:
        """Delete the claim, keeping it as it was for a redo."""
        self._ops.run(self._undo_job, lambda _: self._changed(self._article_id, None))

    def _redo_job(self, desk: Desk) -> ClaimView | None:
        if self._failed:
            return None
        if self._claim is None:
            self._claim = self._create(desk)
        else:
            self._claim = desk.restore_claim(self._claim)
        if self._book is not None:
            self._book.restarted(self._claim)
        return self._claim

    def _create(self, desk: Desk) -> ClaimView:
        return desk.mark_claim(self._article_id, *self._span, self._kind)

    def _undo_job(self, desk: Desk) -> None:
        if self._claim is not None:
            self._claim = desk.delete_claim(self._claim.id)

    def _after(self, claim: ClaimView | None) -> None:
        if claim is not None:
            self._changed(claim.article_id, claim.id)

    def _on_error(self, error: ClaimDeskError) -> None:
        # The mark never happened: undo and redo of this step do nothing from now on.
        self._failed = True
        self._ops.failed.emit(error.message)


class AcceptSuggestionCommand(MarkClaimCommand):
    """Accept a suggestion: a claim with its kind, claimant and cue. Undo deletes the claim, and
    the suggestion is offered again since nothing covers its span any more."""

    def __init__(
        self,
        ops: Ops,
        article_id: str,
        suggestion: Suggestion,
        changed: Changed,
        book: VersionBook | None = None,
    ) -> None:
        super().__init__(
            ops, article_id, suggestion.start, suggestion.end, suggestion.kind, changed, book
        )
        self.setText(
            translate("UndoCommands", "Accept suggested denial")
            if suggestion.kind is ClaimKind.DENIAL
            else translate("UndoCommands", "Accept suggested claim")
        )
        self._suggestion = suggestion

    def _create(self, desk: Desk) -> ClaimView:
        return desk.accept_suggestion(self._article_id, self._suggestion)


class DeleteClaimCommand(QUndoCommand):
    """Remove a claim; undo restores it with the same id and fields."""

    def __init__(
        self, ops: Ops, claim: ClaimView, changed: Changed, book: VersionBook | None = None
    ) -> None:
        super().__init__(
            translate("UndoCommands", "Delete denial")
            if claim.kind is ClaimKind.DENIAL
            else translate("UndoCommands", "Delete claim")
        )
        self._ops = ops
        self._claim = claim
        self._changed = changed
        self._book = book

    def redo(self) -> None:
        """Delete, saving the claim as the desk last had it."""
        self._ops.run(self._redo_job, lambda _: self._changed(self._claim.article_id, None))

    def undo(self) -> None:
        """Put the claim back."""
        self._ops.run(self._undo_job, lambda claim: self._changed(claim.article_id, claim.id))

    def _undo_job(self, desk: Desk) -> ClaimView:
        restored = desk.restore_claim(self._claim)
        if self._book is not None:
            self._book.restarted(restored)
        return restored

    def _redo_job(self, desk: Desk) -> None:
        self._claim = desk.delete_claim(self._claim.id)


@dataclass(frozen=True, slots=True)
class EditHooks:
    """What edit commands share and whom they tell (callbacks run on the GUI thread)."""

    changed: Changed
    book: VersionBook
    # The command holding the refused edit, whether it was an undo, and the conflict.
    conflict: Callable[[EditClaimCommand, bool, ConflictCase], None]
    # The command, the step it was taking ("push", "undo" or "redo") and the one-line reason.
    offline: Callable[[EditClaimCommand, str, str], None]


class EditClaimCommand(QUndoCommand):
    """Change one field of a claim; typing bursts in one field merge into one step.

    Every save names the version of the claim the user saw (``edit.seen``, then this desk's
    own saves since): a save by another desk in between is refused and handed to
    ``hooks.conflict`` instead of being overwritten.
    """

    def __init__(self, ops: Ops, edit: FieldEdit, hooks: EditHooks) -> None:
        super().__init__(translate("UndoCommands", _EDIT_TEXTS[edit.field]))
        self._ops = ops
        self.edit = edit
        self._hooks = hooks
        self._since = hooks.book.mark()
        self.merged_into: EditClaimCommand | None = None
        self.dropped = False
        self.applied = False
        self.skip_next = False

    def id(self) -> int:
        """Typed fields share an id per field so that :meth:`mergeWith` is asked."""
        return _MERGE_IDS[self.edit.field] if self.edit.field in TYPED_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb the next edit of the same field of the same claim in the same burst."""
        if not isinstance(other, EditClaimCommand) or self.dropped or other.dropped:
            return False
        mine, theirs = self.edit, other.edit
        if (mine.claim_id, mine.field, mine.burst) != (theirs.claim_id, theirs.field, theirs.burst):
            return False
        self.edit = replace(mine, new=theirs.new)
        other.merged_into = self
        self.setObsolete(self.edit.new == self.edit.old)
        return True

    def holder(self) -> EditClaimCommand:
        """The command on the stack that holds this edit now (itself unless merged away)."""
        command = self
        while command.merged_into is not None:
            command = command.merged_into
        return command

    def redo(self) -> None:
        """Apply the new value."""
        self._apply(self.edit.new, "redo" if self.applied else "push")

    def undo(self) -> None:
        """Put the old value back."""
        self._apply(self.edit.old, "undo")

    def drop(self) -> None:
        """The edit never reached the library: the step does nothing and leaves the stack."""
        self.dropped = True
        if shiboken6.isValid(self):
            self.setObsolete(True)

    def resolved(self, step: str, current: ClaimView, saved: ClaimView) -> None:
        """The user saved this edit over ``current``: undo and redo now build on ``saved``
        and go back to ``current``'s value rather than to a value from before it."""
        theirs = claim_values(current)[self.edit.field]
        if step == "undo":
            self.edit = replace(self.edit, new=theirs, seen=saved)
        else:
            self.edit = replace(self.edit, old=theirs, seen=saved)
        self._since = self._hooks.book.mark()
        self.applied = True

    def _apply(self, value: Any, step: str) -> None:
        if self.dropped:
            return
        if self.skip_next:
            # The stack is only being put back where the library is; nothing to save.
            self.skip_next = False
            return
        claim_id, article_id, seen = self.edit.claim_id, self.edit.article_id, self.edit.seen
        changes = ClaimChanges(**{self.edit.field: value})
        book, since = self._hooks.book, self._since

        def done(outcome: Saved | Refused) -> None:
            if isinstance(outcome, Refused):
                self._hooks.conflict(self.holder(), step == "undo", outcome.case)
                return
            self.holder().applied = True
            self._hooks.changed(article_id, claim_id)

        def failed(error: ClaimDeskError) -> None:
            if isinstance(error, DatabaseUnreachable):
                self._hooks.offline(self, step, error.message)
            else:
                self._ops.failed.emit(error.message)

        self._ops.run(
            lambda desk: save_edit(desk, book, claim_id, changes, seen, since),
            done,
            on_error=failed,
        )
