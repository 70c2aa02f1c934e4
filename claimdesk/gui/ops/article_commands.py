"""Undoable edits of an article: its metadata, its text, and re-attaching an orphaned claim.

Like :mod:`claimdesk.gui.ops.undo_commands`, each command runs its desk calls through
:class:`Ops`, so they stay in order with everything else the window queues.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model import ArticleChanges, ArticleView, ClaimFilter, ClaimKind, ClaimView
from claimdesk.core.model.results import TextReplaced
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.ops.ops import Ops
from claimdesk.gui.ops.undo_commands import Changed

# Called on the GUI thread with the article after the change.
ArticleChanged = Callable[[ArticleView], None]
# Called with the result of a text replacement and True for redo, False for undo.
TextChanged = Callable[[TextReplaced, bool], None]


class _OnceFailing(QUndoCommand):
    """A command whose first redo may be refused: from then on it does nothing either way."""

    def __init__(self, text: str, ops: Ops) -> None:
        super().__init__(text)
        self._ops = ops
        self._failed = False

    def _on_error(self, error: ClaimDeskError) -> None:
        self._failed = True
        self._ops.failed.emit(error.message)


class EditArticleCommand(_OnceFailing):
    """Change an article's metadata; undo writes the old values back."""

    def __init__(
        self,
        ops: Ops,
        article_id: str,
        old: ArticleChanges,
        new: ArticleChanges,
        changed: ArticleChanged,
    ) -> None:
        super().__init__(translate("ArticleCommands", "Edit article properties"), ops)
        self._article_id = article_id
        self._old = old
        self._new = new
        self._changed = changed

    def redo(self) -> None:
        """Apply the new values."""
        self._apply(self._new, on_error=self._on_error)

    def undo(self) -> None:
        """Put the old values back."""
        self._apply(self._old, on_error=None)

    def _apply(
        self, changes: ArticleChanges, on_error: Callable[[ClaimDeskError], None] | None
    ) -> None:
        if self._failed:
            return
        article_id = self._article_id
        self._ops.run(
            lambda desk: desk.update_article(article_id, changes), self._changed, on_error=on_error
        )


class ReplaceTextCommand(_OnceFailing):
    """Correct an article's text (claims re-anchored); undo puts the old text back."""

    def __init__(
        self, ops: Ops, article_id: str, old_text: str, new_text: str, changed: TextChanged
    ) -> None:
        super().__init__(translate("ArticleCommands", "Edit article text"), ops)
        self._article_id = article_id
        self._old_text = old_text
        self._new_text = new_text
        self._changed = changed

    def redo(self) -> None:
        """Replace the text with the corrected one."""
        if self._failed:
            return
        article_id, text = self._article_id, self._new_text
        self._ops.run(
            lambda desk: desk.replace_article_text(article_id, text),
            lambda result: self._changed(result, True),
            on_error=self._on_error,
        )

    def undo(self) -> None:
        """Restore the text as it was; claims are placed in it again."""
        if self._failed:
            return
        article_id, text = self._article_id, self._old_text
        self._ops.run(
            lambda desk: desk.replace_article_text(article_id, text),
            lambda result: self._changed(result, False),
        )


class AttachClaimCommand(_OnceFailing):
    """Anchor a claim (an orphaned one) to a span; undo puts the claim back as it was."""

    def __init__(self, ops: Ops, claim: ClaimView, start: int, end: int, changed: Changed) -> None:
        text = (
            translate("ArticleCommands", "Attach denial")
            if claim.kind is ClaimKind.DENIAL
            else translate("ArticleCommands", "Attach claim")
        )
        super().__init__(text, ops)
        self._claim_id = claim.id
        self._article_id = claim.article_id
        self._span = (start, end)
        self._changed = changed
        self._before: ClaimView | None = None

    def redo(self) -> None:
        """Attach, keeping the claim as the desk had it just before."""
        if self._failed:
            return
        self._ops.run(self._redo_job, self._after, on_error=self._on_error)

    def undo(self) -> None:
        """Put the claim back exactly as it was before the attach (orphaned, old quote)."""
        if self._failed:
            return
        self._ops.run(self._undo_job, self._after)

    def _redo_job(self, desk: Desk) -> ClaimView:
        claims = desk.list_claims(ClaimFilter(article_id=self._article_id))
        self._before = next(c for c in claims if c.id == self._claim_id)
        return desk.attach_claim(self._claim_id, *self._span)

    def _undo_job(self, desk: Desk) -> ClaimView | None:
        if self._before is None:
            return None
        # The desk has no "detach": the claim goes out and comes back with its old anchor,
        # same id and fields, which is what restore_claim is for.
        desk.delete_claim(self._claim_id)
        return desk.restore_claim(self._before)

    def _after(self, _claim: ClaimView | None) -> None:
        self._changed(self._article_id, self._claim_id)
