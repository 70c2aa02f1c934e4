"""Every match of a query with its score, read from the postings a block at a time.

Whoosh's matchers walk the postings one document at a time through layers of Python
objects; listing every match (for the total and the facets) and then scoring the top ones
that way cost tens of milliseconds per query. Here each term's postings are read a block
at a time into ``{docnum: score}`` and And, Or and Not become dict and set operations,
which run at C speed. Scores are Whoosh's BM25F, for the text fields only: filters (kind,
verdict, dates, ids...) narrow the matches and add nothing to the score. Query forms this
module does not know are run by Whoosh's own matchers, so every query still works.

Whoosh 2.7.4 is the last Whoosh release: the few private attributes read here (a posting
block's data, a segment's length column) will not move; each such read has a slow public
fallback anyway.
"""

from __future__ import annotations

import warnings
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate, repeat
from math import log
from pickle import loads
from typing import Any

with warnings.catch_warnings():
    # Whoosh 2.7 has invalid escapes and old idioms that warn on Python 3.11+.
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from whoosh import query as wq
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
    from whoosh.formats import Positions
    from whoosh.matching.wrappers import FilterMatcher
    from whoosh.query.qcore import _NullQuery
    from whoosh.util.numeric import byte_to_length, length_to_byte

# Fields whose words rank the results; every other field only filters.
SCORED_FIELDS = frozenset({"title", "claimant", "outlet", "text_it", "text_en", "text_other"})
# Whoosh's BM25F defaults.
K1 = 1.2
B = 0.75
# The matches of frequent terms, scored, are kept between searches: as you type, and as a
# user refines a search, the same words come back at every keystroke. Segments never
# change, so an entry stays right until its segment is merged away (deletions are applied
# afterwards); the key holds the statistics the scores depend on. Bounded by the number of
# documents kept (about 100 bytes each).
CACHED_DOCS = 400_000
CACHE_MIN_DOCS = 300

Scores = dict[int, float]


class PostingCache:
    """Recently read matches of frequent terms, by segment; shared by a searcher's queries."""

    def __init__(self, size: int = CACHED_DOCS) -> None:
        """A cache of at most ``size`` documents over all its entries."""
        self._size = size
        self._held = 0
        self._entries: OrderedDict[tuple[Any, ...], Scores] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> Scores | None:
        """A copy of the matches kept under ``key``, or ``None``."""
        found = self._entries.get(key)
        if found is None:
            return None
        self._entries.move_to_end(key)
        return found.copy()

    def put(self, key: tuple[Any, ...], value: Scores) -> None:
        """Keep a copy of ``value``, forgetting the least recently used past the size."""
        if len(value) > self._size // 4:
            return
        old = self._entries.pop(key, None)
        self._held += len(value) - (len(old) if old is not None else 0)
        self._entries[key] = value.copy()
        while self._held > self._size and self._entries:
            _, dropped = self._entries.popitem(last=False)
            self._held -= len(dropped)


def find_matches(
    searcher: Any,
    q: Any,
    cache: PostingCache | None = None,
    columns: Mapping[str, Sequence[int]] | None = None,
) -> Scores:
    """``{docnum: score}`` of every live document ``q`` matches (global docnums).

    ``columns`` maps a numeric field to its value for every document (global docnums):
    ranges over those fields are checked there instead of in the postings.
    """
    found: Scores = {}
    for subsearcher, offset in searcher.leaf_searchers():
        segment = _Segment(searcher, subsearcher, cache, columns or {}, offset)
        matched = segment.run(q)
        if segment.deleted and matched:
            for docnum in segment.deleted.intersection(matched):
                del matched[docnum]
        if offset:
            matched = {docnum + offset: score for docnum, score in matched.items()}
        found.update(matched)
    return found


