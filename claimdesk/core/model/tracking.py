"""Plain data for tracking claims across articles and time: proposals, threads, counts.

No ORM objects, no Qt: what the desk returns and the GUI draws.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from claimdesk.core.model import ClaimKind, LinkType, Verdict


@dataclass(frozen=True, slots=True)
class Proposal:
    """An earlier (or any other) claim that may say the same thing, with the reason in words."""

    id: str
    score: float
    reason: str
    article_id: str
    article_title: str
    published: dt.date | None
    kind: ClaimKind
    claimant: str | None
    quote: str
    verdict: Verdict | None
    reference: bool  # a reference claim imported from ClaimReview
    linked: tuple[LinkType, ...] = ()  # links already between the two claims, either way


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """A claim as it appears in a thread or a list: enough to show it and to open it."""

    id: str
    article_id: str
    article_title: str
    outlet: str | None
    published: dt.date | None
    kind: ClaimKind
    claimant: str | None
    quote: str
    claim_text: str
    verdict: Verdict | None
    event_dates: tuple[str, ...]  # TimeML values of the dates the claim mentions
    reference: bool = False


class Role:
    """What a claim is in a thread, as the timeline labels it."""

    FIRST = "first appearance"
    REPEAT = "repetition"
    DENIAL = "denial"
    CONTRADICTION = "contradiction"
    SUPPORT = "support"
    VERDICT = "verdict"
    RELATED = "related"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One claim of a thread, with its role and how it is linked into the thread."""

    claim: ClaimRef
    role: str
    links: tuple[tuple[LinkType, str], ...]  # (type, other claim id) of its links in the thread


@dataclass(frozen=True, slots=True)
class Timeline:
    """A thread of linked claims, ordered by article date (undated last), then event date."""

    root: str
    entries: tuple[TimelineEntry, ...]

    @property
    def first(self) -> TimelineEntry | None:
        """The earliest appearance of the claim."""
        return self.entries[0] if self.entries else None


@dataclass(frozen=True, slots=True)
class Answer:
    """A claim that answers another: how (denies, contradicts) and which claim."""

    type: LinkType
    claim: ClaimRef


@dataclass(frozen=True, slots=True)
class ContestedClaim:
    """A claim next to the denials and contradictions that answer it."""

    claim: ClaimRef
    answers: tuple[Answer, ...]


@dataclass(frozen=True, slots=True)
class Count:
    """How many claims and denials fall under one label."""

    label: str
    claims: int
    denials: int

    @property
    def total(self) -> int:
        """Claims and denials together."""
        return self.claims + self.denials


@dataclass(frozen=True, slots=True)
class Overview:
    """Counts for charts: by claimant, kind, verdict and month of the article."""

    total: int
    by_claimant: tuple[Count, ...]  # most first; "(no claimant)" for claims without one
    by_kind: tuple[Count, ...]
    by_verdict: tuple[Count, ...]  # "not rated" for claims without a verdict
    by_month: tuple[Count, ...]  # "YYYY-MM" of the article's date, in order; "undated" last


@dataclass(frozen=True, slots=True)
class ClaimantActivity:
    """One claimant's claims and denials over time."""

    id: str
    name: str
    aliases: tuple[str, ...]
    by_month: tuple[Count, ...]
    claims: tuple[ClaimRef, ...]  # by article date


class MergeSuggestion(NamedTuple):
    """Two claimants that are probably one: keep the first, merge the second into it."""

    keep: str
    other: str
    reason: str
