"""Calendar arithmetic for TimeML values: shifting years, months, weeks, quarters, seasons."""

from __future__ import annotations

import datetime as dt

SEASON_CODES = ("SP", "SU", "FA", "WI")


def year_value(year: int) -> str:
    """``2008``."""
    return f"{year:04d}"


def month_value(year: int, month: int) -> str:
    """``2022-02``."""
    return f"{year:04d}-{month:02d}"


def day_value(day: dt.date) -> str:
    """``2022-02-24``."""
    return day.isoformat()


def week_value(day: dt.date) -> str:
    """The ISO week holding ``day``: ``2023-W07``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_value(year: int, quarter: int) -> str:
    """``1989-Q3``."""
    return f"{year:04d}-Q{quarter}"


def quarter_of(day: dt.date) -> int:
    """The quarter (1-4) ``day`` falls in."""
    return (day.month - 1) // 3 + 1


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``by`` months."""
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    """``(year, quarter)`` moved by ``by`` quarters."""
    index = year * 4 + quarter - 1 + by
    return index // 4, index % 4 + 1


def season_index(day: dt.date) -> int:
    """A running number of the season ``day`` falls in (winter counts with its December)."""
    month = day.month
    if month <= 2:
        return (day.year - 1) * 4 + 3
    return day.year * 4 + (month - 3) // 3


def season_value(index: int) -> str:
    """``2022-FA`` for a running season number."""
    return f"{index // 4:04d}-{SEASON_CODES[index % 4]}"


def nearest_season(day: dt.date, code: str, direction: int) -> int:
    """The running number of season ``code`` relative to ``day``.

    ``direction`` -1: the last one strictly before the current season; +1: the next one
    strictly after; 0: the one of the current year (the current one when it is ``code``).
    """
    current = season_index(day)
    wanted = SEASON_CODES.index(code)
    if direction == 0:
        if current % 4 == wanted:
            return current
        return day.year * 4 + wanted
    index = current + direction
    while index % 4 != wanted:
        index += direction
    return index


def weekday_date(day: dt.date, weekday: int, direction: int) -> dt.date:
    """The date of ``weekday`` (0 Monday) near ``day``.

    ``direction`` -1: on or before ``day``; +1: on or after; -2 / +2: strictly before / after.
    """
    delta = weekday - day.weekday()
    if direction < 0:
        back = (-delta) % 7
        if back == 0 and direction == -2:
            back = 7
        return day - dt.timedelta(days=back)
    forward = delta % 7
    if forward == 0 and direction == 2:
        forward = 7
    return day + dt.timedelta(days=forward)
