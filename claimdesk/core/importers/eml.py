"""Saved e-mails (.eml): subject, sender and date, and every inline text part of the body.

In a choice of alternatives the plain part is preferred (it is what the sender wrote) unless it
is empty, then the HTML part goes through the page extractor. Every other inline text part is
kept in its place; a forwarded message (``message/rfc822``) is kept whole, its headers shown as
a block before its body; a bounce report keeps its notice and the delivery status.
Hard-wrapped plain text (lines cut near 72 characters) is unwrapped so that a sentence is
never split by a line end. Attachments are ignored, unless the mail holds no other text.

Header bytes a mail program left undecoded (raw UTF-8 as RFC 6532 allows, or an encoded word
in an unknown charset) are read as UTF-8, else as Windows-1252 (see ``repair_surrogates``).
A multipart body whose boundary does not match its delimiter lines is split on the delimiter
the body uses, as mail programs do; one with no delimiter at all is read as plain text.
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
from claimdesk.core.messages import Message

_FIX = Message("save the message again from your mail program as .eml.")
# Mail programs wrap at 72-78 characters; a paragraph whose lines all stop near there was
# wrapped by the program, not by the writer.
_WRAP_MIN, _WRAP_MAX = 50, 80
_QUOTE_MARK = re.compile(r"^\s*>")
_HEADER = re.compile(rb"^[!-9;-~]+:", re.MULTILINE)
# The old syntax (RFC 822) allowed blanks between a header's name and its colon: "From  : x".
_SPACED_HEADER = re.compile(rb"^([!-9;-~]+)[ \t]+:", re.MULTILINE)
_HEADERS_END = re.compile(rb"\r?\n\r?\n")
# A delimiter line is one that a part's headers follow.
_DELIMITER = re.compile(r"^--(\S[^\r\n]*?)[ \t]*\r?\n(?=[!-9;-~]+:)", re.MULTILINE)
_FORWARDED_HEADERS = ("From", "Date", "Subject", "To", "Cc")
FORWARDED_MARK = "Forwarded message"
# Text parts that hold data for a program, not words for a reader (invitations, cards).
_DATA_SUBTYPES = frozenset({"calendar", "x-vcalendar", "vcard", "x-vcard", "directory"})
# Deeper nesting than this is no real mail (a hostile file): the rest is not read.
MAX_DEPTH = 20


def extract_eml(data: bytes, name: str) -> Extracted:
    """The body of a saved mail as paragraphs, with its subject, sender and date."""
    # A file with no header line at all is not a mail, whatever its extension says.
    decode_bytes(data[:65536], name)
    data = _unspace_headers(data)
    if _HEADER.search(data[:8192]) is None:
        raise InputRefused(
            "{name} is not an e-mail (it has no headers): {fix}", name=name, fix=_FIX
        )
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        if not isinstance(message, EmailMessage):
            raise TypeError("not a message")
        found = _found(message)
        blocks: list[str] = []
        _walk(message, blocks, name, attachments=False, depth=0)
        if not any(b.strip() for b in blocks):
            _walk(message, blocks, name, attachments=True, depth=0)
        text = join_blocks(blocks)
    except InputRefused:
        raise
    except Exception:  # a malformed mail can fail anywhere in the parser: all refuse it
        raise InputRefused(
            "{name} is not a valid e-mail (it is damaged): {fix}", name=name, fix=_FIX
        ) from None
    if not text:
        raise InputRefused("{name} has no message text: there is no text to import.", name=name)
    return Extracted(text=text, found=found)


def _unspace_headers(data: bytes) -> bytes:
    end = _HEADERS_END.search(data)
    head, rest = (data[: end.start()], data[end.start() :]) if end else (data, b"")
    fixed = _SPACED_HEADER.sub(rb"\1:", head)
    return data if fixed == head else fixed + rest


def _found(message: EmailMessage) -> Found:
    authors: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = getattr(_header(message, "from"), "addresses", ())
    if addresses:
        first = addresses[0]
        author = clean(first.display_name) or clean(first.addr_spec)
        authors = (author,) if author else ()
    return Found(
        title=clean(_header(message, "subject")),
        authors=authors,
        published=_date(_header(message, "date")),
    )


def _header(message: EmailMessage, field: str) -> object:
    try:
        return message.get(field)
    except Exception:  # a header the registry cannot parse says nothing
        return None


def _date(header: object) -> dt.date | None:
    value = getattr(header, "datetime", None)
    return value.date() if isinstance(value, dt.datetime) else None


def _walk(
    part: EmailMessage, blocks: list[str], name: str, *, attachments: bool, depth: int
) -> None:
    if depth > MAX_DEPTH:
        return
    # Each call of get_content_type() parses the header again: read it once.
    kind = part.get_content_type()
    main, _, sub = kind.partition("/")
    if kind == "message/rfc822":
        _forwarded(part, blocks, name, attachments=attachments, depth=depth)
    elif kind == "message/delivery-status":
        blocks.extend(_status_blocks(part))
    elif main == "multipart":
        parts = _subparts(part)
        if parts is None:
            blocks.extend(_plain_blocks(part, name))
        elif sub == "alternative":
            blocks.extend(_best_alternative(parts, name, attachments=attachments, depth=depth))
        else:
            for child in parts:
                _walk(child, blocks, name, attachments=attachments, depth=depth + 1)
    elif main == "text" and sub not in _DATA_SUBTYPES and (attachments or not part.is_attachment()):
        if sub == "html":
            blocks.append(_html_text(part, name))
        else:
            blocks.extend(_plain_blocks(part, name))


def _best_alternative(
    parts: list[EmailMessage], name: str, *, attachments: bool, depth: int
) -> list[str]:
    # The plain part first (what the sender wrote); the others when it holds nothing.
    ranked = sorted(parts, key=lambda p: p.get_content_type() != "text/plain")
    for candidate in ranked:
        found: list[str] = []
        _walk(candidate, found, name, attachments=attachments, depth=depth + 1)
        if any(b.strip() for b in found):
            return found
    return []


def _subparts(part: EmailMessage) -> list[EmailMessage] | None:
    """The parts of a multipart, split on the delimiter its body uses when the boundary it
    declares matches none; ``None`` when the body has no delimiter line at all."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, EmailMessage)]
    if not isinstance(payload, str):
        return None
    delimiter = _DELIMITER.search(payload)
    if delimiter is None:
        return None
    boundary = delimiter.group(1).strip().replace('"', "")
    raw = payload.encode("utf-8", "surrogateescape")
    head = f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
    again = BytesParser(policy=policy.default).parsebytes(head.encode("ascii", "replace") + raw)
    parts = again.get_payload()
    if not isinstance(parts, list) or not parts:
        return None
    return [p for p in parts if isinstance(p, EmailMessage)]


