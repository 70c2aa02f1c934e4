"""What the window does to claims and suggestions: mark, remove, edit, accept, dismiss, attach.

Everything that changes the library goes through the window's undo stack (except dismissing a
suggestion, which the desk cannot take back) and then re-reads the article it touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from claimdesk.core.desk import Desk
from claimdesk.core.model import ArticleView, ClaimKind
from claimdesk.gui.article_commands import AttachClaimCommand
from claimdesk.gui.i18n import tr_noop, translate
from claimdesk.gui.refused_edits import RefusedEdits
from claimdesk.gui.undo_commands import (
    AcceptSuggestionCommand,
    DeleteClaimCommand,
    EditClaimCommand,
    FieldEdit,
    MarkClaimCommand,
)

if TYPE_CHECKING:
    from claimdesk.gui.main_window import MainWindow

NO_SUGGESTION = tr_noop(
    "ClaimActions",
    "No suggestion here: press G (or Alt+N) to go to the next one, faintly underlined in the text.",
)


class ClaimActions(QObject):
    """The window's claim commands; undoable ones are pushed on its undo stack."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._focus_claimant_next = False
        self.refused = RefusedEdits(window, self.on_changed)

    def mark(self, kind: ClaimKind) -> None:
        """Mark the reader's selection as a claim or a denial (undoable)."""
        w = self._w
        article = w.reader.text.article()
        span = w.reader.text.selected_span()
        if article is None or span is None:
            w.message_bar.show_info(
                translate(
                    "ClaimActions",
                    "Select text first: click a sentence, press J / K, or drag over any span.",
                )
            )
            return
        self._focus_claimant_next = True
        w.reader.text.clear_selection()
        w.undo_stack.push(
            MarkClaimCommand(
                w.ops, article.id, span[0], span[1], kind, self.on_changed, self.refused.book
            )
        )

    def delete_selected_claim(self) -> None:
        """Remove the selected claim (undoable)."""
        claim = self._w.inspector.claim()
        if claim is None:
            self._w.message_bar.show_info(
                translate("ClaimActions", "No claim is selected: click a highlighted claim first.")
            )
            return
        self._w.undo_stack.push(
            DeleteClaimCommand(self._w.ops, claim, self.on_changed, self.refused.book)
        )

    def edit(self, edit: FieldEdit) -> None:
        """An inspector change, as one undo step (typing bursts merge); a save another desk
        got in before, or one the database was not there for, goes to :attr:`refused`."""
        self._w.undo_stack.push(EditClaimCommand(self._w.ops, edit, self.refused.hooks()))

    def accept_suggestion(self) -> None:
        """Mark the suggestion under the cursor with its kind, claimant and cue (undoable)."""
        w = self._w
        article = w.reader.text.article()
        suggestion = w.reader.text.current_suggestion()
        if article is None or suggestion is None:
            w.message_bar.show_info(translate("ClaimActions", NO_SUGGESTION))
            return
        w.reader.text.clear_selection()
        w.undo_stack.push(
            AcceptSuggestionCommand(
                w.ops, article.id, suggestion, self.on_changed, self.refused.book
            )
        )

    def dismiss_suggestion(self) -> None:
        """Never offer the suggestion under the cursor again.

        Not on the undo stack: the desk keeps dismissals and has no call to take one back, and
        an undo that only hid the suggestion until the next start would be a lie.
        """
        w = self._w
        article = w.reader.text.article()
        suggestion = w.reader.text.current_suggestion()
        if article is None or suggestion is None:
            w.message_bar.show_info(translate("ClaimActions", NO_SUGGESTION))
            return
        article_id = article.id

        def dismissed(fresh: ArticleView) -> None:
            w.show_article(fresh, None, None)
            w.message_bar.show_info(translate("ClaimActions", "Suggestion dismissed."))

        def work(desk: Desk) -> ArticleView:
            desk.dismiss_suggestion(article_id, suggestion)
            return desk.get_article(article_id)

        w.ops.run(work, dismissed)

    def attach_orphan(self) -> None:
        """Anchor the chosen orphaned claim to the reader's selection (undoable)."""
        w = self._w
        inspected = w.inspector.claim()
        claim = inspected if inspected and inspected.orphaned else w.orphans.current_claim()
        if claim is None:
            w.message_bar.show_info(
                translate(
                    "ClaimActions",
                    "No orphaned claim to attach: A re-attaches a claim listed under Orphaned "
                    "claims.",
                )
            )
            return
        span = w.reader.text.selected_span()
        if span is None:
            w.message_bar.show_info(
                translate(
                    "ClaimActions",
                    "Select the claim's new text in the article first, then press A.",
                )
            )
            return
        w.reader.text.clear_selection()
        w.undo_stack.push(AttachClaimCommand(w.ops, claim, *span, self.on_changed))

    def on_changed(self, article_id: str, claim_id: str | None) -> None:
        """After any claim edit: re-read the article touched and the library state."""
        w = self._w
        focus_claimant, self._focus_claimant_next = self._focus_claimant_next, False

        def shown(article: ArticleView) -> None:
            w.show_article(article, claim_id, None)
            if claim_id is None:
                w.select_claim(None)
            if focus_claimant and claim_id is not None:
                w.inspector.focus_claimant()

        w.ops.run(lambda desk: desk.get_article(article_id), shown)
        w.refresh_library()
