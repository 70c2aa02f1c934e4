"""From a typed query to a Whoosh query over the index's per-language fields."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

with warnings.catch_warnings():
    # Whoosh 2.7 has invalid escapes and old idioms that warn on Python 3.11+.
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from whoosh import query as wq
    from whoosh.qparser import (
        FuzzyTermPlugin,
        GtLtPlugin,
        OperatorsPlugin,
        QueryParser,
        SingleQuotePlugin,
    )

from claimdesk.core.messages import Message, joined
from claimdesk.core.search.query_text import plain_words, repair_query
from claimdesk.core.search.schema import PLAIN_FIELD, TEXT_LANGUAGES, fold, parse_schema
from claimdesk.core.search.vocabulary import Vocabulary

# How many words (most frequent first) a wildcard, prefix or fuzzy term stands for, per
# language. Whoosh would expand to every matching word: thousands for a short prefix.
EXPAND_LIMIT = 50

_PART_UNREAD = "Part of the query could not be read: searched without it."
_UNREADABLE = Message("Could not read the query: searched for its words instead.")


@dataclass(frozen=True, slots=True)
class ReadQuery:
    """A query ready to run (``None`` when it can match nothing) and how it was read."""

    query: Any
    notice: str | None


class QueryReader:
    """Turns query strings into Whoosh queries for one index schema; reusable."""

    def __init__(self, index_schema: Any, vocabulary: Vocabulary) -> None:
        self._parser = QueryParser(PLAIN_FIELD, parse_schema(index_schema))
        # Apostrophes are everyday Italian ("l'anno"), not quoting.
        self._parser.remove_plugin_class(SingleQuotePlugin)
        self._parser.remove_plugin_class(OperatorsPlugin)
        self._parser.add_plugin(OperatorsPlugin(AndNot=None, AndMaybe=None, Require=None))
        self._parser.add_plugin(FuzzyTermPlugin())
        self._parser.add_plugin(GtLtPlugin())
        self._analyzers = {lang: index_schema[f"text_{lang}"].analyzer for lang in TEXT_LANGUAGES}
        self.vocabulary = vocabulary
        self._expand_limit = EXPAND_LIMIT

    def read(self, text: str, expand_limit: int = EXPAND_LIMIT) -> ReadQuery:
        """Parse ``text``; never raises for any input, says in ``notice`` what it changed.

        ``expand_limit`` caps how many words a wildcard, prefix or fuzzy term stands for.
        """
        self._expand_limit = expand_limit
        if not text.strip():
            return ReadQuery(None, None)
        repaired = repair_query(text)
        notice = repaired.notice
        try:
            parsed = self._parser.parse(repaired.text)
            errors = _errors(parsed)
            if errors:
                notice = _join(notice, Message(_PART_UNREAD))
            return ReadQuery(self._spread(parsed), notice)
        except Exception:  # Whoosh's parser has corner cases of its own; fall back to words
            words = plain_words(text)
            if not words:
                return ReadQuery(None, _UNREADABLE)
            try:
                return ReadQuery(self._spread(self._parser.parse(words)), _UNREADABLE)
            except Exception:
                return ReadQuery(None, _UNREADABLE)

    def _spread(self, parsed: Any) -> Any:
        """Replace plain-word leaves by their per-language forms.

        A document in language L matches a plain word when its L field holds the word as L's
        analyzer reads it; a stop word of L is dropped from the L reading, as Whoosh drops
        stop words. So the query is read once per language and each reading is limited to
        that language's documents.
        """
        parsed = parsed.normalize()
        if parsed is wq.NullQuery:
            return None
        if not _has_leaf(parsed, _is_language_leaf):
            result = _rewrite(parsed, lambda leaf: self._leaf_for(leaf, None)).normalize()
            return None if result is wq.NullQuery else result
        branches = []
        for lang in TEXT_LANGUAGES:
            reading = _rewrite(parsed, lambda leaf, lang=lang: self._leaf_for(leaf, lang))
            reading = reading.normalize()
            if reading is wq.NullQuery:
                continue
            if not _requires_field(reading, f"text_{lang}"):
                # Only documents in this language may match this reading. Whoosh 2.7.4's
                # Require (filter without scoring) has broken matchers; a zero-boost
                # term filters the same way and adds nothing to the score.
                reading = wq.And([reading, wq.Term("textlang", lang, boost=0.0)])
            branches.append(reading)
        if not branches:
            return None
        return branches[0] if len(branches) == 1 else wq.Or(branches)

    def _leaf_for(self, leaf: Any, lang: str | None) -> Any:
        """The form of a plain-word leaf for ``lang`` (``None``: language-independent)."""
        boost = leaf.boost
        if lang is None:  # only reached for leaves _is_language_leaf rejects
            return wq.NullQuery
        field = f"text_{lang}"
        if isinstance(leaf, wq.FuzzyTerm | wq.Prefix | wq.Wildcard):
            stems = dict.fromkeys(
                stem for word in self._expand(leaf, lang) for stem in self._analyse(lang, word)
            )
            if not stems:
                return wq.NullQuery
            terms = [wq.Term(field, stem) for stem in stems]
            return terms[0] if len(terms) == 1 and boost == 1 else wq.Or(terms, boost=boost)
        if isinstance(leaf, wq.Term):
            words = self._analyse(lang, leaf.text)
        elif isinstance(leaf, wq.Phrase):
            words = self._analyse(lang, " ".join(leaf.words))
        else:  # a range or other exotic form on plain text: nothing sensible to match
            return wq.NullQuery
        if not words:
            return wq.NullQuery
        if len(words) == 1:
            return wq.Term(field, words[0], boost=boost)
        slop = leaf.slop if isinstance(leaf, wq.Phrase) else 1
        return wq.Phrase(field, words, slop=slop, boost=boost)

    def _expand(self, leaf: Any, lang: str) -> list[str]:
        """The words of ``lang`` a wildcard, prefix or fuzzy leaf stands for."""
        text = fold(leaf.text)
        limit = self._expand_limit
        if isinstance(leaf, wq.FuzzyTerm):
            prefix = min(leaf.prefixlength, len(text))
            return self.vocabulary.near(lang, text, leaf.maxdist, prefix, limit)
        if isinstance(leaf, wq.Prefix):
            return self.vocabulary.completions(lang, text, limit) if text else []
        if not text.strip("*?"):  # "*" alone would stand for every word
            return []
        return self.vocabulary.matching(lang, text, limit)

    def _analyse(self, lang: str, text: str) -> list[str]:
        return [token.text for token in self._analyzers[lang](text, mode="query")]


def _requires_field(q: Any, fieldname: str) -> bool:
    """Whether every match of ``q`` must hold a term of ``fieldname``.

    Only documents of one language have anything in that language's text field, so such a
    reading needs no language filter.
    """
    if isinstance(q, wq.Term | wq.Phrase):
        return bool(q.field() == fieldname)
    if isinstance(q, wq.Or):
        return all(_requires_field(child, fieldname) for child in q.children())
    if isinstance(q, wq.And):
        return any(_requires_field(child, fieldname) for child in q.children())
    if isinstance(q, wq.AndNot | wq.AndMaybe):
        return _requires_field(q.a, fieldname)
    return False


def _is_plain_leaf(q: Any) -> bool:
    return bool(q.is_leaf()) and q.field() == PLAIN_FIELD


def _is_language_leaf(q: Any) -> bool:
    return _is_plain_leaf(q)


def _has_leaf(q: Any, test: Any) -> bool:
    if test(q):
        return True
    return any(_has_leaf(child, test) for child in q.children())


def _rewrite(q: Any, replace: Any) -> Any:
    if _is_plain_leaf(q):
        return replace(q)
    if q.is_leaf():
        return q
    return q.apply(lambda child: _rewrite(child, replace))


def _errors(q: Any) -> list[str]:
    found = [str(q.error)] if getattr(q, "error", None) else []
    for child in q.children():
        found.extend(_errors(child))
    return found


def _join(first: str | None, second: str) -> str:
    return joined(" ", (first, second)) if first else second
