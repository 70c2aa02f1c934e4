"""Plain data the rest of ClaimDesk passes around: no ORM objects, no Qt.

Every offset counts Unicode code points in the article text as ClaimDesk normalised it
(NFC, ``\\n`` line ends).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class ClaimKind(StrEnum):
    """What a marked span does: assert something, or reject an assertion."""

    CLAIM = "claim"
    DENIAL = "denial"


class Verdict(StrEnum):
    """The default rating scale (DOMAIN.md); ``None`` on a claim means not rated."""

    TRUE = "true"
    MOSTLY_TRUE = "mostly true"
    HALF_TRUE = "half true"
    MISLEADING = "misleading"
    MOSTLY_FALSE = "mostly false"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"

    @property
    def rating_value(self) -> int:
        """The ClaimReview ``ratingValue`` (7 best, 1 worst)."""
        return _RATING[self]


_RATING = {
    Verdict.TRUE: 7,
    Verdict.MOSTLY_TRUE: 6,
    Verdict.HALF_TRUE: 5,
    Verdict.MISLEADING: 4,
    Verdict.MOSTLY_FALSE: 3,
    Verdict.FALSE: 2,
    Verdict.UNVERIFIABLE: 1,
}


class Status(StrEnum):
    """Where a claim stands in the checking workflow."""

    NEW = "new"
    RESEARCHING = "researching"
    REVIEWED = "reviewed"
    PUBLISHED = "published"


class LinkType(StrEnum):
    """Typed, directed links between claims."""

    DENIES = "denies"
    CONTRADICTS = "contradicts"
    SUPPORTS = "supports"
    REPEATS = "repeats"


class ClaimantKind(StrEnum):
    """What sort of speaker a claimant is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    STATE = "state"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of code points with the text it covers."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text, normalised TimeML-style (DOMAIN.md, Dates)."""

    start: int
    end: int
    text: str
    value: str
    granularity: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A span the language tools think is a claim or a denial; never stored until accepted."""

    start: int
    end: int
    kind: ClaimKind
    claimant: str | None
    cue: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the language tools find in one text."""

    language: str
    published: dt.date | None
    sentences: list[Span]
    dates: list[DateMention]
    suggestions: list[Suggestion]


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """Metadata a user gives at import; ``None`` means detect or leave empty."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published: dt.date | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article read from a file or pasted, normalised, not yet stored."""

    text: str
    title: str
    language: str
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    authors: tuple[str, ...] = ()
    source_name: str | None = None
    source_format: str = "text"


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the library list."""

    id: str
    title: str
    outlet: str | None
    url: str | None
    language: str
    published: dt.date | None
    imported: dt.datetime
    claims: int
    denials: int
    to_check: int = 0  # claims and denials still new or being researched


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a claim sits: offsets plus the quote and its surroundings (TextQuoteSelector)."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


class EvidenceKind(StrEnum):
    """What a piece of evidence is: a web address, a file kept in the library, or a note."""

    URL = "url"
    FILE = "file"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A source consulted while checking a claim: a web address (``source`` is the URL), a
    file kept in the library (``source`` is its name, ``file_sha256`` and ``file_size`` say
    which bytes), or a note (``source`` says where, as the fact-checker wrote it)."""

    id: str
    source: str
    title: str = ""
    note: str = ""
    consulted: dt.date | None = None
    position: int = 0
    file_sha256: str | None = None
    file_size: int | None = None

    @property
    def kind(self) -> EvidenceKind:
        """A file when the library keeps its bytes, a URL for a web address, else a note."""
        if self.file_sha256:
            return EvidenceKind.FILE
        if self.source.lower().startswith(("http://", "https://")):
            return EvidenceKind.URL
        return EvidenceKind.NOTE


@dataclass(frozen=True, slots=True)
class Link:
    """A typed link from one claim to another."""

    type: LinkType
    target: str


