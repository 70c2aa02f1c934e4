"""The page images an article was read from, beside its text, with its claims outlined.

An article imported from a screenshot or a scan keeps its page images with every word's box
(``importers/ocr``). The pane shows them one under the other, fitted to its width; each claim
is outlined on the image in its kind's colour where its words are (the selected claim drawn
thicker, with a wash), and the selected claim is scrolled into view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from claimdesk.core.model import ArticleView, ClaimView
from claimdesk.core.model.files import ScanPage
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.palette import kind_colour
from claimdesk.gui.ops.context import WindowContext

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk

# Articles whose text may have been read from images (by OCR) at import.
SCANNED_FORMATS = frozenset({"image", "pdf"})
PAD = 3  # pixels of the image around a word's box in an outline


class _PageCanvas(QWidget):
    """One page image, fitted to the width it is given, with outlines."""

    def __init__(self, page: ScanPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        image = QImage.fromData(page.data)
        self._pixmap = QPixmap.fromImage(image)
        self._claims: list[ClaimView] = []
        self._selected: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("ScanPane", "Page image {name}").format(name=page.name))

    def is_valid(self) -> bool:
        return not self._pixmap.isNull()

    def set_claims(self, claims: Sequence[ClaimView], selected: str | None) -> None:
        self._claims = [c for c in claims if not c.orphaned and self.page.boxes(c.start, c.end)]
        self._selected = selected
        self.update()

    def _scale(self) -> float:
        width = max(1, self._pixmap.width())
        return min(1.0 * max(1, self.width()) / width, 2.0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self._pixmap.isNull():
            return 0
        scale = min(width / max(1, self._pixmap.width()), 2.0)
        return round(self._pixmap.height() * scale)

    def sizeHint(self) -> QSize:
        return QSize(self._pixmap.width(), self._pixmap.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 40)

    def claim_top(self, claim_id: str) -> int | None:
        """Where the claim's first outline starts, in this widget's pixels."""
        for claim in self._claims:
            if claim.id == claim_id:
                boxes = self.page.boxes(claim.start, claim.end)
                return round(boxes[0][1] * self._scale()) if boxes else None
        return None

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = self._scale()
        target = QRectF(0, 0, self._pixmap.width() * scale, self._pixmap.height() * scale)
        painter.drawPixmap(target, self._pixmap, QRectF(self._pixmap.rect()))
        layout_width = self.page.size[0] or self._pixmap.width()
        # Boxes are in pixels of the kept image; the pixmap is that image.
        factor = scale * self._pixmap.width() / max(1, layout_width)
        ordered = sorted(self._claims, key=lambda c: c.id == self._selected)
        for claim in ordered:
            selected = claim.id == self._selected
            colour = kind_colour(claim.kind)
            pen = QPen(colour, 3.0 if selected else 1.6)
            painter.setPen(pen)
            wash = QColor(colour)
            wash.setAlpha(60 if selected else 0)
            painter.setBrush(wash)
            for x, y, w, h in self.page.boxes(claim.start, claim.end):
                painter.drawRoundedRect(
                    QRectF((x - PAD) * factor, (y - PAD) * factor,
                           (w + 2 * PAD) * factor, (h + 2 * PAD) * factor),
                    3, 3,
                )  # fmt: skip
        painter.end()


class ScanPane(QScrollArea):
    """The page images of the article in the reader (hidden for an article without)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanPane")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(translate("ScanPane", "Page images"))
        self._inner = QWidget(self)
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(12)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self._canvases: list[_PageCanvas] = []
        self.article_id: str | None = None
        self.setMinimumWidth(160)

    def pages(self) -> tuple[ScanPage, ...]:
        """The pages shown."""
        return tuple(c.page for c in self._canvases)

    def set_pages(self, article_id: str | None, pages: Sequence[ScanPage]) -> None:
        """Show ``pages`` (the article's page images, in order)."""
        for canvas in self._canvases:
            canvas.deleteLater()
        self._canvases = []
        self.article_id = article_id
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for page in pages:
            canvas = _PageCanvas(page, self._inner)
            if not canvas.is_valid():
                note = QLabel(
                    translate("ScanPane", "{name} cannot be shown.").format(name=page.name),
                    self._inner,
                )
                self._layout.insertWidget(self._layout.count() - 1, note)
                canvas.deleteLater()
                continue
            self._canvases.append(canvas)
            self._layout.insertWidget(self._layout.count() - 1, canvas)

    def outline(self, claims: Sequence[ClaimView], selected: str | None) -> None:
        """Outline ``claims`` on the images, ``selected`` the strongest, scrolled into view."""
        for canvas in self._canvases:
            canvas.set_claims(claims, selected)
        if selected is None:
            return
        for canvas in self._canvases:
            top = canvas.claim_top(selected)
            if top is not None:
                where = canvas.mapTo(self._inner, QPoint(0, top))
                self.ensureVisible(0, where.y(), 0, max(60, self.viewport().height() // 3))
                return

    def outlined_claims(self) -> set[str]:
        """The ids of the claims outlined on some page (for tests)."""
        return {c.id for canvas in self._canvases for c in canvas._claims}


class ScanController(QObject):
    """Loads the page images of the article shown (on the worker) into the reader's pane and
    keeps its outlines in step with the claims and the selection."""

    def __init__(
        self, context: WindowContext, pane: ScanPane, reveal: Callable[[bool], None]
    ) -> None:
        super().__init__(pane)
        self._c = context
        self._pane = pane
        self._reveal = reveal
        self._article: ArticleView | None = None
        self._selected: str | None = None
        context.state.article_shown.connect(self.on_article)
        context.state.claim_shown.connect(self.on_claim)
        current = context.state.current_article()
        if current is not None:
            self.on_article(current)

    def on_article(self, article: ArticleView | None) -> None:
        previous = self._article
        self._article = article
        if article is None or article.source_format not in SCANNED_FORMATS:
            self._pane.set_pages(None, ())
            self._show(has_pages=False)
            return
        if (
            previous is not None
            and previous.id == article.id
            and self._pane.article_id == article.id
        ):
            self._pane.outline(article.claims, self._selected)
            return
        article_id = article.id

        def read(desk: Desk) -> tuple[ScanPage, ...]:

            return desk.files.scans(article_id)

        self._c.ops.run(
            read, lambda pages: self._loaded(article_id, pages), on_error=lambda _e: None
        )

    def on_claim(self, claim: ClaimView | None) -> None:
        self._selected = claim.id if claim is not None else None
        if self._article is not None:
            self._pane.outline(self._article.claims, self._selected)

    def _loaded(self, article_id: str, pages: tuple[ScanPage, ...]) -> None:
        if self._article is None or self._article.id != article_id:
            return
        self._pane.set_pages(article_id, pages)
        self._show(has_pages=bool(pages))
        self._pane.outline(self._article.claims, self._selected)

    def _show(self, *, has_pages: bool) -> None:
        self._reveal(has_pages)
