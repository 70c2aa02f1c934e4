"""Hostile files for every importer: random bytes, random Unicode, very long lines, deep HTML,
random zip containers, a file just under the size limit. Each is read or refused with a
ClaimDeskError, within a bound; a refused import leaves the library unchanged."""

from __future__ import annotations

import io
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.core import importers
from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.library import DATABASE_FILE, folder_location
from claimdesk.core.model import ArticleDraft
from tests.fuzz.conftest import EXAMPLES, bounded

SUFFIXES = importers.supported_suffixes()
TEXT_SUFFIXES = (".txt", ".md", ".html", ".eml")
ZIP_SUFFIXES = (".docx", ".odt")
SCRATCH = Path(tempfile.mkdtemp(prefix="claimdesk-fuzz-"))


def _read(data: bytes, suffix: str) -> ArticleDraft | None:
    path = SCRATCH / f"case{suffix}"
    path.write_bytes(data)
    with bounded():
        try:
            draft = importers.read_file(path)
        except ClaimDeskError as exc:
            assert exc.message and "\n" not in exc.message
            return None
    assert draft.text.strip() and draft.title and len(draft.language) == 2
    assert "\r" not in draft.text
    return draft


@pytest.mark.parametrize("suffix", SUFFIXES)
@given(data=st.binary(max_size=8192))
def test_random_bytes_are_read_or_refused(suffix: str, data: bytes) -> None:
    _read(data, suffix)


@pytest.mark.parametrize("suffix", TEXT_SUFFIXES)
@given(text=st.text(max_size=4000))
def test_random_unicode_is_read_or_refused(suffix: str, text: str) -> None:
    _read(text.encode("utf-8", "surrogatepass"), suffix)


@pytest.mark.parametrize("suffix", TEXT_SUFFIXES)
@settings(max_examples=max(5, EXAMPLES // 4))
@given(
    chunk=st.text(min_size=1, max_size=20).filter(lambda s: s.strip()),
    repeat=st.integers(1000, 50_000),
)
def test_very_long_lines_are_read_or_refused(suffix: str, chunk: str, repeat: int) -> None:
    _read((chunk * repeat)[:500_000].encode("utf-8", "surrogatepass"), suffix)


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members:
            archive.writestr(name, content)
    return buffer.getvalue()


MEMBER_NAMES = st.sampled_from(
    [
        "word/document.xml",
        "[Content_Types].xml",
        "docProps/core.xml",
        "content.xml",
        "meta.xml",
        "mimetype",
        "word/_rels/document.xml.rels",
    ]
)
XMLISH = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda t: f"<?xml version='1.0'?><a><b>{t}</b></a>".encode()),
    st.integers(1, 3000).map(lambda n: ("<w:p>" * n + "x" + "</w:p>" * n).encode()),
)


@pytest.mark.parametrize("suffix", ZIP_SUFFIXES)
@given(members=st.lists(st.tuples(MEMBER_NAMES, XMLISH), max_size=5, unique_by=lambda m: m[0]))
def test_random_zip_documents_are_read_or_refused(
    suffix: str, members: list[tuple[str, bytes]]
) -> None:
    _read(_zip(members), suffix)


def test_html_nested_ten_thousand_levels_deep_is_read_or_refused() -> None:
    depth = 10_000
    for tag in ("div", "b", "span"):
        page = f"<html><body>{f'<{tag}>' * depth}Il ministro ha negato tutto.{f'</{tag}>' * depth}"
        draft = _read(page.encode(), ".html")
        assert draft is None or "<" + tag not in draft.text
    markdown = "> " * depth + "Il ministro ha negato tutto."
    _read(markdown.encode(), ".md")
    _read(("- " * 3000 + "voce").encode(), ".md")


@pytest.mark.parametrize(("suffix", "megabytes"), [(".txt", 19), (".html", 4)])
def test_a_huge_file_is_read_or_refused_in_bounded_time(suffix: str, megabytes: int) -> None:
    line = "Il ministro ha dichiarato che l'accordo sul grano è stato rinnovato nel 2023.\n"
    data = (line * (megabytes * 1024 * 1024 // len(line))).encode()
    payload = data if suffix == ".txt" else b"<html><body><p>" + data + b"</p></body></html>"
    path = SCRATCH / f"huge{suffix}"
    path.write_bytes(payload)
    assert len(payload) > (megabytes - 1) * 1024 * 1024
    with bounded(60):
        try:
            draft = importers.read_file(path)
        except ClaimDeskError:
            return
    assert "Il ministro" in draft.text


@pytest.fixture(scope="module")
def library() -> Iterator[tuple[Desk, Path]]:
    folder = Path(tempfile.mkdtemp(prefix="claimdesk-fuzz-library-"))
    location = folder_location(folder)
    with Desk.open(location) as desk:
        yield desk, folder / DATABASE_FILE


def _fingerprint(database: Path) -> tuple[object, ...]:
    with sqlite3.connect(database) as db:
        return tuple(
            db.execute(f"SELECT count(*), max(rowid) FROM {table}").fetchone()
            for table in ("articles", "claims", "history", "claimants", "tags")
        )


@given(suffix=st.sampled_from(SUFFIXES), data=st.binary(max_size=4096))
def test_a_refused_import_changes_nothing(
    library: tuple[Desk, Path], suffix: str, data: bytes
) -> None:
    desk, database = library
    before = _fingerprint(database)
    path = SCRATCH / f"import{suffix}"
    path.write_bytes(data)
    with bounded():
        outcome = desk.import_file(path)
    if outcome.status == "refused":
        assert outcome.error and _fingerprint(database) == before
    else:
        assert outcome.status in ("imported", "duplicate")
