"""The page as received, kept as a WARC file (ISO 28500, WARC/1.1), written and read with warcio.

A capture is one gzipped WARC file: a ``warcinfo`` record saying what wrote it, then one
``response`` record for each HTTP response on the way to the page (redirects first, the page
last), each holding the status line, the headers in their order, the body as sent (its content
coding kept) and the moment it arrived (``WARC-Date``), with the server's address when known.
A body that came in chunks is kept as one chunk, so that its ``Transfer-Encoding`` header
still describes it. Any WARC reader (warcio, pywb, ReplayWeb.page) opens it.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass

from claimdesk import __version__
from claimdesk.core.errors import InputRefused
from claimdesk.core.importers.fetch import Fetched, Response
from claimdesk.core.messages import Message

MEDIA_TYPE = "application/warc"
SUFFIX = ".warc.gz"
_WARC_VERSION = "1.1"


@dataclass(frozen=True, slots=True)
class ReadBack:
    """A capture read back: the page's address, status, media type and body (decoded from its
    transfer and content codings), and how many responses came before it (redirects)."""

    url: str
    status: int
    media_type: str
    charset: str | None
    body: bytes
    redirects: int


def warc_of(fetched: Fetched) -> bytes:
    """The gzipped WARC file of a fetch: warcinfo, then one response record a hop."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.timeutils import datetime_to_iso_date
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version=_WARC_VERSION)
    writer.write_record(
        writer.create_warcinfo_record(
            None,
            {
                "software": f"ClaimDesk {__version__} (warcio)",
                "format": "WARC File Format 1.1",
                "isPartOf": fetched.requested,
            },
        )
    )
    for response in fetched.responses:
        headers = StatusAndHeaders(
            f"{response.status} {response.reason}".strip(),
            list(response.headers),
            protocol=response.http_version,
        )
        warc_headers = {
            "WARC-Date": datetime_to_iso_date(
                response.received.replace(tzinfo=None), use_micros=True
            )
        }
        if response.ip_address:
            warc_headers["WARC-IP-Address"] = response.ip_address
        payload = _as_sent(response)
        record = writer.create_warc_record(
            response.url,
            "response",
            payload=io.BytesIO(payload),
            length=len(payload),
            http_headers=headers,
            warc_headers_dict=warc_headers,
        )
        writer.write_record(record)
    return out.getvalue()


def _as_sent(response: Response) -> bytes:
    """The body in the transfer coding its headers name: a chunked body as one chunk."""
    coding = (response.header("transfer-encoding") or "").strip().lower()
    if coding.endswith("chunked"):
        if not response.body:
            return b"0\r\n\r\n"
        return b"%x\r\n%s\r\n0\r\n\r\n" % (len(response.body), response.body)
    return response.body


def read_capture(data: bytes, name: str | None = None) -> ReadBack:
    """The page a capture holds (its last response record)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    what = name or Message("The snapshot")
    last: ReadBack | None = None
    count = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            http = record.http_headers
            body = record.content_stream().read()
            content_type = http.get_header("Content-Type") or ""
            media_type, _, params = content_type.partition(";")
            charset = None
            for param in params.split(";"):
                key, _, value = param.partition("=")
                if key.strip().lower() == "charset" and value.strip():
                    charset = value.strip().strip("\"'")
            last = ReadBack(
                url=record.rec_headers.get_header("WARC-Target-URI") or "",
                status=int(http.get_statuscode() or 0),
                media_type=media_type.strip().lower(),
                charset=charset,
                body=body,
                redirects=count,
            )
            count += 1
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as exc:
        raise InputRefused(
            "{name} is not a readable WARC file ({reason}): capture the page again.",
            name=what,
            reason=str(exc)[:120] or type(exc).__name__,
        ) from None
    if last is None:
        raise InputRefused("{name} holds no page: capture the page again.", name=what)
    return last
