"""Handlers for absolute dates: days, months and years as written, centuries, odd forms.

"24 febbraio 2022", "March 3", "05/04/1998", "2014", "nineteen ninety-six", "il Novecento".
A day or month written without a year takes the year its tense and its distance from the
publication date make likeliest; a bare four-digit number is a year only in a year position.
"""

from __future__ import annotations

import re

from claimdesk.core.nlp import date_lexicon as lex
from claimdesk.core.nlp.date_calendar import month_value, year_value
from claimdesk.core.nlp.date_context import (
    UNWRITTEN,
    Context,
    Resolved,
    day_resolved,
    direction_of,
    month_year,
    qualified_year,
)


def _month_table(ctx: Context) -> dict[str, int]:
    if ctx.language == "it":
        return {**lex.MONTHS_IT, **lex.MONTH_ABBREVIATIONS_IT}
    return lex.MONTHS_EN


def resolve_day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A day and a month name, with or without a year: "24 febbraio", "March 3, 1998"."""
    month = lex.lookup(_month_table(ctx), m["mon"].rstrip("."))
    day = int(m["day"])
    if month is None or not 1 <= day <= 31:
        return None
    year = qualified_year(ctx, m)
    if year == UNWRITTEN:
        # In the month of publication the year stays whatever the tense ("il 24 febbraio"
        # in an article of 22 February is this year's).
        year = month_year(ctx, month, m.start())
    if year is None:
        return None
    return day_resolved(year, month, day)


def resolve_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A month name, perhaps with a year or a direction: "last March", "luglio scorso"."""
    month = lex.lookup(_month_table(ctx), m["mon"].rstrip("."))
    if month is None:
        return None
    groups = m.groupdict()
    year = qualified_year(ctx, m)
    if year == UNWRITTEN:
        direction = direction_of(groups.get("pre") or groups.get("post"))
        if ctx.published is None:
            return None
        if direction < 0:
            year = ctx.published.year - (1 if month >= ctx.published.month else 0)
        elif direction > 0:
            year = ctx.published.year + (1 if month <= ctx.published.month else 0)
        else:
            if ctx.language == "en" and month in (3, 5) and not groups.get("skip"):
                return None  # "May", "March" alone are a verb as often as a month
            year = month_year(ctx, month, m.start())
    if year is None:
        return None
    return Resolved(month_value(year, month), "month")


def resolve_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A four-digit number in a year position (not a price, a count or a page)."""
    year = int(m["y"])
    before = ctx.text[max(0, m.start() - 24) : m.start()]
    after = ctx.text[m.end() : m.end() + 24]
    if _NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.match(after):
        return None
    if year < 1800 and not _YEAR_CONTEXT.search(before):
        return None
    return Resolved(year_value(year), "year")


def resolve_iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    """An ISO date: "2022-02-24"."""
    return day_resolved(int(m["y"]), int(m["mo"]), int(m["d"]))


def resolve_numeric(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A numeric date, day first in Italian and month first in English: "24/02/2022"."""
    first, second, year_text = int(m["a"]), int(m["b"]), m["y"]
    year = int(year_text)
    if len(year_text) == 2:
        year += 1900 if year > 40 else 2000
    day, month = (first, second) if ctx.language == "it" else (second, first)
    if month > 12 >= day:
        day, month = month, day
    return day_resolved(year, month, day)


def resolve_fallback(m: re.Match[str], ctx: Context) -> Resolved | None:
    """An absolute date of an unusual form, parsed by dateparser (imported only here)."""
    from claimdesk.core.nlp.dates import parse_with_dateparser

    return parse_with_dateparser(m.group(), ctx.language, ctx.published)


# --- year filters ---------------------------------------------------------------------------

_UNIT_NOUNS = (
    "anni|persone|truppe|soldati|uomini|donne|morti|vittime|feriti|dollari|euro|sterline|"
    "abitanti|case|posti|voti|pagine|km|chilometri|metri|tonnellate|barili|miliardi|milioni|"
    "people|troops|soldiers|men|women|dead|deaths|victims|dollars|euros|pounds|shares|"
    "residents|homes|jobs|workers|votes|pages|miles|km|kilometers|meters|feet|tons|tonnes|"
    "barrels|billion|million|cars|vehicles|units|employees|children|students|points|cases"
)
_NOT_YEAR_AFTER = re.compile(
    rf"(?i:\s*(?:%|per\s*cento|percent|\s(?:{_UNIT_NOUNS})\b|[.,]\d|[-–/]\d{{1,2}}\b(?![-/])))"
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?i:(?:[$€£]|\b(?:n|no|nr|num|numero|number|pag|pagina|page|pp|p|art|articolo|"
    r"legge|law|flight|volo|route|room|stanza|tel|cap|quota|dollari|euro|km|about|circa|"
    r"some|almost|nearly|quasi|oltre|over|than|di)\.?)\s*\Z)"
)
_YEAR_CONTEXT = re.compile(
    r"(?i:\b(?:in|nel|del|dal|al|since|until|by|of|year|anno|fino\s+al|entro\s+il|"
    r"prima\s+del|dopo\s+il|before|after)\s*\Z)"
)


# --- years and centuries in words -----------------------------------------------------------

_SPOKEN = {
    "nineteen": 19, "twenty": 20, "eighteen": 18, "ten": 1, "twenty ": 2, "thirty": 3,
    "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9, "one": 1,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip


def resolve_spoken_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Years as broadcast transcripts write them: "nineteen ninety-six"."""
    if not m["h"]:
        return Resolved("2000", "year")
    century = _SPOKEN[m["h"].lower()]
    tens = _SPOKEN[m["t"].lower()] if m["t"].lower() != "twenty" else 2
    units = _SPOKEN[m["u"].lower()] if m["u"] else 0
    return Resolved(year_value(century * 100 + tens * 10 + units), "year")


_ROMAN = {"I": 1, "V": 5, "X": 10}
_NAMED_CENTURIES = {
    "cinquecento": 15, "seicento": 16, "settecento": 17, "ottocento": 18, "novecento": 19,
}  # fmt: skip


def _roman(numeral: str) -> int:
    total = 0
    for index, letter in enumerate(numeral):
        value = _ROMAN[letter]
        following = _ROMAN[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def resolve_century(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the 20th century", "il XX secolo", "il Novecento": TimeML writes ``19``."""
    groups = m.groupdict()
    if groups.get("n"):
        number = int(groups["n"])
    elif groups.get("roman") or groups.get("roman2"):
        number = _roman(groups.get("roman") or groups["roman2"])
    else:
        number = _NAMED_CENTURIES[groups["named"].lower()] + 1
    if not 1 <= number <= 21:
        return None
    return Resolved(f"{number - 1:02d}", "century")
