"""A non-modal message bar above the reader: errors and notices with a close button.

A message may carry details (e.g. the files an import refused and why), shown under a
"Details" toggle, and one action link (e.g. "Open folder" after an export).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.gui.common.i18n import translate

INFO_TIMEOUT_MS = 8000
_DETAIL_LINES = 8


class MessageBar(QFrame):
    """Shows one message at a time; errors and warnings stay, notices hide after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QToolButton(self)
        self.action_button.setObjectName("messageAction")
        self.action_button.setAutoRaise(True)
        self.action_button.clicked.connect(self._run_action)
        self.details_button = QToolButton(self)
        self.details_button.setText(translate("MessageBar", "Details"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._show_details)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("MessageBar", "Dismiss"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("messageDetails")
        self.details.setReadOnly(True)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        for button in (self.action_button, self.details_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self._action: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_error(self, message: str, details: Sequence[str] = ()) -> None:
        """An error the user can act on; stays until dismissed."""
        self._show(message, "error", details, None)

    def show_warning(self, message: str, details: Sequence[str] = ()) -> None:
        """Work that partly failed (e.g. some files refused); stays until dismissed."""
        self._show(message, "warning", details, None)

    def show_info(
        self,
        message: str,
        action: tuple[str, Callable[[], None]] | None = None,
        details: Sequence[str] = (),
    ) -> None:
        """A notice (e.g. what an import did); hides itself after a few seconds, unless it
        has details to read or a button to press (Restart now, Open folder), which stay
        until dismissed or replaced."""
        self._show(message, "info", details, action)
        if not details and action is None:
            self._timer.start(INFO_TIMEOUT_MS)

    def dismiss(self) -> None:
        """Take the message shown off the bar."""
        self.hide()

    def text(self) -> str:
        """The message shown."""
        return self.label.text()

    def level(self) -> str:
        """``error``, ``warning`` or ``info``."""
        return str(self.property("level") or "")

    def detail_lines(self) -> list[str]:
        """The details of the message, one a line (empty when it has none)."""
        text = self.details.toPlainText()
        return text.splitlines() if text else []

    def _show(
        self,
        message: str,
        level: str,
        details: Sequence[str],
        action: tuple[str, Callable[[], None]] | None,
    ) -> None:
        self._timer.stop()
        self.label.setText(message)
        self.details.setPlainText("\n".join(details))
        lines = min(max(len(details), 2), _DETAIL_LINES)
        self.details.setFixedHeight(self.fontMetrics().lineSpacing() * (lines + 1) + 12)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.details.hide()
        self._action = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.setProperty("level", level)
        # Re-polish so the style sheet's [level=...] rule applies.
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(
            translate("MessageBar", "Hide details") if shown else translate("MessageBar", "Details")
        )

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()
