"""The PDF claim report: the HTML report laid out by Qt's rich-text engine onto A4 pages, with
real (searchable, copyable) text, the title block on page 1 and "Page n of m" in every footer.

Headless: ``ensure_gui_app`` picks the offscreen platform when there is no display.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.html import render_html
from claimdesk.core.exporters.labels import report_labels
from claimdesk.core.model.results import ReportInput
from claimdesk.render import ensure_gui_app
from claimdesk.render.fonts import REPORT_FAMILY, MissingScript, missing_scripts

# 300 dpi keeps glyph positions precise; the text itself stays vector text in the PDF.
RESOLUTION = 300
# Left, top, right, bottom in millimetres; the footer sits inside the bottom margin's area.
MARGINS_MM = (16.0, 16.0, 16.0, 12.0)
FOOTER_MM = 10.0
FOOTER_POINTS = 8.0
# report.css pads the body 1em (10.5 pt, 14 CSS pixels) on the left and on the right.
BODY_PADDING_PX = 28


@dataclass(frozen=True)
class PdfWritten:
    """A PDF report written: how many claims, and the scripts no installed font could draw
    (those characters show as empty boxes; everything else is in the file)."""

    claims: int
    missing: tuple[MissingScript, ...]


def render_pdf(report: ReportInput, language: str | None = None) -> bytes:
    """The report as PDF bytes, its labels in ``language`` (``it``, ``en``; English unless
    told)."""
    return _render(report, language)[0]


def export_pdf(report: ReportInput, path: Path, *, language: str | None = None) -> int:
    """Write the report as PDF to ``path`` atomically; return the claims written."""
    return write_pdf(report, path, language=language).claims


def write_pdf(report: ReportInput, path: Path, *, language: str | None = None) -> PdfWritten:
    """Write the report as PDF to ``path`` atomically; say what no installed font draws."""
    data, text = _render(report, language)
    write_atomically(Path(path), data)
    return PdfWritten(len(report.claims), missing_scripts(text, REPORT_FAMILY))


def _render(report: ReportInput, language: str | None) -> tuple[bytes, str]:
    """The PDF's bytes (fonts embedded, as subsets, by Qt's PDF engine) and all its text."""
    ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(report.title)
    writer.setCreator("ClaimDesk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*MARGINS_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_height = FOOTER_MM / 25.4 * RESOLUTION
    # Whole device pixels: with a fractional page height, rounding in the layout can put a
    # line a hair across the page edge, and it would then be drawn (clipped, but still in the
    # text layer) on both pages.
    body = QSizeF(math.floor(area.width()), math.floor(area.height() - footer_height))

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setDefaultFont(_plain_font())
    # A claim's page crop is drawn as wide as the text column, in CSS pixels (1/96 inch):
    # the page body less the stylesheet's padding of the body (1em either side).
    column_px = math.floor(body.width() * 96 / RESOLUTION) - BODY_PADDING_PX
    document.setHtml(render_html(report, language, column_px=column_px))
    document.setPageSize(body)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise InputRefused("Cannot draw the PDF report; try another format such as HTML.")
    try:
        labels = report_labels(language)
        footer_left = f"{report.title} · {labels.day(report.generated.date())}"
        for page in range(pages):
            if page and not writer.newPage():
                raise InputRefused("Cannot add a page to the PDF report; try HTML instead.")
            painter.save()
            painter.translate(0, -page * body.height())
            # One device pixel in from both page edges: a line that starts exactly where the
            # page ends (or ends where it starts) belongs to the other page, but Qt's
            # inclusive test would draw it here too, invisibly, into the text layer.
            top = page * body.height() + 1
            document.drawContents(painter, QRectF(0, top, body.width(), body.height() - 2))
            painter.restore()
            number = labels["page"].format(page=page + 1, pages=pages)
            _draw_footer(painter, body, footer_height, footer_left, number)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), f"{footer_left}\n{document.toPlainText()}"


def _draw_footer(painter: QPainter, body: QSizeF, height: float, left: str, right: str) -> None:
    """A thin rule, the report's title and date on the left, the page number on the right."""
    font = _plain_font()
    font.setPointSizeF(FOOTER_POINTS)
    painter.setFont(font)
    painter.setPen(QPen(QColor("#555555"), RESOLUTION / 150))
    top = body.height() + height * 0.35
    painter.drawLine(0, int(top), int(body.width()), int(top))
    text_box = QRectF(0, top, body.width(), height - height * 0.35)
    metrics = QFontMetricsF(font, painter.device())
    number_width = metrics.horizontalAdvance(right)
    room = body.width() - number_width - metrics.horizontalAdvance("    ")
    painter.drawText(
        text_box,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(left, Qt.TextElideMode.ElideRight, room),
    )
    painter.drawText(text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)


def _plain_font() -> QFont:
    """The default font with ligatures off: with "ﬁ" drawn as one glyph, a PDF reader's
    search for "fianco" would miss the text, and copied text would hold U+FB01."""
    font = QFont(REPORT_FAMILY, 10)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
