"""Guesses made at import when the user gave nothing: title, language, publication date.

Small and fast on purpose: regular expressions, no dateparser (the language comes from the
detector in ``language.py``). The language tools in ``claimdesk.core.nlp`` do the careful work
later.
"""

from __future__ import annotations

import datetime as dt
import re

from claimdesk.core.importers.language import DEFAULT_LANGUAGE, detect_language, guess_language

__all__ = [
    "DEFAULT_LANGUAGE",
    "detect_language",
    "detect_published",
    "detect_title",
    "guess_language",
    "parse_date",
    "shorten",
]

TITLE_LIMIT = 90
# A first line longer than this reads as a paragraph, not as a heading.
HEADING_LIMIT = 100
DATE_LINES = 3

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
MONTHS, MONTH_PATTERN = _MONTHS, _MONTH  # month names in Italian and English, for datelines
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
