"""The dateline wire copy opens with: "ROMA, 9 novembre (Redazione) -", "BRUXELLES, 22 febbraio
2023 -", "WASHINGTON (Reuters) -", "LONDON, Feb 22 (Reuters) -", or on a line of its own,
"ROMA, 9 novembre (Redazione)". It tells the place, the day (its year, when left out, is the
latest one that puts the day no later than the import) and the agency that filed it, which is
the outlet unless it only names the newsroom. A place in capitals is the wire's habit; one
written "Roma, 9 novembre -" counts only with its day."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from claimdesk.core.importers.detect import MONTH_PATTERN, MONTHS

# "ROMA", "NEW YORK", "L'AQUILA", "KYIV, Ukraine": capitals, then a comma, a day or an agency;
# then a dash (or a colon) and the story, or the end of the dateline's own line.
_CAPITALS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]{1,38}[A-ZÀ-ÖØ-Þ]"
_TITLED = r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+(?: (?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+|d[ie]l?|de|sur|upon)){0,3}"
_REST = (
    r"(?:,\s*(?P<region>[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?))?"
    r"(?:,\s*(?P<when>[^()\n–—-]{3,30}?))?"
    r"[ \t]*(?:\((?P<agency>[^()\n]{2,40})\))?"
    r"(?:\s*(?P<dash>[-–—:])\s|[ \t]*(?:\n|$))"
)
_DATELINE = re.compile(rf"^\s*(?P<place>{_CAPITALS}){_REST}")
_TITLED_DATELINE = re.compile(rf"^\s*(?P<place>{_TITLED}){_REST}")
_DAY_MONTH = re.compile(
    rf"^(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_PATTERN})\.?(?:\s+(?P<y>\d{{4}}))?$", re.IGNORECASE
)
_MONTH_DAY = re.compile(
    rf"^(?P<m>{MONTH_PATTERN})\.?\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>\d{{4}}))?$", re.IGNORECASE
)
DATELINE_PARAGRAPHS = 3
# What a dateline names when it names no outlet: the newsroom itself.
_NEWSROOM = {
    "redazione", "red.", "red", "redazione online", "newsroom", "staff", "nostro servizio",
    "dal nostro inviato", "dal nostro corrispondente",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Dateline:
    """What the opening dateline says."""

    place: str
    published: dt.date | None
    outlet: str | None
    # The dateline as the text has it ("ROMA, 9 novembre (Redazione)"), to show.
    text: str = field(default="", compare=False)


def find_dateline(text: str, imported: dt.date) -> Dateline | None:
    """The dateline opening one of the first three paragraphs of ``text`` (the first is
    often the headline), if there is one."""
    paragraphs = [p for p in text.split("\n", 20) if p.strip()][:DATELINE_PARAGRAPHS]
    for paragraph in paragraphs:
        found = read_dateline(paragraph, imported)
        if found is not None:
            return found
    return None


def read_dateline(text: str, imported: dt.date) -> Dateline | None:
    """The dateline at the start of ``text`` (its first 200 characters), if it has one."""
    opening = text[:200]
    match = _DATELINE.match(opening)
    titled = match is None
    if titled:
        match = _TITLED_DATELINE.match(opening)
    if match is None:
        return None
    when = (match.group("when") or "").strip()
    published = _day(when, imported) if when else None
    if when and published is None:
        return None  # "ROMA, la capitale -" is prose, not a dateline
    agency = (match.group("agency") or "").strip()
    if not when and not agency:
        return None  # capitals and a dash alone ("ATTENZIONE -") need a day or an agency
    if published is None and (titled or not match.group("dash")):
        # "Reuters (analisi) -" in plain writing, "CRISI DI GOVERNO (ANALISI)" alone on its
        # line: without a dash, or in plain writing, a place needs its day to be a dateline.
        return None
    outlet = agency if agency and agency.casefold() not in _NEWSROOM else None
    place = " ".join(match.group("place").split())
    place = place.title() if place.isupper() else place
    written = " ".join(match.group(0).split()).rstrip(" -–—:")
    return Dateline(place=place, published=published, outlet=outlet, text=written)


def _day(when: str, imported: dt.date) -> dt.date | None:
    found = _DAY_MONTH.match(when) or _MONTH_DAY.match(when)
    if found is None:
        return None
    month = MONTHS[found.group("m").lower()]
    day = int(found.group("d"))
    year_text = found.group("y")
    try:
        if year_text:
            return dt.date(int(year_text), month, day)
        candidate = dt.date(imported.year, month, day)
        return candidate if candidate <= imported else dt.date(imported.year - 1, month, day)
    except ValueError:
        return None
