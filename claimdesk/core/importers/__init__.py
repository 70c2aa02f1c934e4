"""Importers: a file or a pasted text in, one normalised :class:`ArticleDraft` out.

Plain text keeps its characters where they were (a clean UTF-8 ``.txt`` file keeps every
offset); Markdown is turned into reading text first (see ``markdown.py``). Values in ``meta``
that are not ``None`` (or, for ``authors``, not empty) win over whatever is detected.
"""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import markdown
from claimdesk.core.importers.decode import decode_bytes
from claimdesk.core.importers.detect import (
    detect_language,
    detect_published,
    detect_title,
    shorten,
)
from claimdesk.core.importers.normalise import content_hash, normalise_text
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

_FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}
_UNTITLED = "Untitled article"


def supported_suffixes() -> tuple[str, ...]:
    """The file extensions :func:`read_file` accepts, lower case with the dot."""
    return tuple(_FORMATS)


def read_file(path: Path, meta: ArticleMeta = ArticleMeta()) -> ArticleDraft:
    """Read a text or Markdown file into a draft; raise :class:`InputRefused` when it cannot.

    Refused: a missing file, a folder, an unreadable file, an unsupported extension, a file
    over :data:`MAX_FILE_BYTES`, an empty or blank file, and binary content.
    """
    path = Path(path)
    data = read_bytes(path, supported_suffixes())
    text, _encoding = decode_bytes(data, path.name)
    source_format = _FORMATS[path.suffix.lower()]
    return _draft(text, meta, path.name, source_format)


def from_text(
    text: str,
    meta: ArticleMeta = ArticleMeta(),
    *,
    source_name: str | None = None,
    source_format: str = "text",
) -> ArticleDraft:
    """Make a draft from text already in memory (pasted, or extracted by another importer).

    ``source_format="markdown"`` converts the text as Markdown first; any other value is
    kept as given ("text", "paste", ...) and the text is only normalised.
    """
    return _draft(text, meta, source_name, source_format)


def _draft(
    raw: str, meta: ArticleMeta, source_name: str | None, source_format: str
) -> ArticleDraft:
    text = normalise_text(raw)
    if not text.strip():
        raise _nothing_to_import(raw, source_name)
    detected_title: str | None
    front = markdown.FrontMatter()
    if source_format == "markdown":
        converted = markdown.convert(text)
        text = normalise_text(converted.text)
        if not text.strip():
            name = source_name or "The Markdown text"
            raise InputRefused(
                f"{name} has no text besides its front matter and markup: "
                "there is no text to import."
            )
        front = converted.front
        detected_title = front.title or (
            shorten(converted.first_heading, 120) if converted.first_heading else None
        )
        detected_title = detected_title or detect_title(text)
    else:
        detected_title = detect_title(text)
    # A blank title or language is taken as "not given": an article needs both.
    title = _given(meta.title) or detected_title or _fallback_title(source_name)
    language = _given(meta.language) or front.language or detect_language(text)
    published = meta.published if meta.published is not None else front.published
    return ArticleDraft(
        text=text,
        title=title,
        language=language,
        outlet=meta.outlet if meta.outlet is not None else front.outlet,
        url=meta.url if meta.url is not None else front.url,
        published=published if published is not None else detect_published(text),
        authors=meta.authors or front.authors,
        source_name=source_name,
        source_format=source_format,
    )


def _given(value: str | None) -> str | None:
    return value.strip() if value is not None and value.strip() else None


def _nothing_to_import(raw: str, source_name: str | None) -> InputRefused:
    if source_name is None:
        return InputRefused("The pasted text is empty: copy the article's text and paste it again.")
    if raw:
        return InputRefused(f"{source_name} holds only blank space: there is no text to import.")
    return InputRefused(f"{source_name} is empty: there is no text to import.")


def _fallback_title(source_name: str | None) -> str:
    if source_name:
        stem = Path(source_name).stem.replace("_", " ").replace("-", " ").strip()
        if stem:
            return stem
    return _UNTITLED
