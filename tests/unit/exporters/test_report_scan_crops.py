"""A report's claims read from an image show the crop of the page around them: a screenshot
imported through the real OCR into a real library, claims marked through the desk, the HTML
and Word reports read back (the PDF is in tests/gui/test_pdf_scan_crop.py)."""

from __future__ import annotations

import base64
import dataclasses
import io
import re
from html import unescape
from pathlib import Path

import docx
import numpy as np
import pytest
from PIL import Image

from claimdesk.core.desk import Desk
from claimdesk.core.exporters.html import render_html
from claimdesk.core.exporters.markdown import render_markdown
from claimdesk.core.exporters.scan_crop import MAX_HEIGHT_PX, OUTLINE, ReportCrops
from claimdesk.core.model import ClaimKind, LinkType
from claimdesk.core.model.files import ReportScans, ScanPage
from tests.ocr_images import ENGLISH, jpeg, screenshot

PLAIN = "The mayor said the new bridge cost 42 million euros.\n\nCritics say it cost more."
_IMG = re.compile(
    r'<img class="scan-crop" src="data:image/png;base64,([A-Za-z0-9+/=]+)" '
    r'width="(\d+)" height="(\d+)" alt="([^"]*)"'
)


def _near(image: Image.Image, colour: tuple[int, int, int]) -> int:
    pixels = np.asarray(image.convert("RGB"), dtype="int16")
    return int((np.abs(pixels - np.array(colour)).sum(axis=2) < 40).sum())


@dataclasses.dataclass
class Marked:
    image_article: str
    text_article: str
    shot: Image.Image


@pytest.fixture
def marked(desk: Desk, tmp_path: Path) -> Marked:
    """A screenshot (JPEG, as messengers pass it on) with a claim and the denial answering
    it, and a text article with a claim."""
    shot = screenshot(ENGLISH)
    path = tmp_path / "post.jpg"
    path.write_bytes(jpeg(shot))
    outcome = desk.import_file(path)
    assert outcome.status == "imported" and outcome.id is not None, outcome.error
    text = desk.get_article(outcome.id).text
    start = text.index("unemployment fell")
    claim = desk.mark_claim(outcome.id, start, text.index("percent") + 7, ClaimKind.CLAIM)
    start = text.index("the figure")
    denial = desk.mark_claim(outcome.id, start, text.index("work") + 4, ClaimKind.DENIAL)
    desk.tracking.link_claims(denial.id, claim.id, LinkType.DENIES)

    plain = tmp_path / "bridge.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    other = desk.import_file(plain)
    assert other.id is not None
    plain_text = desk.get_article(other.id).text
    start = plain_text.index("the new bridge")
    quote = "the new bridge cost 42 million euros"
    desk.mark_claim(other.id, start, start + len(quote), ClaimKind.CLAIM)
    return Marked(outcome.id, other.id, shot)


def _crops(html: str) -> list[tuple[Image.Image, int, int, str]]:
    return [
        (Image.open(io.BytesIO(base64.b64decode(data))), int(w), int(h), unescape(alt))
        for data, w, h, alt in _IMG.findall(html)
    ]


