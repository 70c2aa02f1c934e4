"""Re-ranking a candidate against a claim: one score in [0, 1] and the reason, in words.

Shared content words carry most of the score (weighted by how rare each word is); figures,
dates and names that agree add to it, and figures or years that disagree take away, since
"100,000 troops" and "50,000 troops" are two different claims however alike the wording.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from claimdesk.core.matching.features import Features, number_label

WORDS = 0.7
SAME_NUMBERS = 0.12
OTHER_NUMBERS = -0.2
ONE_SIDED_NUMBERS = -0.03
SAME_YEAR = 0.08
SAME_DAY = 0.05
OTHER_YEARS = -0.12
SAME_NAMES = 0.1
SAME_CLAIMANT = 0.04


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
    weight: Callable[[str], float],
    *,
    same_claimant: bool = False,
    reference: bool = False,
) -> Judgement:
    """Score ``other`` as a restatement of ``query``; ``weight`` gives a word's rarity."""
    reasons: list[str] = []
    score = 0.0

    shared_numbers = query.numbers & other.numbers
    if query.numbers and other.numbers:
        if shared_numbers:
            agree = len(shared_numbers) / len(query.numbers | other.numbers)
            score += SAME_NUMBERS * (0.5 + 0.5 * agree)
            reasons.append(f"same numbers ({', '.join(sorted(map(number_label, shared_numbers)))})")
        else:
            score += OTHER_NUMBERS
            mine = ", ".join(sorted(map(number_label, query.numbers)))
            theirs = ", ".join(sorted(map(number_label, other.numbers)))
            reasons.append(f"different numbers ({mine} vs {theirs})")
    elif query.numbers or other.numbers:
        score += ONE_SIDED_NUMBERS

    shared_words = query.words & other.words
    if query.words or other.words:
        weight_mine = sum(weight(w) for w in query.words)
        weight_theirs = sum(weight(w) for w in other.words)
        weight_common = sum(weight(w) for w in shared_words)
        both = weight_mine + weight_theirs
        score += WORDS * (2 * weight_common / both if both else 0.0)
    reasons.append(f"{len(shared_words)} of {len(query.words)} words shared")

    shared_days = query.days & other.days
    shared_years = query.years & other.years
    if shared_days:
        score += SAME_YEAR + SAME_DAY
        reasons.append(f"same date {', '.join(sorted(shared_days))}")
    elif shared_years:
        score += SAME_YEAR
        reasons.append(f"same year {', '.join(sorted(shared_years))}")
    elif query.years and other.years:
        score += OTHER_YEARS
        mine = ", ".join(sorted(query.years))
        theirs = ", ".join(sorted(other.years))
        reasons.append(f"different years ({mine} vs {theirs})")

    shared_names = query.names & other.names
    if shared_names:
        score += SAME_NAMES * len(shared_names) / len(query.names | other.names)
        reasons.append(f"same names ({_names(shared_names)})")
    if same_claimant:
        score += SAME_CLAIMANT
        reasons.append("same claimant")
    if reference:
        reasons.append("reference claim (ClaimReview)")
    return Judgement(round(min(1.0, max(0.0, score)), 3), "; ".join(reasons))
