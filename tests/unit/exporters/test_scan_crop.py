"""A report's crop of the page image around a claim, from a real screenshot read by OCR."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image

from claimdesk.core import importers
from claimdesk.core.exporters.scan_crop import claim_crop
from claimdesk.core.importers.kept import draft_files
from claimdesk.core.model.files import ScanPage
from tests.ocr_images import ENGLISH, screenshot


def test_the_crop_holds_the_claims_lines_outlined_and_nothing_for_text_elsewhere(
    tmp_path: Path,
) -> None:
    image = screenshot(ENGLISH, width=900, size=20)
    path = tmp_path / "post.png"
    image.save(path)
    draft = importers.read_file(path)
    (kept,) = draft_files(draft)
    assert kept.layout is not None
    page = ScanPage("id", kept.name, kept.media_type, kept.data, 0, kept.layout)
    start = draft.text.index("Critics")
    end = draft.text.index("work") + 4
    png = claim_crop([page], start, end)
    assert png is not None
    crop = Image.open(io.BytesIO(png))
    # The second paragraph's lines, not the whole post: shorter than the image.
    assert image.width // 2 < crop.width <= image.width and crop.height < image.height * 0.7
    pixels = np.asarray(crop.convert("RGB"), dtype="int16")
    orange = (np.abs(pixels - np.array([230, 159, 0])).sum(axis=2) < 40).sum()
    assert orange > 100
    assert claim_crop([page], len(draft.text) + 10, len(draft.text) + 20) is None
