"""PDF files: the text layer, paragraphs rejoined, line-end hyphenation undone, and the
document information (title, author, creation date).

pdfminer.six groups a page's lines into text boxes; a box is split into paragraphs where a
line is indented or the line before it stops short after a full stop. A paragraph cut by a
page break is joined again when the next page goes on in lower case.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers.found import Extracted, Found, clean, join_blocks, split_authors
from claimdesk.core.messages import Message

MAX_PAGES = 2_000
_FIX = Message("open it in a PDF reader and save or print it to a new PDF, then import that.")
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "\xad": ""}
)
_PAGE_NUMBER = re.compile(r"^(?:\d{1,4}|page \d{1,4}(?: of \d{1,4})?|- ?\d{1,4} ?-)$", re.I)
_SENTENCE_END = re.compile(r"[.!?:…\"'»”’)]$")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
# Titles that PDF writers fill in by themselves say nothing about the article.
_TOOL_TITLE = re.compile(r"^(?:microsoft word - |untitled\b)|\.(?:docx?|odt|rtf|txt|pdf)$", re.I)


def extract_pdf(data: bytes, name: str) -> Extracted:
    """The text layer of a PDF as paragraphs, and what its document information says."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    if b"%PDF-" not in data[:1024]:
        raise InputRefused(
            "{name} is not a PDF file (it has no PDF header): {fix}", name=name, fix=_FIX
        )
    pages: list[list[str]] = []
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        found = _found(document)
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=LAParams())
        interpreter = PDFPageInterpreter(manager, device)
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            if number > MAX_PAGES:
                raise InputRefused(
                    "{name} has more than {pages} pages: "
                    "split it and import only the article's pages.",
                    name=name,
                    pages=MAX_PAGES,
                )
            interpreter.process_page(page)
            pages.append(_page_blocks(device.get_result()))
    except InputRefused:
        raise
    except PDFPasswordIncorrect:
        raise _encrypted(name) from None
    except Exception as exc:  # pdfminer fails in many ways on a damaged file: all refuse it
        if type(exc).__name__ in ("PDFEncryptionError", "PDFEncryptionWarning"):
            raise _encrypted(name) from None
        raise InputRefused(
            "{name} is not a valid PDF (it is damaged): {fix}", name=name, fix=_FIX
        ) from None
    text = join_blocks(_join_pages(pages))
    if not text:
        raise NoTextLayer(
            "{name} has no text layer: no text was found; scanned pages need OCR first.",
            name=name,
        )
    return Extracted(text=text, found=found)


class NoTextLayer(InputRefused):
    """The PDF holds no text, only images (scanned pages): they are read by OCR."""


def _encrypted(name: str) -> InputRefused:
    return InputRefused("{name} is encrypted: remove the password and import it again.", name=name)


def _page_blocks(layout: Any) -> list[str]:
    from pdfminer.layout import LTTextBox

    blocks: list[str] = []
    for box in layout:
        if isinstance(box, LTTextBox):
            for paragraph in _paragraphs(box):
                text = _rejoin(paragraph)
                if text and not _PAGE_NUMBER.match(text):
                    blocks.append(text)
    return blocks


def _paragraphs(box: Any) -> list[list[str]]:
    from pdfminer.layout import LTTextLine

    lines = [line for line in box if isinstance(line, LTTextLine)]
    paragraphs: list[list[str]] = []
    previous: Any = None
    for line in lines:
        text = line.get_text().translate(_LIGATURES).rstrip("\n")
        if previous is None or _starts_paragraph(box, previous, line):
            paragraphs.append([])
        paragraphs[-1].append(text)
        previous = line
    return paragraphs


def _starts_paragraph(box: Any, previous: Any, line: Any) -> bool:
    height = max(line.height, 1.0)
    indented = line.x0 - box.x0 > height and previous.x0 - box.x0 < height / 2
    short = previous.x1 < box.x1 - 0.15 * box.width
    ends = _SENTENCE_END.search(previous.get_text().strip()) is not None
    return indented or (short and ends)


def _rejoin(lines: list[str]) -> str:
    text = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        text = _glue(text, line) if text else line
    return text


def _glue(before: str, after: str) -> str:
    # "offen-" + "sive" is one word cut by the line end; "anti-" + "NATO" keeps its hyphen.
    if (
        len(before) >= 2
        and before[-1] in "-\u2010"
        and before[-2].isalpha()
        and before[-2].islower()
        and after[:1].islower()
    ):
        return before[:-1] + after
    return f"{before} {after}"


def _join_pages(pages: list[list[str]]) -> list[str]:
    blocks: list[str] = []
    for page in pages:
        for index, block in enumerate(page):
            if (
                index == 0
                and blocks
                and _SENTENCE_END.search(blocks[-1]) is None
                and block[:1].islower()
            ):
                blocks[-1] = _glue(blocks[-1], block)
            else:
                blocks.append(block)
    return blocks


def _found(document: Any) -> Found:
    from pdfminer.pdftypes import resolve1

    info: dict[str, Any] = {}
    for entry in document.info or ():
        resolved = resolve1(entry)
        if isinstance(resolved, dict):
            info.update(resolved)
    title = _text(info.get("Title"))
    if title is not None and _TOOL_TITLE.search(title):
        title = None
    return Found(
        title=title,
        authors=split_authors(_text(info.get("Author"))),
        created=_pdf_date(_text(info.get("CreationDate"))),
    )


def _text(value: object) -> str | None:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    value = resolve1(value)
    if isinstance(value, bytes):
        return clean(decode_text(value))
    return clean(value) if isinstance(value, str) else None


def _pdf_date(value: str | None) -> dt.date | None:
    match = _PDF_DATE.match(value or "")
    if match is None:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
