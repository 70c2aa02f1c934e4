"""Opening the zip and XML inside Word and OpenDocument files without trusting them.

A zip's central directory states each member's unpacked size; that is checked before anything
is unpacked, and reads are capped at the stated size, so a zip bomb is refused instead of
filling memory. XML is parsed without entities, DTDs or network access.
"""

from __future__ import annotations

import importlib
import io
import zipfile
from typing import Any

from claimdesk.core.errors import InputRefused
from claimdesk.core.messages import Message

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 10_000
_CORRUPT = "{name} is not {kind} (corrupt zip): {fix}"
# Said of a document whose pages hold no text (Word and OpenDocument).
NO_TEXT = Message(
    "{name} has no text (only images or empty pages): "
    "if it holds scanned pages, run OCR on it first."
)


def open_zip(data: bytes, name: str, kind: str, fix: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip after checking its stated sizes; refuse it in one line if not.

    ``kind`` names the format ("a valid Word file") and ``fix`` what to do about it.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise InputRefused(_CORRUPT, name=name, kind=kind, fix=fix) from None
    total = sum(m.file_size for m in members)
    if (
        len(members) > MAX_MEMBERS
        or total > MAX_UNPACKED_BYTES
        or any(m.file_size > MAX_MEMBER_BYTES for m in members)
    ):
        archive.close()
        raise InputRefused(
            "{name} would unpack to more than {megabytes} MB "
            "(it may be a zip bomb): open it in its program and save a smaller copy.",
            name=name,
            megabytes=MAX_UNPACKED_BYTES // 1024 // 1024,
        )
    return archive


def read_member(archive: zipfile.ZipFile, member: str, name: str, kind: str, fix: str) -> bytes:
    """One member's bytes, never more than its stated size; refused when missing or damaged."""
    try:
        info = archive.getinfo(member)
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except KeyError:
        raise InputRefused(
            "{name} is not {kind} (it has no {member}): {fix}",
            name=name,
            kind=kind,
            member=member,
            fix=fix,
        ) from None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, NotImplementedError):
        raise InputRefused(_CORRUPT, name=name, kind=kind, fix=fix) from None
    if len(data) > info.file_size:
        raise InputRefused(_CORRUPT, name=name, kind=kind, fix=fix)
    return data


def parse_xml(data: bytes, name: str, kind: str, fix: str) -> Any:
    """The root element of ``data`` parsed safely; refused in one line when it is not XML."""
    # lxml ships no type hints: it is loaded as a plain module.
    etree: Any = importlib.import_module("lxml.etree")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError:
        raise InputRefused(
            "{name} is not {kind} (damaged XML inside): {fix}", name=name, kind=kind, fix=fix
        ) from None
