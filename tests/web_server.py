"""A real HTTP server on 127.0.0.1 (a free port) for the tests of pages taken by address.

It serves the HTML fixtures of ``tests/fixtures/import`` and the article writers' pages as
they come from real servers: with and without a charset, in Windows-1252, gzipped, chunked,
as XHTML, PDF and plain text; and the ways a fetch goes wrong: a redirect chain and a loop, a
404, a slow answer, a page that drips, huge pages (declared, streamed, and a small gzip that
inflates past the limit), a picture, an empty page.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.unit.importers.samples import ARTICLE, html_page, write_pdf

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"
ARTICLE_PAGE = FIXTURES / "loose_body_text.html"
HUGE = 1024 * 1024  # bytes a huge page sends; the tests' limit is well under it


def _latin_page() -> bytes:
    """The fixture page without its meta charset, in Windows-1252."""
    text = ARTICLE_PAGE.read_text(encoding="utf-8").replace('<meta charset="utf-8">', "")
    return text.encode("cp1252")


def _latin_meta_page() -> bytes:
    """The same bytes, the charset said only by the page's own meta element."""
    text = ARTICLE_PAGE.read_text(encoding="utf-8").replace(
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    )
    return text.encode("cp1252")


def _xhtml_page() -> bytes:
    body = html_page(ARTICLE).split("<body>", 1)[1].split("</body>", 1)[0]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="it" lang="it">'
        f"<head><title>{ARTICLE.title}</title></head><body>{body}</body></html>"
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: PageServer

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        route = self.server.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self._send(404, "text/html; charset=utf-8", b"<html><body>Not here</body></html>")
            return
        route(self)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        return

    # What the routes call
    def _send(
        self,
        status: int,
        content_type: str | None,
        body: bytes,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, status: int, to: str) -> None:
        self._send(status, "text/html", b"moved", {"Location": to})

    def _chunked(self, content_type: str, chunks: Iterator[bytes], pause: float = 0.0) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for chunk in chunks:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.flush()
                if pause:
                    time.sleep(pause)
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            return  # the client stopped reading, as it should


def _routes(pdf: bytes) -> dict[str, Callable[[_Handler], None]]:
    page = ARTICLE_PAGE.read_bytes()
    html = "text/html; charset=utf-8"

    def slow(h: _Handler) -> None:
        time.sleep(h.server.slow_seconds)
        h._send(200, html, page)

    def drip(h: _Handler) -> None:
        h._chunked("text/html", (page[i : i + 40] for i in range(0, len(page), 40)), 0.15)

    def huge_declared(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", html)
        h.send_header("Content-Length", str(50 * HUGE))
        h.end_headers()
        h.wfile.write(page)

    def huge_streamed(h: _Handler) -> None:
        block = b"<p>" + b"parole " * 1400 + b"</p>\n"
        h._chunked("text/html", (block for _ in range(HUGE // len(block) + 1)))

    return {
        "/article": lambda h: h._send(200, html, page),
        "/article-no-charset": lambda h: h._send(200, "text/html", page),
        "/claimreview": lambda h: h._send(
            200, html, (FIXTURES / "claimreview" / "page-jsonld.html").read_bytes()
        ),
        "/sample": lambda h: h._send(200, html, html_page(ARTICLE).encode()),
        "/r1": lambda h: h._redirect(302, "/r2"),
        "/r2": lambda h: h._redirect(301, f"http://127.0.0.1:{h.server.server_port}/r3"),
        "/r3": lambda h: h._redirect(307, "/article"),
        "/loop": lambda h: h._redirect(302, "/loop"),
        "/away": lambda h: h._redirect(302, "ftp://127.0.0.1/file"),
        "/gone": lambda h: h._send(410, html, b"<html><body>Gone</body></html>"),
        "/broken": lambda h: h._send(500, html, b"<html><body>Error</body></html>"),
        "/slow": slow,
        "/drip": drip,
        "/huge-declared": huge_declared,
        "/huge-streamed": huge_streamed,
        "/gzip-bomb": lambda h: h._send(
            200,
            html,
            gzip.compress(b"<p>" + b"a" * (4 * HUGE) + b"</p>"),
            {"Content-Encoding": "gzip"},
        ),
        "/image": lambda h: h._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        "/latin": lambda h: h._send(200, "text/html; charset=windows-1252", _latin_page()),
        "/latin-meta": lambda h: h._send(200, "text/html", _latin_meta_page()),
        "/gzip": lambda h: h._send(200, html, gzip.compress(page), {"Content-Encoding": "gzip"}),
        "/chunked": lambda h: h._chunked(
            html, (page[i : i + 100] for i in range(0, len(page), 100))
        ),
        "/xhtml": lambda h: h._send(200, "application/xhtml+xml", _xhtml_page()),
        "/pdf": lambda h: h._send(200, "application/pdf", pdf),
        "/text": lambda h: h._send(200, "text/plain; charset=utf-8", ARTICLE.text.encode("utf-8")),
        "/no-type": lambda h: h._send(200, None, page),
        "/empty": lambda h: h._send(200, html, b""),
        "/scripts-only": lambda h: h._send(
            200, html, b"<html><head><script>var a = 1;</script></head><body></body></html>"
        ),
    }


class PageServer(ThreadingHTTPServer):
    """The server: ``url(path)`` is an address on it; ``requests`` lists the paths asked."""

    daemon_threads = True

    def __init__(self, pdf: bytes) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = _routes(pdf)
        self.requests: list[str] = []
        self.slow_seconds = 2.0

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up early (as a refusing fetch does) is not worth a traceback."""
        return

    def url(self, path: str) -> str:
        """The address of ``path`` on this server."""
        return f"http://127.0.0.1:{self.server_port}{path}"


@contextmanager
def page_server(folder: Path) -> Iterator[PageServer]:
    """A running :class:`PageServer` (its PDF written in ``folder``), shut down afterwards."""
    pdf = write_pdf(ARTICLE, folder / "article.pdf").read_bytes()
    server = PageServer(pdf)
    thread = threading.Thread(target=server.serve_forever, name="page-server", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
