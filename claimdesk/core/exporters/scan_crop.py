"""A crop of the page image around a claim, for the claim's block in a report.

An article read from images keeps each page with its words' boxes (``importers/ocr``); the
crop takes the claim's lines with a margin around them, widened to the whole lines when the
claim is narrow so the reader sees its context, its edges cutting through no other word, and
outlines the claim's words in the claim's kind colour. PNG bytes out (HTML embeds them as a
data URI, PDF draws them).

A report of many claims on one page would decode the page image once a claim: a
:class:`ReportCrops` serves one report's writer, decoding each page once (the last few pages
kept) and reading each article's pages from the report once.
"""

from __future__ import annotations

import base64
import io
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimdesk.core.exporters.labels import ReportLabels
from claimdesk.core.exporters.report_layout import ReportEntry
from claimdesk.core.model.files import ScanPage, bounding
from claimdesk.core.model.results import ReportInput

if TYPE_CHECKING:
    from PIL.Image import Image

    _Decode = Callable[[ScanPage], Image]

MARGIN = 24
# Beside the text less: a post's avatar or a page's rule stands a little way off its lines.
SIDE_MARGIN = 12
# Pixels the outline stands out of a word's box (3 of gap, 2 of line, 1 to spare).
OUTLINE_ROOM = 6
MAX_WIDTH = 900
OUTLINE = {"claim": (230, 159, 0), "denial": (204, 121, 167)}
FRAME = (160, 160, 160)
# Decoded pages kept by one report's crops: a claim and the answers shown under it may come
# from a few articles; a 2480 x 3508 scan takes 26 MB decoded.
KEPT_PAGES = 4
# The width a crop is drawn at in a report, in CSS pixels (1/96 inch): the text column of an
# A4 page with the PDF's margins (178 mm, less the body's padding); a browser narrows it to
# its window (max-width), the PDF gives its own column.
COLUMN_PX = 644
# An answer's block is indented this much more (the HTML answers table's indent, bar and
# padding).
ANSWER_INDENT_PX = 36
# No crop is drawn taller than this (about 10.6 cm, two fifths of the PDF's page body): a
# claim over a whole scanned page would otherwise fill a page, or be split across two.
MAX_HEIGHT_PX = 400


@dataclass(frozen=True, slots=True)
class ClaimCrop:
    """A claim's crop: the PNG, its size in pixels, and the page it was cut from."""

    png: bytes
    width: int
    height: int
    page: ScanPage


@dataclass(frozen=True, slots=True)
class CropFigure:
    """A claim's crop as a report draws it: the crop, the size it is drawn at (CSS pixels),
    its alt text and caption in the report's language."""

    crop: ClaimCrop
    width: int
    height: int
    alt: str
    caption: str

    @property
    def src(self) -> str:
        """The PNG as a ``data:`` URI (HTML, and the PDF drawn from it)."""
        return "data:image/png;base64," + base64.b64encode(self.crop.png).decode("ascii")


def entry_figures(
    report: ReportInput,
    labels: ReportLabels,
    *,
    column_px: int = COLUMN_PX,
    indent_px: int = ANSWER_INDENT_PX,
) -> Callable[[ReportEntry], CropFigure | None]:
    """What gives each entry of one rendering of ``report`` its crop (``None`` for a claim
    not read from an image): cut when asked, each page decoded once, so a report of text
    articles reads no image. ``column_px`` is the text's width, ``indent_px`` how much
    narrower each level of answers is."""
    crops = ReportCrops(report.scans)
    articles = {a.id: a for a in report.articles}

    def figure(entry: ReportEntry) -> CropFigure | None:
        if not report.scans:
            return None
        claim = entry.claim
        article = articles.get(claim.article_id)
        # An orphaned claim's offsets no longer say where its words are on the image.
        if article is None or claim.orphaned:
            return None
        if article.text[claim.start : claim.end] != claim.quote:
            return None
        crop = crops.crop(claim.article_id, claim.start, claim.end, claim.kind.value)
        if crop is None:
            return None
        width = max(120, column_px - entry.depth * indent_px)
        height = round(crop.height * width / crop.width)
        if height > MAX_HEIGHT_PX:
            height = MAX_HEIGHT_PX
            width = round(crop.width * height / crop.height)
        return CropFigure(
            crop,
            width,
            height,
            labels["scan_alt"].format(heading=entry.heading),
            labels["scan_caption"].format(name=crop.page.name),
        )

    return figure


def claim_crop(
    pages: Sequence[ScanPage], start: int, end: int, kind: str = "claim"
) -> bytes | None:
    """The crop of the first page holding the span ``start``-``end`` (PNG), or ``None``
    when no page holds it (a claim in text that was not read from an image)."""
    found = _crop(pages, start, end, kind, _decode)
    return found.png if found else None


