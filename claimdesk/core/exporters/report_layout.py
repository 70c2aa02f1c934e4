"""A report laid out for display, as plain unescaped text: numbered entries, readable links,
and the denials gathered under the claims they answer.

The HTML, DOCX and PDF reports share this layout; each escapes the text for its own format.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from claimdesk.core.exporters.report import (
    NOT_RATED,
    ArticleSection,
    QuoteInContext,
    ReportCounts,
    article_sections,
    count_claims,
    quote_in_context,
)
from claimdesk.core.model import ClaimKind, ClaimView, LinkType
from claimdesk.core.model.results import ReportInput

_INCOMING_PHRASE = {
    LinkType.DENIES: "denied by",
    LinkType.CONTRADICTS: "contradicted by",
    LinkType.SUPPORTS: "supported by",
    LinkType.REPEATS: "repeated by",
}


@dataclass(frozen=True, slots=True)
class LinkLine:
    """One link as a reader sees it: "denies" + "Claim 1 (Jens Stoltenberg)".

    ``number`` is the linked entry's number in this report, ``None`` when the other claim is
    not part of the report.
    """

    phrase: str
    reference: str
    number: int | None


@dataclass(frozen=True, slots=True)
class ReportEntry:
    """One claim or denial with everything a report shows about it."""

    number: int
    label: str
    claim: ClaimView
    context: QuoteInContext
    verdict: str
    links: tuple[LinkLine, ...]
    incoming: tuple[LinkLine, ...]
    # The denials in this report that answer this claim, shown next to it.
    denials: tuple[ReportEntry, ...]


@dataclass(frozen=True, slots=True)
class SectionLayout:
    """One article and its entries in text order."""

    section: ArticleSection
    entries: tuple[ReportEntry, ...]


@dataclass(frozen=True, slots=True)
class ReportLayout:
    """The whole report ready for a renderer."""

    report: ReportInput
    generated: str
    counts: ReportCounts
    sections: tuple[SectionLayout, ...]


def layout_report(report: ReportInput) -> ReportLayout:
    """Number the report's claims in reading order and resolve their links."""
    sections = article_sections(report)
    ordered = [(claim, s) for s in sections for claim in s.claims]
    numbers = {claim.id: n for n, (claim, _) in enumerate(ordered, start=1)}
    by_id = {claim.id: claim for claim, _ in ordered}

    incoming: dict[str, list[LinkLine]] = {}
    denied_by: dict[str, list[str]] = {}
    for claim, _ in ordered:
        for link in claim.links:
            if link.target not in by_id:
                continue
            incoming.setdefault(link.target, []).append(
                LinkLine(
                    _INCOMING_PHRASE[link.type],
                    reference(claim, numbers[claim.id]),
                    numbers[claim.id],
                )
            )
            if link.type is LinkType.DENIES:
                denied_by.setdefault(link.target, []).append(claim.id)

    def outgoing(claim: ClaimView) -> tuple[LinkLine, ...]:
        lines = []
        for link in claim.links:
            if link.target in by_id:
                target = by_id[link.target]
                ref = reference(target, numbers[target.id])
                lines.append(LinkLine(link.type.value, ref, numbers[target.id]))
            else:
                lines.append(
                    LinkLine(link.type.value, f"claim {link.target} (not in this report)", None)
                )
        return tuple(lines)

    first = {
        claim.id: ReportEntry(
            number=numbers[claim.id],
            label=kind_label(claim.kind),
            claim=claim,
            context=quote_in_context(claim, section.article),
            verdict=verdict_label(claim),
            links=outgoing(claim),
            incoming=tuple(incoming.get(claim.id, ())),
            denials=(),
        )
        for claim, section in ordered
    }
    # The denials shown under a claim are their own entries without nested answers: one
    # level is what a reader needs, and it keeps a chain of denials from recursing.
    entries = {
        claim_id: replace(entry, denials=tuple(first[d] for d in denied_by.get(claim_id, ())))
        for claim_id, entry in first.items()
    }

    return ReportLayout(
        report=report,
        generated=format_generated(report.generated),
        counts=count_claims([claim for claim, _ in ordered]),
        sections=tuple(SectionLayout(s, tuple(entries[c.id] for c in s.claims)) for s in sections),
    )


def kind_label(kind: ClaimKind) -> str:
    """The word a reader sees for a kind of span."""
    return "Denial" if kind is ClaimKind.DENIAL else "Claim"


def reference(claim: ClaimView, number: int) -> str:
    """How one claim names another: "Claim 3 (Stoltenberg)"."""
    who = f" ({claim.claimant})" if claim.claimant else ""
    return f"{kind_label(claim.kind)} {number}{who}"


def verdict_label(claim: ClaimView) -> str:
    """The verdict with its ClaimReview rating, or "not rated"."""
    if claim.verdict is None:
        return NOT_RATED
    return f"{claim.verdict.value} ({claim.verdict.rating_value}/7)"


def format_generated(when: dt.datetime) -> str:
    """Minutes are precise enough for a report; the zone is shown when it is known."""
    zone = f" {when.tzname()}" if when.tzinfo is not None and when.tzname() else ""
    return when.strftime("%Y-%m-%d %H:%M") + zone
