"""A scroll area for a form that should keep its room: it asks its splitter for the form's
own minimum size (up to a height a small screen can give), and scrolls when the window cannot
give that, or when an elastic part of the form (the inspector's History, opened) needs more
than the window has."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

# The most height a form asks of its window as a minimum: past it, the form scrolls.
MAX_MIN_HEIGHT = 280


class FormScrollArea(QScrollArea):
    """Resizes its form to its width (never scrolling sideways) and asks for its height."""

    def __init__(self, parent: QWidget | None = None, max_min_height: int = MAX_MIN_HEIGHT) -> None:
        super().__init__(parent)
        self._max_min_height = max_min_height
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._elastic: list[QWidget] = []

    def set_max_min_height(self, height: int) -> None:
        """The most height the form asks as its minimum; past it, it scrolls."""
        self._max_min_height = height
        self.updateGeometry()

    def set_elastic(self, part: QWidget) -> None:
        """``part`` of the form never raises the minimum: shown, it scrolls instead."""
        self._elastic.append(part)
        self.updateGeometry()

    def setWidget(self, widget: QWidget) -> None:
        """Hold ``widget`` and follow its size changes (a section opening or closing)."""
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new minimum of the form is a new minimum of the area: tell the splitter."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """The form's minimum, plus room for the vertical scroll bar; never taller than its
        cap (:data:`MAX_MIN_HEIGHT` unless given), so that a small screen (960 x 640) still
        holds the window and the form scrolls there."""
        widget = self.widget()
        if widget is None:
            return super().minimumSizeHint()
        hint = widget.minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        # Wrapped labels (the quote) need more height at the width the form has than at its
        # narrowest, which is all minimumSizeHint() measures.
        height = max(hint.height(), widget.heightForWidth(self.viewport().width()))
        # Not hidden (a page of a stack not shown yet still counts its parts in its minimum).
        elastic = sum(p.minimumSizeHint().height() for p in self._elastic if not p.isHidden())
        return QSize(hint.width() + bar, min(max(height - elastic, 0), self._max_min_height))

    def sizeHint(self) -> QSize:
        """The form's preferred size."""
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        hint = widget.sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())
