"""Finding claims again after an article's text was edited (pure functions, no database).

Each anchor is placed by the first of three steps that works, as web annotation tools do
with a W3C TextQuoteSelector:

1. **position**: the old offsets are carried through a diff of the old and new text; if the
   quote is still there, unchanged, that is the place;
2. **exact quote**: the quote, unchanged, found elsewhere (the occurrence nearest the old
   position; a short quote must also agree with its prefix or suffix);
3. **fuzzy**: the best approximate match of the quote near where the diff says it went (or,
   if the text moved, anywhere its pieces turn up), scored on the quote and on its prefix and
   suffix; accepted only when clearly similar.

An anchor that none of them places is reported as ``None`` (orphaned): the caller keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from claimdesk.core.model import Anchor

CONTEXT = 32  # characters of prefix and suffix kept with each anchor
# A fuzzy match must be at least this similar to the old quote, and with its context...
MIN_QUOTE_SCORE = 0.7
MIN_TOTAL_SCORE = 0.7
QUOTE_WEIGHT = 0.7
# ...and an exact match of a quote shorter than this must agree with its context too.
SHORT_QUOTE = 20
MIN_CONTEXT_SCORE = 0.5
# Replaced stretches up to this size are diffed again character by character.
_REFINE_LIMIT = 4000
_SEED = 12
_MAX_OCCURRENCES = 200
_MAX_CANDIDATES = 8
_TOKEN = re.compile(r"\w+\W*|\W+")


def anchor_at(text: str, start: int, end: int) -> Anchor:
    """The anchor of ``text[start:end]``: offsets, quote and up to 32 characters around it."""
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def reanchor(old_text: str, new_text: str, anchors: Sequence[Anchor]) -> list[Anchor | None]:
    """Where each anchor of ``old_text`` sits in ``new_text``; ``None`` for one that is lost.

    The result has one entry per anchor, in order. Offsets count code points; a placed
    anchor's quote, prefix and suffix are taken from ``new_text``.
    """
    diff = TextDiff(old_text, new_text)
    return [_place(diff, anchor) for anchor in anchors]


@dataclass(frozen=True, slots=True)
class _Op:
    tag: str
    i1: int
    i2: int
    j1: int
    j2: int


class TextDiff:
    """Character offsets of one text carried into an edited version of it."""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.new = new
        self.ops = _char_ops(old, new)

    def map_start(self, position: int) -> int | None:
        """Where a span starting at ``position`` starts now, if that character survived."""
        for op in self.ops:
            if op.tag == "equal" and op.i1 <= position < op.i2:
                return op.j1 + position - op.i1
        return len(self.new) if position == len(self.old) else None

    def map_end(self, position: int) -> int | None:
        """Where a span ending at ``position`` ends now, if the character before survived."""
        if position == 0:
            return 0
        for op in self.ops:
            if op.tag == "equal" and op.i1 < position <= op.i2:
                return op.j1 + position - op.i1
        return None

    def region(self, start: int, end: int) -> tuple[int, int]:
        """The stretch of the new text that ``[start, end)`` of the old one became."""
        new_start = self.map_start(start)
        new_end = self.map_end(end)
        for op in self.ops:
            if new_start is None and op.i1 <= start < max(op.i2, op.i1 + 1):
                new_start = op.j1
            if new_end is None and op.i1 < end <= op.i2:
                new_end = op.j2
        new_start = 0 if new_start is None else new_start
        new_end = len(self.new) if new_end is None else new_end
        return new_start, max(new_start, new_end)


def _char_ops(old: str, new: str) -> list[_Op]:
    # Words (with the spaces and punctuation after them) keep the diff fast and readable;
    # replaced stretches are then diffed by character so that a fixed typo maps exactly.
    old_tokens, new_tokens = _TOKEN.findall(old), _TOKEN.findall(new)
    old_at, new_at = _offsets(old_tokens), _offsets(new_tokens)
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    ops: list[_Op] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        i1, i2, j1, j2 = old_at[a1], old_at[a2], new_at[b1], new_at[b2]
        if tag == "replace" and i2 - i1 <= _REFINE_LIMIT and j2 - j1 <= _REFINE_LIMIT:
            inner = SequenceMatcher(None, old[i1:i2], new[j1:j2], autojunk=False)
            ops.extend(
                _Op(t, i1 + x1, i1 + x2, j1 + y1, j1 + y2)
                for t, x1, x2, y1, y2 in inner.get_opcodes()
            )
        else:
            ops.append(_Op(tag, i1, i2, j1, j2))
    return ops


def _offsets(tokens: list[str]) -> list[int]:
    offsets = [0]
    for token in tokens:
        offsets.append(offsets[-1] + len(token))
    return offsets


def _place(diff: TextDiff, anchor: Anchor) -> Anchor | None:
    if not anchor.exact.strip():
        return None
    new = diff.new
    start, end = diff.map_start(anchor.start), diff.map_end(anchor.end)
    if start is not None and end is not None and new[start:end] == anchor.exact:
        return anchor_at(new, start, end)
    expected = start if start is not None else diff.region(anchor.start, anchor.end)[0]
    found = _nearest_exact(new, anchor, expected)
    if found is not None:
        return found
    return _fuzzy(diff, anchor)


def _nearest_exact(text: str, anchor: Anchor, expected: int) -> Anchor | None:
    candidates: list[tuple[int, float, int]] = []
    position = text.find(anchor.exact)
    while position >= 0 and len(candidates) < _MAX_OCCURRENCES:
        context = _context_score(text, anchor, position, position + len(anchor.exact))
        if len(anchor.exact) >= SHORT_QUOTE or context >= MIN_CONTEXT_SCORE:
            candidates.append((abs(position - expected), -context, position))
        position = text.find(anchor.exact, position + 1)
    if not candidates:
        return None
    _, _, best = min(candidates)
    return anchor_at(text, best, best + len(anchor.exact))


def _fuzzy(diff: TextDiff, anchor: Anchor) -> Anchor | None:
    text = diff.new
    slack = len(anchor.exact) // 4 + 8
    region_start, region_end = diff.region(anchor.start, anchor.end)
    windows = [(max(0, region_start - slack), min(len(text), region_end + slack))]
    windows.extend(
        (max(0, guess - slack), min(len(text), guess + len(anchor.exact) + slack))
        for guess in _seed_guesses(text, anchor.exact)
    )
    spans = [_trim(text, region_start, region_end)]
    spans.extend(_align(text, anchor.exact, low, high) for low, high in windows)
    best: tuple[float, int, int] | None = None
    for span in spans:
        if span is None:
            continue
        start, end = span
        quote = _similarity(anchor.exact, text[start:end])
        if quote < MIN_QUOTE_SCORE:
            continue
        total = QUOTE_WEIGHT * quote + (1 - QUOTE_WEIGHT) * _context_score(text, anchor, start, end)
        if total >= MIN_TOTAL_SCORE and (best is None or total > best[0]):
            best = (total, start, end)
    if best is None:
        return None
    return anchor_at(text, best[1], best[2])


def _seed_guesses(text: str, quote: str) -> list[int]:
    # Pieces of the quote found in the new text vote for where the quote would start.
    votes: dict[int, int] = {}
    step = max(1, (len(quote) - _SEED) // 6)
    for offset in range(0, max(1, len(quote) - _SEED + 1), step):
        seed = quote[offset : offset + _SEED]
        if len(seed.strip()) < _SEED // 2:
            continue
        position = text.find(seed)
        hits = 0
        while position >= 0 and hits < _MAX_OCCURRENCES:
            guess = max(0, position - offset)
            bucket = guess // 16 * 16
            votes[bucket] = votes.get(bucket, 0) + 1
            hits += 1
            position = text.find(seed, position + 1)
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    return [guess for guess, _ in ranked[:_MAX_CANDIDATES]]


def _align(text: str, quote: str, low: int, high: int) -> tuple[int, int] | None:
    window = text[low:high]
    if not window.strip():
        return None
    matcher = SequenceMatcher(None, window, quote, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= 3]
    if not blocks:
        return None
    return _trim(text, low + blocks[0].a, low + blocks[-1].a + blocks[-1].size)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _context_score(text: str, anchor: Anchor, start: int, end: int) -> float:
    scores: list[float] = []
    if anchor.prefix:
        scores.append(_similarity(anchor.prefix, text[max(0, start - len(anchor.prefix)) : start]))
    if anchor.suffix:
        scores.append(_similarity(anchor.suffix, text[end : end + len(anchor.suffix)]))
    return sum(scores) / len(scores) if scores else 1.0
