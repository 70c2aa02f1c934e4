"""Editing the open article: its properties and its text, both undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from claimdesk.core.model import ArticleChanges, ArticleView
from claimdesk.core.services.article_text import TextReplaced
from claimdesk.gui.article_commands import EditArticleCommand, ReplaceTextCommand
from claimdesk.gui.article_properties_dialog import ArticlePropertiesDialog
from claimdesk.gui.i18n import tr_noop, translate
from claimdesk.gui.text_edit_dialog import TextEditDialog

if TYPE_CHECKING:
    from claimdesk.gui.main_window import MainWindow

NO_ARTICLE = tr_noop("ArticleEditing", "Open an article first: pick one in the library.")


class ArticleEditing(QObject):
    """The Article menu's edits of the open article."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window

    def edit_properties(self) -> None:
        """Edit the open article's title, outlet, date, language… (undoable)."""
        article = self._w.current_article()
        if article is None:
            self._w.message_bar.show_info(translate("ArticleEditing", NO_ARTICLE))
            return
        dialog = ArticlePropertiesDialog(article, self._w)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_changes(article.id, *dialog.changes())
        dialog.deleteLater()

    def apply_changes(self, article_id: str, old: ArticleChanges, new: ArticleChanges) -> None:
        """Save ``new`` through the undo stack; undo writes ``old`` back."""
        if new != ArticleChanges():
            self._w.undo_stack.push(
                EditArticleCommand(self._w.ops, article_id, old, new, self._on_edited)
            )

    def _on_edited(self, article: ArticleView) -> None:
        shown = self._w.current_article()
        if shown is not None and shown.id == article.id:
            self._w.show_article(article, None, None)
        self._w.refresh_library()

    def edit_text(self) -> None:
        """Correct the open article's text in an editor; claims are placed again (undoable)."""
        article = self._w.current_article()
        if article is None:
            self._w.message_bar.show_info(translate("ArticleEditing", NO_ARTICLE))
            return
        dialog = TextEditDialog(article, self._w)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed():
            self.replace_text(article.id, article.text, dialog.text())
        dialog.deleteLater()

    def replace_text(self, article_id: str, old_text: str, new_text: str) -> None:
        """Replace an article's text through the undo stack; undo puts ``old_text`` back."""
        self._w.inspector.flush()
        self._w.undo_stack.push(
            ReplaceTextCommand(self._w.ops, article_id, old_text, new_text, self._on_replaced)
        )

    def _on_replaced(self, result: TextReplaced, forward: bool) -> None:
        w = self._w
        shown = w.current_article()
        if shown is not None and shown.id == result.article.id:
            w.show_article(result.article, None, None)
        w.refresh_library()
        lost = len(result.orphaned)
        if not forward:
            w.message_bar.show_info(
                translate("ArticleEditing", "The article's text is back as it was.")
            )
        elif lost:
            warning = (
                translate(
                    "ArticleEditing",
                    "{count} claim could not be placed in the corrected text: it is listed under "
                    "Orphaned claims; select new text and press A to attach it.",
                )
                if lost == 1
                else translate(
                    "ArticleEditing",
                    "{count} claims could not be placed in the corrected text: they are listed "
                    "under Orphaned claims; select new text and press A to attach one.",
                )
            )
            w.message_bar.show_warning(warning.format(count=lost))
        else:
            placed = len(result.article.claims)
            if not placed:
                done = translate("ArticleEditing", "Text corrected.")
            elif placed == 1:
                done = translate(
                    "ArticleEditing", "Text corrected; {count} claim placed in the new text."
                )
            else:
                done = translate(
                    "ArticleEditing", "Text corrected; {count} claims placed in the new text."
                )
            w.message_bar.show_info(done.format(count=placed))
