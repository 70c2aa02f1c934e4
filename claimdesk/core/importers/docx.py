"""Word documents (.docx): paragraphs, tables and text boxes in reading order, footnotes and
endnotes after the text, and the core properties.

The parts are read with lxml, not python-docx, so that both forms of the format are read: the
usual (transitional) one and ISO 29500 Strict, whose elements live in other namespaces. A text
box's paragraphs follow the paragraph that anchors it. A note's reference is marked in the text
as ``[1]`` (footnotes) or ``[i]`` (endnotes), numbered in reading order, and each note follows
the text as a block starting with its mark.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import zipfile
from dataclasses import dataclass, field
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

_KIND = Message("a valid Word file")
_FIX = Message("open it in Word (or LibreOffice) and save it again as .docx.")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIN = "word/document.xml"
# The WordprocessingML namespace of transitional files, and of Strict ones.
_W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_CORE = "docProps/core.xml"


@dataclass
class _Reader:
    """The walk over one document: its namespace, notes and the marks given so far."""

    w: str
    footnotes: dict[str, Any] = field(default_factory=dict)
    endnotes: dict[str, Any] = field(default_factory=dict)
    notes: list[tuple[str, str, Any]] = field(default_factory=list)
    marks: dict[tuple[str, str], str] = field(default_factory=dict)

    def tag(self, name: str) -> str:
        return f"{{{self.w}}}{name}"


def extract_docx(data: bytes, name: str) -> Extracted:
    """The text of a .docx file, one block a paragraph, table row or note, and its properties."""
    if data.startswith(OLE_MAGIC):
        # Word wraps a password-protected .docx (and every old .doc) in an OLE container.
        raise InputRefused(
            "{name} is password-protected or an old Word 97-2003 file: remove the password "
            "or save it as .docx in Word, and import it again.",
            name=name,
        )
    with open_zip(data, name, _KIND, _FIX) as archive:
        members = set(archive.namelist())
        main = _main_part(archive, members, name)
        root = parse_xml(read_member(archive, main, name, _KIND, _FIX), name, _KIND, _FIX)
        namespace = _namespace(root)
        body = root.find(f"{{{namespace}}}body") if namespace else None
        if namespace is None or body is None:
            raise InputRefused(
                "{name} is not {kind} (damaged content): {fix}", name=name, kind=_KIND, fix=_FIX
            )
        reader = _Reader(namespace)
        related = _related(archive, members, main, name)
        reader.footnotes = _notes(archive, related.get("footnotes"), "footnote", reader, name)
        reader.endnotes = _notes(archive, related.get("endnotes"), "endnote", reader, name)
        core = (
            parse_xml(read_member(archive, _CORE, name, _KIND, _FIX), name, _KIND, _FIX)
            if _CORE in members
            else None
        )
    blocks: list[str] = []
    _blocks(body, reader, blocks)
    blocks.extend(_note_blocks(reader))
    text = join_blocks(blocks)
    if not text:
        raise InputRefused(NO_TEXT, name=name)
    return Extracted(text=text, found=_found(core))


def _main_part(archive: zipfile.ZipFile, members: set[str], name: str) -> str:
    if "_rels/.rels" in members:
        rels = parse_xml(read_member(archive, "_rels/.rels", name, _KIND, _FIX), name, _KIND, _FIX)
        for rel in rels.iter(_RELS):
            if str(rel.get("Type", "")).endswith("/officeDocument"):
                target = str(rel.get("Target", "")).lstrip("/")
                if target in members:
                    return target
    if _MAIN not in members:
        raise InputRefused(
            "{name} is not {kind} (it has no document part): {fix}",
            name=name,
            kind=_KIND,
            fix=_FIX,
        )
    return _MAIN


def _namespace(root: Any) -> str | None:
    tag = root.tag if isinstance(root.tag, str) else ""
    for namespace in _W_NAMESPACES:
        if tag == f"{{{namespace}}}document":
            return namespace
    return None


def _related(archive: zipfile.ZipFile, members: set[str], main: str, name: str) -> dict[str, str]:
    """The main part's related parts by kind ("footnotes", "endnotes"), as member names."""
    folder, file = posixpath.split(main)
    rels_name = posixpath.join(folder, "_rels", f"{file}.rels")
    found: dict[str, str] = {}
    if rels_name in members:
        rels = parse_xml(read_member(archive, rels_name, name, _KIND, _FIX), name, _KIND, _FIX)
        for rel in rels.iter(_RELS):
            kind = str(rel.get("Type", "")).rsplit("/", 1)[-1]
            target = posixpath.normpath(posixpath.join(folder, str(rel.get("Target", ""))))
            if target in members:
                found[kind] = target
    for kind in ("footnotes", "endnotes"):
        default = posixpath.join(folder, f"{kind}.xml")
        if kind not in found and default in members:
            found[kind] = default
    return found


