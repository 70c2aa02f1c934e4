"""Re-ranking a candidate against a claim: one score in [0, 1] and the reason, in words.

Shared content words carry most of the score (their BM25 score, scaled to [0, 1]); figures,
dates and names that agree add a little to it. Figures or years that disagree cut a share of
the words' part, since "100,000 troops" and "50,000 troops" are two different claims however
alike the wording: the closer the wording, the more they take away.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.core.matching.features import Features, number_label
from claimdesk.core.messages import Message, joined

# Tuned on the CheckThat 2020 train tweets (bench/matching.py): the words decide; each
# feature moves a proposal only past others that are about as close in wording.
WORDS = 0.7
SAME_NUMBERS = 0.0  # shared figures count with the words, by their rarity
OTHER_NUMBERS = 0.3  # the share of the words' part that different figures cut
ONE_SIDED_NUMBERS = 0.0
SAME_YEAR = 0.03
SAME_DAY = 0.02
OTHER_YEARS = 0.2  # the share that different years cut
SAME_NAMES = 0.03
SAME_CLAIMANT = 0.02
NAMES_AUTHOR = 0.05  # a post's author (its sign-off) named by the other claim


@dataclass(frozen=True, slots=True)
class Judgement:
    """How alike two claims are, and why."""

    score: float
    reason: str


def _names(keys: frozenset[str] | set[str]) -> str:
    return ", ".join(sorted(k.title() if k.islower() else k for k in keys))


def judge(
    query: Features,
    other: Features,
    lexical: float,
    *,
    same_claimant: bool = False,
    reference: bool = False,
    author: frozenset[str] = frozenset(),
) -> Judgement:
    """Score ``other`` as a restatement of ``query``; ``lexical`` is how much of the query's
    words ``other`` holds, weighted by rarity (BM25 scaled to [0, 1]); ``author`` holds the
    folded words of the name a post was signed with."""
    reasons: list[str] = []
    score = 0.0
    words_part = WORDS * lexical

    shared_numbers = query.numbers & other.numbers
    if query.numbers and other.numbers:
        if shared_numbers:
            agree = len(shared_numbers) / len(query.numbers | other.numbers)
            score += SAME_NUMBERS * (0.5 + 0.5 * agree)
            shown = ", ".join(sorted(map(number_label, shared_numbers)))
            reasons.append(Message("same numbers ({numbers})", numbers=shown))
        else:
            words_part *= 1 - OTHER_NUMBERS
            mine = ", ".join(sorted(map(number_label, query.numbers)))
            theirs = ", ".join(sorted(map(number_label, other.numbers)))
            reasons.append(
                Message("different numbers ({mine} vs {theirs})", mine=mine, theirs=theirs)
            )
    elif query.numbers or other.numbers:
        score += ONE_SIDED_NUMBERS

    shared_words = query.words & other.words
    reasons.append(
        Message(
            "{shared} of {total} words shared", shared=len(shared_words), total=len(query.words)
        )
    )

    shared_days = query.days & other.days
    shared_years = query.years & other.years
    if shared_days:
        score += SAME_YEAR + SAME_DAY
        reasons.append(Message("same date {dates}", dates=", ".join(sorted(shared_days))))
    elif shared_years:
        score += SAME_YEAR
        reasons.append(Message("same year {years}", years=", ".join(sorted(shared_years))))
    elif query.years and other.years:
        words_part *= 1 - OTHER_YEARS
        mine = ", ".join(sorted(query.years))
        theirs = ", ".join(sorted(other.years))
        reasons.append(Message("different years ({mine} vs {theirs})", mine=mine, theirs=theirs))

    score += words_part
    shared_names = query.names & other.names
    if shared_names:
        score += SAME_NAMES * len(shared_names) / len(query.names | other.names)
        reasons.append(Message("same names ({names})", names=_names(shared_names)))
    if same_claimant:
        score += SAME_CLAIMANT
        reasons.append(Message("same claimant"))
    named = author & other.names
    if named:
        score += NAMES_AUTHOR
        reasons.append(Message("names the author ({names})", names=_names(named)))
    if reference:
        reasons.append(Message("reference claim (ClaimReview)"))
    if not shared_words and not shared_names:
        return Judgement(0.0, joined("; ", reasons))  # a figure or a year alone says too little
    return Judgement(round(min(1.0, max(0.0, score)), 3), joined("; ", reasons))
