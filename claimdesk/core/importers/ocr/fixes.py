"""Readings Tesseract cannot get right alone, put right from the words around them.

- A post's header, ``Name @handle · 2h``: Tesseract's English and Italian models have no
  middle dot (``·`` is not among the characters they can read), so it comes out as ``-``,
  ``°``, ``«``, glued to the handle or the time, or not at all. Between a handle and a time
  (``2h``, ``15 min``, ``3g``, ``Mar 5``, ``5 mar``) it is put back, and the handle's ``@``
  where it was read as ``©`` or ``®``. A handle holds only
  letters, digits, ``_`` and ``.``: a ``!``, ``|`` or ``)`` in one, or a ``/`` before a letter,
  is an ``l`` read as another thin stroke.
- ``I`` in sans-serif type is a bare stroke, read as ``|``: a lone ``|`` before a word in
  lower case, or ``|`` opening a word (``|'m``, ``|t``), is ``I``; inside a word, ``l``.

Each word keeps its box; a dot put back gets the gap between the handle and the time.
"""

from __future__ import annotations

import dataclasses
import re

from claimdesk.core.importers.ocr.tesseract import Word

MIDDLE_DOT = "·"
# A handle's @ is read as © or ® now and then.
_HANDLE = re.compile(r"^(?:@|\(?[©®])(?=[\w.!|/)]{2,})")
# What a middle dot is read as, alone or stuck to a word beside it.
_DOT_READINGS = "-–—:;°•.,*«»_/~+'\"‘’“”>^·"
_TIME = re.compile(r"^\d{1,2}(?:s|m|h|d|w|g|min|hr|hrs|ore|sec)$", re.IGNORECASE)
_TIME_UNIT = re.compile(r"^(?:s|m|h|d|w|g|min|hr|hrs|ore|sec)$", re.IGNORECASE)
_MONTHS = frozenset(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "gen", "mag", "giu", "lug", "ago", "set", "ott", "dic")
)  # fmt: skip
_DAY = re.compile(r"^\d{1,2}$")
_STROKE_IN_HANDLE = re.compile(r"[!|)]|/(?=\w)")
_PIPE_WORD = re.compile(r"^\|(?=['’]?[^\W\d_])")
_PIPE_INSIDE = re.compile(r"(?<=[^\W\d_])\|(?=[^\W\d_])")


def fix_words(words: list[Word]) -> list[Word]:
    """``words`` (in Tesseract's order) with the readings above put right."""
    headed: list[Word] = []
    line: list[Word] = []
    for word in words:
        if line and _place(word) != _place(line[-1]):
            headed.extend(_header(line))
            line = []
        line.append(word)
    if line:
        headed.extend(_header(line))
    # A lone | ends a line as often as any word: the word after it may be on the next one.
    return [_pipes(headed, i) for i in range(len(headed))]


def _place(word: Word) -> tuple[int, int, int]:
    return word.block, word.paragraph, word.line


def _header(line: list[Word]) -> list[Word]:
    """The line with a middle dot between a handle and the time after it, when it opens its
    paragraph (a post's header stands above its text)."""
    if line[0].line != 1:
        return line
    for index, word in enumerate(line):
        at = _HANDLE.match(word.text)
        if at is None:
            continue
        handle = _without_tail(word.text[at.end() :])
        rest = line[index + 1 :]
        # The dot read as a word of its own, or stuck to the front of the time.
        if rest and rest[0].text.strip(_DOT_READINGS) == "" and len(rest[0].text) <= 2:
            rest = rest[1:]
        if rest:
            time = rest[0].text.lstrip(_DOT_READINGS)
            rest = [_retext(rest[0], time), *rest[1:]]
        if not rest or not _is_time(rest):
            continue
        before = _retext(word, "@" + _STROKE_IN_HANDLE.sub("l", handle))
        return [*line[:index], before, _dot_between(before, rest[0]), *rest]
    return line


def _without_tail(text: str) -> str:
    """A handle (after its @) without a dot read stuck to its end."""
    handle = text.rstrip(_DOT_READINGS.replace(".", "").replace("/", ""))
    # A handle may hold a dot, never end with one.
    return handle.rstrip(".")


def _is_time(words: list[Word]) -> bool:
    first = words[0].text
    if _TIME.match(first):
        return True
    second = words[1].text if len(words) > 1 else ""
    if _DAY.match(first) and _TIME_UNIT.match(second):
        return True
    month = first.rstrip(".").lower()
    return (month in _MONTHS and bool(_DAY.match(second.rstrip(",")))) or (
        bool(_DAY.match(first)) and second.rstrip(".").lower() in _MONTHS
    )


def _dot_between(left: Word, right: Word) -> Word:
    start = left.left + left.width
    gap = max(1, right.left - start)
    size = max(1, min(gap, right.height // 3))
    return dataclasses.replace(
        right,
        text=MIDDLE_DOT,
        left=start + (gap - size) // 2,
        top=right.top + (right.height - size) // 2,
        width=size,
        height=size,
    )


def _retext(word: Word, text: str) -> Word:
    return dataclasses.replace(word, text=text) if text != word.text else word


def _pipes(words: list[Word], index: int) -> Word:
    word = words[index]
    if "|" not in word.text:
        return word
    text = word.text
    if text == "|":
        following = words[index + 1].text if index + 1 < len(words) else ""
        if following[:1].islower():
            text = "I"
    else:
        text = _PIPE_WORD.sub("I", text)
        text = _PIPE_INSIDE.sub("l", text)
    return _retext(word, text)
