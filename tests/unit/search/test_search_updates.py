"""Keeping the index in step: add-or-replace, deletes, rebuilds, and segment upkeep."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimdesk.core.search import SearchIndex
from claimdesk.core.search.index import OPTIMIZE_AT_SEGMENTS
from tests.unit.search.records import article, claim, ids


def test_a_new_index_is_empty_and_asks_for_a_rebuild(index: SearchIndex, index_dir: Path) -> None:
    assert index_dir.is_dir()
    assert index.needs_rebuild
    assert index.doc_count() == 0
    assert index.search("anything").total == 0


def test_update_adds_and_a_search_afterwards_sees_it(index: SearchIndex) -> None:
    assert ids(index, "crimea") == set()
    index.update([article("a1", text="La Crimea.")], [claim("c1", article_id="a1", quote="Crimea")])
    assert index.doc_count() == 2
    assert ids(index, "crimea") == {"a1", "c1"}


def test_update_replaces_by_id(index: SearchIndex) -> None:
    index.update([article("a1", text="Prima versione")], [claim("c1", quote="vecchia citazione")])
    index.update([article("a1", text="Seconda versione")], [claim("c1", quote="nuova citazione")])
    assert index.doc_count() == 2
    assert ids(index, "prima") == set()
    assert ids(index, "seconda") == {"a1"}
    assert ids(index, "vecchia") == set()
    assert ids(index, "nuova") == {"c1"}


def test_the_last_record_wins_when_an_id_is_given_twice(index: SearchIndex) -> None:
    index.update([article("a1", text="uno"), article("a1", text="due")])
    assert index.doc_count() == 1
    assert ids(index, "due") == {"a1"}


def test_delete_claims_removes_only_those(index: SearchIndex) -> None:
    index.update(
        [article("a1", text="testo")],
        [claim("c1", quote="citazione uno"), claim("c2", quote="citazione due")],
    )
    index.update(delete_claims=["c1"])
    assert ids(index, "citazione") == {"c2"}
    assert index.doc_count() == 2


def test_deleting_an_article_deletes_its_claims(index: SearchIndex) -> None:
    index.update(
        [article("a1", text="Mosca nega"), article("a2", text="Mosca conferma")],
        [
            claim("c1", article_id="a1", quote="Mosca nega"),
            claim("c2", article_id="a2", quote="Mosca conferma"),
        ],
    )
    index.update(delete_articles=["a1"])
    assert ids(index, "mosca") == {"a2", "c2"}
    assert ids(index, "article:a1") == set()


def test_deletes_come_before_additions_in_one_update(index: SearchIndex) -> None:
    index.update([article("a1", text="vecchio")], [claim("c1", article_id="a1", quote="vecchio")])
    index.update([article("a1", text="nuovo")], delete_articles=["a1"])
    assert ids(index, "vecchio") == set()
    assert ids(index, "nuovo") == {"a1"}


def test_an_empty_update_changes_nothing(index: SearchIndex) -> None:
    index.update([article("a1")])
    index.update()
    assert index.doc_count() == 1


def test_rebuild_replaces_everything_and_reports_progress(index: SearchIndex) -> None:
    index.update([article("old", text="obsoleto")])
    seen: list[int] = []
    articles = [article(f"a{n}", text=f"articolo numero{n}") for n in range(150)]
    claims = [claim(f"c{n}", article_id=f"a{n}", quote="citazione") for n in range(100)]
    index.rebuild(iter(articles), iter(claims), progress=seen.append)
    assert not index.needs_rebuild
    assert index.doc_count() == 250
    assert ids(index, "obsoleto") == set()
    assert ids(index, "numero42") == {"a42"}
    assert seen == sorted(seen)
    assert seen[-1] == 250
    assert len(seen) >= 2


def test_a_cancelled_rebuild_keeps_the_old_index_and_still_needs_rebuilding(
    index: SearchIndex, index_dir: Path
) -> None:
    index.update([article("old", text="vecchio")])

    class Cancelled(Exception):
        pass

    def cancel(done: int) -> None:
        raise Cancelled

    articles = [article(f"a{n}") for n in range(120)]
    with pytest.raises(Cancelled):
        index.rebuild(articles, [], progress=cancel)
    assert index.needs_rebuild
    # The half-built generation is gone; the old one still answers and takes updates.
    generations = {re.search(r"IX\d+", p.name).group(0) for p in index_dir.glob("*IX*")}  # type: ignore[union-attr]
    assert generations == {index.index_name}
    assert ids(index, "vecchio") == {"old"}
    index.update([article("after")])
    assert index.doc_count() == 2


def test_a_rebuilt_index_reopens_without_asking_for_a_rebuild(index_dir: Path) -> None:
    first = SearchIndex.open(index_dir)
    first.rebuild([article("a1", text="persistente")], [])
    first.close()
    again = SearchIndex.open(index_dir)
    try:
        assert not again.needs_rebuild
        assert ids(again, "persistente") == {"a1"}
    finally:
        again.close()


def test_many_small_commits_do_not_pile_up_segments(index: SearchIndex, index_dir: Path) -> None:
    for n in range(OPTIMIZE_AT_SEGMENTS + 5):
        index.update([article(f"a{n}", text=f"parola{n}")])
    index.wait_idle()
    segments = [path for path in index_dir.iterdir() if path.suffix == ".seg"]
    assert 1 <= len(segments) < OPTIMIZE_AT_SEGMENTS
    assert index.doc_count() == OPTIMIZE_AT_SEGMENTS + 5
    assert ids(index, "parola3") == {"a3"}