@dataclass(frozen=True, slots=True)
class ClaimView:
    """Everything about one claim, as shown and exported."""

    id: str
    article_id: str
    kind: ClaimKind
    anchor: Anchor
    claimant: str | None
    cue: str | None
    claim_text: str
    verdict: Verdict | None
    explanation: str
    status: Status
    notes: str
    tags: tuple[str, ...]
    dates: tuple[DateMention, ...]
    evidence: tuple[Evidence, ...]
    links: tuple[Link, ...]
    orphaned: bool
    created: dt.datetime
    updated: dt.datetime
    # Bumped by every save in this database; give it back as ClaimChanges.expected_version.
    # Not part of equality: a claim copied to another library is the same claim.
    version: int = field(default=0, compare=False)

    @property
    def start(self) -> int:
        """First code point of the quote."""
        return self.anchor.start

    @property
    def end(self) -> int:
        """One past the last code point of the quote."""
        return self.anchor.end

    @property
    def quote(self) -> str:
        """The marked text, exactly as in the article."""
        return self.anchor.exact


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article opened for reading: its text, sentences and claims."""

    id: str
    title: str
    text: str
    outlet: str | None
    url: str | None
    language: str
    published: dt.date | None
    authors: tuple[str, ...]
    source_name: str | None
    source_format: str
    imported: dt.datetime
    notes: str
    tags: tuple[str, ...]
    sentences: tuple[Span, ...]
    claims: tuple[ClaimView, ...]
    dates: tuple[DateMention, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()  # not yet marked, not dismissed
    captured: dt.datetime | None = None  # the latest snapshot's capture (taken by address)


@dataclass(frozen=True, slots=True)
class ClaimantView:
    """One entry of the claimant registry."""

    id: str
    name: str
    kind: ClaimantKind
    aliases: tuple[str, ...]
    claims: int
    denials: int


@dataclass(frozen=True, slots=True)
class ClaimChanges:
    """A partial edit of a claim: fields left as ``None`` are unchanged.

    ``verdict`` uses the empty string to clear a verdict; ``claimant`` the empty string
    to clear the claimant.
    """

    kind: ClaimKind | None = None
    claimant: str | None = None
    claim_text: str | None = None
    verdict: Verdict | str | None = None
    explanation: str | None = None
    status: Status | None = None
    notes: str | None = None
    tags: tuple[str, ...] | None = None
    # The version of the claim the user saw; a save over a newer version raises EditConflict.
    expected_version: int | None = None


@dataclass(frozen=True, slots=True)
class ArticleChanges:
    """A partial edit of an article's metadata: ``None`` leaves a field unchanged.

    The empty string clears ``outlet``, ``url`` and ``published``.
    """

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published: dt.date | str | None = None
    authors: tuple[str, ...] | None = None
    notes: str | None = None
    tags: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """The result of importing one file or one pasted text."""

    path: str | None
    status: str  # "imported" | "duplicate" | "refused"
    id: str | None = None
    title: str | None = None
    language: str | None = None
    published: dt.date | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims to list; every field narrows the list."""

    article_id: str | None = None
    kind: ClaimKind | None = None
    claimant: str | None = None
    verdict: Verdict | None = None
    status: Status | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: a claim or an article."""

    type: str  # "claim" | "article"
    id: str
    article_id: str
    score: float
    snippet: str
    title: str = ""
    start: int | None = None
    end: int | None = None
    published: dt.date | None = None  # the article's date, shown when results are by date
    kind: ClaimKind | None = None  # a claim hit's kind; None for an article
    claimant: str | None = None  # who makes a claim hit's claim, as the library names them


@dataclass(frozen=True, slots=True)
class SearchResults:
    """The answer to one query."""

    query: str
    total: int
    hits: list[SearchHit] = field(default_factory=list)
    notice: str | None = None  # e.g. how a query that did not parse was read instead
    # {facet: {value: count}} over all matches: type, kind, verdict, status, claimant,
    # outlet, lang, year (empty unless asked for)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    did_you_mean: str | None = None  # the query with misspelt words corrected
    order: str = "relevance"  # or "date" (newest first)
    offset: int = 0  # how many best hits were skipped before ``hits`` (paging)


@dataclass(frozen=True, slots=True)
class LibraryStats:
    """Counts for the sidebar and the status bar."""

    articles: int
    claims: int
    denials: int
    to_check: int  # claims and denials whose status is new or researching


@dataclass(frozen=True, slots=True)
class LibraryChange:
    """What desk calls changed, read from the history entries they wrote: enough for every
    view to refresh only what it shows of it, without reading the library again.

    ``articles`` holds the changed articles' rows as they are now (those whose metadata,
    text, claims or claims' evidence changed); the library-wide counts follow from the rows
    each view already has (see :meth:`counts_after`). ``claimants`` names the claimants of
    the changed claims; ``registry`` is every claimant name when the registry itself changed
    (an alias, a merge), else None.
    """

    upto: int  # the newest history entry taken in
    articles: tuple[ArticleSummary, ...] = ()
    removed_articles: frozenset[str] = frozenset()
    claims: frozenset[str] = frozenset()
    removed_claims: frozenset[str] = frozenset()
    claimants: tuple[str, ...] = ()
    registry: tuple[str, ...] | None = None
    links: bool = False
    published: bool = False  # fact-checks of other outlets were imported

    @property
    def empty(self) -> bool:
        """True when nothing a view shows changed."""
        return (
            not (self.articles or self.removed_articles or self.claims or self.published)
            and self.registry is None
        )

    @property
    def article_ids(self) -> frozenset[str]:
        """Every article touched, removed ones included."""
        return frozenset(a.id for a in self.articles) | self.removed_articles

    def counts_after(
        self, before: LibraryStats, rows: Mapping[str, ArticleSummary]
    ) -> LibraryStats:
        """The library's counts after this change, from the counts and rows before it."""
        articles, claims, denials, to_check = (
            before.articles, before.claims, before.denials, before.to_check,
        )  # fmt: skip
        for gone in self.article_ids:
            old = rows.get(gone)
            if old is not None:
                articles, claims, denials = articles - 1, claims - old.claims, denials - old.denials
                to_check -= old.to_check
        for new in self.articles:
            articles, claims, denials = articles + 1, claims + new.claims, denials + new.denials
            to_check += new.to_check
        return LibraryStats(articles, claims, denials, to_check)
