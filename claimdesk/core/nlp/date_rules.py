"""Candidate detection and normalisation of date expressions, English and Italian.

Each rule is a regular expression that finds one shape of date expression and a function that
turns a match into a TimeML value against the publication date. Rules only fire on shapes that
are dates (a month name, a weekday, "last year", "anni fa", a year in a date position), so ages
("63 anni"), quantities ("100.000 truppe") and durations ("per tre anni") never become dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from claimdesk.core.nlp import date_lexicon as lex
from claimdesk.core.nlp.date_calendar import (
    day_value,
    month_value,
    nearest_season,
    quarter_of,
    quarter_value,
    season_index,
    season_value,
    shift_month,
    shift_quarter,
    week_value,
    weekday_date,
    year_value,
)

AP = "['’]"


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


# --- small helpers ------------------------------------------------------------------------


def _year_of(word: str) -> int:
    return int(word)


def _number(language: str, word: str) -> int | None:
    if word.isdigit():
        return int(word)
    table = lex.NUMBERS_IT if language == "it" else lex.NUMBERS_EN
    return lex.lookup(table, word)


def _direction(word: str | None) -> int:
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


def _month_year(ctx: Context, month: int, at: int) -> int | None:
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


def _qualified_year(ctx: Context, m: re.Match[str]) -> int | None:
    """The year written after a month, season or quarter (``qy``/``qrel`` groups).

    ``UNWRITTEN`` when none is written; ``None`` when it is relative to an unknown date.
    """
    groups = m.groupdict()
    for name in ("qy", "year", "qy2", "qy3"):
        if groups.get(name):
            return _year_of(groups[name])
    rel = groups.get("qrel") or groups.get("yrel")
    if rel:
        if ctx.published is None:
            return None
        return ctx.published.year + _direction(rel)
    return UNWRITTEN


def _valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --- handlers -------------------------------------------------------------------------------


def _month_table(ctx: Context) -> dict[str, int]:
    if ctx.language == "it":
        return {**lex.MONTHS_IT, **lex.MONTH_ABBREVIATIONS_IT}
    return lex.MONTHS_EN


def _day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = lex.lookup(_month_table(ctx), m["mon"].rstrip("."))
    day = int(m["day"])
    if month is None or not 1 <= day <= 31:
        return None
    year = _qualified_year(ctx, m)
    if year == UNWRITTEN:
        # In the month of publication the year stays whatever the tense ("il 24 febbraio"
        # in an article of 22 February is this year's).
        year = _month_year(ctx, month, m.start())
    if year is None:
        return None
    date = _valid_day(year, month, day)
    return Resolved(day_value(date), "day") if date else None


def _month(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = lex.lookup(_month_table(ctx), m["mon"].rstrip("."))
    if month is None:
        return None
    groups = m.groupdict()
    year = _qualified_year(ctx, m)
    if year == UNWRITTEN:
        direction = _direction(groups.get("pre") or groups.get("post"))
        if ctx.published is None:
            return None
        if direction < 0:
            year = ctx.published.year - (1 if month >= ctx.published.month else 0)
        elif direction > 0:
            year = ctx.published.year + (1 if month <= ctx.published.month else 0)
        else:
            if ctx.language == "en" and month in (3, 5) and not groups.get("skip"):
                return None  # "May", "March" alone are a verb as often as a month
            year = _month_year(ctx, month, m.start())
    if year is None:
        return None
    return Resolved(month_value(year, month), "month")


def _year(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = int(m["y"])
    before = ctx.text[max(0, m.start() - 24) : m.start()]
    after = ctx.text[m.end() : m.end() + 24]
    if _NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.match(after):
        return None
    if year < 1800 and not _YEAR_CONTEXT.search(before):
        return None
    return Resolved(year_value(year), "year")


def _iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    date = _valid_day(int(m["y"]), int(m["mo"]), int(m["d"]))
    return Resolved(day_value(date), "day") if date else None


def _numeric(m: re.Match[str], ctx: Context) -> Resolved | None:
    first, second, year_text = int(m["a"]), int(m["b"]), m["y"]
    year = int(year_text)
    if len(year_text) == 2:
        year += 1900 if year > 40 else 2000
    day, month = (first, second) if ctx.language == "it" else (second, first)
    if month > 12 >= day:
        day, month = month, day
    date = _valid_day(year, month, day)
    return Resolved(day_value(date), "day") if date else None


def _relative_day(m: re.Match[str], ctx: Context) -> Resolved | None:
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


def _weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.published is None:
        return None
    table = lex.WEEKDAYS_IT if ctx.language == "it" else lex.WEEKDAYS_EN
    weekday = lex.lookup(table, m["wd"])
    if weekday is None:
        return None
    groups = m.groupdict()
    direction = _direction(groups.get("pre") or groups.get("post"))
    if direction:
        date = weekday_date(ctx.published, weekday, 2 * direction)
    elif ctx.tense(m.start()) > 0:
        date = weekday_date(ctx.published, weekday, 1)
    else:
        date = weekday_date(ctx.published, weekday, -1)
    return Resolved(day_value(date), "day")


def _relative_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.published is None:
        return None
    groups = m.groupdict()
    unit_word = " ".join(m["unit"].lower().split())
    direction = _direction(groups.get("dir"))
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
        return Resolved(week_value(saturday) + "-WE", "week")
    if not dir_word:
        # A bare "the quarter" speaks of the one mentioned before, else the last reported.
        year, quarter = shift_quarter(published.year, quarter_of(published), -1)
        return Resolved(quarter_value(year, quarter), "quarter", anaphor="quarter")
    year, quarter = shift_quarter(published.year, quarter_of(published), direction)
    return Resolved(quarter_value(year, quarter), "quarter")


def _ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.published is None:
        return None
    count = _number(ctx.language, m["n"].lower())
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


def _year_earlier(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.published is None:
        return None
    return Resolved(year_value(ctx.published.year - 1), "year", anaphor="year_ago")


def _decade(m: re.Match[str], ctx: Context) -> Resolved | None:
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


def _season(m: re.Match[str], ctx: Context) -> Resolved | None:
    table = lex.SEASONS_IT if ctx.language == "it" else lex.SEASONS_EN
    code = lex.lookup(table, m["season"])
    if code is None:
        return None
    groups = m.groupdict()
    year = _qualified_year(ctx, m)
    if year is None:
        return None
    if year != UNWRITTEN:
        return Resolved(f"{year:04d}-{code}", "season")
    if ctx.published is None:
        return None
    direction = _direction(groups.get("pre") or groups.get("post"))
    index = nearest_season(ctx.published, code, direction)
    if direction == 0:
        current = season_index(ctx.published)
        tense = ctx.tense(m.start())
        if index > current and tense < 0:
            index -= 4
        elif index < current and tense > 0:
            index += 4
    return Resolved(season_value(index), "season")


def _quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    groups = m.groupdict()
    table = lex.ORDINALS_IT if ctx.language == "it" else lex.ORDINALS_EN
    quarter = int(groups["q"]) if groups.get("q") else lex.lookup(table, groups.get("ord") or "")
    if quarter is None:
        return None
    year = _qualified_year(ctx, m)
    if year == UNWRITTEN:
        if ctx.published is None:
            return None
        year = ctx.published.year
        if quarter > quarter_of(ctx.published) and ctx.tense(m.start()) < 0:
            year -= 1
    if year is None:
        return None
    return Resolved(quarter_value(year, quarter), "quarter")


def _quarter_anaphor(m: re.Match[str], ctx: Context) -> Resolved | None:
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


def _reference(m: re.Match[str], ctx: Context) -> Resolved | None:
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


def _this_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the full year", "the fiscal year", "year-end": the year of publication."""
    if ctx.published is None:
        return None
    mod = "END" if "end" in m.group().lower() else None
    return Resolved(year_value(ctx.published.year), "year", mod)


