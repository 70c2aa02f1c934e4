"""The article text: selectable prose with claims painted in, sentence-wise navigation."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QFrame, QMenu, QTextEdit, QToolTip, QWidget

from claimdesk.core.model import ArticleView, ClaimView, DateMention, Span, Suggestion
from claimdesk.gui.common.offsets import OffsetMap
from claimdesk.gui.common.palette import READING_COLUMNS, hover_fill, kind_colour, reading_font
from claimdesk.gui.reader.claim_highlighter import (
    Painted,
    apply_claim_formats,
    changed_ranges,
    painted_state,
    repaint_claim_ranges,
)
from claimdesk.gui.reader.reader_geometry import (
    centre_column,
    hit_offset,
    set_line_height,
    span_rects,
    span_visible,
)
from claimdesk.gui.reader.reader_tooltips import combined_tooltip
from claimdesk.gui.reader.search_marks import match_selections
from claimdesk.gui.reader.suggestion_marks import paint_suggestions, suggestion_at

# Beyond this many changed spans a whole repaint is quicker than one per span.
REPAINT_RANGES_AT_MOST = 40

_MIN_SIDE_MARGIN = 28
_LINE_HEIGHT_PERCENT = 145


class ReaderTextView(QTextEdit):
    """Read-only, selectable article text. Offsets in and out are code points."""

    claim_clicked = Signal(str)
    column_moved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUndoRedoEnabled(False)
        self.document().setUndoRedoEnabled(False)
        self.document().setDefaultFont(reading_font())
        self.viewport().setMouseTracking(True)
        self.setObjectName("readerText")
        # Claim commands for the context menu of a claim (set by the shell); the menu shown.
        self.claim_menu_actions: list[QAction] = []
        self.context_menu: QMenu | None = None
        self._article: ArticleView | None = None
        self._offsets = OffsetMap("")
        self._sentences: tuple[Span, ...] = ()
        self._sentence_starts: list[int] = []
        self._claims: list[ClaimView] = []
        self._selected_claim: ClaimView | None = None
        self._painted: Painted | None = None  # the claims as painted now (None: not yet)
        self._painted_colours = 0  # the palette they were painted with (its cache key)
        self._suggestions: list[Suggestion] = []
        self._dates: tuple[DateMention, ...] = ()
        self._current: Suggestion | None = None
        self._hover: int | None = None
        self._press_pos: QPoint | None = None
        self._matches: list[tuple[int, int]] = []  # words a search matched, marked
        self.cursorPositionChanged.connect(self._follow_cursor)

    # Content
    def article(self) -> ArticleView | None:
        """The article shown, if any."""
        return self._article

    def show_article(self, article: ArticleView, selected_claim_id: str | None = None) -> None:
        """Show ``article`` from the top; keeps the scroll position if it is already shown."""
        same_text = self._article is not None and (
            self._article.id == article.id and self._article.text == article.text
        )
        self._article = article
        self._sentences = article.sentences
        self._sentence_starts = [s.start for s in article.sentences]
        self._claims = sorted(article.claims, key=lambda c: (c.start, c.end))
        self._selected_claim = self._find_claim(selected_claim_id)
        self._suggestions = sorted(article.suggestions, key=lambda s: (s.start, s.end))
        self._dates = article.dates
        if not same_text:
            self._offsets = OffsetMap(article.text)
            self._hover = None
            self.clear_matches()
            self.setPlainText(article.text)
            self._apply_reading_layout()
            self._painted = None
        self._paint_claims()
        self._follow_cursor()

    def clear_article(self) -> None:
        """Show nothing."""
        self._article = None
        self._claims = []
        self._sentences = ()
        self._sentence_starts = []
        self._selected_claim = None
        self._suggestions = []
        self._dates = ()
        self._current = None
        self._hover = None
        self.clear_matches()
        self.clear()
        self._painted = None

    def claims(self) -> list[ClaimView]:
        """The claims shown, by position."""
        return list(self._claims)

    def selected_claim(self) -> ClaimView | None:
        """The claim outlined as selected."""
        return self._selected_claim

    def select_claim(
        self, claim_id: str | None, *, scroll: bool = True, force_scroll: bool = False
    ) -> None:
        """Outline the claim ``claim_id`` (None: no claim) and bring it into view."""
        claim = self._find_claim(claim_id)
        if claim is not self._selected_claim:
            self._selected_claim = claim
            self._paint_claims()
        elif not force_scroll:
            return
        if claim is not None and scroll:
            self._scroll_to(claim.start, claim.end)

    def mark_matches(
        self, spans: list[tuple[int, int]], focus: tuple[int, int] | None = None
    ) -> None:
        """Mark the words a search matched (code-point spans) and bring ``focus`` (the
        first of them when None) into view; marks stay until another article is shown."""
        text = self._article.text if self._article is not None else ""
        self._matches = sorted((s, e) for s, e in spans if 0 <= s < e <= len(text))
        self.setExtraSelections(
            match_selections(self.document(), self._offsets, self._matches, self.palette())
        )
        target = focus or (self._matches[0] if self._matches else None)
        if target is not None:
            self._scroll_to(*target)

    def matches(self) -> list[tuple[int, int]]:
        """The spans marked as a search's matches."""
        return list(self._matches)

    def clear_matches(self) -> None:
        """Take a search's marks off the text."""
        if self._matches:
            self._matches = []
            self.setExtraSelections([])

    def clear_selection(self) -> None:
        """Drop the text selection, leaving the cursor at its end."""
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    # Selection
    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as code-point offsets, trimmed of surrounding whitespace."""
        cursor = self.textCursor()
        if self._article is None or not cursor.hasSelection():
            return None
        start = self._offsets.to_offset(cursor.selectionStart())
        end = self._offsets.to_offset(cursor.selectionEnd())
        text = self._article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        """Select ``[start, end)`` and bring it into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._scroll_to(start, end)

    def next_sentence(self) -> None:
        """Select the sentence after the selection (or the cursor)."""
        if not self._sentences:
            return
        cursor = self.textCursor()
        here = self._offsets.to_offset(cursor.selectionStart())
        if cursor.hasSelection():
            index = bisect_right(self._sentence_starts, here)
        else:
            index = bisect_right(self._sentence_starts, here - 1)
        self._select_sentence(min(index, len(self._sentences) - 1))

    def previous_sentence(self) -> None:
        """Select the sentence before the selection (or the one holding the cursor)."""
        if not self._sentences:
            return
        here = self._offsets.to_offset(self.textCursor().selectionStart())
        index = bisect_right(self._sentence_starts, here - 1) - 1
        self._select_sentence(max(index, 0))

    def next_claim(self) -> None:
        """Select the claim after the selected one (or after the cursor)."""
        anchor = self._anchor(self._selected_claim)
        following = [c for c in self._claims if (c.start, c.end) > anchor and not c.orphaned]
        if following:
            self.claim_clicked.emit(following[0].id)

    def previous_claim(self) -> None:
        """Select the claim before the selected one (or before the cursor)."""
        anchor = self._anchor(self._selected_claim)
        preceding = [c for c in self._claims if (c.start, c.end) < anchor and not c.orphaned]
        if preceding:
            self.claim_clicked.emit(preceding[-1].id)

    # Suggestions and dates
    def suggestions(self) -> list[Suggestion]:
        """The suggestions shown (not marked, not dismissed), by position."""
        return list(self._suggestions)

    def dates(self) -> tuple[DateMention, ...]:
        """Every date expression of the article."""
        return self._dates

    def set_dates(self, article_id: str, dates: tuple[DateMention, ...]) -> None:
        """The dates of ``article_id``, found after it was shown (if it still is)."""
        if self._article is not None and self._article.id == article_id:
            self._dates = dates

    def current_suggestion(self) -> Suggestion | None:
        """The suggestion the cursor is in (or the selection overlaps): Enter and X act on it."""
        return self._current

    def next_suggestion(self) -> None:
        """Select the next suggestion after the cursor (or the current suggestion)."""
        here = self._anchor(self._current)
        following = [s for s in self._suggestions if (s.start, s.end) > here]
        if following:
            self.select_span(following[0].start, following[0].end)

    def previous_suggestion(self) -> None:
        """Select the suggestion before the cursor (or the current suggestion)."""
        here = self._anchor(self._current)
        preceding = [s for s in self._suggestions if (s.start, s.end) < here]
        if preceding:
            self.select_span(preceding[-1].start, preceding[-1].end)

    def tooltip_at(self, offset: int) -> str | None:
        """The tooltip for the character at ``offset``: claim or suggestion, and date."""
        suggestion = next((s for s in self._suggestions if s.start <= offset < s.end), None)
        date = next((d for d in self._dates if d.start <= offset < d.end), None)
        return combined_tooltip(self._claim_at(offset), suggestion, date)

    def _follow_cursor(self) -> None:
        cursor = self.textCursor()
        start = self._offsets.to_offset(cursor.selectionStart())
        end = self._offsets.to_offset(cursor.selectionEnd())
        current = suggestion_at(self._suggestions, start, max(end, start + 1))
        if current != self._current:
            self._current = current
            self.viewport().update()

    # Look
    def _apply_reading_layout(self) -> None:
        set_line_height(self.document(), _LINE_HEIGHT_PERCENT)
        self._update_margins()

    def _paint_claims(self, *, whole: bool = False) -> None:
        """Paint the claims: where they changed since the last painting (a mark, a new
        selection), or the whole text when it is new, the palette changed, or much changed."""
        selected = self._selected_claim.id if self._selected_claim else None
        wanted = painted_state(self._claims, selected)
        colours = self.palette().cacheKey()
        if colours != self._painted_colours:  # another appearance: every claim's colour
            whole, self._painted_colours = True, colours
        ranges = None if whole or self._painted is None else changed_ranges(self._painted, wanted)
        if ranges is None or len(ranges) > REPAINT_RANGES_AT_MOST:
            apply_claim_formats(
                self.document(), self._claims, self._offsets, self.palette(), selected
            )
        elif ranges:
            repaint_claim_ranges(
                self.document(), self._claims, self._offsets, self.palette(), selected, ranges
            )
        self._painted = wanted
        self.viewport().update()

    def _update_margins(self) -> None:
        side = centre_column(self, READING_COLUMNS, _MIN_SIDE_MARGIN)
        if side is not None:
            self.column_moved.emit(side)

    def text_column_left(self) -> int:
        """Where the text column starts, so the header above can line up with it."""
        return int(self.document().rootFrame().frameFormat().leftMargin())

    def resizeEvent(self, e: QResizeEvent) -> None:
        """Keep the text in a readable column centred in the pane."""
        self._update_margins()
        super().resizeEvent(e)

    def paintEvent(self, e: QPaintEvent) -> None:
        """Paint the hovered sentence under the text; suggestion marks and the selected claim's
        outline over it."""
        if self._hover is not None and self._hover < len(self._sentences):
            sentence = self._sentences[self._hover]
            painter = QPainter(self.viewport())
            for rect in self._span_rects(sentence.start, sentence.end):
                painter.fillRect(rect, hover_fill(self.palette()))
            painter.end()
        super().paintEvent(e)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_suggestions(painter)
        claim = self._selected_claim
        if claim is not None and not claim.orphaned:
            pen = QPen(kind_colour(claim.kind))
            pen.setWidthF(1.6)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in self._span_rects(claim.start, claim.end):
                painter.drawRoundedRect(rect.adjusted(-1.5, 0.5, 1.5, -0.5), 3, 3)
        painter.end()

    def _paint_suggestions(self, painter: QPainter) -> None:
        if self._suggestions:
            offsets = self._offsets
            shown = [s for s in self._suggestions if span_visible(self, offsets, s.start, s.end)]
            paint_suggestions(
                painter,
                shown,
                self._current,
                self._span_rects,
                QFontMetricsF(self.document().defaultFont()),
            )

    # Input
    def keyPressEvent(self, e: QKeyEvent) -> None:
        """Up and Down move sentence by sentence; everything else as usual."""
        plain = e.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and e.key() == Qt.Key.Key_Down:
            self.next_sentence()
        elif plain and e.key() == Qt.Key.Key_Up:
            self.previous_sentence()
        else:
            super().keyPressEvent(e)

    def mousePressEvent(self, e: QMouseEvent) -> None:
        """Remember where a click starts, to tell a click from a drag."""
        self._press_pos = e.position().toPoint()
        super().mousePressEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        """A click on a claim selects it; a click on prose selects the whole sentence."""
        super().mouseReleaseEvent(e)
        press, self._press_pos = self._press_pos, None
        pos = e.position().toPoint()
        if (
            press is None
            or e.button() != Qt.MouseButton.LeftButton
            or e.modifiers() & Qt.KeyboardModifier.ShiftModifier
            or (pos - press).manhattanLength() >= QApplication.startDragDistance()
        ):
            return
        offset = self._hit_offset(pos)
        if offset is None:
            return
        claim = self._claim_at(offset)
        if claim is not None:
            self.claim_clicked.emit(claim.id)
            return
        index = self._sentence_index(offset)
        if index is not None:
            self._select_sentence(index, scroll=False)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        """The standard menu; on a claim, the claim is selected first and the claim commands
        the shell gave (:attr:`claim_menu_actions`) come on top."""
        menu = self.createStandardContextMenu(e.pos())
        offset = self._hit_offset(e.pos())
        claim = self._claim_at(offset) if offset is not None else None
        if claim is not None and self.claim_menu_actions:
            self.claim_clicked.emit(claim.id)
            standard = menu.actions()
            if standard:
                menu.insertActions(standard[0], self.claim_menu_actions)
                menu.insertSeparator(standard[0])
            else:
                menu.addActions(self.claim_menu_actions)
        self.context_menu = menu
        menu.exec(e.globalPos())
        self.context_menu = None
        menu.deleteLater()

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        """Track the sentence under the mouse for the hover wash."""
        super().mouseMoveEvent(e)
        hover = None
        if e.buttons() == Qt.MouseButton.NoButton:
            offset = self._hit_offset(e.position().toPoint())
            hover = None if offset is None else self._sentence_index(offset)
        if hover != self._hover:
            self._hover = hover
            self.viewport().update()

    def leaveEvent(self, e: QEvent) -> None:
        """No hover wash once the mouse has left."""
        super().leaveEvent(e)
        if self._hover is not None:
            self._hover = None
            self.viewport().update()

    def viewportEvent(self, e: QEvent) -> bool:
        """A tooltip over a claim, a suggestion or a date expression."""
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            offset = self._hit_offset(e.pos())
            tip = None if offset is None else self.tooltip_at(offset)
            if tip is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(e.globalPos(), tip, self.viewport())
            return True
        return super().viewportEvent(e)

    # Geometry
    def _hit_offset(self, pos: QPoint) -> int | None:
        return hit_offset(self, self._offsets, pos)

    def _span_rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles covering ``[start, end)``, one a line."""
        return span_rects(self, self._offsets, start, end)

    def _scroll_to(self, start: int, end: int) -> None:
        rects = self._span_rects(start, end)
        if not rects:
            return
        top, bottom = rects[0].top(), rects[-1].bottom()
        view = self.viewport().height()
        if top < 0 or bottom > view:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + int(top - view / 3))

    # Lookup
    def _find_claim(self, claim_id: str | None) -> ClaimView | None:
        return next((c for c in self._claims if c.id == claim_id), None)

    def _claim_at(self, offset: int) -> ClaimView | None:
        under = [c for c in self._claims if c.start <= offset < c.end and not c.orphaned]
        return min(under, key=lambda c: c.end - c.start, default=None)

    def _sentence_index(self, offset: int) -> int | None:
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self._sentences[index].end:
            return index
        return None

    def _select_sentence(self, index: int, *, scroll: bool = True) -> None:
        sentence = self._sentences[index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(sentence.start))
        cursor.setPosition(self._offsets.to_qt(sentence.end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if scroll:
            self._scroll_to(sentence.start, sentence.end)

    def _anchor(self, chosen: ClaimView | Suggestion | None) -> tuple[int, int]:
        """Where N / P (G / Shift+G) move from: the chosen span, else the cursor."""
        if chosen is not None:
            return (chosen.start, chosen.end)
        here = self._offsets.to_offset(self.textCursor().position())
        return (here, here)
