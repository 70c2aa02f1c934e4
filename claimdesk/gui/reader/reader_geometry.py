"""Where text sits on screen in a QTextEdit: rectangles of a span, the offset under a point."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLine,
)
from PySide6.QtWidgets import QTextEdit

from claimdesk.gui.common.offsets import OffsetMap


def span_rects(view: QTextEdit, offsets: OffsetMap, start: int, end: int) -> list[QRectF]:
    """Viewport rectangles covering code points ``[start, end)``, one a line."""
    doc = view.document()
    qs, qe = offsets.to_qt(start), offsets.to_qt(end)
    dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    rects: list[QRectF] = []
    block = doc.findBlock(qs)
    while block.isValid() and block.position() < qe:
        origin = doc.documentLayout().blockBoundingRect(block).topLeft()
        layout = block.layout()
        base = block.position()
        # Only the lines the span crosses: a long paragraph has hundreds.
        first = max(0, layout.lineForTextPosition(max(qs, base) - base).lineNumber())
        last_line = layout.lineForTextPosition(min(qe, base + block.length() - 1) - base)
        last = last_line.lineNumber() if last_line.isValid() else layout.lineCount() - 1
        for i in range(first, last + 1):
            line = layout.lineAt(i)
            line_start = base + line.textStart()
            lo, hi = max(qs, line_start), min(qe, line_start + line.textLength())
            if lo >= hi:
                continue
            x1 = line_x(line, lo - base)
            x2 = line_x(line, hi - base)
            rects.append(
                QRectF(origin.x() + x1 - dx, origin.y() + line.y() - dy, x2 - x1, line.height())
            )
        block = block.next()
    return rects


def hit_offset(view: QTextEdit, offsets: OffsetMap, pos: QPoint) -> int | None:
    """The code-point offset of the character under viewport point ``pos``, if any."""
    point = QPointF(
        pos.x() + view.horizontalScrollBar().value(), pos.y() + view.verticalScrollBar().value()
    )
    position = view.document().documentLayout().hitTest(point, Qt.HitTestAccuracy.ExactHit)
    return None if position < 0 else offsets.to_offset(position)


def span_visible(view: QTextEdit, offsets: OffsetMap, start: int, end: int) -> bool:
    """True when the paragraphs holding ``[start, end)`` reach into the viewport.

    Asked of the blocks' geometry rather than of positions hit at the viewport's corners:
    while the document is still being laid out those hits land short of the page.
    """
    doc = view.document()
    layout = doc.documentLayout()
    top = view.verticalScrollBar().value()
    bottom = top + view.viewport().height()
    first = layout.blockBoundingRect(doc.findBlock(offsets.to_qt(start)))
    last = layout.blockBoundingRect(doc.findBlock(offsets.to_qt(end)))
    return first.top() <= bottom and last.bottom() >= top


def line_x(line: QTextLine, position: int) -> float:
    """The x of a cursor position in a line (PySide returns it with the adjusted position)."""
    answer: object = line.cursorToX(position)
    x = answer[0] if isinstance(answer, tuple) else answer
    return float(x)  # type: ignore[arg-type]


def set_line_height(document: QTextDocument, percent: int) -> None:
    """Give every paragraph a proportional line height (more air between lines reads better)."""
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.mergeBlockFormat(block)


def centre_column(view: QTextEdit, columns: int, min_margin: int) -> int | None:
    """Centre a column ``columns`` characters wide; the new side margin, None if unchanged."""
    metrics = QFontMetricsF(view.document().defaultFont())
    column = round(metrics.averageCharWidth() * columns)
    width = view.width() - view.verticalScrollBar().sizeHint().width()
    side = max(min_margin, (width - column) // 2)
    frame = view.document().rootFrame()
    fmt: QTextFrameFormat = frame.frameFormat()
    if fmt.leftMargin() == side and fmt.rightMargin() == side:
        return None
    fmt.setLeftMargin(side)
    fmt.setRightMargin(side)
    fmt.setTopMargin(18)
    fmt.setBottomMargin(48)
    frame.setFrameFormat(fmt)
    return int(side)
