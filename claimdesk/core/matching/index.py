"""An in-memory inverted index of claims for proposing the ones that say the same thing.

Candidates come from the postings of the claim's features, each weighted by its rarity
(inverse document frequency), so that a search touches only claims sharing something rare;
the best few hundred are then judged in full by :func:`scoring.judge`. Claims are added,
replaced and removed one at a time; removed slots are skipped until the postings are
compacted.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from claimdesk.core.matching.features import Features, features
from claimdesk.core.matching.scoring import judge

CANDIDATES = 200
MIN_SCORE = 0.1  # below this a proposal shares a word or two by chance: not worth showing
# A feature shared by more claims than this is too common to fetch candidates with, when the
# claim has enough rarer ones; it still counts when candidates are judged.
_COMMON_SHARE = 0.05
_COMMON_FLOOR = 2000
_ENOUGH_RARE = 3


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


class MatchingIndex:
    """Claims by their features; not thread-safe (the desk is used from one thread at a time)."""

    def __init__(self) -> None:
        self._vocabulary: dict[str, int] = {}
        self._spelling: list[str] = []
        self._postings: list[list[int]] = []
        self._frequency: list[int] = []
        self._entries: list[_Entry | None] = []
        self._slots: dict[str, int] = {}
        self._dead = 0

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._slots

    def add(self, record: ClaimRecord) -> None:
        """Index a claim, replacing what was indexed under its id."""
        self.remove(record.id)
        tokens = features(record.text, record.dates).tokens()
        ids = tuple(sorted({self._token_id(t) for t in tokens}))
        slot = len(self._entries)
        self._entries.append(
            _Entry(record.id, record.article_id, record.claimant_id, record.reference, ids)
        )
        self._slots[record.id] = slot
        for token in ids:
            self._postings[token].append(slot)
            self._frequency[token] += 1

    def add_all(self, records: Iterable[ClaimRecord]) -> int:
        """Index many claims; returns how many."""
        count = 0
        for record in records:
            self.add(record)
            count += 1
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
        self._entries[slot] = None
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
        """The indexed claims most like an indexed claim (itself excluded), best first."""
        slot = self._slots.get(claim_id)
        if slot is None:
            return []
        entry = self._entries[slot]
        assert entry is not None
        query = Features.from_tokens([self._spelling[t] for t in entry.tokens])
        return self.similar_to(
            query, exclude=frozenset({claim_id}), claimant_id=entry.claimant_id, limit=limit
        )

    def similar_to(
        self,
        query: Features,
        *,
        exclude: frozenset[str] = frozenset(),
        claimant_id: str | None = None,
        limit: int = 5,
    ) -> list[Match]:
        """The indexed claims most like ``query``, best first, at most ``limit``."""
        total = max(1, len(self._slots))
        known = [self._vocabulary[t] for t in query.tokens() if t in self._vocabulary]
        known = [t for t in known if self._frequency[t] > 0]
        cap = max(_COMMON_FLOOR, int(total * _COMMON_SHARE))
        rare = [t for t in known if self._frequency[t] <= cap]
        fetch = rare if len(rare) >= _ENOUGH_RARE else known
        collected: dict[int, float] = {}
        get = collected.get
        for token in fetch:
            weight = self._weight(token, total)
            for slot in self._postings[token]:
                collected[slot] = get(slot, 0.0) + weight
        best = heapq.nlargest(CANDIDATES + len(exclude), collected.items(), key=itemgetter(1))

        def word_weight(word: str) -> float:
            token = self._vocabulary.get(word)
            return self._weight(token, total) if token is not None else math.log(total + 1)

        matches: list[Match] = []
        for slot, _ in best:
            entry = self._entries[slot]
            if entry is None or entry.id in exclude:
                continue
            other = Features.from_tokens([self._spelling[t] for t in entry.tokens])
            verdict = judge(
                query,
                other,
                word_weight,
                same_claimant=claimant_id is not None and entry.claimant_id == claimant_id,
                reference=entry.reference,
            )
            if verdict.score >= MIN_SCORE:
                matches.append(Match(entry.id, verdict.score, verdict.reason))
        matches.sort(key=lambda m: (-m.score, m.id))
        return matches[:limit]

    def _weight(self, token: int, total: int) -> float:
        return math.log((total + 1) / (self._frequency[token] + 0.5))

    def _token_id(self, token: str) -> int:
        found = self._vocabulary.get(token)
        if found is None:
            found = len(self._spelling)
            self._vocabulary[token] = found
            self._spelling.append(token)
            self._postings.append([])
            self._frequency.append(0)
        return found

    def _compact(self) -> None:
        live = [e for e in self._entries if e is not None]
        self._entries = list(live)
        self._slots = {e.id: i for i, e in enumerate(live)}
        self._postings = [[] for _ in self._spelling]
        for slot, entry in enumerate(live):
            for token in entry.tokens:
                self._postings[token].append(slot)
        self._dead = 0
