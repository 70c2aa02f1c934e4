"""Paints one search hit: a type badge, who says it (a claim; with its article, muted) or the
title (an article) and the date, then two lines of snippet, the claim's quote or the article's
text, with the matched words in bold on a light wash.

Every row has the same height and is painted straight from the snippet's runs (no text
document, no label per row), so a list of many thousands of hits scrolls smoothly.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from claimdesk.core.model import ClaimKind, SearchHit
from claimdesk.gui.common.palette import badge_colours, is_dark, kind_colour, muted_text
from claimdesk.gui.search.search_model import (
    HEADING_ROLE,
    HIT_ROLE,
    KIND_ROLE,
    RUNS_ROLE,
    kind_name,
    untitled,
)

ModelIndex = QModelIndex | QPersistentModelIndex
SNIPPET_LINES = 2
PAD_X, PAD_Y, LINE_GAP = 10, 6, 2
ARTICLE = "#56B4E9"  # Okabe-Ito sky blue: apart from both kind colours
_TOKENS = re.compile(r"\S+|\s+")
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def short_date(hit: SearchHit) -> str:
    """``22 Feb 2023`` (month named in the UI language) or the empty string."""
    day = hit.published
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


class HitDelegate(QStyledItemDelegate):
    """Fixed-height rows painted from the model's snippet runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(6.5, base.pointSizeF() * 0.78))
        small.setBold(True)
        return base, bold, small

    def row_height(self, option: QStyleOptionViewItem) -> int:
        """Title line plus the snippet lines, with padding."""
        line = QFontMetrics(option.font).height()
        return PAD_Y * 2 + line * (1 + SNIPPET_LINES) + LINE_GAP * (SNIPPET_LINES + 1)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Every row alike: the view can lay out 100,000 rows without measuring them."""
        return QSize(300, self.row_height(option))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Background from the style, then badge, title, date and the snippet runs."""
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else muted_text(palette)
        base, bold, small = self._fonts(option)
        line_h = QFontMetrics(base).height()
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)

        painter.save()
        painter.setClipRect(option.rect)
        # Line 1: badge, title, date.
        kind = str(index.data(KIND_ROLE) or hit.type)
        badge = kind_name(kind).upper()
        small_fm = QFontMetrics(small)
        # One width for every badge, so the titles line up.
        badges = (kind_name(k).upper() for k in ("article", "denial", "claim"))
        badge_w = max(small_fm.horizontalAdvance(b) for b in badges) + 10
        badge_rect = QRect(rect.left(), rect.top() + (line_h - small_fm.height() - 2) // 2,
                           badge_w, small_fm.height() + 2)  # fmt: skip
        colour = kind_colour(ClaimKind(kind)) if kind in ("claim", "denial") else QColor(ARTICLE)
        # Opaque, its text the body colour made readable on it: the same on a selected row
        # (an orange badge under white text on the blue highlight was 2:1).
        colours = badge_colours(
            colour, palette, text=palette.color(QPalette.ColorRole.Text), tint=70
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.fill)
        painter.drawRoundedRect(badge_rect, 3, 3)
        painter.setFont(small)
        painter.setPen(colours.text)
        painter.drawText(badge_rect, int(Qt.AlignmentFlag.AlignCenter), badge)

        date = short_date(hit)
        date_w = QFontMetrics(base).horizontalAdvance(date) if date else 0
        if date:
            painter.setFont(base)
            painter.setPen(muted)
            painter.drawText(
                QRect(rect.right() - date_w, rect.top(), date_w, line_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                date,
            )
        # A claim: who says it in bold, then its article, muted; an article: its title.
        title_left = badge_rect.right() + 8
        title_w = max(0, rect.right() - title_left - date_w - 10)
        lead, rest = index.data(HEADING_ROLE) or (hit.title or untitled(), "")
        painter.setFont(bold)
        painter.setPen(text_colour if hit.claimant or hit.type != "claim" else muted)
        lead = QFontMetrics(bold).elidedText(lead, Qt.TextElideMode.ElideRight, title_w)
        painter.drawText(QRect(title_left, rect.top(), title_w, line_h), _LEFT, lead)
        lead_w = QFontMetrics(bold).horizontalAdvance(lead)
        rest_w = title_w - lead_w
        if rest and rest_w > 40:
            rest = QFontMetrics(base).elidedText(f" · {rest}", Qt.TextElideMode.ElideRight, rest_w)
            painter.setFont(base)
            painter.setPen(muted)
            painter.drawText(QRect(title_left + lead_w, rect.top(), rest_w, line_h), _LEFT, rest)

        # Lines 2-3: the snippet.
        runs = index.data(RUNS_ROLE) or ()
        wash = QColor("#F0E442")  # Okabe-Ito yellow: a marker pen, legible on both themes
        wash.setAlpha(110 if is_dark(palette) else 90)
        top = rect.top() + line_h + LINE_GAP
        line_rect = QRect(rect.left(), top, rect.width(), line_h)
        self._paint_runs(painter, runs, line_rect, (base, bold), text_colour, wash, selected)
        painter.restore()

    def _paint_runs(
        self,
        painter: QPainter,
        runs: tuple[tuple[str, bool], ...],
        first_line: QRect,
        fonts: tuple[QFont, QFont],
        colour: QColor,
        wash: QColor,
        selected: bool,
    ) -> None:
        base, bold = fonts
        metrics = {False: QFontMetrics(base), True: QFontMetrics(bold)}
        width, line_h = first_line.width(), first_line.height()
        x, line = 0, 0
        for text, marked in runs:
            fm = metrics[marked]
            for token in _TOKENS.findall(text):
                space = token.isspace()
                if space and x == 0:
                    continue
                advance = fm.horizontalAdvance(token)
                if x + advance > width and x > 0:
                    if space:
                        continue
                    line += 1
                    x = 0
                if line >= SNIPPET_LINES:
                    return
                last = line == SNIPPET_LINES - 1
                shown = token
                if x + advance > width:
                    # A word wider than the row, or the end of the last line: cut it with "…".
                    shown = fm.elidedText(token, Qt.TextElideMode.ElideRight, width - x)
                    advance = fm.horizontalAdvance(shown)
                y = first_line.top() + line * (line_h + LINE_GAP)
                box = QRect(first_line.left() + x, y, advance, line_h)
                if marked and not selected:
                    painter.fillRect(box.adjusted(-1, 1, 1, -1), wash)
                painter.setFont(bold if marked else base)
                painter.setPen(colour)
                painter.drawText(box, _LEFT, shown)
                x += advance
                if shown != token:
                    if last:
                        return
                    line += 1
                    x = 0
