"""What the search index is fed: plain records built from the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArticleDoc:
    """One article as the index sees it."""

    id: str
    title: str
    text: str
    language: str
    outlet: str | None
    published: dt.date | None
    tags: tuple[str, ...] = ()
    # The caller's version of the record (e.g. its update time): ``check`` compares it.
    stamp: str = ""


@dataclass(frozen=True, slots=True)
class ClaimDoc:
    """One claim as the index sees it, with what it inherits from its article."""

    id: str
    article_id: str
    article_title: str
    language: str
    kind: str
    quote: str
    claim_text: str
    claimant: str | None
    claimant_aliases: tuple[str, ...]
    verdict: str | None
    status: str
    notes: str
    tags: tuple[str, ...]
    outlet: str | None
    published: dt.date | None
    start: int
    end: int
    dates: tuple[str, ...] = ()
    # The caller's version of the record (e.g. its update time): ``check`` compares it.
    stamp: str = ""