def test_html_shows_each_image_claim_cropped_and_outlined_and_text_claims_as_before(
    desk: Desk, marked: Marked, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    assert desk.export("html", out) == 3
    html = out.read_text(encoding="utf-8")
    (claim, claim_w, claim_h, claim_alt), (denial, denial_w, _, denial_alt) = _crops(html)
    for crop in (claim, denial):
        assert crop.format == "PNG"
        # The claim's lines with a margin: far shorter than the post.
        assert 30 <= crop.height < marked.shot.height * 0.7
    # The claim, half a line, is shown in its whole line; the denial's two lines.
    for crop in (claim, denial):
        assert marked.shot.width * 0.8 <= crop.width <= marked.shot.width
    assert claim.height < 60 and denial.height > claim.height * 1.4
    assert _near(claim, OUTLINE["claim"]) > 100 and _near(claim, OUTLINE["denial"]) == 0
    assert _near(denial, OUTLINE["denial"]) > 100 and _near(denial, OUTLINE["claim"]) == 0
    # Drawn across the text column, the answer under its claim a step narrower.
    assert claim_w == 644 and denial_w < claim_w
    assert claim_h == round(claim.height * claim_w / claim.width)
    assert claim_alt == "Claim 1 outlined on the image its text was read from"
    assert denial_alt == "Denial 2 outlined on the image its text was read from"
    assert "The quote on the image it was read from (post.jpg)" in html
    # The text article's claim has no image.
    plain = html[html.index('id="claim-3"') :]
    assert "bridge cost 42 million euros" in plain and "<img" not in plain


def test_the_crop_stops_short_of_the_next_line(desk: Desk, marked: Marked) -> None:
    text = desk.get_article(marked.image_article).text
    # The first line only: the line under it is closer than the crop's margin.
    start = text.index("The minister")
    claim = desk.mark_claim(marked.image_article, start, text.index("Tuesday") + 7, ClaimKind.CLAIM)
    report = desk.build_report(article_id=marked.image_article)
    first = ReportCrops(report.scans).crop(claim.article_id, claim.start, claim.end)
    assert first is not None and first.height < 50
    grey = np.asarray(Image.open(io.BytesIO(first.png)).convert("L"), dtype="int16")
    # Inside the grey frame, the rows along the bottom and top edges hold no letters.
    assert grey[1:4, 1:-1].min() > 150 and grey[-4:-1, 1:-1].min() > 150
    assert grey.min() < 80  # the claim's own letters are there


def test_italian_report_says_it_in_italian(desk: Desk, marked: Marked) -> None:
    report = desk.build_report(article_id=marked.image_article, language="it")
    html = render_html(report, "it")
    alts = [alt for *_, alt in _crops(html)]
    assert alts == [
        "Affermazione 1 evidenziata sull'immagine da cui è stato letto il testo",
        "Smentita 2 evidenziata sull'immagine da cui è stato letto il testo",
    ]
    assert "La citazione sull'immagine da cui è stata letta (post.jpg)" in unescape(html)


def test_a_report_of_text_reads_no_image_and_is_unchanged(desk: Desk, marked: Marked) -> None:
    asked: list[str] = []

    def read(article_id: str) -> tuple[ScanPage, ...]:
        asked.append(article_id)
        return desk.files.scans(article_id)

    text_only = desk.build_report(article_id=marked.text_article)
    assert text_only.scans == {}  # a text article is not even a candidate
    assert "data:image" not in render_html(text_only)
    assert render_html(text_only) == render_html(dataclasses.replace(text_only, scans={}))

    library = desk.build_report()
    counted = dataclasses.replace(library, scans=ReportScans(library.scans, read))
    render_markdown(counted)
    assert asked == []  # Markdown never asks for the page images
    render_html(counted)
    assert asked == [marked.image_article]  # read once for its two claims


def test_the_page_is_decoded_once_for_many_claims(desk: Desk, marked: Marked) -> None:
    article = desk.get_article(marked.image_article)
    taken = [(c.start, c.end) for c in article.claims]
    for match in re.finditer(r"\b\w{3,}\b", article.text):
        if not any(s < match.end() and e > match.start() for s, e in taken):
            desk.mark_claim(marked.image_article, match.start(), match.end(), ClaimKind.CLAIM)
    report = desk.build_report(article_id=marked.image_article)
    assert len(report.claims) > 10
    crops = ReportCrops(report.scans)
    for claim in report.claims:
        assert crops.crop(claim.article_id, claim.start, claim.end) is not None
    assert crops.decoded == 1 and crops.read == 1


def test_a_claim_over_a_tall_page_is_drawn_no_taller_than_the_cap(
    desk: Desk, tmp_path: Path
) -> None:
    long = "\n".join([ENGLISH] * 6)
    path = tmp_path / "thread.png"
    screenshot(long, width=560, size=15).save(path)
    outcome = desk.import_file(path)
    assert outcome.id is not None, outcome.error
    text = desk.get_article(outcome.id).text
    desk.mark_claim(outcome.id, 0, len(text.rstrip()), ClaimKind.CLAIM)
    html = render_html(desk.build_report(article_id=outcome.id))
    ((crop, width, height, _),) = _crops(html)
    assert crop.height > MAX_HEIGHT_PX  # the whole thread, taller than the report draws it
    assert height == MAX_HEIGHT_PX and width == round(crop.width * height / crop.height)


def test_word_report_holds_the_crop_with_its_alt_text(
    desk: Desk, marked: Marked, tmp_path: Path
) -> None:
    out = tmp_path / "report.docx"
    desk.export("docx", out, language="it")
    document = docx.Document(str(out))
    shapes = document.inline_shapes
    assert len(shapes) == 2  # the two claims of the screenshot, none for the text article
    descriptions = [s._inline.docPr.get("descr") for s in shapes]
    assert descriptions[0] == (
        "Affermazione 1 evidenziata sull'immagine da cui è stato letto il testo"
    )
    # Within the page's text width.
    section = document.sections[0]
    room = section.page_width - section.left_margin - section.right_margin
    assert all(0 < s.width <= room for s in shapes)
    captions = [p.text for p in document.paragraphs if p.text.startswith("La citazione")]
    assert captions == ["La citazione sull'immagine da cui è stata letta (post.jpg)"] * 2