def _notes(
    archive: zipfile.ZipFile, part: str | None, kind: str, reader: _Reader, name: str
) -> dict[str, Any]:
    if part is None:
        return {}
    root = parse_xml(read_member(archive, part, name, _KIND, _FIX), name, _KIND, _FIX)
    notes: dict[str, Any] = {}
    for note in root.iter(reader.tag(kind)):
        # Separators and continuation notices are typed; real notes are not.
        if note.get(reader.tag("type")) in (None, "normal"):
            notes[str(note.get(reader.tag("id")))] = note
    return notes


def _blocks(container: Any, reader: _Reader, blocks: list[str]) -> None:
    for child in container:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == reader.tag("p"):
            boxes: list[Any] = []
            blocks.append(_paragraph(child, reader, boxes))
            for box in boxes:
                _blocks(box, reader, blocks)
        elif tag == reader.tag("tbl"):
            # Direct rows only: a table nested in a cell is read with that cell.
            for row in (r for r in child if r.tag == reader.tag("tr")):
                cells = [_cell(cell, reader) for cell in row if cell.tag == reader.tag("tc")]
                blocks.append(" | ".join(cells))
        elif tag and tag != _MC_FALLBACK:
            # Content controls, custom XML and the like hold paragraphs of their own.
            _blocks(child, reader, blocks)


def _cell(cell: Any, reader: _Reader) -> str:
    parts: list[str] = []
    _blocks(cell, reader, parts)
    return " ".join(p.strip() for p in parts if p.strip())


def _paragraph(paragraph: Any, reader: _Reader, boxes: list[Any]) -> str:
    parts: list[str] = []
    _runs(paragraph, reader, parts, boxes)
    return "".join(parts)


def _runs(element: Any, reader: _Reader, parts: list[str], boxes: list[Any]) -> None:
    w = reader.tag
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == w("t"):
            parts.append(child.text or "")
        elif tag in (w("tab"), w("ptab")):
            parts.append("\t")
        elif tag in (w("br"), w("cr")):
            parts.append("\n")
        elif tag == w("noBreakHyphen"):
            parts.append("-")
        elif tag == w("txbxContent"):
            boxes.append(child)
        elif tag == w("footnoteReference"):
            parts.append(_mark(reader, "footnote", str(child.get(w("id")))))
        elif tag == w("endnoteReference"):
            parts.append(_mark(reader, "endnote", str(child.get(w("id")))))
        elif tag and tag != _MC_FALLBACK:
            # A drawing's Choice and its Fallback hold the same text box: the Choice is read.
            _runs(child, reader, parts, boxes)


def _mark(reader: _Reader, kind: str, ident: str) -> str:
    notes = reader.footnotes if kind == "footnote" else reader.endnotes
    if ident not in notes:
        return ""
    key = (kind, ident)
    if key not in reader.marks:
        count = sum(1 for k, _ in reader.marks if k == kind) + 1
        reader.marks[key] = f"[{count}]" if kind == "footnote" else f"[{_roman(count)}]"
        reader.notes.append((reader.marks[key], kind, notes[ident]))
    return reader.marks[key]


def _note_blocks(reader: _Reader) -> list[str]:
    """Footnotes in the order of their marks, then endnotes."""
    footnotes: list[str] = []
    endnotes: list[str] = []
    done = 0
    # A note can refer to another note: read until no new one was marked.
    while done < len(reader.notes):
        mark, kind, note = reader.notes[done]
        done += 1
        inner: list[str] = []
        _blocks(note, reader, inner)
        text = "\n".join(b.strip() for b in inner if b.strip())
        (footnotes if kind == "footnote" else endnotes).append(f"{mark} {text}")
    return footnotes + endnotes


def _roman(number: int) -> str:
    numerals = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = []
    for value, letters in numerals:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _found(core: Any) -> Found:
    if core is None:
        return Found()

    def field_text(tag: str) -> str | None:
        return clean(core.findtext(tag))

    return Found(
        title=field_text(f"{_DC}title"),
        authors=split_authors(field_text(f"{_DC}creator")),
        language=language_code(field_text(f"{_DC}language")),
        created=_date(field_text(f"{_DCTERMS}created")),
    )


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
