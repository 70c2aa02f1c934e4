"""Plain data for fact-checks other outlets published (imported ClaimReview).

No ORM objects, no Qt: what the desk returns, the exporter writes and the GUI draws.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from claimdesk.core.model import Verdict


@dataclass(frozen=True, slots=True)
class PublishedAgent:
    """A reviewer or claimant as the review named it (``type`` a schema.org type)."""

    name: str
    type: str = "Organization"
    url: str | None = None


@dataclass(frozen=True, slots=True)
class PublishedReviewView:
    """One published fact-check, with its rating as written and our verdict when known."""

    id: str
    claim_reviewed: str
    reviewer: PublishedAgent
    url: str | None
    published: dt.date | None
    language: str
    rating_label: str
    rating_value: float | None
    best_rating: float | None
    worst_rating: float | None
    rating_explanation: str
    verdict: Verdict | None
    claimants: tuple[PublishedAgent, ...] = ()
    claim_date: dt.date | None = None
    appearances: tuple[str, ...] = ()
    title: str = ""
    body: str = ""

    @property
    def rating_as_written(self) -> str:
        """The rating as the outlet wrote it: its label, else its number on its scale."""
        if self.rating_label:
            return self.rating_label
        if self.rating_value is None:
            return ""
        scale = (
            f" of {_number(self.worst_rating)}-{_number(self.best_rating)}"
            if (self.best_rating is not None and self.worst_rating is not None)
            else ""
        )
        return _number(self.rating_value) + scale


@dataclass(frozen=True, slots=True)
class CheckedBefore:
    """A published fact-check matching a claim of the user's: how close, and why."""

    review: PublishedReviewView
    score: float
    reason: str


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else str(value)
