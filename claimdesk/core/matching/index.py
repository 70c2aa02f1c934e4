"""An in-memory inverted index of claims for proposing the ones that say the same thing.

Candidates are ranked by BM25 over the claims' word stems and figures (each counted once, a
headline's words with them), from the postings of the query's features, so that a search
touches only claims sharing something; features too common to fetch with are skipped when
there are enough rarer ones. The best few hundred are judged in full by
:func:`scoring.judge` (the whole BM25 score scaled to [0, 1], with the dates and names that
agree or differ); those that pass gain from their closeness in meaning (:mod:`semantic`,
the cosine of the claims' vectors). Only claims published no later than the query are
proposed ("earlier claims"; undated ones always are); among equal scores the earlier
published, then the earlier indexed, come first. Claims are added, replaced and removed one
at a time; removed slots are skipped until the postings are compacted.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import numpy as np
import numpy.typing as npt

from claimdesk.core.matching import semantic
from claimdesk.core.matching.features import (
    NUMBER,
    Features,
    features,
    plain_words,
    stem,
    title_words,
)
from claimdesk.core.matching.names import fold
from claimdesk.core.matching.scoring import WORDS, judge
from claimdesk.core.matching.social import clean
from claimdesk.core.matching.stopwords import STOP_WORDS
from claimdesk.core.messages import Message, joined

CANDIDATES = 200
MIN_SCORE = 0.02  # below this a proposal shares a word or two by chance: not worth showing
# BM25's term-frequency saturation and length normalisation (tuned on CheckThat train).
K1 = 0.9
B = 0.4
_TOP_FACTOR = (K1 + 1) / (1 + K1 * (1 - B))  # a shared word's factor in the shortest claim
# A feature shared by more claims than this is too common to fetch candidates with, when the
# claim has enough rarer ones; it still counts when candidates are judged.
_COMMON_SHARE = 0.05
_COMMON_FLOOR = 2000
_ENOUGH_RARE = 3
_BATCH = 512
# How much meaning (the cosine of the claims' vectors) adds to the score of a proposal that
# already shares words with the claim (tuned on CheckThat train).
MEANING = 0.25
# The share of the words' part that goes by the words of the other claim's headline alone (a
# published fact-check's title restates its claim most plainly); a claim without one is its
# own headline (tuned on CheckThat train).
TITLE = 0.3
# How much the closeness of the claim's words to the other's adds: each word of the claim
# meets the other's word nearest in meaning (the cosine of their vectors), weighted by rarity,
# so that "photo" meets "photograph" and "kids" "children" (tuned on CheckThat train).
ALIGN = 0.45
JUDGED = 40  # candidates judged in full, the best by wording and meaning
# A hashtag written in one lower-case run ("#cornflakes", "#maddoxstrong"): read as the known
# words it is made of, when the claims indexed hold them.
_RUN_TAG = re.compile(r"(?<![\w#])#([a-z]{7,40}?)(?=pic\.twitter\.com|\b)")
# Word vectors remembered at most, 512 bytes each (forgotten all at once, made again when needed).
_WORD_VECTORS = 50_000


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """What the index needs of one claim."""

    id: str
    article_id: str
    text: str
    kind: str = "claim"
    claimant_id: str | None = None
    published: dt.date | None = None
    dates: tuple[str, ...] = ()
    reference: bool = False
    title: str = ""  # a headline that restates the claim (a published fact-check's title)


@dataclass(frozen=True, slots=True)
class Match:
    """One proposal: a claim of the index, its score in [0, 1] and the reason in words."""

    id: str
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class _Entry:
    id: str
    article_id: str
    claimant_id: str | None
    reference: bool
    tokens: tuple[int, ...]
    published: int  # the day's ordinal; 0 when undated
    length: int  # how many words (stems) and figures
    title: tuple[int, ...] = ()  # the words of its headline, when it has one
    title_length: int = 0


_COLUMNS = (
    "ids", "articles", "claimants", "references", "tokens", "published", "lengths", "titles",
    "title_lengths",
)  # fmt: skip


class MatchingIndex:
    """Claims by their features; not thread-safe (the desk is used from one thread at a time)."""

    def __init__(self) -> None:
        self._vocabulary: dict[str, int] = {}
        self._spelling: list[str] = []
        self._surface: list[str] = []  # a word stem's first word as written (folded), or ""
        self._word_vectors: dict[int, semantic.Vectors] = {}
        self._postings: list[list[int]] = []
        self._frequency: list[int] = []
        self._entries: list[_Entry | None] = []
        self._slots: dict[str, int] = {}
        self._dead = 0
        self._total_length = 0
        self._vectors = semantic.VectorStore() if semantic.available() else None
        # NumPy copies for ranking, made when first needed after a change: each posting list
        # (with the length it had), and every slot's BM25 length factor (0 for removed slots)
        # and day of publication.
        self._arrays: dict[int, tuple[int, npt.NDArray[np.int64]]] = {}
        self._columns: tuple[int, float, npt.NDArray[np.float64], npt.NDArray[np.int64]] | None
        self._columns = None

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._slots

    def add(self, record: ClaimRecord) -> None:
        """Index a claim, replacing what was indexed under its id."""
        vectors = None
        if self._vectors is not None:
            vectors = semantic.embed([semantic.text_of(record.text, record.title)])
        self._add(record, None if vectors is None else vectors[0])

    def _add(self, record: ClaimRecord, vector: semantic.Vectors | None) -> None:
        self.remove(record.id)
        found = features(record.text, record.dates, record.title)
        ids = tuple(sorted({self._token_id(t) for t in found.tokens()}))
        surface = self._surface
        for word_stem, word in plain_words(f"{record.text} {record.title}").items():
            token = self._vocabulary.get(word_stem)
            if token is not None and not surface[token]:
                surface[token] = word
        heading = title_words(record.title) if record.title else frozenset()
        title = tuple(sorted(self._token_id(w) for w in heading & found.words))
        slot = len(self._entries)
        published = record.published.toordinal() if record.published else 0
        entry = _Entry(
            record.id, record.article_id, record.claimant_id, record.reference, ids,
            published, len(found.words) + len(found.numbers), title, len(title),
        )  # fmt: skip
        self._entries.append(entry)
        self._columns = None
        self._total_length += entry.length
        self._slots[record.id] = slot
        if self._vectors is not None and vector is not None:
            self._vectors.put(slot, vector)
        for token in ids:
            self._postings[token].append(slot)
            self._frequency[token] += 1

    def add_all(self, records: Iterable[ClaimRecord]) -> int:
        """Index many claims (their vectors made a batch at a time); returns how many."""
        count = 0
        batch: list[ClaimRecord] = []
        for record in itertools.chain(records, [None]):
            if record is not None:
                batch.append(record)
            if batch and (record is None or len(batch) == _BATCH):
                made = None
                if self._vectors is not None:
                    made = semantic.embed([semantic.text_of(r.text, r.title) for r in batch])
                for i, claim in enumerate(batch):
                    self._add(claim, None if made is None else made[i])
                count += len(batch)
                batch = []
        return count

    def remove(self, claim_id: str) -> bool:
        """Forget a claim; True when it was indexed."""
        slot = self._slots.pop(claim_id, None)
        if slot is None:
            return False
        entry = self._entries[slot]
        assert entry is not None
        for token in entry.tokens:
            self._frequency[token] -= 1
        self._total_length -= entry.length
        self._entries[slot] = None
        self._columns = None
        self._dead += 1
        if self._dead > 1000 and self._dead * 4 > len(self._slots):
            self._compact()
        return True

    def features_of(self, claim_id: str) -> Features | None:
        """The features indexed for a claim, or None when it is not indexed."""
        slot = self._slots.get(claim_id)
        if slot is None:
            return None
        entry = self._entries[slot]
        assert entry is not None
        return Features.from_tokens([self._spelling[t] for t in entry.tokens])

    def similar(self, claim_id: str, limit: int = 5) -> list[Match]:
        """The indexed claims most like an indexed claim (itself excluded), published no
        later than it, best first."""
        slot = self._slots.get(claim_id)
        if slot is None:
            return []
        entry = self._entries[slot]
        assert entry is not None
        query = Features.from_tokens([self._spelling[t] for t in entry.tokens])
        published = dt.date.fromordinal(entry.published) if entry.published else None
        return self.similar_to(
            query,
            exclude=frozenset({claim_id}),
            claimant_id=entry.claimant_id,
            published=published,
            vector=None if self._vectors is None else self._vectors.row(slot),
            limit=limit,
        )

    def propose(
        self,
        text: str,
        *,
        published: dt.date | None = None,
        dates: tuple[str, ...] = (),
        limit: int = 5,
    ) -> list[Match]:
        """The indexed claims most like a text that is not indexed (a post, a new quote,
        a claim of another index), published no later than ``published`` or, for a post,
        than its sign-off's day; ``dates`` are the TimeML values of the dates it mentions."""
        if "#" in text:
            text = _RUN_TAG.sub(lambda m: self._split_tag(m.group(1)), text)
        read = clean(text)
        vectors = None
        if self._vectors is not None:
            vectors = semantic.embed([semantic.text_of(text)])
        author = frozenset(
            w
            for w in fold(read.author).split()
            if len(w) > 2 and w.isalpha() and w not in STOP_WORDS
        )
        return self.similar_to(
            features(text, dates),
            published=published or read.posted,
            vector=None if vectors is None else vectors[0],
            author=author,
            words=tuple(plain_words(text).values()),
            limit=limit,
        )

    def similar_to(
        self,
        query: Features,
        *,
        exclude: frozenset[str] = frozenset(),
        claimant_id: str | None = None,
        published: dt.date | None = None,
        vector: semantic.Vectors | None = None,
        author: frozenset[str] = frozenset(),
        words: tuple[str, ...] | None = None,
        limit: int = 5,
    ) -> list[Match]:
        """The indexed claims most like ``query``, best first, at most ``limit``; with
        ``published``, only those published no later (or undated); with the query's
        ``vector``, closeness in meaning counts too, and that of its ``words`` (as written,
        folded; without them, its stems' words as the index knows them)."""
        total = max(1, len(self._slots))
        average = max(1.0, self._total_length / total)
        vocabulary = self._vocabulary
        known = [vocabulary[t] for t in query.tokens() if t in vocabulary]
        known = [t for t in known if self._frequency[t] > 0]
        cap = max(_COMMON_FLOOR, int(total * _COMMON_SHARE))
        rare = [t for t in known if self._frequency[t] <= cap]
        fetch = rare if len(rare) >= _ENOUGH_RARE else known
        latest = published.toordinal() if published else 0
        entries = self._entries
        best = self._candidates(fetch, total, average, latest, exclude)

        # A first pass over the candidates by their token ids: the whole BM25 score and the
        # closeness in meaning, then the full judgement for the best of them only.
        lexical_tokens = _lexical(query)
        weights = {w: self._word_weight(w, total) for w in lexical_tokens}
        query_weight = sum(weights.values()) * _TOP_FACTOR
        by_id = {vocabulary[w]: x for w, x in weights.items() if w in vocabulary}
        lexical: list[float] = []
        for slot in best:
            entry = entries[slot]
            assert entry is not None
            shared = sum(map(by_id.__getitem__, by_id.keys() & entry.tokens))
            whole = shared * _length_factor(entry.length, average) / query_weight
            if entry.title:
                shared = sum(map(by_id.__getitem__, by_id.keys() & entry.title))
                heading = shared * _length_factor(entry.title_length, average) / query_weight
                whole = (1 - TITLE) * whole + TITLE * heading
            lexical.append(min(1.0, whole))
        meanings = [0.0] * len(best)
        if vector is not None and self._vectors is not None and best:
            meanings = [max(0.0, c) for c in self._vectors.cosines(best, vector).tolist()]
        first = sorted(
            range(len(best)), key=lambda i: WORDS * lexical[i] + MEANING * meanings[i], reverse=True
        )[:JUDGED]
        aligned = dict.fromkeys(first, 0.0)
        if vector is not None and self._vectors is not None and first:
            near = self._alignments(query, words, [best[i] for i in first], total)
            aligned = dict(zip(first, near, strict=True))
        found: list[tuple[float, int, int, Match]] = []
        for i in first:
            slot = best[i]
            entry = entries[slot]
            assert entry is not None
            other = Features.from_tokens([self._spelling[t] for t in entry.tokens])
            verdict = judge(
                query,
                other,
                lexical[i],
                same_claimant=claimant_id is not None and entry.claimant_id == claimant_id,
                reference=entry.reference,
                author=author,
            )
            if verdict.score < MIN_SCORE:
                continue
            score, reason = verdict.score, verdict.reason
            if vector is not None and self._vectors is not None:
                score = round(min(1.0, score + MEANING * meanings[i] + ALIGN * aligned[i]), 3)
                alike = Message("meaning {alike:.2f} alike", alike=meanings[i])
                reason = joined("; ", (reason, alike))
            match = Match(entry.id, score, reason)
            found.append((-score, entry.published or latest or 1 << 30, slot, match))
        found.sort(key=itemgetter(0, 1, 2))
        return [f[3] for f in found[:limit]]

    def _split_tag(self, run: str) -> str:
        """A lower-case hashtag as the words it is made of, those that the indexed claims
        write (fewest words first, then the commonest), or as it is."""
        if self._known_word(run):
            return "#" + run
        best: list[tuple[int, float, list[str]] | None] = [(0, 0.0, [])] + [None] * len(run)
        for end in range(3, len(run) + 1):
            for start in range(max(0, end - 20), end - 2):
                before = best[start]
                piece = run[start:end]
                if before is None or not self._known_word(piece):
                    continue
                token = self._vocabulary[stem(piece)]
                made = (before[0] + 1, before[1] - math.log(1 + self._frequency[token]),
                        [*before[2], piece])  # fmt: skip
                now = best[end]
                if now is None or made[:2] < now[:2]:
                    best[end] = made
        found = best[len(run)]
        return " ".join(found[2]) if found is not None and len(found[2]) > 1 else "#" + run

    def _known_word(self, word: str) -> bool:
        token = self._vocabulary.get(stem(word))
        return token is not None and self._frequency[token] > 0 and self._surface[token] == word

    def _alignments(
        self, query: Features, words: tuple[str, ...] | None, slots: list[int], total: int
    ) -> list[float]:
        """For each slot, how near in meaning its claim's words come to the query's: the
        rarity-weighted mean over the query's words of the cosine with the nearest word."""
        if words is None:
            vocabulary, surface = self._vocabulary, self._surface
            words = tuple(
                surface[vocabulary[w]] if w in vocabulary and surface[vocabulary[w]] else w
                for w in sorted(query.words)
            )
        mine = semantic.embed(list(words)) if words else None
        if mine is None:
            return [0.0] * len(slots)
        rarity = np.array([self._word_weight(stem(w), total) for w in words], dtype=np.float32)
        rarity /= rarity.sum()
        columns = mine.astype(np.float32).T
        found: list[float] = []
        for slot in slots:
            entry = self._entries[slot]
            assert entry is not None
            theirs = self._vectors_of([t for t in entry.tokens if self._surface[t]])
            if not len(theirs):
                found.append(0.0)
                continue
            nearest = (theirs @ columns).max(axis=0)
            found.append(float(np.clip(nearest, 0.0, 1.0) @ rarity))
        return found

    def _vectors_of(self, tokens: list[int]) -> npt.NDArray[np.float32]:
        """The vectors of word tokens (their words as written), made when first needed."""
        kept = self._word_vectors
        missing = [t for t in tokens if t not in kept]
        if missing:
            made = semantic.embed([self._surface[t] for t in missing])
            if made is None:
                return np.zeros((0, semantic.DIMENSIONS), dtype=np.float32)
            if len(kept) + len(missing) > _WORD_VECTORS:
                kept.clear()
            kept.update(zip(missing, made, strict=True))
        if not tokens:
            return np.zeros((0, semantic.DIMENSIONS), dtype=np.float32)
        return np.stack([kept[t] for t in tokens]).astype(np.float32)

    def _candidates(
        self, fetch: list[int], total: int, average: float, latest: int, exclude: frozenset[str]
    ) -> list[int]:
        """The slots of the best claims by BM25 over the ``fetch`` tokens, best first."""
        if not fetch:
            return []
        factors, days = self._slot_columns(average)
        scores = np.zeros(len(factors), dtype=np.float64)
        for token in fetch:
            scores[self._posting_array(token)] += self._weight(token, total)
        scores *= factors
        if latest:
            scores[days > latest] = 0.0
        for claim_id in exclude:
            slot = self._slots.get(claim_id)
            if slot is not None:
                scores[slot] = 0.0
        hit = np.flatnonzero(scores)
        if len(hit) > CANDIDATES:
            hit = hit[np.argpartition(-scores[hit], CANDIDATES)[:CANDIDATES]]
        order = np.lexsort((hit, -scores[hit]))  # best first, then the earlier indexed
        return [int(slot) for slot in hit[order]]

    def _posting_array(self, token: int) -> npt.NDArray[np.int64]:
        postings = self._postings[token]
        kept = self._arrays.get(token)
        if kept is None or kept[0] != len(postings):
            kept = (len(postings), np.asarray(postings, dtype=np.int64))
            self._arrays[token] = kept
        return kept[1]

    def _slot_columns(
        self, average: float
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
        columns = self._columns
        # The average length moves slowly: the factors are made again when it moved 2%.
        if (
            columns is None
            or columns[0] != len(self._entries)
            or abs(columns[1] - average) > 0.02 * average
        ):
            lengths = np.array([e.length if e else -1 for e in self._entries], dtype=np.float64)
            factors = (K1 + 1) / (1 + K1 * (1 - B + B * lengths / average))
            factors[lengths < 0] = 0.0
            days = np.array([e.published if e else 0 for e in self._entries], dtype=np.int64)
            columns = (len(self._entries), average, factors, days)
            self._columns = columns
        return columns[2], columns[3]

    def _word_weight(self, word: str, total: int) -> float:
        token = self._vocabulary.get(word)
        if token is None or self._frequency[token] <= 0:
            return math.log(1 + (total + 0.5) / 0.5)
        return self._weight(token, total)

    def to_plain(self) -> dict[str, Any]:
        """The index as JSON-ready columns (compacted first), for :meth:`from_plain`."""
        if self._dead:
            self._compact()
        live = [e for e in self._entries if e is not None]
        return {
            "spelling": self._spelling,
            "postings": self._postings,
            "ids": [e.id for e in live],
            "articles": [e.article_id for e in live],
            "claimants": [e.claimant_id for e in live],
            "references": [e.reference for e in live],
            "tokens": [e.tokens for e in live],
            "published": [e.published for e in live],
            "lengths": [e.length for e in live],
            "titles": [e.title for e in live],
            "title_lengths": [e.title_length for e in live],
            "surface": self._surface,
        }

    def vectors(self) -> semantic.Vectors | None:
        """The claims' vectors in the order of :meth:`to_plain`'s (call it first), or None."""
        return None if self._vectors is None else self._vectors.first(len(self._entries))

    @classmethod
    def from_plain(
        cls, plain: dict[str, Any], vectors: semantic.Vectors | None = None
    ) -> MatchingIndex:
        """An index from :meth:`to_plain`'s columns and :meth:`vectors` (which it needs when
        vectors can be made); ValueError when they do not fit."""
        try:
            spelling, postings = plain["spelling"], plain["postings"]
            columns = [plain[k] for k in _COLUMNS]
            ids, tokens = columns[0], columns[4]
            size = len(ids)
            if not all(isinstance(c, list) and len(c) == size for c in columns):
                raise ValueError("columns of different lengths")
            if not isinstance(spelling, list) or not isinstance(postings, list):
                raise ValueError("no vocabulary")
            if len(postings) != len(spelling) or not all(isinstance(t, str) for t in spelling):
                raise ValueError("postings and vocabulary disagree")
            if not all(isinstance(i, str) for i in ids) or len(set(ids)) != size:
                raise ValueError("claim ids missing or repeated")
            if max(map(max, filter(None, postings)), default=-1) >= size:
                raise ValueError("a posting names no claim")
            if max(map(max, filter(None, tokens)), default=-1) >= len(spelling):
                raise ValueError("a claim names no word")
            surface = plain["surface"]
            if not isinstance(surface, list) or len(surface) != len(spelling):
                raise ValueError("words as written and vocabulary disagree")
            if max(map(max, filter(None, columns[7])), default=-1) >= len(spelling):
                raise ValueError("a headline names no word")
            columns[4] = map(tuple, tokens)
            columns[7] = map(tuple, columns[7])
            entries = list(map(_Entry, *columns))
            index = cls()
            index._spelling = spelling
            index._surface = [str(w) for w in surface]
            index._vocabulary = {t: i for i, t in enumerate(spelling)}
            index._postings = postings
            index._frequency = list(map(len, postings))
            index._entries = list(entries)
            index._slots = dict(zip(ids, range(size), strict=True))
            index._total_length = sum(plain["lengths"])
            if index._vectors is not None:
                if vectors is None or vectors.shape != (size, semantic.DIMENSIONS):
                    raise ValueError("vectors missing or of another shape")
                index._vectors = semantic.VectorStore(vectors)
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not a matching index: {error}") from error
        return index

    def _weight(self, token: int, total: int) -> float:
        frequency = self._frequency[token]
        return math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))

    def _token_id(self, token: str) -> int:
        found = self._vocabulary.get(token)
        if found is None:
            found = len(self._spelling)
            self._vocabulary[token] = found
            self._spelling.append(token)
            self._surface.append("")
            self._postings.append([])
            self._frequency.append(0)
        return found

    def _compact(self) -> None:
        self._arrays.clear()
        self._columns = None
        if self._vectors is not None:
            self._vectors.keep([i for i, e in enumerate(self._entries) if e is not None])
        live = [e for e in self._entries if e is not None]
        self._entries = list(live)
        self._slots = {e.id: i for i, e in enumerate(live)}
        self._postings = [[] for _ in self._spelling]
        for slot, entry in enumerate(live):
            for token in entry.tokens:
                self._postings[token].append(slot)
        self._dead = 0


def _length_factor(length: int, average: float) -> float:
    """BM25's factor for a shared word (counted once) in a claim of ``length`` words."""
    return (K1 + 1) / (1 + K1 * (1 - B + B * length / average))


def _lexical(found: Features) -> frozenset[str]:
    """What BM25 counts of a claim: its word stems and its figures (however written)."""
    if not found.numbers:
        return found.words
    return found.words | {NUMBER + n for n in found.numbers}
