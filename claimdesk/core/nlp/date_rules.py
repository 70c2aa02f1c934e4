"""Candidate detection: the regular expressions that find date expressions, per language.

Each :class:`~claimdesk.core.nlp.date_context.Rule` pairs a pattern that finds one shape of
date expression with the handler that turns a match into a TimeML value (handlers live in
:mod:`~claimdesk.core.nlp.date_absolute`, :mod:`~claimdesk.core.nlp.date_relative` and
:mod:`~claimdesk.core.nlp.date_periods`). Rules only fire on shapes that are dates (a month
name, a weekday, "last year", "anni fa", a year in a date position), so ages ("63 anni"),
quantities ("100.000 truppe") and durations ("per tre anni") never become dates. The order of
the rules matters: among candidates of equal length the earlier rule wins.
"""

from __future__ import annotations

import re

from claimdesk.core.nlp import date_lexicon as lex
from claimdesk.core.nlp.date_absolute import (
    resolve_century,
    resolve_day_month,
    resolve_fallback,
    resolve_iso,
    resolve_month,
    resolve_numeric,
    resolve_spoken_year,
    resolve_year,
)
from claimdesk.core.nlp.date_context import Rule
from claimdesk.core.nlp.date_periods import (
    resolve_decade,
    resolve_quarter,
    resolve_quarter_anaphor,
    resolve_season,
)
from claimdesk.core.nlp.date_relative import (
    resolve_ago,
    resolve_reference,
    resolve_relative_day,
    resolve_relative_unit,
    resolve_the_weekend,
    resolve_this_year,
    resolve_unit_edge,
    resolve_weekday,
    resolve_year_earlier,
)
from claimdesk.core.nlp.languages import PLAIN

AP = "['’]"


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
_SPOKEN_CENTURY = "(?:nineteen|eighteen)"
_SPOKEN_TENS = "(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPOKEN_UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)"

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

# Both languages write ISO dates alike: "2022-02-24".
_ISO = Rule(_c(rf"\b(?P<y>{_YEAR4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b"), resolve_iso, relative=False)

