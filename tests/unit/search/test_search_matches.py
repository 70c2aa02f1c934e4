"""The fast match evaluation finds exactly what Whoosh's own matchers find."""

from __future__ import annotations

import datetime as dt
import random

from claimdesk.core.search import SearchIndex
from claimdesk.core.search.matches import find_matches
from tests.unit.search.records import article, claim

_WORDS = [
    "governo",
    "stati",
    "uniti",
    "presidente",
    "della",
    "repubblica",
    "nato",
    "guerra",
    "prezzi",
]
QUERIES = (
    "governo",
    "stati uniti",
    '"stati uniti"',
    '"presidente della repubblica"',
    '"governo nato"~3',
    "governo NOT guerra",
    "governo OR prezzi",
    "-guerra",
    "kind:denial governo",
    "published:[2021 to 2022] stati",
    "published:{2021-06 to]",
    "date:2020",
    "article:a1",
    "guer*",
)


def _fill(index: SearchIndex) -> None:
    rng = random.Random(5)
    articles, claims = [], []
    for number in range(60):
        text = " ".join(rng.choice(_WORDS) for _ in range(40))
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1000))
        articles.append(article(f"a{number}", text=text, published=day))
        claims.append(
            claim(
                f"c{number}",
                article_id=f"a{number}",
                quote=" ".join(rng.choice(_WORDS) for _ in range(8)),
                kind=rng.choice(("claim", "denial")),
                published=day,
                dates=(str(rng.randrange(2018, 2023)),),
            )
        )
    index.update(articles[:30], claims[:30])
    # A second segment, with deletions in the first.
    index.update(articles[30:], claims[30:], delete_claims=["c3", "c4"])


def test_matches_and_totals_agree_with_whoosh(index: SearchIndex) -> None:
    _fill(index)
    searcher = index._searcher
    for text in QUERIES:
        parsed = index._reader.read(text).query
        expected = set(searcher.docs_for_query(parsed))
        found = find_matches(searcher, parsed)
        assert set(found) == expected, text
        assert index.search(text).total == len(expected), text
    assert index.search("governo").total > 0


def test_scores_agree_with_whoosh_for_text(index: SearchIndex) -> None:
    _fill(index)
    searcher = index._searcher
    parsed = index._reader.read("governo prezzi").query
    found = find_matches(searcher, parsed)
    for hit in searcher.search(parsed, limit=None):
        assert abs(found[hit.docnum] - hit.score) < 1e-6