def _forwarded(
    part: EmailMessage, blocks: list[str], name: str, *, attachments: bool, depth: int
) -> None:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, EmailMessage):
        return
    lines = [FORWARDED_MARK]
    for field in _FORWARDED_HEADERS:
        value = clean(_header(inner, field))
        if value:
            lines.append(f"{field}: {value}")
    blocks.append("\n".join(lines))
    _walk(inner, blocks, name, attachments=attachments, depth=depth + 1)


def _status_blocks(part: EmailMessage) -> list[str]:
    # A delivery status is a list of header groups: the report's, then one per recipient.
    payload = part.get_payload()
    groups = payload if isinstance(payload, list) else []
    blocks: list[str] = []
    for group in groups:
        if not isinstance(group, EmailMessage):
            continue
        lines = []
        for field, value in group.items():
            text = clean(value)
            if text:
                lines.append(f"{field}: {text}")
        blocks.append("\n".join(lines))
    return blocks


def _part_text(part: EmailMessage, name: str) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = part.get_payload()
        if not isinstance(payload, str):
            return ""
        payload = payload.encode("utf-8", "surrogateescape")
    try:
        text, _encoding = decode_bytes(payload, name, part.get_content_charset())
    except InputRefused:  # a binary part labelled as text holds no reading text
        return ""
    return text


def _plain_blocks(part: EmailMessage, name: str) -> list[str]:
    return _unwrap(normalise_text(_part_text(part, name)))


def _html_text(part: EmailMessage, name: str) -> str:
    from claimdesk.core.importers.html import extract_html
    from claimdesk.core.importers.libraries import reader_for

    with reader_for(name):
        # A missing reader refuses the whole mail; only a part without text is passed over.
        import trafilatura  # noqa: F401

    source = _part_text(part, name)
    if not source.strip():
        return ""
    try:
        return extract_html(source, name).text
    except InputRefused:  # an HTML part with only markup adds nothing
        return ""


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
