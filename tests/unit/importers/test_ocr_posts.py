"""Screenshots of posts read as a fact-checker needs them: the header ``Name @handle · 2h``
whole, the avatar read as nothing, ``I`` not ``|``; the rules that put Tesseract's known
misreadings right, word by word."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from claimdesk.core import importers
from claimdesk.core.importers.kept import draft_files
from claimdesk.core.importers.ocr import read_image_file, read_plain
from claimdesk.core.importers.ocr.clean import prepare
from claimdesk.core.importers.ocr.fixes import MIDDLE_DOT, fix_words
from claimdesk.core.importers.ocr.tesseract import Word
from claimdesk.core.model.files import span_boxes
from tests.ocr_images import accuracy, jpeg, post

POST = (
    "I said it before and I will say it again: the bridge was never closed. "
    "I checked the council's own notice."
)


def _words(*lines: str) -> list[Word]:
    """Words as Tesseract gives them, one paragraph a line, 50 px apart."""
    return [
        Word(text, 50 * i, 40 * number, 40, 20, 90.0, number, 1, 1)
        for number, line in enumerate(lines, start=1)
        for i, text in enumerate(line.split())
    ]


def _read(*lines: str) -> list[str]:
    words = fix_words(_words(*lines))
    return [
        " ".join(w.text for w in words if w.block == number) for number in range(1, len(lines) + 1)
    ]


def test_a_posts_header_keeps_its_dot_and_the_avatar_adds_nothing(tmp_path: Path) -> None:
    image = post("Maria Rossi", "@maria_rossi", POST)
    path = tmp_path / "inoltrato.jpg"
    path.write_bytes(jpeg(image))
    draft = importers.read_file(path)
    header, body = draft.text.split("\n\n", 1)
    assert header == f"Maria Rossi @maria_rossi {MIDDLE_DOT} 2h"
    assert accuracy(body, POST) >= 0.98
    assert "|" not in body and body.split()[:1] == ["I"]
    # Plain Tesseract reads the avatar as a letter before the name and loses the dot.
    plain = read_plain(Image.open(path))
    assert not plain.startswith("Maria") and MIDDLE_DOT not in plain
    # The dot put back has a box, between the handle and the time, on the grey text.
    (kept,) = draft_files(draft)
    assert kept.layout is not None
    start, handle = draft.text.index(MIDDLE_DOT), draft.text.index("@maria_rossi")
    ((x, y, w, _h),) = span_boxes(kept.layout, start, start + 1)
    ((hx, _, hw, _),) = span_boxes(kept.layout, handle, handle + len("@maria_rossi"))
    assert hx + hw <= x and w < 12 and 16 <= y <= 16 + 20


def test_a_heading_in_large_bold_type_is_not_taken_for_an_avatar(tmp_path: Path) -> None:
    image = post("Luca Ferri", "@lucaferri", POST, heading="Council notice")
    path = tmp_path / "post.png"
    image.save(path)
    draft = importers.read_file(path)
    assert draft.text.split("\n\n")[:2] == [
        f"Luca Ferri @lucaferri {MIDDLE_DOT} 2h",
        "Council notice",
    ]
    # The disc is gone from the image Tesseract reads; the heading's thick strokes stay.
    prepared = Image.open(io.BytesIO(prepare(image).png))
    scale = prepared.width / image.width

    def crop(left: int, top: int, right: int, bottom: int) -> np.ndarray:
        box = (round(left * scale), round(top * scale), round(right * scale), round(bottom * scale))
        return np.asarray(prepared.crop(box))

    assert crop(20, 20, 52, 52).min() > 200
    assert (crop(72, 46, 300, 88) < 80).mean() > 0.1


@pytest.mark.parametrize(
    ("read", "put_right"),
    [
        ("Maria Rossi @maria62 - 2h", "Maria Rossi @maria62 · 2h"),  # a dash for the dot
        ("Maria Rossi @maria62° 2h", "Maria Rossi @maria62 · 2h"),  # stuck to the handle
        ("Maria Rossi @maria62 «2h", "Maria Rossi @maria62 · 2h"),  # stuck to the time
        ("Maria Rossi @maria62 2h", "Maria Rossi @maria62 · 2h"),  # lost
        ("Luca @!uca_ferri · 15 min", "Luca @luca_ferri · 15 min"),  # l read as !
        ("Luca ©giu)ia 3g", "Luca @giulia · 3g"),  # @ read as ©, l as )
        ("Sam @sam Mar 5", "Sam @sam · Mar 5"),
        ("Anna @anna.it 12 mag", "Anna @anna.it · 12 mag"),
    ],
)
def test_the_middle_dot_between_a_handle_and_a_time_is_put_back(read: str, put_right: str) -> None:
    assert _read(read) == [put_right]


@pytest.mark.parametrize(
    "line",
    [
        "write to @maria62 today",  # no time after the handle
        "Maria Rossi @maria62 - 2nd of May",  # not a time
        "email me at me@example.org - 2h",  # not a handle
    ],
)
def test_a_line_without_a_post_header_is_left_as_read(line: str) -> None:
    assert _read(line) == [line]


def test_a_handle_and_a_time_inside_a_paragraph_are_left_as_read() -> None:
    words = _words("we met", "@maria62 2h later")
    # The second line is the paragraph's second, not its first: no header.
    words = [
        Word(w.text, w.left, w.top, w.width, w.height, w.confidence, 1, 1, w.block) for w in words
    ]
    assert " ".join(w.text for w in fix_words(words)) == "we met @maria62 2h later"


def test_a_bare_stroke_before_a_word_is_i_and_a_pipe_between_names_stays() -> None:
    assert _read("and | can get", "|'m sure", "|t was", "a|so", "News | Sport") == [
        "and I can get",
        "I'm sure",
        "It was",
        "also",
        "News | Sport",
    ]
    # A stroke that ends a line is I when the next line goes on in lower case.
    words = _words("was never closed. |", "checked the notice")
    words = [
        Word(w.text, w.left, w.top, w.width, w.height, w.confidence, 1, 1, w.block) for w in words
    ]
    assert [w.text for w in fix_words(words)][3] == "I"


def test_the_fixes_keep_every_word_and_its_box_in_a_real_reading() -> None:
    image = post("Giulia Bianchi", "@giulia", POST)
    document = read_image_file(jpeg(image), "post.jpg")
    (page,) = document.pages
    assert len(page.words) == len(page.text.split())
    for start, end, *_box in page.words:
        assert page.text[start:end].strip() == page.text[start:end] != ""
