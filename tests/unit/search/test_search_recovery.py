"""An index that is stale, broken, missing or locked is recreated or unlocked, never fatal."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage

from claimdesk.core.errors import LibraryError
from claimdesk.core.search import SearchIndex
from claimdesk.core.search.index import LOCK_TIMEOUT_S, VERSION_FILE
from claimdesk.core.search.schema import SCHEMA_VERSION
from tests.unit.search.records import article, ids

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def filled_dir(index_dir: Path) -> Path:
    """An index folder holding one article, rebuilt and closed."""
    index = SearchIndex.open(index_dir)
    index.rebuild([article("a1", text="contenuto")], [])
    index.close()
    return index_dir


def reopen(directory: Path) -> SearchIndex:
    """Open the index at ``directory`` (the caller closes it)."""
    return SearchIndex.open(directory)


def test_the_schema_version_is_stored_beside_the_index(filled_dir: Path) -> None:
    stored = json.loads((filled_dir / VERSION_FILE).read_text(encoding="utf-8"))
    assert stored["schema_version"] == SCHEMA_VERSION
    index = reopen(filled_dir)
    try:
        assert not index.needs_rebuild
        assert index.doc_count() == 1
    finally:
        index.close()


def test_an_older_schema_version_is_recreated_empty(filled_dir: Path) -> None:
    (filled_dir / VERSION_FILE).write_text(json.dumps({"schema_version": 0}), encoding="utf-8")
    index = reopen(filled_dir)
    try:
        assert index.needs_rebuild
        assert index.doc_count() == 0
        index.rebuild([article("a2", text="nuovo")], [])
        assert ids(index, "nuovo") == {"a2"}
    finally:
        index.close()
    stored = json.loads((filled_dir / VERSION_FILE).read_text(encoding="utf-8"))
    assert stored["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("content", ["", "not json", "[1, 2]", '{"schema_version": "1"}'])
def test_an_unreadable_version_file_means_recreate(filled_dir: Path, content: str) -> None:
    (filled_dir / VERSION_FILE).write_text(content, encoding="utf-8")
    index = reopen(filled_dir)
    try:
        assert index.needs_rebuild
        assert index.doc_count() == 0
    finally:
        index.close()


def test_a_deleted_index_folder_is_recreated(filled_dir: Path) -> None:
    shutil.rmtree(filled_dir)
    index = reopen(filled_dir)
    try:
        assert filled_dir.is_dir()
        assert index.needs_rebuild
        assert index.doc_count() == 0
    finally:
        index.close()


def test_index_files_deleted_but_version_left_is_recreated(filled_dir: Path) -> None:
    for path in filled_dir.iterdir():
        if path.name != VERSION_FILE:
            path.unlink()
    index = reopen(filled_dir)
    try:
        assert index.needs_rebuild
        assert index.doc_count() == 0
    finally:
        index.close()


@pytest.mark.parametrize("suffix", [".toc", ".seg"])
def test_a_corrupted_index_file_is_recreated(filled_dir: Path, suffix: str) -> None:
    damaged = [path for path in filled_dir.iterdir() if path.suffix == suffix]
    assert damaged
    for path in damaged:
        path.write_bytes(b"\x00garbage" * 7)
    index = reopen(filled_dir)
    try:
        assert index.needs_rebuild
        assert index.doc_count() == 0
        index.update([article("a3", text="riparato")])
        assert ids(index, "riparato") == {"a3"}
    finally:
        index.close()


def test_a_file_where_the_folder_should_be_is_refused_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "index"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(LibraryError) as caught:
        SearchIndex.open(blocker)
    assert "\n" not in caught.value.message


def test_a_lock_left_held_is_broken_after_a_short_wait(index: SearchIndex, index_dir: Path) -> None:
    # A writer that leaked (its thread died without closing it) still holds the lock.
    leaked = FileStorage(str(index_dir)).lock(f"{index.index_name}_WRITELOCK")
    assert leaked.acquire()
    try:
        started = time.monotonic()
        index.update([article("a1", text="sbloccato")])
        waited = time.monotonic() - started
    finally:
        leaked.release()
    assert ids(index, "sbloccato") == {"a1"}
    assert waited < LOCK_TIMEOUT_S * 2 + 5


def test_a_lock_left_by_a_killed_process_does_not_block(
    index: SearchIndex, index_dir: Path
) -> None:
    holder = (
        "import sys, time\n"
        "from whoosh import index\n"
        f"writer = index.open_dir(sys.argv[1], indexname={index.index_name!r}).writer()\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-W", "ignore", "-c", holder, str(index_dir)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "locked"
    finally:
        process.kill()
        process.wait(timeout=30)
    assert (index_dir / f"{index.index_name}_WRITELOCK").exists()
    index.update([article("a1", text="dopo")])
    assert ids(index, "dopo") == {"a1"}