class ReportCrops:
    """The crops of one report's claims, from ``scans`` (page images by article id; an
    article not among them has no crop)."""

    def __init__(self, scans: Mapping[str, Sequence[ScanPage]]) -> None:
        self._scans = scans
        self._pages: OrderedDict[str, Sequence[ScanPage]] = OrderedDict()
        self._decoded: OrderedDict[str, Image] = OrderedDict()
        # How many page images were decoded, and articles' pages read (for tests, benches).
        self.decoded = 0
        self.read = 0

    def crop(self, article_id: str, start: int, end: int, kind: str = "claim") -> ClaimCrop | None:
        """The claim's crop, or ``None`` when its article was not read from images or no
        page holds its words."""
        if article_id not in self._scans:
            return None
        pages = self._pages.get(article_id)
        if pages is None:
            pages = self._scans[article_id]
            self.read += 1
            self._pages[article_id] = pages
            if len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(article_id)
        return _crop(pages, start, end, kind, self._page_image)

    def _page_image(self, page: ScanPage) -> Image:
        image = self._decoded.get(page.id)
        if image is None:
            image = _decode(page)
            self.decoded += 1
            self._decoded[page.id] = image
            if len(self._decoded) > KEPT_PAGES:
                self._decoded.popitem(last=False)
        else:
            self._decoded.move_to_end(page.id)
        return image


def _lines_extent(
    page: ScanPage, top: int, bottom: int, crop: tuple[int, int], page_width: int
) -> tuple[int, int]:
    """From the first word to the last of the lines between ``top`` and ``bottom`` (with a
    margin): a narrow claim is shown in its lines, not beside whatever else the image holds
    left and right of the text."""
    x0, x1 = crop
    for _s, _e, x, y, w, h in page.layout.get("words", ()):
        if int(y) < bottom and int(y) + int(h) > top:
            x0 = min(x0, int(x) - SIDE_MARGIN)
            x1 = max(x1, int(x) + int(w) + SIDE_MARGIN)
    return max(0, x0), min(page_width, x1)


def _clear_of_other_words(
    page: ScanPage,
    boxes: list[tuple[int, int, int, int]],
    crop: tuple[int, int, int, int],
    page_width: int,
) -> tuple[int, int, int, int]:
    """The crop's edges moved so that they cut through no word: at most halfway to the
    lines above and below the claim's and to the words beside it (the margin would
    otherwise take a strip of their letters, and in a JPEG the smudges around them), or
    out past a word of the claim's lines that sticks out of it; the claim's outline always
    stays inside."""
    x0, y0, x1, y1 = crop
    left = min(b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    right = max(b[0] + b[2] for b in boxes)
    bottom = max(b[1] + b[3] for b in boxes)
    words = [
        (int(x), int(y), int(w), int(h)) for _s, _e, x, y, w, h in page.layout.get("words", ())
    ]
    for x, y, w, h in words:
        if x + w <= x0 or x >= x1:
            continue
        if y >= bottom and y < y1 + MARGIN:
            y1 = min(y1, max(bottom + OUTLINE_ROOM, (bottom + y) // 2))
        elif y + h <= top and y + h > y0 - MARGIN:
            y0 = max(y0, min(top - OUTLINE_ROOM, (top + y + h) // 2))
    for x, y, w, h in words:
        if y + h <= y0 or y >= y1:
            continue
        if x < x1 < x + w:
            if x >= right:
                x1 = max(right + OUTLINE_ROOM, (right + x) // 2)
            else:
                x1 = min(page_width, x + w + OUTLINE_ROOM)
        if x < x0 < x + w:
            if x + w <= left:
                x0 = min(left - OUTLINE_ROOM, (left + x + w) // 2)
            else:
                x0 = max(0, x - OUTLINE_ROOM)
    return max(0, x0), max(0, y0), x1, y1


def _decode(page: ScanPage) -> Image:
    from PIL import Image

    return Image.open(io.BytesIO(page.data)).convert("RGB")


def _crop(
    pages: Sequence[ScanPage], start: int, end: int, kind: str, decode: _Decode
) -> ClaimCrop | None:
    from PIL import Image, ImageDraw

    for page in pages:
        boxes = page.boxes(start, end)
        if not boxes:
            continue
        around = bounding(boxes)
        assert around is not None
        image = decode(page)
        left, top, width, height = around
        x0 = max(0, left - SIDE_MARGIN)
        y0 = max(0, top - MARGIN)
        x1 = min(image.width, left + width + SIDE_MARGIN)
        y1 = min(image.height, top + height + MARGIN)
        if x1 - x0 < image.width // 2:
            x0, x1 = _lines_extent(page, top, top + height, (x0, x1), image.width)
        x0, y0, x1, y1 = _clear_of_other_words(page, boxes, (x0, y0, x1, y1), image.width)
        # Cut first, then draw on the cut: the decoded page stays clean for the next claim.
        crop = image.crop((x0, y0, x1, y1))
        draw = ImageDraw.Draw(crop)
        colour = OUTLINE.get(kind, OUTLINE["claim"])
        for x, y, w, h in boxes:
            x, y = x - x0, y - y0
            draw.rounded_rectangle((x - 3, y - 3, x + w + 3, y + h + 3), 3, outline=colour, width=2)
        if crop.width > MAX_WIDTH:
            crop = crop.resize(
                (MAX_WIDTH, round(crop.height * MAX_WIDTH / crop.width)), Image.Resampling.LANCZOS
            )
        # A thin grey frame: a crop of a white page would otherwise melt into the report.
        ImageDraw.Draw(crop).rectangle((0, 0, crop.width - 1, crop.height - 1), outline=FRAME)
        out = io.BytesIO()
        # zlib level 3: on screenshots and scans as small as Pillow's optimize (level 9) or
        # smaller, and ten times faster (2 against 21 ms a crop of a 1240-pixel page).
        crop.save(out, "PNG", compress_level=3)
        return ClaimCrop(out.getvalue(), crop.width, crop.height, page)
    return None
