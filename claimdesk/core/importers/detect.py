"""Guesses made at import when the user gave nothing: title, language, publication date.

Small and fast on purpose: word lists and regular expressions, no model and no dateparser.
The language tools in ``claimdesk.core.nlp`` do the careful work later.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

TITLE_LIMIT = 90
# A first line longer than this reads as a paragraph, not as a heading.
HEADING_LIMIT = 100
DEFAULT_LANGUAGE = "en"
# How much of a long text the language guess reads: plenty for a stopword count.
LANGUAGE_SAMPLE = 20_000
# Fewer stopword hits than this, or a winner not this far ahead, is "unsure".
MIN_LANGUAGE_HITS = 3
MIN_LANGUAGE_LEAD = 1.25
DATE_LINES = 3

_STOPWORD_TEXT: dict[str, str] = {
    "it": (
        "il lo gli di del della dell delle dei degli che è non per una uno con sono nel nella "
        "alla al anche più questo questa ma come ha hanno essere stato stata suo sua sul sulla "
        "tra dopo ad ed perché già"
    ),
    "en": (
        "the and of to in is was that it for on with as by he she they said has have had from "
        "at this which be are were not an will would its their"
    ),
    "fr": (
        "le les des du et est une dans qui pour pas sur au aux avec ne ce cette sont été mais ou "
        "leur elle nous vous plus très"
    ),
    "de": (
        "der die das und ist nicht mit den dem des ein eine einen zu auf für von sich auch im "
        "wird wurde sie er hat dass bei aus nach wie oder sind"
    ),
    "es": (
        "el los las y que por es para su sus más pero fue sido está este esta han también "
        "entre sobre muy hay desde"
    ),
    "pt": (
        "o os da do dos das em no na nos nas um que não com para por foi ao à mais seu também "
        "pelo pela são ser mas muito"
    ),
    "nl": (
        "de het een en van dat op te zijn met voor niet aan er ook als bij door naar dan maar "
        "om zich werd wordt hij ze deze heeft worden"
    ),
    "pl": (
        "w z na się nie do że jest jak ale po co tak za od przez dla czy jego już był była "
        "są oraz także który która które tym jej ich został została może"
    ),
    "ro": (
        "și şi în să nu cu pe din care este sunt fost ca pentru sau lui după acest acesta "
        "această fi ale cel cea unei unui unor fără către"
    ),
    "sv": (
        "och att det som en är av för med till den på inte har om ett var han hon sig men från "
        "vid också efter kan skulle detta sina eller"
    ),
}
_STOPWORDS = {code: frozenset(words.split()) for code, words in _STOPWORD_TEXT.items()}

_WORD = re.compile(r"[^\W\d_]+")

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "gennaio january jan gen",
        "febbraio february feb",
        "marzo march mar",
        "aprile april apr",
        "maggio may mag",
        "giugno june jun giu",
        "luglio july jul lug",
        "agosto august aug ago",
        "settembre september sep sept set sett",
        "ottobre october oct ott",
        "novembre november nov",
        "dicembre december dec dic",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

# Longest names first so that "sept" wins over "sep" and "settembre" over "set".
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORDINAL = r"(?:º|°|st|nd|rd|th)?"
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, str, str]], ...] = (
    # Digits, not word boundaries, delimit numeric dates: "2023-02-22T10:00" is a date too.
    (re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), ("y", "m", "d")),
    (re.compile(r"(?<![\d.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)"), ("d", "m", "y")),
    (
        re.compile(rf"\b(\d{{1,2}}){_ORDINAL}\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.IGNORECASE),
        ("d", "m", "y"),
    ),
    (
        re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})\b", re.IGNORECASE),
        ("m", "d", "y"),
    ),
)


def detect_language(text: str) -> str:
    """Guess the ISO 639-1 code (it, en, fr, de, es, pt, nl, pl, ro, sv) from stopword counts.

    Returns ``"en"`` when the text has too few known words or no language clearly leads.
    """
    return guess_language(text) or DEFAULT_LANGUAGE


def guess_language(text: str) -> str | None:
    """The language :func:`detect_language` finds, or ``None`` when it is unsure."""
    words = Counter(w.lower() for w in _WORD.findall(text[:LANGUAGE_SAMPLE]))
    scores = sorted(
        ((sum(words[w] for w in stop), code) for code, stop in _STOPWORDS.items()),
        reverse=True,
    )
    (best, code), (second, _) = scores[0], scores[1]
    if best < MIN_LANGUAGE_HITS or best < second * MIN_LANGUAGE_LEAD:
        return None
    return code


def detect_published(text: str) -> dt.date | None:
    """The first date written in the first three non-blank lines of ``text``, if any.

    Reads ``2023-02-22``, ``22/02/2023`` (day first unless that cannot be), ``22 febbraio 2023``,
    ``22 Feb 2023``, ``February 22, 2023`` and the like, with Italian or English month names.
    """
    lines = [line for line in text.split("\n", 50) if line.strip()][:DATE_LINES]
    return parse_date("\n".join(lines))


def parse_date(value: str) -> dt.date | None:
    """The earliest valid date written in ``value`` in one of the forms above, else ``None``."""
    found: list[tuple[int, dt.date]] = []
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(value):
            date = _to_date(dict(zip(order, match.groups(), strict=True)))
            if date is not None:
                found.append((match.start(), date))
                break
    return min(found)[1] if found else None


def _to_date(parts: dict[str, str]) -> dt.date | None:
    year = int(parts["y"])
    month_text = parts["m"]
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower()]
    day = int(parts["d"])
    if not 1900 <= year <= 2100:
        return None
    if month > 12 and day <= 12 and month_text.isdigit():
        # 02/22/2023 can only be month first.
        month, day = day, month
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def detect_title(text: str) -> str | None:
    """A title for a text that came without one.

    The first non-blank line if it looks like a heading (short, no final period, not only a
    date, not wrapped onto the next line); else the first sentence, cut near 90 characters
    on a word boundary with "…".
    """
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    if not paragraphs:
        return None
    lines = [line.strip() for line in paragraphs[0].split("\n") if line.strip()]
    first = lines[0]
    if parse_date(first) is not None and len(first) <= 40:
        # A dateline above the headline ("22 febbraio 2023") is not the title.
        if len(lines) > 1:
            lines = lines[1:]
        elif len(paragraphs) > 1:
            lines = [line.strip() for line in paragraphs[1].split("\n") if line.strip()]
        first = lines[0]
    wrapped = len(lines) > 1 and lines[1][:1].islower()
    if _looks_like_heading(first) and not wrapped:
        return first
    prose = " ".join(lines) if wrapped else first
    title = shorten(_first_sentence(prose), TITLE_LIMIT)
    return title if _WORD.search(title) else None


def _looks_like_heading(line: str) -> bool:
    return (
        len(line) <= HEADING_LIMIT
        and not line.endswith((".", ",", ";", ":"))
        and _WORD.search(line) is not None
    )


_SENTENCE_END = re.compile(r"[.!?…](?=[\"'»”’)\]]*(?:\s|$))")


def _first_sentence(paragraph: str) -> str:
    match = _SENTENCE_END.search(paragraph)
    sentence = paragraph[: match.end()] if match else paragraph
    if sentence.endswith(".") and not sentence.endswith(".."):
        sentence = sentence[:-1]
    return sentence.strip()


def shorten(text: str, limit: int = TITLE_LIMIT) -> str:
    """``text`` cut to at most ``limit`` characters on a word boundary, ending in "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"
