"""CLEF 2020 CheckThat! Task 2 for bench/matching.py: the data, a plain BM25 and the measures.

The pool is ``verified_claims.docs.tsv`` (Snopes verified claims with the fact-check's title);
each tweet of ``train/`` and ``dev/`` repeats the claims its ``tweet-vclaim-pairs.qrels`` names.
Every tweet ranks the whole pool; the task's measure is MAP@5, with P@1 and R@5 beside it.

The BM25 reference is Okapi BM25 (k1 1.2, b 0.75, Lucene's idf) over lower-cased word tokens,
with no stemming and no stop words, as a search engine's default analyser would index them.
"""

from __future__ import annotations

import csv
import heapq
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import DATA

SET = DATA / "checkthat2020"
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Verified:
    """One claim of the pool."""

    id: str
    claim: str
    title: str


@dataclass(frozen=True, slots=True)
class Tweet:
    """One tweet and the ids of the verified claims it repeats."""

    id: str
    text: str
    gold: frozenset[str]


def _rows(path: Path) -> list[list[str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))  # some claims are quoted, over lines
    return rows[1:]  # the header


def load_pool(folder: Path = SET) -> list[Verified]:
    """The verified claims, in file order."""
    return [
        Verified(r[0], r[1], r[2] if len(r) > 2 else "")
        for r in _rows(folder / "verified_claims.docs.tsv")
    ]


def load_tweets(split: str, folder: Path = SET) -> list[Tweet]:
    """The tweets of ``train`` or ``dev`` with their gold claims."""
    gold: dict[str, set[str]] = {}
    with (folder / split / "tweet-vclaim-pairs.qrels").open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 4 and parts[3] != "0":
                gold.setdefault(parts[0], set()).add(parts[2])
    rows = _rows(folder / split / "tweets.queries.tsv")
    return [Tweet(r[0], r[1], frozenset(gold[r[0]])) for r in rows if r[0] in gold]


def words(text: str) -> list[str]:
    """The reference's tokens: lower-cased runs of word characters."""
    return _TOKEN.findall(text.lower())


class BM25:
    """Okapi BM25 over a list of documents, each a list of tokens."""

    def __init__(self, documents: Sequence[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.lengths = [len(d) for d in documents]
        self.average = sum(self.lengths) / max(1, len(documents))
        self.postings: dict[str, list[tuple[int, int]]] = {}
        for number, document in enumerate(documents):
            for token, count in Counter(document).items():
                self.postings.setdefault(token, []).append((number, count))
        total = len(documents)
        self.idf = {
            t: math.log(1 + (total - len(p) + 0.5) / (len(p) + 0.5))
            for t, p in self.postings.items()
        }

    def top(self, query: Iterable[str], k: int = 5) -> list[int]:
        """The ``k`` best documents for ``query``, best first."""
        scores: dict[int, float] = {}
        k1, b, average, lengths = self.k1, self.b, self.average, self.lengths
        for token, times in Counter(query).items():
            idf = self.idf.get(token)
            if idf is None:
                continue
            for number, count in self.postings[token]:
                norm = k1 * (1 - b + b * lengths[number] / average)
                scores[number] = scores.get(number, 0.0) + times * idf * count * (k1 + 1) / (
                    count + norm
                )
        return [
            n for n, _ in heapq.nlargest(k, scores.items(), key=lambda item: (item[1], -item[0]))
        ]


@dataclass(frozen=True, slots=True)
class Scores:
    """MAP@5, P@1 and R@5 over a set of tweets."""

    map5: float
    p1: float
    r5: float

    def line(self, name: str) -> str:
        return f"{name:<34} MAP@5 {self.map5:.3f}  P@1 {self.p1:.3f}  R@5 {self.r5:.3f}"


def measure(tweets: Sequence[Tweet], rank: Callable[[Tweet], list[str]]) -> Scores:
    """The measures of ``rank`` (a tweet's ids, best first) over ``tweets``."""
    ap, p1, r5 = [], [], []
    for tweet in tweets:
        ranked = rank(tweet)[:5]
        hits = 0
        precision = 0.0
        for position, ident in enumerate(ranked, start=1):
            if ident in tweet.gold:
                hits += 1
                precision += hits / position
        ap.append(precision / len(tweet.gold))
        p1.append(1.0 if ranked and ranked[0] in tweet.gold else 0.0)
        r5.append(hits / len(tweet.gold))
    n = max(1, len(tweets))
    return Scores(sum(ap) / n, sum(p1) / n, sum(r5) / n)


def bm25_rankers(pool: Sequence[Verified]) -> dict[str, Callable[[Tweet], list[str]]]:
    """BM25 over the claim text, and over the claim and its title."""
    ids = [v.id for v in pool]
    claim = BM25([words(v.claim) for v in pool])
    both = BM25([words(v.claim + " " + v.title) for v in pool])
    return {
        "BM25, claim text": lambda t: [ids[n] for n in claim.top(words(t.text))],
        "BM25, claim and title": lambda t: [ids[n] for n in both.top(words(t.text))],
    }