class _Segment:
    """Runs queries over one segment; docnums are the segment's own."""

    def __init__(
        self,
        top: Any,
        searcher: Any,
        cache: PostingCache | None,
        columns: Mapping[str, Sequence[int]],
        offset: int,
    ) -> None:
        self._top = top
        self._columns = columns
        self._offset = offset
        self._searcher = searcher
        self._reader = searcher.reader()
        self._cache = cache
        self._key = _segment_key(self._reader)
        self.deleted = _deleted(self._reader)

    def run(self, q: Any) -> Scores:
        """The matches of ``q`` in this segment (deleted documents may be included)."""
        if isinstance(q, wq.Term):
            return self._term(q.fieldname, q.text, q.boost)
        if isinstance(q, _NullQuery):
            return {}
        if isinstance(q, wq.And):
            return self._and(list(q.children()))
        if isinstance(q, wq.Or) and not q.minmatch and type(q) in (wq.Or, wq.DefaultOr):
            return self._or(q.children(), q.boost)
        if isinstance(q, wq.AndNot):
            return self._without(self.run(q.a), q.b)
        if isinstance(q, wq.AndMaybe):
            found = self.run(q.a)
            if found:
                _add_where_present(found, self.run(q.b))
            return found
        if isinstance(q, wq.Not):
            return self._without(dict.fromkeys(range(self._reader.doc_count_all()), 0.0), q.query)
        if isinstance(q, wq.Every) and not q.fieldname:
            return dict.fromkeys(range(self._reader.doc_count_all()), 0.0)
        if isinstance(q, wq.NumericRange):
            if q.fieldname in self._columns:
                return self._in_range(q, None)
            # A few tiers of term ranges, each expanded below to the terms this segment holds.
            return self.run(q._compile_query(self._reader))
        if isinstance(q, wq.MultiTerm):
            # The terms this segment holds, as Whoosh's own matcher expands them (kept as
            # bytes: a date tier's terms do not convert back to values).
            terms = [wq.Term(q.fieldname, btext) for btext in q._btexts(self._reader) if btext]
            return self._or(terms, q.boost)
        if isinstance(q, wq.ConstantScoreQuery):
            return self.run(q.child)
        if isinstance(q, wq.Phrase):
            return self._phrase(q)
        return self._whoosh(q)

    def _and(self, children: list[Any]) -> Scores:
        # Ranges over a column are checked on the other parts' matches, document by
        # document, instead of reading every posting of every date in the range.
        ranges = [child for child in children if self._is_column_range(child)]
        wanted = [
            child for child in children if not isinstance(child, wq.Not) and child not in ranges
        ]
        unwanted = [child.query for child in children if isinstance(child, wq.Not)]
        if not wanted:
            if not ranges:
                wanted = [wq.Every()]
            else:
                wanted, ranges = ranges[:1], ranges[1:]
        # Rarest first: the running result only shrinks, and a rare first term makes every
        # later step cheap.
        wanted.sort(key=self._estimate)
        found = self.run(wanted[0])
        for child in wanted[1:]:
            if not found:
                return found
            other = self.run(child)
            if any(other.values()):
                found = {d: s + other[d] for d, s in found.items() if d in other}
            else:
                found = {d: s for d, s in found.items() if d in other}
        for child in ranges:
            found = self._in_range(child, found)
        for child in unwanted:
            if not found:
                break
            found = self._without(found, child)
        return found

    def _is_column_range(self, q: Any) -> bool:
        return isinstance(q, wq.NumericRange) and q.fieldname in self._columns

    def _in_range(self, q: Any, among: Scores | None) -> Scores:
        """The documents whose column value lies in the range ``q`` (of ``among``, if given)."""
        if among is not None and not among:
            return among
        values, offset = self._columns[q.fieldname], self._offset
        # An undated document (a negative value, see facets.NO_DATE) is in no range.
        low = 0 if q.start is None else q.start + (1 if q.startexcl else 0)
        high = 2**64 if q.end is None else q.end - (1 if q.endexcl else 0)
        if among is None:
            size = self._reader.doc_count_all()
            return {d: 0.0 for d in range(size) if low <= values[offset + d] <= high}
        return {d: s for d, s in among.items() if low <= values[offset + d] <= high}

    def _phrase(self, q: Any) -> Scores:
        """Documents with the words in order, each within ``slop`` positions of the last,
        as Whoosh's phrase matcher finds them; scored as the words would be together."""
        fieldname, words = q.fieldname, list(q.words)
        schema = self._reader.schema
        if fieldname not in schema:
            return {}
        field = schema[fieldname]
        if not field.format or not field.format.supports("positions"):
            return self._whoosh(q)
        if len(words) == 1:
            return self._term(fieldname, words[0], q.boost)
        found = self._and([wq.Term(fieldname, word) for word in words])
        if not found:
            return found
        decode = _positions_decoder(field.format)
        positions = [self._positions(fieldname, word, found, decode) for word in words]
        slop = max(1, int(q.slop))
        kept = {
            d: s * q.boost
            for d, s in found.items()
            if _in_order([per_word[d] for per_word in positions], slop)
        }
        return kept

    def _positions(
        self, fieldname: str, word: str, wanted: Scores, decode: Any
    ) -> dict[int, list[int]]:
        """The positions of ``word`` in each of the ``wanted`` documents."""
        matcher = _unwrap(self._reader.postings(fieldname, word))
        found: dict[int, list[int]] = {}
        if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
            ordered = sorted(wanted)
            previous_max = -1
            while not matcher._atend:
                block_max = matcher._maxid
                # Only blocks holding a wanted document are unpacked.
                at = bisect_right(ordered, previous_max)
                if at < len(ordered) and ordered[at] <= block_max:
                    if matcher._data is None:
                        matcher._read_data()
                    matcher._read_values()
                    for d, value in zip(accumulate(matcher._data[0]), matcher._values, strict=True):
                        if d in wanted:
                            found[d] = decode(value)
                previous_max = block_max
                matcher._next_block()
            return found
        while matcher.is_active():
            d = matcher.id()
            if d in wanted:
                found[d] = decode(matcher.value())
            matcher.next()
        return found

    def _or(self, children: Iterable[Any], boost: float) -> Scores:
        found: Scores = {}
        for child in children:
            other = self.run(child)
            if not found:
                found = other
            elif any(other.values()):
                if len(other) > len(found):
                    found, other = other, found
                for docnum, score in other.items():
                    found[docnum] = found.get(docnum, 0.0) + score
            else:
                for docnum in other.keys() - found.keys():
                    found[docnum] = 0.0
        if boost != 1.0:
            found = {d: s * boost for d, s in found.items()}
        return found

    def _without(self, found: Scores, q: Any) -> Scores:
        if not found:
            return found
        dropped = self.run(q)
        if not dropped:
            return found
        return {d: s for d, s in found.items() if d not in dropped}

    def _estimate(self, q: Any) -> int:
        if isinstance(q, wq.Term):
            try:
                return int(self._reader.doc_frequency(q.fieldname, q.text))
            except Exception:  # a value the field cannot encode matches nothing anyway
                return 0
        # Ranges and phrases cost more per match than a term: run them after the terms.
        return int(self._reader.doc_count_all()) + 1

    def _term(self, fieldname: str, text: Any, boost: float) -> Scores:
        reader = self._reader
        try:
            if (fieldname, text) not in reader:
                return {}
        except Exception:  # a value the field cannot encode (Whoosh raises): no match
            return {}
        scored = boost != 0 and fieldname in SCORED_FIELDS
        top = self._top
        key = (self._key, fieldname, text, boost if scored else 0.0, top.doc_count_all())
        if self._cache is not None:
            cached = self._cache.get(key)
            if cached is not None:
                return cached
        ids, weights = _read_postings(reader.postings(fieldname, text))
        if not scored:
            found = dict.fromkeys(ids, 0.0)
        else:
            lengths = self._lengths(fieldname)
            average = top.avg_field_length(fieldname) or 1.0
            norms = [K1 * ((1 - B) + B * byte_to_length(n) / average) for n in range(256)]
            factor = _idf(top, fieldname, text) * (K1 + 1) * boost
            found = {
                d: factor * w / (w + norms[lengths[d]]) for d, w in zip(ids, weights, strict=True)
            }
        if self._cache is not None and len(found) >= CACHE_MIN_DOCS:
            self._cache.put(key, found)
        return found

    def _lengths(self, fieldname: str) -> bytes:
        # One byte per document: Whoosh's quantised field length (see byte_to_length).
        reader = self._reader
        size = reader.doc_count_all()
        try:
            column = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
            raw = bytes(column._dbfile.get(column._basepos, column._count)) if column else b""
        except AttributeError:  # another codec: the public, slower lookup
            return bytes(
                length_to_byte(reader.doc_field_length(d, fieldname) or 0) for d in range(size)
            )
        return raw + bytes(size - len(raw)) if len(raw) < size else raw

    def _whoosh(self, q: Any) -> Scores:
        # Phrases and rarer forms: Whoosh's matcher, one document at a time.
        matcher = q.matcher(self._searcher)
        found: Scores = {}
        while matcher.is_active():
            found[matcher.id()] = matcher.score()
            matcher.next()
        return found


