"""Sentence segmentation for Italian and English news text.

Rule-based and fast: a handful of precompiled regular expressions find the places where a
sentence could end (a run of ``.``, ``!``, ``?`` or ``…`` before whitespace, a line break) and a
few cheap checks decide each one:

* a blank line always ends a sentence; a single line break ends one when the line has no final
  punctuation (a heading, a list item) unless the next line starts in lowercase (a line wrapped
  inside a paragraph) or the line ends in a comma-like mark;
* a period ends a sentence unless it closes an abbreviation (titles such as "Mr." or "dott."
  never end one; "No. 5", "art. 3" go on before a number; "U.S.", "S.p.A.", "p.m." end one
  only before a typical sentence opener or a line break), an initial ("J. Smith") or a
  number opening a list ("1. "); before a lowercase word it ends one only after a word of
  four letters or more, since a short one is most likely an abbreviation nobody listed;
* ``?`` and ``!`` end a sentence; an ellipsis ends one unless a lowercase word follows;
* a quotation followed by a comma or a lowercase attribution (``"...", ha detto X.``) stays one
  sentence with its attribution, whatever punctuation it holds;
* closing quotes and brackets after the final mark belong to the sentence.

Every offset counts code points; spans never include surrounding whitespace.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from claimdesk.core.model import Span
from claimdesk.core.nlp.languages import KNOWN, PLAIN, tools_language

__all__ = ["split_sentences"]

# --- what the text looks like -------------------------------------------------------------

_CLOSERS = "\"'”’»)]}"
_OPENERS = "\"'“‘«([{¿¡„"

# A run of final marks, the closing quotes and brackets after it, the whitespace after them
# (a candidate only if there is some), and (looking ahead) the first word after that, past any
# opening quotes and brackets. Possessive, without a lookbehind: linear and quick to scan.
_FINAL = re.compile(r"([.!?…]++)([\"'”’»)\]}]*+)(\s*+)(?=[\"'“‘«(\[{¿¡„]*+(\w*))")
# Line breaks with the whitespace after them (the whitespace before is found by walking back).
_BREAK = re.compile(r"\n\s*")
# A letter's greeting or closing before the next line of it ("Best regards, Debra"): press
# releases and tips arrive by e-mail, and their lines are not punctuated as sentences.
_SIGN_OFF = re.compile(
    r",(?=[^\S\n]+[A-Z])"
)  # a comma before a capital; the words before it decide
_SIGN_OFF_PHRASES = frozenset(
    [
        "regards",
        "best regards",
        "kind regards",
        "kindest regards",
        "warm regards",
        "warmest regards",
        "sincerely",
        "thanks",
        "thank you",
        "cheers",
        "best wishes",
        "dear all",
        "cordiali saluti",
        "distinti saluti",
    ]
)
# An emoticon closing a sentence of informal text before a capitalised word: "fun :) Now".
_SMILEY = re.compile(r":-?[)(DP](?=[^\S\n]+[A-Z])")
# A colon closing a clause before a capitalised sentence ("Two examples: There is ..."), not
# before a quotation, a name list on one line, or a number.
_COLON = re.compile(r":(?<=\w{3}:)[^\S\n]+(?=[A-ZÀ-Ý][a-zà-ÿ']+[^\S\n]+[a-zà-ÿ])")
# The word just before a final mark: the last run of non-space characters.
_LAST_WORD = re.compile(r"\S+\Z")
# A list item or bullet at the start of a line.
_BULLET = re.compile(r"(?:[-–—•*·▪●◦‣]|\d{1,3}[.)]|[a-zA-Z][.)])\s")
# Dotted abbreviations and acronyms: U.S, e.g, S.p.A, a.C, N.d.R (the final period is apart).
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}\Z")
# Quotation marks that can open or close a quotation, and how deep quotations are followed.
_QUOTE = re.compile(r"[\"“”«»„]")
_MAX_NESTING = 8
_NON_SPACE = re.compile(r"\S")
_APOSTROPHES = re.compile(r"['’]")
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")

# --- how a period after a given word is read ----------------------------------------------

# Never end a sentence: titles before a name, Latin "e.g." and kin.
_KEEP = 0
# Do not end a sentence before a number ("No. 5", "art. 3", "Feb. 24"); otherwise as a word.
_NUMERIC = 1
# May end a sentence: only before a typical sentence opener or a line break.
_CLOSABLE = 2
# Ends a sentence before any capitalised word ("etc.", "ecc.").
_FINAL_ABBREVIATION = 3
# Before a lowercase word, a period after a word at least this long still ends a sentence.
_LONG_WORD = 4
_LONG_WORDS = {"en": 2}

_GENERIC_CASED = {
    _KEEP: "Mr Mrs Ms Messrs Mme Mmes Mlle Dr Drs Prof Sen Sens Rep Reps Gov Gen Lt Col Maj "
    "Capt Cpt Sgt Cpl Adm Cmdr Rev Hon Pres Supt Insp Msgr Sig Dott Avv Ing Fr",
    _NUMERIC: "No Nos Nr Vol Vols Fig Figs Art Ch Sec Para Op Ex Ext",
    _CLOSABLE: "Inc Corp Co Ltd Bros Jr Sr St Sts Mt Ft Ave Blvd Rd Dept Univ Assn Ph PS Pvt PVT",
}
_GENERIC_CASELESS = {
    _KEEP: "mr mrs ms dr prof e.g i.e cf vs viz approx ca c.a p.s",
    _NUMERIC: "no nos nr vol fig figs pp ext tel",
    _CLOSABLE: "a.m p.m est incl excl orig misc govt mins temp dept assoc abbr cont approx",
    _FINAL_ABBREVIATION: "etc",
}
_LANGUAGE_CASED = {
    "en": {
        _CLOSABLE: "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
        "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn "
        "Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo",
    },
}
_LANGUAGE_CASELESS = {
    "it": {
        _KEEP: "sig sigg sig.ra sig.na sig.ri dott dott.ssa dr prof prof.ssa on avv ing arch "
        "geom rag mons card gen col magg ten cap sen dep pres egr gent spett ill.mo gent.mo "
        "p.es es ad cfr vd ca s.e",
        _NUMERIC: "art artt nn nr num pag pagg pp vol fig tab par co lett all tel c.d "
        "feb mar apr mag giu lug ago set sett ott nov dic",
        _CLOSABLE: "s.p.a s.r.l s.n.c s.a.s s.a a.c d.c n.d.r ndr cit ss sgg segg cost prec "
        "succ trad ital ingl rispett",
        _FINAL_ABBREVIATION: "ecc",
    },
}

# Words that typically open a sentence: after a closable abbreviation they mean a new one.
_OPENERS_WORDS = {
    "en": "The A An He She It They We I You His Her Its Their Our My Your This That These "
    "Those There Here But And Or So Yet However Meanwhile In On At For If When While After "
    "Before Since As According Although Though Because What Why How Who Where Some Many Most "
    "Both All Other Others One Still Now Then Also Today Yesterday Last Not Such Each Every "
    "Among During Despite With Without Under Over By From Instead Officials Police",
    "it": "Il Lo La L I Gli Le Un Uno Una E Ed Ma O Però Anche Poi Quindi Dunque Inoltre "
    "Tuttavia Intanto Infatti Invece Oggi Ieri Domani Ora Adesso Allora Così Per Con Da Dal "
    "Dalla Dai Dagli Dalle Dall In Nel Nella Nei Negli Nelle Nell Su Sul Sulla Sui Sull A Al "
    "Alla Ai Agli Alle All Del Della Dei Dell Non Questo Questa Questi Queste Quest Quello "
    "Quella Quel Quell Se Secondo Lui Lei Loro Noi Io Tu Voi Ci Si Ne C È Era Sono Ha Hanno "
    "Dopo Prima Mentre Quando Come Cosa Chi Perché Già Tra Fra Tutto Tutti Nessuno Ogni "
    "Alcuni Molti",
}


@dataclass(frozen=True, slots=True)
class _Rules:
    """The word lists of one language, ready to look up."""

    cased: dict[str, int]
    caseless: dict[str, int]
    openers: frozenset[str]
    # How long a lowercase word before a period and a lowercase word must be to end a
    # sentence rather than be an unlisted abbreviation. English lists its abbreviations well
    # and writes lowercase sentence starts in informal text ("call you. thanks"), so 2.
    long_word: int
    # Whether a colon before a capitalised clause ends a sentence: Italian news treebanks
    # split there ("Una cosa è certa: La ..."), English ones do not ("Here's a tip: Don't").
    colon_ends: bool


def _table(groups: dict[int, str], into: dict[str, int], lower: bool) -> None:
    for kind, words in groups.items():
        for word in words.split():
            into[word.lower() if lower else word] = kind


def _rules(language: str) -> _Rules:
    cased: dict[str, int] = {}
    caseless: dict[str, int] = {}
    _table(_GENERIC_CASED, cased, lower=False)
    _table(_GENERIC_CASELESS, caseless, lower=True)
    _table(_LANGUAGE_CASED.get(language, {}), cased, lower=False)
    _table(_LANGUAGE_CASELESS.get(language, {}), caseless, lower=True)
    openers = set(_OPENERS_WORDS["en"].split())
    openers.update(_OPENERS_WORDS.get(language, "").split())
    return _Rules(
        cased,
        caseless,
        frozenset(openers),
        _LONG_WORDS.get(language, _LONG_WORD),
        colon_ends=language == "it",
    )


# A language without rules of its own is split by punctuation and capitals (languages.py).
_RULES = {language: _rules(language) for language in (*KNOWN, PLAIN)}


def _rules_for(language: str) -> _Rules:
    return _RULES[tools_language(language)]


# --- quotations ---------------------------------------------------------------------------


def _quoted_regions(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` offsets of quotations followed by an attribution or a continuation.

    Sentence ends inside such a quotation do not count: ``"A. B", ha detto X.`` is one
    sentence. Straight double quotes are paired by where they stand (an opening one follows a
    space or the start, a closing one precedes a space or punctuation); quotations never run
    across a blank line.
    """
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (closing mark expected, offset of the opening mark)
    paragraph_ends = [m.start() for m in _PARAGRAPH.finditer(text)]
    next_paragraph = 0
    length = len(text)
    for match in _QUOTE.finditer(text):
        at = match.start()
        while next_paragraph < len(paragraph_ends) and paragraph_ends[next_paragraph] < at:
            stack.clear()
            next_paragraph += 1
        mark = match.group()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < length else " "
        if len(stack) > _MAX_NESTING:
            del stack[0]
        if mark == "«":
            stack.append(("»", at))
            continue
        if mark in "“„":
            stack.append(("”", at))
            continue
        if mark == '"':
            opens = before.isspace() or before in "([{'’:—–-/«“"
            closes = after.isspace() or not after.isalnum()
            open_straight = any(expected == '"' for expected, _ in stack)
            if opens == closes:
                # Between two spaces, or inside a word: read it as the opposite of the last.
                if not open_straight:
                    if not opens:
                        stack.append(('"', at))
                    continue
            elif opens:
                if open_straight:
                    # An opening mark while one is open: the first was never closed.
                    while stack and stack[-1][0] != '"':
                        stack.pop()
                    stack.pop()
                stack.append(('"', at))
                continue
            elif not open_straight:
                continue
        # A closing mark: find its opening one.
        expected = '"' if mark == '"' else mark
        if not any(waiting == expected for waiting, _ in stack):
            continue
        while stack[-1][0] != expected:
            stack.pop()
        _, opened = stack.pop()
        # English puts the comma inside: '"We will not waver," Biden said.'
        if text[at - 1] == "," or _attributed(text, at + 1):
            regions.append((opened, at))
    regions.sort()
    merged: list[tuple[int, int]] = []
    for start, end in regions:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


