"""The real-shaped fixtures, damaged: bytes flipped, cut short, spliced. Each damaged file is
read or refused in one line, and whatever is read can be written as UTF-8 (no lone
surrogate, no NUL) in its text and every metadata field."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import REPO
from tests.fuzz.test_importers_fuzz import _read

FIXTURES = REPO / "tests" / "fixtures" / "import"
FILES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".eml", ".html", ".pdf", ".md"))
ZIPPED = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".docx", ".odt"))


def _writable(data: bytes, suffix: str) -> None:
    draft = _read(data, suffix)
    if draft is None:
        return
    for value in (draft.text, draft.title, *draft.authors, draft.outlet or "", draft.url or ""):
        value.encode("utf-8")
        assert "\x00" not in value


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
@given(
    flips=st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=12),
    cut=st.integers(0, 1 << 20),
)
def test_damaged_fixtures_are_read_or_refused(
    path: Path, flips: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(path.read_bytes())
    for at, value in flips:
        data[at % len(data)] = value
    _writable(bytes(data[: max(1, cut % (len(data) + 1))]), path.suffix)


@pytest.mark.parametrize("path", ZIPPED, ids=lambda p: p.name)
@given(
    flips=st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 255)), max_size=8),
    member=st.integers(0, 20),
)
def test_damaged_xml_inside_office_fixtures(
    path: Path, flips: list[tuple[int, int]], member: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    with zipfile.ZipFile(path) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    name, content = members[member % len(members)]
    damaged = bytearray(content)
    for at, value in flips:
        if damaged:
            damaged[at % len(damaged)] = value
    rebuilt = tmp_path_factory.mktemp("zip") / path.name
    with zipfile.ZipFile(rebuilt, "w") as archive:
        for other, data in members:
            archive.writestr(other, bytes(damaged) if other == name else data)
    _writable(rebuilt.read_bytes(), path.suffix)
