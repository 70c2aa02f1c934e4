"""What a claim report holds, and the format-neutral work every report format shares.

Grouping, ordering, counting and finding a quote's context live here so that the Markdown,
CSV and later exporters (HTML, PDF) agree on what a report says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from claimdesk.core.model import ArticleView, ClaimKind, ClaimView, Verdict
from claimdesk.core.model.results import ReportInput

# Used only when an article has no sentence spans (e.g. analysis failed): enough text around
# the quote for a reader to judge it, short enough to stay one paragraph.
CONTEXT_CHARS = 80

NOT_RATED = "not rated"
NO_CLAIMANT = "(no claimant)"


@dataclass(frozen=True, slots=True)
class QuoteInContext:
    """A quote split into the text before it, itself and the text after it in its sentence(s).

    ``clipped_before``/``clipped_after`` say the context was cut mid-text (no sentence spans
    were known), so a renderer should mark the cut with an ellipsis.
    """

    before: str
    quote: str
    after: str
    clipped_before: bool = False
    clipped_after: bool = False


@dataclass(frozen=True, slots=True)
class ArticleSection:
    """One article of a report with its claims in text order; ``article`` is ``None`` when the
    claims name an article the report was not given."""

    article_id: str
    article: ArticleView | None
    claims: tuple[ClaimView, ...]


@dataclass(frozen=True, slots=True)
class ReportCounts:
    """How many claims a report holds, by kind, verdict and claimant, most useful order first."""

    total: int
    by_kind: tuple[tuple[ClaimKind, int], ...]
    by_verdict: tuple[tuple[str, int], ...]
    by_claimant: tuple[tuple[str, int], ...]


def text_order(claims: Sequence[ClaimView]) -> tuple[ClaimView, ...]:
    """The claims sorted as they appear in their article (ties: the shorter span first).

    Orphaned claims come last: their offsets no longer say where they belong.
    """
    return tuple(sorted(claims, key=lambda c: (c.orphaned, c.start, c.end, c.id)))


def article_sections(report: ReportInput) -> tuple[ArticleSection, ...]:
    """The report's articles in the order given, each with its claims in text order.

    Claims whose article is missing from ``report.articles`` are not dropped: they get a
    section of their own after the known articles.
    """
    by_article: dict[str, list[ClaimView]] = {}
    for claim in report.claims:
        by_article.setdefault(claim.article_id, []).append(claim)
    sections = [
        ArticleSection(a.id, a, text_order(by_article.pop(a.id, []))) for a in report.articles
    ]
    sections.extend(
        ArticleSection(article_id, None, text_order(claims))
        for article_id, claims in by_article.items()
    )
    return tuple(sections)


def count_claims(claims: Sequence[ClaimView]) -> ReportCounts:
    """Counts by kind (both kinds always), verdict (scale order, then not rated) and claimant
    (most claims first)."""
    kinds = Counter(c.kind for c in claims)
    verdicts = Counter(c.verdict.value if c.verdict else NOT_RATED for c in claims)
    claimants = Counter(c.claimant or NO_CLAIMANT for c in claims)
    verdict_order = [v.value for v in Verdict] + [NOT_RATED]
    return ReportCounts(
        total=len(claims),
        by_kind=tuple((k, kinds[k]) for k in ClaimKind),
        by_verdict=tuple((v, verdicts[v]) for v in verdict_order if verdicts[v]),
        by_claimant=tuple(
            sorted(claimants.items(), key=lambda item: (-item[1], item[0].casefold()))
        ),
    )


def quote_in_context(claim: ClaimView, article: ArticleView | None) -> QuoteInContext:
    """The claim's quote inside the sentence(s) it sits in, or ~80 characters either side
    when the article has no sentence spans.

    An orphaned claim, or one whose offsets no longer point at its quote, is shown alone:
    context taken from the wrong place would misquote the speaker.
    """
    if article is None or claim.orphaned or article.text[claim.start : claim.end] != claim.quote:
        return QuoteInContext("", claim.quote, "")
    text = article.text
    start, end = claim.start, claim.end
    # max() keeps an empty quote inside the sentence it points into.
    covering = [s for s in article.sentences if s.start < max(end, start + 1) and s.end > start]
    if covering:
        ctx_start = min(start, min(s.start for s in covering))
        ctx_end = max(end, max(s.end for s in covering))
        return QuoteInContext(
            text[ctx_start:start].lstrip(), claim.quote, text[end:ctx_end].rstrip()
        )
    ctx_start = _word_start_after(text, max(0, start - CONTEXT_CHARS), start)
    ctx_end = _word_end_before(text, min(len(text), end + CONTEXT_CHARS), end)
    return QuoteInContext(
        text[ctx_start:start].lstrip(),
        claim.quote,
        text[end:ctx_end].rstrip(),
        clipped_before=ctx_start > 0,
        clipped_after=ctx_end < len(text),
    )


def _word_start_after(text: str, pos: int, limit: int) -> int:
    """Move ``pos`` forward past a partly cut word, never beyond ``limit``."""
    if pos == 0 or text[pos - 1].isspace():
        return pos
    for i in range(pos, limit):
        if text[i].isspace():
            return i + 1
    return pos


def _word_end_before(text: str, pos: int, limit: int) -> int:
    """Move ``pos`` back before a partly cut word, never before ``limit``."""
    if pos == len(text) or text[pos].isspace():
        return pos
    for i in range(pos - 1, limit - 1, -1):
        if text[i].isspace():
            return i
    return pos
