"""Hostile input for the query parser, the bundle reader and the date module: any input is
answered or refused with a ClaimDeskError, within a bound, and a refused bundle changes
nothing in the library."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.interchange.bundle import read_bundle
from claimdesk.core.library import DATABASE_FILE, folder_location
from claimdesk.core.model import ClaimKind
from claimdesk.core.nlp.dates import find_dates
from tests.conftest import SEED, SEED_DENIAL
from tests.fuzz.conftest import bounded

SCRATCH = Path(tempfile.mkdtemp(prefix="claimdesk-fuzz-parsers-"))
QUERY_ALPHABET = st.sampled_from(
    [
        *"abcxyz019 :*~?\"()[]{}^+-!/\\'<>=.,",
        *("AND", "OR", "NOT", "TO", "to", "kind:", "claimant:", "published:", "date:"),
        *("verdict:", "article:", "lang:", "tag:"),
    ]
)
QUERIES = st.one_of(
    st.text(max_size=200),
    st.lists(QUERY_ALPHABET, max_size=60).map("".join),
    st.integers(1, 2000).map(lambda n: "(" * n + "russia" + ")" * n),
    st.integers(1, 500).map(lambda n: " OR ".join(["nato*"] * n)),
)


@pytest.fixture(scope="module")
def library() -> Iterator[tuple[Desk, Path, Path]]:
    """A small library with the seed article and a denial, and a bundle exported from it."""
    folder = Path(tempfile.mkdtemp(prefix="claimdesk-fuzz-library-"))
    with Desk.open(folder_location(folder)) as desk:
        article_id = desk.import_file(SEED).id
        assert article_id
        start, end = desk.find_quote(article_id, SEED_DENIAL)
        desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
        bundle = SCRATCH / "good.claimdesk"
        desk.interchange.export_bundle(bundle)
        yield desk, folder / DATABASE_FILE, bundle


@given(query=QUERIES, partial=st.booleans(), facets=st.booleans())
def test_any_query_is_answered_or_refused(
    library: tuple[Desk, Path, Path], query: str, partial: bool, facets: bool
) -> None:
    desk = library[0]
    with bounded():
        try:
            results = desk._keeper.index.search(query, limit=20, partial=partial, facets=facets)
        except ClaimDeskError:
            return
    assert results.total >= len(results.hits)
    for hit in results.hits:
        assert "<script" not in hit.snippet.lower()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=30,
)


def _read(data: bytes) -> dict[str, Any] | None:
    path = SCRATCH / "case.claimdesk"
    path.write_bytes(data)
    with bounded():
        try:
            return read_bundle(path)
        except ClaimDeskError as exc:
            assert exc.message and "\n" not in exc.message
            return None


@given(data=st.binary(max_size=4096))
def test_random_bytes_are_refused_as_a_bundle(data: bytes) -> None:
    assert _read(data) is None


@given(
    manifest=JSON,
    document=JSON,
    names=st.sets(st.sampled_from(["manifest.json", "data.json", "x.json", "../evil"]), max_size=3),
)
def test_random_zip_bundles_are_read_or_refused(
    manifest: Any, document: Any, names: set[str]
) -> None:
    members = {name: json.dumps(document).encode() for name in names}
    members["manifest.json"] = json.dumps(manifest).encode()
    _read(_zip(members))


@given(
    flips=st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 255)), min_size=1, max_size=8)
)
def test_damaged_real_bundles_are_read_or_refused(
    library: tuple[Desk, Path, Path], flips: list[tuple[int, int]]
) -> None:
    data = bytearray(library[2].read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    _read(bytes(data))


def _fingerprint(database: Path) -> tuple[object, ...]:
    with sqlite3.connect(database) as db:
        return tuple(
            db.execute(f"SELECT count(*), max(rowid) FROM {table}").fetchone()
            for table in ("articles", "claims", "history", "claimants", "evidence", "claim_links")
        )


@given(document=JSON, key=st.sampled_from(["articles", "claims", "claimants", "links", "history"]))
def test_a_refused_bundle_import_changes_nothing(
    library: tuple[Desk, Path, Path], document: Any, key: str
) -> None:
    desk, database, good = library
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        real = json.loads(archive.read("data.json"))
    real[key] = document  # one part of a real library document replaced by junk
    data = json.dumps(real).encode()
    # A sound manifest, so the junk gets past the checksum to the schema and the merge.
    manifest.update(data_sha256=hashlib.sha256(data).hexdigest(), data_bytes=len(data))
    path = SCRATCH / "import.claimdesk"
    path.write_bytes(_zip({"manifest.json": json.dumps(manifest).encode(), "data.json": data}))
    before = _fingerprint(database)
    with bounded():
        try:
            desk.interchange.import_bundle(path)
        except ClaimDeskError:
            assert _fingerprint(database) == before


@given(
    text=st.one_of(
        st.text(max_size=600),
        st.lists(
            st.sampled_from(
                [
                    *("2014", "2023", "2008", "nel", "il", "del", "di", "scorso", "l'anno"),
                    *("ieri", "oggi", "domani", "marzo", "march", "since", "1st", "31", "29"),
                    *("febbraio", "February", "-", "/", ".", ",", ":", "anni", "fa", "years"),
                    *("ago", "in", "the", "entro", "primavera", "spring", "decade", "XIX"),
                    *("decennio", "secolo", "century", "00", "99", "9999"),
                ]
            ),
            max_size=80,
        ).map(" ".join),
    ),
    language=st.sampled_from(["it", "en", "fr", "xx"]),
    published=st.none() | st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
)
def test_dates_are_found_in_any_text(text: str, language: str, published: dt.date | None) -> None:
    with bounded():
        try:
            mentions = find_dates(text, language, published)
        except ClaimDeskError:
            return
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
