"""Dates written for people, in English or Italian: "22 February 2023", "February 2023",
"22 febbraio 2023", "inverno 2023-2024", never the value the library stores ("2023-WI").

The library keeps dates as TimeML-style values (DOMAIN.md, Dates): ``2023`` (year),
``2023-02`` (month), ``2023-02-22`` (day), ``2023-W07`` (ISO week), ``2023-W07-WE`` (its
weekend), ``2023-Q3`` (quarter), ``2023-H1`` (half year), ``2023-WI`` (season: ``SP``, ``SU``,
``FA``, ``WI``), ``199`` (decade), ``19`` (century), ``PRESENT_REF`` / ``PAST_REF`` /
``FUTURE_REF``, ``XXXX-02`` (a month of no known year), ``P3Y`` (a length of time), with a
modifier (``START``, ``MID``, ``END``, ``APPROX``, ``BEFORE``, ``AFTER``, ``ON_OR_BEFORE``,
``ON_OR_AFTER``). :func:`date_phrase` writes each of them; it returns ``None`` for a value it
cannot read, so that a report shows the article's own words instead of a code.

Seasons are stored by the year they start in: ``2023-WI`` is the winter from December 2023
to February 2024, written "winter 2023-2024" / "inverno 2023-2024" (as Italian weather and
energy reports name a winter), since "inverno 2023" alone is read by many as January 2023.

Italian puts an article between a preposition and most dates ("prima del 2023",
"dall'inverno 2023", "entro la settimana del 13 febbraio 2023", but "prima di febbraio 2023"),
so every phrase carries the article it takes; English only needs "the" before some
("before the 1990s").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

LANGUAGES = ("en", "it")

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "it": (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre",
    ),
}  # fmt: skip
# Each season with the Italian article it takes.
_SEASONS = {
    "en": {"SP": ("spring", "the"), "SU": ("summer", "the"), "FA": ("autumn", "the"),
           "WI": ("winter", "the")},
    "it": {"SP": ("primavera", "la"), "SU": ("estate", "l'"), "FA": ("autunno", "l'"),
           "WI": ("inverno", "l'")},
}  # fmt: skip
_ORDINALS = {
    "en": ("first", "second", "third", "fourth"),
    "it": ("primo", "secondo", "terzo", "quarto"),
}
# The decades of the twentieth century as Italians name them ("anni Novanta").
_IT_DECADES = {
    2: "Venti", 3: "Trenta", 4: "Quaranta", 5: "Cinquanta", 6: "Sessanta", 7: "Settanta",
    8: "Ottanta", 9: "Novanta",
}  # fmt: skip
_UNITS = {
    "Y": ("year", "years", "anno", "anni"),
    "M": ("month", "months", "mese", "mesi"),
    "W": ("week", "weeks", "settimana", "settimane"),
    "D": ("day", "days", "giorno", "giorni"),
    "DE": ("decade", "decades", "decennio", "decenni"),
    "CE": ("century", "centuries", "secolo", "secoli"),
}

_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_DECADE = re.compile(r"(\d{3})")
_CENTURY = re.compile(r"(\d{2})")
_NO_YEAR_MONTH = re.compile(r"XXXX-(\d{2})")
_NO_YEAR_DAY = re.compile(r"XXXX-(\d{2})-(\d{2})")
_DURATION = re.compile(r"P(\d+)(Y|M|W|D|DE|CE)")


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A date as words, the article it takes after a preposition ("the"; "il", "l'", "la",
    "gli" in Italian; "" for none) and whether it names a single day."""

    text: str
    article: str = ""
    day: bool = False


def language_of(language: str | None) -> str:
    """``language`` as one of :data:`LANGUAGES` (English for any other)."""
    code = (language or "").strip().lower()[:2]
    return code if code in LANGUAGES else "en"


def day_text(day: dt.date, language: str) -> str:
    """``22 February 2023``, ``22 febbraio 2023`` (``1º marzo 2023``: Italian says "primo")."""
    lang = language_of(language)
    month = _MONTHS[lang][day.month - 1]
    number = "1º" if lang == "it" and day.day == 1 else str(day.day)
    return f"{number} {month} {day.year}"


