"""Social-media text reduced to what it claims: links gone, handles and hashtags as words.

A tweet copied from the web ends with its sign-off, "— Name (@handle) April 3, 2020": the
author and the day of posting, not part of the claim. Its digits, like those inside a
``t.co/...`` link, are not the claim's figures and its date is not a date the claim speaks of,
so both are taken out before the claim is read; the posting day is kept apart. ``@BernieSanders``
and ``#LasVegas`` become "Bernie Sanders" and "Las Vegas", so that they meet the plain words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_STOP = r"[^\s\u2014\u2013]"  # a link runs to a space or a dash (links are glued to sign-offs)
_LINK = re.compile(
    rf"(?:https?://|www\.|pic\.twitter\.com/){_STOP}*"
    rf"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ly|co|it|gov|edu|news|info|me|tv|eu)/{_STOP}*",
    re.IGNORECASE,
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan gennaio gen",
            "february feb febbraio",
            "march mar marzo",
            "april apr aprile",
            "may maggio mag",
            "june jun giugno giu",
            "july jul luglio lug",
            "august aug agosto ago",
            "september sep sept settembre set",
            "october oct ottobre ott",
            "november nov novembre",
            "december dec dicembre dic",
        ),
        start=1,
    )
    for name in names.split()
}
# "— Name (@handle) April 3, 2020" at the very end; the date may be cut short by the copy.
_SIGN_OFF = re.compile(
    r"\s*(?:[\u2014\u2013]|\s-)\s*(?P<author>(?:(?!\s-\s)[^\u2014\u2013\n]){0,120}?)\(@\w*\)?\s*"
    r"(?P<date>(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:,?\s*(?P<year>\d{0,4}))?)?\W*$"
)
# A quoted post's sign-off inside the text ("... — Name (@handle) April 3, 2020 Reply ..."):
# only with its whole date, which shows where it ends.
_INNER_SIGN_OFF = re.compile(
    r"\s*[\u2014\u2013]\s*(?P<author>[^\u2014\u2013\n(]{1,80}?)\s*\(@(?P<handle>\w+)\)\s*"
    r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s*(?P<year>\d{4})"
)
# A link glued to the word before it ("#DaytonShooterpic.twitter.com/x", "@Kel2https://t.co/x").
_GLUED_LINK = re.compile(r"(?<=\w)(?=pic\.twitter\.com/|https?://)", re.IGNORECASE)
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "lunedi martedi mercoledi giovedi venerdi sabato domenica"
)
# Month and weekday names, folded: capitalised, but not names of anyone or anything claimed.
CALENDAR_WORDS = frozenset(_MONTHS) | frozenset(_WEEKDAYS.split())
_TAG = re.compile(r"(?<![\w@#])([@#])(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_+")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
_ENTITY = re.compile("|".join(_ENTITIES))


@dataclass(frozen=True, slots=True)
class SocialText:
    """A text's claim with links and sign-off removed, and the day it was posted and the name
    it was signed with, if given."""

    text: str
    posted: dt.date | None = None
    author: str = ""


def _posted(match: re.Match[str]) -> dt.date | None:
    month = _MONTHS.get(match.group("month").lower()) if match.group("month") else None
    year = match.group("year") or ""
    if month is None or len(year) != 4:
        return None
    try:
        return dt.date(int(year), month, int(match.group("day")))
    except ValueError:
        return None


def _words_of_tag(match: re.Match[str], names: dict[str, str]) -> str:
    sign, name = match.group(1), match.group(2)
    if sign == "@":
        known = names.get(name.lower())
        if known:  # a handle some sign-off of the text names: "@marcorubio" is Marco Rubio
            return f" {known} "
        name = re.sub(r"\d+", " ", name)  # digits in a handle ("@stonecold2050") are no figure
    return " " + _CAMEL.sub(" ", name).strip() + " "


def _signed_name(author: str) -> str:
    """A sign-off's name without its emoji and marks ("Brad Trost 🇨🇦" -> "Brad Trost")."""
    return " ".join(w for w in author.split() if any(c.isalpha() for c in w))


def clean(text: str) -> SocialText:
    """``text`` without links, sign-off and markup, handles and hashtags as words."""
    if "&" in text:
        text = _ENTITY.sub(lambda m: _ENTITIES[m.group(0)], text)
    if "/" in text:
        text = _LINK.sub(" ", _GLUED_LINK.sub(" ", text))
    posted = None
    author = ""
    names: dict[str, str] = {}
    if "@" in text:
        sign_off = _SIGN_OFF.search(text)
        if sign_off is not None:
            posted = _posted(sign_off)
            author = " ".join(sign_off.group("author").split())
            handle = re.search(r"\(@(\w+)", sign_off.group(0))
            if handle and _signed_name(author):
                names[handle.group(1).lower()] = _signed_name(author)
            text = text[: sign_off.start()]
        for inner in _INNER_SIGN_OFF.finditer(text):
            if _signed_name(inner.group("author")):
                names[inner.group("handle").lower()] = _signed_name(inner.group("author"))
        # A quoted post's author stays, as a name the text speaks of; the date goes.
        text = _INNER_SIGN_OFF.sub(lambda m: f" {_signed_name(m.group('author'))}. ", text)
    if "@" in text or "#" in text:
        text = _TAG.sub(lambda m: _words_of_tag(m, names), text)
    return SocialText(" ".join(text.split()), posted, author)
