"""The centre pane: the article's header, the kind legend and the text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ArticleView
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.palette import reading_font
from claimdesk.gui.ops.context import WindowContext
from claimdesk.gui.reader.legend import LegendWidget
from claimdesk.gui.reader.reader_text import ReaderTextView
from claimdesk.gui.reader.scan_pane import ScanController, ScanPane


def article_byline(article: ArticleView) -> str:
    """``outlet · 22 Feb 2023 · it``, leaving out what is not known."""
    parts: list[str] = []
    if article.outlet:
        parts.append(article.outlet)
    if article.published:
        day = article.published
        parts.append(QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy"))
    parts.append(article.language)
    if article.authors:
        parts.append(", ".join(article.authors))
    if article.captured is not None:  # taken by its address: when it was as it is kept
        when = article.captured.astimezone(dt.UTC)
        shown = QLocale().toString(QDate(when.year, when.month, when.day), "d MMM yyyy")
        parts.append(
            translate("ReaderView", "captured on {day}, {time} UTC").format(
                day=shown, time=when.strftime("%H:%M")
            )
        )
    return " · ".join(parts)


class ReaderView(QWidget):
    """An article as readable prose under its title and byline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self.text = ReaderTextView(self)
        self.title = QLabel(self)
        self.title.setObjectName("readerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(reading_font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)
        self.byline = QLabel(self)
        self.byline.setObjectName("readerByline")
        # Outlet, date, language, authors and a capture's moment: in a narrow column it wraps
        # beside the header's buttons rather than being cut off.
        self.byline.setWordWrap(True)
        self.legend = LegendWidget(self)

        self._header = QWidget(self)
        self._header.setObjectName("readerHeader")
        self._header.setAutoFillBackground(True)
        self._header.setBackgroundRole(self.text.viewport().backgroundRole())
        # The header's margins follow the text column, which widens with the pane: counted in
        # the pane's minimum, they would push the other panes aside each time an article shows.
        self._header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        meta = QHBoxLayout()
        meta.setContentsMargins(0, 0, 0, 0)
        meta.addWidget(self.byline, 1)
        self._meta_layout = meta
        header = QVBoxLayout(self._header)
        header.setSpacing(4)
        self._header_layout = header
        header.addWidget(self.title)
        header.addLayout(meta)
        # A row of its own: beside the byline it would be squeezed in a narrow column.
        header.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignLeft)

        # An article read from images shows them beside its text (the Image button hides them).
        self.scans = ScanPane(self)
        self.scans.hide()
        self.image_button = QToolButton(self._header)
        self.image_button.setObjectName("readerImageButton")
        self.image_button.setText(translate("ReaderView", "Image"))
        self.image_button.setToolTip(
            translate("ReaderView", "Show or hide the image the text was read from")
        )
        self.image_button.setCheckable(True)
        self.image_button.setChecked(True)
        self.image_button.setAutoRaise(True)
        self.image_button.hide()
        self.image_button.toggled.connect(self._image_toggled)
        self._meta_layout.addWidget(self.image_button)
        self._has_scans = False
        self._scan_controller: ScanController | None = None
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setObjectName("readerBody")
        self.body.setChildrenCollapsible(False)
        self.body.setHandleWidth(1)
        self.body.addWidget(self.text)
        self.body.addWidget(self.scans)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header)
        layout.addWidget(self.body, 1)
        self.text.column_moved.connect(self._align_header)
        self._align_header(self.text.text_column_left())

    def show_article(self, article: ArticleView, selected_claim_id: str | None = None) -> None:
        """Show ``article``; the same article again keeps its scroll position."""
        self.title.setText(article.title)
        self.byline.setText(article_byline(article))
        self.byline.setToolTip(article.url or "")
        self.text.show_article(article, selected_claim_id)

    def attach_scans(self, context: WindowContext) -> None:
        """Load the page images of the articles shown through ``context``'s worker."""
        if self._scan_controller is None:
            self._scan_controller = ScanController(context, self.scans, self._reveal_scans)

    def _reveal_scans(self, has_pages: bool) -> None:
        first = has_pages and not self._has_scans
        self._has_scans = has_pages
        self.image_button.setVisible(has_pages)
        self.scans.setVisible(has_pages and self.image_button.isChecked())
        if first and self.scans.isVisible():
            total = max(2, self.body.width())
            self.body.setSizes([total // 2, total - total // 2])

    def _image_toggled(self, shown: bool) -> None:
        self.scans.setVisible(shown and self._has_scans)

    def add_header_action(self, action: QAction) -> QToolButton:
        """A small button in the header (e.g. the article's properties) that runs ``action``."""
        button = QToolButton(self._header)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setObjectName("readerHeaderButton")
        self._meta_layout.addWidget(button)
        return button

    def _align_header(self, left: int) -> None:
        # The text column's margin plus the text edit's own frame-less inset.
        self._header_layout.setContentsMargins(left, 22, left, 6)
