"""Plain readers for bench/import_formats.py: the words a simple tool finds in a file, as the
measure of what an import keeps. Each reads everything a reader of the file would be shown
(every text part of a mail, every text run of a Word body and its notes, the whole text layer
of a PDF); web pages are read by plain trafilatura, the bar the issue sets."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from lxml import etree

_WORD = re.compile(r"\w+")
_W_TEXT = ("}t",)
_DOCX_PARTS = ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")


def words(text: str) -> Counter[str]:
    """The words of ``text``, lower case, counted."""
    return Counter(w.lower() for w in _WORD.findall(text))


def plain_text(path: Path) -> str:
    """What a plain reader finds in ``path``."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".eml":
        return _mail(data)
    if suffix == ".docx":
        return _docx(data)
    if suffix == ".odt":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = etree.fromstring(archive.read("content.xml"))
        return " ".join(root.itertext())
    if suffix == ".pdf":
        from pdfminer.high_level import extract_text

        return str(extract_text(io.BytesIO(data)))
    if suffix in (".html", ".htm"):
        import trafilatura

        return trafilatura.extract(data.decode("utf-8", "replace")) or ""
    text = data.decode("utf-8", "replace")
    if suffix in (".md", ".markdown") and text.startswith("---\n"):
        # Front matter is metadata: its keys are not words of the article.
        end = text.find("\n---", 4)
        text = text[end + 4 :] if end > 0 else text
    return text


def _mail(data: bytes) -> str:
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not message.keys():
        # No header Python can read (old "From  :" syntax): the body is after the blank line.
        data = data.replace(b"\r\n", b"\n")
        return data.partition(b"\n\n")[2].decode("utf-8", "replace")
    texts: list[str] = []
    if isinstance(message, EmailMessage):
        for part in message.walk():
            if part.get_content_maintype() == "text" and not part.is_attachment():
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    try:
                        text = payload.decode(part.get_content_charset() or "utf-8", "replace")
                    except LookupError:  # a charset Python does not know
                        text = payload.decode("utf-8", "replace")
                    if part.get_content_subtype() == "html":
                        text = " ".join(etree.HTML(text).itertext()) if text.strip() else ""
                    texts.append(text)
    return "\n".join(texts)


def _docx(data: bytes) -> str:
    texts: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in _DOCX_PARTS:
            if part in archive.namelist():
                root = etree.fromstring(archive.read(part))
                texts.extend(
                    node.text or ""
                    for node in root.iter()
                    if isinstance(node.tag, str)
                    and node.tag.endswith(_W_TEXT)
                    and "Fallback" not in "".join(a.tag for a in node.iterancestors())
                )
    return " ".join(texts)
