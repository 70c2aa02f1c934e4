"""A non-modal message bar above the reader: errors and notices with a close button."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

INFO_TIMEOUT_MS = 8000


class MessageBar(QFrame):
    """Shows one line at a time; errors stay until closed, notices fade after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip("Dismiss")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_error(self, message: str) -> None:
        """An error the user can act on; stays until dismissed."""
        self._show(message, "error")
        self._timer.stop()

    def show_info(self, message: str) -> None:
        """A notice (e.g. what an import did); hides itself after a few seconds."""
        self._show(message, "info")
        self._timer.start(INFO_TIMEOUT_MS)

    def text(self) -> str:
        """The message shown."""
        return self.label.text()

    def level(self) -> str:
        """``error`` or ``info``."""
        return str(self.property("level") or "")

    def _show(self, message: str, level: str) -> None:
        self.label.setText(message)
        self.setProperty("level", level)
        # Re-polish so the style sheet's [level=...] rule applies.
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()
