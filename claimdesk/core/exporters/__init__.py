"""Claim reports and interchange files written from plain model data (no database, no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from claimdesk.core.exporters.csv_report import export_csv
from claimdesk.core.exporters.markdown import export_markdown, render_markdown
from claimdesk.core.exporters.report import ReportInput

# The ``export --format`` names (CLI.md) handled here, each writing ``path`` atomically and
# returning the number of claims written.
EXPORT_FORMATS: dict[str, Callable[[ReportInput, Path], int]] = {
    "md": export_markdown,
    "csv": export_csv,
}

__all__ = ["EXPORT_FORMATS", "ReportInput", "export_csv", "export_markdown", "render_markdown"]
