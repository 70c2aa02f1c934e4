"""Pages taken by their address, from a real HTTP server on 127.0.0.1: what is read, what is
kept as the snapshot (a WARC file read back with warcio), and every refusal in one line."""

from __future__ import annotations

import gzip
import io
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers.address import CapturedPage, read_address, snapshot_name
from claimdesk.core.importers.fetch import FetchLimits, fetch, looks_like_address
from claimdesk.core.importers.warc import read_capture
from claimdesk.core.model import ArticleMeta
from tests.unit.importers.samples import ARTICLE
from tests.web_server import ARTICLE_PAGE, PageServer, page_server

# Short limits, so that the slow and huge pages are refused in well under a second or two.
LIMITS = FetchLimits(connect_seconds=2, read_seconds=0.5, total_seconds=1.5, max_bytes=256 * 1024)
FIRST_WORDS = "Il sindaco ha detto in consiglio che il bilancio del comune chiude in attivo"
LOOSE_WORDS = "Il consiglio comunale discuterà il caso lunedì"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PageServer]:
    with page_server(tmp_path_factory.mktemp("pages")) as running:
        yield running


def take(server: PageServer, path: str, meta: ArticleMeta = ArticleMeta()) -> CapturedPage:
    return read_address(server.url(path), meta, limits=LIMITS)


def refusal(url: str, limits: FetchLimits = LIMITS) -> str:
    with pytest.raises(InputRefused) as info:
        read_address(url, limits=limits)
    message = info.value.message
    assert "\n" not in message
    assert ": " in message, "the reason should say what to do after a colon"
    return message


def records(data: bytes) -> list[tuple[str, str | None, int | None]]:
    """(WARC-Type, target URI, HTTP status) of every record, read by warcio itself."""
    found = []
    for record in ArchiveIterator(io.BytesIO(data)):
        status = int(record.http_headers.get_statuscode()) if record.http_headers else None
        found.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI"), status))
    return found


def test_a_page_is_read_as_a_saved_page_is(server: PageServer) -> None:
    page = take(server, "/article")
    draft = page.draft
    assert draft.title == "Bilancio, il sindaco e la corte dei conti"
    assert draft.outlet == "Cronaca Locale"
    assert draft.language == "it"
    assert FIRST_WORDS in draft.text and LOOSE_WORDS in draft.text
    assert "Home" not in draft.text  # the menu is not the article
    assert draft.url == server.url("/article")
    assert draft.source_format == "html"


def test_the_snapshot_is_the_response_as_received(server: PageServer) -> None:
    page = take(server, "/article")
    snapshot = page.snapshot
    assert snapshot.media_type == "application/warc"
    assert snapshot.page_type == "text/html"
    assert snapshot.name.startswith("127.0.0.1-") and snapshot.name.endswith(".warc.gz")
    assert (
        snapshot.captured.tzinfo is not None and snapshot.captured.utcoffset().total_seconds() == 0
    )
    assert records(snapshot.data) == [
        ("warcinfo", None, None),
        ("response", server.url("/article"), 200),
    ]
    raw = gzip.decompress(snapshot.data)
    # Status line, headers as sent and the body byte for byte.
    assert b"HTTP/1.1 200 OK\r\n" in raw
    assert b"Content-Type: text/html; charset=utf-8\r\n" in raw
    assert ARTICLE_PAGE.read_bytes() in raw
    assert b"WARC-IP-Address: 127.0.0.1" in raw
    moment = snapshot.captured.strftime("%Y-%m-%dT%H:%M:%S")
    assert f"WARC-Date: {moment}".encode() in raw
    back = read_capture(snapshot.data)
    assert (back.url, back.status, back.media_type, back.redirects) == (
        server.url("/article"), 200, "text/html", 0,
    )  # fmt: skip
    assert back.body == ARTICLE_PAGE.read_bytes()


def test_redirects_are_followed_and_each_hop_kept(server: PageServer) -> None:
    page = take(server, "/r1")
    assert page.requested == server.url("/r1")
    assert page.draft.url == server.url("/article")  # where the page was, not where we asked
    assert page.snapshot.url == server.url("/article")
    assert records(page.snapshot.data) == [
        ("warcinfo", None, None),
        ("response", server.url("/r1"), 302),
        ("response", server.url("/r2"), 301),
        ("response", server.url("/r3"), 307),
        ("response", server.url("/article"), 200),
    ]
    assert read_capture(page.snapshot.data).redirects == 3
    assert FIRST_WORDS in page.draft.text


def test_a_url_given_by_the_user_wins(server: PageServer) -> None:
    page = take(server, "/r1", ArticleMeta(url="https://comune.example/bilancio"))
    assert page.draft.url == "https://comune.example/bilancio"
    assert page.snapshot.url == server.url("/article")


def test_too_many_redirects(server: PageServer) -> None:
    message = refusal(server.url("/loop"))
    assert message.startswith(server.url("/loop") + " redirects more than 10 times")


def test_a_redirect_off_the_web(server: PageServer) -> None:
    assert "not on the web" in refusal(server.url("/away"))


