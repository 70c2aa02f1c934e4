"""What the window does to claims and suggestions: mark, remove, edit, accept, dismiss, attach.

Everything that changes the library goes through the window's undo stack (except dismissing a
suggestion, which the desk cannot take back) and then re-reads the article it touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from claimdesk.core.desk import Desk
from claimdesk.core.messages import Message
from claimdesk.core.model import ArticleView, ClaimKind, ClaimView, Suggestion
from claimdesk.gui.claims.inspector_view import InspectorView
from claimdesk.gui.claims.refused_edits import RefusedEdits
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.ops.article_commands import AttachClaimCommand
from claimdesk.gui.ops.undo_commands import (
    AcceptSuggestionCommand,
    DeleteClaimCommand,
    EditClaimCommand,
    FieldEdit,
    MarkClaimCommand,
)

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext

# More sentences than this in one selection are marked only once the user confirms.
ASK_ABOVE_SENTENCES = 3
NO_SUGGESTION = tr_noop(
    "ClaimActions",
    "No suggestion here: press G (or Alt+N) to go to the next one, faintly underlined in the text.",
)
# The library's refusal of a span already marked (when the window's copy of the article was
# behind): like the window's own notice, it is about the article it came with.
ALREADY_MARKED = Message("That text is already marked: select other text, or edit that claim.")


class Selection(Protocol):
    """What the claim commands read of the reader's text (claimdesk.gui.reader.reader_text)."""

    def article(self) -> ArticleView | None:
        """The article shown, if any."""

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as code-point offsets."""

    def clear_selection(self) -> None:
        """Drop the text selection."""

    def current_suggestion(self) -> Suggestion | None:
        """The suggestion the cursor is in."""


class OrphanChoice(Protocol):
    """The list of orphaned claims under the reader (claimdesk.gui.reader.orphans_view)."""

    def current_claim(self) -> ClaimView | None:
        """The orphaned claim chosen in the list."""


class ClaimActions(QObject):
    """The window's claim commands; undoable ones are pushed on its undo stack."""

    def __init__(
        self,
        context: WindowContext,
        text: Selection,
        inspector: InspectorView,
        orphans: OrphanChoice,
    ) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._text = text
        self._inspector = inspector
        self._orphans = orphans
        self._focus_claimant_next = False
        self.question: QMessageBox | None = None
        self.refused = RefusedEdits(context, inspector, self.on_changed)
        # A notice about the open article (text, article id): it goes when another one shows.
        self._article_notice: tuple[str, str] | None = None
        context.state.article_shown.connect(self._article_shown)

    def mark(self, kind: ClaimKind) -> None:
        """Mark the reader's selection as a claim or a denial (undoable)."""
        article = self._text.article()
        span = self._text.selected_span()
        if article is None or span is None:
            self._c.notices.show_info(
                translate(
                    "ClaimActions",
                    "Select text first: click a sentence, press J / K, or drag over any span.",
                )
            )
            return
        taken = next(
            (c for c in article.claims if not c.orphaned and (c.start, c.end) == span), None
        )
        if taken is not None:
            # Marking it again would only be refused: show the claim that holds it instead.
            self._text.clear_selection()
            self._c.state.select_claim(taken.id)
            self._notice_about(
                article.id,
                translate(
                    "ClaimActions",
                    "That text is already marked: its claim is selected now. Edit it in the "
                    "inspector, or select other text.",
                ),
            )
            return
        self._article_notice = (ALREADY_MARKED.text(), article.id)
        sentences = sum(1 for s in article.sentences if s.start < span[1] and s.end > span[0])
        if sentences > ASK_ABOVE_SENTENCES and not self._confirm_large(kind, sentences):
            return
        self._focus_claimant_next = True
        self._text.clear_selection()
        self._c.undo_stack.push(
            MarkClaimCommand(
                self._c.ops, article.id, span[0], span[1], kind, self.on_changed, self.refused.book
            )
        )

    def _notice_about(self, article_id: str, text: str) -> None:
        self._c.notices.show_info(text)
        self._article_notice = (text, article_id)

    def _article_shown(self, article: ArticleView | None) -> None:
        """Another article in the reader: a notice about the one before goes."""
        notice = self._article_notice
        if notice is None or (article is not None and article.id == notice[1]):
            return
        self._article_notice = None
        notices = self._c.notices
        if notices.isVisible() and notices.text() == notice[0]:
            notices.dismiss()

    def _confirm_large(self, kind: ClaimKind, sentences: int) -> bool:
        """A selection of many sentences is rarely one claim (Ctrl+A, then a letter): ask.
        The question takes the keys typed after it, so none reach the reader or a field."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("ClaimActions", "Mark a long selection"),
            (
                translate("ClaimActions", "Mark these {count} sentences as one denial?")
                if kind is ClaimKind.DENIAL
                else translate("ClaimActions", "Mark these {count} sentences as one claim?")
            ).format(count=sentences),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._c.dialog_parent(),
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setInformativeText(
            translate(
                "ClaimActions",
                "A claim is usually one sentence or a part of one: click a sentence or drag "
                "over the words, then press C or D.",
            )
        )
        self.question = box  # for tests: the question on screen
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            self.question = None
            box.deleteLater()

    def delete_selected_claim(self) -> None:
        """Remove the selected claim (undoable)."""
        claim = self._inspector.claim()
        if claim is None:
            self._c.notices.show_info(
                translate("ClaimActions", "No claim is selected: click a highlighted claim first.")
            )
            return
        self._c.undo_stack.push(
            DeleteClaimCommand(self._c.ops, claim, self.on_changed, self.refused.book)
        )

    def edit(self, edit: FieldEdit) -> None:
        """An inspector change, as one undo step (typing bursts merge); a save another desk
        got in before, or one the database was not there for, goes to :attr:`refused`."""
        self._c.undo_stack.push(EditClaimCommand(self._c.ops, edit, self.refused.hooks()))

    def accept_suggestion(self) -> None:
        """Mark the suggestion under the cursor with its kind, claimant and cue (undoable)."""
        article = self._text.article()
        suggestion = self._text.current_suggestion()
        if article is None or suggestion is None:
            self._c.notices.show_info(translate("ClaimActions", NO_SUGGESTION))
            return
        self._text.clear_selection()
        self._c.undo_stack.push(
            AcceptSuggestionCommand(
                self._c.ops, article.id, suggestion, self.on_changed, self.refused.book
            )
        )

    def dismiss_suggestion(self) -> None:
        """Never offer the suggestion under the cursor again.

        Not on the undo stack: the desk keeps dismissals and has no call to take one back, and
        an undo that only hid the suggestion until the next start would be a lie.
        """
        article = self._text.article()
        suggestion = self._text.current_suggestion()
        if article is None or suggestion is None:
            self._c.notices.show_info(translate("ClaimActions", NO_SUGGESTION))
            return
        article_id = article.id

        def dismissed(fresh: ArticleView) -> None:
            self._c.state.show_article(fresh, None, None)
            self._c.notices.show_info(translate("ClaimActions", "Suggestion dismissed."))

        def work(desk: Desk) -> ArticleView:
            desk.dismiss_suggestion(article_id, suggestion)
            return desk.get_article(article_id)

        self._c.ops.run(work, dismissed)

    def attach_orphan(self) -> None:
        """Anchor the chosen orphaned claim to the reader's selection (undoable)."""
        inspected = self._inspector.claim()
        claim = inspected if inspected and inspected.orphaned else self._orphans.current_claim()
        if claim is None:
            self._c.notices.show_info(
                translate(
                    "ClaimActions",
                    "No orphaned claim to attach: A re-attaches a claim listed under Orphaned "
                    "claims.",
                )
            )
            return
        span = self._text.selected_span()
        if span is None:
            self._c.notices.show_info(
                translate(
                    "ClaimActions",
                    "Select the claim's new text in the article first, then press A.",
                )
            )
            return
        self._text.clear_selection()
        self._c.undo_stack.push(AttachClaimCommand(self._c.ops, claim, *span, self.on_changed))

    def on_changed(self, article_id: str, claim_id: str | None) -> None:
        """After any claim edit: re-read the article touched and the library state."""
        focus_claimant, self._focus_claimant_next = self._focus_claimant_next, False

        def shown(article: ArticleView) -> None:
            self._c.state.show_article(article, claim_id, None)
            if claim_id is None:
                self._c.state.select_claim(None)
            if focus_claimant and claim_id is not None:
                self._inspector.focus_claimant()

        self._c.ops.run(lambda desk: desk.get_article(article_id), shown)
