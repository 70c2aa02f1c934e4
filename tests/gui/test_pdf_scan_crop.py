"""The PDF report of claims read from an image draws each claim's crop of the page inside its
block: a screenshot imported through the real OCR, claims marked through the desk, the PDF
read back with pdfium (the images it holds, where they stand) and poppler (its text)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image

from claimdesk.core.desk import Desk
from claimdesk.core.exporters.scan_crop import OUTLINE
from claimdesk.core.model import ClaimKind, LinkType
from claimdesk.gui.reports.report_scope import ReportRequest, build_scoped_report
from claimdesk.render.pdf import MARGINS_MM, write_pdf
from tests.ocr_images import ENGLISH, jpeg, screenshot

POINTS_MM = 72 / 25.4


def _images(path: Path) -> list[tuple[int, Image.Image, tuple[float, float, float, float]]]:
    """Every image drawn in the PDF: its page, its pixels and its bounds in points."""
    found = []
    document = pdfium.PdfDocument(str(path))
    for number, page in enumerate(document):
        for item in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
            pixels = item.get_bitmap(render=False).to_pil().convert("RGB")
            found.append((number, pixels, item.get_bounds()))
    document.close()
    return found


def _near(image: Image.Image, colour: tuple[int, int, int]) -> int:
    pixels = np.asarray(image, dtype="int16")
    return int((np.abs(pixels - np.array(colour)).sum(axis=2) < 40).sum())


def _import_shot(desk: Desk, tmp_path: Path) -> str:
    path = tmp_path / "post.jpg"
    path.write_bytes(jpeg(screenshot(ENGLISH)))
    outcome = desk.import_file(path)
    assert outcome.status == "imported" and outcome.id is not None, outcome.error
    return outcome.id


def _within_the_page_body(bounds: tuple[float, float, float, float]) -> bool:
    left, bottom, right, top = bounds
    margin_left, margin_top, margin_right, margin_bottom = (m * POINTS_MM for m in MARGINS_MM)
    width, height = 595.0, 842.0  # A4
    return (
        left >= margin_left - 0.5
        and right <= width - margin_right + 0.5
        and top <= height - margin_top + 0.5
        and bottom >= margin_bottom - 0.5
    )


def test_the_pdf_draws_each_claims_crop_in_the_column_and_none_for_text(
    qapp: object, desk: Desk, tmp_path: Path
) -> None:
    article_id = _import_shot(desk, tmp_path)
    text = desk.get_article(article_id).text
    start = text.index("unemployment fell")
    claim = desk.mark_claim(article_id, start, text.index("percent") + 7, ClaimKind.CLAIM)
    start = text.index("the figure")
    denial = desk.mark_claim(article_id, start, text.index("work") + 4, ClaimKind.DENIAL)
    desk.tracking.link_claims(denial.id, claim.id, LinkType.DENIES)
    plain = tmp_path / "bridge.txt"
    plain.write_text("The mayor said the bridge cost 42 million euros.\n", encoding="utf-8")
    other = desk.import_file(plain)
    assert other.id is not None
    words = desk.get_article(other.id).text
    desk.mark_claim(other.id, words.index("the bridge"), words.index("euros") + 5, ClaimKind.CLAIM)

    path = tmp_path / "report.pdf"
    assert write_pdf(desk.build_report(), path).claims == 3
    (first, claim_crop, claim_at), (second, denial_crop, denial_at) = _images(path)
    assert first == second  # the answer stands under its claim, on the same page
    assert _near(claim_crop, OUTLINE["claim"]) > 100
    assert _near(denial_crop, OUTLINE["denial"]) > 100
    for bounds in (claim_at, denial_at):
        assert _within_the_page_body(bounds)
    # Across the column, the answer under its claim indented and a step narrower.
    claim_width, denial_width = claim_at[2] - claim_at[0], denial_at[2] - denial_at[0]
    assert claim_width > 450 and denial_width < claim_width and denial_at[0] > claim_at[0]
    # Under the claim's quote, the caption under the image.
    pages = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(pages.split())
    assert flat.count("The quote on the image it was read from (post.jpg)") == 2
    assert flat.index("unemployment fell") < flat.index("The quote on the image")

    text_only = tmp_path / "text.pdf"
    write_pdf(desk.build_report(article_id=other.id), text_only)
    assert _images(text_only) == []


def test_many_crops_over_pages_are_never_cut_by_a_page_end(
    qapp: object, desk: Desk, tmp_path: Path
) -> None:
    article_id = _import_shot(desk, tmp_path)
    text = desk.get_article(article_id).text
    for match in re.finditer(r"\b\w{4,}\b", text):
        desk.mark_claim(article_id, match.start(), match.end(), ClaimKind.CLAIM)
    path = tmp_path / "report.pdf"
    count = write_pdf(desk.build_report(article_id=article_id), path).claims
    drawn = _images(path)
    assert len(drawn) == count > 12
    assert len({page for page, _, _ in drawn}) >= 3
    # A crop cut by a page end would stand over the footer, or above the top margin on the
    # next page.
    assert all(_within_the_page_body(bounds) for _, _, bounds in drawn)


@pytest.mark.parametrize("kind", ["claimant", "library"])
def test_the_report_dialog_s_reports_draw_the_crops_too(
    qapp: object, desk: Desk, tmp_path: Path, kind: str
) -> None:
    article_id = _import_shot(desk, tmp_path)
    text = desk.get_article(article_id).text
    start = text.index("unemployment fell")
    desk.mark_claim(
        article_id, start, start + len("unemployment fell"), ClaimKind.CLAIM, claimant="Minister"
    )
    value = "Minister" if kind == "claimant" else None
    report = build_scoped_report(desk, ReportRequest(kind, value, language="it"))
    path = tmp_path / "report.pdf"
    write_pdf(report, path, language="it")
    ((_, crop, _),) = _images(path)
    assert _near(crop, OUTLINE["claim"]) > 50
    pages = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "La citazione sull'immagine da cui è stata letta (post.jpg)" in " ".join(pages.split())
