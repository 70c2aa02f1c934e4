"""A crop of the page image around a claim, for the claim's block in a report.

An article read from images keeps each page with its words' boxes (``importers/ocr``); the
crop takes the claim's lines with a margin around them, widened to the page's width when the
claim is narrow so the reader sees its context, and outlines the claim's words in the claim's
kind colour. PNG bytes out (HTML embeds them as a data URI, PDF draws them).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from claimdesk.core.model.files import ScanPage, bounding

MARGIN = 24
MAX_WIDTH = 900
OUTLINE = {"claim": (230, 159, 0), "denial": (204, 121, 167)}


def claim_crop(
    pages: Sequence[ScanPage], start: int, end: int, kind: str = "claim"
) -> bytes | None:
    """The crop of the first page holding the span ``start``-``end`` (PNG), or ``None``
    when no page holds it (a claim in text that was not read from an image)."""
    from PIL import Image, ImageDraw

    for page in pages:
        boxes = page.boxes(start, end)
        if not boxes:
            continue
        around = bounding(boxes)
        assert around is not None
        image = Image.open(io.BytesIO(page.data)).convert("RGB")
        left, top, width, height = around
        x0 = max(0, left - MARGIN)
        y0 = max(0, top - MARGIN)
        x1 = min(image.width, left + width + MARGIN)
        y1 = min(image.height, top + height + MARGIN)
        if x1 - x0 < image.width // 2:
            x0, x1 = 0, image.width
        draw = ImageDraw.Draw(image)
        colour = OUTLINE.get(kind, OUTLINE["claim"])
        for x, y, w, h in boxes:
            draw.rounded_rectangle((x - 3, y - 3, x + w + 3, y + h + 3), 3, outline=colour, width=2)
        crop = image.crop((x0, y0, x1, y1))
        if crop.width > MAX_WIDTH:
            crop = crop.resize(
                (MAX_WIDTH, round(crop.height * MAX_WIDTH / crop.width)), Image.Resampling.LANCZOS
            )
        out = io.BytesIO()
        crop.save(out, "PNG", optimize=True)
        return out.getvalue()
    return None
