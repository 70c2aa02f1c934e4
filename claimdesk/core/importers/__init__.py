"""Importers: a file or a pasted text in, one normalised :class:`ArticleDraft` out.

Plain text keeps its characters where they were (a clean UTF-8 ``.txt`` file keeps every
offset); Markdown is turned into reading text first (see ``markdown.py``); web pages, Word,
OpenDocument, PDF and e-mail files are reduced to their reading text, one block a paragraph
with a blank line between blocks (one module each, loading its library only when used).

Metadata, first found wins: ``meta`` (values not ``None``; for ``authors``, not empty), then
what the file declares (front matter, page metadata, document properties, mail headers), then
what the text shows. The language is the exception: a declared language loses to a confident
detection that disagrees, because page templates and word processors often declare a default.
A file's creation date is used as the publication date only when the text has none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import markdown
from claimdesk.core.importers.dateline import Dateline, find_dateline
from claimdesk.core.importers.decode import decode_bytes
from claimdesk.core.importers.detect import (
    detect_language,
    detect_published,
    detect_title,
    guess_language,
    shorten,
)
from claimdesk.core.importers.found import Extracted, Found
from claimdesk.core.importers.kept import DraftWithFiles, KeptFile
from claimdesk.core.importers.libraries import reader_for
from claimdesk.core.importers.normalise import content_hash, normalise_text
from claimdesk.core.importers.quiet import library_output_captured
from claimdesk.core.importers.textfile import MAX_FILE_BYTES, read_bytes
from claimdesk.core.model import ArticleDraft, ArticleMeta

__all__ = [
    "MAX_FILE_BYTES",
    "content_hash",
    "from_text",
    "normalise_text",
    "read_file",
    "supported_suffixes",
]

_FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".odt": "odt",
    ".pdf": "pdf",
    ".eml": "eml",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".webp": "image",
    ".tif": "image",
    ".tiff": "image",
}
_UNTITLED = "Untitled article"


def supported_suffixes() -> tuple[str, ...]:
    """The file extensions :func:`read_file` accepts, lower case with the dot."""
    return tuple(_FORMATS)


def read_file(path: Path, meta: ArticleMeta = ArticleMeta()) -> ArticleDraft:
    """Read a supported file into a draft; raise :class:`InputRefused` when it cannot.

    Refused: a missing file, a folder, an unreadable file, an unsupported extension, a file
    over :data:`MAX_FILE_BYTES`, an empty or blank file, binary content in a text format, a
    damaged or encrypted document, and a document with no text. Images (PNG, JPEG, WebP,
    TIFF) and PDFs without a text layer are read by OCR, in ``meta``'s language when given,
    else in the one the settings name (``ocr_languages``); their draft is a
    :class:`DraftWithFiles` that keeps the page images with their words' boxes.
    """
    path = Path(path)
    data = read_bytes(path, supported_suffixes())
    source_format = _FORMATS[path.suffix.lower()]
    if source_format in ("text", "markdown"):
        text, _encoding = decode_bytes(data, path.name)
        return _draft(text, meta, path.name, source_format)
    language = _given(meta.language)
    with reader_for(path.name), library_output_captured():
        if source_format == "image":
            from claimdesk.core.importers.ocr import extract_image

            extracted = extract_image(data, path.name, language or _ocr_language())
        elif source_format == "pdf":
            extracted = _pdf_or_scans(data, path.name, language)
        else:
            extracted = _EXTRACTORS[source_format](data, path.name)
    return _draft(extracted.text, meta, path.name, source_format, extracted.found, extracted.files)


def from_text(
    text: str,
    meta: ArticleMeta = ArticleMeta(),
    *,
    source_name: str | None = None,
    source_format: str = "text",
) -> ArticleDraft:
    """Make a draft from text already in memory (pasted, or extracted by another importer).

    ``source_format="markdown"`` converts the text as Markdown first and ``"html"`` extracts
    the main text and metadata of pasted HTML; any other value is kept as given ("text",
    "paste", ...) and the text is only normalised.
    """
    if source_format == "html":
        from claimdesk.core.importers.html import extract_html

        if not text.strip():
            raise _nothing_to_import(text, source_name)
        name = source_name or "The pasted HTML"
        with reader_for(name), library_output_captured():
            extracted = extract_html(text, name)
        return _draft(extracted.text, meta, source_name, source_format, extracted.found)
    return _draft(text, meta, source_name, source_format)


def _html(data: bytes, name: str) -> Extracted:
    from claimdesk.core.importers.html import decode_html, extract_html

    return extract_html(decode_html(data, name), name)


def _docx(data: bytes, name: str) -> Extracted:
    from claimdesk.core.importers.docx import extract_docx

    return extract_docx(data, name)


def _odt(data: bytes, name: str) -> Extracted:
    from claimdesk.core.importers.odt import extract_odt

    return extract_odt(data, name)


def _pdf(data: bytes, name: str) -> Extracted:
    from claimdesk.core.importers.pdf import extract_pdf

    return extract_pdf(data, name)


def _pdf_or_scans(data: bytes, name: str, language: str | None) -> Extracted:
    """A PDF's text layer, or, when it has none, its pages read by OCR."""
    from claimdesk.core.importers.pdf import NoTextLayer, extract_pdf

    try:
        return extract_pdf(data, name)
    except NoTextLayer:
        from claimdesk.core.importers.ocr import extract_scanned_pdf

        return extract_scanned_pdf(data, name, language or _ocr_language())


