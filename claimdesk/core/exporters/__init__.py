"""Claim reports and interchange files written from plain model data (no database, no Qt).

The writers load their libraries (python-docx, openpyxl, Jinja2) only when used, so that
importing this package, as the command line does at start, stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Protocol

from claimdesk.core.model.results import ReportInput


class Writer(Protocol):
    """A report writer: the report, the file, and the reader's language (``it``, ``en``;
    English when not given) for every label, date and column header."""

    def __call__(self, report: ReportInput, path: Path, *, language: str | None = None) -> int:
        """Write ``report`` to ``path`` atomically; return the number of claims written."""
        ...


# The ``export --format`` names (CLI.md) handled here, each writing ``path`` atomically and
# returning the number of claims written. PDF needs Qt, so it lives in claimdesk.render.pdf.
_WRITERS = {
    "md": ("markdown", "export_markdown"),
    "csv": ("csv_report", "export_csv"),
    "html": ("html", "export_html"),
    "docx": ("docx_report", "export_docx"),
    "xlsx": ("xlsx_report", "export_xlsx"),
}


def _lazy(module: str, function: str) -> Writer:
    def write(report: ReportInput, path: Path, *, language: str | None = None) -> int:
        writer: Writer = getattr(import_module(f"claimdesk.core.exporters.{module}"), function)
        return writer(report, path, language=language)

    write.__name__ = function
    write.__doc__ = f"Write the report with claimdesk.core.exporters.{module}.{function}."
    return write


EXPORT_FORMATS: dict[str, Writer] = {name: _lazy(*where) for name, where in _WRITERS.items()}

__all__ = ["EXPORT_FORMATS", "ReportInput", "Writer"]
