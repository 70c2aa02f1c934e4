"""Undoable edits. Each command runs its desk calls through :class:`Ops`, so they stay in order.

State a command needs later (the claim as the desk returned it) is stored by the job itself,
on the worker thread: an undo queued right behind a mark then sees the mark's result even
before the GUI thread has heard of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model import ClaimChanges, ClaimKind, ClaimView, Suggestion
from claimdesk.gui.ops import Ops

# Called on the GUI thread after a command's desk call: the article touched and the claim to
# select there (None: no claim, e.g. after the claim went away).
Changed = Callable[[str, str | None], None]

FIELD_LABELS = {
    "kind": "kind",
    "claimant": "claimant",
    "claim_text": "claim text",
    "verdict": "verdict",
    "explanation": "explanation",
    "status": "status",
    "notes": "notes",
    "tags": "tags",
}
# Fields typed into: consecutive edits of one burst become one undo step.
TYPED_FIELDS = frozenset({"claimant", "claim_text", "explanation", "notes", "tags"})
_MERGE_IDS = {name: 1000 + i for i, name in enumerate(sorted(FIELD_LABELS))}


@dataclass(frozen=True, slots=True)
class FieldEdit:
    """One inspector change: ``field`` of a claim goes from ``old`` to ``new``."""

    claim_id: str
    article_id: str
    field: str
    old: Any
    new: Any
    burst: int


class MarkClaimCommand(QUndoCommand):
    """Mark a span; undo deletes the claim, redo restores it with the same id."""

    def __init__(
        self, ops: Ops, article_id: str, start: int, end: int, kind: ClaimKind, changed: Changed
    ) -> None:
        super().__init__(f"Mark {kind.value}")
        self._ops = ops
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

    def __init__(self, ops: Ops, article_id: str, suggestion: Suggestion, changed: Changed) -> None:
        super().__init__(
            ops, article_id, suggestion.start, suggestion.end, suggestion.kind, changed
        )
        self.setText(f"Accept suggested {suggestion.kind.value}")
        self._suggestion = suggestion

    def _create(self, desk: Desk) -> ClaimView:
        return desk.accept_suggestion(self._article_id, self._suggestion)


class DeleteClaimCommand(QUndoCommand):
    """Remove a claim; undo restores it with the same id and fields."""

    def __init__(self, ops: Ops, claim: ClaimView, changed: Changed) -> None:
        super().__init__(f"Delete {claim.kind.value}")
        self._ops = ops
        self._claim = claim
        self._changed = changed

    def redo(self) -> None:
        """Delete, saving the claim as the desk last had it."""
        self._ops.run(self._redo_job, lambda _: self._changed(self._claim.article_id, None))

    def undo(self) -> None:
        """Put the claim back."""
        self._ops.run(
            lambda desk: desk.restore_claim(self._claim),
            lambda claim: self._changed(claim.article_id, claim.id),
        )

    def _redo_job(self, desk: Desk) -> None:
        self._claim = desk.delete_claim(self._claim.id)


class EditClaimCommand(QUndoCommand):
    """Change one field of a claim; typing bursts in one field merge into one step."""

    def __init__(self, ops: Ops, edit: FieldEdit, changed: Changed) -> None:
        super().__init__(f"Edit {FIELD_LABELS[edit.field]}")
        self._ops = ops
        self.edit = edit
        self._changed = changed

    def id(self) -> int:
        """Typed fields share an id per field so that :meth:`mergeWith` is asked."""
        return _MERGE_IDS[self.edit.field] if self.edit.field in TYPED_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb the next edit of the same field of the same claim in the same burst."""
        if not isinstance(other, EditClaimCommand):
            return False
        mine, theirs = self.edit, other.edit
        if (mine.claim_id, mine.field, mine.burst) != (theirs.claim_id, theirs.field, theirs.burst):
            return False
        self.edit = replace(mine, new=theirs.new)
        self.setObsolete(self.edit.new == self.edit.old)
        return True

    def redo(self) -> None:
        """Apply the new value."""
        self._apply(self.edit.new)

    def undo(self) -> None:
        """Put the old value back."""
        self._apply(self.edit.old)

    def _apply(self, value: Any) -> None:
        claim_id, article_id = self.edit.claim_id, self.edit.article_id
        changes = ClaimChanges(**{self.edit.field: value})
        self._ops.run(
            lambda desk: desk.update_claim(claim_id, changes),
            lambda _: self._changed(article_id, claim_id),
        )
