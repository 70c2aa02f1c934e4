"""Taking a page by its address: one GET, redirects followed by hand, every limit enforced.

Each response is read as it arrives (its body as sent, content coding and all), so that what
is kept is what the server sent; redirects are followed one hop at a time, at most
``max_redirects``, each hop kept. A page larger than ``max_bytes`` (declared or counted), slower
than the timeouts, of a kind ClaimDesk cannot read, or answered with an error status is
refused in one line, and nothing of it is returned.

The content types read: HTML, XHTML, PDF and plain text. The charset comes from the
``Content-Type`` header (the page's own ``<meta charset>`` is read later, by the HTML importer,
when the header names none).
"""

from __future__ import annotations

import datetime as dt
import errno
import socket
import ssl
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import Message as HeaderParser
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from claimdesk import __version__
from claimdesk.core.errors import InputRefused
from claimdesk.core.messages import Message

if TYPE_CHECKING:
    import httpx2

MAX_PAGE_BYTES = 20 * 1024 * 1024
USER_AGENT = f"ClaimDesk/{__version__} (page capture for fact-checking)"
ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.1"
# The kinds of page read, by the media type the server gives: the importer each one goes to.
NOT_AN_ADDRESS = (
    "{url!r} is not the address of a page: give one that starts with https:// or http://."
)
NOT_FOUND = "Cannot find {host}: check the address, and that this computer is online."
REFUSED = "{host} refused the connection: check the address, or try again later."
READABLE = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "text/plain": "text",
}


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How long and how much a fetch may take."""

    connect_seconds: float = 10.0
    read_seconds: float = 20.0  # the longest wait for the next bytes
    total_seconds: float = 60.0  # the whole fetch, redirects included
    max_bytes: int = MAX_PAGE_BYTES  # a body, as sent and once decoded
    max_redirects: int = 10


DEFAULT_LIMITS = FetchLimits()


@dataclass(frozen=True, slots=True)
class Response:
    """One HTTP response as it was received: status line, headers in their order and case,
    the body as sent (content coding kept, transfer coding undone) and when it came."""

    url: str
    http_version: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    received: dt.datetime
    ip_address: str | None = None

    def header(self, name: str) -> str | None:
        """The first header of that name (any case), or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page taken by its address: every response on the way (redirects first, the page
    last), the page's body decoded from its content coding, its media type and charset."""

    requested: str
    responses: tuple[Response, ...]
    content: bytes
    media_type: str
    charset: str | None

    @property
    def page(self) -> Response:
        """The last response: the page itself."""
        return self.responses[-1]

    @property
    def kind(self) -> str:
        """``html``, ``pdf`` or ``text``: the importer the page goes to."""
        return READABLE[self.media_type]


def web_address(text: str) -> str:
    """``text`` as a web address (trimmed), or a one-line refusal when it is none."""
    url = text.strip()
    parts = urlsplit(url)
    if (
        parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or any(c.isspace() for c in url)
    ):
        raise InputRefused(NOT_AN_ADDRESS, url=url)
    return url


def looks_like_address(text: str) -> bool:
    """True when ``text`` starts like a web address (``http://`` or ``https://``)."""
    return text.strip().lower().startswith(("http://", "https://"))


