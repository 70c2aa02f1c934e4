"""The Markdown claim report, rendered from ``resources/templates/report.md.j2``.

The template holds the layout; this module prepares what it shows (numbering, context
sentences, links between claims) and the escaping filters it uses.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import jinja2

from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.markdown_escape import (
    escape_line_start,
    md_bold,
    md_fragment,
    md_inline,
    md_lines,
    md_source,
    md_url,
)
from claimdesk.core.exporters.report import (
    ArticleSection,
    QuoteInContext,
    article_sections,
    count_claims,
    quote_in_context,
)
from claimdesk.core.exporters.report_layout import format_generated, kind_label, verdict_label
from claimdesk.core.exporters.templates import load_template
from claimdesk.core.model import ClaimView, LinkType
from claimdesk.core.model.results import ReportInput

TEMPLATE = "report.md.j2"
_INCOMING_PHRASE = {
    LinkType.DENIES: "denied by",
    LinkType.CONTRADICTS: "contradicted by",
    LinkType.SUPPORTS: "supported by",
    LinkType.REPEATS: "repeated by",
}


@dataclass(frozen=True, slots=True)
class _Entry:
    """One claim as the template shows it."""

    number: int
    label: str
    claim: ClaimView
    context_lines: tuple[str, ...]
    verdict: str
    links: tuple[str, ...]
    incoming: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Section:
    """One article and its claims as the template shows them."""

    section: ArticleSection
    entries: tuple[_Entry, ...]


def render_markdown(report: ReportInput) -> str:
    """The report as a Markdown document."""
    sections = article_sections(report)
    ordered = [claim for section in sections for claim in section.claims]
    numbers = {claim.id: n for n, claim in enumerate(ordered, start=1)}
    by_id = {claim.id: claim for claim in ordered}
    incoming: dict[str, list[str]] = {}
    for claim in ordered:
        for link in claim.links:
            if link.target in by_id:
                phrase = f"{_INCOMING_PHRASE[link.type]} {_reference(claim, numbers[claim.id])}"
                incoming.setdefault(link.target, []).append(phrase)

    def entry(claim: ClaimView, article_section: ArticleSection) -> _Entry:
        links = tuple(
            f"{link.type.value} "
            + (
                _reference(by_id[link.target], numbers[link.target])
                if link.target in by_id
                else f"claim {md_inline(link.target)} (not in this report)"
            )
            for link in claim.links
        )
        return _Entry(
            number=numbers[claim.id],
            label=kind_label(claim.kind),
            claim=claim,
            context_lines=_context_lines(quote_in_context(claim, article_section.article)),
            verdict=verdict_label(claim),
            links=links,
            incoming=tuple(incoming.get(claim.id, ())),
        )

    template = _environment().get_template(TEMPLATE)
    rendered = template.render(
        report=report,
        generated=format_generated(report.generated),
        counts=count_claims(ordered),
        sections=[_Section(s, tuple(entry(c, s) for c in s.claims)) for s in sections],
        kind_label=kind_label,
    )
    # Optional blocks leave blank lines behind; one final newline is what editors expect.
    return rendered.rstrip() + "\n"


def export_markdown(report: ReportInput, path: Path) -> int:
    """Write the report as Markdown (UTF-8) to ``path`` atomically; return the claims written."""
    text = render_markdown(report)
    write_atomically(Path(path), text.encode("utf-8"))
    return len(report.claims)


@functools.cache
def _environment() -> jinja2.Environment:
    """The Jinja environment, reading templates from the installed package data."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(load_template),
        # Markdown, not HTML: escaping is the md_* filters' job, applied per field.
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md=md_inline, md_lines=md_lines, md_url=md_url, md_source=md_source)
    return env


def _reference(claim: ClaimView, number: int) -> str:
    """How one claim names another: "Claim 3 (Stoltenberg)"."""
    who = f" ({md_inline(claim.claimant)})" if claim.claimant else ""
    return f"{kind_label(claim.kind)} {number}{who}"


def _context_lines(context: QuoteInContext) -> tuple[str, ...]:
    """The quote in its sentence as blockquote lines, the quote in bold.

    Bold cannot span a line break in Markdown, so each line of a multi-line quote is bolded
    on its own; paragraph breaks in the context stay as one blank quote line.
    """
    before = ("… " if context.clipped_before else "") + context.before
    after = context.after + (" …" if context.clipped_after else "")
    lines: list[list[str]] = [[]]
    for text, bold in ((before, False), (context.quote, True), (after, False)):
        for i, part in enumerate(text.split("\n")):
            if i:
                lines.append([])
            if part:
                lines[-1].append(md_bold(part) if bold else md_fragment(part))
    rendered: list[str] = []
    for pieces in lines:
        line = escape_line_start("".join(pieces).strip())
        if line or (rendered and rendered[-1]):
            rendered.append(line)
    while rendered and not rendered[-1]:
        rendered.pop()
    return tuple(rendered)
