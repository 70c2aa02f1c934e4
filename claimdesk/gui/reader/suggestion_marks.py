"""How suggestions look: a faint dotted line under the text, straight for a suggested claim and
wavy for a suggested denial (the marked kinds' solid and wavy underlines, only dotted and
faint), and a light dashed outline around the suggestion under the cursor.

Painted over the text rather than merged into the document's formats: a suggestion must never
look like, or be mistaken for, a stored claim, and the dotted wave has no text-format equivalent.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from claimdesk.core.model import ClaimKind, Suggestion
from claimdesk.gui.common.palette import kind_colour

# Faint next to a claim's fill and solid line, yet visible on light and dark bases.
MARK_ALPHA = 170
OUTLINE_ALPHA = 150
_WAVE_PERIOD = 6.0
_WAVE_HEIGHT = 1.6


def mark_colour(kind: ClaimKind, alpha: int = MARK_ALPHA) -> QColor:
    """The kind's colour, translucent."""
    colour = kind_colour(kind)
    colour.setAlpha(alpha)
    return colour


def mark_pen(kind: ClaimKind) -> QPen:
    """A dotted pen in the kind's faint colour."""
    pen = QPen(mark_colour(kind))
    pen.setWidthF(1.4)
    pen.setStyle(Qt.PenStyle.DotLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def draw_mark(painter: QPainter, kind: ClaimKind, left: float, right: float, y: float) -> None:
    """The suggestion line from ``left`` to ``right`` at height ``y``."""
    painter.setPen(mark_pen(kind))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if kind is ClaimKind.DENIAL:
        path = QPainterPath(QPointF(left, y))
        x = left
        while x < right:
            x = min(x + 1, right)
            phase = (x - left) * 2 * math.pi / _WAVE_PERIOD
            path.lineTo(x, y - _WAVE_HEIGHT * math.sin(phase))
        painter.drawPath(path)
    else:
        painter.drawLine(QPointF(left, y), QPointF(right, y))


def draw_outline(painter: QPainter, kind: ClaimKind, rects: Iterable[QRectF]) -> None:
    """A light dashed outline around the suggestion the cursor is in."""
    pen = QPen(mark_colour(kind, OUTLINE_ALPHA))
    pen.setWidthF(1.2)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect in rects:
        painter.drawRoundedRect(rect.adjusted(-1.5, 0.5, 1.5, -0.5), 3, 3)


def suggestion_at(suggestions: list[Suggestion], start: int, end: int) -> Suggestion | None:
    """The suggestion holding ``start`` (the cursor), else the first one overlapping
    ``[start, end)`` (a selected sentence that holds a suggestion)."""
    holding = [s for s in suggestions if s.start <= start < s.end]
    if holding:
        return min(holding, key=lambda s: s.end - s.start)
    return next((s for s in suggestions if s.start < end and start < s.end), None)


def paint_suggestions(
    painter: QPainter,
    suggestions: Iterable[Suggestion],
    current: Suggestion | None,
    rects_of: Callable[[int, int], list[QRectF]],
    metrics: QFontMetricsF,
) -> None:
    """Draw each suggestion's line under its text, and the outline of the current one."""
    # Just below the descenders: clear of the letters, and of where a claim's underline sits.
    drop = metrics.ascent() + metrics.descent() + 1.5
    for suggestion in suggestions:
        rects = rects_of(suggestion.start, suggestion.end)
        for rect in rects:
            y = rect.top() + (rect.height() - metrics.height()) / 2 + drop
            draw_mark(painter, suggestion.kind, rect.left(), rect.right(), y)
        if suggestion == current:
            draw_outline(painter, suggestion.kind, rects)
