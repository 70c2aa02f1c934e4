"""Reading the quantities a claim states, whatever way they are written.

"100.000", "100,000", "100 000", "100mila", "100 mila", "centomila", "100 thousand" and
"one hundred thousand" are all 100000; "1,5 milioni" and "1.5 million" are 1500000; "5%" and
"5 per cento" are 5 per cent. Four-digit whole numbers between 1800 and 2100 written alone are
taken as years, not quantities: they are compared as dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A number as written: grouped thousands (dot, comma or space) with optional decimals, or a
# plain run of digits with optional decimals. Spaces group only when exactly three digits follow.
_LITERAL = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"
    r"|\d+(?:[.,]\d+)?)(?![\d])"
)
TOKEN = re.compile(_LITERAL.pattern + r"|[^\W\d_]+|%")

_SCALES = {
    "k": 1e3,
    "mila": 1e3,
    "mille": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milione": 1e6,
    "milioni": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "miliardo": 1e9,
    "miliardi": 1e9,
    "mld": 1e9,
    "bn": 1e9,
}
_HUNDRED = frozenset({"hundred", "hundreds", "cento"})
_ONE = frozenset({"a", "an", "one", "un", "uno", "una"})
SCALE_WORDS = frozenset(_SCALES) | _HUNDRED


def _numbered(words: str, first: int, step: int) -> dict[str, int]:
    return {w: first + step * i for i, w in enumerate(words.split())}


_EN_WORDS = _numbered(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen",
    0,
    1,
)
_EN_WORDS.update(_numbered("twenty thirty forty fifty sixty seventy eighty ninety", 20, 10))
# Italian number words are written as one word ("duecentocinquantamila"): read them piece by
# piece. Tens lose their last vowel before "uno" and "otto" ("ventuno", "trentotto").
_IT_PIECES = _numbered(
    "uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici "
    "quindici sedici diciassette diciotto diciannove",
    1,
    1,
)
for _w, _v in _numbered(
    "venti trenta quaranta cinquanta sessanta settanta ottanta novanta", 20, 10
).items():
    _IT_PIECES[_w] = _v
    _IT_PIECES[_w[:-1]] = _v
_IT_ORDER = sorted(_IT_PIECES, key=len, reverse=True)
_IT_ALONE_TOO_COMMON = frozenset({"sei", "uno"})  # "you are", the article: numbers only in runs


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity found in a text: its value, whether it is a percentage, and its words."""

    value: float
    percent: bool
    text: str

    @property
    def key(self) -> str:
        """The value written one way only, for comparing ("100000", "1.5", "5%")."""
        number = f"{self.value:.6g}" if self.value != int(self.value) else str(int(self.value))
        if "e" in number:
            number = str(int(self.value))
        return number + ("%" if self.percent else "")

    @property
    def label(self) -> str:
        """The value as shown in a reason ("100,000", "1.5", "5%")."""
        whole = self.value == int(self.value)
        number = f"{int(self.value):,}" if whole else f"{self.value:,.6g}"
        return number + ("%" if self.percent else "")


def literal_value(text: str) -> float | None:
    """The value of a number written in digits with any thousands and decimal separators."""
    if not _LITERAL.fullmatch(text):
        return None
    compact = re.sub(r"[ \u00a0\u202f]", "", text)
    separators = [c for c in compact if c in ".,"]
    if not separators:
        return float(compact)
    if len(set(separators)) == 2:
        decimal = compact[max(compact.rfind("."), compact.rfind(","))]
        whole, _, fraction = compact.rpartition(decimal)
        return float(whole.replace("." if decimal == "," else ",", "") + "." + fraction)
    groups = re.split(r"[.,]", compact)
    if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
        # "1.500" and "1,500" alike: news text writes thousands far more often than
        # three-decimal figures, in either language.
        return float("".join(groups))
    if len(groups) == 2:
        return float(groups[0] + "." + groups[1])
    return None


def italian_word_value(word: str) -> int | None:
    """The value of an Italian number word ("centomila", "duecentocinquanta"), else None."""
    total = 0
    current = 0
    i = 0
    pieces = 0
    while i < len(word):
        if word.startswith("mila", i) or word.startswith("mille", i):
            total += (current or 1) * 1000
            current = 0
            i += 4 if word.startswith("mila", i) else 5
        elif word.startswith("cent", i):
            current = (current or 1) * 100
            i += 4
            # "cento" keeps its vowel except before "otto"/"ottanta" ("centotto").
            if word.startswith("o", i) and not word.startswith("ott", i):
                i += 1
        else:
            piece = next((p for p in _IT_ORDER if word.startswith(p, i)), None)
            if piece is None:
                return None
            current += _IT_PIECES[piece]
            i += len(piece)
        pieces += 1
    if not pieces:
        return None
    return total + current


_IT_WORD = re.compile("(?:" + "|".join([*_IT_ORDER, "cent", "o", "mila", "mille"]) + ")+")


@lru_cache(maxsize=1 << 16)
def _word_value(word: str, alone: bool) -> int | None:
    if word in _EN_WORDS:
        return _EN_WORDS[word]
    if alone and word in _IT_ALONE_TOO_COMMON:
        return None
    if len(word) < 3 or _IT_WORD.fullmatch(word) is None:
        return None
    return italian_word_value(word)


def quantities(tokens: list[str]) -> tuple[list[Quantity], set[int], set[int]]:
    """The quantities in a list of folded tokens, the indexes of the tokens they use, and the
    indexes of tokens that are years (four digits, 1800-2100, alone)."""
    found: list[Quantity] = []
    used: set[int] = set()
    years: set[int] = set()
    i = 0
    n = len(tokens)
    while i < n:
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < n else ""
        is_digits = token[:1].isdigit()
        value: float | None
        if is_digits:
            value = literal_value(token)
        elif token in _ONE and (following in _SCALES or following in _HUNDRED):
            value = 1
        else:
            value = _word_value(token, alone=following not in SCALE_WORDS)
        if value is None:
            i += 1
            continue
        if _is_year(token) and following not in SCALE_WORDS and following != "%":
            years.add(i)
            i += 1
            continue
        start = i
        total = 0.0
        current = value
        i += 1
        while i < n:
            word = tokens[i]
            if word in _HUNDRED:
                current = (current or 1) * 100
            elif word in _SCALES:
                total += (current or 1) * _SCALES[word]
                current = 0
            elif not is_digits and word in _EN_WORDS:
                current += _EN_WORDS[word]
            else:
                break
            i += 1
        percent = False
        if i < n and tokens[i] in ("%", "percent", "percento"):
            percent = True
            i += 1
        elif i + 1 < n and tokens[i] == "per" and tokens[i + 1] in ("cento", "cent"):
            percent = True
            i += 2
        used.update(range(start, i))
        found.append(Quantity(total + current, percent, " ".join(tokens[start:i])))
    return found, used, years


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and 1800 <= int(token) <= 2100
