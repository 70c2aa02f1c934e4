"""Images and scanned pages read by OCR: PNG, JPEG, WebP, TIFF (every page) and the pages of
a PDF without a text layer.

Each page is cleaned (``clean.py``) and read by Tesseract (``tesseract.py``); its words become
text that keeps Tesseract's paragraphs (a blank line between them) and lines (a line end), and
each word keeps its box on the page image kept in the library and its offsets in the text
(:class:`ReadPage`). Readings Tesseract gets wrong in a known way are put right from their
context (``fixes.py``: the ``·`` of a post's header, ``|`` for ``I``).

The language read is the one the user gave (the import's language, else the settings'
``ocr_languages``), else English and Italian together; the article's language is then found
in the text read, as for any file. Reading with both was measured against reading with both
and then again with the one the first page's text is in (``bench/ocr.py`` on seeds other than
its own): better on every set (English screenshots 0.983 against 0.981, Italian 0.994 against
0.993, scans 0.962 and 0.968 against 0.960 and 0.966) and one Tesseract run a page instead of
two. An image in which no word is read with confidence (a photo, a drawing) is refused in one
line.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import progress
from claimdesk.core.importers.found import Extracted, Found
from claimdesk.core.importers.kept import SCAN, KeptFile
from claimdesk.core.importers.normalise import normalise_text
from claimdesk.core.importers.ocr import tesseract
from claimdesk.core.importers.ocr.clean import as_rgb, plain_png, prepare
from claimdesk.core.importers.ocr.fixes import fix_words
from claimdesk.core.messages import Message

if TYPE_CHECKING:
    from PIL import Image

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff")
MAX_PAGES = 200
# A page is text when this many letters are read with at least this confidence.
MIN_LETTERS = 12
MIN_CONFIDENCE = 60.0
# Words read with less than this confidence that hold no letter or digit are specks.
SPECK_CONFIDENCE = 40.0
PDF_DPI = 200
LAYOUT_VERSION = 1
_FIX_IMAGE = Message(
    "open it in an image viewer and save it again as PNG or JPEG, then import that."
)
_FIX_PDF = Message("open it in a PDF reader and save or print it to a new PDF, then import that.")


@dataclass(frozen=True, slots=True)
class ReadPage:
    """One page read: its text, its words as ``(start, end, left, top, width, height)`` (offsets
    in ``text``, box in pixels of ``image``), the kept image's bytes and size, and how sure
    Tesseract was (mean word confidence, 0-100)."""

    text: str
    words: tuple[tuple[int, int, int, int, int, int], ...]
    image: bytes
    media_type: str
    width: int
    height: int
    confidence: float
    languages: tuple[str, ...]
    seconds: float
    sure_letters: int = 0


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """Every page of an image or scan, and the language chosen for them (Tesseract names)."""

    pages: tuple[ReadPage, ...]
    languages: tuple[str, ...]
    skipped: int = 0

    @property
    def text(self) -> str:
        """The pages' texts, a blank line between them."""
        return "\n\n".join(page.text for page in self.pages if page.text)

    def layouts(self) -> Iterator[tuple[ReadPage, dict[str, Any]]]:
        """Each page with its layout for ``article_files.layout``: the image's size, the
        language, the confidence and every word's offsets in :attr:`text` with its box."""
        offset = 0
        for page in self.pages:
            words = [[s + offset, e + offset, x, y, w, h] for s, e, x, y, w, h in page.words]
            yield (
                page,
                {
                    "version": LAYOUT_VERSION,
                    "width": page.width,
                    "height": page.height,
                    "languages": list(page.languages),
                    "confidence": round(page.confidence, 1),
                    "start": offset,
                    "end": offset + len(page.text),
                    "words": words,
                },
            )
            offset += len(page.text) + 2