def _unit_edge(m: re.Match[str], ctx: Context) -> Resolved | None:
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


def _the_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "over the weekend": the last one; "ahead of the weekend": the coming one."""
    if ctx.published is None:
        return None
    ahead = m.group().lower().startswith("ahead") or ctx.tense(m.start()) > 0
    saturday = weekday_date(ctx.published, 5, 1 if ahead else -1)
    return Resolved(week_value(saturday) + "-WE", "week")


_SPOKEN = {
    "nineteen": 19, "twenty": 20, "eighteen": 18, "ten": 1, "twenty ": 2, "thirty": 3,
    "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9, "one": 1,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_SPOKEN_CENTURY = "(?:nineteen|eighteen)"
_SPOKEN_TENS = "(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPOKEN_UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)"


def _spoken_year(m: re.Match[str], ctx: Context) -> Resolved | None:
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


def _century(m: re.Match[str], ctx: Context) -> Resolved | None:
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


def _fallback(m: re.Match[str], ctx: Context) -> Resolved | None:
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


# --- patterns -------------------------------------------------------------------------------


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_DAY = r"(?P<day>[0-3]?\d)"
_YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
_MONTH_EN = lex.alternation(lex.MONTHS_EN)
_MONTH_FULL_EN = lex.alternation(
    name for name in lex.MONTHS_EN if len(name) > 4 or name in ("May", "June", "July")
)
_MONTH_IT = lex.alternation(lex.MONTHS_IT)
_MONTH_ABBR_IT = lex.alternation(lex.MONTH_ABBREVIATIONS_IT)
_WEEKDAY_EN = "(?:" + "|".join(w.capitalize() for w in lex.WEEKDAYS_EN) + ")"
_WEEKDAY_IT = lex.alternation(lex.WEEKDAYS_IT)
_NUMBER_EN = lex.alternation(lex.NUMBERS_EN)
_NUMBER_IT = lex.alternation(lex.NUMBERS_IT)
_SEASON_EN = lex.alternation(lex.SEASONS_EN)
_SEASON_IT = lex.alternation(lex.SEASONS_IT)
_ORD_EN = lex.alternation(lex.ORDINALS_EN)
_ORD_IT = lex.alternation(lex.ORDINALS_IT)

# A year written after a month, season or quarter: "of 1998", "of this year", "del 2022",
# "di quest'anno", "dell'anno scorso", "dello scorso anno".
_QUAL_EN = (
    rf"(?:,?\s+(?:of\s+)?(?P<qy>{_YEAR4})\b|"
    r"(?i:\s+(?:of\s+)?(?P<qrel>this|last|next)\s+year\b(?!['’])))?"
)
_QUAL_IT = (
    rf"(?i:\s+(?:del\s+|dell{AP}\s*)?(?P<qy>{_YEAR4})\b|"
    rf"\s+(?P<qrel>di\s+quest{AP}\s*anno|di\s+questo\s+anno|dell{AP}\s*anno\s+(?:scorso|passato|"
    rf"prossimo|in\s+corso)|dello\s+scorso\s+anno|del\s+prossimo\s+anno))?"
)

_RULES_EN: list[Rule] = [
    Rule(_c(rf"\b(?P<y>{_YEAR4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b"), _iso, relative=False),
    Rule(_c(rf"\b(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>{_YEAR4}|\d\d)\b"), _numeric, False),
    Rule(
        _c(rf"\b(?P<mon>{_MONTH_EN})\.?\s+{_DAY}(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{_YEAR4})\b)?"),
        _day_month,
    ),
    Rule(
        _c(
            rf"\b{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_EN})\b\.?"
            rf"(?:,?\s+(?P<year>{_YEAR4})\b)?"
        ),
        _day_month,
    ),
    Rule(
        _c(
            rf"(?:\b(?P<pre>(?i:last|next|this|this\s+past|this\s+coming))\s+|"
            rf"(?P<skip>(?i:\b(?:in|since|until|by|early|late|mid-?|during|through|from|"
            rf"of|before|after|for))[\s-]*)?)"
            rf"\b(?P<mon>{_MONTH_FULL_EN})\b{_QUAL_EN}"
        ),
        _month,
    ),
    Rule(_c(rf"(?<![\d.,$€£/\w])(?P<y>{_YEAR4})(?:{AP}s)?(?![\w%]|[.,/]\d)"), _year, False),
    Rule(
        _c(
            r"(?i:\b(?:the\s+)?(?:(?P<c>1[0-9]|20)(?P<d>\d)0|['’](?P<s>\d)0)['’]?s\b|"
            r"\bthe\s+(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|"
            r"nineties)\b)"
        ),
        _decade,
        relative=False,
    ),
    Rule(
        _c(
            r"(?i:\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|yesterday|"
            r"tomorrow)\b)"
        ),
        _relative_day,
    ),
    Rule(
        _c(
            rf"(?:\b(?P<pre>(?i:last|next|this\s+past|this\s+coming|this))\s+)?"
            rf"\b(?P<wd>{_WEEKDAY_EN})\b"
        ),
        _weekday,
    ),
    Rule(
        _c(
            r"(?i:\b(?:(?:earlier|later)\s+)?(?P<dir>last|next|this\s+past|this\s+coming|this|"
            r"the\s+previous|the\s+current|the\s+latest)\s+(?P<unit>year|month|week|weekend|"
            r"quarter|spring|summer|fall|autumn|winter)\b)"
        ),
        _relative_unit,
    ),
    Rule(
        _c(
            r"(?i:\bthe\s+(?P<dir>latest\s+)?(?P<unit>quarter|period)\b(?!\s+(?:of|ended|ending|"
            r"to|before|after)\b))"
        ),
        _relative_unit,
    ),
    Rule(
        _c(
            rf"(?i:\b(?P<n>\d{{1,3}}|{_NUMBER_EN})\s+(?P<unit>years?|months?|weeks?|days?)\s+"
            r"ago\b)"
        ),
        _ago,
    ),
    Rule(_c(r"(?i:\ba\s+year\s+(?:earlier|before)\b)"), _year_earlier),
    Rule(
        _c(
            r"(?i:\b(?:the\s+)?(?:comparable\s+|corresponding\s+)?year[-\s](?:earlier|ago)"
            rf"(?:\s+(?:{_ORD_EN}\s+)?(?:quarter|period))?\b|\bthe\s+quarter\s+a\s+year\s+ago\b|"
            rf"\bthe\s+(?P<qy>{_YEAR4})\s+(?:quarter|period)\b|\bthat\s+quarter\b|"
            r"\bthe\s+(?:corresponding|same)\s+(?:period|quarter)\s+(?:last|a)\s+year(?:\s+ago)?\b)"
        ),
        _quarter_anaphor,
    ),
    Rule(
        _c(
            rf"(?:\b(?P<pre>(?i:last|next|this\s+past|this\s+coming|this))\s+|"
            rf"(?P<skip>(?i:\b(?:in|the|of|during|by|until|since|for|early|late|mid-?)[\s-]*)))"
            rf"(?i:\b(?P<season>{_SEASON_EN}))\b{_QUAL_EN}"
            r"(?!(?i:\s+of\s+(?!\d|this|last|next)))"
        ),
        _season,
    ),
    Rule(
        _c(
            rf"(?i:\b(?:(?P<qy2>{_YEAR4})\s+|(?P<yrel>this|last|next)\s+year{AP}s\s+|"
            rf"the\s+(?:(?P<qy3>{_YEAR4})\s+)?)?(?:fiscal[\s-]+)?(?P<ord>{_ORD_EN})[\s-]+"
            rf"(?:fiscal[\s-]+)?quarter\b){_QUAL_EN}"
        ),
        _quarter,
    ),
    Rule(_c(rf"\bQ(?P<q>[1-4])\b(?:\s+(?P<qy>{_YEAR4})\b)?"), _quarter),
    Rule(_c(r"(?i:\b(?:over\s+|during\s+|ahead\s+of\s+)?the\s+weekend\b)"), _the_weekend),
    Rule(
        _c(
            r"(?i:\b(?:(?:the\s+)?year[-\s]end|the\s+(?:full|fiscal|current\s+fiscal)\s+year|"
            r"(?P<skip>for\s+)the\s+year)\b(?!['’-]))"
        ),
        _this_year,
    ),
    Rule(
        _c(
            r"(?i:\b(?:right\s+now|now|currently|at\s+present|nowadays|these\s+days|"
            r"(?:more\s+)?recently|(?:in\s+)?the\s+(?:near\s+)?future)"
            r"\b(?!\s+(?:that|of)\b))"
        ),
        _reference,
        relative=False,
    ),
    Rule(
        _c(
            rf"(?i:\b(?:(?:the\s+year\s+)?(?P<h>{_SPOKEN_CENTURY})\s+(?P<t>{_SPOKEN_TENS})"
            rf"(?:[\s-]+(?P<u>{_SPOKEN_UNITS}))?|the\s+year\s+two\s+thousand)\b)"
        ),
        _spoken_year,
        relative=False,
    ),
    Rule(
        _c(r"(?i:\b(?:the\s+)?(?P<n>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b)"),
        _century,
        relative=False,
    ),
    Rule(
        _c(
            r"(?i:\b(?:the\s+)?(?P<edge>end|beginning|start|middle|close)\s+of\s+the\s+"
            r"(?P<unit>year|month|week)\b)"
        ),
        _unit_edge,
    ),
]

_RULES_IT: list[Rule] = [
    Rule(_c(rf"\b(?P<y>{_YEAR4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b"), _iso, relative=False),
    Rule(_c(rf"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>{_YEAR4}|\d\d)\b"), _numeric, False),
    Rule(
        _c(rf"(?i:\b{_DAY}[°º]?\s+(?P<mon>{_MONTH_IT}|{_MONTH_ABBR_IT}\.)(?!\w)){_QUAL_IT}"),
        _day_month,
    ),
    Rule(
        _c(
            rf"(?i:(?:\b(?P<pre>lo\s+scorso|il\s+prossimo|questo)\s+)?\b(?P<mon>{_MONTH_IT})\b"
            rf"(?:\s+(?P<post>scorso|prossimo|passato))?){_QUAL_IT}"
        ),
        _month,
    ),
    Rule(_c(rf"(?<![\d.,$€£/\w])(?P<y>{_YEAR4})(?![\w%]|[.,/]\d)"), _year, False),
    Rule(
        _c(
            rf"(?i:\banni\s+(?:{AP}\s*(?P<s>\d)0|(?P<c>1[0-9]|20)(?P<d>\d)0|(?P<w>venti|trenta|"
            rf"quaranta|cinquanta|sessanta|settanta|ottanta|novanta)|(?P<s2>[2-9])0)\b)"
        ),
        _decade,
        relative=False,
    ),
    Rule(
        _c(
            rf"(?i:\b(?:l{AP}\s*altro\s*ieri|ieri\s+l{AP}altro|altroieri|dopodomani|oggi|ieri|"
            r"domani)\b)"
        ),
        _relative_day,
    ),
    Rule(
        _c(
            rf"(?i:(?:\b(?P<pre>lo\s+scorso|la\s+scorsa|il\s+prossimo|la\s+prossima)\s+)?"
            rf"\b(?P<wd>{_WEEKDAY_IT})(?!\w)(?:\s+(?P<post>scors[oa]|prossim[oa]|passat[oa]))?)"
        ),
        _weekday,
    ),
    Rule(
        _c(
            rf"(?i:(?:\b(?:l{AP}\s*|lo\s+|la\s+|il\s+))?(?P<dir>scors[oa]|passat[oa]|prossim[oa])"
            rf"\s+(?P<unit>anno|mese|settimana|trimestre|fine\s+settimana|weekend|{_SEASON_IT})\b)"
        ),
        _relative_unit,
    ),
    Rule(
        _c(
            rf"(?i:(?:\b(?:l{AP}\s*|lo\s+|la\s+|il\s+))?(?P<unit>anno|mese|settimana|trimestre|"
            rf"fine\s+settimana|weekend|{_SEASON_IT})\s+(?P<dir>scors[oa]|passat[oa]|prossim[oa]|"
            r"in\s+corso|corrente|ventur[oa])\b)"
        ),
        _relative_unit,
    ),
    Rule(
        _c(
            rf"(?i:\b(?P<dir>quest{AP}\s*|questo\s+|questa\s+)(?P<unit>anno|mese|settimana|"
            rf"trimestre|fine\s+settimana|weekend|{_SEASON_IT})\b)"
        ),
        _relative_unit,
    ),
    Rule(
        _c(
            rf"(?i:\b(?P<n>\d{{1,3}}|{_NUMBER_IT})\s+(?P<unit>anni|anno|mesi|mese|settimane|"
            r"settimana|giorni|giorno)\s+fa\b)"
        ),
        _ago,
    ),
    Rule(
        _c(
            rf"(?i:(?:\b(?P<pre>la\s+scorsa|lo\s+scorso|la\s+prossima|il\s+prossimo)\s+|"
            rf"(?P<skip>\b(?:in|l{AP}|nell{AP}|dell{AP}|la|nella|della|il|nel|del|quest{AP}|"
            rf"questa|questo)\s*))(?P<season>{_SEASON_IT})\b(?:\s+(?P<post>scors[oa]|prossim[oa]|"
            rf"passat[oa]))?){_QUAL_IT}"
        ),
        _season,
    ),
    Rule(
        _c(
            r"(?i:\b(?:adesso|attualmente|oggigiorno|al\s+momento|in\s+questo\s+momento|"
            r"oggi\s+come\s+oggi|recentemente|di\s+recente|in\s+passato|nel\s+passato|"
            r"in\s+(?:un\s+prossimo\s+)?futuro|nel\s+futuro)\b)"
        ),
        _reference,
        relative=False,
    ),
    Rule(
        _c(
            r"\b(?P<roman>[IVX]{1,5})\s+(?i:secolo)\b|(?i:\bsecolo\s+)(?P<roman2>[IVX]{1,5})\b|"
            r"\b(?P<named>Ottocento|Novecento|Settecento|Seicento|Cinquecento)\b"
        ),
        _century,
        relative=False,
    ),
    Rule(
        _c(rf"(?i:\b(?P<ord>{_ORD_IT})\s+trimestre\b){_QUAL_IT}"),
        _quarter,
    ),
    Rule(
        _c(
            rf"(?i:\b(?P<edge>(?:a|di|entro|fino\s+a)\s+(?:inizio|fine|metà)|(?:al)?la\s+fine|"
            rf"(?:al)?l{AP}\s*inizio|(?:a|alla)\s+metà)\s+(?:(?:del|della|dell{AP}|dello)\s*)?"
            r"(?P<unit>anno|mese|settimana)\b(?!\s+(?:scors|prossim|passat|in\s+corso)))"
        ),
        _unit_edge,
    ),
]

# Absolute dates in forms the rules above do not read ("2023.02.24", "24-Feb-2023"),
# handed to dateparser.
_FALLBACK = Rule(
    _c(r"\b(?:\d{4}\.\d{1,2}\.\d{1,2}|\d{1,2}-[A-Za-z]{3,9}-\d{2,4}|\d{4}/\d{1,2}/\d{1,2})\b"),
    _fallback,
    relative=False,
)

RULES: dict[str, list[Rule]] = {"en": [*_RULES_EN, _FALLBACK], "it": [*_RULES_IT, _FALLBACK]}

_MOD_EN = lex.alternation(lex.MODIFIERS_EN)
_MOD_IT = lex.alternation(lex.MODIFIERS_IT)
MODIFIER_BEFORE = {
    "en": _c(rf"(?i:\b(?P<mod>{_MOD_EN})[\s-]*\Z)"),
    "it": _c(
        rf"(?i:\b(?P<mod>{_MOD_IT})\s*(?:(?:di|del|della|dello|dell{AP}|degli|dei|al|alla|allo|"
        rf"all{AP}|ai|agli)\s*)?(?:(?:il|la|lo|l{AP})\s*)?\Z)"
    ),
}
MODIFIERS = {"en": lex.MODIFIERS_EN, "it": lex.MODIFIERS_IT}
