"""Handlers for dates relative to the publication date.

Days ("ieri", "tomorrow"), weekdays ("lunedì scorso"), units with a direction ("last year",
"il mese prossimo"), counts back ("tre anni fa", "two weeks ago"), weekends, edges of a unit
("a fine mese") and TimeML's vague references ("now", "in futuro"). Every handler here but
:func:`resolve_reference` needs the publication date and gives up without it.
"""

from __future__ import annotations

import datetime as dt
import re

from claimdesk.core.nlp import date_lexicon as lex
from claimdesk.core.nlp.date_calendar import (
    day_value,
    month_value,
    nearest_season,
    quarter_of,
    quarter_value,
    season_value,
    shift_month,
    shift_quarter,
    week_value,
    weekday_date,
    year_value,
)
from claimdesk.core.nlp.date_context import Context, Resolved, direction_of, read_number


def resolve_relative_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "today", "ieri", "the day after tomorrow", "l'altro ieri"."""
    if ctx.published is None:
        return None
    word = " ".join(m.group().lower().replace("’", "'").split())
    shift = _RELATIVE_DAYS.get(word)
    if shift is None:
        return None
    return Resolved(day_value(ctx.published + dt.timedelta(days=shift)), "day")


_RELATIVE_DAYS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
    "the day after tomorrow": 2, "oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2,
    "l'altroieri": -2, "altroieri": -2, "ieri l'altro": -2, "dopodomani": 2,
}  # fmt: skip


def resolve_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A weekday, placed by its direction word or else by the tense around it."""
    if ctx.published is None:
        return None
    table = lex.WEEKDAYS_IT if ctx.language == "it" else lex.WEEKDAYS_EN
    weekday = lex.lookup(table, m["wd"])
    if weekday is None:
        return None
    groups = m.groupdict()
    direction = direction_of(groups.get("pre") or groups.get("post"))
    if direction:
        date = weekday_date(ctx.published, weekday, 2 * direction)
    elif ctx.tense(m.start()) > 0:
        date = weekday_date(ctx.published, weekday, 1)
    else:
        date = weekday_date(ctx.published, weekday, -1)
    return Resolved(day_value(date), "day")


def resolve_relative_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A unit with a direction: "last year", "il mese prossimo", "quest'estate"."""
    if ctx.published is None:
        return None
    groups = m.groupdict()
    unit_word = " ".join(m["unit"].lower().split())
    direction = direction_of(groups.get("dir"))
    return _unit_value(ctx.published, unit_word, direction, groups.get("dir"))


_UNIT_WORDS = {
    "year": "year", "anno": "year", "month": "month", "mese": "month", "week": "week",
    "settimana": "week", "quarter": "quarter", "trimestre": "quarter", "weekend": "weekend",
    "fine settimana": "weekend", "period": "quarter",
}  # fmt: skip


def _unit_value(
    published: dt.date, unit_word: str, direction: int, dir_word: str | None
) -> Resolved | None:
    unit = _UNIT_WORDS.get(unit_word)
    if unit is None:
        season = lex.lookup(lex.SEASONS_EN, unit_word) or lex.lookup(lex.SEASONS_IT, unit_word)
        if season is None:
            return None
        return Resolved(season_value(nearest_season(published, season, direction)), "season")
    if unit == "year":
        return Resolved(year_value(published.year + direction), "year")
    if unit == "month":
        year, month = shift_month(published.year, published.month, direction)
        return Resolved(month_value(year, month), "month")
    if unit == "week":
        return Resolved(week_value(published + dt.timedelta(weeks=direction)), "week")
    if unit == "weekend":
        saturday = weekday_date(published, 5, -1 if direction <= 0 else 2)
        if direction == 0 and published.weekday() < 5 and dir_word:
            saturday = weekday_date(published, 5, 1)  # "this weekend" on a weekday: ahead
        return _weekend(saturday)
    if not dir_word:
        # A bare "the quarter" speaks of the one mentioned before, else the last reported.
        year, quarter = shift_quarter(published.year, quarter_of(published), -1)
        return Resolved(quarter_value(year, quarter), "quarter", anaphor="quarter")
    year, quarter = shift_quarter(published.year, quarter_of(published), direction)
    return Resolved(quarter_value(year, quarter), "quarter")


def _weekend(saturday: dt.date) -> Resolved:
    return Resolved(week_value(saturday) + "-WE", "week")


def resolve_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A count of units back: "tre anni fa", "two weeks ago"."""
    if ctx.published is None:
        return None
    count = read_number(ctx.language, m["n"].lower())
    if count is None or count > 200:
        return None
    table = lex.UNITS_IT if ctx.language == "it" else lex.UNITS_EN
    unit = lex.lookup(table, m["unit"])
    published = ctx.published
    if unit == "year":
        anaphor = "year_ago" if count == 1 and ctx.language == "en" else None
        return Resolved(year_value(published.year - count), "year", anaphor=anaphor)
    if unit == "month":
        year, month = shift_month(published.year, published.month, -count)
        return Resolved(month_value(year, month), "month")
    if unit == "week":
        return Resolved(week_value(published - dt.timedelta(weeks=count)), "week")
    if unit == "day":
        return Resolved(day_value(published - dt.timedelta(days=count)), "day")
    return None


def resolve_year_earlier(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "a year earlier": the year before publication, or before a quarter just named."""
    if ctx.published is None:
        return None
    return Resolved(year_value(ctx.published.year - 1), "year", anaphor="year_ago")


def resolve_reference(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "now", "recently", "in futuro": TimeML's PRESENT_REF, PAST_REF, FUTURE_REF."""
    word = " ".join(m.group().lower().split())
    for value, words in _REFERENCES.items():
        if word in words:
            return Resolved(value, "reference")
    return None


_REFERENCES = {
    "PRESENT_REF": {
        "now", "right now", "currently", "at present", "nowadays", "these days", "adesso",
        "attualmente", "oggigiorno", "al momento", "in questo momento", "oggi come oggi",
    },
    "PAST_REF": {
        "recently", "more recently", "recentemente", "di recente",
        "in passato", "nel passato",
    },
    "FUTURE_REF": {
        "the future", "the near future", "in the future", "in the near future",
        "in futuro", "nel futuro", "in un prossimo futuro",
    },
}  # fmt: skip


def resolve_this_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the full year", "the fiscal year", "year-end": the year of publication."""
    if ctx.published is None:
        return None
    mod = "END" if "end" in m.group().lower() else None
    return Resolved(year_value(ctx.published.year), "year", mod)


def resolve_unit_edge(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "a fine mese", "a inizio anno": the current unit with a modifier."""
    if ctx.published is None:
        return None
    found = _unit_value(ctx.published, m["unit"].lower(), 0, "this")
    if found is None:
        return None
    edge = m["edge"].lower()
    mod = next((mod for word, mod in _EDGES.items() if word in edge), "END")
    return Resolved(found.value, found.granularity, mod)


_EDGES = {
    "inizi": "START", "beginning": "START", "start": "START", "met": "MID", "middle": "MID",
    "fine": "END", "end": "END", "close": "END",
}  # fmt: skip


def resolve_the_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "over the weekend": the last one; "ahead of the weekend": the coming one."""
    if ctx.published is None:
        return None
    ahead = m.group().lower().startswith("ahead") or ctx.tense(m.start()) > 0
    return _weekend(weekday_date(ctx.published, 5, 1 if ahead else -1))
