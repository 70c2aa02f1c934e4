"""Handlers for periods longer than a month: decades, seasons and quarters.

"the nineties", "gli anni '80", "l'estate scorsa", "spring 1998", "the third quarter", "Q2".
A season or quarter named without a year is placed by the tense around it; "the quarter" and
"the year-earlier period" point back at a quarter named before and are revised in
:mod:`claimdesk.core.nlp.dates` once the whole text is read.
"""

from __future__ import annotations

import re

from claimdesk.core.nlp import date_lexicon as lex
from claimdesk.core.nlp.date_calendar import (
    nearest_season,
    quarter_of,
    quarter_value,
    season_index,
    season_value,
    shift_quarter,
    year_value,
)
from claimdesk.core.nlp.date_context import (
    UNWRITTEN,
    Context,
    Resolved,
    direction_of,
    qualified_year,
)


def resolve_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A decade: "the 1990s", "the '80s", "the nineties", "gli anni Settanta"."""
    groups = m.groupdict()
    if groups.get("c"):
        return Resolved(f"{groups['c']}{groups['d']}", "decade")
    digit = groups.get("s") or groups.get("s2")
    if digit:
        century = "20" if digit == "0" else "19"
        return Resolved(f"{century}{digit}", "decade")
    word = groups.get("w")
    if word:
        table = lex.DECADES_IT if ctx.language == "it" else lex.DECADES_EN
        found = lex.lookup(table, word)
        if found is not None:
            return Resolved(f"19{found}", "decade")
    return None


def resolve_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A season, with a year, a direction or else the tense around it: "l'estate scorsa"."""
    table = lex.SEASONS_IT if ctx.language == "it" else lex.SEASONS_EN
    code = lex.lookup(table, m["season"])
    if code is None:
        return None
    groups = m.groupdict()
    year = qualified_year(ctx, m)
    if year is None:
        return None
    if year != UNWRITTEN:
        return Resolved(f"{year:04d}-{code}", "season")
    if ctx.published is None:
        return None
    direction = direction_of(groups.get("pre") or groups.get("post"))
    index = nearest_season(ctx.published, code, direction)
    if direction == 0:
        current = season_index(ctx.published)
        tense = ctx.tense(m.start())
        if index > current and tense < 0:
            index -= 4
        elif index < current and tense > 0:
            index += 4
    return Resolved(season_value(index), "season")


def resolve_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A quarter by its ordinal or as "Q3", with a year or else the latest one reported."""
    groups = m.groupdict()
    table = lex.ORDINALS_IT if ctx.language == "it" else lex.ORDINALS_EN
    quarter = int(groups["q"]) if groups.get("q") else lex.lookup(table, groups.get("ord") or "")
    if quarter is None:
        return None
    year = qualified_year(ctx, m)
    if year == UNWRITTEN:
        if ctx.published is None:
            return None
        year = ctx.published.year
        if quarter > quarter_of(ctx.published) and ctx.tense(m.start()) < 0:
            year -= 1
    if year is None:
        return None
    return Resolved(quarter_value(year, quarter), "quarter")


def resolve_quarter_anaphor(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A quarter written by reference: "the year-earlier quarter", "that quarter"."""
    if ctx.published is None:
        return None
    word = m.group().lower()
    if word.endswith(("earlier", "ago")) and "quarter" not in word:
        # "the year-earlier results": an adjective before a noun other than a period.
        return Resolved(year_value(ctx.published.year - 1), "year")
    if m.groupdict().get("qy"):
        year, quarter = int(m["qy"]), quarter_of(ctx.published)
        return Resolved(quarter_value(year, quarter), "quarter", anaphor="quarter_of_year")
    year, quarter = shift_quarter(ctx.published.year, quarter_of(ctx.published), -1)
    anaphor = "year_ago" if ("year" in word or "anno" in word) else "quarter"
    if anaphor == "year_ago":
        year -= 1
    return Resolved(quarter_value(year, quarter), "quarter", anaphor=anaphor)
