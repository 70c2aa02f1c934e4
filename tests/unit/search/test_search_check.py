"""check, saved searches, a writer killed mid-commit, and the benchmark corpus generator."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.corpus import generate, load_sentences
from claimdesk.core.errors import InputRefused
from claimdesk.core.search import SearchIndex
from claimdesk.core.search.check import check_index
from claimdesk.core.search.saved import SavedSearches
from tests.unit.search.records import article, claim, ids

REPO = Path(__file__).resolve().parents[3]


def test_check_finds_missing_extra_and_outdated_records(index: SearchIndex) -> None:
    index.rebuild([article("a1", stamp="1"), article("a2", stamp="1")], [])
    assert check_index(index, {"a1": "1", "a2": "1"}).ok
    found = check_index(index, {"a1": "2", "a3": "1"})
    assert not found.ok
    assert (found.missing, found.extra, found.outdated) == (("a3",), ("a2",), ("a1",))
    assert "reindex" in found.summary() and "\n" not in found.summary()


def test_check_of_a_fresh_index_asks_for_a_rebuild(index: SearchIndex) -> None:
    result = check_index(index, {})
    assert result.needs_rebuild
    assert result.summary() == "search index missing or damaged: run claimdesk-cli reindex"


def test_the_source_stamp_survives_reopening(index_dir: Path) -> None:
    first = SearchIndex.open(index_dir)
    first.rebuild([article("a1")], [], source_stamp="db-7")
    first.close()
    again = SearchIndex.open(index_dir)
    try:
        assert again.source_stamp == "db-7"
        again.set_source_stamp("db-8")
    finally:
        again.close()
    third = SearchIndex.open(index_dir)
    try:
        assert third.source_stamp == "db-8"
    finally:
        third.close()


def test_updates_made_during_a_rebuild_are_kept(index: SearchIndex) -> None:
    def edit_midway(done: int) -> None:
        if done == 100:
            index.update([article("late", text="ritardatario")])

    records = [article(f"a{n}", text="testo") for n in range(150)]
    index.rebuild(records, [], progress=edit_midway)
    assert ids(index, "ritardatario") == {"late"}
    assert index.doc_count() == 151


def test_saved_searches_round_trip(tmp_path: Path) -> None:
    saved = SavedSearches(tmp_path / "saved-searches.json")
    assert saved.list() == []
    saved.save("Smentite", "kind:denial", order="date")
    saved.save("Rossi", "claimant:rossi")
    saved.save("smentite", "kind:denial verdict:false")
    assert [(s.name, s.query, s.order) for s in saved.list()] == [
        ("Rossi", "claimant:rossi", "relevance"),
        ("smentite", "kind:denial verdict:false", "relevance"),
    ]
    assert saved.delete("ROSSI")
    assert not saved.delete("nessuna")
    with pytest.raises(InputRefused):
        saved.save("  ", "x")
    (tmp_path / "saved-searches.json").write_text("{broken", encoding="utf-8")
    assert saved.list() == []


_WRITER = """
import sys
from pathlib import Path
from claimdesk.core.search import SearchIndex
from tests.unit.search.records import article
index = SearchIndex.open(Path(sys.argv[1]))
print("open", flush=True)
n = 0
while True:
    index.update([article(f"k{n}", text="interrotto " * 2000)])
    n += 1
"""


def test_a_writer_killed_mid_commit_leaves_an_index_that_opens_and_takes_writes(
    index_dir: Path,
) -> None:
    first = SearchIndex.open(index_dir)
    first.rebuild([article("a1", text="sopravvissuto")], [claim("c1", quote="sopravvissuto")])
    first.close()
    process = subprocess.Popen(
        [sys.executable, "-W", "ignore", "-c", _WRITER, str(index_dir)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "open"
        time.sleep(1.5)  # several commits in, and most likely inside one
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    index = SearchIndex.open(index_dir)
    try:
        assert ids(index, "sopravvissuto") == {"a1", "c1"}
        index.update([article("a2", text="dopo il crollo")])
        assert ids(index, "crollo") == {"a2"}
    finally:
        index.close()


def test_the_corpus_generator_is_reproducible() -> None:
    sentences = load_sentences()
    first = list(generate(50, sentences=sentences))
    again = list(generate(50, sentences=sentences))
    assert first == again
    languages = {a.language for a, _ in first}
    assert languages == {"it", "en"}
    for doc, claims in first:
        assert len(doc.text.split()) >= 600
        assert len(claims) == 10
        assert all(doc.text[c.start : c.end] == c.quote for c in claims)
