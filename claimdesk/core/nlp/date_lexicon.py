"""Words the date rules read, in English and Italian: months, weekdays, numbers, seasons.

Kept apart from the rules so that adding a word never means touching a regular expression:
every table here is turned into an alternation by :func:`alternation`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")

# English month names are matched case-sensitively ("May" the month, "may" the verb);
# abbreviations take an optional period.
MONTHS_EN: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
MONTHS_IT: dict[str, int] = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}  # fmt: skip
# Italian abbreviations are read only beside a day number ("24 feb. 2022"), where they
# cannot be anything else.
MONTH_ABBREVIATIONS_IT: dict[str, int] = {
    "gen": 1, "feb": 2, "mar": 3, "apr": 4, "mag": 5, "giu": 6, "lug": 7, "ago": 8,
    "set": 9, "sett": 9, "ott": 10, "nov": 11, "dic": 12,
}  # fmt: skip

WEEKDAYS_EN: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
WEEKDAYS_IT: dict[str, int] = {
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
    "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6,
}  # fmt: skip

NUMBERS_EN: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "a hundred": 100,
}  # fmt: skip
NUMBERS_IT: dict[str, int] = {
    "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
    "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12,
    "quindici": 15, "venti": 20, "trenta": 30, "cinquanta": 50, "cento": 100,
}  # fmt: skip

ORDINALS_EN: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
ORDINALS_IT: dict[str, int] = {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4}

# TimeML season codes.
SEASONS_EN: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip
SEASONS_IT: dict[str, str] = {
    "primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI",
}  # fmt: skip

# Decades written as words ("the nineties", "gli anni Novanta"), read in the 1900s.
DECADES_EN: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
DECADES_IT: dict[str, int] = {
    "venti": 2, "trenta": 3, "quaranta": 4, "cinquanta": 5, "sessanta": 6, "settanta": 7,
    "ottanta": 8, "novanta": 9,
}  # fmt: skip

# Calendar units the relative rules count in, by the granularity they yield.
UNITS_EN: dict[str, str] = {
    "year": "year", "years": "year", "month": "month", "months": "month",
    "week": "week", "weeks": "week", "day": "day", "days": "day",
    "quarter": "quarter", "quarters": "quarter",
}  # fmt: skip
UNITS_IT: dict[str, str] = {
    "anno": "year", "anni": "year", "mese": "month", "mesi": "month",
    "settimana": "week", "settimane": "week", "giorno": "day", "giorni": "day",
    "trimestre": "quarter", "trimestri": "quarter",
}  # fmt: skip

# Modifiers written before a date, by TimeML ``mod``.
MODIFIERS_EN: dict[str, str] = {
    "early": "START", "the beginning of": "START", "the start of": "START",
    "the first days of": "START", "mid": "MID", "mid-": "MID", "the middle of": "MID",
    "late": "END", "the end of": "END", "the close of": "END", "the last days of": "END",
    "around": "APPROX", "circa": "APPROX", "roughly": "APPROX",
}  # fmt: skip
# Italian modifiers are followed by a preposition and an article ("alla fine di",
# "all'inizio del", "intorno al"), which the rules read apart.
MODIFIERS_IT: dict[str, str] = {
    "all'inizio": "START", "l'inizio": "START", "inizio": "START", "agli inizi": "START",
    "ai primi": "START", "a inizio": "START", "a inizi": "START", "a metà": "MID",
    "alla metà": "MID", "verso la metà": "MID", "metà": "MID", "alla fine": "END",
    "la fine": "END", "a fine": "END", "fine": "END", "verso la fine": "END",
    "entro la fine": "END", "sul finire": "END", "agli ultimi": "END", "intorno": "APPROX",
    "attorno": "APPROX", "circa": "APPROX",
}  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that the longest one wins.

    An apostrophe in a word also matches the typographic one, a space any run of spaces.
    """
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace("'", "['’]").replace(r"\ ", r"\s+")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def lookup(table: Mapping[str, T], word: str) -> T | None:
    """The entry of ``word`` in ``table``, ignoring case, apostrophe style and spacing."""
    lowered = _LOWERED.get(id(table))
    if lowered is None:
        lowered = {name.lower(): value for name, value in table.items()}
        _LOWERED[id(table)] = lowered
    key = " ".join(word.replace("’", "'").lower().split())
    found: T | None = lowered.get(key)
    return found


_LOWERED: dict[int, dict[str, Any]] = {}