_ATTRIBUTION = re.compile(r"[\"'”’»)\]]*(?:[,;:]|[^\S\n]+[\"'“‘«(]*[^\W\d_])")


def _attributed(text: str, after: int) -> bool:
    """Whether the quotation closing just before ``after`` goes on in the same sentence."""
    match = _ATTRIBUTION.match(text, after)
    if match is None:
        return False
    last = match.group()[-1]
    return last in ",;:" or last.islower()


# --- deciding each candidate --------------------------------------------------------------


def _ends_at_period(
    text: str, mark: int, next_word: str, newline: bool, closed: bool, rules: _Rules
) -> bool:
    """Whether the single period at ``mark`` ends a sentence, given the word after it.

    ``newline`` says a line break follows, ``closed`` that a quote or bracket closes after it.
    """
    found = _LAST_WORD.search(text, max(0, mark - 40), mark)
    word = found.group().lstrip(_OPENERS).rstrip(_CLOSERS) if found else ""
    lower = next_word[:1].islower()
    if not word:
        return not lower
    kind = rules.cased.get(word)
    if kind is None:
        kind = rules.caseless.get(word.lower())
    if kind is None and ("'" in word or "’" in word):
        # Italian elision: "dell'art." is "art.", "dell'U.E." is "U.E."; "didn't." stays a word.
        tail = word[max(word.rfind("'"), word.rfind("’")) + 1 :]
        kind = rules.caseless.get(tail.lower())
        if kind is None and _DOTTED.match(tail):
            kind = _CLOSABLE
    if kind is None:
        if word.isdigit():
            # "1. " or "913. " opening a line or a sentence numbers a list or an article.
            if len(word) <= 4 and _opens_sentence(text, mark - len(word)):
                return False
            return not lower
        if len(word) == 1 and word.isalpha():
            if word.isupper():
                # An initial: "J. Smith", "George W. Bush"; but "Plan B. The ..." ends.
                return not lower and (
                    newline or (next_word in rules.openers and not _initial_follows(text, mark))
                )
            if word.isascii():
                return False  # "a.", "n.", "p." and the like
        elif _DOTTED.match(word):
            kind = _CLOSABLE
    if kind is None:
        if lower:
            # A period between lowercase words is an unknown abbreviation ("sez. a") unless
            # the word before it is a long one.
            return len(word) >= rules.long_word and _APOSTROPHES.sub("", word).isalpha()
        return True
    if kind == _KEEP or lower:
        return False
    if closed:
        return True  # "(Michigan Ave.) Does": the bracket shows the abbreviation ends a sentence
    if kind == _NUMERIC:
        return not next_word[:1].isdigit()
    if kind == _FINAL_ABBREVIATION:
        return newline or next_word[:1].isupper()
    return newline or next_word in rules.openers


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` comes first on its line or right after a sentence end."""
    index = at - 1
    while index >= 0 and text[index].isspace():
        if text[index] == "\n":
            return True
        index -= 1
    if index < 0:
        return True
    while index > 0 and text[index] in _CLOSERS:
        index -= 1
    return text[index] in ".!?…:;"


def _initial_follows(text: str, mark: int) -> bool:
    """Whether another initial ("A.") comes right after the period at ``mark``."""
    rest = text[mark + 1 : mark + 6].lstrip()
    return len(rest) >= 2 and rest[0].isupper() and rest[1] == "."


def _line_ends_sentence(text: str, end: int, nxt: int) -> bool:
    """Whether a line that ends at ``end`` without final punctuation ends a sentence.

    ``nxt`` is the first character of the next line.
    """
    if nxt >= len(text):
        return True
    if _BULLET.match(text, nxt):
        return True
    following = text[nxt]
    if following.islower():
        return False  # a line wrapped inside a sentence
    last = text[end - 1]
    return last not in ",;:-–—/&(" and last not in _OPENERS


def split_sentences(text: str, language: str) -> list[Span]:
    """Sentence spans of text (Span from claimdesk.core.model: start, end, text), in order."""
    if not text or text.isspace():
        return []
    rules = _rules_for(language)
    regions = _quoted_regions(text) if ('"' in text or "“" in text or "«" in text) else []
    region_starts = [start for start, _ in regions]
    length = len(text)
    ends: set[int] = set()

    def quoted(at: int) -> bool:
        index = bisect_right(region_starts, at) - 1
        return index >= 0 and at < regions[index][1]

    for match in _FINAL.finditer(text):
        marks, closers, gap, next_word = match.groups()
        gap_end = match.end()
        if gap_end >= length:
            break
        if not gap:
            continue  # "3.5", "U.S" inside a word: no whitespace, no sentence end
        end = gap_end - len(gap)
        if gap.count("\n") >= 2:
            ends.add(end)
            continue
        if text[gap_end] in ".!?…,;:)]}»”":
            continue  # spaced-out ellipsis ". . .", stray punctuation: same sentence
        start = match.start()
        if marks == "." and text[max(0, start - 4) : start] == ". . ":
            if next_word[:1].isupper():
                ends.add(end)  # the last dot of ". . ." before a capital
            continue
        if regions and quoted(start):
            continue
        lower = next_word[:1].islower()
        if lower and closers:
            continue  # '"Basta!" ha detto', "(sic!) e": the sentence goes on after the quote
        if marks == ".":
            if _ends_at_period(text, start, next_word, "\n" in gap, bool(closers), rules):
                ends.add(end)
        elif lower and ("?" not in marks and "!" not in marks):
            continue  # an ellipsis before a lowercase word
        else:
            ends.add(end)

    for match in _SIGN_OFF.finditer(text):
        at = match.start()
        before = text[max(0, at - 20) : at]
        words = before.split()
        last_two = " ".join(words[-2:]).lower()
        if last_two in _SIGN_OFF_PHRASES or (words and words[-1].lower() in _SIGN_OFF_PHRASES):
            opener = at - len(last_two if last_two in _SIGN_OFF_PHRASES else words[-1])
            if opener <= 0 or not (text[opener - 1].isalnum() or text[opener - 1] == ","):
                ends.add(at + 1)  # after the comma

    for match in _SMILEY.finditer(text):
        at = match.start()
        if at and text[at - 1] in " \t":
            ends.add(match.end())

    for match in _COLON.finditer(text) if rules.colon_ends else ():
        at = match.start() + 1
        if not (regions and quoted(at)):
            ends.add(at)

    for match in _BREAK.finditer(text):
        at = match.start()
        while at and text[at - 1].isspace():
            at -= 1
        if not at:
            continue  # whitespace opening the text
        if match.group().count("\n") >= 2:
            ends.add(at)
            continue
        previous = text[at - 1]
        if previous in ".!?…":
            continue  # the final mark decided
        if previous in _CLOSERS:
            stripped = text[max(0, at - 8) : at].rstrip(_CLOSERS)
            if stripped and stripped[-1] in ".!?…":
                continue
        if regions and quoted(at):
            continue
        if _line_ends_sentence(text, at, match.end()):
            ends.add(at)

    # Every end found follows a non-space character, so only the start needs trimming.
    spans: list[Span] = []
    previous_end = 0
    search = _NON_SPACE.search
    for end in sorted(ends):
        first = search(text, previous_end, end)
        if first is not None:
            start = first.start()
            spans.append(Span(start, end, text[start:end]))
        previous_end = end
    tail = text[previous_end:].rstrip()
    first = search(tail)
    if first is not None:
        start = previous_end + first.start()
        spans.append(Span(start, previous_end + len(tail), tail[first.start() :]))
    return spans