def fetch(
    url: str,
    limits: FetchLimits | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Fetched:
    """GET ``url``, following redirects; the page and every response on the way.

    ``should_stop`` is asked between hops and between chunks: when it says so, the fetch ends
    with a refusal ("cancelled"). Raises :class:`InputRefused` for every way a fetch fails.
    """
    import httpx2

    limits = limits or DEFAULT_LIMITS
    requested = web_address(url)
    deadline = time.monotonic() + limits.total_seconds
    timeout = httpx2.Timeout(
        connect=limits.connect_seconds,
        read=limits.read_seconds,
        write=limits.read_seconds,
        pool=limits.connect_seconds,
    )
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
    responses: list[Response] = []
    with httpx2.Client(timeout=timeout, headers=headers, follow_redirects=False) as client:
        try:
            request: httpx2.Request | None = client.build_request("GET", requested)
        except httpx2.InvalidURL:
            raise InputRefused(NOT_AN_ADDRESS, url=requested) from None
        while request is not None:
            if len(responses) > limits.max_redirects:
                raise InputRefused(
                    "{url} redirects more than {count} times: open it in a browser and import "
                    "the address it ends at.",
                    url=requested,
                    count=limits.max_redirects,
                )
            _stop_if_asked(should_stop)
            response, request = _exchange(client, request, limits, deadline, should_stop)
            responses.append(response)
    page = responses[-1]
    _check_status(page, requested)
    media_type, charset = _content_type(page)
    content = _decoded(page, limits.max_bytes)
    if not media_type:
        media_type = _sniffed(content, page.url)
    if media_type not in READABLE:
        raise InputRefused(
            "{url} is {media_type}, not a page ClaimDesk can read: it takes HTML, XHTML, PDF "
            "and plain text from an address (save other files and import them).",
            url=page.url,
            media_type=media_type,
        )
    if not content.strip():
        raise InputRefused(
            "{url} answered with an empty page: there is no text to import.", url=page.url
        )
    return Fetched(requested, tuple(responses), content, media_type, charset)


def _exchange(
    client: httpx2.Client,
    request: httpx2.Request,
    limits: FetchLimits,
    deadline: float,
    should_stop: Callable[[], bool] | None,
) -> tuple[Response, httpx2.Request | None]:
    """One request and its response, read within the limits; the next request of a redirect."""
    import httpx2

    where = request.url.host or str(request.url)
    try:
        answer = client.send(request, stream=True, follow_redirects=False)
        try:
            declared = answer.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise _too_large(str(answer.url), limits.max_bytes)
            ip_address = _ip_address(answer)  # asked while the connection is open
            body = _body(answer.iter_raw(), limits, deadline, should_stop, answer.url)
            received = dt.datetime.now(dt.UTC)
            following = answer.next_request if answer.has_redirect_location else None
            response = Response(
                url=str(answer.url),
                http_version=answer.http_version or "HTTP/1.1",
                status=answer.status_code,
                reason=answer.reason_phrase,
                headers=tuple(
                    (k.decode("latin-1"), v.decode("latin-1")) for k, v in answer.headers.raw
                ),
                body=body,
                received=received,
                ip_address=ip_address,
            )
        finally:
            answer.close()
    except httpx2.TimeoutException as exc:
        connecting = isinstance(exc, httpx2.ConnectTimeout | httpx2.PoolTimeout)
        seconds = limits.connect_seconds if connecting else limits.read_seconds
        raise InputRefused(
            "{host} did not answer within {seconds:g} seconds: try again later, or save the "
            "page from a browser and import the file.",
            host=where,
            seconds=seconds,
        ) from None
    except httpx2.UnsupportedProtocol:
        raise InputRefused(
            "{url} leads to an address that is not on the web (http or https): open it in a "
            "browser and save the page.",
            url=str(request.url),
        ) from None
    except httpx2.ConnectError as exc:
        reason = _connect_failure(where, exc)
        raise InputRefused(reason) from None
    except (httpx2.RemoteProtocolError, httpx2.ReadError, httpx2.WriteError) as exc:
        raise InputRefused(
            "{host} broke off the answer ({reason}): try again later, or save the page from a "
            "browser and import the file.",
            host=where,
            reason=_first_line(exc),
        ) from None
    except httpx2.DecodingError:
        raise InputRefused(
            "{host} sent an answer that cannot be read: save the page from a browser and "
            "import the file.",
            host=where,
        ) from None
    except httpx2.HTTPError as exc:
        raise InputRefused(
            "Cannot fetch {url} ({reason}): save the page from a browser and import the file.",
            url=str(request.url),
            reason=_first_line(exc),
        ) from None
    return response, following


def _body(
    chunks: Iterator[bytes],
    limits: FetchLimits,
    deadline: float,
    should_stop: Callable[[], bool] | None,
    url: object,
) -> bytes:
    """A body as sent, never more than the limit, never past the deadline."""
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limits.max_bytes:
            raise _too_large(str(url), limits.max_bytes)
        if time.monotonic() > deadline:
            raise InputRefused(
                "{url} took longer than {seconds:g} seconds to arrive: try again later, or "
                "save the page from a browser and import the file.",
                url=str(url),
                seconds=limits.total_seconds,
            )
        _stop_if_asked(should_stop)
        parts.append(chunk)
    return b"".join(parts)


def _stop_if_asked(should_stop: Callable[[], bool] | None) -> None:
    if should_stop is not None and should_stop():
        raise InputRefused("The page was not fetched: cancelled.")


def _too_large(url: str, limit: int) -> InputRefused:
    return InputRefused(
        "{url} is larger than {size}: save the part you need from a browser and import the file.",
        url=url,
        size=_size(limit),
    )


def _size(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):.3g} MB"
    return f"{limit / 1024:.3g} KB"


