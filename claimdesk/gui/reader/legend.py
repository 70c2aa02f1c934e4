"""The legend of claim kinds: swatch, underline style and name, as drawn in the reader; then
how a suggestion looks and how the selected claim is outlined."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from claimdesk.core.model import ClaimKind
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.labels import label
from claimdesk.gui.common.palette import kind_colour, kind_fill, muted_text
from claimdesk.gui.reader.suggestion_marks import draw_mark

_SWATCH = 22
_GAP = 6
_SPACING = 16


class LegendWidget(QWidget):
    """A one-line legend: each kind's fill and underline, suggestions, the selected outline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(
            translate(
                "LegendWidget",
                "Claims: orange fill, solid underline. Denials: purple fill, wavy underline.\n"
                "Suggestions (not marked yet): a faint dotted line, straight for a claim, "
                "wavy for\na denial. "
                "G goes to the next one, Enter accepts it, X dismisses it.\n"
                "The selected claim is outlined.",
            )
        )

    def sizeHint(self) -> QSize:
        """Wide enough for both kinds and the note."""
        metrics = self.fontMetrics()
        labels = sum(metrics.horizontalAdvance(text) for text in self._labels())
        width = labels + (len(ClaimKind) + 2) * (_SWATCH + _GAP) + 3 * _SPACING
        return QSize(width, metrics.height() + 6)

    def _labels(self) -> list[str]:
        return [label(kind) for kind in ClaimKind] + [self._suggested(), self._selected()]

    def _suggested(self) -> str:
        return translate("LegendWidget", "suggested")

    def _selected(self) -> str:
        return translate("LegendWidget", "selected")

    def paintEvent(self, e: QPaintEvent) -> None:
        """Draw the swatches as the reader draws claims."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        mid = self.height() / 2
        x = 0.0
        for kind in ClaimKind:
            rect = QRectF(x, mid - 7, _SWATCH, 14)
            painter.fillRect(rect, kind_fill(kind, self.palette()))
            pen = QPen(kind_colour(kind))
            pen.setWidthF(1.3)
            painter.setPen(pen)
            if kind is ClaimKind.DENIAL:
                painter.drawPath(_wave(rect.left(), rect.right(), rect.bottom() - 1))
            else:
                painter.drawLine(QPointF(rect.left(), rect.bottom() - 1), rect.bottomRight())
            x += _SWATCH + _GAP
            x = self._label(painter, x, label(kind), metrics.ascent()) + _SPACING
        # A suggested claim and a suggested denial, side by side in one swatch.
        half = _SWATCH / 2 - 1
        draw_mark(painter, ClaimKind.CLAIM, x, x + half, mid + 6)
        draw_mark(painter, ClaimKind.DENIAL, x + half + 2, x + _SWATCH, mid + 6)
        x = self._label(painter, x + _SWATCH + _GAP, self._suggested(), metrics.ascent())
        x += _SPACING
        outline = QRectF(x, mid - 7, _SWATCH, 14)
        pen = QPen(muted_text(self.palette()))
        pen.setWidthF(1.6)
        painter.setPen(pen)
        painter.drawRoundedRect(outline, 3, 3)
        self._label(painter, x + _SWATCH + _GAP, self._selected(), metrics.ascent())
        painter.end()

    def _label(self, painter: QPainter, x: float, text: str, ascent: int) -> float:
        painter.setPen(muted_text(self.palette()))
        baseline = (self.height() + ascent) / 2 - 1
        painter.drawText(QPointF(x, baseline), text)
        return x + self.fontMetrics().horizontalAdvance(text)


def _wave(left: float, right: float, y: float) -> QPainterPath:
    path = QPainterPath(QPointF(left, y))
    x = left
    while x < right:
        x += 1
        path.lineTo(x, y - 1.5 * math.sin((x - left) * math.pi / 3))
    return path
