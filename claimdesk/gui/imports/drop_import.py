"""Dropping files and folders on the window imports them; a hint shows while dragging."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from claimdesk.gui.common.i18n import translate


def dropped_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders a drag carries (web links and text are not imports)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DropHint(QFrame):
    """A dashed frame over a pane saying what a drop will do; invisible to the mouse."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dropHint")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label = QLabel(translate("DropHint", "Drop files or folders to import them"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.hide()

    def cover(self) -> None:
        """Show over the whole parent."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect().adjusted(6, 6, -6, -6))
        self.raise_()
        self.show()


class FileDropFilter(QObject):
    """Watches widgets for drags of local files; emits :attr:`dropped` with their paths."""

    dropped = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hints: dict[QObject, DropHint] = {}

    def watch(self, widget: QWidget) -> None:
        """Accept file drops on ``widget`` (for a scroll area, pass its viewport)."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        self._hints[widget] = DropHint(widget)

    def hint_shown(self) -> bool:
        """True while a drop hint is visible (a drag of files is over a watched widget)."""
        return any(hint.isVisible() for hint in self._hints.values())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take drags that carry local files; leave every other event alone."""
        hint = self._hints.get(watched)
        if hint is None:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, (QDragEnterEvent, QDragMoveEvent)
        ):
            if not dropped_paths(event.mimeData()):
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.DragEnter:
                hint.cover()
            return True
        if kind == QEvent.Type.DragLeave:
            hint.hide()
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            hint.hide()
            paths = dropped_paths(event.mimeData())
            if not paths:
                return False
            event.acceptProposedAction()
            self.dropped.emit(paths)
            return True
        return False
