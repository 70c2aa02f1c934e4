"""The Markdown claim report, rendered from ``resources/templates/report.md.j2``.

The template holds the layout; this module prepares what it shows (numbering, context
sentences, links between claims) and the escaping filters it uses.
"""

from __future__ import annotations

import functools
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
from claimdesk.core.exporters.report import QuoteInContext
from claimdesk.core.exporters.report_layout import ReportEntry, layout_report
from claimdesk.core.exporters.templates import load_template, render_template
from claimdesk.core.model.results import ReportInput

TEMPLATE = "report.md.j2"


def render_markdown(report: ReportInput, language: str | None = None) -> str:
    """The report as a Markdown document, every label in ``language`` (``it``, ``en``;
    English by default)."""
    layout = layout_report(report, language)
    rendered = render_template(
        _environment(),
        TEMPLATE,
        report=report,
        layout=layout,
        t=layout.labels,
        counts=layout.counts,
        sections=layout.sections,
    )
    # Optional blocks leave blank lines behind; one final newline is what editors expect.
    return _squeeze(rendered).rstrip() + "\n"


def export_markdown(report: ReportInput, path: Path, *, language: str | None = None) -> int:
    """Write the report as Markdown (UTF-8) to ``path`` atomically; return the claims written."""
    text = render_markdown(report, language)
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
    env.filters.update(
        md=md_inline,
        md_lines=md_lines,
        md_url=md_url,
        md_source=md_source,
        quote_lines=_entry_lines,
    )
    return env


def _squeeze(text: str) -> str:
    """Runs of blank lines (left by optional blocks and macros) made one."""
    lines: list[str] = []
    for line in text.split("\n"):
        if not line.strip() and lines and not lines[-1].strip():
            continue
        lines.append(line.rstrip() if not line.strip() else line)
    return "\n".join(lines)


def _entry_lines(entry: ReportEntry) -> tuple[str, ...]:
    return _context_lines(entry.context)


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
