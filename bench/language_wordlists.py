"""The language guess ClaimDesk made at import before it used a detector: stopword counts for
ten European languages. Kept here only as the baseline of ``bench/language_detect.py``."""

from __future__ import annotations

import re
from collections import Counter

LANGUAGE_SAMPLE = 20_000
MIN_LANGUAGE_HITS = 3
MIN_LANGUAGE_LEAD = 1.25

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


def guess_language(text: str) -> str | None:
    """The language the stopword counts point to, or ``None`` when they are unsure."""
    words = Counter(w.lower() for w in _WORD.findall(text[:LANGUAGE_SAMPLE]))
    scores = sorted(
        ((sum(words[w] for w in stop), code) for code, stop in _STOPWORDS.items()),
        reverse=True,
    )
    (best, code), (second, _) = scores[0], scores[1]
    if best < MIN_LANGUAGE_HITS or best < second * MIN_LANGUAGE_LEAD:
        return None
    return code
