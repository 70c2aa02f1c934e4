"""Bar charts drawn with QPainter (PySide6-Essentials has no QtCharts).

Each bar stacks claims (orange, solid) and denials (purple, hatched: a cue that is not colour).
A bar is a filter: clicking it, or Enter on the bar chosen with the arrow keys, emits its label.
Labels are the desk's values (``2023-02``, ``not rated``); ``display`` says how each one reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from claimdesk.core.model import ClaimKind
from claimdesk.core.model.tracking import Count
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.palette import kind_colour, muted_text
from claimdesk.gui.common.wording import plural
from claimdesk.gui.tracking.tracking_models import CountsModel, short_date

MAX_ROWS = 10
BAR_GAP = 6
UNDATED = "undated"  # the desk's month label of claims in undated articles


def denial_brush() -> QBrush:
    """Denials: the kind colour, hatched."""
    return QBrush(kind_colour(ClaimKind.DENIAL), Qt.BrushStyle.BDiagPattern)


def paint_stack(
    painter: QPainter, rect: QRectF, count: Count, scale: float, *, across: bool
) -> None:
    """One stacked bar in ``rect``: claims first, then denials (left to right, or bottom up)."""
    claims = count.claims * scale
    denials = count.denials * scale
    claim_colour = kind_colour(ClaimKind.CLAIM)
    denial_colour = kind_colour(ClaimKind.DENIAL)
    if across:
        first = QRectF(rect.left(), rect.top(), claims, rect.height())
        second = QRectF(first.right(), rect.top(), denials, rect.height())
    else:
        first = QRectF(rect.left(), rect.bottom() - claims, rect.width(), claims)
        second = QRectF(rect.left(), first.top() - denials, rect.width(), denials)
    painter.setPen(Qt.PenStyle.NoPen)
    if count.claims:
        painter.fillRect(first, claim_colour)
    if count.denials:
        tint = QColor(denial_colour)
        tint.setAlpha(70)
        painter.fillRect(second, tint)
        painter.fillRect(second, denial_brush())
        painter.setPen(QPen(denial_colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(second.adjusted(0.5, 0.5, -0.5, -0.5))


@dataclass(frozen=True, slots=True)
class _Bar:
    count: Count
    hit: QRectF  # where a click selects it (label and bar)
    bar: QRectF  # where the bar itself is drawn


class BarChart(QWidget):
    """Counts as bars: across (labels on the left) or upright (a histogram, labels below)."""

    bar_clicked = Signal(str, str)  # the model's field, the label

    def __init__(
        self,
        model: CountsModel,
        title: str,
        parent: QWidget | None = None,
        *,
        upright: bool = False,
        clickable: bool = True,
        max_rows: int = MAX_ROWS,
        display: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.title = title
        # How a label reads (the emitted filter keeps the label itself).
        self.display = display or (month_label if upright else str)
        self.upright = upright
        self.clickable = clickable
        self.max_rows = max_rows
        self._hover = -1
        self._current = 0
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(title)
        model.modelReset.connect(self._on_reset)

    # Layout
    def _shown(self) -> list[Count]:
        counts = self.model.counts()
        return counts if self.upright else counts[: self.max_rows]

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _title_height(self) -> int:
        return self.fontMetrics().height() + 10 if self.title else 0

    def sizeHint(self) -> QSize:
        """Tall enough for every row shown (across), or a fixed histogram height."""
        if self.upright:
            return QSize(360, 190 + self._title_height())
        rows = max(1, len(self._shown()))
        extra = self.fontMetrics().height() + 4 if len(self.model.counts()) > self.max_rows else 0
        return QSize(360, self._title_height() + rows * self._row_height() + extra + 8)

    def minimumSizeHint(self) -> QSize:
        """Room for a few bars."""
        return QSize(200, self.sizeHint().height() if not self.upright else 120)

    def bars(self) -> list[_Bar]:
        """Where each shown bar is, in widget coordinates."""
        counts = self._shown()
        if not counts:
            return []
        top = float(self._title_height())
        metrics = self.fontMetrics()
        peak = max(c.total for c in counts) or 1
        if self.upright:
            bottom = self.height() - metrics.height() - 8.0
            area = bottom - top - metrics.height() - 4
            slot = (self.width() - 8.0) / len(counts)
            width = min(56.0, slot - BAR_GAP)
            out = []
            for i, count in enumerate(counts):
                x = 4 + i * slot + (slot - width) / 2
                height = count.total * area / peak
                bar = QRectF(x, bottom - height, width, height)
                hit = QRectF(4 + i * slot, top, slot, self.height() - top)
                out.append(_Bar(count, hit, bar))
            return out
        label_width = min(
            max(metrics.horizontalAdvance(self.display(c.label)) for c in counts) + 12,
            self.width() * 0.42,
        )
        number_width = metrics.horizontalAdvance(str(peak)) + 12
        area = max(10.0, self.width() - label_width - number_width - 8)
        row = self._row_height()
        out = []
        for i, count in enumerate(counts):
            y = top + i * row
            bar = QRectF(label_width, y + 3, count.total * area / peak, row - 6)
            out.append(_Bar(count, QRectF(0, y, self.width(), row), bar))
        return out

    def _scale(self, bar: _Bar) -> float:
        total = bar.count.total
        if total == 0:
            return 0.0
        return (bar.bar.height() if self.upright else bar.bar.width()) / total

    # Painting
    def paintEvent(self, e: QPaintEvent) -> None:
        """Title, bars, labels and totals."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        metrics = self.fontMetrics()
        if self.title:
            heading = QFont(self.font())
            heading.setWeight(QFont.Weight.DemiBold)
            painter.setFont(heading)
            painter.setPen(palette.text().color())
            painter.drawText(QPointF(0, metrics.ascent() + 2), self.title)
            painter.setFont(self.font())
        bars = self.bars()
        if not bars:
            painter.setPen(muted_text(palette))
            painter.drawText(
                QPointF(0, self._title_height() + metrics.ascent() + 4),
                translate("BarChart", "Nothing marked yet."),
            )
            painter.end()
            return
        highlight = QColor(palette.highlight().color())
        highlight.setAlpha(38)
        for i, bar in enumerate(bars):
            if self.clickable and i == self._hover:
                painter.fillRect(bar.hit, highlight)
            paint_stack(painter, bar.bar, bar.count, self._scale(bar), across=not self.upright)
            self._paint_labels(painter, bar)
            if self.hasFocus() and i == self._current:
                pen = QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(bar.hit.adjusted(0.5, 0.5, -1.5, -1.5))
        hidden = len(self.model.counts()) - len(bars)
        if hidden > 0:
            painter.setPen(muted_text(palette))
            y = bars[-1].hit.bottom() + metrics.ascent() + 2
            painter.drawText(
                QPointF(0, y), translate("BarChart", "and {count} more").format(count=hidden)
            )
        painter.end()

    def _paint_labels(self, painter: QPainter, bar: _Bar) -> None:
        metrics = self.fontMetrics()
        text = self.palette().text().color()
        painter.setPen(text)
        total = str(bar.count.total)
        if self.upright:
            label = metrics.elidedText(
                self.display(bar.count.label), Qt.TextElideMode.ElideRight, int(bar.hit.width())
            )
            painter.drawText(
                QRectF(bar.hit.left(), self.height() - metrics.height() - 4, bar.hit.width(),
                       metrics.height()),
                int(Qt.AlignmentFlag.AlignCenter), label,
            )  # fmt: skip
            painter.drawText(
                QRectF(bar.hit.left(), bar.bar.top() - metrics.height() - 2, bar.hit.width(),
                       metrics.height()),
                int(Qt.AlignmentFlag.AlignCenter), total,
            )  # fmt: skip
            return
        label = metrics.elidedText(
            self.display(bar.count.label), Qt.TextElideMode.ElideRight, int(bar.bar.left() - 12)
        )
        painter.drawText(
            QRectF(0, bar.hit.top(), bar.bar.left() - 8, bar.hit.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        painter.setPen(muted_text(self.palette()))
        painter.drawText(
            QRectF(bar.bar.right() + 6, bar.hit.top(), 60, bar.hit.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            total,
        )

    # Interaction
    def bar_at(self, point: QPointF) -> int:
        """The index of the bar under ``point``, or -1."""
        return next((i for i, b in enumerate(self.bars()) if b.hit.contains(point)), -1)

    def click_bar(self, index: int) -> None:
        """Emit the filter of bar ``index`` (what a click does)."""
        counts = self._shown()
        if self.clickable and 0 <= index < len(counts):
            self._current = index
            self.bar_clicked.emit(self.model.field, counts[index].label)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        """Highlight the bar under the mouse."""
        hover = self.bar_at(e.position())
        if hover != self._hover:
            self._hover = hover
            pointing = self.clickable and hover >= 0
            cursor = Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor
            self.setCursor(cursor)
            self.update()

    def leaveEvent(self, e: QEvent) -> None:
        """No bar is hovered any more."""
        self._hover = -1
        self.update()
        super().leaveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        """A click on a bar filters by it."""
        if e.button() == Qt.MouseButton.LeftButton:
            self.click_bar(self.bar_at(e.position()))

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """Arrows choose a bar, Enter or Space filters by it."""
        count = len(self._shown())
        step = {
            Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1,
        }.get(Qt.Key(e.key()))  # fmt: skip
        if step is not None and count:
            self._current = (self._current + step) % count
            self.update()
        elif e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.click_bar(self._current)
        else:
            super().keyPressEvent(e)

    def focusInEvent(self, e: QFocusEvent) -> None:
        """Show which bar the keys act on."""
        self.update()
        super().focusInEvent(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        """Hide the keyboard outline."""
        self.update()
        super().focusOutEvent(e)

    def event(self, e: QEvent) -> bool:
        """A tooltip with the numbers of the bar under the mouse."""
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            index = self.bar_at(QPointF(e.pos()))
            if index >= 0:
                count = self._shown()[index]
                claims = plural(
                    count.claims, translate("BarChart", "claim"), translate("BarChart", "claims")
                )
                denials = plural(
                    count.denials, translate("BarChart", "denial"), translate("BarChart", "denials")
                )
                tip = translate("BarChart", "{label}: {claims}, {denials}").format(
                    label=self.display(count.label), claims=claims, denials=denials
                )
                if self.clickable:
                    tip += "\n" + translate("BarChart", "Click to search for them.")
                QToolTip.showText(e.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def _on_reset(self) -> None:
        self._hover = -1
        self._current = 0
        self.updateGeometry()
        self.update()


def month_label(label: str) -> str:
    """ "2023-02" as "Feb 2023" in the UI language; "undated" translated; others unchanged."""
    if label == UNDATED:
        return short_date(None)
    year, _, month = label.partition("-")
    if year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return QLocale().toString(QDate(int(year), int(month), 1), "MMM yyyy")
    return label
