"""Short HTML snippets of a hit's text with the matched words in bold."""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Iterator, Sequence, Set
from typing import Any

with warnings.catch_warnings():
    # Whoosh 2.7 has invalid escapes and old idioms that warn on Python 3.11+.
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from whoosh.highlight import ContextFragmenter, Formatter, get_text

SNIPPET_CHARS = 160
_ELLIPSIS = "…"
# How far a fragment edge may move to reach whitespace (texts without spaces stay short).
_WIDEN = 24
_SPACES = re.compile(r"\s+")


class _BoldFormatter(Formatter):  # type: ignore[misc]
    """Bold matched words, HTML-escape everything, mark cut ends with an ellipsis."""

    between = f" {_ELLIPSIS} "

    def _text(self, text: str) -> str:
        return _escape(text)

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        """The matched word, escaped, in ``<b>``."""
        return f"<b>{_escape(get_text(text, token, replace))}</b>"

    def format_fragment(self, fragment: Any, replace: bool = False) -> str:
        """One fragment, with an ellipsis where it does not reach the text's ends."""
        text = fragment.text
        # Fragments start and end on word tokens; widen them to whitespace so that
        # punctuation and markup stuck to the edge words ("<script>", "tutto.") stay whole.
        start, end = fragment.startchar, fragment.endchar
        while start > max(0, fragment.startchar - _WIDEN) and not text[start - 1].isspace():
            start -= 1
        limit = min(len(text), fragment.endchar + _WIDEN)
        while end < limit and not text[end].isspace():
            end += 1
        fragment.startchar, fragment.endchar = start, end
        body = str(super().format_fragment(fragment, replace=replace)).strip()
        if text[: fragment.startchar].strip():
            body = f"{_ELLIPSIS} {body}"
        if text[fragment.endchar :].strip():
            body = f"{body} {_ELLIPSIS}"
        return body


class SnippetMaker:
    """Makes snippets for hits; one per index, reused across searches."""

    def __init__(self, max_chars: int = SNIPPET_CHARS) -> None:
        self._max_chars = max_chars
        self._fragmenter = ContextFragmenter(maxchars=max_chars, surround=max_chars // 3)
        self._formatter = _BoldFormatter()

    def snippet(self, text: str, readings: Sequence[tuple[Any, Set[str]]]) -> str:
        """An HTML snippet of ``text``.

        ``readings`` pairs an analyzer with the indexed words it matched in this document.
        Every analyzer here starts with the same tokenizer, so their tokens line up and a
        word is bold when any reading matched it (the stem in the language field, or the
        word as written for a wildcard). Without a match, the start of the text.
        """
        if not text:
            return ""
        readings = [(analyzer, words) for analyzer, words in readings if words]
        if readings:
            tokens = _matched_tokens(text, readings)
            # The first fragment will do: taking it stops the analysis of a long text there.
            first = next(iter(self._fragmenter.fragment_tokens(text, tokens)), None)
            if first is not None:
                return _squeeze(self._formatter.format_fragment(first))
        return self._opening(text)

    def _opening(self, text: str) -> str:
        flat = _SPACES.sub(" ", text).strip()
        if len(flat) <= self._max_chars:
            return _escape(flat)
        cut = flat[: self._max_chars]
        space = cut.rfind(" ")
        if space > self._max_chars // 2:
            cut = cut[:space]
        return f"{_escape(cut)} {_ELLIPSIS}"


def _matched_tokens(text: str, readings: list[tuple[Any, Set[str]]]) -> Iterator[Any]:
    streams = [
        analyzer(text, positions=True, chars=True, mode="index", removestops=False)
        for analyzer, _ in readings
    ]
    word_sets = [words for _, words in readings]
    for tokens in zip(*streams, strict=False):
        first = tokens[0]
        first.matched = any(
            token.text in words and not token.stopped
            for token, words in zip(tokens, word_sets, strict=True)
        )
        yield first


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _squeeze(snippet: str) -> str:
    return _SPACES.sub(" ", snippet).strip()
