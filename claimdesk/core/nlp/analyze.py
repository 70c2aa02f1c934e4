"""One pass of the language tools over a text: sentences, dates, who-says-what."""

from __future__ import annotations

import datetime as dt

from claimdesk.core.model import Analysis
from claimdesk.core.nlp.sentences import split_sentences


def analyze(text: str, language: str, published: dt.date | None) -> Analysis:
    """Sentences, dates and claim suggestions of a normalised text.

    Dates and suggestions come with the language issue; until then they are empty lists.
    """
    return Analysis(
        language=language,
        published=published,
        sentences=split_sentences(text, language),
        dates=[],
        suggestions=[],
    )
