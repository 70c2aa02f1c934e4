"""The confidence below which a suggestion is not shown, and its bounds.

A suggestion's confidence ranks it: for English it is the trained model's probability of being
right (claimant included), for Italian the rules' grade (a quoted or introduced content and a
named speaker rank highest). The user's setting (``Settings.suggestion_threshold``) decides
which the reader shows; :data:`THRESHOLD` is its default.
"""

from __future__ import annotations

from typing import TypeGuard

__all__ = ["HIGHEST", "LOWEST", "THRESHOLD", "valid_threshold"]

THRESHOLD = 0.25
"""The default, chosen on PolNeAR's dev split (``bench/attribution.py`` prints precision and
recall at each threshold): the best content+source F1 (0.641, precision 0.831) with content F1
above 0.70 (0.713, precision 0.924); 93.5% of the sentences without an attribution stay
unmarked. Lower thresholds add marks that are mostly wrong, higher ones lose right ones
faster than wrong ones."""

LOWEST = 0.0
"""Every suggestion the tools make."""

HIGHEST = 0.95
"""Only the surest (no suggestion is more confident than this)."""


def valid_threshold(value: object) -> TypeGuard[int | float]:
    """Whether ``value`` is a threshold a user may set (a number from LOWEST to HIGHEST)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return LOWEST <= value <= HIGHEST