def _ocr_language() -> str | None:
    """The language the settings say images and scans are read in (``None``: detect)."""
    from claimdesk.core.settings import ocr_language

    return ocr_language()


def _eml(data: bytes, name: str) -> Extracted:
    from claimdesk.core.importers.eml import extract_eml

    return extract_eml(data, name)


_EXTRACTORS: dict[str, Callable[[bytes, str], Extracted]] = {
    "html": _html,
    "docx": _docx,
    "odt": _odt,
    "pdf": _pdf,
    "eml": _eml,
}


def _draft(
    raw: str,
    meta: ArticleMeta,
    source_name: str | None,
    source_format: str,
    found: Found | None = None,
    files: tuple[KeptFile, ...] = (),
) -> ArticleDraft:
    found = found or Found()
    text = normalise_text(raw)
    if files and text != raw:
        # The words' offsets in the scans' layout count in the text as read: OCR writes it
        # in the stored form, so this is a bug, not bad input.
        raise AssertionError("text read by OCR changed when normalised")
    if not text.strip():
        raise _nothing_to_import(raw, source_name)
    detected_title: str | None
    # Front matter is written by a person, so its language is trusted like the user's.
    stated_language: str | None = None
    if source_format == "markdown":
        converted = markdown.convert(text)
        text = normalise_text(converted.text)
        if not text.strip():
            name = source_name or "The Markdown text"
            raise InputRefused(
                "{name} has no text besides its front matter and markup: "
                "there is no text to import.",
                name=name,
            )
        front = converted.front
        stated_language = front.language
        found = Found(
            title=front.title,
            authors=front.authors,
            outlet=front.outlet,
            url=front.url,
            published=front.published,
        )
        detected_title = found.title or (
            shorten(converted.first_heading, 120) if converted.first_heading else None
        )
        detected_title = detected_title or detect_title(text)
    else:
        detected_title = found.title or detect_title(text)
    # A blank title or language is taken as "not given": an article needs both.
    title = _given(meta.title) or detected_title or _fallback_title(source_name)
    dateline = find_dateline(text, found.created or dt.date.today())
    published = (
        meta.published
        or found.published
        or detect_published(text)
        or (dateline.published if dateline else None)
        or found.created
    )
    draft = ArticleDraft(
        text=text,
        title=title,
        language=_given(meta.language) or stated_language or _language(text, found.language),
        outlet=meta.outlet if meta.outlet is not None else (found.outlet or _outlet(dateline)),
        url=meta.url if meta.url is not None else found.url,
        published=published,
        authors=meta.authors or found.authors,
        source_name=source_name,
        source_format=source_format,
    )
    if not files:
        return draft
    fields = {f.name: getattr(draft, f.name) for f in dataclasses.fields(ArticleDraft)}
    return DraftWithFiles(**fields, files=files)


def _language(text: str, declared: str | None) -> str:
    guessed = guess_language(text)
    if guessed is not None:
        return guessed
    return declared or detect_language(text)


def _outlet(dateline: Dateline | None) -> str | None:
    return dateline.outlet if dateline is not None else None


def _given(value: str | None) -> str | None:
    return value.strip() if value is not None and value.strip() else None


def _nothing_to_import(raw: str, source_name: str | None) -> InputRefused:
    if source_name is None:
        return InputRefused("The pasted text is empty: copy the article's text and paste it again.")
    if raw:
        return InputRefused(
            "{name} holds only blank space: there is no text to import.", name=source_name
        )
    return InputRefused("{name} is empty: there is no text to import.", name=source_name)


def _fallback_title(source_name: str | None) -> str:
    if source_name:
        stem = Path(source_name).stem.replace("_", " ").replace("-", " ").strip()
        if stem:
            return stem
    return _UNTITLED
