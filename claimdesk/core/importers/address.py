"""An article taken by its address: the page fetched, read as a saved page is, and kept as
it was received (a WARC file, see :mod:`claimdesk.core.importers.warc`) to be its snapshot.

The article's URL is the address the page was finally served from, after redirects (unless
the user gives one); the snapshot records every response on the way. Nothing is stored here:
:func:`read_address` returns the draft and the snapshot's bytes, and a service keeps both in
one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from claimdesk.core.importers import _draft
from claimdesk.core.importers.decode import decode_bytes
from claimdesk.core.importers.fetch import Fetched, FetchLimits, fetch
from claimdesk.core.importers.found import Extracted, Found
from claimdesk.core.importers.kept import SNAPSHOT
from claimdesk.core.importers.libraries import reader_for
from claimdesk.core.importers.quiet import library_output_captured
from claimdesk.core.importers.warc import MEDIA_TYPE, SUFFIX, warc_of
from claimdesk.core.model import ArticleDraft, ArticleMeta

ROLE = SNAPSHOT
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The page as it was received, ready to keep beside its article."""

    data: bytes  # a gzipped WARC file
    url: str  # where the page was served from, after redirects
    captured: dt.datetime  # when it arrived (UTC)
    name: str  # a file name for it: host and moment, .warc.gz
    page_type: str  # the page's own media type (text/html, application/pdf, text/plain)
    media_type: str = MEDIA_TYPE

    @property
    def sha256(self) -> str:
        """The SHA-256 of the WARC file, which names its bytes in the library."""
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True, slots=True)
class CapturedPage:
    """A page read from its address: the article's draft and the snapshot to keep with it."""

    requested: str
    draft: ArticleDraft
    snapshot: Snapshot


def read_address(
    url: str,
    meta: ArticleMeta = ArticleMeta(),
    *,
    limits: FetchLimits | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> CapturedPage:
    """Fetch ``url`` and read the page into a draft; raise :class:`InputRefused` (one line)
    when the page cannot be fetched or holds no text."""
    fetched = fetch(url, limits, should_stop)
    page = fetched.page
    name = _short(page.url)
    with reader_for(name), library_output_captured():
        extracted = _extract(fetched, name)
    draft = _draft(extracted.text, meta, page.url, fetched.kind, extracted.found)
    if meta.url is None:
        draft = replace(draft, url=page.url)
    snapshot = Snapshot(
        data=warc_of(fetched),
        url=page.url,
        captured=page.received,
        name=snapshot_name(page.url, page.received),
        page_type=fetched.media_type,
    )
    return CapturedPage(requested=fetched.requested, draft=draft, snapshot=snapshot)


def _extract(fetched: Fetched, name: str) -> Extracted:
    if fetched.kind == "html":
        from claimdesk.core.importers.html import decode_html, extract_html

        if fetched.charset:
            text, _encoding = decode_bytes(fetched.content, name, fetched.charset)
        else:
            text = decode_html(fetched.content, name)
        return extract_html(text, name)
    if fetched.kind == "pdf":
        from claimdesk.core.importers.pdf import extract_pdf

        return extract_pdf(fetched.content, name)
    text, _encoding = decode_bytes(fetched.content, name, fetched.charset)
    return Extracted(text=text, found=Found())


def snapshot_name(url: str, captured: dt.datetime) -> str:
    """``www.example.org-20261208T020607Z.warc.gz``: the host and the moment of capture."""
    host = _UNSAFE_NAME.sub("-", urlsplit(url).hostname or "page").strip("-.") or "page"
    moment = captured.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{host}-{moment}{SUFFIX}"


def _short(url: str) -> str:
    """The address as the refusals name it: at most 100 characters."""
    return url if len(url) <= 100 else url[:99] + "…"
