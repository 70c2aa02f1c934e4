"""The dialog for correcting an article's text (extraction errors, a missing paragraph)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ArticleView
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.palette import reading_font


class TextEditDialog(QDialog):
    """A plain text editor on the article's text; claims are placed again on save."""

    def __init__(self, article: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("TextEditDialog", "Edit text — {title}").format(title=article.title)
        )
        self.resize(820, 680)
        self._original = article.text
        marked = len(article.claims)
        note_text = (
            translate(
                "TextEditDialog",
                "Correct the text as it should read. On save, ClaimDesk places the "
                "{count} claim marked here again in the new text; any it cannot find "
                "are kept and listed under Orphaned claims, to attach to new text. Ctrl+Z undoes "
                "the whole correction.",
            )
            if marked == 1
            else translate(
                "TextEditDialog",
                "Correct the text as it should read. On save, ClaimDesk places the "
                "{count} claims marked here again in the new text; any it cannot find "
                "are kept and listed under Orphaned claims, to attach to new text. Ctrl+Z undoes "
                "the whole correction.",
            )
        )
        note = QLabel(note_text.format(count=marked), self)
        note.setWordWrap(True)
        note.setObjectName("mutedText")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("textEditor")
        self.editor.document().setDefaultFont(reading_font())
        self.editor.setPlainText(article.text)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        """The corrected text."""
        return self.editor.toPlainText()

    def changed(self) -> bool:
        """True when the text differs from the article's."""
        return self.text() != self._original

    def accept(self) -> None:
        """Close unless the text is empty (an article needs its text)."""
        if not self.text().strip():
            self.error.setText(
                translate(
                    "TextEditDialog",
                    "The text is empty: an article needs its text; undo with Ctrl+Z.",
                )
            )
            self.error.show()
            return
        super().accept()