@pytest.mark.parametrize(
    ("path", "answer"),
    [
        ("/missing", "answered 404 Not Found: there is no page there; check the address."),
        ("/gone", "answered 410 Gone: there is no page there"),
        ("/broken", "answered 500 Internal Server Error: the site has a problem"),
    ],
)
def test_error_statuses(server: PageServer, path: str, answer: str) -> None:
    assert refusal(server.url(path)).startswith(f"{server.url(path)} {answer}")


def test_a_slow_answer_times_out(server: PageServer) -> None:
    message = refusal(server.url("/slow"))
    assert message.startswith("127.0.0.1 did not answer within 0.5 seconds: try again later")


def test_a_page_that_drips_past_the_deadline(server: PageServer) -> None:
    started = time.monotonic()
    message = refusal(server.url("/drip"))
    assert "took longer than 1.5 seconds to arrive" in message
    assert time.monotonic() - started < 3  # each byte in time, the whole not


@pytest.mark.parametrize("path", ["/huge-declared", "/huge-streamed", "/gzip-bomb"])
def test_a_huge_page_is_refused(server: PageServer, path: str) -> None:
    assert refusal(server.url(path)) == (
        f"{server.url(path)} is larger than 256 KB: save the part you need from a browser "
        "and import the file."
    )


def test_the_size_limit_is_said_in_megabytes(server: PageServer) -> None:
    limits = FetchLimits(read_seconds=2, max_bytes=1024 * 1024)
    message = refusal(server.url("/huge-declared"), limits)
    assert "/huge-declared is larger than 1 MB: save the part you need" in message


def test_a_picture_is_refused_by_its_type(server: PageServer) -> None:
    message = refusal(server.url("/image"))
    assert message == (
        f"{server.url('/image')} is image/png, not a page ClaimDesk can read: it takes HTML, "
        "XHTML, PDF and plain text from an address (save other files and import them)."
    )


def test_empty_and_script_only_pages(server: PageServer) -> None:
    assert "answered with an empty page" in refusal(server.url("/empty"))
    assert "has no readable text" in refusal(server.url("/scripts-only"))


def test_the_charset_comes_from_the_header(server: PageServer) -> None:
    page = take(server, "/latin")
    assert LOOSE_WORDS in page.draft.text  # 'discuterà', 'lunedì' read from Windows-1252
    assert "\ufffd" not in page.draft.text


def test_the_charset_comes_from_the_page_when_the_header_has_none(server: PageServer) -> None:
    page = take(server, "/latin-meta")
    assert LOOSE_WORDS in page.draft.text
    assert take(server, "/article-no-charset").draft.text == take(server, "/article").draft.text


def test_gzip_and_chunked_answers(server: PageServer) -> None:
    plain = take(server, "/article").draft.text
    zipped = take(server, "/gzip")
    assert zipped.draft.text == plain
    back = read_capture(zipped.snapshot.data)
    assert back.body == ARTICLE_PAGE.read_bytes()  # warcio undoes the coding we kept
    raw = gzip.decompress(zipped.snapshot.data)
    assert b"Content-Encoding: gzip" in raw
    chunked = take(server, "/chunked")
    assert chunked.draft.text == plain
    assert b"Transfer-Encoding: chunked" in gzip.decompress(chunked.snapshot.data)
    assert read_capture(chunked.snapshot.data).body == ARTICLE_PAGE.read_bytes()


def test_xhtml_pdf_and_plain_text(server: PageServer) -> None:
    first = ARTICLE.paragraphs[0][:60]
    for path, kind in (("/xhtml", "html"), ("/pdf", "pdf"), ("/text", "text")):
        page = take(server, path)
        assert first in page.draft.text, path
        assert page.draft.source_format == kind
    assert take(server, "/pdf").snapshot.page_type == "application/pdf"


def test_a_page_without_a_type_is_recognised(server: PageServer) -> None:
    assert FIRST_WORDS in take(server, "/no-type").draft.text


def test_a_closed_port_refuses(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    message = refusal(f"http://127.0.0.1:{port}/article")
    assert message == "127.0.0.1 refused the connection: check the address, or try again later."


def test_an_unknown_name() -> None:
    # .invalid never resolves (RFC 2606): offline or not, the name is not found.
    message = refusal("http://claimdesk-test.invalid/page")
    assert message == (
        "Cannot find claimdesk-test.invalid: check the address, and that this computer is online."
    )


@pytest.mark.parametrize("text", ["ftp://example.org/a", "example.org/page", "https://", ""])
def test_what_is_not_a_web_address(text: str) -> None:
    assert "is not the address of a page: give one that starts with https://" in refusal(text)


def test_cancel_stops_the_fetch(server: PageServer) -> None:
    with pytest.raises(InputRefused, match="cancelled"):
        fetch(server.url("/article"), LIMITS, should_stop=lambda: True)


def test_looks_like_address() -> None:
    assert looks_like_address("https://example.org/a") and looks_like_address(" HTTP://x")
    assert not looks_like_address("seeds/article.txt")


def test_snapshot_name_is_a_safe_file_name() -> None:
    import datetime as dt

    moment = dt.datetime(2026, 12, 8, 3, 4, 5, tzinfo=dt.UTC)
    assert snapshot_name("https://www.example.org/a?b", moment) == (
        "www.example.org-20261208T030405Z.warc.gz"
    )
