"""A claim thread drawn as a vertical timeline: first appearance, repetitions, denials, verdicts.

Left of the spine the article's date and outlet; on the spine a marker with the kind's colour
and shape (disc: claim, diamond: denial); right of it the role, who, the quote, the verdict
badge and the dates the claim mentions. Enter or a double-click opens the claim.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ClaimKind
from claimdesk.core.model.tracking import Role, Timeline, TimelineEntry
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.labels import label
from claimdesk.gui.common.palette import kind_colour, muted_text
from claimdesk.gui.common.wording import plural
from claimdesk.gui.tracking.claim_card import (
    ClaimCardDelegate,
    ModelIndex,
    draw_badge,
    draw_kind_marker,
    title_label,
)
from claimdesk.gui.tracking.tracking_models import (
    ITEM_ROLE,
    TimelineModel,
    clip,
    no_claimant,
    role_label,
    short_date,
)

DATE_COLUMN = 120
SPINE = DATE_COLUMN + 18
CARD_LEFT = SPINE + 22
MARKER = 14
QUOTE_LINES = 4


def thread_summary(timeline: Timeline) -> str:
    """One line about a thread: how many claims, from when to when, how many denials."""
    entries = timeline.entries
    if not entries:
        return translate("TimelineView", "This claim is not linked to any other yet.")
    denials = sum(1 for e in entries if e.role in (Role.DENIAL, Role.CONTRADICTION))
    repeats = sum(1 for e in entries if e.role == Role.REPEAT)
    parts = [
        plural(
            len(entries), translate("TimelineView", "claim"), translate("TimelineView", "claims")
        ),
        plural(
            repeats,
            translate("TimelineView", "repetition"),
            translate("TimelineView", "repetitions"),
        ),
        plural(
            denials,
            translate("TimelineView", "denial or contradiction"),
            translate("TimelineView", "denials or contradictions"),
        ),
    ]
    dated = [e.claim.published for e in entries if e.claim.published]
    if dated:
        first, last = short_date(min(dated)), short_date(max(dated))
        if last == first:
            parts.append(first)
        else:
            parts.append(
                translate("TimelineView", "{first} to {last}").format(first=first, last=last)
            )
    return " · ".join(parts)


class TimelineDelegate(ClaimCardDelegate):
    """Paints one entry of the thread with its piece of the spine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, quote_lines=QUOTE_LINES)
        self.root_id = ""

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Role, who, the quote and a line of detail, with room between entries."""
        entry = index.data(ITEM_ROLE)
        if not isinstance(entry, TimelineEntry):
            return super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        width = max(CARD_LEFT + 200, option.rect.width() or 600)
        lines = self._quote_layout(entry.claim.quote, metrics, width - CARD_LEFT - 24)
        return QSize(width, 14 + metrics.height() * (3 + len(lines)) + 22)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Date, spine and marker, then the card."""
        entry = index.data(ITEM_ROLE)
        if not isinstance(entry, TimelineEntry):
            super().paint(painter, option, index)
            return
        ref = entry.claim
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        rect = QRectF(option.rect)
        top = rect.top() + 10
        muted = muted_text(palette)

        # The date column: the article's date, then its outlet.
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        date_rect = QRectF(rect.left(), top, DATE_COLUMN - 4, line)
        painter.drawText(date_rect, int(Qt.AlignmentFlag.AlignRight), short_date(ref.published))
        painter.setFont(option.font)
        painter.setPen(muted)
        outlet = metrics.elidedText(ref.outlet or "", Qt.TextElideMode.ElideRight, DATE_COLUMN - 8)
        painter.drawText(QRectF(rect.left(), top + line, DATE_COLUMN - 4, line),
                         int(Qt.AlignmentFlag.AlignRight), outlet)  # fmt: skip

        # The spine: from the row above to the row below (not past the ends of the thread).
        rows = index.model().rowCount()
        centre_y = top + line / 2
        spine_top = rect.top() if index.row() > 0 else centre_y
        spine_bottom = rect.bottom() if index.row() < rows - 1 else centre_y
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 2))
        painter.drawLine(QPointF(SPINE, spine_top), QPointF(SPINE, spine_bottom))
        draw_kind_marker(painter, ref.kind, QPointF(SPINE, centre_y), MARKER)
        if ref.id == self.root_id:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(SPINE, centre_y), MARKER / 2 + 4, MARKER / 2 + 4)

        # The card.
        card = QRectF(CARD_LEFT, rect.top() + 4, rect.right() - CARD_LEFT - 8, rect.height() - 10)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill.setAlpha(45 if selected else 0)
        border = palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Midlight
        )
        painter.setPen(QPen(border, 1.2 if selected else 1))
        painter.setBrush(fill if selected else palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 6, 6)
        accent = QRectF(card.left(), card.top() + 6, 3, card.height() - 12)
        painter.fillRect(accent, kind_colour(ref.kind))

        left = card.left() + 14
        right = card.right() - 12
        y = card.top() + 8
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        small.setWeight(QFont.Weight.DemiBold)
        small.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.8)
        painter.setFont(small)
        role_colour = kind_colour(ref.kind).darker(150) if ref.kind is ClaimKind.DENIAL else muted
        painter.setPen(role_colour)
        role = role_label(entry.role)
        if ref.reference:
            role = translate("TimelineView", "{role} · reference").format(role=role)
        painter.drawText(QPointF(left, y + QFontMetrics(small).ascent()), role.upper())
        if ref.verdict is not None:
            draw_badge(painter, ref.verdict.value, right, y - 1, option.font, palette)
        y += line
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        who = f"{ref.claimant or no_claimant()}  ·  {label(ref.kind)}"
        painter.drawText(QPointF(left, y + metrics.ascent()), who)
        y += line + 2
        italic = QFont(option.font)
        italic.setItalic(True)
        painter.setFont(italic)
        for text in self._quote_layout(ref.quote, metrics, int(right - left)):
            painter.drawText(QPointF(left, y + metrics.ascent()), text)
            y += line
        painter.setFont(option.font)
        painter.setPen(muted)
        detail = clip(ref.article_title, 70)
        if ref.event_dates:
            dates = ", ".join(sorted(set(ref.event_dates)))
            detail += "  ·  " + translate("TimelineView", "mentions {dates}").format(dates=dates)
        detail = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, int(right - left))
        painter.drawText(QPointF(left, y + 3 + metrics.ascent()), detail)
        painter.restore()


