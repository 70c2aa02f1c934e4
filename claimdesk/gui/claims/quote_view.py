"""A claim's quote in the inspector: as tall as the quote up to a few lines, scrolling inside
itself past them, so that a long quote never makes the form (and the window) taller."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPalette, QResizeEvent, QTextOption
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget

MAX_LINES = 4


class QuoteView(QTextEdit):
    """Read-only italic text, selectable; :meth:`text` is what it shows."""

    def __init__(self, parent: QWidget | None = None, max_lines: int = MAX_LINES) -> None:
        super().__init__(parent)
        self._max_lines = max_lines
        self.setObjectName("quoteView")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # The form's colour, not a field's: it reads as a label that happens to scroll.
        self.viewport().setAutoFillBackground(False)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        italic = QFont(self.font())
        italic.setItalic(True)
        self.setFont(italic)
        self.document().setDocumentMargin(0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit()

    def set_quote(self, text: str) -> None:
        """Show ``text`` from its start."""
        self.setPlainText(text)
        self.verticalScrollBar().setValue(0)
        self._fit()

    def text(self) -> str:
        """The text shown."""
        return self.toPlainText()

    def line_height(self) -> int:
        """The height of one line of the quote."""
        return self.fontMetrics().lineSpacing()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the quote anew: fit the height to it."""
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        """As wide as the form gives, as tall as the quote up to :data:`MAX_LINES` lines."""
        return QSize(super().sizeHint().width(), self.height())

    def minimumSizeHint(self) -> QSize:
        """The same height: the form lays it out at the height it needs."""
        return QSize(super().minimumSizeHint().width(), self.height())

    def _fit(self) -> None:
        document = self.document()
        document.setTextWidth(max(self.viewport().width(), 40))
        lines = max(1, round(document.size().height() / max(self.line_height(), 1)))
        shown = min(lines, self._max_lines)
        height = shown * self.line_height() + 2 * self.frameWidth() + 4
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
            self.updateGeometry()