def _positions_decoder(fmt: Any) -> Any:
    """A fast decoder for Whoosh's Positions values (a count, then pickled deltas)."""
    if type(fmt) is not Positions:
        return fmt.decode_positions

    def decode(value: bytes) -> list[int]:
        return list(accumulate(loads(value[4:] if value[-1:] == b"." else value[4:] + b".")))

    return decode


def _unwrap(matcher: Any) -> Any:
    while isinstance(matcher, FilterMatcher):
        # Deletions are applied once per query by the caller; what the filter already
        # skipped in the current block was deleted, so reading the block whole is right.
        matcher = matcher.child
    return matcher


def _in_order(positions: list[list[int]], slop: int) -> bool:
    """Whether some position of each word follows one of the previous word's by 1..slop."""
    current = positions[0]
    for following in positions[1:]:
        if slop == 1:
            starts = {p + 1 for p in current}
            current = [p for p in following if p in starts]
        else:
            current = [p for p in following if any(0 < p - c <= slop for c in current)]
        if not current:
            return False
    return True


def _read_postings(matcher: Any) -> tuple[list[int], list[float]]:
    """Every id and weight of a term's postings (deleted documents included)."""
    matcher = _unwrap(matcher)
    ids: list[int] = []
    weights: list[float] = []
    if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
        while not matcher._atend:
            if matcher._data is None:
                matcher._read_data()
            block_ids, block_weights = matcher._data[0], matcher._data[1]
            count = matcher._blocklength
            ids.extend(accumulate(block_ids))
            if block_weights is None:
                weights.extend(repeat(1.0, count))
            elif isinstance(block_weights, float):
                weights.extend(repeat(block_weights, count))
            else:
                weights.extend(block_weights)
            matcher._next_block()
        return ids, weights
    while matcher.is_active():  # inlined postings of a rare term, or another codec
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return ids, weights


def _idf(searcher: Any, fieldname: str, text: Any) -> float:
    # Whoosh's idf (scoring.Weighting.idf), over the whole index.
    count = searcher.doc_frequency(fieldname, text)
    return log(searcher.doc_count_all() / (count + 1)) + 1


def _add_where_present(found: Scores, extra: Scores) -> None:
    for docnum, score in extra.items():
        if docnum in found:
            found[docnum] += score


def _deleted(reader: Any) -> frozenset[int]:
    if not reader.has_deletions():
        return frozenset()
    segment = reader.segment() if hasattr(reader, "segment") else None
    if segment is not None:
        return frozenset(segment.deleted_docs())
    return frozenset(d for d in range(reader.doc_count_all()) if reader.is_deleted(d))


def _segment_key(reader: Any) -> Any:
    segment = reader.segment() if hasattr(reader, "segment") else None
    return segment.segment_id() if segment is not None else id(reader)