_RULES_EN: list[Rule] = [
    _ISO,
    Rule(_c(rf"\b(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>{_YEAR4}|\d\d)\b"), resolve_numeric, False),
    Rule(
        _c(rf"\b(?P<mon>{_MONTH_EN})\.?\s+{_DAY}(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{_YEAR4})\b)?"),
        resolve_day_month,
    ),
    Rule(
        _c(
            rf"\b{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_EN})\b\.?"
            rf"(?:,?\s+(?P<year>{_YEAR4})\b)?"
        ),
        resolve_day_month,
    ),
    Rule(
        _c(
            rf"(?:\b(?P<pre>(?i:last|next|this|this\s+past|this\s+coming))\s+|"
            rf"(?P<skip>(?i:\b(?:in|since|until|by|early|late|mid-?|during|through|from|"
            rf"of|before|after|for))[\s-]*)?)"
            rf"\b(?P<mon>{_MONTH_FULL_EN})\b{_QUAL_EN}"
        ),
        resolve_month,
    ),
    Rule(_c(rf"(?<![\d.,$€£/\w])(?P<y>{_YEAR4})(?:{AP}s)?(?![\w%]|[.,/]\d)"), resolve_year, False),
    Rule(
        _c(
            r"(?i:\b(?:the\s+)?(?:(?P<c>1[0-9]|20)(?P<d>\d)0|['’](?P<s>\d)0)['’]?s\b|"
            r"\bthe\s+(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|"
            r"nineties)\b)"
        ),
        resolve_decade,
        relative=False,
    ),
    Rule(
        _c(
            r"(?i:\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|yesterday|"
            r"tomorrow)\b)"
        ),
        resolve_relative_day,
    ),
    Rule(
        _c(
            rf"(?:\b(?P<pre>(?i:last|next|this\s+past|this\s+coming|this))\s+)?"
            rf"\b(?P<wd>{_WEEKDAY_EN})\b"
        ),
        resolve_weekday,
    ),
    Rule(
        _c(
            r"(?i:\b(?:(?:earlier|later)\s+)?(?P<dir>last|next|this\s+past|this\s+coming|this|"
            r"the\s+previous|the\s+current|the\s+latest)\s+(?P<unit>year|month|week|weekend|"
            r"quarter|spring|summer|fall|autumn|winter)\b)"
        ),
        resolve_relative_unit,
    ),
    Rule(
        _c(
            r"(?i:\bthe\s+(?P<dir>latest\s+)?(?P<unit>quarter|period)\b(?!\s+(?:of|ended|ending|"
            r"to|before|after)\b))"
        ),
        resolve_relative_unit,
    ),
    Rule(
        _c(
            rf"(?i:\b(?P<n>\d{{1,3}}|{_NUMBER_EN})\s+(?P<unit>years?|months?|weeks?|days?)\s+"
            r"ago\b)"
        ),
        resolve_ago,
    ),
    Rule(_c(r"(?i:\ba\s+year\s+(?:earlier|before)\b)"), resolve_year_earlier),
    Rule(
        _c(
            r"(?i:\b(?:the\s+)?(?:comparable\s+|corresponding\s+)?year[-\s](?:earlier|ago)"
            rf"(?:\s+(?:{_ORD_EN}\s+)?(?:quarter|period))?\b|\bthe\s+quarter\s+a\s+year\s+ago\b|"
            rf"\bthe\s+(?P<qy>{_YEAR4})\s+(?:quarter|period)\b|\bthat\s+quarter\b|"
            r"\bthe\s+(?:corresponding|same)\s+(?:period|quarter)\s+(?:last|a)\s+year(?:\s+ago)?\b)"
        ),
        resolve_quarter_anaphor,
    ),
    Rule(
        _c(
            rf"(?:\b(?P<pre>(?i:last|next|this\s+past|this\s+coming|this))\s+|"
            rf"(?P<skip>(?i:\b(?:in|the|of|during|by|until|since|for|early|late|mid-?)[\s-]*)))"
            rf"(?i:\b(?P<season>{_SEASON_EN}))\b{_QUAL_EN}"
            r"(?!(?i:\s+of\s+(?!\d|this|last|next)))"
        ),
        resolve_season,
    ),
    Rule(
        _c(
            rf"(?i:\b(?:(?P<qy2>{_YEAR4})\s+|(?P<yrel>this|last|next)\s+year{AP}s\s+|"
            rf"the\s+(?:(?P<qy3>{_YEAR4})\s+)?)?(?:fiscal[\s-]+)?(?P<ord>{_ORD_EN})[\s-]+"
            rf"(?:fiscal[\s-]+)?quarter\b){_QUAL_EN}"
        ),
        resolve_quarter,
    ),
    Rule(_c(rf"\bQ(?P<q>[1-4])\b(?:\s+(?P<qy>{_YEAR4})\b)?"), resolve_quarter),
    Rule(_c(r"(?i:\b(?:over\s+|during\s+|ahead\s+of\s+)?the\s+weekend\b)"), resolve_the_weekend),
    Rule(
        _c(
            r"(?i:\b(?:(?:the\s+)?year[-\s]end|the\s+(?:full|fiscal|current\s+fiscal)\s+year|"
            r"(?P<skip>for\s+)the\s+year)\b(?!['’-]))"
        ),
        resolve_this_year,
    ),
    Rule(
        _c(
            r"(?i:\b(?:right\s+now|now|currently|at\s+present|nowadays|these\s+days|"
            r"(?:more\s+)?recently|(?:in\s+)?the\s+(?:near\s+)?future)"
            r"\b(?!\s+(?:that|of)\b))"
        ),
        resolve_reference,
        relative=False,
    ),
    Rule(
        _c(
            rf"(?i:\b(?:(?:the\s+year\s+)?(?P<h>{_SPOKEN_CENTURY})\s+(?P<t>{_SPOKEN_TENS})"
            rf"(?:[\s-]+(?P<u>{_SPOKEN_UNITS}))?|the\s+year\s+two\s+thousand)\b)"
        ),
        resolve_spoken_year,
        relative=False,
    ),
    Rule(
        _c(r"(?i:\b(?:the\s+)?(?P<n>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b)"),
        resolve_century,
        relative=False,
    ),
    Rule(
        _c(
            r"(?i:\b(?:the\s+)?(?P<edge>end|beginning|start|middle|close)\s+of\s+the\s+"
            r"(?P<unit>year|month|week)\b)"
        ),
        resolve_unit_edge,
    ),
]