def moment_text(when: dt.datetime, language: str) -> str:
    """``1 March 2023, 12:00 UTC``; ``1º marzo 2023, ore 13:00 CET``: a moment with a zone is
    said in the zone of the machine writing the report (the newsroom's), naming it."""
    lang = language_of(language)
    if when.tzinfo is not None:
        when = when.astimezone()
    zone = f" {when.tzname()}" if when.tzinfo is not None and when.tzname() else ""
    clock = when.strftime("%H:%M") + zone
    return f"{day_text(when.date(), lang)}, " + (f"ore {clock}" if lang == "it" else clock)


def date_phrase(value: str, mod: str | None, language: str) -> str | None:
    """The date ``value`` (with its TimeML modifier) as a reader writes it, or ``None`` when
    the value is not one this module reads."""
    lang = language_of(language)
    try:
        phrase = _phrase(value.strip().upper(), lang)
    except (ValueError, OverflowError):  # a month 13, a day 31 in June, a week 54
        return None
    if phrase is None:
        return None
    return _modified(phrase, (mod or "").strip().upper(), lang)


def _phrase(value: str, lang: str) -> _Phrase | None:
    it = lang == "it"
    if m := _DAY.fullmatch(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return _Phrase(day_text(day, lang), _it_day_article(day.day) if it else "", day=True)
    if m := _MONTH.fullmatch(value):
        month = dt.date(int(m[1]), int(m[2]), 1)
        return _Phrase(f"{_MONTHS[lang][month.month - 1]} {month.year}")
    if m := _YEAR.fullmatch(value):
        return _Phrase(str(int(m[1])), "il" if it else "")
    if m := _SEASON.fullmatch(value):
        name, article = _SEASONS[lang][m[2]]
        year = int(m[1])
        # A winter runs from December into the next year: both years are said.
        years = f"{year}-{year + 1}" if m[2] == "WI" else str(year)
        return _Phrase(f"{name} {years}", article if it else "")
    if m := _WEEK.fullmatch(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            weekend = _day_range(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), lang)
            if it:
                return _Phrase(f"fine settimana del {weekend}", "il")
            return _Phrase(f"weekend of {weekend}", "the")
        if it:
            return _Phrase(f"settimana del {day_text(monday, lang)}", "la")
        return _Phrase(f"week of {day_text(monday, lang)}", "the")
    if m := _QUARTER.fullmatch(value):
        ordinal = _ORDINALS[lang][int(m[2]) - 1]
        if it:
            return _Phrase(f"{ordinal} trimestre {int(m[1])}", "il")
        return _Phrase(f"{ordinal} quarter of {int(m[1])}", "the")
    if m := _HALF.fullmatch(value):
        ordinal = _ORDINALS[lang][int(m[2]) - 1]
        if it:
            return _Phrase(f"{ordinal} semestre {int(m[1])}", "il")
        return _Phrase(f"{ordinal} half of {int(m[1])}", "the")
    if m := _DECADE.fullmatch(value):
        first = int(m[1]) * 10
        if it:
            words = _IT_DECADES.get(first % 100 // 10) if first // 100 == 19 else None
            words = words or ("Duemila" if first == 2000 else str(first))
            return _Phrase(f"anni {words}", "gli")
        return _Phrase(f"{first}s", "the")
    if m := _CENTURY.fullmatch(value):
        nth = int(m[1]) + 1
        if it:
            return _Phrase(f"{_roman(nth)} secolo", "il")
        return _Phrase(f"{_english_ordinal(nth)} century", "the")
    if m := _NO_YEAR_DAY.fullmatch(value):
        some = dt.date(2000, int(m[1]), int(m[2]))  # a leap year: 29 February is a day
        said = "1º" if it and some.day == 1 else str(some.day)
        unknown = "anno non indicato" if it else "year not given"
        return _Phrase(f"{said} {_MONTHS[lang][some.month - 1]} ({unknown})", day=True)
    if m := _NO_YEAR_MONTH.fullmatch(value):
        month_number = int(m[1])
        if not 1 <= month_number <= 12:
            return None
        unknown = "anno non indicato" if it else "year not given"
        return _Phrase(f"{_MONTHS[lang][month_number - 1]} ({unknown})")
    if m := _DURATION.fullmatch(value):
        count = int(m[1])
        one_en, many_en, one_it, many_it = _UNITS[m[2]]
        unit = (one_it if count == 1 else many_it) if it else (one_en if count == 1 else many_en)
        return _Phrase(f"{count} {unit}")
    references = {
        "PRESENT_REF": ("the present", "il presente"),
        "PAST_REF": ("the past", "il passato"),
        "FUTURE_REF": ("the future", "il futuro"),
    }
    if value in references:
        return _Phrase(references[value][1] if it else references[value][0])
    return None


def _modified(phrase: _Phrase, mod: str, lang: str) -> str:
    """``phrase`` with its modifier: "early 2023", "fine febbraio 2023", "prima del 2023"."""
    text = phrase.text
    if lang == "it":
        edges = {"START": "inizio", "MID": "metà", "END": "fine"}
        if mod in edges:
            # "inizio 2023", "fine anni Novanta"; a single day keeps the word apart.
            return f"{text} ({edges[mod]})" if phrase.day else f"{edges[mod]} {text}"
        if mod == "BEFORE":
            return f"prima {_it_with('di', phrase)}"
        if mod == "AFTER":
            return f"dopo {_it_bare(phrase)}"
        if mod == "ON_OR_BEFORE":
            return f"entro {_it_bare(phrase)}"
        if mod == "ON_OR_AFTER":
            return f"{_it_with('da', phrase)} in poi"
        if mod == "APPROX":
            return f"intorno {_it_with('a', phrase)}"
        return text
    edges = {"START": "early", "MID": "mid-", "END": "late"}
    if mod in edges:
        if phrase.day:
            return f"{text} ({_EN_DAY_EDGES[mod]})"
        word = edges[mod]
        return f"{word}{text}" if word.endswith("-") else f"{word} {text}"
    the = "the " if phrase.article else ""
    prepositions = {
        "BEFORE": "before",
        "AFTER": "after",
        "ON_OR_BEFORE": "by",
        "APPROX": "around",
    }
    if mod in prepositions:
        return f"{prepositions[mod]} {the}{text}"
    if mod == "ON_OR_AFTER":
        return f"from {the}{text} on"
    return text


# A modifier of a single day keeps apart: "22 February 2023 (end)".
_EN_DAY_EDGES = {"START": "start", "MID": "middle", "END": "end"}
# Italian articled prepositions: di + il = del, da + l' = dall', a + gli = agli ...
_IT_JOINED = {
    "di": {"": "di", "il": "del", "l'": "dell'", "la": "della", "gli": "degli"},
    "da": {"": "da", "il": "dal", "l'": "dall'", "la": "dalla", "gli": "dagli"},
    "a": {"": "a", "il": "al", "l'": "all'", "la": "alla", "gli": "agli"},
}


def _it_with(preposition: str, phrase: _Phrase) -> str:
    joined = _IT_JOINED[preposition][phrase.article]
    return f"{joined}{phrase.text}" if joined.endswith("'") else f"{joined} {phrase.text}"


def _it_bare(phrase: _Phrase) -> str:
    if not phrase.article:
        return phrase.text
    if phrase.article.endswith("'"):
        return f"{phrase.article}{phrase.text}"
    return f"{phrase.article} {phrase.text}"


def _it_day_article(day: int) -> str:
    """The article of a day of the month: "l'8", "l'11", "il 22" (and "il 1º", said primo)."""
    return "l'" if day in (8, 11) else "il"


def _day_range(first: dt.date, last: dt.date, lang: str) -> str:
    """``18-19 February 2023``; across months ``30 September - 1 October 2023``."""
    if first.year != last.year:
        return f"{day_text(first, lang)} - {day_text(last, lang)}"
    if first.month != last.month:
        start = day_text(first, lang).rsplit(" ", 1)[0]
        return f"{start} - {day_text(last, lang)}"
    number = "1º" if lang == "it" and first.day == 1 else str(first.day)
    return f"{number}-{day_text(last, lang)}"


def _roman(number: int) -> str:
    """``20`` -> ``XX``."""
    numerals = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )  # fmt: skip
    out = []
    for size, letters in numerals:
        while number >= size:
            out.append(letters)
            number -= size
    return "".join(out)


def _english_ordinal(number: int) -> str:
    """``21st``, ``20th``, ``12th``."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