class TimelineView(QWidget):
    """The thread of the claim it was opened from."""

    claim_activated = Signal(str, str)  # article id, claim id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self.title = title_label(
            translate(
                "TimelineView", "Open a claim's thread with Ctrl+T (Track > Thread timeline)."
            ),
            self,
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("mutedText")
        self.delegate = TimelineDelegate(self)
        self.list = QListView(self)
        self.list.setObjectName("timelineList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(self.delegate)
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.activated.connect(self._activate)
        self.list.doubleClicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.list, 1)

    def set_timeline(self, timeline: Timeline) -> None:
        """Show a thread, its root claim chosen."""
        self.delegate.root_id = timeline.root
        self.model.set_items(timeline.entries)
        root = next((e for e in timeline.entries if e.claim.id == timeline.root), None)
        if root is not None:
            self.title.setText(
                translate("TimelineView", "Thread of “{quote}”").format(
                    quote=clip(root.claim.quote, 110)
                )
            )
        else:
            self.title.setText(translate("TimelineView", "Thread timeline"))
        self.summary.setText(thread_summary(timeline))
        row = next((i for i, e in enumerate(timeline.entries) if e.claim.id == timeline.root), 0)
        if timeline.entries:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def focus_list(self) -> None:
        """Keyboard into the thread."""
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activate(self, index: QModelIndex) -> None:
        entry = self.model.item(index.row())
        if entry is not None:
            self.claim_activated.emit(entry.claim.article_id, entry.claim.id)
