"""What the desk's actions return beyond articles and claims: a replaced text, a check's
findings, a saved search, what a merge or a bundle did, what a report holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.core.messages import Message
from claimdesk.core.model import ArticleView, ClaimView
from claimdesk.core.model.files import ScanPage


@dataclass(frozen=True, slots=True)
class TextReplaced:
    """The article after its text was replaced, and the ids of the claims now orphaned.

    ``moved`` holds the ids of the claims whose offsets or quote changed (orphans included),
    so that the caller can bring the search index in step for just those.
    """

    article: ArticleView
    orphaned: tuple[str, ...]
    moved: tuple[str, ...]


@dataclass(slots=True)
class CheckReport:
    """What a check found wrong and what it repaired (derived data and anchors only)."""

    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is left wrong."""
        return not self.problems


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """One saved search."""

    name: str
    query: str
    order: str = "relevance"


@dataclass
class MergeSummary:
    """Counts of things added, updated, left unchanged, merged with a conflict, or skipped.

    ``article_ids`` and ``claim_ids`` are every article and claim added or changed: the
    search index must update those documents after the transaction commits. ``notes`` holds
    one line per conflict or skipped item, for the user.
    """

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    skipped: int = 0
    history_added: int = 0
    article_ids: set[str] = field(default_factory=set)
    claim_ids: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    # What was added when it is not library items ("published fact-checks"): said in line().
    noun: str = ""

    def line(self) -> str:
        """One line for the command line and the status bar."""
        counts = {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
            "skipped": self.skipped,
        }
        if self.noun:
            noun = self.noun
            if self.skipped:
                return Message(
                    "{added} {noun} added, {updated} updated, {unchanged} unchanged, "
                    "{skipped} skipped",
                    noun=noun,
                    **counts,
                )
            return Message(
                "{added} {noun} added, {updated} updated, {unchanged} unchanged",
                noun=noun,
                **counts,
            )
        if self.skipped:
            return Message(
                "{added} added, {updated} updated, {unchanged} unchanged, "
                "{conflicts} merged with conflicts, {skipped} skipped",
                **counts,
            )
        return Message(
            "{added} added, {updated} updated, {unchanged} unchanged, "
            "{conflicts} merged with conflicts",
            **counts,
        )


@dataclass(frozen=True, slots=True)
class BundleWritten:
    """What a bundle export wrote."""

    path: Path
    articles: int
    claims: int
    claimants: int
    links: int
    history: int


@dataclass(frozen=True, slots=True)
class ReportInput:
    """Everything one report shows: a heading, its scope, the claims and their articles.

    ``scans`` holds the page images of the articles read from images, by article id (the
    desk gives a :class:`~claimdesk.core.model.files.ReportScans`, which reads an article's
    pages only when a writer asks: HTML and PDF draw a crop around each claim, the other
    formats never ask). Left out of equality: comparing would read every image.
    """

    title: str
    scope: str
    generated: dt.datetime
    articles: Sequence[ArticleView]
    claims: Sequence[ClaimView]
    scans: Mapping[str, Sequence[ScanPage]] = field(default_factory=dict, compare=False, repr=False)