def _ip_address(answer: httpx2.Response) -> str | None:
    stream = answer.extensions.get("network_stream")
    try:
        address = stream.get_extra_info("server_addr") if stream is not None else None
    except Exception:  # a transport that cannot say
        return None
    if isinstance(address, tuple) and address and isinstance(address[0], str):
        return address[0]
    return None


def _connect_failure(where: str, exc: BaseException) -> Message:
    """What stopped a connection, from the error under the client's."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return Message(NOT_FOUND, host=where)
        if isinstance(cause, ConnectionRefusedError):
            return Message(REFUSED, host=where)
        if isinstance(cause, ssl.SSLCertVerificationError):
            return Message(
                "{host} did not show a valid certificate ({reason}): the page was not fetched; "
                "open it in a browser if you trust it, and save it.",
                host=where,
                reason=cause.verify_message,
            )
        if isinstance(cause, ssl.SSLError):
            return Message(
                "The secure connection to {host} failed ({reason}): try again later.",
                host=where,
                reason=cause.reason,
            )
        if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return Message("Cannot reach {host}: this computer seems to be offline.", host=where)
        cause = cause.__cause__ or cause.__context__
    text = _first_line(exc).lower()
    if "name or service not known" in text or "temporary failure in name resolution" in text:
        return Message(NOT_FOUND, host=where)
    if "refused" in text:
        return Message(REFUSED, host=where)
    return Message(
        "Cannot connect to {host} ({reason}): check that this computer is online.",
        host=where,
        reason=_first_line(exc),
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0][:120] if text else type(exc).__name__).rstrip(".")


def _check_status(page: Response, requested: str) -> None:
    if 200 <= page.status < 300:
        return
    if page.status in (401, 403):
        what = Message(
            "the page is not open to ClaimDesk; open it in a browser, save it, and import the file"
        )
    elif page.status in (404, 410):
        what = Message("there is no page there; check the address")
    elif 300 <= page.status < 400:
        what = Message("a redirect without a place to go; open it in a browser")
    elif page.status >= 500:
        what = Message("the site has a problem; try again later")
    else:
        what = Message("check the address")
    where: str = page.url
    if page.url != requested:
        where = Message("{requested} (at {url})", requested=requested, url=page.url)
    raise InputRefused(
        "{url} answered {answer}: {what}.",
        url=where,
        answer=f"{page.status} {page.reason}".strip(),
        what=what,
    )


def _content_type(page: Response) -> tuple[str, str | None]:
    """The media type (lower case, no parameters; empty when not given) and the charset."""
    value = page.header("content-type")
    if not value:
        return "", None
    parsed = HeaderParser()
    parsed["content-type"] = value
    media_type = parsed.get_content_type() if "/" in value.split(";")[0] else ""
    charset = parsed.get_param("charset")
    return media_type.lower(), charset if isinstance(charset, str) and charset.strip() else None


def _sniffed(content: bytes, url: str) -> str:
    """The media type of a page sent without one, from its first bytes."""
    head = content[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "application/pdf"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "text/html"
    raise InputRefused(
        "{url} does not say what it sent, and it is not a page ClaimDesk recognises: save it "
        "from a browser and import the file.",
        url=url,
    )


def _decoded(page: Response, limit: int) -> bytes:
    """The body without its content coding (gzip, deflate), never more than ``limit``."""
    coding = (page.header("content-encoding") or "identity").strip().lower()
    data = page.body
    for step in reversed([c.strip() for c in coding.split(",") if c.strip()]):
        if step in ("identity", ""):
            continue
        if step in ("gzip", "x-gzip"):
            data = _inflate(data, zlib.MAX_WBITS | 16, limit, page.url)
        elif step == "deflate":
            try:
                data = _inflate(data, zlib.MAX_WBITS, limit, page.url)
            except InputRefused:
                data = _inflate(data, -zlib.MAX_WBITS, limit, page.url)  # raw deflate
        else:
            raise InputRefused(
                "{url} was sent compressed as {coding!r}, which ClaimDesk cannot read: save the "
                "page from a browser and import the file.",
                url=page.url,
                coding=step,
            )
    return data


def _inflate(data: bytes, wbits: int, limit: int, url: str) -> bytes:
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise InputRefused(
            "{url} was sent compressed but damaged: try again, or save the page from a browser.",
            url=url,
        ) from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise _too_large(url, limit)
    return out
