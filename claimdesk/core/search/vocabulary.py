"""The words of the library as written (folded), per text language, with how often each occurs.

Wildcards, prefixes, fuzzy terms and "did you mean" are answered here instead of by Whoosh's
term expansion: a sorted list finds completions by bisection, the most frequent come first,
and each chosen word is then searched as its language's analyzer stems it. Keeping the words
outside the index saves indexing every text twice (once stemmed, once as written).

Persistence: a full snapshot (``<name>.vocab``) written at rebuild, plus an append-only log
(``<name>.vocab.log``) of what each later commit added; a torn last line is skipped.
"""

from __future__ import annotations

import bisect
import heapq
import json
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from whoosh.automata.fsa import find_all_matches
    from whoosh.automata.lev import levenshtein_automaton

from claimdesk.core.search.schema import TEXT_LANGUAGES, fold

# The same words Whoosh's RegexTokenizer finds ("u.s" stays one word).
_WORDS = re.compile(r"\w+(?:\.?\w+)*")
# Completion lists for short prefixes are costly to find and asked for at every keystroke.
_CACHED_PREFIX_CHARS = 3


def words_of(text: str) -> list[str]:
    """The folded words of ``text``, as the index's tokenizer splits them."""
    return _WORDS.findall(fold(text))


class Vocabulary:
    """Word counts per text language; sorted views are kept for prefix and fuzzy lookups."""

    def __init__(self) -> None:
        """An empty vocabulary."""
        self._counts: dict[str, Counter[str]] = {lang: Counter() for lang in TEXT_LANGUAGES}
        self._sorted: dict[str, list[str]] = {}
        self._prefix_cache: dict[tuple[str, str, int], list[str]] = {}

    def add(self, language: str, text: str) -> Counter[str]:
        """Count the words of ``text`` under ``language``; returns what was added."""
        added = Counter(words_of(text))
        self.add_counts(language, added)
        return added

    def add_counts(self, language: str, added: Counter[str]) -> None:
        """Add word counts under ``language`` (a text language)."""
        counts = self._counts[language]
        fresh = [word for word in added if word not in counts]
        counts.update(added)
        ordered = self._sorted.get(language)
        if ordered is not None:
            for word in fresh:
                bisect.insort(ordered, word)
        self._prefix_cache.clear()

    def count(self, word: str, language: str | None = None) -> int:
        """How often ``word`` (folded) occurs, in one language or in all."""
        languages = (language,) if language else TEXT_LANGUAGES
        return sum(self._counts[lang].get(word, 0) for lang in languages)

    def __len__(self) -> int:
        """How many distinct words, over all languages."""
        return sum(len(counts) for counts in self._counts.values())

    def completions(self, language: str, prefix: str, limit: int) -> list[str]:
        """The ``limit`` most frequent words of ``language`` that start with ``prefix``."""
        key = (language, prefix, limit)
        cached = self._prefix_cache.get(key)
        if cached is not None:
            return cached
        counts = self._counts[language]
        found = heapq.nlargest(limit, self._range(language, prefix), key=counts.__getitem__)
        if len(prefix) <= _CACHED_PREFIX_CHARS:
            self._prefix_cache[key] = found
        return found

    def matching(self, language: str, pattern: str, limit: int) -> list[str]:
        """The ``limit`` most frequent words matching a wildcard ``pattern`` (``*`` and ``?``)."""
        literal = re.split(r"[*?]", pattern, maxsplit=1)[0]
        regex = re.compile(
            "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
        )
        counts = self._counts[language]
        words = (word for word in self._range(language, literal) if regex.fullmatch(word))
        return heapq.nlargest(limit, words, key=counts.__getitem__)

    def near(self, language: str, word: str, maxdist: int, prefix: int, limit: int) -> list[str]:
        """Words of ``language`` within ``maxdist`` edits of ``word`` that share its first
        ``prefix`` characters, most frequent first."""
        ordered = self._ordered(language)
        if not ordered:
            return []
        dfa = levenshtein_automaton(word, maxdist, prefix=prefix).to_dfa()

        def first_at_or_after(text: str) -> str | None:
            position = bisect.bisect_left(ordered, text)
            return ordered[position] if position < len(ordered) else None

        counts = self._counts[language]
        return heapq.nlargest(
            limit, find_all_matches(dfa, first_at_or_after), key=counts.__getitem__
        )

    def _range(self, language: str, prefix: str) -> Iterator[str]:
        ordered = self._ordered(language)
        start = bisect.bisect_left(ordered, prefix)
        for position in range(start, len(ordered)):
            word = ordered[position]
            if not word.startswith(prefix):
                return
            yield word

    def _ordered(self, language: str) -> list[str]:
        ordered = self._sorted.get(language)
        if ordered is None:
            ordered = sorted(self._counts[language])
            self._sorted[language] = ordered
        return ordered

    # Persistence
    def save(self, path: Path) -> None:
        """Write the whole vocabulary to ``path`` atomically and start an empty log."""
        temporary = path.with_name(path.name + ".tmp")
        data = {lang: dict(counts) for lang, counts in self._counts.items()}
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
        log_path(path).unlink(missing_ok=True)

    @classmethod
    def load(cls, path: Path) -> Vocabulary | None:
        """The vocabulary saved at ``path`` with its log replayed, or ``None`` if unreadable."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        vocabulary = cls()
        for lang, counts in data.items():
            if lang in vocabulary._counts and isinstance(counts, dict):
                vocabulary._counts[lang].update(counts)
        for lang, counts in _log_entries(log_path(path)):
            vocabulary._counts[lang].update(counts)
        return vocabulary


def log_path(path: Path) -> Path:
    """Where the additions made since ``path`` was written are logged."""
    return path.with_name(path.name + ".log")


def append_log(path: Path, added: Iterable[tuple[str, Counter[str]]]) -> None:
    """Log word counts added by one commit (one JSON line)."""
    entry = {lang: dict(counts) for lang, counts in added if counts}
    if not entry:
        return
    with log_path(path).open("a", encoding="utf-8") as log:
        log.write(json.dumps(entry, ensure_ascii=False) + "\n")


def _log_entries(path: Path) -> Iterator[tuple[str, dict[str, int]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:  # the last line of a commit cut short by a crash
            continue
        if isinstance(entry, dict):
            for lang, counts in entry.items():
                if lang in TEXT_LANGUAGES and isinstance(counts, dict):
                    yield lang, counts
