"""What every date rule shares: its result, what it may look at, and how it reads words.

A rule's handler gets its match and a :class:`Context` (the text, its language, its
publication date, its sentences) and returns a :class:`Resolved` value or ``None``. The
readers below (direction words, numbers written as words, the year written after a month)
are used by handlers of every kind of date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from claimdesk.core.nlp import date_lexicon as lex
from claimdesk.core.nlp.date_calendar import day_value


@dataclass(frozen=True, slots=True)
class Resolved:
    """A normalised date: TimeML value, granularity, modifier, and how it may be revised.

    ``anaphor`` names expressions whose value depends on dates mentioned before them
    ("the quarter", "a year earlier"); they are revised once the whole text is read.
    """

    value: str
    granularity: str
    mod: str | None = None
    anaphor: str | None = None


@dataclass(slots=True)
class Context:
    """What a rule may look at beside its match: the text, its date and its sentences."""

    text: str
    language: str
    published: dt.date | None
    sentence_of: Callable[[int], tuple[int, int]]
    future_cache: dict[int, bool] = field(default_factory=dict)
    past_cache: dict[int, bool] = field(default_factory=dict)

    def sentence(self, at: int) -> str:
        """The sentence holding offset ``at``."""
        start, end = self.sentence_of(at)
        return self.text[start:end]

    def future(self, at: int) -> bool:
        """Whether the sentence holding ``at`` speaks of the future."""
        start, _ = self.sentence_of(at)
        cached = self.future_cache.get(start)
        if cached is None:
            pattern = _FUTURE_IT if self.language == "it" else _FUTURE_EN
            cached = pattern.search(self.sentence(at)) is not None
            self.future_cache[start] = cached
        return cached

    def tense(self, at: int) -> int:
        """+1 when the words just before ``at`` (or else its sentence) speak of the future,
        -1 otherwise: news mostly reports what happened."""
        start, _ = self.sentence_of(at)
        window = self.text[max(start, at - _TENSE_WINDOW) : at]
        future, past = (_FUTURE_IT, _PAST_IT) if self.language == "it" else (_FUTURE_EN, _PAST_EN)
        found_future = _last_match(future, window)
        found_past = _last_match(past, window)
        if found_future >= 0 or found_past >= 0:
            return 1 if found_future > found_past else -1
        return 1 if self.future(at) else -1

    def past(self, at: int) -> bool:
        """Whether the sentence holding ``at`` speaks of the past (and not of the future)."""
        start, _ = self.sentence_of(at)
        cached = self.past_cache.get(start)
        if cached is None:
            pattern = _PAST_IT if self.language == "it" else _PAST_EN
            cached = not self.future(at) and pattern.search(self.sentence(at)) is not None
            self.past_cache[start] = cached
        return cached


_TENSE_WINDOW = 60


def _last_match(pattern: re.Pattern[str], text: str) -> int:
    """Where the last match of ``pattern`` in ``text`` starts, or -1."""
    last = -1
    for match in pattern.finditer(text):
        last = match.start()
    return last


Handler = Callable[[re.Match[str], Context], Resolved | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """One shape of date expression; ``relative`` rules need the publication date."""

    pattern: re.Pattern[str]
    handler: Handler
    relative: bool = True


_FUTURE_EN = re.compile(
    r"(?i:\b(?:will|won['’]t|shall|going\s+to|scheduled|expected\s+to|plans?\s+to|is\s+to|"
    r"are\s+to|set\s+to|upcoming|to\s+be\s+held|until|by)\b|['’]ll\b)"
)
_PAST_EN = re.compile(
    r"(?i:\b(?:was|were|had|did|ago|last|said|told|met|began|came|went|made|took|gave|"
    r"left|saw|won|lost|fell|rose|held|sent|since|been|has|have|earlier|\w{3,}ed)\b)"
)
_FUTURE_IT = re.compile(
    r"(?i:\b\w+(?:rà|ranno|remo|rò)\b|\b(?:previst[oaie]|in\s+programma|dovrebbero|dovrebbe|"
    r"prossim[oaie]|entro)\b)"
)
_PAST_IT = re.compile(r"(?i:\b(?:ha|hanno|è|era|erano|aveva|avevano|fu|furono|scors[oaie]|fa)\b)")


# --- readers shared by the handlers ---------------------------------------------------------


def read_number(language: str, word: str) -> int | None:
    """``word`` as a number, written in digits or in words ("three", "tre")."""
    if word.isdigit():
        return int(word)
    table = lex.NUMBERS_IT if language == "it" else lex.NUMBERS_EN
    return lex.lookup(table, word)


def direction_of(word: str | None) -> int:
    """-1, 0 or +1 for words such as "last", "dell'anno scorso", "this", "prossimo"."""
    if not word:
        return 0
    lowered = word.lower()
    if _BACK.search(lowered):
        return -1
    if _AHEAD.search(lowered):
        return 1
    return 0


_BACK = re.compile(r"\b(?:last|previous|latest|past|scors[oaie]|passat[oaie])\b")
_AHEAD = re.compile(r"\b(?:next|coming|prossim[oaie]|ventur[oaie])\b")


_TENSE_PENALTY = 3  # months: how much a date on the wrong side of the tense counts extra


def month_year(ctx: Context, month: int, at: int) -> int | None:
    """The year of a month named without one: its nearest occurrence, tense breaking ties.

    The month of publication always keeps the publication year.
    """
    if ctx.published is None:
        return None
    here = ctx.published.year * 12 + ctx.published.month
    tense = ctx.tense(at)
    best_year, best_cost = ctx.published.year, 99
    for year in (ctx.published.year - 1, ctx.published.year, ctx.published.year + 1):
        distance = year * 12 + month - here
        cost = abs(distance) + (_TENSE_PENALTY if distance * tense < 0 else 0)
        if cost < best_cost:
            best_year, best_cost = year, cost
    return best_year


UNWRITTEN = 0  # no year is written; year 0 never occurs in news


def qualified_year(ctx: Context, m: re.Match[str]) -> int | None:
    """The year written after a month, season or quarter (``qy``/``qrel`` groups).

    ``UNWRITTEN`` when none is written; ``None`` when it is relative to an unknown date.
    """
    groups = m.groupdict()
    for name in ("qy", "year", "qy2", "qy3"):
        if groups.get(name):
            return int(groups[name])
    rel = groups.get("qrel") or groups.get("yrel")
    if rel:
        if ctx.published is None:
            return None
        return ctx.published.year + direction_of(rel)
    return UNWRITTEN


def day_resolved(year: int, month: int, day: int) -> Resolved | None:
    """The day ``year-month-day``, or ``None`` when the calendar has no such day."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return Resolved(day_value(date), "day")
