"""The matching index kept on disk between processes: read back, caught up, or refused."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest

from claimdesk.core.desk import Desk
from claimdesk.core.matching import cache
from claimdesk.core.model import ArticleMeta, ClaimChanges, ClaimKind

FIRST = "La Russia ha schierato 100.000 soldati al confine con l'Ucraina nel 2021."
AGAIN = "Nel 2021 Mosca ha ammassato centomila soldati al confine ucraino."
LATER = "Mosca ha ammassato al confine ucraino centomila soldati, nel 2021."


def claim(desk: Desk, text: str, day: dt.date) -> str:
    article = desk.import_text(text, ArticleMeta(title=text[:20], language="it", published=day))
    assert article.id is not None
    return desk.mark_claim(article.id, 0, len(text), ClaimKind.CLAIM).id


def test_a_kept_index_is_read_back_and_caught_up(
    desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    first = claim(desk, FIRST, dt.date(2021, 11, 3))
    again = claim(desk, AGAIN, dt.date(2022, 1, 20))
    path = cache.cache_path(desk.location.index_dir)
    assert not path.exists()
    assert desk.tracking.similar_claims(again)[0].id == first
    assert path.is_file()  # written as soon as it was built
    assert not desk.tracking.keep_matching_index()  # nothing changed since
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == cache.FORMAT
    vectors = cache.vectors_path(path, json.loads(path.read_text(encoding="utf-8"))["vectors"])
    assert vectors is not None and vectors.is_file()  # the claims' vectors, beside it
    location = desk.location
    desk.close()
    with Desk.open(location) as reopened:
        later = claim(reopened, LATER, dt.date(2022, 2, 1))
        reopened.update_claim(first, ClaimChanges(claim_text="Il grano costa il 12% in più"))
        with caplog.at_level(logging.INFO, logger="claimdesk.core.desk.tracking"):
            proposals = [p.id for p in reopened.tracking.similar_claims(later)]
        assert "matching index built" not in caplog.text  # read back, not built
        assert proposals == [again]  # the new claim and the edit were caught up
        assert reopened.tracking.keep_matching_index()
        [again_written] = path.parent.glob("index-matching-*.npy")  # the earlier one removed
        assert again_written != vectors


def test_a_kept_index_of_another_library_or_format_is_not_trusted(desk: Desk) -> None:
    first = claim(desk, FIRST, dt.date(2021, 11, 3))
    desk.tracking.similar_claims(first)
    desk.tracking.keep_matching_index()
    path = cache.cache_path(desk.location.index_dir)
    data = json.loads(path.read_text(encoding="utf-8"))
    for broken in ({**data, "stamp": "2001-01-01T00:00:00"}, {**data, "format": -1}, [1]):
        path.write_text(json.dumps(broken), encoding="utf-8")
        assert desk._read(lambda s: cache.load(s, path)) is None
    path.write_text(json.dumps(data), encoding="utf-8")
    kept = desk._read(lambda s: cache.load(s, path))
    assert kept is not None and kept[0].index.vectors() is not None
    vectors = cache.vectors_path(path, data["vectors"])
    assert vectors is not None
    vectors.unlink()
    assert desk._read(lambda s: cache.load(s, path)) is None  # vectors gone: built again
    for name in ("../elsewhere-0123456789abcdef.npy", "other-0123456789abcdef.npy"):
        path.write_text(json.dumps({**data, "vectors": name}), encoding="utf-8")
        assert desk._read(lambda s: cache.load(s, path)) is None  # not a file of ours
    path.write_text('{"format": 6, "mark"', encoding="utf-8")
    assert desk._read(lambda s: cache.load(s, path)) is None
    for column, wrong in (("ids", ["a", "b", "c"]), ("tokens", [[10**6]]), ("postings", 3)):
        damaged = {**data, "index": {**data["index"], column: wrong}}
        path.write_text(json.dumps(damaged), encoding="utf-8")
        assert desk._read(lambda s: cache.load(s, path)) is None
    assert desk.tracking.similar_claims(first) == []  # the warm index in memory is unaffected
