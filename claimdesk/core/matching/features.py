"""What a claim says, reduced to what can be compared: word stems, quantities, dates, names.

Two wordings of one claim rarely share their exact words, but they share most content-word
stems, their figures (however written), the dates they mention and the actors they name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from claimdesk.core.matching.names import actor_of, actors_in, fold, fold_word
from claimdesk.core.matching.numbers import SCALE_WORDS, TOKEN, quantities
from claimdesk.core.matching.social import CALENDAR_WORDS, clean
from claimdesk.core.matching.stopwords import STOP_WORDS

_VOWELS = "aeio"
_ENGLISH_ENDINGS = ("ings", "ing", "edly", "ed", "ly")  # checked in this order
_STEM = 6
_DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_WORD = re.compile(r"[^\W\d_]+")

# Prefixes that keep the kinds of feature apart once they share one vocabulary.
NUMBER = "#"
YEAR = "@"
DAY = "@@"
NAME = "="


@dataclass(frozen=True, slots=True)
class Features:
    """A claim's comparable parts, each a set of folded keys."""

    words: frozenset[str]
    numbers: frozenset[str]
    years: frozenset[str]
    days: frozenset[str]
    names: frozenset[str]

    def tokens(self) -> list[str]:
        """Every feature as one prefixed token, for an inverted index."""
        return [
            *self.words,
            *(NUMBER + n for n in self.numbers),
            *(YEAR + y for y in self.years),
            *(DAY + d for d in self.days),
            *(NAME + n for n in self.names),
        ]

    @classmethod
    def from_tokens(cls, tokens: list[str]) -> Features:
        """The inverse of :meth:`tokens`."""
        words, numbers, years, days, names = set(), set(), set(), set(), set()
        for token in tokens:
            if token.startswith(DAY):
                days.add(token[2:])
            elif token.startswith(YEAR):
                years.add(token[1:])
            elif token.startswith(NUMBER):
                numbers.add(token[1:])
            elif token.startswith(NAME):
                names.add(token[1:])
            else:
                words.add(token)
        return cls(
            frozenset(words),
            frozenset(numbers),
            frozenset(years),
            frozenset(days),
            frozenset(names),
        )


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem for Italian and English alike: English "-ing", "-ed", "-ly" and "-es"
    endings, plural ``s`` and final vowels dropped, then the first six letters ("truppe"/
    "truppa" -> "trupp", "invasione"/"invasion" -> "invasi", "showed"/"shows" -> "show")."""
    for ending in _ENGLISH_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    else:
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 4 and word.endswith("es") and word[-3] in "sxz":
            word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for _ in range(2):
        if len(word) > 4 and word[-1] in _VOWELS:
            word = word[:-1]
    return word[:_STEM]


def _names(text: str, folded: str) -> set[str]:
    names = set(actors_in(text, folded))
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    for position, word in enumerate(words):
        if position == 0 or not word[0].isupper() or len(word) < 3:
            continue
        folded = fold_word(word)
        if folded in STOP_WORDS or folded in SCALE_WORDS or folded in CALENDAR_WORDS:
            continue
        if actor_of(word) is not None:
            continue
        names.add(folded)
    return names


def _words(tokens: list[str], skip: set[int]) -> set[str]:
    words = set()
    for i, token in enumerate(tokens):
        if i in skip or not token[0].isalpha() or len(token) < 2 or token in STOP_WORDS:
            continue
        words.add(stem(token))
    return words


def title_words(title: str) -> frozenset[str]:
    """The word stems of a headline, as :func:`features` counts them among a claim's words."""
    return frozenset(_words(TOKEN.findall(fold(clean(title).text)), set()))


def plain_words(text: str) -> dict[str, str]:
    """A text's content words as written (folded), by their stem: the first word of each
    stem, in the order of the text (what closeness of words is measured on)."""
    found: dict[str, str] = {}
    for token in TOKEN.findall(fold(clean(text).text)):
        if not token[0].isalpha() or len(token) < 2 or token in STOP_WORDS:
            continue
        found.setdefault(stem(token), token)
    return found


def features(text: str, date_values: tuple[str, ...] = (), title: str = "") -> Features:
    """The comparable parts of a claim's text; ``date_values`` are the TimeML values of the
    dates it mentions (as stored with the claim), which add to the years written in it.
    Social-media text is read without its links and sign-off (:mod:`social`); the words of a
    ``title`` (a fact-check's headline) count as words of the claim."""
    text = clean(text).text
    folded = fold(text)
    tokens = TOKEN.findall(folded)
    found, used, year_positions = quantities(tokens)
    years = {tokens[i] for i in year_positions}
    days: set[str] = set()
    for value in date_values:
        m = _DATE_VALUE.match(value)
        if m is None:
            if value[:4].isdigit():
                years.add(value[:4])
            continue
        years.add(m.group(1))
        if m.group(2):
            days.add(value)
    words = _words(tokens, used | year_positions)
    if title:
        words |= _words(TOKEN.findall(fold(clean(title).text)), set())
    return Features(
        words=frozenset(words),
        numbers=frozenset(q.key for q in found),
        years=frozenset(years),
        days=frozenset(days),
        names=frozenset(_names(text, folded)),
    )


def number_label(key: str) -> str:
    """A number key as shown to people ("100000" -> "100,000")."""
    percent = key.endswith("%")
    digits = key.rstrip("%")
    try:
        value = float(digits)
    except ValueError:
        return key
    shown = f"{int(value):,}" if value == int(value) else f"{value:,.6g}"
    return shown + ("%" if percent else "")
