"""TimeML-style date values as periods: what the date fields index and what queries name.

A value such as ``2014`` (year), ``2022-02`` (month), ``2022-02-24`` (day), ``2023-W07``
(ISO week), ``199`` (decade), ``20`` (century), ``2022-FA`` (season), ``2022-Q1`` (quarter)
or ``2022-H2`` (half year) names a period ``[start, end)``. The index stores the start;
a query matches the whole period.
"""

from __future__ import annotations

import datetime as dt
import re

_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?")
_WEEK = re.compile(r"(\d{4})-W(\d{1,2})(?:-WE)?")
_DECADE = re.compile(r"(\d{3})")
_CENTURY = re.compile(r"(\d{2})")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
# A day written the European way in a query, as Italian and English readers do.
_DMY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_COMPACT_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})")

# Meteorological seasons: the first month of each.
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def period_start(value: str) -> dt.datetime | None:
    """The start of the period a TimeML value names, or ``None`` for values that name
    no fixed period (``PRESENT_REF``, ``XXXX-02``, ``P3Y``)."""
    period = timeml_period(value)
    return period[0] if period else None


def timeml_period(value: str) -> tuple[dt.datetime, dt.datetime] | None:
    """``(start, end)`` of the period a TimeML value names, ``end`` exclusive."""
    text = value.strip().upper()
    try:
        return _period(text)
    except (ValueError, OverflowError):  # a month 13, a day 31 in June, a week 54
        return None


def query_period(text: str, today: dt.date | None = None) -> tuple[dt.datetime, dt.datetime] | None:
    """``(start, end)`` for a date typed in a query: any TimeML value, a day written
    ``24/02/2022``, ``24.02.2022`` or ``20220224``, or words in Italian or English
    ("l'anno scorso", "last week", "marzo 2022") read relative to ``today`` (default: the
    current date); ``None`` if it is not a date."""
    cleaned = text.strip().strip("\"'").strip()
    found = timeml_period(cleaned)
    if found is not None:
        return found
    numeric = _numeric_day(cleaned)
    if numeric is not None or not cleaned:
        return numeric
    return natural_period(cleaned, today or dt.date.today())


def natural_period(text: str, today: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
    """The period that words like "l'anno scorso" or "last week" name, seen from ``today``.

    Read by the language module's date finder (tried as Italian, then English); the text must
    be one date expression and nothing else. ``None`` when the module is missing or fails.
    """
    try:
        # Imported here: the date finder is optional for search and costly to load.
        from claimdesk.core.nlp.dates import find_dates
    except ImportError:
        return None
    for language in ("it", "en"):
        try:
            mentions = find_dates(text, language, today)
        except Exception:  # a bug there must never break a search: treat as "not a date"
            return None
        whole = [m for m in mentions if _covers(text, m.start, m.end)]
        if whole:
            return timeml_period(whole[0].value)
    return None


def _covers(text: str, start: int, end: int) -> bool:
    # Words outside the mention that carry letters or digits mean more was asked than found.
    rest = text[:start] + " " + text[end:]
    return not any(char.isalnum() for char in rest)


def _numeric_day(cleaned: str) -> tuple[dt.datetime, dt.datetime] | None:
    try:
        match = _DMY.fullmatch(cleaned)
        if match:
            day, month, year = (int(part) for part in match.groups())
            return _days(dt.date(year, month, day), 1)
        match = _COMPACT_DAY.fullmatch(cleaned)
        if match:
            year, month, day = (int(part) for part in match.groups())
            return _days(dt.date(year, month, day), 1)
    except (ValueError, OverflowError):
        return None
    return None


def _period(text: str) -> tuple[dt.datetime, dt.datetime] | None:
    if match := _DAY.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        return _days(dt.date(year, month, day), 1)
    if match := _MONTH.fullmatch(text):
        year, month = int(match[1]), int(match[2])
        return _months(year, month, 1)
    if match := _YEAR.fullmatch(text):
        return _years(int(match[1]), 1)
    if match := _WEEK.fullmatch(text):
        return _days(dt.date.fromisocalendar(int(match[1]), int(match[2]), 1), 7)
    if match := _SEASON.fullmatch(text):
        return _months(int(match[1]), _SEASON_MONTH[match[2]], 3)
    if match := _QUARTER.fullmatch(text):
        return _months(int(match[1]), 3 * int(match[2]) - 2, 3)
    if match := _HALF.fullmatch(text):
        return _months(int(match[1]), 6 * int(match[2]) - 5, 6)
    if match := _DECADE.fullmatch(text):
        return _years(int(match[1]) * 10, 10)
    if match := _CENTURY.fullmatch(text):
        return _years(int(match[1]) * 100, 100)
    return None


def _years(year: int, count: int) -> tuple[dt.datetime, dt.datetime] | None:
    if year < 1 or year + count > 9999:
        return None
    return dt.datetime(year, 1, 1), dt.datetime(year + count, 1, 1)


def _months(year: int, month: int, count: int) -> tuple[dt.datetime, dt.datetime] | None:
    start = dt.datetime(year, month, 1)
    index = year * 12 + (month - 1) + count
    end_year, end_month = divmod(index, 12)
    if end_year > 9999:
        return None
    return start, dt.datetime(end_year, end_month + 1, 1)


def _days(day: dt.date, count: int) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time())
    return start, start + dt.timedelta(days=count)
