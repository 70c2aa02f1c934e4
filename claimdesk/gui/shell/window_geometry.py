"""Where the main window opens: sized to the screen it is on, centred."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9
FALLBACK = QRect(0, 0, 1400, 860)


def fit_to_screen(window: QWidget, share: float = SCREEN_SHARE) -> QRect:
    """Give ``window`` ``share`` of the screen's free area, centred; returns its frame."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else FALLBACK
    width = min(available.width(), round(available.width() * share))
    height = min(available.height(), round(available.height() * share))
    frame = QRect(0, 0, width, height)
    frame.moveCenter(available.center())
    window.resize(width, height)
    window.move(frame.topLeft())
    return frame