_RULES_IT: list[Rule] = [
    _ISO,
    Rule(
        _c(rf"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>{_YEAR4}|\d\d)\b"),
        resolve_numeric,
        False,
    ),
    Rule(
        _c(rf"(?i:\b{_DAY}[°º]?\s+(?P<mon>{_MONTH_IT}|{_MONTH_ABBR_IT}\.)(?!\w)){_QUAL_IT}"),
        resolve_day_month,
    ),
    Rule(
        _c(
            rf"(?i:(?:\b(?P<pre>lo\s+scorso|il\s+prossimo|questo)\s+)?\b(?P<mon>{_MONTH_IT})\b"
            rf"(?:\s+(?P<post>scorso|prossimo|passato))?){_QUAL_IT}"
        ),
        resolve_month,
    ),
    Rule(_c(rf"(?<![\d.,$€£/\w])(?P<y>{_YEAR4})(?![\w%]|[.,/]\d)"), resolve_year, False),
    Rule(
        _c(
            rf"(?i:\banni\s+(?:{AP}\s*(?P<s>\d)0|(?P<c>1[0-9]|20)(?P<d>\d)0|(?P<w>venti|trenta|"
            rf"quaranta|cinquanta|sessanta|settanta|ottanta|novanta)|(?P<s2>[2-9])0)\b)"
        ),
        resolve_decade,
        relative=False,
    ),
    Rule(
        _c(
            rf"(?i:\b(?:l{AP}\s*altro\s*ieri|ieri\s+l{AP}altro|altroieri|dopodomani|oggi|ieri|"
            r"domani)\b)"
        ),
        resolve_relative_day,
    ),
    Rule(
        _c(
            rf"(?i:(?:\b(?P<pre>lo\s+scorso|la\s+scorsa|il\s+prossimo|la\s+prossima)\s+)?"
            rf"\b(?P<wd>{_WEEKDAY_IT})(?!\w)(?:\s+(?P<post>scors[oa]|prossim[oa]|passat[oa]))?)"
        ),
        resolve_weekday,
    ),
    Rule(
        _c(
            rf"(?i:(?:\b(?:l{AP}\s*|lo\s+|la\s+|il\s+))?(?P<dir>scors[oa]|passat[oa]|prossim[oa])"
            rf"\s+(?P<unit>anno|mese|settimana|trimestre|fine\s+settimana|weekend|{_SEASON_IT})\b)"
        ),
        resolve_relative_unit,
    ),
    Rule(
        _c(
            rf"(?i:(?:\b(?:l{AP}\s*|lo\s+|la\s+|il\s+))?(?P<unit>anno|mese|settimana|trimestre|"
            rf"fine\s+settimana|weekend|{_SEASON_IT})\s+(?P<dir>scors[oa]|passat[oa]|prossim[oa]|"
            r"in\s+corso|corrente|ventur[oa])\b)"
        ),
        resolve_relative_unit,
    ),
    Rule(
        _c(
            rf"(?i:\b(?P<dir>quest{AP}\s*|questo\s+|questa\s+)(?P<unit>anno|mese|settimana|"
            rf"trimestre|fine\s+settimana|weekend|{_SEASON_IT})\b)"
        ),
        resolve_relative_unit,
    ),
    Rule(
        _c(
            rf"(?i:\b(?P<n>\d{{1,3}}|{_NUMBER_IT})\s+(?P<unit>anni|anno|mesi|mese|settimane|"
            r"settimana|giorni|giorno)\s+fa\b)"
        ),
        resolve_ago,
    ),
    Rule(
        _c(
            rf"(?i:(?:\b(?P<pre>la\s+scorsa|lo\s+scorso|la\s+prossima|il\s+prossimo)\s+|"
            rf"(?P<skip>\b(?:in|l{AP}|nell{AP}|dell{AP}|la|nella|della|il|nel|del|quest{AP}|"
            rf"questa|questo)\s*))(?P<season>{_SEASON_IT})\b(?:\s+(?P<post>scors[oa]|prossim[oa]|"
            rf"passat[oa]))?){_QUAL_IT}"
        ),
        resolve_season,
    ),
    Rule(
        _c(
            r"(?i:\b(?:adesso|attualmente|oggigiorno|al\s+momento|in\s+questo\s+momento|"
            r"oggi\s+come\s+oggi|recentemente|di\s+recente|in\s+passato|nel\s+passato|"
            r"in\s+(?:un\s+prossimo\s+)?futuro|nel\s+futuro)\b)"
        ),
        resolve_reference,
        relative=False,
    ),
    Rule(
        _c(
            r"\b(?P<roman>[IVX]{1,5})\s+(?i:secolo)\b|(?i:\bsecolo\s+)(?P<roman2>[IVX]{1,5})\b|"
            r"\b(?P<named>Ottocento|Novecento|Settecento|Seicento|Cinquecento)\b"
        ),
        resolve_century,
        relative=False,
    ),
    Rule(
        _c(rf"(?i:\b(?P<ord>{_ORD_IT})\s+trimestre\b){_QUAL_IT}"),
        resolve_quarter,
    ),
    Rule(
        _c(
            rf"(?i:\b(?P<edge>(?:a|di|entro|fino\s+a)\s+(?:inizio|fine|metà)|(?:al)?la\s+fine|"
            rf"(?:al)?l{AP}\s*inizio|(?:a|alla)\s+metà)\s+(?:(?:del|della|dell{AP}|dello)\s*)?"
            r"(?P<unit>anno|mese|settimana)\b(?!\s+(?:scors|prossim|passat|in\s+corso)))"
        ),
        resolve_unit_edge,
    ),
]