@dataclass(slots=True)
class _Reader:
    executable: str
    name: str
    languages: tuple[str, ...]

    def read(self, image: Image.Image, kept: bytes, media_type: str) -> ReadPage:
        started = time.perf_counter()
        prepared = prepare(image)
        words = fix_words(tesseract.read_words(self.executable, prepared.png, self.languages))
        boxed = [
            (word, prepared.to_original(word.left, word.top, word.width, word.height))
            for word in words
        ]
        text, placed, confidence = assemble(boxed)
        # Letters of the words read with confidence: scattered guesses on a photo add up to
        # nothing, a hard page still has many.
        sure = sum(
            sum(1 for c in w.text if c.isalpha()) for w in words if w.confidence >= MIN_CONFIDENCE
        )
        return ReadPage(
            text=text,
            words=placed,
            image=kept,
            media_type=media_type,
            width=prepared.original_width,
            height=prepared.original_height,
            confidence=confidence,
            languages=self.languages,
            seconds=time.perf_counter() - started,
            sure_letters=sure,
        )


def read_image_file(data: bytes, name: str, language: str | None = None) -> ReadDocument:
    """Every page of an image file (``language`` an ISO 639-1 code, or ``None`` to detect)."""
    reader = _reader(name, language, pdf=False)
    frames = list(_frames(data, name))
    pages: list[ReadPage] = []
    skipped = 0
    for number, (image, kept, media_type) in enumerate(frames, start=1):
        progress.step(number - 1, len(frames), name)
        page = reader.read(image, kept, media_type)
        if _is_text(page):
            pages.append(page)
        else:
            skipped += 1
    progress.step(len(frames), len(frames), name)
    return _document(pages, reader, name, skipped, photo=len(frames) == 1, pdf=False)


def read_pdf_pages(data: bytes, name: str, language: str | None = None) -> ReadDocument:
    """Every page of a PDF drawn at :data:`PDF_DPI` and read (a PDF with no text layer)."""
    reader = _reader(name, language, pdf=True)
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        raise InputRefused(
            "{name} is not a valid PDF (it is damaged): {fix}", name=name, fix=_FIX_PDF
        ) from None
    pages: list[ReadPage] = []
    skipped = 0
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise InputRefused(
                "{name} has {count} scanned pages, more than {pages}: "
                "split it and import only the article's pages.",
                name=name,
                count=count,
                pages=MAX_PAGES,
            )
        for index in range(count):
            progress.step(index, count, name)
            page = document[index]
            bitmap = page.render(scale=PDF_DPI / 72, grayscale=True)
            image = bitmap.to_pil()
            page.close()
            kept = io.BytesIO()
            image.save(kept, "PNG", optimize=False, compress_level=6)
            read = reader.read(image, kept.getvalue(), "image/png")
            if _is_text(read):
                pages.append(read)
            else:
                skipped += 1
        progress.step(count, count, name)
    finally:
        document.close()
    return _document(pages, reader, name, skipped, photo=False, pdf=True)


def extract_image(data: bytes, name: str, language: str | None = None) -> Extracted:
    """An image file read as an article's text, its pages kept as scans."""
    return _extracted(read_image_file(data, name, language), name)


def extract_scanned_pdf(data: bytes, name: str, language: str | None = None) -> Extracted:
    """A PDF without a text layer read as an article's text, its pages kept as scans."""
    return _extracted(read_pdf_pages(data, name, language), name)


def _extracted(document: ReadDocument, name: str) -> Extracted:
    stem = name.rsplit(".", 1)[0] or "page"
    files = []
    for position, (page, layout) in enumerate(document.layouts()):
        suffix = ".jpg" if page.media_type == "image/jpeg" else ".png"
        page_name = (
            name
            if len(document.pages) == 1 and name.lower().endswith(suffix)
            else (f"{stem}-{position + 1}{suffix}")
        )
        files.append(KeptFile(SCAN, position, page_name, page.media_type, page.image, layout))
    iso = {v: k for k, v in tesseract.TESSERACT_LANGUAGES.items()}
    language = iso.get(document.languages[0]) if len(document.languages) == 1 else None
    return Extracted(text=document.text, found=Found(language=language), files=tuple(files))


def read_plain(image: Image.Image, languages: tuple[str, ...] = tesseract.DEFAULT_LANGUAGES) -> str:
    """What plain Tesseract reads in ``image`` with no cleaning (the benchmark's reference)."""
    executable = tesseract.require("The image")
    words = tesseract.read_words(executable, plain_png(image), languages)
    return assemble([(w, (w.left, w.top, w.width, w.height)) for w in words])[0]


