"""One pass of the language tools over a text: sentences, dates, who-says-what."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Mapping

from claimdesk.core.model import Analysis, DateMention, Span
from claimdesk.core.nlp.attribution import suggest_claims
from claimdesk.core.nlp.dates import find_dates
from claimdesk.core.nlp.sentences import split_sentences
from claimdesk.core.nlp.threshold import LOWEST


def analyze(
    text: str,
    language: str,
    published: dt.date | None,
    known_claimants: Mapping[str, str] | None = None,
    *,
    dates: bool = True,
    min_confidence: float | None = None,
) -> Analysis:
    """Sentences, dates and claim suggestions of a normalised text.

    Dates are resolved against ``published`` (relative ones are left out when it is
    ``None``); ``known_claimants`` maps the registry's aliases to canonical names. Without
    ``dates`` the dates are left out (finding them is most of the work on a long text).
    Suggestions below ``min_confidence`` (by default the threshold's default) are left out.
    """
    sentences = split_sentences(text, language)
    return Analysis(
        language=language,
        published=published,
        sentences=sentences,
        dates=find_dates(text, language, published, sentences) if dates else [],
        suggestions=suggest_claims(
            text, language, sentences, known_claimants, min_confidence=min_confidence
        ),
    )


def analyze_cached(
    text: str,
    language: str,
    published: dt.date | None,
    known_claimants: Mapping[str, str] | None = None,
    *,
    dates: bool = True,
) -> Analysis:
    """:func:`analyze`, remembered for the last articles read: going back to an article
    (the fact-checker's usual path) skips its 40-70 ms of date and claim finding. Asked
    without ``dates``, a full analysis remembered for the same text answers. Every
    suggestion is kept, whatever its confidence: the caller applies the user's threshold.

    The result depends only on the arguments, which are the key; callers must not change it.
    """
    names = tuple(sorted(known_claimants.items())) if known_claimants else ()
    full = (text, language, published, names, True)
    wanted = full if dates else (text, language, published, names, False)
    partial = (text, language, published, names, False)
    with _lock:
        for key in (full, wanted):
            found = _remembered.get(key)
            if found is not None:
                _remembered.move_to_end(key)
                return found
        without = _remembered.get(partial) if dates else None
    if without is not None:
        # Sentences and suggestions are known: only the dates are left to find (a mark or
        # the reader asking for them after showing the article).
        result = dataclasses.replace(
            without, dates=_found_dates(text, language, published, without.sentences)
        )
    else:
        result = analyze(text, language, published, dict(names), dates=dates, min_confidence=LOWEST)
    with _lock:
        _remembered[wanted] = result
        while len(_remembered) > _KEPT:
            _remembered.popitem(last=False)
    return result


def dates_cached(text: str, language: str, published: dt.date | None) -> list[DateMention]:
    """The dates of a text: those of a full analysis remembered for it (the article open in
    the window has one), else found now and remembered. Marking a claim asks for them each
    time (finding them took 0.9 s of marking in a 60,000-word article)."""
    with _lock:
        for key, found in reversed(_remembered.items()):
            if key[4] and key[1] == language and key[2] == published and key[0] == text:
                return found.dates
    return _found_dates(text, language, published)


def _found_dates(
    text: str, language: str, published: dt.date | None, sentences: list[Span] | None = None
) -> list[DateMention]:
    """The dates of a text, remembered apart from the analyses (a mark finds them first)."""
    with _lock:
        kept = _dates.get((text, language, published))
        if kept is not None:
            return kept
    mentions = find_dates(text, language, published, sentences)
    with _lock:
        _dates[(text, language, published)] = mentions
        while len(_dates) > _KEPT:
            _dates.popitem(last=False)
    return mentions


_KEPT = 32
_dates: OrderedDict[tuple[str, str, dt.date | None], list[DateMention]] = OrderedDict()
_remembered: OrderedDict[tuple[object, ...], Analysis] = OrderedDict()
_lock = threading.Lock()


# Short texts that go through every step (sentences, a relative and an absolute date, a
# reported statement) to load the language tools before the first article needs them.
_SAMPLES = {
    "it": "Il ministro ha detto ieri che il 3 marzo 2023 non ha negato nulla. Poi ha taciuto.",
    "en": "The minister said yesterday that on 3 March 2023 he denied nothing. Then he left.",
}


def warm_up() -> None:
    """Run the tools once on the samples (nothing is remembered)."""
    for language, text in _SAMPLES.items():
        analyze(text, language, dt.date(2023, 3, 4))
