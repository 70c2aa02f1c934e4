"""Claim reports and interchange files written from plain model data (no database, no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from claimdesk.core.exporters.csv_report import export_csv
from claimdesk.core.exporters.docx_report import export_docx
from claimdesk.core.exporters.html import export_html, render_html
from claimdesk.core.exporters.markdown import export_markdown, render_markdown
from claimdesk.core.exporters.report import ReportInput
from claimdesk.core.exporters.xlsx_report import export_xlsx

# The ``export --format`` names (CLI.md) handled here, each writing ``path`` atomically and
# returning the number of claims written. PDF needs Qt, so it lives in claimdesk.render.pdf.
EXPORT_FORMATS: dict[str, Callable[[ReportInput, Path], int]] = {
    "md": export_markdown,
    "csv": export_csv,
    "html": export_html,
    "docx": export_docx,
    "xlsx": export_xlsx,
}

__all__ = [
    "EXPORT_FORMATS",
    "ReportInput",
    "export_csv",
    "export_docx",
    "export_html",
    "export_markdown",
    "export_xlsx",
    "render_html",
    "render_markdown",
]
