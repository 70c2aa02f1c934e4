"""Names that stand for the same actor in Italian and English news.

A capital stands for its state ("Mosca" for Russia), a seat of power for its government
("the Kremlin", "Casa Bianca"). The table serves two ends: matching claims across wording
and language, and suggesting which claimants of the registry are one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# canonical key -> names, written as people write them; folded before use.
ACTORS: dict[str, tuple[str, ...]] = {
    "russia": (
        "Russia",
        "Russian Federation",
        "Federazione Russa",
        "Mosca",
        "Moscow",
        "Kremlin",
        "the Kremlin",
        "Cremlino",
        "il Cremlino",
        "Moskva",
    ),
    "ukraine": ("Ukraine", "Ucraina", "Kyiv", "Kiev", "Kiew", "Kyjiv"),
    "united states": (
        "United States",
        "United States of America",
        "Stati Uniti",
        "Stati Uniti d'America",
        "USA",
        "US",
        "U.S.",
        "America",
        "Washington",
        "White House",
        "Casa Bianca",
    ),
    "nato": (
        "NATO",
        "Nato",
        "OTAN",
        "Alleanza Atlantica",
        "Atlantic Alliance",
        "North Atlantic Treaty Organization",
        "Patto Atlantico",
    ),
    "european union": (
        "European Union",
        "Unione Europea",
        "EU",
        "UE",
        "Brussels",
        "Bruxelles",
        "European Commission",
        "Commissione Europea",
    ),
    "united nations": ("United Nations", "Nazioni Unite", "UN", "ONU", "Palazzo di Vetro"),
    "china": ("China", "Cina", "Beijing", "Pechino", "People's Republic of China"),
    "united kingdom": (
        "United Kingdom",
        "Regno Unito",
        "UK",
        "Britain",
        "Great Britain",
        "Gran Bretagna",
        "London",
        "Londra",
        "Downing Street",
    ),
    "germany": ("Germany", "Germania", "Berlin", "Berlino"),
    "france": ("France", "Francia", "Paris", "Parigi", "Elysee", "Eliseo"),
    "italy": ("Italy", "Italia", "Rome", "Roma", "Palazzo Chigi"),
    "georgia": ("Georgia", "Tbilisi"),
    "belarus": ("Belarus", "Bielorussia", "Minsk"),
    "turkey": ("Turkey", "Turchia", "Türkiye", "Ankara"),
    "iran": ("Iran", "Tehran", "Teheran"),
    "israel": ("Israel", "Israele", "Tel Aviv", "Jerusalem", "Gerusalemme"),
    "poland": ("Poland", "Polonia", "Warsaw", "Varsavia"),
    "european parliament": ("European Parliament", "Parlamento Europeo", "Strasbourg"),
}

# Short capitalised acronyms that are everyday words in lower case ("us", "un", "ue").
_CASE_SENSITIVE = frozenset({"US", "UN", "UE", "EU", "UK", "USA", "U.S."})
# Combining marks (accents) of Latin, Greek and Cyrillic letters, dropped after NFKD.
_COMBINING = re.compile("[\u0300-\u036f]")
_ARTICLES = frozenset({"la", "il", "lo", "l", "the", "gli", "le", "i"})


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """:func:`fold` for single words, remembered (the same words come back all the time)."""
    return fold(word)


def fold(text: str) -> str:
    """Lower case without accents, apostrophes as spaces, single spaces."""
    bare = _strip_accents(text.casefold())
    return " ".join(bare.replace("'", " ").replace("\u2019", " ").split())


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def bare_name(name: str) -> str:
    """A name folded and without a leading article ("la Russia" -> "russia")."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    names: dict[str, str] = {}
    for actor, written in ACTORS.items():
        for name in written:
            if name not in _CASE_SENSITIVE:
                names[bare_name(name)] = actor
    return names


@lru_cache(maxsize=1)
def _acronyms() -> dict[str, str]:
    return {n: actor for actor, names in ACTORS.items() for n in names if n in _CASE_SENSITIVE}


@lru_cache(maxsize=1 << 14)
def actor_of(name: str) -> str | None:
    """The canonical actor a whole name stands for ("il Cremlino" -> "russia"), else None."""
    stripped = name.strip()
    acronym = _acronyms().get(stripped)
    if acronym is not None:
        return acronym
    return _lookup().get(bare_name(stripped))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    folded = sorted(_lookup(), key=len, reverse=True)
    anywhere = re.compile(r"\b(" + "|".join(re.escape(n) for n in folded) + r")\b")
    acronyms = sorted(_CASE_SENSITIVE, key=len, reverse=True)
    upper = re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a in acronyms) + r")(?![\w])")
    return anywhere, upper


def actors_in(text: str, folded: str | None = None) -> set[str]:
    """Every actor of the table that ``text`` names, in any of its names (``folded`` is
    ``fold(text)`` when the caller has it already)."""
    anywhere, upper = _patterns()
    lookup = _lookup()
    found = {lookup[m.group(1)] for m in anywhere.finditer(folded or fold(text))}
    for m in upper.finditer(_strip_accents(text)):
        actor = actor_of(m.group(1))
        if actor is not None:
            found.add(actor)
    return found
