"""Editing the open article: its properties and its text, both undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QDialog

from claimdesk.core.model import ArticleChanges, ArticleView
from claimdesk.core.model.results import TextReplaced
from claimdesk.gui.articles.article_properties_dialog import ArticlePropertiesDialog
from claimdesk.gui.articles.snapshot_box import SnapshotBox
from claimdesk.gui.articles.text_edit_dialog import TextEditDialog
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.ops.article_commands import EditArticleCommand, ReplaceTextCommand

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext

NO_ARTICLE = tr_noop("ArticleEditing", "Open an article first: pick one in the library.")


class ArticleEditing(QObject):
    """The Article menu's edits of the open article."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self.snapshot_box: SnapshotBox | None = None

    def edit_properties(self) -> None:
        """Edit the open article's title, outlet, date, language… (undoable)."""
        article = self._c.state.current_article()
        if article is None:
            self._c.notices.show_info(translate("ArticleEditing", NO_ARTICLE))
            return
        dialog = ArticlePropertiesDialog(article, self._c.dialog_parent())
        # A page taken by its address shows when it was captured, above the buttons.
        snapshot = SnapshotBox(self._c, dialog)
        layout = dialog.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(max(layout.count() - 1, 0), snapshot)
        snapshot.load(article.id)
        self.snapshot_box = snapshot  # the box of the dialog open now (tests look at it)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        snapshot.alive = False
        if accepted:
            self.apply_changes(article.id, *dialog.changes())
        dialog.deleteLater()

    def apply_changes(self, article_id: str, old: ArticleChanges, new: ArticleChanges) -> None:
        """Save ``new`` through the undo stack; undo writes ``old`` back."""
        if new != ArticleChanges():
            self._c.undo_stack.push(
                EditArticleCommand(self._c.ops, article_id, old, new, self._on_edited)
            )

    def _on_edited(self, article: ArticleView) -> None:
        shown = self._c.state.current_article()
        if shown is not None and shown.id == article.id:
            self._c.state.show_article(article, None, None)

    def edit_text(self) -> None:
        """Correct the open article's text in an editor; claims are placed again (undoable)."""
        article = self._c.state.current_article()
        if article is None:
            self._c.notices.show_info(translate("ArticleEditing", NO_ARTICLE))
            return
        dialog = TextEditDialog(article, self._c.dialog_parent())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed():
            self.replace_text(article.id, article.text, dialog.text())
        dialog.deleteLater()

    def replace_text(self, article_id: str, old_text: str, new_text: str) -> None:
        """Replace an article's text through the undo stack; undo puts ``old_text`` back."""
        self._c.state.flush_edits()
        self._c.undo_stack.push(
            ReplaceTextCommand(self._c.ops, article_id, old_text, new_text, self._on_replaced)
        )

    def _on_replaced(self, result: TextReplaced, forward: bool) -> None:
        shown = self._c.state.current_article()
        if shown is not None and shown.id == result.article.id:
            self._c.state.show_article(result.article, None, None)
        lost = len(result.orphaned)
        if not forward:
            self._c.notices.show_info(
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
            self._c.notices.show_warning(warning.format(count=lost))
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
            self._c.notices.show_info(done.format(count=placed))
