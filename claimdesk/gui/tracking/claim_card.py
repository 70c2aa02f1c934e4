"""Claims drawn as compact cards in lists: a kind marker, who, the quote, where, the verdict.

The kind marker has a shape as well as a colour (a disc for a claim, a diamond for a denial),
so kinds stay apart without colour.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from claimdesk.core.model import ClaimKind, Verdict
from claimdesk.gui.common.labels import label
from claimdesk.gui.common.palette import badge_colours, kind_colour, muted_text
from claimdesk.gui.tracking.tracking_models import CARD_ROLE, Card

ModelIndex = QModelIndex | QPersistentModelIndex
PAD = 8
MARKER = 10
QUOTE_LINES = 3


def title_label(text: str, parent: QWidget) -> QLabel:
    """The title line of a tracking view: larger and bold."""
    label = QLabel(text, parent)
    label.setObjectName("trackingTitle")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def draw_kind_marker(painter: QPainter, kind: ClaimKind, centre: QPointF, size: float) -> None:
    """A disc (claim) or a diamond (denial) in the kind's colour, with a thin outline."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = kind_colour(kind)
    painter.setBrush(colour)
    painter.setPen(QPen(colour.darker(140), 1))
    half = size / 2
    if kind is ClaimKind.DENIAL:
        path = QPainterPath(QPointF(centre.x(), centre.y() - half - 1))
        path.lineTo(centre.x() + half + 1, centre.y())
        path.lineTo(centre.x(), centre.y() + half + 1)
        path.lineTo(centre.x() - half - 1, centre.y())
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.drawEllipse(centre, half, half)
    painter.restore()


def draw_badge(
    painter: QPainter, text: str, right: float, top: float, font: QFont, palette: QPalette
) -> float:
    """A verdict badge ending at ``right``; returns its left edge. ``text`` is a stored verdict
    value (shown in the UI language) or any other text, shown as it is. The badge is opaque,
    its text readable on it, on a plain row and on a selected one alike."""
    colours = badge_colours(verdict_colour(text), palette)
    if text in _VERDICT_VALUES:
        text = label(Verdict(text))
    painter.save()
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
    small.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(small)
    width = metrics.horizontalAdvance(text) + 12
    rect = QRectF(right - width, top, width, metrics.height() + 2)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colours.outline, 1))
    painter.setBrush(colours.fill)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setFont(small)
    painter.setPen(colours.text)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
    return rect.left()


# Okabe-Ito again: blue for the true end, vermillion for the false end, grey for the rest.
_VERDICT_COLOURS = {
    "true": "#0072B2",
    "mostly true": "#0072B2",
    "half true": "#56B4E9",
    "misleading": "#D55E00",
    "mostly false": "#D55E00",
    "false": "#D55E00",
}
_VERDICT_VALUES = frozenset(v.value for v in Verdict)


def verdict_colour(verdict: str) -> QColor:
    """The badge colour of a verdict, as stored or as shown (the badge's text says which)."""
    if verdict not in _VERDICT_VALUES:
        verdict = next((v.value for v in Verdict if label(v) == verdict), verdict)
    return QColor(_VERDICT_COLOURS.get(verdict, "#7f7f7f"))


def card_height(metrics: QFontMetrics, quote_lines: int) -> int:
    """The height of a card whose quote takes ``quote_lines`` lines: heading, quote, note."""
    return PAD + metrics.height() * (2 + quote_lines) + 6 + PAD


class ClaimCardDelegate(QStyledItemDelegate):
    """Paints rows that carry a :class:`Card` under ``CARD_ROLE``; others as usual."""

    def __init__(self, parent: QWidget | None = None, quote_lines: int = QUOTE_LINES) -> None:
        super().__init__(parent)
        self._quote_lines = quote_lines

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Heading, up to ``quote_lines`` lines of quote, a note."""
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        width = max(120, option.rect.width() or 300)
        lines = self._quote_layout(card.quote, metrics, width - 2 * PAD - MARKER - 8)
        return QSize(width, card_height(metrics, len(lines)))

    def _quote_layout(self, quote: str, metrics: QFontMetrics, width: int) -> list[str]:
        if not quote.strip():
            return []
        words = f"“{' '.join(quote.split())}”".split(" ")
        lines: list[str] = []
        line = ""
        for word in words:
            trial = f"{line} {word}".strip()
            if metrics.horizontalAdvance(trial) <= width or not line:
                line = trial
                continue
            lines.append(line)
            line = word
            if len(lines) == self._quote_lines:
                break
        if len(lines) < self._quote_lines and line:
            lines.append(line)
        elif lines and line:
            lines[-1] = metrics.elidedText(
                lines[-1] + " " + line, Qt.TextElideMode.ElideRight, width
            )
        return lines[: self._quote_lines]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Background and focus as the style draws them, then the card."""
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, plain, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else muted_text(option.palette)
        rect = QRectF(option.rect).adjusted(PAD, PAD, -PAD, -PAD)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        if card.kind is not None:
            draw_kind_marker(
                painter, card.kind, QPointF(rect.left() + MARKER / 2, rect.top() + line / 2), MARKER
            )
        left = rect.left() + MARKER + 8
        right = rect.right()
        if card.badge:
            right = (
                draw_badge(painter, card.badge, right, rect.top(), option.font, option.palette) - 6
            )
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text_colour)
        heading = QFontMetrics(bold).elidedText(
            card.heading, Qt.TextElideMode.ElideRight, int(right - left)
        )
        painter.drawText(QPointF(left, rect.top() + metrics.ascent()), heading)
        italic = QFont(option.font)
        italic.setItalic(True)
        painter.setFont(italic)
        y = rect.top() + line + 3
        for text in self._quote_layout(card.quote, metrics, int(rect.right() - left)):
            painter.drawText(QPointF(left, y + metrics.ascent()), text)
            y += line
        painter.setFont(option.font)
        painter.setPen(muted)
        note = metrics.elidedText(card.note, Qt.TextElideMode.ElideRight, int(rect.right() - left))
        painter.drawText(QPointF(left, y + 3 + metrics.ascent()), note)
        painter.restore()
