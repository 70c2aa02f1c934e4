"""The HTML claim report: one self-contained, printable file rendered from
``resources/templates/report.html.j2`` with ``report.css`` inlined.

The same HTML feeds the PDF renderer (``claimdesk.render.pdf``), so both say the same thing.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.report_layout import layout_report
from claimdesk.core.exporters.scan_crop import COLUMN_PX, entry_figures
from claimdesk.core.exporters.templates import load_template, read_template, render_template
from claimdesk.core.model.results import ReportInput

TEMPLATE = "report.html.j2"
STYLESHEET = "report.css"
# Only web addresses become links: a "javascript:" or "file:" source stays plain text.
_WEB_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)


def render_html(
    report: ReportInput, language: str | None = None, *, column_px: int = COLUMN_PX
) -> str:
    """The report as one HTML document with its stylesheet inlined, every label in
    ``language`` (``it`` or ``en``; English by default). A claim of an article read from
    images shows the crop of its page around it, ``column_px`` wide at most."""
    layout = layout_report(report, language)
    rendered = render_template(
        _environment(),
        TEMPLATE,
        report=report,
        layout=layout,
        t=layout.labels,
        counts=layout.counts,
        sections=layout.sections,
        scan_figure=entry_figures(report, layout.labels, column_px=column_px),
        # The stylesheet is ours (or the user's copy), not report data: inlined verbatim.
        css=Markup(read_template(STYLESHEET).strip()),
    )
    return rendered.rstrip() + "\n"


def export_html(report: ReportInput, path: Path, *, language: str | None = None) -> int:
    """Write the report as HTML (UTF-8) to ``path`` atomically; return the claims written."""
    write_atomically(Path(path), render_html(report, language).encode("utf-8"))
    return len(report.claims)


def html_lines(text: str | None) -> Markup:
    """Multi-line text escaped, its line breaks kept as ``<br>``."""
    if not text:
        return Markup("")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    return Markup("<br>\n").join(escape(line) for line in lines)


def web_url(url: str | None) -> str:
    """The address when it is an http(s) URL, else the empty string."""
    url = (url or "").strip()
    return url if _WEB_URL.fullmatch(url) else ""


@functools.cache
def _environment() -> jinja2.Environment:
    """The Jinja environment: HTML autoescaping for every value the template writes."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(load_template),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(lines=html_lines, web_url=web_url)
    return env
