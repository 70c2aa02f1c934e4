""" "Did you mean": the query with each unknown word replaced by the closest frequent word."""

from __future__ import annotations

import re

from claimdesk.core.search.query_text import OPERATORS
from claimdesk.core.search.schema import TEXT_LANGUAGES, fold
from claimdesk.core.search.vocabulary import Vocabulary

# Query pieces: phrases and ranges whole (never corrected), else runs without spaces.
_TOKEN = re.compile(r'"[^"]*"|\[[^\]]*\]|\{[^}]*\}|[^\s()"]+')
_PLAIN = re.compile(r"[-+]?([^\W\d_]{3,})")


def did_you_mean(query: str, vocabulary: Vocabulary) -> str | None:
    """The query with misspelt plain words corrected, or ``None`` when all are known.

    A word is misspelt when the library never uses it and a word within one edit (two for
    words of six letters or more), with the same first letter, is used; the most frequent
    such word replaces it.
    """
    changed = False
    pieces: list[str] = []
    last = 0
    for token in _TOKEN.finditer(query):
        text = token.group(0)
        replacement = _correct(text, vocabulary)
        if replacement is not None:
            pieces.append(query[last : token.start()])
            pieces.append(replacement)
            last = token.end()
            changed = True
    if not changed:
        return None
    pieces.append(query[last:])
    return "".join(pieces)


def _correct(token: str, vocabulary: Vocabulary) -> str | None:
    if token in OPERATORS or ":" in token:
        return None
    match = _PLAIN.fullmatch(token)
    if match is None:
        return None
    word = fold(match.group(1))
    if vocabulary.count(word) > 0:
        return None
    distance = 2 if len(word) >= 6 else 1
    best: tuple[int, str] | None = None
    for lang in TEXT_LANGUAGES:
        for candidate in vocabulary.near(lang, word, distance, 1, 1):
            score = vocabulary.count(candidate)
            if best is None or score > best[0]:
                best = (score, candidate)
    if best is None:
        return None
    return token[: match.start(1)] + best[1]
