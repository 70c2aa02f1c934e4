"""Date expressions in Italian and English text, normalised against the publication date.

Candidates come from the rules in :mod:`claimdesk.core.nlp.date_rules` (a handful of regular
expressions per language, each reading one shape of date); overlapping candidates are settled
longest first, a modifier written before a date ("alla fine di", "early", "mid-") is folded
into it, and expressions that point back at an earlier date ("the quarter", "a year earlier")
are settled in reading order. dateparser is only asked about absolute dates of unusual form and
is imported on first need, never at start-up.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from claimdesk.core.model import DateMention, Span
from claimdesk.core.nlp import date_lexicon as lex
from claimdesk.core.nlp.date_calendar import (
    day_value,
    month_value,
    quarter_of,
    quarter_value,
    shift_quarter,
    week_value,
    year_value,
)
from claimdesk.core.nlp.date_context import Context, Resolved
from claimdesk.core.nlp.date_rules import MODIFIER_BEFORE, MODIFIERS, RULES
from claimdesk.core.nlp.languages import PLAIN, tools_language
from claimdesk.core.nlp.sentences import split_sentences

__all__ = ["find_dates", "parse_with_dateparser"]

# How far back (code points) a quarter mentioned earlier still anchors "a year earlier".
_QUARTER_REACH = 2500
_MODIFIER_REACH = 32


def _language(language: str) -> str:
    # A language without rules of its own is read plainly (ISO dates only): see languages.py.
    return tools_language(language)


def find_dates(
    text: str,
    language: str,
    published: dt.date | None,
    sentences: Sequence[Span] | None = None,
) -> list[DateMention]:
    """Every date expression in ``text``, in order, with its TimeML value and granularity.

    Relative expressions ("ieri", "last year", "lunedì scorso") are resolved against
    ``published``; when it is ``None`` only absolute dates ("24 febbraio 2022", "2014") are
    reported. ``sentences`` (from ``split_sentences``) is computed when not given; it decides
    the tense that places a bare weekday or month in the past or the future.
    """
    if not text:
        return []
    lang = _language(language)
    if sentences is None:
        sentences = split_sentences(text, lang)
    starts = [s.start for s in sentences]
    length = len(text)

    def sentence_of(at: int) -> tuple[int, int]:
        index = bisect_right(starts, at) - 1
        if index < 0 or at >= sentences[index].end:
            return max(0, at - 200), min(length, at + 200)
        return sentences[index].start, sentences[index].end

    ctx = Context(text=text, language=lang, published=published, sentence_of=sentence_of)
    candidates: list[tuple[int, int, Resolved]] = []
    for rule in RULES[lang]:
        for match in rule.pattern.finditer(text):
            resolved = rule.handler(match, ctx)
            if resolved is None:
                continue
            start = match.start()
            if match.re.groupindex.get("skip") and match.start("skip") >= 0:
                start = match.end("skip")
            end = match.end()
            while end > start and text[end - 1] in " ,;:":
                end -= 1
            candidates.append((start, end, resolved))
    chosen = _without_overlaps(candidates)
    return _finish(text, lang, chosen)


def _without_overlaps(
    candidates: list[tuple[int, int, Resolved]],
) -> list[tuple[int, int, Resolved]]:
    """The longest candidates that do not overlap, in text order."""
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    kept: list[tuple[int, int, Resolved]] = []
    for candidate in candidates:
        start, end, _ = candidate
        if all(end <= other[0] or start >= other[1] for other in kept):
            kept.append(candidate)
    kept.sort(key=lambda c: c[0])
    return kept


def _finish(text: str, language: str, chosen: list[tuple[int, int, Resolved]]) -> list[DateMention]:
    """Fold in modifiers written before each date and settle the anaphoric ones."""
    mentions: list[DateMention] = []
    last_quarter: tuple[int, str] | None = None  # (offset, value)
    previous_end = 0
    modifier = MODIFIER_BEFORE[language]
    for start, end, resolved in chosen:
        value, granularity, mod = resolved.value, resolved.granularity, resolved.mod
        if resolved.anaphor == "quarter" and last_quarter is not None:
            value = last_quarter[1]
        elif resolved.anaphor == "quarter_of_year" and last_quarter is not None:
            value = value[:4] + last_quarter[1][4:]
        elif (
            resolved.anaphor == "year_ago"
            and last_quarter is not None
            and start - last_quarter[0] <= _QUARTER_REACH
        ):
            year, quarter = int(last_quarter[1][:4]), int(last_quarter[1][-1])
            year, quarter = shift_quarter(year, quarter, -4)
            value, granularity = quarter_value(year, quarter), "quarter"
        if granularity == "quarter" and resolved.anaphor != "year_ago":
            last_quarter = (start, value)
        found = modifier.search(text, max(previous_end, start - _MODIFIER_REACH), start)
        if found is not None:
            written = lex.lookup(MODIFIERS[language], found["mod"].rstrip("- "))
            if written is None:
                written = lex.lookup(MODIFIERS[language], found["mod"])
            if written is not None:
                mod = mod or written
                start = found.start("mod")
        mentions.append(DateMention(start, end, text[start:end], value, granularity, mod))
        previous_end = end
    return mentions


# --- dateparser, for absolute dates of unusual form ----------------------------------------

_PARSERS: dict[str, Any] = {}


def parse_with_dateparser(
    candidate: str, language: str, published: dt.date | None
) -> Resolved | None:
    """Normalise one candidate date string with dateparser (imported lazily), or ``None``."""
    lang = _language(language)
    if lang == PLAIN:
        return None
    parser = _PARSERS.get(lang)
    if parser is None:
        from dateparser.date import DateDataParser

        # Always name the language: detecting it costs ten to a hundred times more.
        parser = DateDataParser(
            languages=[lang],
            settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False},
        )
        _PARSERS[lang] = parser
    data = parser.get_date_data(candidate)
    moment = data.date_obj if data is not None else None
    if moment is None:
        return None
    return resolved_from_period(moment.date(), data.period or "day")


def resolved_from_period(day: dt.date, period: str) -> Resolved:
    """A TimeML value for ``day`` at dateparser's ``period`` granularity."""
    if period == "year":
        return Resolved(year_value(day.year), "year")
    if period == "month":
        return Resolved(month_value(day.year, day.month), "month")
    if period == "week":
        return Resolved(week_value(day), "week")
    if period == "quarter":
        return Resolved(quarter_value(day.year, quarter_of(day)), "quarter")
    return Resolved(day_value(day), "day")
