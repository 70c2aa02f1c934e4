"""One pass of the language tools over a text: sentences, dates, who-says-what."""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Mapping

from claimdesk.core.model import Analysis
from claimdesk.core.nlp.attribution import suggest_claims
from claimdesk.core.nlp.dates import find_dates
from claimdesk.core.nlp.sentences import split_sentences


def analyze(
    text: str,
    language: str,
    published: dt.date | None,
    known_claimants: Mapping[str, str] | None = None,
    *,
    dates: bool = True,
) -> Analysis:
    """Sentences, dates and claim suggestions of a normalised text.

    Dates are resolved against ``published`` (relative ones are left out when it is
    ``None``); ``known_claimants`` maps the registry's aliases to canonical names. Without
    ``dates`` the dates are left out (finding them is most of the work on a long text).
    """
    sentences = split_sentences(text, language)
    return Analysis(
        language=language,
        published=published,
        sentences=sentences,
        dates=find_dates(text, language, published, sentences) if dates else [],
        suggestions=suggest_claims(text, language, sentences, known_claimants),
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
    without ``dates``, a full analysis remembered for the same text answers.

    The result depends only on the arguments, which are the key; callers must not change it.
    """
    names = tuple(sorted(known_claimants.items())) if known_claimants else ()
    full = (text, language, published, names, True)
    wanted = full if dates else (text, language, published, names, False)
    with _lock:
        for key in (full, wanted):
            found = _remembered.get(key)
            if found is not None:
                _remembered.move_to_end(key)
                return found
    result = analyze(text, language, published, dict(names), dates=dates)
    with _lock:
        _remembered[wanted] = result
        while len(_remembered) > _KEPT:
            _remembered.popitem(last=False)
    return result


_KEPT = 32
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