# Absolute dates in forms the rules above do not read ("2023.02.24", "24-Feb-2023"),
# handed to dateparser.
_FALLBACK = Rule(
    _c(r"\b(?:\d{4}\.\d{1,2}\.\d{1,2}|\d{1,2}-[A-Za-z]{3,9}-\d{2,4}|\d{4}/\d{1,2}/\d{1,2})\b"),
    resolve_fallback,
    relative=False,
)

# A language without rules of its own: only the dates every language writes alike.
RULES: dict[str, list[Rule]] = {
    "en": [*_RULES_EN, _FALLBACK],
    "it": [*_RULES_IT, _FALLBACK],
    PLAIN: [_ISO],
}

_MOD_EN = lex.alternation(lex.MODIFIERS_EN)
_MOD_IT = lex.alternation(lex.MODIFIERS_IT)
MODIFIER_BEFORE = {
    "en": _c(rf"(?i:\b(?P<mod>{_MOD_EN})[\s-]*\Z)"),
    "it": _c(
        rf"(?i:\b(?P<mod>{_MOD_IT})\s*(?:(?:di|del|della|dello|dell{AP}|degli|dei|al|alla|allo|"
        rf"all{AP}|ai|agli)\s*)?(?:(?:il|la|lo|l{AP})\s*)?\Z)"
    ),
}
MODIFIER_BEFORE[PLAIN] = _c(r"(?!)")  # matches nothing
MODIFIERS: dict[str, dict[str, str]] = {
    "en": lex.MODIFIERS_EN,
    "it": lex.MODIFIERS_IT,
    PLAIN: {},
}
