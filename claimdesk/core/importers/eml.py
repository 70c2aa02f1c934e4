"""Saved e-mails (.eml): subject, sender and date, and the plain or HTML body.

The plain body is preferred (it is what the sender wrote); an HTML-only mail goes through the
page extractor. Hard-wrapped plain text (lines cut near 72 characters) is unwrapped so that a
sentence is never split by a line end. Attachments are ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers.decode import decode_bytes
from claimdesk.core.importers.found import Extracted, Found, clean, join_blocks
from claimdesk.core.importers.normalise import normalise_text

_FIX = "save the message again from your mail program as .eml."
# Mail programs wrap at 72-78 characters; a paragraph whose lines all stop near there was
# wrapped by the program, not by the writer.
_WRAP_MIN, _WRAP_MAX = 50, 80
_QUOTE_MARK = re.compile(r"^\s*>")
_HEADER = re.compile(rb"^[!-9;-~]+:", re.MULTILINE)


def extract_eml(data: bytes, name: str) -> Extracted:
    """The body of a saved mail as paragraphs, with its subject, sender and date."""
    # A file with no header line at all is not a mail, whatever its extension says.
    decode_bytes(data[:65536], name)
    if _HEADER.search(data[:8192]) is None:
        raise InputRefused(f"{name} is not an e-mail (it has no headers): {_FIX}")
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        if not isinstance(message, EmailMessage):
            raise TypeError("not a message")
        found = _found(message)
        text = _body_text(message, name)
    except InputRefused:
        raise
    except Exception:  # a malformed mail can fail anywhere in the parser: all refuse it
        raise InputRefused(f"{name} is not a valid e-mail (it is damaged): {_FIX}") from None
    if not text:
        raise InputRefused(f"{name} has no message text: there is no text to import.")
    return Extracted(text=text, found=found)


def _found(message: EmailMessage) -> Found:
    title = clean(message.get("subject"))
    sender = message.get("from")
    authors: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = getattr(sender, "addresses", ()) if sender else ()
    if addresses:
        first = addresses[0]
        authors = (clean(first.display_name) or clean(first.addr_spec) or "",)
        authors = tuple(a for a in authors if a)
    return Found(title=title, authors=authors, published=_date(message.get("date")))


def _date(header: object) -> dt.date | None:
    value = getattr(header, "datetime", None)
    return value.date() if isinstance(value, dt.datetime) else None


def _body_text(message: EmailMessage, name: str) -> str:
    from claimdesk.core.importers.html import extract_html

    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    if isinstance(content, bytes):
        content, _ = decode_bytes(content, name)
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return extract_html(content, name).text
    return join_blocks(_unwrap(normalise_text(content)))


def _unwrap(text: str) -> list[str]:
    blocks: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line.rstrip() for line in block.split("\n")]
        wrapped = len(lines) > 1 and all(
            _WRAP_MIN <= len(line) <= _WRAP_MAX and not _QUOTE_MARK.match(line)
            for line in lines[:-1]
        )
        blocks.append(" ".join(line.strip() for line in lines) if wrapped else "\n".join(lines))
    return blocks
