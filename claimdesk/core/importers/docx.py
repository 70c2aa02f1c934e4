"""Word documents (.docx): paragraphs and tables in reading order, and the core properties."""

from __future__ import annotations

import io
from typing import Any

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers.containers import open_zip, read_member
from claimdesk.core.importers.found import (
    Extracted,
    Found,
    clean,
    join_blocks,
    language_code,
    split_authors,
)

_KIND = "a valid Word file"
_FIX = "open it in Word (or LibreOffice) and save it again as .docx."
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def extract_docx(data: bytes, name: str) -> Extracted:
    """The text of a .docx file, one block a paragraph or table row, and its properties."""
    import docx

    if data.startswith(OLE_MAGIC):
        # Word wraps a password-protected .docx (and every old .doc) in an OLE container.
        raise InputRefused(
            f"{name} is password-protected or an old Word 97-2003 file: remove the password "
            "or save it as .docx in Word, and import it again."
        )
    with open_zip(data, name, _KIND, _FIX) as archive:
        if "word/document.xml" not in archive.namelist():
            raise InputRefused(f"{name} is not {_KIND} (it has no document part): {_FIX}")
        # Reading the main part here checks its stored size and checksum before python-docx.
        read_member(archive, "word/document.xml", name, _KIND, _FIX)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = _body_blocks(document)
        props = document.core_properties
        found = Found(
            title=clean(props.title),
            authors=split_authors(props.author),
            language=language_code(props.language),
            created=props.created.date() if props.created is not None else None,
        )
    except Exception as exc:  # python-docx fails in many ways on a damaged file: all refuse it
        raise InputRefused(f"{name} is not {_KIND} ({_reason(exc)}): {_FIX}") from None
    text = join_blocks(blocks)
    if not text:
        raise InputRefused(
            f"{name} has no text (only images or empty pages): "
            "if it holds scanned pages, run OCR on it first."
        )
    return Extracted(text=text, found=found)


def _body_blocks(document: Any) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            blocks.append(Paragraph(child, document).text)
        elif child.tag == f"{_W}tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
                    # Merged cells repeat: keep each once.
                    if not cells or cells[-1] != value:
                        cells.append(value)
                blocks.append(" | ".join(cells))
    return blocks


def _reason(exc: Exception) -> str:
    return "a part is missing" if isinstance(exc, KeyError) else "damaged content"
