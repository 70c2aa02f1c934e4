"""Search: the box in the toolbar and the list of hits that drops down under it."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import SearchHit, SearchResults

ModelIndex = QModelIndex | QPersistentModelIndex
SEARCH_DEBOUNCE_MS = 250
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
_BOLD = re.compile(r"&lt;(/?)b&gt;")


def snippet_html(snippet: str) -> str:
    """The snippet with only its ``<b>`` highlights kept as markup, everything else escaped."""
    return _BOLD.sub(r"<\1b>", html.escape(snippet, quote=False)).replace("\n", " ")


def snippet_text(snippet: str) -> str:
    """The snippet as plain text."""
    return re.sub(r"</?b>", "", snippet).replace("\n", " ")


class SearchResultsModel(QAbstractListModel):
    """Search hits as list rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Replace the hits."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of hits."""
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Plain text, rich text and the hit itself."""
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.type}: {hit.title} — {snippet_text(hit.snippet)}"
        if role == HTML_ROLE:
            title = html.escape(hit.title or "(untitled)")
            return f"<small>{hit.type.upper()}</small>&nbsp; <b>{title}</b><br>" + snippet_html(
                hit.snippet
            )
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return snippet_text(hit.snippet)
        return None


class _HtmlDelegate(QStyledItemDelegate):
    """Renders a row's rich text (the snippet's highlights in bold)."""

    def _document(self, option: QStyleOptionViewItem, index: ModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE)))
        doc.setTextWidth(max(option.rect.width(), 200))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """The selection background from the style, then the text."""
        self.initStyleOption(option, index)
        style = option.widget.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """As tall as the wrapped text."""
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class SearchBox(QLineEdit):
    """The search field: emits the query once typing pauses; Down and Enter reach the results."""

    query_changed = Signal(str)
    move_down = Signal()
    accepted = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setPlaceholderText("Search   e.g.  claimant:russia negato   (Ctrl+F)")
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.text().strip()))
        self.textEdited.connect(lambda _: self._timer.start())
        self.textChanged.connect(lambda text: None if text else self.dismissed.emit())

    def run_now(self) -> None:
        """Search at once instead of after the pause."""
        self._timer.stop()
        self.query_changed.emit(self.text().strip())

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """Down to the results, Enter to open, Escape to close them."""
        if e.key() == Qt.Key.Key_Down:
            self.move_down.emit()
        elif e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self.run_now()
            self.accepted.emit()
        elif e.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
        else:
            super().keyPressEvent(e)


class SearchResultsView(QFrame):
    """The drop-down list of hits. Enter or a click opens one."""

    hit_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("mutedText")
        self.summary.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(_HtmlDelegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.activated.connect(self._activate)
        self.list.clicked.connect(self._activate)
        self.list.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.hide()

    def set_results(self, results: SearchResults) -> None:
        """Show ``results``; the first hit is current."""
        self.model.set_hits(results.hits)
        shown = len(results.hits)
        text = f"{results.total} result{'s' if results.total != 1 else ''}"
        if shown < results.total:
            text += f", first {shown} shown"
        if results.notice:
            text += f" — {results.notice}"
        if not results.hits:
            text += ". Fields: kind: claimant: verdict: status: tag: lang: outlet: date:"
        self.summary.setText(text)
        if shown:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def content_height(self) -> int:
        """The height that shows every hit without scrolling."""
        rows = sum(self.list.sizeHintForRow(r) for r in range(self.model.rowCount()))
        return self.summary.sizeHint().height() + rows + 28

    def activate_current(self) -> None:
        """Open the current hit (the first one if none was chosen)."""
        index = self.list.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._activate(index)

    def focus_list(self) -> None:
        """Move keyboard focus into the hits."""
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the list closes it."""
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.hide()
            return True
        return super().eventFilter(watched, event)

    def _activate(self, index: ModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hit_activated.emit(hit)
