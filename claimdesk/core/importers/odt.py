"""OpenDocument text (.odt): headings, paragraphs, lists and tables, footnotes and endnotes
after the text, and the meta.xml fields.

A note's citation is kept in the text as it is shown (``[1]``, ``[i]``) and the note follows
the text as a block starting with the same mark: footnotes first, then endnotes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers.containers import NO_TEXT, open_zip, parse_xml, read_member
from claimdesk.core.importers.found import (
    Extracted,
    Found,
    clean,
    join_blocks,
    language_code,
    split_authors,
)
from claimdesk.core.messages import Message

_KIND = Message("a valid OpenDocument text")
_FIX = Message("open it in LibreOffice (or Word) and save it again as .odt.")
_MIMETYPES = ("application/vnd.oasis.opendocument.text",)
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_DC = "http://purl.org/dc/elements/1.1/"
_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
# Inside a paragraph these hold no reading text (annotations, cross-references).
_SKIPPED = {f"{{{_OFFICE}}}annotation", f"{{{_TEXT}}}bookmark-ref"}
_NOTE = f"{{{_TEXT}}}note"
_SKIPPED_PREFIX = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"


def extract_odt(data: bytes, name: str) -> Extracted:
    """The text of an .odt file, one block a paragraph, heading, list item or table row."""
    with open_zip(data, name, _KIND, _FIX) as archive:
        members = set(archive.namelist())
        if "mimetype" in members:
            mimetype = read_member(archive, "mimetype", name, _KIND, _FIX).decode(
                "ascii", "replace"
            )
            if mimetype.strip() not in _MIMETYPES:
                raise InputRefused(
                    "{name} is not an OpenDocument text (it is {mimetype}): "
                    "save it from LibreOffice Writer as .odt.",
                    name=name,
                    mimetype=mimetype.strip() or Message("unknown"),
                )
        if "META-INF/manifest.xml" in members:
            manifest = parse_xml(
                read_member(archive, "META-INF/manifest.xml", name, _KIND, _FIX),
                name,
                _KIND,
                _FIX,
            )
            if manifest.find(f".//{{{_MANIFEST}}}encryption-data") is not None:
                raise InputRefused(
                    "{name} is encrypted: remove the password in LibreOffice and import it again.",
                    name=name,
                )
        content = parse_xml(
            read_member(archive, "content.xml", name, _KIND, _FIX), name, _KIND, _FIX
        )
        meta = (
            parse_xml(read_member(archive, "meta.xml", name, _KIND, _FIX), name, _KIND, _FIX)
            if "meta.xml" in members
            else None
        )
    body = content.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise InputRefused(
            "{name} is not {kind} (it has no text body): {fix}", name=name, kind=_KIND, fix=_FIX
        )
    blocks: list[str] = []
    notes: list[_Note] = []
    _collect(body, blocks, notes)
    blocks.extend(_note_blocks(notes))
    text = join_blocks(blocks)
    if not text:
        raise InputRefused(NO_TEXT, name=name)
    return Extracted(text=text, found=_found(meta))


@dataclass(frozen=True, slots=True)
class _Note:
    mark: str
    endnote: bool
    body: Any


def _collect(element: Any, blocks: list[str], notes: list[_Note]) -> None:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"):
            blocks.append(_inline(child, notes))
        elif tag == f"{{{_TABLE}}}table-row":
            cells = [_cell_text(c, notes) for c in child if c.tag == f"{{{_TABLE}}}table-cell"]
            blocks.append(" | ".join(cells))
        elif tag and tag not in _SKIPPED and not tag.startswith(_SKIPPED_PREFIX):
            # Sections, lists, list items, tables and their row groups hold the blocks.
            _collect(child, blocks, notes)


def _cell_text(cell: Any, notes: list[_Note]) -> str:
    parts: list[str] = []
    _collect(cell, parts, notes)
    return " ".join(p.strip() for p in parts if p.strip())


def _inline(element: Any, notes: list[_Note]) -> str:
    parts: list[str] = []
    _walk_inline(element, parts, notes)
    return "".join(parts)


def _note(element: Any, notes: list[_Note]) -> str:
    citation = clean(element.findtext(f"{{{_TEXT}}}note-citation"))
    endnote = element.get(f"{{{_TEXT}}}note-class") == "endnote"
    if citation is None:
        citation = str(sum(1 for n in notes if n.endnote == endnote) + 1)
    body = element.find(f"{{{_TEXT}}}note-body")
    mark = f"[{citation}]"
    if body is not None:
        notes.append(_Note(mark, endnote, body))
    return mark


def _note_blocks(notes: list[_Note]) -> list[str]:
    blocks: list[str] = []
    for endnote in (False, True):
        for note in (n for n in notes if n.endnote == endnote):
            inner: list[str] = []
            _collect(note.body, inner, [])
            text = "\n".join(b.strip() for b in inner if b.strip())
            if text:
                blocks.append(f"{note.mark} {text}")
    return blocks


def _walk_inline(element: Any, parts: list[str], notes: list[_Note]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{{{_TEXT}}}s":
            parts.append(" " * _count(child.get(f"{{{_TEXT}}}c")))
        elif tag == f"{{{_TEXT}}}tab":
            parts.append("\t")
        elif tag == f"{{{_TEXT}}}line-break":
            parts.append("\n")
        elif tag == _NOTE:
            parts.append(_note(child, notes))
        elif tag and tag not in _SKIPPED and not tag.startswith(_SKIPPED_PREFIX):
            _walk_inline(child, parts, notes)
        if child.tail:
            parts.append(child.tail)


def _count(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 1000))
    except ValueError:
        return 1


def _found(meta: Any) -> Found:
    if meta is None:
        return Found()
    node = meta.find(f"{{{_OFFICE}}}meta")
    if node is None:
        return Found()

    def field(tag: str) -> str | None:
        return clean(node.findtext(tag))

    creator = field(f"{{{_META}}}initial-creator") or field(f"{{{_DC}}}creator")
    created = field(f"{{{_META}}}creation-date") or field(f"{{{_DC}}}date")
    return Found(
        title=field(f"{{{_DC}}}title"),
        authors=split_authors(creator),
        language=language_code(field(f"{{{_DC}}}language")),
        created=_date(created),
    )


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
