"""After an import, each new article's details are shown once for confirming (see
:mod:`claimdesk.gui.imports.confirm_dialog`), one article after the other.

Articles imported while one is being confirmed join the queue. A correction is saved with the
article's undoable edit (:class:`~claimdesk.gui.ops.article_commands.EditArticleCommand`, the
one Article properties uses), so Ctrl+Z takes it back and a new date re-resolves the relative
dates of the article and its claims (``update_article`` does).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model import ArticleChanges, ArticleView, ImportOutcome
from claimdesk.gui.imports.confirm_dialog import ConfirmMetadataDialog, FoundMetadata, read_found
from claimdesk.gui.ops.article_commands import EditArticleCommand

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext


class ConfirmStep(QObject):
    """A queue of imported articles to confirm; :attr:`dialog` is the one showing."""

    finished = Signal()  # the queue is empty and no dialog shows

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._queue: list[str] = []
        self._done = 0
        self._reading = False
        self.dialog: ConfirmMetadataDialog | None = None

    def offer(self, outcomes: Sequence[ImportOutcome]) -> None:
        """Queue the articles ``outcomes`` imported (duplicates and refusals are not new)."""
        fresh = [o.id for o in outcomes if o.status == "imported" and o.id is not None]
        if not fresh:
            return
        if not self.is_active():
            self._done = 0
        self._queue.extend(i for i in fresh if i not in self._queue)
        self._next()

    def is_active(self) -> bool:
        """True while an article is being confirmed or waits for it."""
        return self.dialog is not None or self._reading or bool(self._queue)

    def waiting(self) -> int:
        """How many articles wait after the one shown."""
        return len(self._queue)

    def _next(self) -> None:
        if self.dialog is not None or self._reading:
            return
        if not self._queue:
            self.finished.emit()
            return
        article_id = self._queue.pop(0)
        self._reading = True
        self._c.ops.run(
            lambda desk: read_found(desk.get_article(article_id, dates=False)),
            self._show,
            on_error=self._unreadable,
        )

    def _unreadable(self, _error: ClaimDeskError) -> None:
        # Removed (or undone) before its turn came: nothing to confirm.
        self._reading = False
        self._next()

    def _show(self, found: FoundMetadata) -> None:
        self._reading = False
        self._done += 1
        count = self._done + len(self._queue)
        dialog = ConfirmMetadataDialog(found, self._done, count, self._c.dialog_parent())
        dialog.decided.connect(lambda choice: self._decided(dialog, choice))
        self.dialog = dialog
        # Not modal: the article is open behind it and can be read while deciding.
        dialog.show()
        dialog.activateWindow()

    def _decided(self, dialog: ConfirmMetadataDialog, choice: str) -> None:
        if choice == "save":
            self._save(dialog.article_id(), *dialog.changes())
        elif choice == "skip_rest":
            self._queue.clear()
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if not self._queue:
            # Back to the article: the keyboard goes where it was before the step.
            self._c.dialog_parent().activateWindow()
        self._next()

    def _save(self, article_id: str, old: ArticleChanges, new: ArticleChanges) -> None:
        if new == ArticleChanges():
            return
        self._c.undo_stack.push(
            EditArticleCommand(self._c.ops, article_id, old, new, self._on_edited)
        )

    def _on_edited(self, article: ArticleView) -> None:
        shown = self._c.state.current_article()
        if shown is not None and shown.id == article.id:
            self._c.state.show_article(article, None, None)
