"""Images and scans read by OCR: real image files written here, read by the real Tesseract."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from claimdesk.core import importers
from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import progress
from claimdesk.core.importers.kept import DraftWithFiles, draft_files
from claimdesk.core.importers.ocr import tesseract
from claimdesk.core.model import ArticleMeta
from claimdesk.core.model.files import span_boxes
from tests.ocr_images import ENGLISH, ITALIAN, accuracy, jpeg, photo, scan, screenshot


def _write(tmp_path: Path, name: str, image: Image.Image, **options: object) -> Path:
    path = tmp_path / name
    image.save(path, **options)
    return path


def test_a_png_screenshot_is_read_with_its_paragraphs_lines_and_word_boxes(tmp_path: Path) -> None:
    image = screenshot(ENGLISH)
    path = _write(tmp_path, "post.png", image)
    draft = importers.read_file(path)
    assert isinstance(draft, DraftWithFiles)
    assert draft.source_format == "image"
    assert draft.language == "en"
    assert accuracy(draft.text, ENGLISH) >= 0.97
    # Two paragraphs apart by a blank line, each wrapped over several lines.
    paragraphs = draft.text.split("\n\n")
    assert len(paragraphs) == 2
    assert "\n" in paragraphs[0]
    (kept,) = draft_files(draft)
    assert kept.role == "scan" and kept.position == 0
    assert kept.data == path.read_bytes()  # a PNG is kept as it came
    assert kept.media_type == "image/png" and kept.name == "post.png"
    layout = kept.layout
    assert layout is not None
    assert (layout["width"], layout["height"]) == image.size
    words = draft.text.split()
    assert len(layout["words"]) == len(words)
    for (start, end, x, y, w, h), word in zip(layout["words"], words, strict=True):
        assert draft.text[start:end] == word
        assert x >= 0 and x + w <= image.width and y >= 0 and y + h <= image.height
    # The box of "unemployment" holds dark pixels: it is where the word is drawn.
    start = draft.text.index("unemployment")
    ((x, y, w, h),) = span_boxes(layout, start, start + len("unemployment"))
    crop = image.convert("L").crop((x, y, x + w, y + h))
    assert int(np.asarray(crop).min()) < 80
    assert 50 < w < 160 and 8 < h < 30


def test_a_jpeg_passed_on_twice_in_italian_is_read_as_italian(tmp_path: Path) -> None:
    path = tmp_path / "inoltrato.jpg"
    path.write_bytes(jpeg(screenshot(ITALIAN, size=14, background=(255, 248, 225))))
    draft = importers.read_file(path)
    assert draft.language == "it"
    assert accuracy(draft.text, ITALIAN) >= 0.97
    (kept,) = draft_files(draft)
    assert kept.media_type == "image/jpeg" and kept.data == path.read_bytes()
    # Read with English and Italian together; the article's language is found in the text.
    assert kept.layout is not None and kept.layout["languages"] == ["eng", "ita"]


def test_the_language_given_by_the_user_is_the_one_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "post.png", screenshot(ITALIAN))
    draft = importers.read_file(path, ArticleMeta(language="it"))
    (kept,) = draft_files(draft)
    assert kept.layout is not None and kept.layout["languages"] == ["ita"]
    assert draft.language == "it"


def test_a_skewed_grainy_scan_is_levelled_and_its_boxes_land_on_the_words(tmp_path: Path) -> None:
    image = scan(ENGLISH, angle=3.5)
    path = _write(tmp_path, "scan.png", image)
    draft = importers.read_file(path)
    assert accuracy(draft.text, ENGLISH) >= 0.95
    (kept,) = draft_files(draft)
    assert kept.layout is not None
    start = draft.text.index("Critics")
    ((x, y, w, h),) = span_boxes(kept.layout, start, start + 7)
    crop = image.crop((x, y, x + w, y + h))
    dark = int((np.asarray(crop) < 100).sum())
    assert dark > 40  # ink, not paper


def test_every_page_of_a_tiff_is_read_in_order_and_kept_as_png(tmp_path: Path) -> None:
    first, second = screenshot(ENGLISH), screenshot("A second page holds the closing remarks.")
    path = tmp_path / "pages.tiff"
    first.save(path, save_all=True, append_images=[second])
    steps: list[tuple[int, int]] = []
    with progress.reporting(progress.Progress(on_step=lambda d, t: steps.append((d, t)))):
        draft = importers.read_file(path)
    assert steps == [(0, 2), (1, 2), (2, 2)]
    files = draft_files(draft)
    assert [f.position for f in files] == [0, 1]
    assert all(f.media_type == "image/png" for f in files)
    assert Image.open(io.BytesIO(files[1].data)).size == second.size
    second_layout = files[1].layout
    assert second_layout is not None
    start = draft.text.index("closing")
    assert span_boxes(second_layout, start, start + 7)
    assert not span_boxes(files[0].layout or {}, start, start + 7)
    assert draft.text.index("closing") > draft.text.index("unemployment")


def test_a_webp_image_is_read_and_kept_as_png(tmp_path: Path) -> None:
    path = _write(tmp_path, "post.webp", screenshot(ENGLISH), quality=85)
    draft = importers.read_file(path)
    assert accuracy(draft.text, ENGLISH) >= 0.97
    (kept,) = draft_files(draft)
    assert kept.media_type == "image/png" and kept.name == "post-1.png"


def test_a_pdf_without_a_text_layer_is_read_page_by_page(tmp_path: Path) -> None:
    path = tmp_path / "scanned.pdf"
    screenshot(ENGLISH, width=900, size=24, background=(255, 255, 255)).save(path, resolution=150)
    draft = importers.read_file(path)
    assert draft.source_format == "pdf"
    assert accuracy(draft.text, ENGLISH) >= 0.97
    (kept,) = draft_files(draft)
    assert kept.media_type == "image/png"
    layout = kept.layout
    assert layout is not None
    assert Image.open(io.BytesIO(kept.data)).size == (layout["width"], layout["height"])


def test_a_photo_without_text_says_so_in_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "holiday.jpg", photo())
    with pytest.raises(InputRefused) as refused:
        importers.read_file(path)
    assert refused.value.message.startswith("holiday.jpg shows no text that could be read")
    assert "\n" not in refused.value.message


def test_a_damaged_image_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    with pytest.raises(InputRefused, match=r"^broken.png is not a valid image \(it is damaged\)"):
        importers.read_file(path)


def test_without_tesseract_the_import_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMDESK_TESSERACT", "no-such-tesseract")
    path = _write(tmp_path, "post.png", screenshot(ENGLISH))
    with pytest.raises(InputRefused) as refused:
        importers.read_file(path)
    assert refused.value.message == (
        "post.png is an image: reading it needs Tesseract, which is not installed; install "
        "Tesseract and its English and Italian data (Debian or Ubuntu: apt-get install "
        "tesseract-ocr tesseract-ocr-eng tesseract-ocr-ita)."
    )
    pdf = tmp_path / "scanned.pdf"
    screenshot(ENGLISH).save(pdf)
    with pytest.raises(InputRefused, match=r"^scanned.pdf has no text layer: reading its"):
        importers.read_file(pdf)


def test_cancel_stops_before_the_next_page(tmp_path: Path) -> None:
    path = tmp_path / "pages.tiff"
    screenshot(ENGLISH).save(path, save_all=True, append_images=[screenshot(ITALIAN)])
    cancel = threading.Event()
    seen: list[int] = []

    def step(done: int, _total: int) -> None:
        seen.append(done)
        if done == 1:
            cancel.set()

    with (
        progress.reporting(progress.Progress(on_step=step, cancel_event=cancel)),
        pytest.raises(progress.ImportCancelled, match=r"pages\.tiff was cancelled"),
    ):
        importers.read_file(path)
    assert seen == [0, 1]


def test_tesseract_is_installed_with_english_and_italian() -> None:
    # CI installs it (.ci/run): every test above needs it.
    executable = tesseract.command()
    assert executable is not None
    assert {"eng", "ita"} <= tesseract.installed_languages(executable)