def assemble(
    words: list[tuple[tesseract.Word, tuple[int, int, int, int]]],
) -> tuple[str, tuple[tuple[int, int, int, int, int, int], ...], float]:
    """Words (with their boxes) as text, paragraphs apart by a blank line and lines by a line
    end; each word's offsets and box; the mean confidence of the words kept."""
    parts: list[str] = []
    placed: list[tuple[int, int, int, int, int, int]] = []
    confidences: list[float] = []
    length = 0
    last: tuple[int, int, int] | None = None
    for word, (left, top, width, height) in words:
        text = " ".join(normalise_text(word.text).split())
        if not text or (word.confidence < SPECK_CONFIDENCE and not any(c.isalnum() for c in text)):
            continue
        where = (word.block, word.paragraph, word.line)
        if last is not None:
            if where[:2] != last[:2]:
                separator = "\n\n"
            elif where != last:
                separator = "\n"
            else:
                separator = " "
            parts.append(separator)
            length += len(separator)
        last = where
        placed.append((length, length + len(text), left, top, width, height))
        parts.append(text)
        length += len(text)
        confidences.append(word.confidence)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return "".join(parts), tuple(placed), mean


def _reader(name: str, language: str | None, *, pdf: bool) -> _Reader:
    executable = tesseract.command()
    if executable is None and pdf:
        raise InputRefused(
            "{name} has no text layer: reading its scanned pages needs Tesseract, which is "
            "not installed; {install}.",
            name=name,
            install=tesseract.INSTALL,
        )
    if executable is None:
        executable = tesseract.require(name)
    wanted: tuple[str, ...] = tesseract.DEFAULT_LANGUAGES
    if language:
        code = tesseract.TESSERACT_LANGUAGES.get(language.lower())
        if code is not None:
            wanted = (code,)
    return _Reader(executable, name, tesseract.languages_for(executable, wanted, name))


def _is_text(page: ReadPage) -> bool:
    return page.confidence >= MIN_CONFIDENCE / 2 and page.sure_letters >= MIN_LETTERS


def _document(
    pages: list[ReadPage], reader: _Reader, name: str, skipped: int, *, photo: bool, pdf: bool
) -> ReadDocument:
    if not pages:
        if photo:
            raise InputRefused(
                "{name} shows no text that could be read (a photo or a drawing?): "
                "nothing was imported; import a screenshot or a scan of the text.",
                name=name,
            )
        if pdf:
            raise InputRefused(
                "{name} has no text layer, and no text could be read on its pages: nothing "
                "was imported; scan the pages again at 300 dpi or more.",
                name=name,
            )
        raise InputRefused(
            "{name}: no page shows text that could be read: nothing was imported; "
            "scan the pages again at 300 dpi or more.",
            name=name,
        )
    return ReadDocument(tuple(pages), reader.languages, skipped)


def _frames(data: bytes, name: str) -> Iterator[tuple[Image.Image, bytes, str]]:
    """Each page of the image with the bytes to keep: the file itself for a one-page PNG or
    JPEG, else the page as PNG (what every viewer and report can show)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except Image.DecompressionBombError:
        raise InputRefused(
            "{name} is too large an image to read (over {pixels} pixels): "
            "scale it down or crop it to the article.",
            name=name,
            pixels=f"{Image.MAX_IMAGE_PIXELS:,}",
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise InputRefused(
            "{name} is not a valid image (it is damaged): {fix}", name=name, fix=_FIX_IMAGE
        ) from None
    kind = (image.format or "").upper()
    count = getattr(image, "n_frames", 1)
    if count > MAX_PAGES:
        raise InputRefused(
            "{name} has {count} pages, more than {pages}: split it and import the article's.",
            name=name,
            count=count,
            pages=MAX_PAGES,
        )
    if count == 1 and kind in ("PNG", "JPEG"):
        yield image, data, "image/png" if kind == "PNG" else "image/jpeg"
        return
    try:
        for frame in ImageSequence.Iterator(image):
            page = frame.copy()
            buffer = io.BytesIO()
            as_rgb(page).save(buffer, "PNG", compress_level=6)
            yield page, buffer.getvalue(), "image/png"
    except (OSError, SyntaxError, ValueError):
        raise InputRefused(
            "{name} is not a valid image (a page is damaged): {fix}", name=name, fix=_FIX_IMAGE
        ) from None
